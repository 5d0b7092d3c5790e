"""Fixtures for the moderator web pages: one SQLite app per session, emptied before each test.

The pages' logic is backend-neutral (they call the core services, which tests/server runs on SQLite and
PostgreSQL), so these tests stay on SQLite and fast. Data arrives through the real device API.
"""

from __future__ import annotations

import os
import re
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from flask import Flask
from flask.testing import FlaskClient
from werkzeug.serving import make_server

from device_app.core.signing import KeyPair, generate_keypair
from sync_server import TestConfig, create_app
from sync_server.extensions import db
from sync_server.services import staff as staff_service
from tests.db_state import close_app, reset_app_state

from .seed import Post

PASSWORD = "correct horse battery staple"
CSRF_INPUT = re.compile(r'name="csrf_token" type="hidden" value="([^"]+)"')


@pytest.fixture(scope="session")
def staff_key() -> KeyPair:
    """The ML-staff signing key the web app trusts (bundles uploaded through the releases page)."""
    return generate_keypair()


@pytest.fixture(scope="session")
def web_app(tmp_path_factory: pytest.TempPathFactory, staff_key: KeyPair) -> Iterator[Flask]:
    settings = {k: getattr(TestConfig, k) for k in dir(TestConfig) if k.isupper()}
    settings["SQLALCHEMY_DATABASE_URI"] = f"sqlite:///{tmp_path_factory.mktemp('web') / 'web.sqlite3'}"
    settings["STAFF_PUBLIC_KEYS"] = [staff_key.public_b64]
    app = create_app(settings)
    with app.app_context():
        db.create_all()
    yield app
    close_app(app)


@pytest.fixture
def app(web_app: Flask) -> Flask:
    return reset_app_state(web_app)


@pytest.fixture
def client(app: Flask) -> FlaskClient:
    return app.test_client()


@pytest.fixture
def post(app: Flask) -> Post:
    """JSON POST through the app (the device API), as `seed` expects."""
    api = app.test_client()

    def _post(path: str, body: dict[str, Any], headers: dict[str, str]) -> tuple[int, Any]:
        response = api.post(path, json=body, headers=headers)
        return response.status_code, response.get_json(silent=True)

    return _post


@pytest.fixture
def make_user(app: Flask) -> Callable[..., str]:
    """Create a staff account through the core's service; returns the username."""
    counter = iter(range(10_000))

    def _make(role: str, username: str | None = None) -> str:
        name = username or f"{role.replace('_', '')}{next(counter)}"
        with app.app_context():
            return staff_service.create_user(name, PASSWORD, role).username

    return _make


def csrf_from(html: str) -> str:
    match = CSRF_INPUT.search(html)
    assert match, "no csrf_token field on the page"
    return match.group(1)


def anonymous_csrf(client: FlaskClient) -> str:
    """A CSRF token bound to this client's (anonymous) session, from the login form."""
    return csrf_from(client.get("/moderator/login").get_data(as_text=True))


def session_csrf(client: FlaskClient) -> str:
    """A CSRF token for a logged-in client (every page's logout form carries one)."""
    return csrf_from(client.get("/moderator/reports-per-day").get_data(as_text=True))


def login(client: FlaskClient, username: str, password: str = PASSWORD, next_url: str | None = None) -> Any:
    token = anonymous_csrf(client)
    url = "/moderator/login" + (f"?next={next_url}" if next_url else "")
    return client.post(url, data={"username": username, "password": password, "csrf_token": token})


@pytest.fixture
def logged_in(app: Flask, make_user: Callable[..., str]) -> Callable[[str], FlaskClient]:
    """A fresh client logged in (through the login form) with a new account of `role`."""

    def _client(role: str) -> FlaskClient:
        c = app.test_client()
        response = login(c, make_user(role))
        assert response.status_code == 302, response.get_data(as_text=True)
        return c

    return _client


# ---------------------------------------------------------------- the browser: one Chromium per session


CHROMIUM = os.environ.get("GUARDLINE_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
WIDE = {"width": 1280, "height": 900}
NARROW = {"width": 390, "height": 844}
SCREENSHOTS = Path(__file__).resolve().parents[2] / "build" / "screenshots"


@pytest.fixture(scope="session")
def chromium() -> Iterator[Any]:
    """Debian's chromium, headless, started once for every browser test of the session."""
    if not Path(CHROMIUM).exists():
        pytest.fail(f"chromium not found at {CHROMIUM}: run scripts/bootstrap.sh (apt-get install chromium)",
                    pytrace=False)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        try:
            yield browser
        finally:
            browser.close()


@pytest.fixture
def browser_page(chromium: Any) -> Iterator[Any]:
    """A fresh browser context (no cookies) and its page, per test."""
    context = chromium.new_context(viewport=WIDE, accept_downloads=True)
    context.set_default_timeout(10_000)
    try:
        yield context.new_page()
    finally:
        context.close()


@pytest.fixture
def live_server(app: Flask) -> Iterator[str]:
    """The app on 127.0.0.1 (werkzeug, threaded) for the browser."""
    server = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}"
    finally:
        server.shutdown()
        thread.join(timeout=5)


@pytest.fixture
def screenshot_dir() -> Path:
    """build/screenshots (untracked), or $GUARDLINE_SCREENSHOT_DIR: tests never write tracked files."""
    target = Path(os.environ.get("GUARDLINE_SCREENSHOT_DIR") or SCREENSHOTS)
    target.mkdir(parents=True, exist_ok=True)
    return target
