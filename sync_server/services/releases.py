"""Model bundles: signature-checked upload, staged rollout, rollback and per-version field stats.

The server holds no private key. A bundle is accepted only if its detached Ed25519 signature verifies
against one of the configured staff public keys (the same check devices make against their pinned keys)
and `parse_bundle` can read it; its version comes from its own manifest.

Rollout: at most one release is `staged` at a time, offered to `rollout_percent` % of devices. A device's
cohort is `sha256(device_id + ":" + staged version) % 100 < percent`: stable while the percentage grows
(10 % → 50 % keeps the first 10 %), and reshuffled for each new version so the same devices are not
always first. Everyone else gets the `current` release. Rollback withdraws the current release and makes
the previously promoted one current again.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select

from device_app.core.signing import SignatureError, verify_bytes
from device_app.core.versions import BundleVersion, VersionError, parse_version

from ..errors import ApiError, Conflict, NotFound
from ..extensions import db
from ..models import ModelRelease, ReleaseStatus, utcnow
from . import audit
from .aggregates import version_figures  # per-version rollup kept on upload


class BundleRejected(ApiError):
    status, code = 422, "bundle_rejected"


class SignatureRejected(ApiError):
    status, code = 422, "signature_invalid"


@dataclass(frozen=True)
class RolloutState:
    current: ModelRelease | None
    staged: ModelRelease | None
    previous: ModelRelease | None


@dataclass(frozen=True)
class VersionStats:
    model_version: str
    devices: int
    reports: int
    device_days: int
    alerts_per_device_day: float
    false_alarm_rate: float


def trusted_keys(setting: Any) -> list[str]:
    """STAFF_PUBLIC_KEYS as a list: a list, comma/newline separated text, or a directory of *.pub files."""
    if not setting:
        return []
    if isinstance(setting, (list, tuple)):
        return [str(k).strip() for k in setting if str(k).strip()]
    text = str(setting).strip()
    if "\n" not in text and "," not in text and Path(text).is_dir():
        from device_app.core.signing import load_public_keys

        return load_public_keys(text)
    return [part.strip() for part in text.replace(",", "\n").splitlines() if part.strip() and not part.startswith("#")]


def publish_bundle(data: bytes, signature: str, *, keys: Iterable[str], uploader_id: int | None) -> ModelRelease:
    """Verify and store a bundle as an `available` release (not yet offered to devices)."""
    try:
        signer = verify_bytes(data, signature, keys)
    except SignatureError as exc:
        raise SignatureRejected(str(exc)) from None
    from device_app.core.bundle import BundleError, parse_bundle  # numpy import: only when uploading

    try:
        bundle = parse_bundle(data)
    except BundleError as exc:
        raise BundleRejected(str(exc)) from None
    try:
        version = str(parse_version(bundle.manifest.version))
    except VersionError as exc:  # e.g. "../../evil": it would end up in URLs and file names
        raise BundleRejected(f"bundle version must be YYYY.MM.DD-N with a real date (SPEC §5): {exc}") from None
    if db.session.scalar(select(ModelRelease.id).where(ModelRelease.version == version)) is not None:
        raise Conflict(f"version {version} was already uploaded; bump the version to publish a new bundle")
    release = ModelRelease(
        version=version, sha256=bundle.sha256, size=len(data), signature=signature.strip(), signer_key=signer,
        created_at=bundle.manifest.created_at, min_app_version=bundle.manifest.min_app_version, data=data,
        uploaded_by=uploader_id, status=ReleaseStatus.AVAILABLE.value, rollout_percent=0, uploaded_at=utcnow(),
    )
    db.session.add(release)
    db.session.flush()
    audit.record("model.upload", "model_release", version, actor_id=uploader_id, sha256=bundle.sha256)
    db.session.commit()
    return release


def list_releases() -> list[ModelRelease]:
    return list(db.session.scalars(select(ModelRelease).order_by(ModelRelease.uploaded_at.desc(), ModelRelease.id.desc())))


def _one(status: ReleaseStatus) -> ModelRelease | None:
    return db.session.scalar(select(ModelRelease).where(ModelRelease.status == status.value).limit(1))


def _previous() -> ModelRelease | None:
    return db.session.scalar(
        select(ModelRelease)
        .where(ModelRelease.status == ReleaseStatus.RETIRED.value)
        .order_by(ModelRelease.promoted_at.desc(), ModelRelease.id.desc())
        .limit(1)
    )


def rollout_state() -> RolloutState:
    return RolloutState(current=_one(ReleaseStatus.CURRENT), staged=_one(ReleaseStatus.STAGED), previous=_previous())


def _release(version: str) -> ModelRelease:
    release = db.session.scalar(select(ModelRelease).where(ModelRelease.version == version))
    if release is None:
        raise NotFound(f"no model version {version}")
    return release


_ONCE_RELEASED = (ReleaseStatus.CURRENT.value, ReleaseStatus.RETIRED.value, ReleaseStatus.ROLLED_BACK.value)


def _order(version: str) -> BundleVersion | None:
    try:
        return parse_version(version)
    except VersionError:  # uploaded before versions were checked: below every well-formed one
        return None


def _refuse_downgrade(release: ModelRelease) -> None:
    """A staged version must be higher than every version devices were ever given (SPEC §5: devices never
    install a lower version, and an old model goes out again only re-published under a higher one)."""
    candidate = _order(release.version)
    released = db.session.scalars(
        select(ModelRelease.version).where(ModelRelease.status.in_(_ONCE_RELEASED), ModelRelease.id != release.id)
    ).all()
    ordered = [v for v in (_order(r) for r in released) if v is not None]
    highest = max(ordered, default=None)
    if candidate is None or (highest is not None and candidate <= highest):
        raise Conflict(
            f"version {release.version} is not higher than {highest or 'the released versions'}; to serve this "
            "model again, publish it under a new, higher version (python -m model_training publish)",
            code="downgrade_refused",
        )


def stage(version: str, percent: int, *, actor_id: int | None) -> RolloutState:
    """Offer `version` to `percent` % of devices; call again to widen or narrow the cohort."""
    if not 1 <= percent <= 100:
        raise ValueError("percent must be 1..100")
    release = _release(version)
    staged = _one(ReleaseStatus.STAGED)
    if staged is not None and staged.id != release.id:
        raise Conflict(f"version {staged.version} is already staged; promote or halt it first")
    if release.status not in (ReleaseStatus.AVAILABLE.value, ReleaseStatus.STAGED.value):
        raise Conflict(f"version {version} is {release.status} and cannot be staged again; publish it under a "
                       "new, higher version instead", code="downgrade_refused")
    _refuse_downgrade(release)
    release.status = ReleaseStatus.STAGED.value
    release.rollout_percent = percent
    audit.record("model.stage", "model_release", version, actor_id=actor_id, percent=percent)
    db.session.commit()
    return rollout_state()


def promote(*, actor_id: int | None) -> RolloutState:
    """The staged release becomes current for every device; the old current becomes the rollback target."""
    staged = _one(ReleaseStatus.STAGED)
    if staged is None:
        raise Conflict("nothing is staged")
    current = _one(ReleaseStatus.CURRENT)
    if current is not None:
        current.status = ReleaseStatus.RETIRED.value
    staged.status = ReleaseStatus.CURRENT.value
    staged.rollout_percent = 100
    staged.promoted_at = utcnow()
    audit.record("model.promote", "model_release", staged.version, actor_id=actor_id,
                 replaced=current.version if current else None)
    db.session.commit()
    return rollout_state()


def halt(*, actor_id: int | None) -> RolloutState:
    """Stop a staged rollout: its cohort goes back to the current release."""
    staged = _one(ReleaseStatus.STAGED)
    if staged is None:
        raise Conflict("nothing is staged")
    staged.status = ReleaseStatus.AVAILABLE.value
    staged.rollout_percent = 0
    audit.record("model.halt", "model_release", staged.version, actor_id=actor_id)
    db.session.commit()
    return rollout_state()


def rollback(*, actor_id: int | None) -> RolloutState:
    """Withdraw the current release; the previously promoted one becomes current again."""
    current = _one(ReleaseStatus.CURRENT)
    previous = _previous()
    if current is None or previous is None:
        raise Conflict("no previous release to roll back to")
    current.status = ReleaseStatus.ROLLED_BACK.value
    current.rollout_percent = 0
    previous.status = ReleaseStatus.CURRENT.value
    previous.rollout_percent = 100
    audit.record("model.rollback", "model_release", current.version, actor_id=actor_id, restored=previous.version)
    db.session.commit()
    return rollout_state()


def cohort_bucket(device_id: str, salt: str) -> int:
    """A device's stable bucket 0..99 for one rollout."""
    digest = hashlib.sha256(f"{device_id}:{salt}".encode()).digest()
    return int.from_bytes(digest[:8], "big") % 100


