"""Read side of the admin pages: the audit log with filters (paged, and as CSV) and a paged device list.

Writes go through the owners' services (staff, devices); this module only reads. Audit pages are keyed
on the indexed `id`/`at`, so they stay fast however long the log grows.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlalchemy import Select, func, select

from ..extensions import db
from ..models import AuditLog, Device, StaffUser, SuspectDevice

CSV_HEADER = ("id", "at_utc", "actor", "action", "target_type", "target_id", "details")
CSV_BATCH = 1000


@dataclass(frozen=True)
class AuditFilters:
    action: str = ""
    actor: str = ""  # username
    target: str = ""  # target id, exact
    since: date | None = None
    until: date | None = None  # inclusive day


@dataclass(frozen=True)
class AuditPage:
    total: int
    entries: list[AuditLog]


def _filtered(filters: AuditFilters) -> Select[Any]:
    query = select(AuditLog)
    if filters.action:
        query = query.where(AuditLog.action == filters.action)
    if filters.actor:
        query = query.join(StaffUser, StaffUser.id == AuditLog.actor_id).where(StaffUser.username == filters.actor)
    if filters.target:
        query = query.where(AuditLog.target_id == filters.target)
    if filters.since:
        query = query.where(AuditLog.at >= datetime.combine(filters.since, time(), UTC))
    if filters.until:
        query = query.where(AuditLog.at < datetime.combine(filters.until + timedelta(days=1), time(), UTC))
    return query


def audit_actions() -> list[str]:
    return list(db.session.scalars(select(AuditLog.action).distinct().order_by(AuditLog.action)))


def audit_page(filters: AuditFilters, *, page: int, per_page: int) -> AuditPage:
    query = _filtered(filters)
    total = int(db.session.scalar(select(func.count()).select_from(query.subquery())) or 0)
    entries = list(db.session.scalars(query.order_by(AuditLog.id.desc()).offset((page - 1) * per_page).limit(per_page)))
    return AuditPage(total=total, entries=entries)


def _cell(value: object) -> str:
    """Text for a CSV cell that a spreadsheet will not run as a formula."""
    text = str(value if value is not None else "")
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def audit_csv(filters: AuditFilters) -> Iterator[str]:
    """The filtered log as CSV, newest first, streamed in batches (keyset on id)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(CSV_HEADER)
    last_id: int | None = None
    while True:
        query = _filtered(filters).order_by(AuditLog.id.desc()).limit(CSV_BATCH)
        if last_id is not None:
            query = query.where(AuditLog.id < last_id)
        batch = list(db.session.scalars(query))
        for e in batch:
            details = ";".join(f"{k}={v}" for k, v in sorted((e.details or {}).items()))
            writer.writerow([_cell(v) for v in (e.id, e.at.isoformat(), e.actor.username if e.actor else "",
                                                e.action, e.target_type, e.target_id, details)])
        yield buffer.getvalue()
        buffer.seek(0)
        buffer.truncate()
        if len(batch) < CSV_BATCH:
            return
        last_id = batch[-1].id


@dataclass(frozen=True)
class DeviceRow:
    device: Device
    reports: int


def device_page(*, page: int, per_page: int) -> tuple[int, list[DeviceRow]]:
    """Newest devices first, with each listed device's report count (from the per-(suspect, device)
    aggregates, for this page's devices only: indexed, never a scan of the reports)."""
    total = int(db.session.scalar(select(func.count()).select_from(Device)) or 0)
    devices = list(db.session.scalars(
        select(Device).order_by(Device.enrolled_at.desc(), Device.id).offset((page - 1) * per_page).limit(per_page)
    ))
    ids = [d.id for d in devices]
    sd = SuspectDevice.__table__  # per (suspect, device) report counts, indexed by device
    counts = dict(db.session.execute(
        select(sd.c.device_id, func.sum(sd.c.reports)).where(sd.c.device_id.in_(ids)).group_by(sd.c.device_id)
    ).all()) if ids else {}
    return total, [DeviceRow(d, int(counts.get(d.id, 0))) for d in devices]
