"""Trust-weighted priority: fresh or burst-enrolled devices cannot push an invented handle up the queue."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta

import pytest
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import select, update

from sync_server.extensions import db
from sync_server.models import Device, DeviceTrust, EnrolmentBucket, EnrolmentSalt, Suspect
from sync_server.services import aggregates, trust
from sync_server.services import suspects as suspect_service

from .conftest import DeviceCreds, StaffCreds
from .helpers import make_report, upload

NOW = datetime.now(UTC)
STRONG_CLAIM = {"risk": 1.0, "tags": ["sexual", "meeting"], "tag_scores": {"sexual": 1.0, "meeting": 1.0},
                "child_action": "shared_evidence", "evidence": [{"sender": "contact", "text": "invented"}]}
REAL_CLAIM = {"risk": 0.85, "tags": ["secrecy", "meeting"], "tag_scores": {"secrecy": 0.8, "meeting": 0.7}}


def enroll_from(client: FlaskClient, address: str) -> DeviceCreds:
    response = client.post("/api/v1/devices", json={"app_version": "1.0.0", "os": "android", "age_band": "13-15"},
                           environ_base={"REMOTE_ADDR": address})
    assert response.status_code == 201, response.json
    return DeviceCreds(response.json["device_id"], response.json["device_token"])


def age_devices(app: Flask, devices: list[DeviceCreds], days: float) -> None:
    """Backdate enrolment, then recompute every derived number (as the daily refresh would)."""
    with app.app_context():
        db.session.execute(update(Device).where(Device.id.in_([d.device_id for d in devices]))
                           .values(enrolled_at=NOW - timedelta(days=days)))
        db.session.commit()
        aggregates.rebuild()


def ranking(app: Flask) -> list[str]:
    with app.app_context():
        return [s.handle for s in suspect_service.suspect_queue(per_page=200).items]


def test_twenty_fresh_devices_cannot_outrank_three_established_ones(app: Flask, client: FlaskClient) -> None:
    established = [enroll_from(client, f"198.51.{i}.10") for i in range(3)]
    for device in established:
        upload(client, device.headers, make_report(suspect_handle="real_groomer", **REAL_CLAIM))
    age_devices(app, established, days=60)
    for i in range(20):  # the attacker even spreads them over 20 networks
        upload(client, enroll_from(client, f"203.0.{i}.7").headers,
               make_report(suspect_handle="invented_innocent", **STRONG_CLAIM))
    assert ranking(app)[:2] == ["real_groomer", "invented_innocent"]


def test_five_fake_devices_do_not_outrank_a_real_five_device_suspect(app: Flask, client: FlaskClient) -> None:
    real = [enroll_from(client, f"192.0.{i}.20") for i in range(5)]
    for device in real:
        upload(client, device.headers, make_report(suspect_handle="real_five", **REAL_CLAIM))
    age_devices(app, real, days=40)
    for _ in range(5):
        upload(client, enroll_from(client, "203.0.113.9").headers,
               make_report(suspect_handle="fake_five", **STRONG_CLAIM))
    assert ranking(app)[:2] == ["real_five", "fake_five"]


def test_a_burst_of_enrolments_from_one_network_counts_as_one_device(app: Flask, client: FlaskClient) -> None:
    burst = [enroll_from(client, f"203.0.113.{i}") for i in range(4)]  # one /24, one 10-minute window
    spread = [enroll_from(client, f"198.18.{i}.1") for i in range(4)]
    for device in burst:
        upload(client, device.headers, make_report(suspect_handle="burst"))
    for device in spread:
        upload(client, device.headers, make_report(suspect_handle="spread"))
    age_devices(app, burst + spread, days=60)  # old enough to be proven: only the cluster rule is left
    with app.app_context():
        corroboration = dict(db.session.execute(select(Suspect.handle, Suspect.corroboration)).all())
    assert corroboration["burst"] == pytest.approx(0.6)
    assert corroboration["spread"] == pytest.approx(4 * 0.6)


def test_an_upheld_report_raises_the_weight_of_its_reporter_elsewhere(
    app: Flask, client: FlaskClient, moderator: StaffCreds
) -> None:
    device = enroll_from(client, "198.51.100.4")
    upload(client, device.headers, make_report(suspect_handle="first"), make_report(suspect_handle="second"))
    with app.app_context():
        before = db.session.scalar(select(Suspect.priority).where(Suspect.handle == "second"))
        first = db.session.scalar(select(Suspect.id).where(Suspect.handle == "first"))
    response = client.post(f"/api/v1/suspects/{first}/decisions", headers=moderator.headers,
                           json={"status": "escalated", "note": "confirmed"})
    assert response.status_code == 201
    with app.app_context():
        after = db.session.scalar(select(Suspect.priority).where(Suspect.handle == "second"))
        weight = db.session.scalar(select(DeviceTrust.weight).where(DeviceTrust.device_id == device.device_id))
    assert weight == pytest.approx(trust.device_weight(age_days=0, upheld=1, dismissed=0))
    assert after > before


@pytest.mark.parametrize(
    ("better", "worse"),
    [
        ({"age_days": 30, "upheld": 0, "dismissed": 0}, {"age_days": 1, "upheld": 0, "dismissed": 0}),
        ({"age_days": 1, "upheld": 2, "dismissed": 0}, {"age_days": 1, "upheld": 0, "dismissed": 0}),
        ({"age_days": 90, "upheld": 1, "dismissed": 0}, {"age_days": 90, "upheld": 1, "dismissed": 3}),
    ],
)
def test_device_weight_grows_with_age_and_upheld_history(better: dict, worse: dict) -> None:
    assert 0.25 <= trust.device_weight(**worse) < trust.device_weight(**better) <= 1.0


def test_enrolment_buckets_store_no_address_and_forget_yesterday(app: Flask, client: FlaskClient) -> None:
    enroll_from(client, "203.0.113.77")
    later = enroll_from(client, "127.0.0.1")
    with app.app_context():
        bucket = db.session.scalars(select(EnrolmentBucket.bucket)).one()
        cluster = db.session.scalar(select(DeviceTrust.cluster).where(DeviceTrust.device_id != later.device_id))
        yesterday_salt = db.session.scalars(select(EnrolmentSalt.salt)).one()
        trust.record_enrolment(later.device_id, "203.0.113.77", now=datetime.now(UTC) + timedelta(days=1, minutes=5))
        salts = db.session.scalars(select(EnrolmentSalt.salt)).all()
        buckets = db.session.scalars(select(EnrolmentBucket.bucket)).all()
    assert "203.0" not in f"{bucket} {cluster}" and len(bucket) == 32
    assert len(salts) == 1 and salts != [yesterday_salt]
    assert bucket not in buckets  # same network, next day: an unlinkable bucket, yesterday's deleted


@pytest.mark.parametrize("address", ["127.0.0.1", "::1", "not an address", None])
def test_loopback_or_missing_addresses_give_a_device_its_own_cluster(address: str | None) -> None:
    assert trust.network_prefix(address) is None


def test_network_prefix_groups_a_slash_24_and_a_slash_48() -> None:
    assert trust.network_prefix("203.0.113.200") == trust.network_prefix("203.0.113.1") == "203.0.113.0/24"
    assert trust.network_prefix("2001:db8:1:2::5") == "2001:db8:1::/48"


def test_enrolment_through_the_api_creates_a_trust_row(
    app: Flask, enroll: Callable[..., DeviceCreds]
) -> None:
    device = enroll()
    with app.app_context():
        row = db.session.get(DeviceTrust, device.device_id)
    assert row is not None and row.weight == trust.FRESH_WEIGHT and not row.proven
