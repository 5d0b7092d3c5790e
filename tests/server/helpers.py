"""Builders shared by the server tests."""

from __future__ import annotations

import json
import uuid
from typing import Any

from flask.testing import FlaskClient

from device_app.core.bundle import BundleManifest, PolicySettings, pack_bundle
from device_app.core.featuriser import FeaturiserSettings, featuriser_fingerprint
from device_app.core.signing import sha256_hex

PASSWORD = "correct horse battery staple"


def make_report(**overrides: Any) -> dict[str, Any]:
    """A valid SPEC §3 report; keyword arguments replace fields (None values are kept as null)."""
    report: dict[str, Any] = {
        "report_id": str(uuid.uuid4()),
        "created_at": "2026-11-24T10:00:00Z",
        "platform": "game_chat",
        "suspect_handle": "xX_coolcoach_Xx",
        "risk": 0.91,
        "tags": ["secrecy", "personal_info"],
        "tag_scores": {"secrecy": 0.88, "personal_info": 0.74},
        "model_version": "2026.11.24-1",
        "messages_observed": 23,
        "alert_index": 17,
        "child_action": "told_adult",
        "evidence": None,
    }
    report.update(overrides)
    return report


def upload(client: FlaskClient, headers: dict[str, str], *reports: dict[str, Any]) -> Any:
    response = client.post("/api/v1/reports", json={"reports": list(reports)}, headers=headers)
    assert response.status_code == 200, response.get_data(as_text=True)
    return response.json


def make_bundle(version: str, *, min_app_version: str = "1.0.0", model: bytes | None = None) -> bytes:
    """A structurally valid bundle (the model bytes are a stand-in; the server never runs them)."""
    model_bytes = model if model is not None else b"TFL3" + version.encode() * 16
    settings = FeaturiserSettings()
    manifest = BundleManifest(
        version=version, created_at="2026-11-24T09:00:00Z", labels=("benign", "grooming"), featuriser=settings,
        fingerprint=featuriser_fingerprint(settings), policy=PolicySettings(), model_sha256=sha256_hex(model_bytes),
        min_app_version=min_app_version,
    )
    return pack_bundle(manifest, model_bytes)


def error_of(response: Any) -> dict[str, Any]:
    """The `error` object of a JSON error response, after checking the shape."""
    body = json.loads(response.get_data(as_text=True))
    assert set(body) == {"error"}, body
    assert set(body["error"]) == {"code", "message", "details"}, body
    assert isinstance(body["error"]["details"], dict)
    return body["error"]
