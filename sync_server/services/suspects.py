"""Suspects: the prioritised queue, one suspect's aggregates and paginated timeline, decisions.

Every number here is read from columns that services.aggregates keeps up to date on upload, decision
and purge (per-suspect rows, per-(suspect, device) rows, queue_counts), so a queue page costs one
index-ordered read of `per_page` suspects plus a few counter rows, whatever the number of reports.
A device that reports the same account fifty times counts once towards `devices`, `mean_risk`
and the false-alarm share.
"""

from __future__ import annotations

import hashlib
import hmac
import math
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, cast

from flask import current_app
from sqlalchemy import ColumnElement, Select, Table, func, select

from ..errors import NotFound
from ..extensions import db
from ..models import CHILD_ACTIONS, Decision, Evidence, Report, Suspect, SuspectStatus, utcnow
from . import aggregates, audit
from .reports import TAG_BITS, mask_to_tags, normalise_handle


@dataclass
class SuspectSummary:
    id: int
    platform: str
    handle: str
    status: str
    devices: int
    reports: int
    max_risk: float
    mean_risk: float
    tactics: list[str]
    first_seen: datetime
    last_seen: datetime
    child_actions: dict[str, int]
    false_alarm_share: float
    priority: float
    corroboration: float = 0.0  # trust-weighted distinct devices (PRIORITY.md)


@dataclass
class TimelineEntry:
    report_id: str
    created_at: datetime
    received_at: datetime
    device: str
    risk: float
    tags: list[str]
    tag_scores: dict[str, float]
    model_version: str
    messages_observed: int
    alert_index: int
    child_action: str
    has_evidence: bool


@dataclass
class DecisionView:
    id: int
    from_status: str
    to_status: str
    note: str
    moderator_name: str | None
    created_at: datetime


@dataclass
class SuspectDetail(SuspectSummary):
    timeline: list[TimelineEntry] = field(default_factory=list)
    decisions: list[DecisionView] = field(default_factory=list)
    timeline_page: TimelinePage | None = None


@dataclass
class QueuePage:
    total: int
    page: int  # clamped to 1..pages: never an impossible page
    per_page: int
    pages: int
    items: list[SuspectSummary]


@dataclass
class TimelinePage:
    total: int
    page: int
    per_page: int
    pages: int


_S = cast(Table, Suspect.__table__)
_QUEUE_ORDER = (_S.c.priority.desc(), _S.c.last_seen.desc(), _S.c.id.desc())


def search_key(q: str) -> str:
    """A search text folded the way handles are stored (NFKC, case-folded, no leading '@', invisible
    format characters such as zero-width spaces dropped), so `q` finds every spelling that collapsed
    onto one suspect. Look-alike letters are not folded: "аlpha" with a Cyrillic "а" is another account."""
    visible = "".join(ch for ch in unicodedata.normalize("NFKC", q)
                      if unicodedata.category(ch) not in ("Cf", "Cc") and ch != "\u00ad")
    return normalise_handle(visible)


def queue_filters(
    *, status: str | None = "open", platform: str | None = None, tactic: str | None = None,
    q: str | None = None, min_devices: int | None = None,
) -> list[ColumnElement[bool]]:
    """The WHERE clauses of the queue: only suspects with reports, then each filter given."""
    where: list[ColumnElement[bool]] = [_S.c.priority.is_not(None)]
    if status and status != "all":
        where.append(_S.c.status == status)
    if platform:
        where.append(_S.c.platform == platform)
    if tactic:
        if tactic not in TAG_BITS:
            raise ValueError(f"unknown tactic {tactic!r}")
        where.append(_S.c.tag_mask.op("&")(TAG_BITS[tactic]) != 0)
    if q and q.strip():
        key = search_key(q)
        if key:
            escaped = key.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
            # Matching ids first: an index-only scan of handle_norm, then the queue order over the few hits.
            where.append(_S.c.id.in_(select(_S.c.id).where(_S.c.handle_norm.like(f"%{escaped}%", escape="\\"))))
    if min_devices and min_devices > 1:
        where.append(_S.c.devices >= min_devices)
    return where


