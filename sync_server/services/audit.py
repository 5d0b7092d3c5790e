"""The audit log: one row per sensitive action, written in the caller's transaction."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from ..extensions import db
from ..models import AuditLog


def record(action: str, target_type: str, target_id: object, *, actor_id: int | None, **details: Any) -> AuditLog:
    """Add an audit row to the session; it commits (or rolls back) with the action it records."""
    entry = AuditLog(action=action, target_type=target_type, target_id=str(target_id), actor_id=actor_id,
                     details=details)
    db.session.add(entry)
    return entry


def recent(*, action: str | None = None, limit: int = 100) -> list[AuditLog]:
    query = select(AuditLog).order_by(AuditLog.id.desc()).limit(limit)
    if action:
        query = query.where(AuditLog.action == action)
    return list(db.session.scalars(query))
