"""App factory, configuration, health, OpenAPI and the one JSON error shape."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from flask import Flask
from flask.testing import FlaskClient

from sync_server import Config, TestConfig, create_app
from sync_server.config import load_settings, normalise_database_url
from sync_server.extensions import db

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