def queue_select(where: Sequence[ColumnElement[bool]]) -> Select[Any]:
    """Suspect rows in queue order. Extend it with `.where(...)` (e.g. an assignee filter) before use."""
    return select(*_SUMMARY_COLUMNS).where(*where).order_by(*_QUEUE_ORDER)


def suspect_queue(
    *, status: str | None = "open", platform: str | None = None, tactic: str | None = None,
    q: str | None = None, min_devices: int | None = None, extra_where: Sequence[ColumnElement[bool]] = (),
    page: int = 1, per_page: int = 50, now: datetime | None = None,
) -> QueuePage:
    """Suspects ranked by their stored priority (highest first; ties: latest report, then newest id).

    `status=None` or "all" lists every status. `q` searches handles (substring, folded like stored
    handles); `min_devices` keeps suspects reported by at least that many devices. `extra_where` takes
    further clauses on the suspects table, e.g. for an assignee filter:

        suspect_queue(extra_where=[Suspect.id.in_(select(CaseAssignment.suspect_id)
                                                  .where(CaseAssignment.assignee_id == user_id))])

    The total comes from queue_counts (a few rows) when only status/platform/tactic filter; otherwise
    it is a COUNT over the filtered suspects. `page` is clamped to 1..pages.
    """
    per_page = max(1, per_page)
    where = [*queue_filters(status=status, platform=platform, tactic=tactic, q=q, min_devices=min_devices),
             *extra_where]
    if not extra_where and not (q and search_key(q)) and not (min_devices and min_devices > 1):
        total = aggregates.queue_total(status=status, platform=platform, tactic=tactic)
    else:
        total = int(db.session.scalar(select(func.count()).select_from(_S).where(*where)) or 0)
    pages = max(1, math.ceil(total / per_page))
    page = min(max(1, page), pages)
    rows = db.session.execute(queue_select(where).limit(per_page).offset((page - 1) * per_page))
    return QueuePage(total=total, page=page, per_page=per_page, pages=pages, items=[_summary(r) for r in rows])


_SUMMARY_COLUMNS = (
    _S.c.id, _S.c.platform, _S.c.handle, _S.c.status, _S.c.devices, _S.c.reports, _S.c.max_risk, _S.c.mean_risk,
    _S.c.tag_mask, _S.c.first_seen, _S.c.last_seen, _S.c.child_actions, _S.c.fa_devices, _S.c.priority,
    _S.c.created_at, _S.c.corroboration,
)


def _summary(row: Any) -> SuspectSummary:
    m = row._mapping
    devices = int(m["devices"] or 0)
    actions = dict.fromkeys(CHILD_ACTIONS, 0)
    actions.update(m["child_actions"] or {})
    return SuspectSummary(
        id=m["id"], platform=m["platform"], handle=m["handle"], status=m["status"], devices=devices,
        reports=int(m["reports"] or 0), max_risk=float(m["max_risk"] or 0.0), mean_risk=float(m["mean_risk"] or 0.0),
        tactics=mask_to_tags(int(m["tag_mask"] or 0)),
        first_seen=m["first_seen"] or m["created_at"], last_seen=m["last_seen"] or m["created_at"],
        child_actions=actions,
        false_alarm_share=round(int(m["fa_devices"] or 0) / devices, 4) if devices else 0.0,
        priority=float(m["priority"] or 0.0), corroboration=float(m["corroboration"] or 0.0),
    )


def suspect_summary(suspect_id: int, *, now: datetime | None = None) -> SuspectSummary | None:
    """One suspect's stored aggregates (None when it does not exist)."""
    row = db.session.execute(select(*_SUMMARY_COLUMNS).where(_S.c.id == suspect_id)).first()
    return _summary(row) if row else None


