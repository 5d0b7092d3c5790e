"""Taking deleted reports back out of the derived tables, so a purge touches only what it deletes.

`subtract(where)` runs before the reports matching `where` are deleted: per-day, per-version and
per-(version, device[, day]) counts are decremented with the same upserts that added them (rows that
reach 0 are removed, and so leave the version's device and device-day counts). `refold(...)` runs after
the delete: it rebuilds the touched (suspect, device) rows from the reports left and re-scores the
touched suspects (services.aggregates).
"""

from __future__ import annotations

from collections import defaultdict
from datetime import datetime
from typing import Any, cast

from sqlalchemy import ColumnElement, Table, case, delete, func, select, tuple_

from ..extensions import db
from ..models import Report, ReportDay, SuspectDevice, VersionDevice, VersionDeviceDay, VersionRollup
from . import aggregates
from .upserts import upsert

_R = cast(Table, Report.__table__)
_SD = cast(Table, SuspectDevice.__table__)
_VD = cast(Table, VersionDevice.__table__)
_VDD = cast(Table, VersionDeviceDay.__table__)
_VR = cast(Table, VersionRollup.__table__)
_RD = cast(Table, ReportDay.__table__)
_CHUNK = 2000


def subtract(where: ColumnElement[bool]) -> list[tuple[int, str]]:
    """Decrement the rollups by the reports matching `where` (call before deleting them); returns the
    (suspect, device) pairs those reports belong to."""
    session = db.session
    days = [{"day": d, "platform": p, "reports": -int(n)} for d, p, n in session.execute(
        select(_R.c.day, _R.c.platform, func.count()).where(where).group_by(_R.c.day, _R.c.platform))]
    if days:
        session.execute(upsert(_RD, ("day", "platform"), increment=("reports",)), days)
        session.execute(delete(_RD).where(_RD.c.reports <= 0))
    per_day = session.execute(
        select(_R.c.model_version, _R.c.device_id, _R.c.day, func.count(),
               func.sum(case((_R.c.child_action == "false_alarm", 1), else_=0)))
        .where(where).group_by(_R.c.model_version, _R.c.device_id, _R.c.day)).all()
    versions: dict[str, dict[str, int]] = defaultdict(lambda: dict.fromkeys(
        ("devices", "reports", "device_days", "false_alarms"), 0))
    per_device: dict[tuple[str, str], int] = defaultdict(int)
    for version, device, _day, n, fa in per_day:
        versions[version]["reports"] -= int(n)
        versions[version]["false_alarms"] -= int(fa or 0)
        per_device[(version, device)] += int(n)
    if per_day:
        left = session.execute(
            upsert(_VDD, ("model_version", "device_id", "day"), increment=("reports",),
                   returning=("model_version", "reports")),
            [{"model_version": v, "device_id": d, "day": day, "reports": -int(n)} for v, d, day, n, _ in per_day])
        for version, reports in left:
            versions[version]["device_days"] -= reports <= 0
        left = session.execute(
            upsert(_VD, ("model_version", "device_id"), increment=("reports",), returning=("model_version", "reports")),
            [{"model_version": v, "device_id": d, "reports": -n} for (v, d), n in per_device.items()])
        for version, reports in left:
            versions[version]["devices"] -= reports <= 0
        session.execute(delete(_VDD).where(_VDD.c.reports <= 0))
        session.execute(delete(_VD).where(_VD.c.reports <= 0))
        session.execute(upsert(_VR, ("model_version",), increment=("devices", "reports", "device_days", "false_alarms")),
                        [{"model_version": v, **figures} for v, figures in versions.items()])
        session.execute(delete(_VR).where(_VR.c.reports <= 0))
    return [(int(sid), str(device)) for sid, device in
            session.execute(select(_R.c.suspect_id, _R.c.device_id).where(where).distinct())]


def refold(pairs: list[tuple[int, str]], now: datetime) -> None:
    """After the delete: the touched (suspect, device) rows again from the reports left, then the
    touched suspects re-scored.

    Device trust is left alone: a device keeps the history it earned when its old reports are purged
    (its counts are next recomputed when a moderator decides on a suspect it reported)."""
    session: Any = db.session
    for start in range(0, len(pairs), _CHUNK):
        chunk = pairs[start:start + _CHUNK]
        session.execute(delete(_SD).where(tuple_(_SD.c.suspect_id, _SD.c.device_id).in_(chunk)))
        aggregates.fold_suspect_devices(session, tuple_(_R.c.suspect_id, _R.c.device_id).in_(chunk))
    aggregates.recompute_suspects(session, sorted({sid for sid, _ in pairs}), now)
