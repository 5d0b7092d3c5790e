"""Signed model bundles: upload checks, manifests with ETags, staged rollout cohorts, rollback, stats."""

from __future__ import annotations

import base64
import io
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from flask import Flask
from flask.testing import FlaskClient
from werkzeug.datastructures import FileStorage
from werkzeug.test import encode_multipart

from device_app.core.signing import KeyPair, sha256_hex, sign_bytes, verify_bytes
from sync_server.services.releases import cohort_bucket, trusted_keys

from .conftest import DeviceCreds, StaffCreds
from .helpers import error_of, make_bundle, make_report, upload

V1, V2, V3, V9 = "2026.11.01-1", "2026.11.02-1", "2026.11.03-1", "2026.11.09-1"
M1, M2 = "2026.11.20-1", "2026.11.22-1"


def post_bundle(client: FlaskClient, staff: StaffCreds, data: bytes, signature: str | None) -> Any:
    """multipart/form-data, encoded in memory (the test client spools big bodies to temp files it
    never closes when the server refuses them early)."""
    form: dict[str, Any] = {"file": FileStorage(io.BytesIO(data), filename="bundle.zip")}
    if signature is not None:
        form["signature"] = signature
    boundary, body = encode_multipart(form)
    return client.post("/api/v1/ml/models", data=body, headers=staff.headers,
                       content_type=f"multipart/form-data; boundary={boundary}")


@pytest.fixture
def publish(
    client: FlaskClient, ml_staff: StaffCreds, signing_keys: tuple[KeyPair, KeyPair]
) -> Callable[..., dict[str, Any]]:
    def _publish(version: str, *, stage: int | None = None, promote: bool = False) -> dict[str, Any]:
        data = make_bundle(version)
        response = post_bundle(client, ml_staff, data, sign_bytes(data, signing_keys[0].private_b64))
        assert response.status_code == 201, response.json
        if stage is not None or promote:
            staged = client.post("/api/v1/ml/rollout/stage", json={"version": version, "percent": stage or 100},
                                 headers=ml_staff.headers)
            assert staged.status_code == 200, staged.json
        if promote:
            assert client.post("/api/v1/ml/rollout/promote", headers=ml_staff.headers).status_code == 200
        return response.json

    return _publish


def test_upload_verifies_signature_and_reads_version(
    client: FlaskClient, ml_staff: StaffCreds, signing_keys: tuple[KeyPair, KeyPair]
) -> None:
    data = make_bundle("2026.11.25-1", min_app_version="1.2.0")
    signature = sign_bytes(data, signing_keys[0].private_b64)
    response = post_bundle(client, ml_staff, data, signature)
    assert response.status_code == 201, response.json
    body = response.json
    assert body["version"] == "2026.11.25-1" and body["sha256"] == sha256_hex(data) and body["size"] == len(data)
    assert body["status"] == "available" and body["min_app_version"] == "1.2.0"
    assert body["signer_key"] == signing_keys[0].public_b64
    again = post_bundle(client, ml_staff, data, signature)
    assert again.status_code == 409


@pytest.mark.parametrize("case", ["unsigned", "empty_signature", "wrong_key", "tampered", "garbage_signature"])
def test_bad_signatures_are_refused(
    client: FlaskClient, ml_staff: StaffCreds, signing_keys: tuple[KeyPair, KeyPair], case: str
) -> None:
    trusted, untrusted = signing_keys
    data = make_bundle("2026.11.25-2")
    signature: str | None = sign_bytes(data, trusted.private_b64)
    if case == "unsigned":
        signature = None
    elif case == "empty_signature":
        signature = ""
    elif case == "wrong_key":
        signature = sign_bytes(data, untrusted.private_b64)
    elif case == "tampered":
        data = data[:-1] + bytes([data[-1] ^ 1])
    elif case == "garbage_signature":
        signature = base64.b64encode(b"x" * 64).decode()
    response = post_bundle(client, ml_staff, data, signature)
    assert response.status_code == 422
    err = error_of(response)
    assert err["code"] in ({"validation_error"} if case in ("unsigned", "empty_signature") else {"signature_invalid"})
    assert client.get("/api/v1/ml/models", headers=ml_staff.headers).json == []


