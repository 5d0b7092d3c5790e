"""Report upload: per-report validation, what SPEC §4 forbids, idempotency, size cap, rate limits."""

from __future__ import annotations

import uuid
from typing import Any

import pytest
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import func, select

from sync_server.extensions import db
from sync_server.models import Evidence, Report, Suspect

from .conftest import DeviceCreds
from .helpers import error_of, make_report, upload


def count(app: Flask, model: Any) -> int:
    with app.app_context():
        return int(db.session.scalar(select(func.count()).select_from(model)))


def test_valid_report_is_stored(app: Flask, client: FlaskClient, device: DeviceCreds) -> None:
    report = make_report()
    assert upload(client, device.headers, report) == {"accepted": 1, "duplicates": 0, "rejected": []}
    with app.app_context():
        row = db.session.scalar(select(Report))
        assert row.report_id == report["report_id"] and row.device_id == device.device_id
        assert row.risk == pytest.approx(0.91) and row.alert_index == 17 and row.child_action == "told_adult"
        assert row.created_at.isoformat() == "2026-11-24T10:00:00+00:00"


def test_bad_items_rejected_good_items_kept(app: Flask, client: FlaskClient, device: DeviceCreds) -> None:
    good1, good2 = make_report(), make_report(suspect_handle="other")
    bad = make_report(risk=1.5, tags=["secrecy", "bribery"])
    result = upload(client, device.headers, good1, bad, good2)
    assert result["accepted"] == 2 and result["duplicates"] == 0
    [rejected] = result["rejected"]
    assert rejected["index"] == 1
    assert set(rejected["errors"]) == {"risk", "tags"}
    assert "bribery" in rejected["errors"]["tags"][0]
    with app.app_context():
        stored = set(db.session.scalars(select(Report.report_id)))
    assert stored == {good1["report_id"], good2["report_id"]}


FORBIDDEN = [
    "child_name", "child_handle", "child_age", "phone", "phone_number", "location", "lat", "lon", "contacts",
    "device_id", "imei", "android_id", "advertising_id", "mac_address", "text", "message", "messages",
    "message_text", "conversation", "email",
]


@pytest.mark.parametrize("field", FORBIDDEN)
def test_forbidden_fields_reject_the_report(app: Flask, client: FlaskClient, device: DeviceCreds, field: str) -> None:
    result = upload(client, device.headers, make_report(**{field: "leak"}))
    assert result["accepted"] == 0
    assert field in result["rejected"][0]["errors"]
    assert "SPEC §4" in result["rejected"][0]["errors"][field][0]
    assert count(app, Report) == 0


@pytest.mark.parametrize(
    ("overrides", "field", "fragment"),
    [
        ({"risk": -0.1}, "risk", "between 0 and 1"),
        ({"risk": "0.5"}, "risk", "number"),
        ({"risk": True}, "risk", "number"),
        ({"tags": ["meeting", "meeting"]}, "tags", "repeat"),
        ({"tags": ["secrecy"], "tag_scores": {"secrecy": 0.9, "sexual": 0.8}}, "tag_scores", "sexual"),
        ({"tag_scores": {"secrecy": 1.2}}, "tag_scores", "between 0 and 1"),
        ({"alert_index": 23}, "alert_index", "less than messages_observed"),
        ({"alert_index": -1}, "alert_index", ""),
        ({"messages_observed": 0}, "messages_observed", ""),
        ({"messages_observed": 3.5}, "messages_observed", ""),
        ({"created_at": "2026-11-24 10:00"}, "created_at", "RFC 3339"),
        ({"created_at": "2026-11-24T10:00:00"}, "created_at", "RFC 3339"),
        ({"created_at": "2026-13-40T10:00:00Z"}, "created_at", ""),
        ({"report_id": "not-a-uuid"}, "report_id", ""),
        ({"child_action": "cried"}, "child_action", ""),
        ({"platform": "Game Chat"}, "platform", "slug"),
        ({"suspect_handle": ""}, "suspect_handle", ""),
        ({"suspect_handle": " @@ "}, "suspect_handle", "account"),
        ({"suspect_handle": "a\x00b"}, "suspect_handle", "control"),
        ({"evidence": [{"sender": "contact", "text": "hi"}]}, "evidence", "shared_evidence"),
    ],
)
def test_field_errors_are_specific(
    app: Flask, client: FlaskClient, device: DeviceCreds, overrides: dict[str, Any], field: str, fragment: str
) -> None:
    result = upload(client, device.headers, make_report(**overrides))
    assert result["accepted"] == 0
    errors = result["rejected"][0]["errors"]
    assert field in errors, errors
    assert fragment in str(errors[field])
    assert count(app, Report) == 0