def release_for_device(device_id: str) -> ModelRelease | None:
    """The release this device should run: the staged one inside its cohort, else the current one."""
    rows = db.session.scalars(
        select(ModelRelease).where(
            ModelRelease.status.in_((ReleaseStatus.CURRENT.value, ReleaseStatus.STAGED.value))
        )
    ).all()
    by_status = {r.status: r for r in rows}
    staged = by_status.get(ReleaseStatus.STAGED.value)
    if staged is not None and cohort_bucket(device_id, staged.version) < staged.rollout_percent:
        return staged
    return by_status.get(ReleaseStatus.CURRENT.value)


def manifest(release: ModelRelease, download_url: str) -> dict[str, Any]:
    return {
        "version": release.version, "sha256": release.sha256, "size": release.size,
        "signature": release.signature, "created_at": release.created_at,
        "min_app_version": release.min_app_version, "download_url": download_url,
    }


_DOWNLOADABLE = (ReleaseStatus.STAGED.value, ReleaseStatus.CURRENT.value, ReleaseStatus.RETIRED.value)


def downloadable(version: str) -> ModelRelease:
    """A release devices may fetch, with its bytes: one a rollout has released (staged, current, or the
    retired one devices may still run). Never an uploaded-but-unreleased or withdrawn bundle (SPEC §5)."""
    release = db.session.scalar(
        select(ModelRelease).where(ModelRelease.version == version, ModelRelease.status.in_(_DOWNLOADABLE))
    )
    if release is None:
        raise NotFound(f"no downloadable model version {version}")
    return release


def version_stats() -> list[VersionStats]:
    """Field behaviour per model version, from the model_version in reports.

    devices: distinct devices that sent a report with the version; alerts per device-day: reports divided
    by distinct (device, UTC day) pairs with at least one report; false-alarm rate: share of reports whose
    child marked a false alarm. Only devices that alerted are visible, so these are rates among alerting
    devices, not over the whole fleet.
    """
    return [
        VersionStats(
            model_version=f.model_version, devices=f.devices, reports=f.reports, device_days=f.device_days,
            alerts_per_device_day=round(f.reports / f.device_days, 4) if f.device_days else 0.0,
            false_alarm_rate=round(f.false_alarms / f.reports, 4) if f.reports else 0.0,
        )
        for f in version_figures()
    ]
