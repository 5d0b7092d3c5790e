"""Device enrollment (SPEC §3)."""

from __future__ import annotations

import hashlib
import uuid
from collections.abc import Callable
from typing import Any

from flask import Flask
from flask.testing import FlaskClient

from sync_server import create_app
from sync_server.extensions import db
from sync_server.models import Device
from tests.db_state import close_app

from .conftest import DeviceCreds, StaffCreds
from .helpers import error_of, make_report
from .test_mailbox import pair  # noqa: F401  (pairs a child device with a parent mailbox)


def test_enroll_returns_id_and_token_stored_only_as_hash(app: Flask, device: DeviceCreds) -> None:
    uuid.UUID(device.device_id)
    assert len(device.token) > 40
    with app.app_context():
        row = db.session.get(Device, device.device_id)
        assert row is not None and row.age_band == "13-15"
        assert row.token_hash == hashlib.sha256(device.token.encode()).hexdigest()
        assert device.token not in {row.token_hash, row.id}


def test_each_enrollment_gets_its_own_token(enroll: Callable[..., DeviceCreds]) -> None:
    a, b = enroll(), enroll(age_band="under-13")
    assert a.device_id != b.device_id and a.token != b.token


def test_enrollment_code_when_configured(app: Flask, client: FlaskClient) -> None:
    app.config["ENROLLMENT_CODE"] = "school-42"
    try:
        body = {"app_version": "1.0.0", "os": "android", "age_band": "16-17"}
        missing = client.post("/api/v1/devices", json=body)
        assert missing.status_code == 403 and error_of(missing)["code"] == "enrollment_code_invalid"
        wrong = client.post("/api/v1/devices", json={**body, "enrollment_code": "school-43"})
        assert wrong.status_code == 403
        right = client.post("/api/v1/devices", json={**body, "enrollment_code": "school-42"})
        assert right.status_code == 201
    finally:
        app.config["ENROLLMENT_CODE"] = None


def test_enrollment_rejects_unknown_fields(client: FlaskClient) -> None:
    body = {"app_version": "1.0.0", "os": "android", "age_band": "13-15", "imei": "356938035643809"}
    response = client.post("/api/v1/devices", json=body)
    assert response.status_code == 422
    assert "imei" in error_of(response)["details"]


def test_enrollment_is_rate_limited_per_ip(app: Flask, client: FlaskClient) -> None:
    app.config["ENROLL_RATE_LIMIT"] = "2 per minute"
    try:
        body = {"app_version": "1.0.0", "os": "android", "age_band": "13-15"}
        assert [client.post("/api/v1/devices", json=body).status_code for _ in range(3)] == [201, 201, 429]
    finally:
        app.config["ENROLL_RATE_LIMIT"] = "100000 per minute"


def test_revoked_device_token_stops_working(
    client: FlaskClient, device: DeviceCreds, admin: object
) -> None:
    assert client.get("/api/v1/models/current", headers=device.headers).status_code == 404  # works: no model
    response = client.post(f"/api/v1/admin/devices/{device.device_id}/revoke", headers=admin.headers)  # type: ignore[attr-defined]
    assert response.status_code == 200 and response.json["revoked_at"]
    again = client.get("/api/v1/models/current", headers=device.headers)
    assert again.status_code == 401 and error_of(again)["code"] == "invalid_token"


def test_admin_lists_devices_without_secrets(client: FlaskClient, device: DeviceCreds, admin: object) -> None:
    response = client.get("/api/v1/admin/devices", headers=admin.headers)  # type: ignore[attr-defined]
    assert response.status_code == 200
    [listed] = response.json
    assert listed["id"] == device.device_id and listed["revoked_at"] is None
    assert "token" not in str(listed) and device.token not in response.get_data(as_text=True)
    missing = client.post("/api/v1/admin/devices/nope/revoke", headers=admin.headers)  # type: ignore[attr-defined]
    assert missing.status_code == 404


def test_a_revocation_through_one_worker_stops_the_token_in_another_at_once(
    app: Flask, client: FlaskClient, device: DeviceCreds, admin: object
) -> None:
    """Two app objects on one database stand for two gunicorn workers (or two instances)."""
    other_worker = create_app(dict(app.config))
    try:
        other = other_worker.test_client()
        assert other.get("/api/v1/models/current", headers=device.headers).status_code == 404  # known there too
        client.post(f"/api/v1/admin/devices/{device.device_id}/revoke", headers=admin.headers)  # type: ignore[attr-defined]
        refused = other.get("/api/v1/models/current", headers=device.headers)
        assert refused.status_code == 401 and error_of(refused)["code"] == "invalid_token"
    finally:
        close_app(other_worker)


def test_garbage_tokens_from_one_address_never_lock_out_valid_tokens(
    app: Flask, client: FlaskClient, device: DeviceCreds, moderator: StaffCreds
) -> None:
    app.config["AUTH_FAILURE_LIMIT"] = "5 per minute"
    try:
        garbage = [client.get("/api/v1/models/current", headers={"Authorization": f"Bearer gld_{i}"}).status_code
                   for i in range(50)]
        assert garbage[:5] == [401] * 5 and set(garbage[5:]) == {429}
        assert client.get("/api/v1/models/current", headers=device.headers).status_code == 404
        assert client.get("/api/v1/auth/me", headers=moderator.headers).status_code == 200
        assert client.post("/api/v1/reports", json={"reports": [make_report()]},
                           headers=device.headers).status_code == 200
        staff_guess = client.get("/api/v1/auth/me", headers={"Authorization": "Bearer gls_guess"})
        assert staff_guess.status_code == 429  # guessing staff tokens shares the same allowance
    finally:
        app.config["AUTH_FAILURE_LIMIT"] = "100000 per minute"


def test_garbage_tokens_never_lock_a_parent_out_of_the_mailbox(
    app: Flask, client: FlaskClient, pair: Callable[[], Any],  # noqa: F811 - the imported fixture
) -> None:
    paired = pair()
    app.config["AUTH_FAILURE_LIMIT"] = "3 per minute"
    try:
        garbage = [client.get("/api/v1/parent/mailbox", headers={"Authorization": f"Bearer glp_{i}"}).status_code
                   for i in range(6)]
        assert garbage == [401, 401, 401, 429, 429, 429]
        assert client.get("/api/v1/parent/mailbox", headers=paired.parent_headers).status_code == 200
    finally:
        app.config["AUTH_FAILURE_LIMIT"] = "100000 per minute"