def test_missing_required_fields_are_named(client: FlaskClient, device: DeviceCreds) -> None:
    report = make_report()
    del report["risk"], report["child_action"]
    errors = upload(client, device.headers, report)["rejected"][0]["errors"]
    assert set(errors) == {"risk", "child_action"}


def test_non_object_items_are_rejected(client: FlaskClient, device: DeviceCreds) -> None:
    result = upload(client, device.headers, make_report(), "a string", 7)  # type: ignore[arg-type]
    assert result["accepted"] == 1 and [r["index"] for r in result["rejected"]] == [1, 2]


def test_shared_evidence_is_stored_separately(app: Flask, client: FlaskClient, device: DeviceCreds) -> None:
    evidence = [{"sender": "contact", "text": "don't tell your mum"}, {"sender": "child", "text": "ok"}]
    result = upload(client, device.headers, make_report(child_action="shared_evidence", evidence=evidence))
    assert result["accepted"] == 1
    with app.app_context():
        assert db.session.scalar(select(Evidence.items)) == evidence


@pytest.mark.parametrize(
    ("evidence", "fragment"),
    [
        ([{"sender": "contact", "text": "x"}] * 21, "Longer than maximum length 20"),
        ([{"sender": "contact", "text": "x" * 2001}], "2000"),
        ([{"sender": "stranger", "text": "x"}], "Must be one of"),
        ([{"sender": "contact", "text": "x", "phone": "555"}], "unknown field"),
        ("some text", "Not a valid list"),
    ],
)
def test_evidence_is_bounded(
    app: Flask, client: FlaskClient, device: DeviceCreds, evidence: Any, fragment: str
) -> None:
    result = upload(client, device.headers, make_report(child_action="shared_evidence", evidence=evidence))
    assert result["accepted"] == 0
    assert fragment in str(result["rejected"][0]["errors"]["evidence"])
    assert count(app, Evidence) == 0


def test_idempotent_by_report_id(app: Flask, client: FlaskClient, device: DeviceCreds) -> None:
    first, second = make_report(), make_report()
    assert upload(client, device.headers, first)["accepted"] == 1
    result = upload(client, device.headers, first, second, second)
    assert result == {"accepted": 1, "duplicates": 2, "rejected": []}
    assert count(app, Report) == 2


def test_duplicate_with_evidence_does_not_duplicate_evidence(
    app: Flask, client: FlaskClient, device: DeviceCreds
) -> None:
    report = make_report(child_action="shared_evidence", evidence=[{"sender": "contact", "text": "hi"}])
    upload(client, device.headers, report)
    assert upload(client, device.headers, report)["duplicates"] == 1
    assert count(app, Evidence) == 1


@pytest.mark.parametrize(
    "body",
    [{"reports": []}, {"reports": [make_report() for _ in range(101)]}, {"reports": {}}, {}, [],
     {"reports": [make_report()], "device": "x"}],
)
def test_batch_envelope(client: FlaskClient, device: DeviceCreds, body: Any) -> None:
    response = client.post("/api/v1/reports", json=body, headers=device.headers)
    assert response.status_code == 422 and error_of(response)["code"] == "validation_error"


def test_hundred_reports_in_one_batch(app: Flask, client: FlaskClient, device: DeviceCreds) -> None:
    reports = [make_report(suspect_handle=f"user{i % 7}") for i in range(100)]
    assert upload(client, device.headers, *reports)["accepted"] == 100
    assert count(app, Suspect) == 7


def test_upload_needs_device_token(client: FlaskClient) -> None:
    response = client.post("/api/v1/reports", json={"reports": [make_report()]})
    assert response.status_code == 401 and error_of(response)["code"] == "unauthorized"
    assert response.headers["WWW-Authenticate"].startswith("Bearer")
    bad = client.post("/api/v1/reports", json={"reports": [make_report()]}, headers={"Authorization": "Bearer gld_x"})
    assert bad.status_code == 401 and error_of(bad)["code"] == "invalid_token"