def test_signed_but_unreadable_bundle_is_refused(
    client: FlaskClient, ml_staff: StaffCreds, signing_keys: tuple[KeyPair, KeyPair]
) -> None:
    data = b"PK not really a zip"
    response = post_bundle(client, ml_staff, data, sign_bytes(data, signing_keys[0].private_b64))
    assert response.status_code == 422 and error_of(response)["code"] == "bundle_rejected"


def test_no_trusted_keys_means_no_uploads(
    app: Flask, client: FlaskClient, ml_staff: StaffCreds, signing_keys: tuple[KeyPair, KeyPair]
) -> None:
    keys = app.config["STAFF_PUBLIC_KEYS"]
    app.config["STAFF_PUBLIC_KEYS"] = None
    try:
        data = make_bundle("2026.11.25-3")
        response = post_bundle(client, ml_staff, data, sign_bytes(data, signing_keys[0].private_b64))
        assert response.status_code == 422 and "no trusted public keys" in error_of(response)["message"]
    finally:
        app.config["STAFF_PUBLIC_KEYS"] = keys


def test_uploads_may_exceed_the_json_body_cap_but_not_the_bundle_cap(
    app: Flask, client: FlaskClient, ml_staff: StaffCreds
) -> None:
    big = b"x" * (app.config["MAX_CONTENT_LENGTH"] + 1000)
    assert post_bundle(client, ml_staff, big, "c2ln").status_code == 422  # read, then refused on its merits
    app.config["MAX_BUNDLE_UPLOAD"] = 1024
    try:
        response = post_bundle(client, ml_staff, big, "c2ln")
        assert response.status_code == 413 and error_of(response)["code"] == "payload_too_large"
    finally:
        app.config["MAX_BUNDLE_UPLOAD"] = 17 * 1024 * 1024


def test_trusted_keys_from_list_text_and_directory(tmp_path: Path, signing_keys: tuple[KeyPair, KeyPair]) -> None:
    a, b = signing_keys[0].public_b64, signing_keys[1].public_b64
    assert trusted_keys([a, b]) == [a, b]
    assert trusted_keys(f"{a},{b}") == [a, b]
    assert trusted_keys(f"{a}\n# comment\n{b}\n") == [a, b]
    (tmp_path / "alice.pub").write_text(f"# alice\n{a}\n")
    (tmp_path / "bob.pub").write_text(b)
    assert trusted_keys(str(tmp_path)) == [a, b]
    assert trusted_keys(None) == [] and trusted_keys("") == []


def test_no_model_published_is_json_404(client: FlaskClient, device: DeviceCreds) -> None:
    response = client.get("/api/v1/models/current", headers=device.headers)
    assert response.status_code == 404 and error_of(response)["code"] == "no_model"


def test_manifest_etag_and_download(
    client: FlaskClient, device: DeviceCreds, publish: Callable[..., dict[str, Any]],
    signing_keys: tuple[KeyPair, KeyPair],
) -> None:
    release = publish("2026.11.25-4", promote=True)
    response = client.get("/api/v1/models/current", headers=device.headers)
    assert response.status_code == 200
    manifest = response.json
    assert set(manifest) == {"version", "sha256", "size", "signature", "created_at", "min_app_version", "download_url"}
    assert manifest["version"] == "2026.11.25-4" and manifest["sha256"] == release["sha256"]
    etag = response.headers["ETag"]
    assert etag == f'"{release["sha256"]}"'
    cached = client.get("/api/v1/models/current", headers={**device.headers, "If-None-Match": etag})
    assert cached.status_code == 304 and cached.headers["ETag"] == etag and not cached.data
    bundle = client.get(manifest["download_url"], headers=device.headers)
    assert bundle.status_code == 200 and bundle.mimetype == "application/zip"
    assert sha256_hex(bundle.data) == manifest["sha256"] and len(bundle.data) == manifest["size"]
    verify_bytes(bundle.data, manifest["signature"], [signing_keys[0].public_b64])  # what the device does
    assert client.get(manifest["download_url"]).status_code == 401
    missing = client.get("/api/v1/models/0.0.0/bundle", headers=device.headers)
    assert missing.status_code == 404


