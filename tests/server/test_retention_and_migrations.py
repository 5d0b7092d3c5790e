"""`flask purge` (data retention) and Alembic migrations matching the models."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

import psycopg
import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from flask import Flask
from flask.testing import FlaskClient
from flask_migrate import upgrade
from sqlalchemy import func, inspect, select, text, update

from sync_server import TestConfig, create_app
from sync_server.extensions import db
from sync_server.models import Evidence, Report, Suspect
from sync_server.services import releases
from sync_server.services import suspects as suspect_service
from sync_server.services.retention import purge

from .conftest import DeviceCreds, StaffCreds
from .helpers import make_report, upload

EVIDENCE = [{"sender": "contact", "text": "secret"}]


def age_reports(app: Flask, report_ids: list[str], days: float) -> None:
    """Pretend these reports (and their evidence) arrived `days` ago."""
    when = datetime.now(UTC) - timedelta(days=days)
    with app.app_context():
        pks = select(Report.id).where(Report.report_id.in_(report_ids))
        db.session.execute(update(Report).where(Report.report_id.in_(report_ids)).values(received_at=when))
        db.session.execute(update(Evidence).where(Evidence.report_pk.in_(pks)).values(received_at=when))
        db.session.commit()


def counts(app: Flask) -> tuple[int, int, int]:
    with app.app_context():
        return tuple(int(db.session.scalar(select(func.count()).select_from(m))) for m in (Evidence, Report, Suspect))  # type: ignore[return-value]


def test_purge_cli_deletes_old_evidence_then_old_reports(
    app: Flask, client: FlaskClient, device: DeviceCreds
) -> None:
    fresh = make_report(suspect_handle="fresh", child_action="shared_evidence", evidence=EVIDENCE)
    month = make_report(suspect_handle="month", child_action="shared_evidence", evidence=EVIDENCE)
    ancient = make_report(suspect_handle="ancient", child_action="shared_evidence", evidence=EVIDENCE)
    upload(client, device.headers, fresh, month, ancient)
    age_reports(app, [month["report_id"]], 40)
    age_reports(app, [ancient["report_id"]], 400)
    runner = app.test_cli_runner()
    dry = runner.invoke(args=["purge", "--dry-run"])
    assert dry.exit_code == 0 and "would delete 2 evidence, 1 reports, 1 suspects" in dry.output
    assert counts(app) == (3, 3, 3)
    result = runner.invoke(args=["purge"])  # defaults: evidence 30 days, reports 365 days
    assert result.exit_code == 0, result.output
    assert "deleted 2 evidence, 1 reports, 1 suspects" in result.output
    assert counts(app) == (1, 2, 2)
    again = runner.invoke(args=["purge", "--evidence-days", "0", "--report-days", "0"])
    assert "deleted 1 evidence, 2 reports, 2 suspects" in again.output
    assert counts(app) == (0, 0, 0)


def test_purge_keeps_suspects_with_decisions(
    app: Flask, client: FlaskClient, device: DeviceCreds, moderator: StaffCreds
) -> None:
    report = make_report()
    upload(client, device.headers, report)
    [item] = client.get("/api/v1/suspects", headers=moderator.headers).json["items"]
    client.post(f"/api/v1/suspects/{item['id']}/decisions", json={"status": "open", "note": "watching"},
                headers=moderator.headers)
    age_reports(app, [report["report_id"]], 400)
    with app.app_context():
        result = purge(evidence_days=30, report_days=365)
    assert (result.reports, result.suspects) == (1, 0)
    detail = client.get(f"/api/v1/suspects/{item['id']}", headers=moderator.headers).json
    assert detail["reports"] == 0 and len(detail["decisions"]) == 1


def test_reports_for_a_purged_suspect_create_it_again(
    app: Flask, client: FlaskClient, device: DeviceCreds
) -> None:
    old = make_report(suspect_handle="returning")
    upload(client, device.headers, old)  # this worker now caches the suspect's id
    age_reports(app, [old["report_id"]], 400)
    with app.app_context():
        first_id = db.session.scalar(select(Suspect.id))
        assert purge(evidence_days=30, report_days=365).suspects == 1
    assert upload(client, device.headers, make_report(suspect_handle="returning"))["accepted"] == 1
    with app.app_context():
        assert db.session.scalars(select(Suspect.id)).all() not in ([], [first_id])


def test_purge_rejects_negative_periods(app: Flask) -> None:
    with app.app_context(), pytest.raises(ValueError):
        purge(evidence_days=-1, report_days=10)


def _schema_diff(app: Flask) -> list[object]:
    with app.app_context(), db.engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"compare_type": True})
        return compare_metadata(context, db.metadata)


def test_migrations_build_the_model_schema_on_fresh_sqlite(tmp_path: Path) -> None:
    app = create_app({**{k: getattr(TestConfig, k) for k in dir(TestConfig) if k.isupper()},
                      "SQLALCHEMY_DATABASE_URI": f"sqlite:///{tmp_path / 'fresh.sqlite3'}"})
    with app.app_context():
        upgrade()
        tables = set(inspect(db.engine).get_table_names())
    assert tables == set(db.metadata.tables) | {"alembic_version"}
    assert _schema_diff(app) == []
    with app.app_context():  # ingest caches suspect ids: SQLite must never reuse them
        ddl = db.session.execute(text("SELECT sql FROM sqlite_master WHERE name = 'suspects'")).scalar()
    assert "AUTOINCREMENT" in ddl
    with app.app_context():
        db.engine.dispose()


def test_migrations_build_the_model_schema_on_fresh_postgres(pg_url: str) -> None:
    name = f"fresh_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(pg_url, autocommit=True) as conn:
        conn.execute(f"CREATE DATABASE {name}")
    fresh_url = pg_url.rsplit("/", 1)[0] + f"/{name}"
    app = create_app({**{k: getattr(TestConfig, k) for k in dir(TestConfig) if k.isupper()},
                      "SQLALCHEMY_DATABASE_URI": fresh_url})
    with app.app_context():
        upgrade()
    assert _schema_diff(app) == []
    with app.app_context():
        db.engine.dispose()


def test_flask_db_upgrade_command(tmp_path: Path) -> None:
    app = create_app({**{k: getattr(TestConfig, k) for k in dir(TestConfig) if k.isupper()},
                      "SQLALCHEMY_DATABASE_URI": f"sqlite:///{tmp_path / 'cli.sqlite3'}"})
    result = app.test_cli_runner().invoke(args=["db", "upgrade"])
    assert result.exit_code == 0, result.output
    client = app.test_client()
    response = client.post("/api/v1/devices", json={"app_version": "1.0.0", "os": "ios", "age_band": "16-17"})
    assert response.status_code == 201
    with app.app_context():
        db.engine.dispose()


def test_migration_0002_fills_the_aggregates_from_existing_reports(tmp_path: Path) -> None:
    app = create_app({**{k: getattr(TestConfig, k) for k in dir(TestConfig) if k.isupper()},
                      "SQLALCHEMY_DATABASE_URI": f"sqlite:///{tmp_path / 'old.sqlite3'}"})
    with app.app_context():
        upgrade(revision="0001_initial")
        db.session.execute(text(
            "INSERT INTO devices (id, token_hash, app_version, os, age_band, enrolled_at) "
            "VALUES ('d1', 'h1', '1.0.0', 'ios', '13-15', '2026-11-01 10:00:00.000000')"))
        db.session.execute(text(
            "INSERT INTO suspects (id, platform, handle, handle_norm, status, created_at) "
            "VALUES (1, 'game_chat', 'Old', 'old', 'open', '2026-11-20 10:00:00.000000')"))
        db.session.execute(text(
            "INSERT INTO reports (report_id, device_id, suspect_id, created_at, received_at, day, platform, "
            "suspect_handle, risk, tag_mask, tag_scores, model_version, messages_observed, alert_index, child_action) "
            "VALUES ('r1', 'd1', 1, '2026-11-20 10:00:00.000000', '2026-11-20 10:00:00.000000', '2026-11-20', "
            "'game_chat', 'Old', 0.8, 64, '{}', '2026.11.24-1', 10, 5, 'told_adult')"))
        db.session.commit()
        upgrade()
        [item] = suspect_service.suspect_queue().items
        stats = releases.version_stats()
        db.engine.dispose()
    assert (item.handle, item.devices, item.reports, item.tactics) == ("Old", 1, 1, ["sexual"])
    assert [(s.model_version, s.devices, s.reports) for s in stats] == [("2026.11.24-1", 1, 1)]
