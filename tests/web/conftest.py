"""Fixtures for the moderator web pages: one SQLite app per session, emptied before each test.

The pages' logic is backend-neutral (they call the core services, which tests/server runs on SQLite and
PostgreSQL), so these tests stay on SQLite and fast. Data arrives through the real device API.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from flask import Flask
from flask.testing import FlaskClient

from sync_server import TestConfig, create_app
from sync_server.extensions import db
from sync_server.services import staff as staff_service
from tests.db_state import close_app, reset_app_state

from .seed import Post

PASSWORD = "correct horse battery staple"
CSRF_INPUT = re.compile(r'name="csrf_token" type="hidden" value="([^"]+)"')


@pytest.fixture(scope="session")
def web_app(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Flask]:
    settings = {k: getattr(TestConfig, k) for k in dir(TestConfig) if k.isupper()}
    settings["SQLALCHEMY_DATABASE_URI"] = f"sqlite:///{tmp_path_factory.mktemp('web') / 'web.sqlite3'}"
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