def test_staged_rollout_follows_stable_cohorts(
    client: FlaskClient, enroll: Callable[..., DeviceCreds], ml_staff: StaffCreds,
    publish: Callable[..., dict[str, Any]],
) -> None:
    publish(V1, promote=True)
    publish(V2, stage=30)
    devices = [enroll() for _ in range(60)]

    def versions() -> dict[str, str]:
        return {d.device_id: client.get("/api/v1/models/current", headers=d.headers).json["version"] for d in devices}

    at30 = versions()
    expected = {d.device_id: V2 if cohort_bucket(d.device_id, V2) < 30 else V1 for d in devices}
    assert at30 == expected
    assert 5 <= sum(v == V2 for v in at30.values()) <= 35  # about 30 % of 60
    assert versions() == at30  # stable across requests
    client.post("/api/v1/ml/rollout/stage", json={"version": V2, "percent": 70}, headers=ml_staff.headers)
    at70 = versions()
    assert all(at70[d] == V2 for d, v in at30.items() if v == V2)  # widening keeps the early cohort
    assert sum(v == V2 for v in at70.values()) > sum(v == V2 for v in at30.values())
    shown = client.get("/api/v1/ml/rollout", headers=ml_staff.headers).json
    assert shown["staged"]["version"] == V2 and shown["staged"]["rollout_percent"] == 70
    assert shown["current"]["version"] == V1 and shown["previous"] is None
    state = client.post("/api/v1/ml/rollout/promote", headers=ml_staff.headers).json
    assert state["current"]["version"] == V2 and state["previous"]["version"] == V1 and state["staged"] is None
    assert set(versions().values()) == {V2}


def test_rollback_and_halt(
    client: FlaskClient, device: DeviceCreds, ml_staff: StaffCreds, publish: Callable[..., dict[str, Any]]
) -> None:
    def current() -> str:
        return client.get("/api/v1/models/current", headers=device.headers).json["version"]

    no_previous = client.post("/api/v1/ml/rollout/rollback", headers=ml_staff.headers)
    assert no_previous.status_code == 409 and error_of(no_previous)["code"] == "conflict"
    publish(V1, promote=True)
    publish(V2, promote=True)
    assert current() == V2
    state = client.post("/api/v1/ml/rollout/rollback", headers=ml_staff.headers).json
    assert state["current"]["version"] == V1
    assert current() == V1
    releases = {r["version"]: r["status"] for r in client.get("/api/v1/ml/models", headers=ml_staff.headers).json}
    assert releases == {V1: "current", V2: "rolled_back"}
    assert client.get(f"/api/v1/models/{V2}/bundle", headers=device.headers).status_code == 404  # withdrawn
    restage = client.post("/api/v1/ml/rollout/stage", json={"version": V2, "percent": 10}, headers=ml_staff.headers)
    assert restage.status_code == 409
    publish(V3, stage=100)
    assert current() == V3
    other = client.post("/api/v1/ml/rollout/stage", json={"version": V1, "percent": 5}, headers=ml_staff.headers)
    assert other.status_code == 409  # one staged rollout at a time
    halted = client.post("/api/v1/ml/rollout/halt", headers=ml_staff.headers).json
    assert halted["staged"] is None and current() == V1
    assert client.post("/api/v1/ml/rollout/promote", headers=ml_staff.headers).status_code == 409
    bad = client.post("/api/v1/ml/rollout/stage", json={"version": V3, "percent": 0}, headers=ml_staff.headers)
    assert bad.status_code == 422
    unknown = client.post("/api/v1/ml/rollout/stage", json={"version": V9, "percent": 5}, headers=ml_staff.headers)
    assert unknown.status_code == 404


def test_cohort_buckets_are_uniform_and_salted() -> None:
    ids = [f"device-{i}" for i in range(5000)]
    buckets = [cohort_bucket(d, "v7") for d in ids]
    assert 0.27 < sum(b < 30 for b in buckets) / len(ids) < 0.33
    assert [cohort_bucket(d, "v8") for d in ids[:50]] != buckets[:50]