def device_pseudonym(device_id: str, suspect_id: int | None = None) -> str:
    """Lets moderators see that reports come from the same or different devices, without the device id.

    With `suspect_id` (as every API and page uses it) the pseudonym is keyed by the server's secret and
    the suspect, so the same child's device has unrelated pseudonyms under two suspects."""
    if suspect_id is None:
        return hashlib.sha256(f"guardline-device:{device_id}".encode()).hexdigest()[:10]
    key = str(current_app.config.get("SECRET_KEY") or "").encode()
    return hmac.new(key, f"{suspect_id}:{device_id}".encode(), hashlib.sha256).hexdigest()[:10]


def suspect_detail(
    suspect_id: int, *, page: int = 1, per_page: int | None = None, now: datetime | None = None
) -> SuspectDetail:
    """Aggregates, one page of the report timeline (oldest first, no evidence text) and the decisions.

    `per_page=None` returns the whole timeline (the pages' evidence view uses it); the API pages it."""
    suspect = db.session.get(Suspect, suspect_id)
    if suspect is None:
        raise NotFound(f"no suspect {suspect_id}")
    summary = suspect_summary(suspect_id, now=now)
    assert summary is not None
    total = summary.reports
    query = (
        select(Report.report_id, Report.created_at, Report.received_at, Report.device_id, Report.risk,
               Report.tag_mask, Report.tag_scores, Report.model_version, Report.messages_observed,
               Report.alert_index, Report.child_action, Evidence.id.is_not(None).label("has_evidence"))
        .outerjoin(Evidence, Evidence.report_pk == Report.id)
        .where(Report.suspect_id == suspect_id)
        .order_by(Report.created_at, Report.id)
    )
    if per_page is None:
        pages, page = 1, 1
        per = max(total, 1)
    else:
        per = max(1, per_page)
        pages = max(1, math.ceil(total / per))
        page = min(max(1, page), pages)
        query = query.limit(per).offset((page - 1) * per)
    timeline = [
        TimelineEntry(
            report_id=r.report_id, created_at=r.created_at, received_at=r.received_at,
            device=device_pseudonym(r.device_id, suspect_id), risk=r.risk, tags=mask_to_tags(r.tag_mask),
            tag_scores=r.tag_scores, model_version=r.model_version, messages_observed=r.messages_observed,
            alert_index=r.alert_index, child_action=r.child_action, has_evidence=bool(r.has_evidence),
        )
        for r in db.session.execute(query)
    ]
    decisions = [
        DecisionView(id=d.id, from_status=d.from_status, to_status=d.to_status, note=d.note,
                     moderator_name=d.moderator.username if d.moderator else None, created_at=d.created_at)
        for d in suspect.decisions
    ]
    return SuspectDetail(**vars(summary), timeline=timeline, decisions=decisions,
                         timeline_page=TimelinePage(total=total, page=page, per_page=per, pages=pages))


def record_decision(suspect_id: int, *, moderator_id: int, status: str, note: str) -> Decision:
    """Set a suspect's status with a note; the decision and an audit row are kept forever."""
    if status not in {s.value for s in SuspectStatus}:
        raise ValueError(f"unknown status {status!r}")
    suspect = db.session.get(Suspect, suspect_id)
    if suspect is None:
        raise NotFound(f"no suspect {suspect_id}")
    aggregates.move_status(db.session, suspect_id, suspect.status, status)  # queue totals
    decision = Decision(suspect=suspect, moderator_id=moderator_id, from_status=suspect.status,
                        to_status=status, note=note.strip(), created_at=utcnow())
    suspect.status = status
    suspect.status_changed_at = decision.created_at
    db.session.add(decision)
    db.session.flush()
    aggregates.reweigh_after_decision(suspect_id, decision.created_at)  # its reporters' trust changed
    audit.record("suspect.decision", "suspect", suspect_id, actor_id=moderator_id,
                 from_status=decision.from_status, to_status=status)
    db.session.commit()
    return decision
