"""Derived tables: kept exact on upload and decision, rebuilt identically from the reports, read cheaply."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from click.testing import Result
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import select

from sync_server.extensions import db
from sync_server.models import QueueCount, ReportDay, Suspect, SuspectDevice, VersionRollup
from sync_server.services import aggregate_bump, aggregates, releases, retention
from sync_server.services import suspects as suspect_service

from .conftest import DeviceCreds, StaffCreds
from .helpers import make_report, upload

NOW = datetime.now(UTC).replace(microsecond=0)


def ts(days_ago: float) -> str:
    return (NOW - timedelta(days=days_ago)).strftime("%Y-%m-%dT%H:%M:%SZ")


def snapshot(app: Flask) -> dict[str, Any]:
    """Every derived number, in a comparable form."""
    with app.app_context():
        suspects = db.session.execute(select(
            Suspect.handle, Suspect.devices, Suspect.reports, Suspect.corroboration, Suspect.max_risk,
            Suspect.mean_risk, Suspect.tag_mask, Suspect.fa_devices, Suspect.child_actions, Suspect.first_seen,
            Suspect.last_seen, Suspect.priority_base).order_by(Suspect.handle)).all()
        tables = {model.__tablename__: sorted(tuple(r) for r in db.session.execute(select(*model.__table__.c)))
                  for model in (SuspectDevice, VersionRollup, ReportDay, QueueCount)}
    tables["queue_counts"] = [row for row in tables["queue_counts"] if row[3]]  # zero rows are allowed to stay
    return {"suspects": [tuple(r) for r in suspects], **tables}


def mixed_uploads(client: FlaskClient, enroll: Callable[..., DeviceCreds]) -> DeviceCreds:
    """Several devices, suspects, versions, days and actions; returns the first device."""
    a, b, c = enroll(), enroll(), enroll()
    upload(client, a.headers, *[make_report(suspect_handle="alpha", risk=0.5 + i / 10, created_at=ts(i)) for i in range(4)])
    upload(client, a.headers, make_report(suspect_handle="beta", tags=["meeting"], tag_scores={},
                                          model_version="2026.12.01-1", created_at=ts(2)))
    upload(client, b.headers, make_report(suspect_handle="ALPHA", child_action="false_alarm", created_at=ts(1)),
           make_report(suspect_handle="gamma", child_action="shared_evidence",
                       evidence=[{"sender": "contact", "text": "x"}], created_at=ts(3)))
    repeated = make_report(suspect_handle="beta", tags=["gifts"], tag_scores={}, created_at=ts(0))
    upload(client, c.headers, repeated, repeated)  # a duplicate counts once
    upload(client, c.headers, repeated)
    return a


def test_rebuild_reproduces_what_uploads_kept_up_to_date(
    app: Flask, client: FlaskClient, enroll: Callable[..., DeviceCreds]
) -> None:
    first = mixed_uploads(client, enroll)
    # known device, no new claim: the cheap path (services.aggregate_bump) must land on the same numbers
    upload(client, first.headers, make_report(suspect_handle="alpha", risk=0.55, created_at=ts(0), child_action="blocked"))
    incremental = snapshot(app)
    with app.app_context():
        aggregates.rebuild()
    assert snapshot(app) == incremental
    assert len(incremental["suspects"]) == 3 and incremental["suspect_devices"] and incremental["queue_counts"]


def test_suspect_aggregates_match_the_reports(
    app: Flask, client: FlaskClient, enroll: Callable[..., DeviceCreds]
) -> None:
    mixed_uploads(client, enroll)
    with app.app_context():
        alpha = next(s for s in suspect_service.suspect_queue().items if s.handle == "alpha")
    assert (alpha.devices, alpha.reports) == (2, 5)
    assert alpha.mean_risk == pytest.approx(((0.5 + 0.6 + 0.7 + 0.8) / 4 + 0.91) / 2, abs=1e-4)
    assert alpha.false_alarm_share == 0.5 and alpha.child_actions["false_alarm"] == 1


def test_ml_stats_are_read_from_the_rollup_and_match_the_reports(
    app: Flask, client: FlaskClient, enroll: Callable[..., DeviceCreds]
) -> None:
    mixed_uploads(client, enroll)
    with app.app_context():
        stats = {s.model_version: s for s in releases.version_stats()}
    main = stats["2026.11.24-1"]
    # device a: 4 days; device b: 2 days (one a false alarm); device c: 1 day
    assert (main.devices, main.reports, main.device_days) == (3, 7, 7)
    assert main.false_alarm_rate == pytest.approx(1 / 7, abs=1e-4)
    assert (stats["2026.12.01-1"].devices, stats["2026.12.01-1"].reports) == (1, 1)


def test_reports_per_day_are_read_from_the_rollup(
    app: Flask, client: FlaskClient, enroll: Callable[..., DeviceCreds]
) -> None:
    mixed_uploads(client, enroll)
    with app.app_context():
        rows = aggregates.reports_per_day(NOW.date() - timedelta(days=10), NOW.date())
    assert sum(n for _, _, n in rows) == 8  # the duplicate report_id is stored once
    assert dict(((d, p), n) for d, p, n in rows)[((NOW - timedelta(days=2)).date(), "game_chat")] == 2


def test_queue_page_is_clamped_and_counts_pages(
    app: Flask, client: FlaskClient, device: DeviceCreds, moderator: StaffCreds
) -> None:
    upload(client, device.headers, *[make_report(suspect_handle=f"h{i}", risk=i / 10) for i in range(7)])
    response = client.get("/api/v1/suspects", headers=moderator.headers, query_string={"per_page": 3, "page": 99})
    body = response.json
    assert (body["total"], body["pages"], body["page"]) == (7, 3, 3)
    assert [item["handle"] for item in body["items"]] == ["h0"]


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"tactic": "meeting"}, ["beta"]),
        ({"platform": "discord"}, ["delta"]),
        ({"q": "ＡＬＰ"}, ["alpha"]),  # full-width capitals fold onto the stored handle
        ({"q": "al\u200bpha"}, ["alpha"]),  # a zero-width space inside the search is ignored
        ({"q": "%"}, []),  # LIKE wildcards are searched literally
        ({"min_devices": "2"}, ["alpha"]),
    ],
)
def test_queue_filters(
    app: Flask, client: FlaskClient, enroll: Callable[..., DeviceCreds], moderator: StaffCreds,
    params: dict[str, str], expected: list[str],
) -> None:
    a, b = enroll(), enroll()
    upload(client, a.headers, make_report(suspect_handle="alpha"), make_report(suspect_handle="beta", tags=["meeting"],
                                                                               tag_scores={}),
           make_report(suspect_handle="delta", platform="discord"))
    upload(client, b.headers, make_report(suspect_handle="Alpha"))
    body = client.get("/api/v1/suspects", headers=moderator.headers, query_string=params).json
    assert sorted(item["handle"] for item in body["items"]) == expected
    assert body["total"] == len(expected)


def test_a_decision_moves_the_suspect_between_status_totals(
    app: Flask, client: FlaskClient, device: DeviceCreds, moderator: StaffCreds
) -> None:
    upload(client, device.headers, make_report(suspect_handle="one", tags=["secrecy"], tag_scores={}),
           make_report(suspect_handle="two"))
    with app.app_context():
        target = db.session.scalar(select(Suspect.id).where(Suspect.handle == "one"))
    client.post(f"/api/v1/suspects/{target}/decisions", headers=moderator.headers,
                json={"status": "dismissed", "note": "not grooming"})
    with app.app_context():
        totals = {status: aggregates.queue_total(status=status, platform=None, tactic="secrecy")
                  for status in ("open", "dismissed", "all")}
        assert suspect_service.suspect_queue(status="dismissed").total == 1
    assert totals == {"open": 1, "dismissed": 1, "all": 2}


def test_timeline_is_paginated_with_per_suspect_device_pseudonyms(
    app: Flask, client: FlaskClient, device: DeviceCreds, moderator: StaffCreds
) -> None:
    upload(client, device.headers, *[make_report(suspect_handle="paged", created_at=ts(i)) for i in range(5)],
           make_report(suspect_handle="other"))
    with app.app_context():
        ids = dict(db.session.execute(select(Suspect.handle, Suspect.id)).all())
    body = client.get(f"/api/v1/suspects/{ids['paged']}", headers=moderator.headers,
                      query_string={"page": 2, "per_page": 2}).json
    other = client.get(f"/api/v1/suspects/{ids['other']}", headers=moderator.headers).json
    assert body["timeline_page"] == {"total": 5, "page": 2, "per_page": 2, "pages": 3}
    assert [e["created_at"][:10] for e in body["timeline"]] == [ts(2)[:10], ts(1)[:10]]
    devices = {e["device"] for e in body["timeline"]}
    assert len(devices) == 1 and device.device_id not in devices
    assert devices.isdisjoint(e["device"] for e in other["timeline"])  # one child is not linked across suspects


def test_refresh_priority_lets_the_recency_term_decay(
    app: Flask, client: FlaskClient, device: DeviceCreds
) -> None:
    upload(client, device.headers, make_report(created_at=ts(0)))
    with app.app_context():
        base, before = db.session.execute(select(Suspect.priority_base, Suspect.priority)).one()
        aggregates.refresh_priority(NOW + timedelta(days=7))
        base_week, after = db.session.execute(select(Suspect.priority_base, Suspect.priority)).one()
        aggregates.refresh_priority(NOW + timedelta(days=100))
        base_late, gone = db.session.execute(select(Suspect.priority_base, Suspect.priority)).one()
    assert before == pytest.approx(base + 1.0, abs=1e-3)
    assert after == pytest.approx(base_week + 0.5, abs=1e-3)
    assert gone == pytest.approx(base_late, abs=1e-4)
    assert base < base_week  # meanwhile the reporting device matured and weighs more


def test_rebuild_and_refresh_commands(app: Flask, client: FlaskClient, device: DeviceCreds) -> None:
    upload(client, device.headers, make_report())
    runner = app.test_cli_runner()
    rebuilt: Result = runner.invoke(args=["rebuild-aggregates"])
    refreshed: Result = runner.invoke(args=["refresh-priority"])
    assert rebuilt.exit_code == 0 and "rebuilt aggregates for 1 suspects" in rebuilt.output
    assert refreshed.exit_code == 0 and "recency refreshed on 1" in refreshed.output


def test_purge_takes_exactly_the_deleted_reports_out_of_the_derived_tables(
    app: Flask, client: FlaskClient, enroll: Callable[..., DeviceCreds]
) -> None:
    mixed_uploads(client, enroll)
    late = enroll()
    with app.app_context():
        retention.purge(evidence_days=0, report_days=0, now=datetime.now(UTC) + timedelta(seconds=1))
    upload(client, late.headers, make_report(suspect_handle="alpha", created_at=ts(0)),
           make_report(suspect_handle="kept", created_at=ts(1)))
    with app.app_context():
        retention.purge(evidence_days=30, report_days=30)  # deletes nothing: derived tables unchanged
        kept = [s.handle for s in suspect_service.suspect_queue(status="all").items]
    incremental = snapshot(app)
    with app.app_context():
        aggregates.rebuild()
    assert snapshot(app) == incremental
    assert sorted(kept) == ["alpha", "kept"]


def test_a_large_suspect_is_bumped_at_once_and_rescored_by_the_refresh(
    app: Flask, client: FlaskClient, enroll: Callable[..., DeviceCreds], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(aggregate_bump, "LARGE_SUSPECT", 2)
    for _ in range(2):
        upload(client, enroll().headers, make_report(suspect_handle="big", created_at=ts(3)))
    upload(client, enroll().headers, make_report(suspect_handle="big", tags=["coercion"], tag_scores={}, risk=0.99,
                                                 created_at=ts(0), child_action="false_alarm"))
    with app.app_context():
        [big] = suspect_service.suspect_queue().items
        assert aggregates.queue_total(status="open", platform=None, tactic="coercion") == 1
        assert db.session.scalar(select(Suspect.rescore_due)) is True
        aggregates.refresh_priority()
        [rescored] = suspect_service.suspect_queue().items
        assert db.session.scalar(select(Suspect.rescore_due)) is False
    # counts, tactics, risk, actions and dates at once; the third device's trust weight after the refresh
    assert (big.devices, big.reports, big.max_risk, big.child_actions["false_alarm"]) == (3, 3, 0.99, 1)
    assert "coercion" in big.tactics and big.last_seen.date() == NOW.date()
    assert big.corroboration == pytest.approx(0.5) and rescored.corroboration == pytest.approx(0.75)
    refreshed = snapshot(app)
    with app.app_context():
        aggregates.rebuild()
    assert snapshot(app) == refreshed
