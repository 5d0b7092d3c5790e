"""App factory, configuration, health, OpenAPI and the one JSON error shape."""

from __future__ import annotations

import multiprocessing
import socket
import sqlite3
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import redis
from flask import Flask
from flask.testing import FlaskClient
from limits import parse
from limits.storage import storage_from_string
from limits.strategies import FixedWindowRateLimiter

from sync_server import Config, TestConfig, create_app
from sync_server.config import load_settings, normalise_database_url
from sync_server.extensions import db, limiter
from sync_server.shared_state import resolve_storage_uri
from tests.db_state import close_app

from .helpers import error_of


def test_health_answers_without_a_database() -> None:
    # Port 1 on loopback: nothing listens; any DB access would fail the request.
    app = create_app({**vars_of(TestConfig), "SQLALCHEMY_DATABASE_URI": "postgresql://nobody@127.0.0.1:1/none"})
    response = app.test_client().get("/api/v1/health")
    assert response.status_code == 200
    assert response.json == {"status": "ok"}


def vars_of(cls: type) -> dict[str, object]:
    return {k: getattr(cls, k) for k in dir(cls) if k.isupper()}


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ("postgresql://u:p@h:5432/db", "postgresql+psycopg://u:p@h:5432/db"),
        ("postgres://u@h/db", "postgresql+psycopg://u@h/db"),
        ("postgresql+psycopg://u@h/db", "postgresql+psycopg://u@h/db"),
        ("sqlite:////tmp/x.db", "sqlite:////tmp/x.db"),
    ],
)
def test_database_urls_use_psycopg3(given: str, expected: str) -> None:
    assert normalise_database_url(given) == expected


