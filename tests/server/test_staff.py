"""Staff accounts: CLI, password hashing, API tokens, web sessions and CSRF."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import select

from sync_server import Config
from sync_server.extensions import db
from sync_server.models import StaffSession, StaffToken, StaffUser
from sync_server.services import lockout
from sync_server.services import staff as staff_service

from .conftest import StaffCreds
from .helpers import PASSWORD, error_of


def test_cli_creates_users_and_tokens(app: Flask) -> None:
    runner = app.test_cli_runner()
    result = runner.invoke(args=["users", "create", "alice", "--role", "moderator"], input=f"{PASSWORD}\n{PASSWORD}\n")
    assert result.exit_code == 0, result.output
    assert "created moderator alice" in result.output
    token = runner.invoke(args=["users", "token", "alice", "--name", "cron"])
    assert token.exit_code == 0
    secret = token.output.strip().splitlines()[-1]
    assert secret.startswith("gls_")
    with app.app_context():
        stored = db.session.scalar(select(StaffToken))
        assert stored.name == "cron" and secret not in stored.token_hash
    response = app.test_client().get("/api/v1/auth/me", headers={"Authorization": f"Bearer {secret}"})
    assert response.status_code == 200 and response.json["username"] == "alice"
    dup = runner.invoke(args=["users", "create", "alice", "--role", "admin", "--password", PASSWORD])
    assert dup.exit_code != 0 and "exists" in dup.output
    short = runner.invoke(args=["users", "create", "bob", "--role", "admin", "--password", "short"])
    assert short.exit_code != 0 and "too short" in short.output
    bad_role = runner.invoke(args=["users", "create", "carol", "--role", "root", "--password", PASSWORD])
    assert bad_role.exit_code != 0
    listing = runner.invoke(args=["users", "list"])
    assert "alice\tmoderator\tactive" in listing.output


def test_production_hashes_passwords_with_scrypt(app: Flask) -> None:
    assert Config.PASSWORD_HASH_METHOD == "scrypt"
    app.config["PASSWORD_HASH_METHOD"] = Config.PASSWORD_HASH_METHOD
    try:
        with app.app_context():
            user = staff_service.create_user("strong", PASSWORD, "admin")
            assert user.password_hash.startswith("scrypt:32768:8:1$")
            assert PASSWORD not in user.password_hash
            assert staff_service.authenticate("strong", PASSWORD) is not None
            assert staff_service.authenticate("strong", PASSWORD + "x") is None
            assert staff_service.authenticate("nobody", PASSWORD) is None
    finally:
        app.config["PASSWORD_HASH_METHOD"] = "pbkdf2:sha256:1000"


def test_personal_tokens_api(client: FlaskClient, moderator: StaffCreds) -> None:
    created = client.post("/api/v1/staff/tokens", json={"name": "laptop"}, headers=moderator.headers)
    assert created.status_code == 201 and created.json["token"].startswith("gls_")
    new = {"Authorization": f"Bearer {created.json['token']}"}
    listed = client.get("/api/v1/staff/tokens", headers=new).json
    assert {t["name"] for t in listed} == {"tests", "laptop"} and all("token" not in t for t in listed)
    assert client.delete(f"/api/v1/staff/tokens/{created.json['id']}", headers=moderator.headers).status_code == 204
    assert client.get("/api/v1/auth/me", headers=new).status_code == 401


def test_deactivated_user_loses_tokens_and_sessions(
    client: FlaskClient, moderator: StaffCreds, admin: StaffCreds
) -> None:
    login(client, moderator.username)
    assert client.get("/api/v1/suspects").status_code == 200
    response = client.patch(f"/api/v1/admin/users/{moderator.user_id}", json={"active": False}, headers=admin.headers)
    assert response.status_code == 200 and response.json["active"] is False
    assert client.get("/api/v1/suspects").status_code == 401  # the session died with the account
    assert client.get("/api/v1/suspects", headers=moderator.headers).status_code == 401


def csrf_token(client: FlaskClient) -> str:
    return client.get("/api/v1/auth/csrf").json["csrf_token"]


def login(client: FlaskClient, username: str, password: str = PASSWORD) -> str:
    token = csrf_token(client)
    response = client.post("/api/v1/auth/login", json={"username": username, "password": password},
                           headers={"X-CSRFToken": token})
    assert response.status_code == 200, response.json
    return csrf_token(client)  # login starts a fresh session (and CSRF token)


def test_session_login_logout(client: FlaskClient, moderator: StaffCreds) -> None:
    assert client.get("/api/v1/suspects").status_code == 401
    login(client, moderator.username)
    me = client.get("/api/v1/auth/me")
    assert me.status_code == 200 and me.json["role"] == "moderator"
    token = csrf_token(client)
    assert client.post("/api/v1/auth/logout", headers={"X-CSRFToken": token}).status_code == 204
    assert client.get("/api/v1/auth/me").status_code == 401


def test_login_failures(client: FlaskClient, moderator: StaffCreds) -> None:
    token = csrf_token(client)
    wrong = client.post("/api/v1/auth/login", json={"username": moderator.username, "password": "nope" * 4},
                        headers={"X-CSRFToken": token})
    assert wrong.status_code == 401 and error_of(wrong)["code"] == "bad_credentials"
    no_csrf = client.post("/api/v1/auth/login", json={"username": moderator.username, "password": PASSWORD})
    assert no_csrf.status_code == 400 and error_of(no_csrf)["code"] == "csrf_failed"


def test_login_is_rate_limited(app: Flask, client: FlaskClient, moderator: StaffCreds) -> None:
    app.config["LOGIN_RATE_LIMIT"] = "2 per minute"
    try:
        token = csrf_token(client)
        statuses = [
            client.post("/api/v1/auth/login", json={"username": "x", "password": "y"},
                        headers={"X-CSRFToken": token}).status_code
            for _ in range(3)
        ]
        assert statuses == [401, 401, 429]
    finally:
        app.config["LOGIN_RATE_LIMIT"] = "100000 per minute"


def test_session_routes_need_csrf_but_bearer_routes_do_not(
    client: FlaskClient, make_staff: Callable[[str], StaffCreds], device: object
) -> None:
    mod = make_staff("moderator")
    body = {"name": "from-browser"}
    # Bearer token: no cookie, no CSRF needed.
    assert client.post("/api/v1/staff/tokens", json=body, headers=mod.headers).status_code == 201
    # Session cookie: unsafe methods need the CSRF token...
    token = login(client, mod.username)
    forged = client.post("/api/v1/staff/tokens", json=body)
    assert forged.status_code == 400 and error_of(forged)["code"] == "csrf_failed"
    wrong = client.post("/api/v1/staff/tokens", json=body, headers={"X-CSRFToken": "x" + token})
    assert wrong.status_code == 400
    assert client.post("/api/v1/staff/tokens", json=body, headers={"X-CSRFToken": token}).status_code == 201
    # ...safe ones do not.
    assert client.get("/api/v1/staff/tokens").status_code == 200
    # Logout without the token is refused too (no forced logout from other sites).
    assert client.post("/api/v1/auth/logout").status_code == 400


def test_admin_user_management(client: FlaskClient, admin: StaffCreds, moderator: StaffCreds) -> None:
    created = client.post("/api/v1/admin/users", json={"username": "mlbob", "password": PASSWORD, "role": "ml_staff"},
                          headers=admin.headers)
    assert created.status_code == 201 and created.json["role"] == "ml_staff" and "password" not in created.json
    dup = client.post("/api/v1/admin/users", json={"username": "mlbob", "password": PASSWORD, "role": "ml_staff"},
                      headers=admin.headers)
    assert dup.status_code == 409 and error_of(dup)["code"] == "conflict"
    weak = client.post("/api/v1/admin/users", json={"username": "weak", "password": "123", "role": "admin"},
                       headers=admin.headers)
    assert weak.status_code == 422 and "password" in error_of(weak)["details"]
    users = client.get("/api/v1/admin/users", headers=admin.headers).json
    assert {u["username"] for u in users} >= {"mlbob", moderator.username}
    promoted = client.patch(f"/api/v1/admin/users/{moderator.user_id}", json={"role": "admin"}, headers=admin.headers)
    assert promoted.json["role"] == "admin"
    audit = client.get("/api/v1/admin/audit", headers=admin.headers, query_string={"action": "user.update"}).json
    assert audit[0]["actor"] == admin.username and audit[0]["details"]["role"] == ["moderator", "admin"]


def test_password_change_ends_sessions(app: Flask, client: FlaskClient, moderator: StaffCreds) -> None:
    login(client, moderator.username)
    runner = app.test_cli_runner()
    result = runner.invoke(args=["users", "set-password", moderator.username, "--password", PASSWORD + "!"])
    assert result.exit_code == 0
    assert client.get("/api/v1/auth/me").status_code == 401
    with app.app_context():
        assert db.session.get(StaffUser, moderator.user_id).active


@pytest.mark.parametrize("header", ["Basic abc", "Bearer", "bearer   ", "Token gls_x"])
def test_malformed_authorization_headers(client: FlaskClient, header: str) -> None:
    response = client.get("/api/v1/auth/me", headers={"Authorization": header})
    assert response.status_code == 401 and error_of(response)["code"] == "unauthorized"


def test_a_session_cookie_copied_before_logout_is_refused_after_it(
    app: Flask, client: FlaskClient, moderator: StaffCreds
) -> None:
    token = login(client, moderator.username)
    thief = app.test_client()
    cookie = client.get_cookie("session")
    assert cookie is not None
    thief.set_cookie("session", cookie.value)
    assert thief.get("/api/v1/suspects").status_code == 200  # the copy works while the session lives
    assert client.post("/api/v1/auth/logout", headers={"X-CSRFToken": token}).status_code == 204
    assert thief.get("/api/v1/suspects").status_code == 401
    assert thief.get("/api/v1/auth/me").status_code == 401


def test_sessions_live_on_the_server_and_logout_removes_them(
    app: Flask, client: FlaskClient, moderator: StaffCreds
) -> None:
    def rows() -> int:
        with app.app_context():
            return len(db.session.scalars(select(StaffSession).where(StaffSession.user_id == moderator.user_id)).all())

    token = login(client, moderator.username)
    assert rows() == 1
    client.post("/api/v1/auth/logout", headers={"X-CSRFToken": token})
    assert rows() == 0


def test_role_change_ends_every_session_of_that_user(
    app: Flask, client: FlaskClient, moderator: StaffCreds, admin: StaffCreds
) -> None:
    login(client, moderator.username)
    other = app.test_client()
    login(other, moderator.username)
    client.patch(f"/api/v1/admin/users/{moderator.user_id}", json={"role": "ml_staff"}, headers=admin.headers)
    assert client.get("/api/v1/auth/me").status_code == 401 and other.get("/api/v1/auth/me").status_code == 401
    with app.app_context():
        assert db.session.scalars(select(StaffSession).where(StaffSession.user_id == moderator.user_id)).all() == []


def _attempt(client: FlaskClient, username: str, password: str) -> Any:
    return client.post("/api/v1/auth/login", json={"username": username, "password": password},
                       headers={"X-CSRFToken": csrf_token(client)})


@pytest.fixture
def lockout_after_three(app: Flask) -> Any:
    app.config.update(LOGIN_LOCKOUT_THRESHOLD=3, LOGIN_LOCKOUT_BASE_S=30, LOGIN_LOCKOUT_MAX_S=900)
    yield app
    app.config.update(LOGIN_LOCKOUT_THRESHOLD=Config.LOGIN_LOCKOUT_THRESHOLD)


def test_an_account_locks_after_repeated_failures_even_for_the_right_password(
    lockout_after_three: Flask, client: FlaskClient, moderator: StaffCreds
) -> None:
    assert [_attempt(client, moderator.username, "wrong" * 4).status_code for _ in range(3)] == [401] * 3
    locked = _attempt(client, moderator.username, PASSWORD)
    assert locked.status_code == 429 and error_of(locked)["code"] == "account_locked"
    assert 25 <= int(locked.headers["Retry-After"]) <= 30


def test_a_locked_account_keeps_its_api_tokens(
    lockout_after_three: Flask, client: FlaskClient, moderator: StaffCreds
) -> None:
    for _ in range(4):
        _attempt(client, moderator.username, "wrong" * 4)
    assert client.get("/api/v1/auth/me", headers=moderator.headers).status_code == 200


def test_a_success_before_the_threshold_clears_the_failures(
    lockout_after_three: Flask, client: FlaskClient, moderator: StaffCreds
) -> None:
    for _ in range(2):
        _attempt(client, moderator.username, "wrong" * 4)
    assert _attempt(client, moderator.username, PASSWORD).status_code == 200
    assert [_attempt(client, moderator.username, "wrong" * 4).status_code for _ in range(2)] == [401, 401]
    assert _attempt(client, moderator.username, PASSWORD).status_code == 200


def test_unknown_names_lock_exactly_like_real_ones(lockout_after_three: Flask, client: FlaskClient) -> None:
    statuses = [_attempt(client, "nobody-here", "wrong" * 4).status_code for _ in range(4)]
    assert statuses == [401, 401, 401, 429]  # the lock does not reveal whether the account exists


def test_lockout_doubles_with_each_further_failure_up_to_the_cap(lockout_after_three: Flask) -> None:
    with lockout_after_three.app_context():
        assert [lockout.lock_seconds(n) for n in range(1, 10)] == [0, 0, 30, 60, 120, 240, 480, 900, 900]


def test_the_login_limit_is_one_window_for_the_api_and_the_web_form(
    app: Flask, client: FlaskClient, moderator: StaffCreds
) -> None:
    app.config["LOGIN_RATE_LIMIT"] = "3 per minute"
    try:
        api = [_attempt(client, "x", "y").status_code for _ in range(2)]
        form = {"username": "x", "password": "y", "csrf_token": csrf_token(client)}
        web = [client.post("/moderator/login", data=form).status_code for _ in range(2)]
        assert api == [401, 401] and web == [200, 429]  # 200: the form shown again with an error
    finally:
        app.config["LOGIN_RATE_LIMIT"] = "100000 per minute"


def test_cli_create_prints_a_readable_line_for_each_problem(app: Flask) -> None:
    runner = app.test_cli_runner()
    short = runner.invoke(args=["users", "create", "dora", "--role", "admin", "--password", "short"])
    assert short.exit_code != 0
    assert "Error: password too short: password: at least 12 characters" in short.output
    assert "{" not in short.output and "[" not in short.output


def test_a_right_password_still_logs_in_from_an_address_over_its_failure_allowance(
    app: Flask, client: FlaskClient, moderator: StaffCreds
) -> None:
    app.config["AUTH_FAILURE_LIMIT"] = "3 per minute"
    try:
        garbage = [client.get("/api/v1/auth/me", headers={"Authorization": f"Bearer gls_{i}"}).status_code
                   for i in range(5)]
        assert garbage[-1] == 429
        assert _attempt(client, moderator.username, PASSWORD).status_code == 200
        browser = app.test_client()
        form = {"username": moderator.username, "password": PASSWORD, "csrf_token": csrf_token(browser)}
        assert browser.post("/moderator/login", data=form).status_code == 302
    finally:
        app.config["AUTH_FAILURE_LIMIT"] = "100000 per minute"
