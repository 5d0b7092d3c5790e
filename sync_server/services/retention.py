"""Data retention: shared evidence goes early, reports later, by server receive time."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, cast

from sqlalchemy import CursorResult, delete, exists, func, select

from ..extensions import db
from ..models import Decision, Evidence, Report, Suspect, SuspectStatus, utcnow
from . import aggregate_purge, audit


@dataclass(frozen=True)
class PurgeResult:
    evidence: int
    reports: int
    suspects: int


def purge(*, evidence_days: int, report_days: int, now: datetime | None = None, dry_run: bool = False) -> PurgeResult:
    """Delete evidence older than `evidence_days` and reports older than `report_days`.

    Suspects left without reports are deleted too, unless a moderator decided on them (the decision
    history is kept) or they are not `open`. Derived tables lose exactly what was deleted (aggregate_purge).
    """
    if evidence_days < 0 or report_days < 0:
        raise ValueError("retention periods must be >= 0 days")
    now = now or utcnow()
    evidence_cutoff = now - timedelta(days=evidence_days)
    report_cutoff = now - timedelta(days=report_days)
    old_reports = select(Report.id).where(Report.received_at < report_cutoff)
    evidence_where = (Evidence.received_at < evidence_cutoff) | Evidence.report_pk.in_(old_reports)
    orphan = (
        (Suspect.status == SuspectStatus.OPEN.value)
        & ~exists().where(Report.suspect_id == Suspect.id, Report.received_at >= report_cutoff)
        & ~exists().where(Decision.suspect_id == Suspect.id)
    )
    if dry_run:
        def count(query: Any) -> int:
            return int(db.session.scalar(select(func.count()).select_from(query.subquery())) or 0)

        result = PurgeResult(
            evidence=count(select(Evidence.id).where(evidence_where)),
            reports=count(old_reports),
            suspects=count(select(Suspect.id).where(orphan)),
        )
        db.session.rollback()
        return result
    n_evidence = _delete(delete(Evidence).where(evidence_where))
    touched = aggregate_purge.subtract(Report.received_at < report_cutoff)  # rollups, before the rows go
    n_reports = _delete(delete(Report).where(Report.received_at < report_cutoff))
    aggregate_purge.refold(touched, now)  # touched suspects from the reports left (orphans leave the queue)
    n_suspects = _delete(delete(Suspect).where(orphan))
    audit.record("retention.purge", "database", "-", actor_id=None, evidence=n_evidence, reports=n_reports,
                 suspects=n_suspects, evidence_days=evidence_days, report_days=report_days)
    db.session.commit()
    return PurgeResult(evidence=n_evidence, reports=n_reports, suspects=n_suspects)


def _delete(statement: Any) -> int:
    """Run a bulk DELETE (no ORM session bookkeeping) and return the number of rows removed."""
    result = db.session.execute(statement.execution_options(synchronize_session=False))
    return int(cast(CursorResult[Any], result).rowcount)
