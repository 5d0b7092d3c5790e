"""Case work on suspects for the web workbench: owners (claim / release / assign), bulk decisions and
the queue's owner filter.

The ranking and the handle search belong to `services.suspects`; this module only adds to its query. Owners live in their
own table (`case_assignments`), so the queue's ranked page is joined to owners with one query for the
page's ids. Every change of owner and every bulk decision row is audited.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import case, func, select

from ..errors import Conflict, NotFound, ValidationFailed
from ..extensions import db
from ..models import CaseAssignment, Evidence, Report, Role, StaffUser, Suspect, SuspectStatus, utcnow
from . import audit
from . import suspects as suspect_service
from .reports import TAG_BITS

BULK_STATUSES = (SuspectStatus.DISMISSED.value, SuspectStatus.ESCALATED.value)
BULK_MAX = 100  # one page of the queue at most
CASE_ROLES = (Role.MODERATOR.value, Role.ADMIN.value)


@dataclass(frozen=True)
class Owner:
    user_id: int
    username: str


OWNER_FILTERS = ("", "mine", "unassigned")


def queue_page(*, status: str, platform: str | None, tactic: str | None, q: str, owner: str, user_id: int,
               page: int, per_page: int) -> suspect_service.QueuePage:
    """The ranked queue (ranked in SQL by `services.suspects`), searched by folded handle and filtered
    by owner: "mine" (cases `user_id` owns), "unassigned", or "" for everyone's."""
    extra = []
    owned = select(CaseAssignment.suspect_id)
    if owner == "mine":
        extra.append(Suspect.id.in_(owned.where(CaseAssignment.assignee_id == user_id)))
    elif owner == "unassigned":
        extra.append(Suspect.id.not_in(owned))
    return suspect_service.suspect_queue(status=status, platform=platform, tactic=tactic, q=q or None,
                                         extra_where=extra, page=page, per_page=per_page)


def owners(suspect_ids: Sequence[int]) -> dict[int, Owner]:
    """Current owner of each of these suspects that has one (one query)."""
    if not suspect_ids:
        return {}
    rows = db.session.execute(
        select(CaseAssignment.suspect_id, StaffUser.id, StaffUser.username)
        .join(StaffUser, StaffUser.id == CaseAssignment.assignee_id)
        .where(CaseAssignment.suspect_id.in_(list(suspect_ids)))
    )
    return {sid: Owner(uid, name) for sid, uid, name in rows}


def assignable_users() -> list[StaffUser]:
    """Active moderators and admins: who a case can be given to."""
    return list(db.session.scalars(
        select(StaffUser).where(StaffUser.active.is_(True), StaffUser.role.in_(CASE_ROLES)).order_by(StaffUser.username)
    ))


def _suspect(suspect_id: int) -> Suspect:
    suspect = db.session.get(Suspect, suspect_id)
    if suspect is None:
        raise NotFound(f"no suspect {suspect_id}")
    return suspect


def _set_owner(suspect_id: int, assignee: StaffUser, *, actor: StaffUser, action: str,
               previous: CaseAssignment | None) -> Owner:
    row = previous or CaseAssignment(suspect_id=suspect_id)
    before = previous.assignee_id if previous else None
    row.assignee_id, row.assigned_by, row.assigned_at = assignee.id, actor.id, utcnow()
    db.session.add(row)
    audit.record(action, "suspect", suspect_id, actor_id=actor.id, assignee=assignee.username, previous_id=before)
    db.session.commit()
    return Owner(assignee.id, assignee.username)


def claim(suspect_id: int, *, actor: StaffUser) -> Owner:
    """Take an unowned case. A case someone else owns must be reassigned explicitly (assign)."""
    _suspect(suspect_id)
    current = db.session.get(CaseAssignment, suspect_id)
    if current is not None:
        if current.assignee_id == actor.id:
            return Owner(actor.id, actor.username)
        raise Conflict(f"this case is already claimed by {current.assignee.username}")
    return _set_owner(suspect_id, actor, actor=actor, action="case.claim", previous=None)


def assign(suspect_id: int, assignee_id: int, *, actor: StaffUser) -> Owner:
    """Give a case to an active moderator (or admin), taking it from any previous owner."""
    _suspect(suspect_id)
    assignee = db.session.get(StaffUser, assignee_id)
    if assignee is None or not assignee.active or assignee.role not in CASE_ROLES:
        raise ValidationFailed("unknown assignee", {"assignee": ["choose an active moderator"]})
    current = db.session.get(CaseAssignment, suspect_id)
    if current is not None and current.assignee_id == assignee.id:
        return Owner(assignee.id, assignee.username)
    return _set_owner(suspect_id, assignee, actor=actor, action="case.assign", previous=current)


def release(suspect_id: int, *, actor: StaffUser) -> None:
    """Give a case back to the pool: its owner may, and so may an admin."""
    _suspect(suspect_id)
    current = db.session.get(CaseAssignment, suspect_id)
    if current is None:
        return
    if current.assignee_id != actor.id and actor.role != Role.ADMIN.value:
        raise Conflict(f"only {current.assignee.username} (or an admin) can release this case")
    audit.record("case.release", "suspect", suspect_id, actor_id=actor.id, previous_id=current.assignee_id)
    db.session.delete(current)
    db.session.commit()


def bulk_decide(suspect_ids: Sequence[int], *, status: str, note: str, actor: StaffUser) -> int:
    """One decision with one note for each selected suspect; every row is its own audited decision.
    All ids are checked before any is changed, so a bad selection changes nothing."""
    if status not in BULK_STATUSES:
        raise ValidationFailed("bulk decisions only dismiss or escalate", {"status": list(BULK_STATUSES)})
    if not note.strip():
        raise ValidationFailed("a note is required", {"note": ["write a short note for the record"]})
    ids = list(dict.fromkeys(int(i) for i in suspect_ids))
    if not ids or len(ids) > BULK_MAX:
        raise ValidationFailed("select between 1 and 100 suspects", {"ids": [f"1..{BULK_MAX}"]})
    found = set(db.session.scalars(select(Suspect.id).where(Suspect.id.in_(ids))))
    missing = [i for i in ids if i not in found]
    if missing:
        raise NotFound(f"no suspect {missing[0]}")
    for suspect_id in ids:
        suspect_service.record_decision(suspect_id, moderator_id=actor.id, status=status, note=note)
    audit.record("case.bulk_decision", "suspect", ",".join(map(str, ids))[:64], actor_id=actor.id,
                 status=status, count=len(ids), suspect_ids=ids)
    db.session.commit()
    return len(ids)


def tactic_counts(suspect_id: int) -> tuple[int, dict[str, int]]:
    """(reports, tactic -> reports naming it) over all of one suspect's reports: the suspect page's
    chart stays whole while its timeline is paged. One indexed pass over that suspect's reports."""
    r = Report.__table__
    columns = [func.sum(case((r.c.tag_mask.op("&")(bit) != 0, 1), else_=0)).label(t) for t, bit in TAG_BITS.items()]
    row = db.session.execute(select(func.count(), *columns).where(r.c.suspect_id == suspect_id)).one()
    return int(row[0]), {t: int(row._mapping[t] or 0) for t in TAG_BITS}


def evidence_count(suspect_id: int) -> int:
    """Reports of this suspect that still hold shared evidence (none of its text is read here)."""
    return int(db.session.scalar(
        select(func.count()).select_from(Evidence).join(Report, Report.id == Evidence.report_pk)
        .where(Report.suspect_id == suspect_id)) or 0)