def test_upload_content_type_and_json(client: FlaskClient, device: DeviceCreds) -> None:
    plain = client.post("/api/v1/reports", data="{}", headers=device.headers, content_type="text/plain")
    assert plain.status_code == 415
    broken = client.post("/api/v1/reports", data="{", headers=device.headers, content_type="application/json")
    assert broken.status_code == 400 and error_of(broken)["code"] == "malformed_json"


def test_body_cap_on_uploads(app: Flask, client: FlaskClient, device: DeviceCreds) -> None:
    evidence = [{"sender": "contact", "text": "x" * 2000}] * 20
    reports = [make_report(child_action="shared_evidence", evidence=evidence) for _ in range(60)]
    response = client.post("/api/v1/reports", json={"reports": reports}, headers=device.headers)
    assert response.status_code == 413 and error_of(response)["code"] == "payload_too_large"
    assert count(app, Report) == 0


def test_per_device_rate_limit(app: Flask, client: FlaskClient, device: DeviceCreds, enroll: Any) -> None:
    app.config["REPORT_RATE_LIMIT"] = "3 per minute"
    try:
        statuses = [
            client.post("/api/v1/reports", json={"reports": [make_report()]}, headers=device.headers).status_code
            for _ in range(4)
        ]
        assert statuses == [200, 200, 200, 429]
        limited = client.post("/api/v1/reports", json={"reports": [make_report()]}, headers=device.headers)
        err = error_of(limited)
        assert err["code"] == "rate_limited"
        assert 1 <= int(limited.headers["Retry-After"]) <= 60
        other = enroll()  # another device has its own budget
        assert client.post("/api/v1/reports", json={"reports": [make_report()]}, headers=other.headers).status_code == 200
    finally:
        app.config["REPORT_RATE_LIMIT"] = "100000 per minute"


def test_token_guessing_is_limited_per_ip(app: Flask, client: FlaskClient, device: DeviceCreds) -> None:
    app.config["AUTH_FAILURE_LIMIT"] = "3 per minute"
    try:
        guesses = [
            client.get("/api/v1/models/current", headers={"Authorization": f"Bearer gld_{uuid.uuid4().hex}"}).status_code
            for _ in range(4)
        ]
        assert guesses == [401, 401, 401, 429]
        # Guesses stay blocked, but a valid token from the same address (a school's NAT) still gets in.
        blocked = client.get("/api/v1/models/current", headers={"Authorization": "Bearer gld_x"})
        assert blocked.status_code == 429 and int(blocked.headers["Retry-After"]) >= 1
        assert client.get("/api/v1/models/current", headers=device.headers).status_code == 404
        elsewhere = client.get("/api/v1/models/current", headers=device.headers,
                               environ_base={"REMOTE_ADDR": "10.0.0.9"})
        assert elsewhere.status_code == 404  # valid token, no model yet
    finally:
        app.config["AUTH_FAILURE_LIMIT"] = "100000 per minute"


def test_suspect_handles_are_normalised(app: Flask, client: FlaskClient, device: DeviceCreds) -> None:
    upload(client, device.headers, make_report(suspect_handle="CoolCoach"), make_report(suspect_handle=" @coolcoach "),
           make_report(suspect_handle="COOLCOACH"), make_report(suspect_handle="coolcoach", platform="social_dm"))
    with app.app_context():
        rows = db.session.execute(select(Suspect.platform, Suspect.handle_norm, Suspect.handle)).all()
    assert sorted((p, n) for p, n, _ in rows) == [("game_chat", "coolcoach"), ("social_dm", "coolcoach")]
    assert {h for p, _, h in rows if p == "game_chat"} == {"CoolCoach"}  # first spelling is shown


def test_rfc3339_offsets_and_fractions(app: Flask, client: FlaskClient, device: DeviceCreds) -> None:
    upload(client, device.headers, make_report(created_at="2026-11-24T12:30:00.123456789+02:00"))
    with app.app_context():
        created = db.session.scalar(select(Report.created_at))
    assert created.isoformat() == "2026-11-24T10:30:00.123456+00:00"