def test_version_stats(
    client: FlaskClient, enroll: Callable[..., DeviceCreds], ml_staff: StaffCreds
) -> None:
    a, b = enroll(), enroll()
    upload(client, a.headers,
           make_report(model_version=M1, created_at="2026-11-20T10:00:00Z"),
           make_report(model_version=M1, created_at="2026-11-20T11:00:00Z", child_action="false_alarm"),
           make_report(model_version=M1, created_at="2026-11-21T10:00:00Z"))
    upload(client, b.headers, make_report(model_version=M1, created_at="2026-11-20T10:00:00Z"),
           make_report(model_version=M2, created_at="2026-11-22T10:00:00Z", child_action="false_alarm"))
    stats = {s["model_version"]: s for s in client.get("/api/v1/ml/models/stats", headers=ml_staff.headers).json}
    assert stats[M1] == {"model_version": M1, "devices": 2, "reports": 4, "device_days": 3,
                           "alerts_per_device_day": pytest.approx(4 / 3, abs=1e-4), "false_alarm_rate": 0.25}
    assert stats[M2]["devices"] == 1 and stats[M2]["false_alarm_rate"] == 1.0


def test_a_retired_older_release_cannot_be_staged_again(
    client: FlaskClient, device: DeviceCreds, ml_staff: StaffCreds, publish: Callable[..., dict[str, Any]]
) -> None:
    publish(V1, promote=True)
    publish(V2, promote=True)
    again = client.post("/api/v1/ml/rollout/stage", json={"version": V1, "percent": 100}, headers=ml_staff.headers)
    assert again.status_code == 409 and error_of(again)["code"] == "downgrade_refused"
    assert "higher version" in error_of(again)["message"]
    assert client.get("/api/v1/models/current", headers=device.headers).json["version"] == V2


def test_a_lower_version_never_released_cannot_be_staged_above_a_higher_one(
    client: FlaskClient, ml_staff: StaffCreds, publish: Callable[..., dict[str, Any]]
) -> None:
    publish(V1)
    publish(V2, promote=True)
    older = client.post("/api/v1/ml/rollout/stage", json={"version": V1, "percent": 10}, headers=ml_staff.headers)
    assert older.status_code == 409 and error_of(older)["code"] == "downgrade_refused"


def test_the_old_model_returns_only_republished_under_a_higher_version(
    app: Flask, client: FlaskClient, device: DeviceCreds, ml_staff: StaffCreds,
    publish: Callable[..., dict[str, Any]],
) -> None:
    publish(V1, promote=True)
    publish(V2, promote=True)
    publish(V3, promote=True)  # the same model as V1 in real life, re-signed under a higher version
    assert client.get("/api/v1/models/current", headers=device.headers).json["version"] == V3
    audit = client.get("/api/v1/admin/audit", headers=ml_staff.headers)
    assert audit.status_code == 403  # ML staff do not read the audit log; the upload is in it all the same
    with app.app_context():
        from sync_server.services import audit as audit_service

        actions = [(e.action, e.target_id) for e in audit_service.recent(limit=20)]
    assert ("model.upload", V3) in actions and ("model.promote", V3) in actions


def test_a_bundle_no_rollout_released_cannot_be_downloaded(
    client: FlaskClient, device: DeviceCreds, publish: Callable[..., dict[str, Any]]
) -> None:
    publish(V1, promote=True)
    publish(V2)  # uploaded, verified, never staged
    assert client.get(f"/api/v1/models/{V1}/bundle", headers=device.headers).status_code == 200
    hidden = client.get(f"/api/v1/models/{V2}/bundle", headers=device.headers)
    assert hidden.status_code == 404 and error_of(hidden)["code"] == "not_found"


@pytest.mark.parametrize("version", ["../../evil", "2026.02.30-1", "1.0", "2026.11.24", "2026.11.24-1/../x"])
def test_bundles_with_a_version_outside_spec_5_are_refused(
    client: FlaskClient, ml_staff: StaffCreds, signing_keys: tuple[KeyPair, KeyPair], version: str
) -> None:
    data = make_bundle(version)
    response = post_bundle(client, ml_staff, data, sign_bytes(data, signing_keys[0].private_b64))
    assert response.status_code == 422 and error_of(response)["code"] == "bundle_rejected"
    assert "YYYY.MM.DD-N" in error_of(response)["message"]
