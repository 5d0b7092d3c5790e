"""The real sync server app, reached in-process by device code through a Transport (no sockets)."""

from __future__ import annotations

import urllib.parse
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path

from flask import Flask

from device_app.core.sync_client import HttpResponse
from sync_server import TestConfig, create_app
from sync_server.extensions import db
from tests.db_state import close_app

SERVER_URL = "http://guardline.test"


class FlaskTransport:
    """Sends the device's request to the real server app in-process (no sockets, same bytes)."""

    def __init__(self, app: Flask) -> None:
        self.client = app.test_client()
        self.sent: list[bytes] = []

    def request(self, method: str, url: str, headers: Mapping[str, str], body: bytes | None, timeout: float,
                max_bytes: int) -> HttpResponse:
        self.sent.append(f"{method} {url}".encode() + b"\n" + (body or b""))
        parts = urllib.parse.urlsplit(url)
        resp = self.client.open(parts.path + (f"?{parts.query}" if parts.query else ""), method=method,
                                headers=dict(headers), data=body)
        return HttpResponse(resp.status_code, {k.lower(): v for k, v in resp.headers.items()}, resp.get_data())


@contextmanager
def served(folder: Path) -> Iterator[FlaskTransport]:
    """The server app on a fresh SQLite file in `folder`, and a transport into it."""
    settings = {k: getattr(TestConfig, k) for k in dir(TestConfig) if k.isupper()}
    app = create_app({**settings, "SQLALCHEMY_DATABASE_URI": f"sqlite:///{folder / 'server.sqlite3'}"})
    with app.app_context():
        db.create_all()
    try:
        yield FlaskTransport(app)
    finally:
        close_app(app)


