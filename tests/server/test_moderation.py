"""Suspect aggregation, the priority queue, timelines, decisions and audited evidence reads."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta

import pytest
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import select

from sync_server.errors import Forbidden
from sync_server.extensions import db
from sync_server.models import AuditLog, StaffUser
from sync_server.services import evidence as evidence_service
from sync_server.services import suspects as suspect_service
from sync_server.services.priority import priority, priority_base

from .conftest import DeviceCreds, StaffCreds
from .helpers import error_of, make_report, upload

NOW = datetime.now(UTC)


def ts(days_ago: float = 0.0) -> str:
    return (NOW - timedelta(days=days_ago)).strftime("%Y-%m-%dT%H:%M:%SZ")


def queue(client: FlaskClient, staff: StaffCreds, **params: str) -> list[dict]:
    response = client.get("/api/v1/suspects", headers=staff.headers, query_string=params)
    assert response.status_code == 200, response.json
    return response.json["items"]


def test_aggregates_count_devices_once(
    client: FlaskClient, enroll: Callable[..., DeviceCreds], moderator: StaffCreds
) -> None:
    a, b = enroll(), enroll()
    upload(client, a.headers, *[make_report(risk=0.5, tags=["gifts"], tag_scores={}, created_at=ts(3),
                                            child_action="blocked") for _ in range(5)])
    upload(client, b.headers, make_report(risk=0.9, tags=["meeting"], tag_scores={"meeting": 0.9}, created_at=ts(1),
                                          suspect_handle="XX_COOLCOACH_XX", child_action="false_alarm"))
    [item] = queue(client, moderator)
    assert item["devices"] == 2 and item["reports"] == 6
    assert item["max_risk"] == pytest.approx(0.9)
    assert item["mean_risk"] == pytest.approx(0.7)  # per-device means 0.5 and 0.9: the spammer counts once
    assert item["tactics"] == ["gifts", "meeting"]
    assert item["child_actions"]["blocked"] == 5 and item["child_actions"]["false_alarm"] == 1
    assert item["false_alarm_share"] == pytest.approx(0.5)
    assert item["first_seen"].startswith(ts(3)[:10]) and item["last_seen"].startswith(ts(1)[:10])


def test_many_reports_from_one_device_do_not_outrank_corroboration(
    client: FlaskClient, enroll: Callable[..., DeviceCreds], moderator: StaffCreds
) -> None:
    spammer = enroll()
    upload(client, spammer.headers, *[make_report(suspect_handle="loud", risk=0.8) for _ in range(50)])
    for _ in range(3):
        upload(client, enroll().headers, make_report(suspect_handle="corroborated", risk=0.8))
    items = queue(client, moderator)
    assert [i["handle"] for i in items] == ["corroborated", "loud"]
    assert items[0]["priority"] > items[1]["priority"]


def test_queue_filters(client: FlaskClient, device: DeviceCreds, moderator: StaffCreds) -> None:
    upload(client, device.headers,
           make_report(suspect_handle="a", platform="game_chat", tags=["sexual"], tag_scores={}),
           make_report(suspect_handle="b", platform="social_dm", tags=["gifts"], tag_scores={}),
           make_report(suspect_handle="c", platform="social_dm", tags=["sexual", "gifts"], tag_scores={}))
    assert {i["handle"] for i in queue(client, moderator, platform="social_dm")} == {"b", "c"}
    assert {i["handle"] for i in queue(client, moderator, tactic="sexual")} == {"a", "c"}
    assert {i["handle"] for i in queue(client, moderator, tactic="gifts", platform="social_dm")} == {"b", "c"}
    bad = client.get("/api/v1/suspects", headers=moderator.headers, query_string={"tactic": "bribery"})
    assert bad.status_code == 422 and "tactic" in error_of(bad)["details"]


def test_decisions_change_status_and_are_kept(
    app: Flask, client: FlaskClient, device: DeviceCreds, moderator: StaffCreds
) -> None:
    upload(client, device.headers, make_report())
    [item] = queue(client, moderator)
    url = f"/api/v1/suspects/{item['id']}/decisions"
    response = client.post(url, json={"status": "escalated", "note": "asked for photos; reported to platform"},
                           headers=moderator.headers)
    assert response.status_code == 201
    assert response.json["from_status"] == "open" and response.json["to_status"] == "escalated"
    assert response.json["moderator"] == moderator.username
    assert queue(client, moderator) == []  # default filter: open
    assert [i["id"] for i in queue(client, moderator, status="escalated")] == [item["id"]]
    assert len(queue(client, moderator, status="all")) == 1
    detail = client.get(f"/api/v1/suspects/{item['id']}", headers=moderator.headers).json
    assert detail["status"] == "escalated" and len(detail["decisions"]) == 1
    assert detail["decisions"][0]["note"].startswith("asked for photos")
    missing_note = client.post(url, json={"status": "dismissed"}, headers=moderator.headers)
    assert missing_note.status_code == 422 and "note" in error_of(missing_note)["details"]
    bad_status = client.post(url, json={"status": "deleted", "note": "x"}, headers=moderator.headers)
    assert bad_status.status_code == 422
    with app.app_context():
        assert db.session.scalar(select(AuditLog.action).where(AuditLog.action == "suspect.decision"))


def test_timeline_has_no_message_text(client: FlaskClient, device: DeviceCreds, moderator: StaffCreds) -> None:
    secret = "meet me at the park"
    upload(client, device.headers, make_report(created_at=ts(2)),
           make_report(created_at=ts(1), child_action="shared_evidence", evidence=[{"sender": "contact", "text": secret}]))
    [item] = queue(client, moderator)
    response = client.get(f"/api/v1/suspects/{item['id']}", headers=moderator.headers)
    assert secret not in response.get_data(as_text=True)
    timeline = response.json["timeline"]
    assert [e["has_evidence"] for e in timeline] == [False, True]
    assert timeline[0]["created_at"] < timeline[1]["created_at"]
    assert len({e["device"] for e in timeline}) == 1 and device.device_id not in response.get_data(as_text=True)
    assert client.get("/api/v1/suspects/99999", headers=moderator.headers).status_code == 404


def test_evidence_reads_are_audited(
    app: Flask, client: FlaskClient, device: DeviceCreds, moderator: StaffCreds
) -> None:
    report = make_report(child_action="shared_evidence", evidence=[{"sender": "contact", "text": "our secret"}])
    upload(client, device.headers, report)
    response = client.get(f"/api/v1/reports/{report['report_id']}/evidence", headers=moderator.headers)
    assert response.status_code == 200 and response.json["items"][0]["text"] == "our secret"
    [item] = queue(client, moderator)
    all_evidence = client.get(f"/api/v1/suspects/{item['id']}/evidence", headers=moderator.headers)
    assert [e["report_id"] for e in all_evidence.json] == [report["report_id"]]
    with app.app_context():
        views = db.session.execute(
            select(AuditLog.actor_id, AuditLog.target_id).where(AuditLog.action == "evidence.view")
        ).all()
    assert views == [(moderator.user_id, report["report_id"])] * 2
    none_shared = make_report()
    upload(client, device.headers, none_shared)
    assert client.get(f"/api/v1/reports/{none_shared['report_id']}/evidence", headers=moderator.headers).status_code == 404


def test_ml_staff_never_see_evidence(
    app: Flask, client: FlaskClient, device: DeviceCreds, ml_staff: StaffCreds
) -> None:
    report = make_report(child_action="shared_evidence", evidence=[{"sender": "contact", "text": "x"}])
    upload(client, device.headers, report)
    assert client.get(f"/api/v1/reports/{report['report_id']}/evidence", headers=ml_staff.headers).status_code == 403
    with app.app_context():
        user = db.session.get(StaffUser, ml_staff.user_id)
        with pytest.raises(Forbidden):
            evidence_service.read_evidence(report["report_id"], viewer=user)
        assert db.session.scalar(select(AuditLog).where(AuditLog.action == "evidence.view")) is None


def test_service_queue_pagination(app: Flask, client: FlaskClient, device: DeviceCreds) -> None:
    upload(client, device.headers, *[make_report(suspect_handle=f"h{i}", risk=i / 10) for i in range(7)])
    with app.app_context():
        page = suspect_service.suspect_queue(page=2, per_page=3)
    assert page.total == 7 and [s.handle for s in page.items] == ["h3", "h2", "h1"]


_BASE = {"corroboration": 1.0, "risk_claim": 0.8, "severe_claim": 0.0, "evidence_claim": 0.0,
         "false_alarm_share": 0.0}


@pytest.mark.parametrize(
    ("kwargs", "worse"),
    [
        ({"corroboration": 4.0}, {"corroboration": 1.0}),
        ({"risk_claim": 0.95}, {"risk_claim": 0.6}),
        ({"severe_claim": 1.0}, {"severe_claim": 0.0}),
        ({"false_alarm_share": 0.0}, {"false_alarm_share": 1.0}),
        ({"evidence_claim": 1.0}, {"evidence_claim": 0.0}),
    ],
)
def test_priority_base_orders_by_each_factor(kwargs: dict, worse: dict) -> None:
    assert priority_base(**{**_BASE, **kwargs}) > priority_base(**{**_BASE, **worse})


def test_priority_prefers_the_recent_report() -> None:
    assert priority(5.0, NOW, NOW) > priority(5.0, NOW - timedelta(days=30), NOW) > priority(5.0, NOW - timedelta(days=71), NOW)


def test_priority_corroboration_is_log_scaled() -> None:
    gains = [priority_base(**{**_BASE, "corroboration": n + 1.0}) - priority_base(**{**_BASE, "corroboration": float(n)})
             for n in (1, 10, 100)]
    assert gains[0] > gains[1] > gains[2] > 0
