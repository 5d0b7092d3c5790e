"""Shared evidence: the only message text the server holds, so every read is audited.

Views and web pages must read evidence through these functions, never through the Evidence model:
they refuse anyone who is not a moderator (or admin) and write an audit row for each report viewed,
in the same transaction as the read.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from ..errors import Forbidden, NotFound
from ..extensions import db
from ..models import Evidence, Report, Role, StaffUser
from . import audit

EVIDENCE_ROLES = frozenset({Role.MODERATOR.value, Role.ADMIN.value})


@dataclass(frozen=True)
class EvidenceView:
    report_id: str
    suspect_id: int
    items: list[dict[str, str]]


def _check_viewer(viewer: StaffUser) -> None:
    if not viewer.active or viewer.role not in EVIDENCE_ROLES:
        raise Forbidden("only moderators may view evidence")


def read_evidence(report_id: str, *, viewer: StaffUser) -> EvidenceView:
    """One report's shared evidence; audited."""
    _check_viewer(viewer)
    row = db.session.execute(
        select(Report.report_id, Report.suspect_id, Evidence.items)
        .join(Evidence, Evidence.report_pk == Report.id)
        .where(Report.report_id == report_id)
    ).first()
    if row is None:
        raise NotFound("no evidence for this report (none shared, or already purged)")
    audit.record("evidence.view", "report", report_id, actor_id=viewer.id, suspect_id=row.suspect_id)
    db.session.commit()
    return EvidenceView(report_id=row.report_id, suspect_id=row.suspect_id, items=list(row.items))


def read_suspect_evidence(suspect_id: int, *, viewer: StaffUser) -> list[EvidenceView]:
    """All evidence shared about one suspect, oldest first; one audit row per report shown."""
    _check_viewer(viewer)
    rows = db.session.execute(
        select(Report.report_id, Report.suspect_id, Evidence.items)
        .join(Evidence, Evidence.report_pk == Report.id)
        .where(Report.suspect_id == suspect_id)
        .order_by(Report.created_at, Report.id)
    ).all()
    views = [EvidenceView(report_id=r.report_id, suspect_id=r.suspect_id, items=list(r.items)) for r in rows]
    for view in views:
        audit.record("evidence.view", "report", view.report_id, actor_id=viewer.id, suspect_id=suspect_id)
    db.session.commit()
    return views