def test_environment_overrides_default_config(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DATABASE_URL", "postgresql://x@h/db")
    monkeypatch.setenv("GUARDLINE_REPORT_RATE_LIMIT", "5 per minute")
    monkeypatch.setenv("GUARDLINE_EVIDENCE_RETENTION_DAYS", "7")
    monkeypatch.setenv("GUARDLINE_SESSION_COOKIE_SECURE", "false")
    settings = load_settings(Config)
    assert settings["SQLALCHEMY_DATABASE_URI"] == "postgresql://x@h/db"
    assert settings["REPORT_RATE_LIMIT"] == "5 per minute"
    assert settings["EVIDENCE_RETENTION_DAYS"] == 7
    assert settings["SESSION_COOKIE_SECURE"] is False
    # The test config never reads the environment.
    assert load_settings(TestConfig)["SQLALCHEMY_DATABASE_URI"] == "sqlite://"


def test_default_database_is_sqlite_in_wal_mode(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("DATABASE_URL", raising=False)
    monkeypatch.delenv("SECRET_KEY", raising=False)
    app = Flask("probe", instance_path=str(tmp_path))  # only for instance_path resolution below
    from sync_server.config import resolve

    settings = resolve(load_settings(Config), Path(app.instance_path))
    assert settings["SQLALCHEMY_DATABASE_URI"] == f"sqlite:///{tmp_path / 'guardline.sqlite3'}"
    assert len(settings["SECRET_KEY"]) == 64
    assert resolve(load_settings(Config), tmp_path)["SECRET_KEY"] == settings["SECRET_KEY"]  # persisted

    real = create_app({**vars_of(TestConfig), "SQLALCHEMY_DATABASE_URI": settings["SQLALCHEMY_DATABASE_URI"]})
    with real.app_context():
        db.create_all()
        db.engine.dispose()
    with sqlite3.connect(tmp_path / "guardline.sqlite3") as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_openapi_document(client: FlaskClient) -> None:
    response = client.get("/api/v1/openapi.json")
    assert response.status_code == 200
    spec = response.json
    assert spec["openapi"].startswith("3.")
    for path in ("/api/v1/devices", "/api/v1/reports", "/api/v1/models/current", "/api/v1/health"):
        assert path in spec["paths"], path
    report = spec["components"]["schemas"]["Report"]
    assert set(report["properties"]) == {
        "report_id", "created_at", "platform", "suspect_handle", "risk", "tags", "tag_scores", "model_version",
        "messages_observed", "alert_index", "child_action", "evidence",
    }
    assert "deviceToken" in spec["components"]["securitySchemes"]
    upload = spec["paths"]["/api/v1/ml/models"]["post"]["requestBody"]["content"]
    assert "multipart/form-data" in upload


def test_not_found_and_method_not_allowed(client: FlaskClient) -> None:
    response = client.get("/api/v1/nothing-here")
    assert response.status_code == 404 and error_of(response)["code"] == "not_found"
    response = client.delete("/api/v1/health")
    assert response.status_code == 405 and error_of(response)["code"] == "method_not_allowed"
    assert "GET" in response.headers["Allow"]


def test_malformed_json_unsupported_type_and_validation(client: FlaskClient) -> None:
    bad = client.post("/api/v1/devices", data="{nope", content_type="application/json")
    assert bad.status_code == 400 and error_of(bad)["code"] == "malformed_json"
    text = client.post("/api/v1/devices", data="app_version=1", content_type="application/x-www-form-urlencoded")
    assert text.status_code == 415 and error_of(text)["code"] == "unsupported_media_type"
    invalid = client.post("/api/v1/devices", json={"app_version": "1.0", "os": "Android!", "age_band": "9"})
    err = error_of(invalid)
    assert invalid.status_code == 422 and err["code"] == "validation_error"
    assert set(err["details"]) == {"os", "age_band"}


def test_body_size_cap_is_json_413(client: FlaskClient, app: Flask) -> None:
    big = b'{"x": "' + b"a" * (app.config["MAX_CONTENT_LENGTH"] + 10) + b'"}'
    response = client.post("/api/v1/devices", data=big, content_type="application/json")
    assert response.status_code == 413 and error_of(response)["code"] == "payload_too_large"


def test_unhandled_exception_is_json_500(backend_app: Flask) -> None:
    app = create_app({**vars_of(TestConfig), "TESTING": False, "PROPAGATE_EXCEPTIONS": False})

    @app.get("/boom")
    def boom() -> str:
        raise RuntimeError("kaboom")

    response = app.test_client().get("/boom")
    assert response.status_code == 500
    err = error_of(response)
    assert err["code"] == "internal_error" and "kaboom" not in err["message"]


def test_web_package_is_optional(app: Flask) -> None:
    import importlib.util

    has_web = importlib.util.find_spec("sync_server.web") is not None
    web_rules = [r for r in app.url_map.iter_rules() if not r.rule.startswith("/api/v1") and r.endpoint != "static"]
    assert has_web or not web_rules


# ---------------------------------------------------------------- the shared store (limits, failures, lockouts)


def test_the_default_store_is_a_sqlite_file_beside_a_sqlite_database(tmp_path: Path) -> None:
    settings = {"SQLALCHEMY_DATABASE_URI": f"sqlite:///{tmp_path / 'g.sqlite3'}"}
    assert resolve_storage_uri(settings, tmp_path / "instance") == f"guardline-sqlite://{tmp_path / 'g.sqlite3.state'}"


def test_postgres_without_redis_keeps_one_store_per_database_in_the_instance_folder(tmp_path: Path) -> None:
    one = resolve_storage_uri({"SQLALCHEMY_DATABASE_URI": "postgresql+psycopg://x@h/db"}, tmp_path)
    again = resolve_storage_uri({"SQLALCHEMY_DATABASE_URI": "postgresql+psycopg://x@h/db"}, tmp_path)
    other = resolve_storage_uri({"SQLALCHEMY_DATABASE_URI": "postgresql+psycopg://x@h/other"}, tmp_path)
    assert one == again != other and one.startswith(f"guardline-sqlite://{tmp_path}/guardline-state-")


def test_redis_url_selects_redis_and_an_explicit_storage_uri_wins(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GUARDLINE_REDIS_URL", "redis://127.0.0.1:6390/2")
    settings = load_settings(Config)
    assert resolve_storage_uri(settings, Path("/unused")) == "redis://127.0.0.1:6390/2"
    settings["RATELIMIT_STORAGE_URI"] = "memory://"
    assert resolve_storage_uri(settings, Path("/unused")) == "memory://"


def _hit_many(uri: str, hits: int, queue: Any) -> None:
    """One 'worker process': its own storage object on the shared file."""
    limiter = FixedWindowRateLimiter(storage_from_string(uri))
    queue.put(sum(limiter.hit(parse("100 per minute"), "reports", "device-1") for _ in range(hits)))


def test_the_sqlite_store_is_one_window_for_every_process(tmp_path: Path) -> None:
    """The memory store let two gunicorn workers admit twice the limit; four processes here admit it once."""
    uri = f"guardline-sqlite://{tmp_path / 'state.sqlite3'}"
    context = multiprocessing.get_context("fork")
    queue = context.Queue()
    workers = [context.Process(target=_hit_many, args=(uri, 60, queue)) for _ in range(4)]
    for worker in workers:
        worker.start()
    admitted = sum(queue.get(timeout=60) for _ in workers)
    for worker in workers:
        worker.join(timeout=60)
    assert admitted == 100
    assert storage_from_string(uri).get(parse("100 per minute").key_for("reports", "device-1")) == 240


def test_the_sqlite_store_forgets_a_window_when_it_expires(tmp_path: Path) -> None:
    store = storage_from_string(f"guardline-sqlite://{tmp_path / 'state.sqlite3'}")
    assert store.incr("k", 1) == 1 and store.incr("k", 1) == 2
    assert 0 < store.get_expiry("k") - time.time() <= 1
    time.sleep(1.05)
    assert store.get("k") == 0 and store.incr("k", 1) == 1


@pytest.fixture
def restore_limiter() -> Iterator[None]:
    """Apps made here re-point the shared limiter; put the test apps' memory store back afterwards."""
    saved = (limiter._storage, limiter._limiter)
    yield
    limiter._storage, limiter._limiter = saved


def test_with_redis_configured_limits_and_failures_live_in_redis(
    tmp_path: Path, redis_url: str, restore_limiter: None
) -> None:
    settings = {**vars_of(TestConfig), "SQLALCHEMY_DATABASE_URI": f"sqlite:///{tmp_path / 'g.sqlite3'}",
                "RATELIMIT_STORAGE_URI": None, "REDIS_URL": redis_url, "AUTH_FAILURE_LIMIT": "2 per minute"}
    app = create_app(settings)
    try:
        with app.app_context():
            db.create_all()
        client = app.test_client()
        statuses = [client.get("/api/v1/auth/me", headers={"Authorization": "Bearer gls_nope"}).status_code
                    for _ in range(3)]
        assert statuses == [401, 401, 429]
        keys = redis.Redis.from_url(redis_url).keys("*auth-failure*")
        assert keys, "the failure counter is not in Redis"
        second_instance = create_app(settings)  # a new connection to the same Redis: the same window
        try:
            again = second_instance.test_client().get("/api/v1/auth/me", headers={"Authorization": "Bearer gls_x"})
            assert again.status_code == 429
        finally:
            close_app(second_instance)
    finally:
        redis.Redis.from_url(redis_url).flushdb()
        close_app(app)


def _auth_failure_statuses(app: Flask, forwarded_for: list[str]) -> list[int]:
    client = app.test_client()
    return [client.get("/api/v1/auth/me", headers={"Authorization": "Bearer gls_nope", "X-Forwarded-For": ip},
                       environ_base={"REMOTE_ADDR": "10.9.9.9"}).status_code for ip in forwarded_for]


def test_behind_one_proxy_limits_apply_per_forwarded_client(tmp_path: Path, restore_limiter: None) -> None:
    settings = {**vars_of(TestConfig), "SQLALCHEMY_DATABASE_URI": f"sqlite:///{tmp_path / 'g.sqlite3'}",
                "AUTH_FAILURE_LIMIT": "2 per minute", "PROXY_HOPS": 1}
    app = create_app(settings)
    try:
        with app.app_context():
            db.create_all()
        statuses = _auth_failure_statuses(app, ["203.0.113.1"] * 3 + ["203.0.113.2"])
        assert statuses == [401, 401, 429, 401]  # the second client has its own allowance
    finally:
        close_app(app)


def test_without_proxy_hops_a_forwarded_for_header_is_ignored(tmp_path: Path, restore_limiter: None) -> None:
    settings = {**vars_of(TestConfig), "SQLALCHEMY_DATABASE_URI": f"sqlite:///{tmp_path / 'g.sqlite3'}",
                "AUTH_FAILURE_LIMIT": "2 per minute"}
    app = create_app(settings)
    try:
        with app.app_context():
            db.create_all()
        statuses = _auth_failure_statuses(app, ["203.0.113.1", "203.0.113.2", "203.0.113.3"])
        assert statuses == [401, 401, 429]  # a client cannot pick a fresh address per guess
    finally:
        close_app(app)


def test_an_unreachable_redis_is_a_retryable_503_and_health_stays_up(tmp_path: Path, restore_limiter: None) -> None:
    with socket.socket() as probe:  # a port nothing listens on
        probe.bind(("127.0.0.1", 0))
        dead = f"redis://127.0.0.1:{probe.getsockname()[1]}/0"
    settings = {**vars_of(TestConfig), "SQLALCHEMY_DATABASE_URI": f"sqlite:///{tmp_path / 'g.sqlite3'}",
                "RATELIMIT_STORAGE_URI": None, "REDIS_URL": dead, "TESTING": False}
    app = create_app(settings)
    try:
        with app.app_context():
            db.create_all()
        client = app.test_client()
        refused = client.post("/api/v1/devices", json={"app_version": "1.0.0", "os": "android", "age_band": "13-15"})
        assert refused.status_code == 503 and error_of(refused)["code"] == "shared_state_unavailable"
        assert refused.headers["Retry-After"] == "5"
        assert client.get("/api/v1/health").status_code == 200
    finally:
        close_app(app)
