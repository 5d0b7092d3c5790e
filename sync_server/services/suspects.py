"""Suspects: per-account aggregates, the prioritised queue, the report timeline and decisions.

Aggregates are computed from reports in two steps, per (suspect, device) then per suspect, so a device
that reports the same account fifty times counts once towards `devices`, `mean_risk` and the
false-alarm share. Nothing is cached: a new report shows up in the queue at once.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import Select, case, func, select

from ..errors import NotFound
from ..extensions import db
from ..models import CHILD_ACTIONS, Decision, Evidence, Report, Suspect, SuspectStatus, utcnow
from . import audit
from .priority import priority
from .reports import TAG_BITS, mask_to_tags


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


@dataclass
class QueuePage:
    total: int
    page: int
    per_page: int
    items: list[SuspectSummary]


def _aggregate_query() -> tuple[Select[Any], Any]:
    """The per-suspect aggregate SELECT and its per-device subquery (for HAVING filters)."""
    r = Report.__table__
    flag = lambda cond: case((cond, 1), else_=0)  # noqa: E731
    per_device = (
        select(
            r.c.suspect_id,
            func.count().label("n"),
            func.max(r.c.risk).label("max_risk"),
            func.avg(r.c.risk).label("mean_risk"),
            func.min(r.c.created_at).label("first_seen"),
            func.max(r.c.created_at).label("last_seen"),
            func.max(flag(r.c.child_action == "false_alarm")).label("fa"),
            *[func.max(flag(r.c.tag_mask.op("&")(bit) != 0)).label(f"t_{tag}") for tag, bit in TAG_BITS.items()],
            *[func.sum(flag(r.c.child_action == a)).label(f"a_{a}") for a in CHILD_ACTIONS],
        )
        .group_by(r.c.suspect_id, r.c.device_id)
        .subquery("per_device")
    )
    s = Suspect.__table__
    return (
        select(
            s.c.id, s.c.platform, s.c.handle, s.c.status,
            func.count().label("devices"),
            func.sum(per_device.c.n).label("reports"),
            func.max(per_device.c.max_risk).label("max_risk"),
            func.avg(per_device.c.mean_risk).label("mean_risk"),
            func.min(per_device.c.first_seen).label("first_seen"),
            func.max(per_device.c.last_seen).label("last_seen"),
            func.sum(per_device.c.fa).label("fa_devices"),
            *[func.max(per_device.c[f"t_{tag}"]).label(f"t_{tag}") for tag in TAG_BITS],
            *[func.sum(per_device.c[f"a_{a}"]).label(f"a_{a}") for a in CHILD_ACTIONS],
        )
        .select_from(s.join(per_device, per_device.c.suspect_id == s.c.id))
        .group_by(s.c.id, s.c.platform, s.c.handle, s.c.status)
    ), per_device


def _summary(row: Any, now: datetime) -> SuspectSummary:
    m = row._mapping
    tactics = [tag for tag in TAG_BITS if m[f"t_{tag}"]]
    actions = {a: int(m[f"a_{a}"] or 0) for a in CHILD_ACTIONS}
    devices = int(m["devices"])
    fa_share = int(m["fa_devices"] or 0) / devices if devices else 0.0
    return SuspectSummary(
        id=m["id"], platform=m["platform"], handle=m["handle"], status=m["status"],
        devices=devices, reports=int(m["reports"]), max_risk=float(m["max_risk"]),
        mean_risk=round(float(m["mean_risk"]), 4), tactics=tactics,
        first_seen=m["first_seen"], last_seen=m["last_seen"], child_actions=actions,
        false_alarm_share=round(fa_share, 4),
        priority=priority(
            devices=devices, max_risk=float(m["max_risk"]), tactics=tactics, last_seen=m["last_seen"],
            false_alarm_share=fa_share, has_evidence=actions["shared_evidence"] > 0, now=now,
        ),
    )


def suspect_queue(
    *, status: str | None = "open", platform: str | None = None, tactic: str | None = None,
    page: int = 1, per_page: int = 50, now: datetime | None = None,
) -> QueuePage:
    """Suspects ranked by priority (highest first). `status=None` or "all" lists every status."""
    now = now or utcnow()
    query, per_device = _aggregate_query()
    s = Suspect.__table__
    if status and status != "all":
        query = query.where(s.c.status == status)
    if platform:
        query = query.where(s.c.platform == platform)
    if tactic:
        if tactic not in TAG_BITS:
            raise ValueError(f"unknown tactic {tactic!r}")
        query = query.having(func.max(per_device.c[f"t_{tactic}"]) == 1)
    summaries = [_summary(row, now) for row in db.session.execute(query)]
    summaries.sort(key=lambda x: (-x.priority, -x.last_seen.timestamp(), x.id))
    start = (page - 1) * per_page
    return QueuePage(total=len(summaries), page=page, per_page=per_page, items=summaries[start : start + per_page])


def suspect_summary(suspect_id: int, *, now: datetime | None = None) -> SuspectSummary | None:
    query, _ = _aggregate_query()
    row = db.session.execute(query.where(Suspect.__table__.c.id == suspect_id)).first()
    return _summary(row, now or utcnow()) if row else None


def device_pseudonym(device_id: str) -> str:
    """Lets moderators see that reports come from the same or different devices, without the device id."""
    return hashlib.sha256(f"guardline-device:{device_id}".encode()).hexdigest()[:10]


def suspect_detail(suspect_id: int, *, now: datetime | None = None) -> SuspectDetail:
    """Aggregates, the report timeline (oldest first, no evidence text) and the decision history."""
    suspect = db.session.get(Suspect, suspect_id)
    if suspect is None:
        raise NotFound(f"no suspect {suspect_id}")
    summary = suspect_summary(suspect_id, now=now)
    if summary is None:  # all its reports were purged
        summary = SuspectSummary(
            id=suspect.id, platform=suspect.platform, handle=suspect.handle, status=suspect.status, devices=0,
            reports=0, max_risk=0.0, mean_risk=0.0, tactics=[], first_seen=suspect.created_at,
            last_seen=suspect.created_at, child_actions=dict.fromkeys(CHILD_ACTIONS, 0), false_alarm_share=0.0,
            priority=0.0,
        )
    rows = db.session.execute(
        select(Report, Evidence.id.is_not(None))
        .outerjoin(Evidence, Evidence.report_pk == Report.id)
        .where(Report.suspect_id == suspect_id)
        .order_by(Report.created_at, Report.id)
    )
    timeline = [
        TimelineEntry(
            report_id=r.report_id, created_at=r.created_at, received_at=r.received_at,
            device=device_pseudonym(r.device_id), risk=r.risk, tags=mask_to_tags(r.tag_mask),
            tag_scores=r.tag_scores, model_version=r.model_version, messages_observed=r.messages_observed,
            alert_index=r.alert_index, child_action=r.child_action, has_evidence=bool(has_ev),
        )
        for r, has_ev in rows
    ]
    decisions = [
        DecisionView(id=d.id, from_status=d.from_status, to_status=d.to_status, note=d.note,
                     moderator_name=d.moderator.username if d.moderator else None, created_at=d.created_at)
        for d in suspect.decisions
    ]
    return SuspectDetail(**vars(summary), timeline=timeline, decisions=decisions)


def record_decision(suspect_id: int, *, moderator_id: int, status: str, note: str) -> Decision:
    """Set a suspect's status with a note; the decision and an audit row are kept forever."""
    if status not in {s.value for s in SuspectStatus}:
        raise ValueError(f"unknown status {status!r}")
    suspect = db.session.get(Suspect, suspect_id)
    if suspect is None:
        raise NotFound(f"no suspect {suspect_id}")
    decision = Decision(suspect=suspect, moderator_id=moderator_id, from_status=suspect.status,
                        to_status=status, note=note.strip(), created_at=utcnow())
    suspect.status = status
    suspect.status_changed_at = decision.created_at
    db.session.add(decision)
    audit.record("suspect.decision", "suspect", suspect_id, actor_id=moderator_id,
                 from_status=decision.from_status, to_status=status)
    db.session.commit()
    return decision
