"""Device enrollment and device-token lookup (the hot path of every upload)."""

from __future__ import annotations

import hmac
import uuid
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import bindparam, select

from ..errors import Forbidden, NotFound
from ..extensions import db
from ..models import Device, utcnow
from . import audit
from .tokens import DEVICE_PREFIX, hash_token, new_token


@dataclass(frozen=True)
class EnrolledDevice:
    device_id: str
    device_token: str  # shown once to the device, never stored


def enroll_device(
    *, app_version: str, os: str, age_band: str, enrollment_code: str | None, required_code: str | None
) -> EnrolledDevice:
    """Create a device. When the deployment sets a code, the device must present it."""
    if required_code and not hmac.compare_digest(
        (enrollment_code or "").encode("utf-8"), required_code.encode("utf-8")
    ):
        raise Forbidden("enrollment_code is missing or wrong", code="enrollment_code_invalid")
    token, token_hash = new_token(DEVICE_PREFIX)
    device = Device(id=str(uuid.uuid4()), token_hash=token_hash, app_version=app_version, os=os, age_band=age_band)
    db.session.add(device)
    db.session.commit()
    return EnrolledDevice(device_id=device.id, device_token=token)


_TOKEN_LOOKUP = select(Device.id).where(Device.token_hash == bindparam("h"), Device.revoked_at.is_(None))


def device_for_token(token: str) -> str | None:
    """The id of the live device holding this token, or None.

    One indexed read on every request and no per-process cache: the database is the one place every
    worker and instance shares, so a revocation stops the token everywhere on the very next request.
    (A cache here let a revoked device keep uploading for its TTL through the other workers.)
    """
    if not token.startswith(DEVICE_PREFIX):
        return None
    return db.session.execute(_TOKEN_LOOKUP, {"h": hash_token(token)}).scalar()


def list_devices(limit: int = 200) -> list[Device]:
    return list(db.session.scalars(select(Device).order_by(Device.enrolled_at.desc()).limit(limit)))


def revoke_device(device_id: str, *, actor_id: int | None, now: datetime | None = None) -> Device:
    """Stop a device's token from working (lost phone, abuse). Its reports stay."""
    device = db.session.get(Device, device_id)
    if device is None:
        raise NotFound(f"no device {device_id}")
    if device.revoked_at is None:
        device.revoked_at = now or utcnow()
        audit.record("device.revoke", "device", device_id, actor_id=actor_id)
    db.session.commit()
    return device
