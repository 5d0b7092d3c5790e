"""Derived tables kept up to date where the data changes, so pages read a page, never every report.

    reports ──upload──► suspect_devices (per suspect × device) ──► suspects.{devices, ..., priority}
            ├─────────► version_devices, version_device_days ──► version_rollups (ML stats)
            ├─────────► report_days (reports per day and platform)
            └─────────► queue_counts (suspects per status × platform × tactic: the queue's totals)

Upload (`apply_batch`, inside the ingest transaction): one locked read of the touched suspects, one
upsert per derived table, one UPDATE of the touched suspects. Their plain columns (counts, max, min,
OR, child actions) follow from the old row and the batch (services.aggregate_bump); only suspects whose
trust-weighted terms may move (a new device, a higher risk, a first severe tactic, evidence or false
alarm) have those terms read back, in one lean GROUP BY for all of them. The two 50-row statements go
straight to the driver (upserts.execute_many): SQLAlchemy's per-row work cost more than SQLite's. A decision moves the suspect's counts and re-weighs
its devices (services.trust). `rebuild` recomputes every table from the reports (`flask
rebuild-aggregates`, purge, migration 0002). `refresh_priority` (`flask refresh-priority`, cron every
15 minutes; see PRIORITY.md) re-weighs devices that are still maturing and re-applies the recency term.

Where an upsert must tell "new row" from "updated row" (a device's first report of a version or a day),
it returns the summed count: equal to this batch's count only when the row was just inserted. This is
exact on both backends, also under concurrent writers (PostgreSQL locks the conflicting row).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any, cast

from sqlalchemy import DateTime, Table, and_, bindparam, case, delete, func, literal, or_, select, update

from device_app.core.vocabulary import CHILD_ACTIONS, SEVERE_TACTICS, TACTICS

from ..extensions import db
from ..models import (
    DeviceTrust,
    QueueCount,
    Report,
    ReportDay,
    Suspect,
    SuspectDevice,
    VersionDevice,
    VersionDeviceDay,
    VersionRollup,
    utcnow,
)
from . import aggregate_bump as bump
from . import trust
from .priority import DEFAULT_WEIGHTS, corroboration, priority, priority_base
from .upserts import execute_many, upsert

TAG_BITS: dict[str, int] = {tag: 1 << i for i, tag in enumerate(TACTICS)}  # stored bit i = TACTICS[i]
SEVERE_MASK = sum(TAG_BITS[t] for t in SEVERE_TACTICS)
ACTION_COLUMNS = tuple(f"a_{a}" for a in CHILD_ACTIONS)

_SD = cast(Table, SuspectDevice.__table__)
_S = cast(Table, Suspect.__table__)
_DT = cast(Table, DeviceTrust.__table__)
_R = cast(Table, Report.__table__)
_QC = cast(Table, QueueCount.__table__)
_VD = cast(Table, VersionDevice.__table__)
_VDD = cast(Table, VersionDeviceDay.__table__)
_VR = cast(Table, VersionRollup.__table__)
_RD = cast(Table, ReportDay.__table__)
_CHUNK = 2000

assert set(ACTION_COLUMNS) <= set(_SD.c.keys()), "suspect_devices needs a column per CHILD_ACTIONS entry"

Executor = Any  # a Connection (ingest) or the ORM session: both run Core statements the same way


# ---------------------------------------------------------------- upload


def apply_batch(conn: Executor, device_id: str, rows: Sequence[dict[str, Any]], now: datetime) -> None:
    """Fold freshly inserted report rows (all from `device_id`) into every derived table."""
    if not rows:
        return
    per_suspect: dict[int, dict[str, Any]] = {}
    versions: dict[str, list[int]] = defaultdict(lambda: [0, 0])  # reports, false alarms
    device_days: dict[tuple[str, date], int] = defaultdict(int)
    days: dict[tuple[date, str], int] = defaultdict(int)
    for row in rows:
        agg = per_suspect.get(row["suspect_id"])
        if agg is None:
            agg = per_suspect[row["suspect_id"]] = {
                "suspect_id": row["suspect_id"], "device_id": device_id, "reports": 0, "risk_sum": 0.0,
                "max_risk": 0.0, "tag_mask": 0, "first_seen": row["created_at"], "last_seen": row["created_at"],
                **dict.fromkeys(ACTION_COLUMNS, 0),
            }
        agg["reports"] += 1
        agg["risk_sum"] += row["risk"]
        agg["max_risk"] = max(agg["max_risk"], row["risk"])
        agg["tag_mask"] |= row["tag_mask"]
        agg["first_seen"] = min(agg["first_seen"], row["created_at"])
        agg["last_seen"] = max(agg["last_seen"], row["created_at"])
        agg[f"a_{row['child_action']}"] += 1
        version = versions[row["model_version"]]
        version[0] += 1
        version[1] += row["child_action"] == "false_alarm"
        device_days[(row["model_version"], row["day"])] += 1
        days[(row["day"], row["platform"])] += 1

    ids = list(per_suspect)
    before = {row.id: row for row in conn.execute(bump.BEFORE, {"device": device_id, "ids": ids})}
    execute_many(conn, upsert(_SD, ("suspect_id", "device_id"), increment=("reports", "risk_sum", *ACTION_COLUMNS),
                              greatest=("max_risk", "last_seen"), least=("first_seen",), bit_or=("tag_mask",)),
                 list(per_suspect.values()))
    rows_new: list[tuple[dict[str, Any], Any]] = []  # (new stored columns, suspect row before)
    rescore: dict[int, dict[str, Any]] = {}
    for sid, agg in per_suspect.items():
        old = before[sid]
        pair = bump.pair_of(old)
        unchanged = bump.claims_unchanged(agg, pair, SEVERE_MASK)
        deferred = not unchanged and old.priority is not None and old.devices >= bump.LARGE_SUSPECT
        new = bump.bumped(agg, pair, old, now, deferred=deferred)
        rows_new.append((new, old))
        if not (unchanged or deferred):
            rescore[sid] = new
    if rescore:
        _rescore_trust(conn, rescore, now)
    execute_many(conn, bump.BUMP, [new for new, _ in rows_new])
    deltas = bump.gained_tactics(rows_new, TAG_BITS)
    for _, old in rows_new:
        if old.priority is None:  # its first report: it enters the queue totals
            deltas[(old.status, old.platform, "")] += 1
    apply_count_deltas(conn, deltas)

    new_devices = conn.execute(
        upsert(_VD, ("model_version", "device_id"), increment=("reports",), returning=("model_version", "reports")),
        [{"model_version": v, "device_id": device_id, "reports": n} for v, (n, _) in versions.items()],
    ).all()
    new_days = conn.execute(
        upsert(_VDD, ("model_version", "device_id", "day"), increment=("reports",),
               returning=("model_version", "day", "reports")),
        [{"model_version": v, "device_id": device_id, "day": d, "reports": n} for (v, d), n in device_days.items()],
    ).all()
    first_of_version = {v for v, total in new_devices if total == versions[v][0]}
    first_days: dict[str, int] = defaultdict(int)
    for v, d, total in new_days:
        first_days[v] += total == device_days[(v, d)]
    conn.execute(upsert(_VR, ("model_version",), increment=("devices", "reports", "device_days", "false_alarms")), [
        {"model_version": v, "devices": int(v in first_of_version), "reports": n, "device_days": first_days[v],
         "false_alarms": fa} for v, (n, fa) in versions.items()])
    conn.execute(upsert(_RD, ("day", "platform"), increment=("reports",)),
                 [{"day": d, "platform": p, "reports": n} for (d, p), n in days.items()])


# ---------------------------------------------------------------- per-suspect recomputation


def _rescore_trust(conn: Executor, bumped: dict[int, dict[str, Any]], now: datetime) -> None:
    """Re-score suspects whose upload may move a trust-weighted term. Their plain columns are already
    exact in `bumped` (counts add, max/min/OR combine); only the terms that depend on device weights
    and clusters, and the mean over devices, are read back: one lean GROUP BY over suspect_devices."""
    for m in conn.execute(_TRUST_QUERY, {"ids": list(bumped)}).mappings():
        new = bumped[m["suspect_id"]]
        base = _trust_base(m)
        new.update(corroboration=round(_corr(m), 4), mean_risk=round(float(m["mean_sum"]) / new["devices"], 4),
                   priority_base=round(base, 4), priority=priority(base, new["last_seen"], now), rescore_due=False)




def _weight() -> Any:
    return func.coalesce(_DT.c.weight, trust.FRESH_WEIGHT)


def _mask_or(column: Any) -> Any:
    """Bitwise OR over rows, portably: the sum over bits of max(column & bit)."""
    return sum((func.max(column.op("&")(bit)) for bit in TAG_BITS.values()), literal(0))


def _per_suspect(full: bool) -> Any:
    """Per touched suspect, its trust-weighted terms (and with `full` every other derived column).

    Inner level: per (suspect, enrolment cluster, proven) the device-level partials and the cluster's
    highest weight (all / false-alarm devices). Outer level: per suspect, partials combined (sums of
    sums, max of max, OR of ORs) and the cluster weights summed separately for proven and unproven
    devices (the cap is applied in Python). A device without a trust row is its own unproven cluster."""
    ids: Any = bindparam("ids", expanding=True)
    w = _weight()
    cluster = func.coalesce(_DT.c.cluster, literal("d:") + _SD.c.device_id)
    proven = func.coalesce(_DT.c.proven, False)
    plain = [
        func.count().label("devices"),
        func.sum(_SD.c.reports).label("reports"),
        func.max(_SD.c.max_risk).label("max_risk"),
        func.min(_SD.c.first_seen).label("first_seen"),
        func.max(_SD.c.last_seen).label("last_seen"),
        func.sum(case((_SD.c.a_false_alarm > 0, 1), else_=0)).label("fa_devices"),
        _mask_or(_SD.c.tag_mask).label("tag_mask"),
        *[func.sum(_SD.c[c]).label(c) for c in ACTION_COLUMNS],
    ]
    inner = (
        select(
            _SD.c.suspect_id.label("suspect_id"), proven.label("proven"),
            func.sum(_SD.c.risk_sum / _SD.c.reports).label("mean_sum"),
            func.max(w * _SD.c.max_risk).label("risk_claim"),
            func.max(case((_SD.c.tag_mask.op("&")(SEVERE_MASK) != 0, w), else_=0.0)).label("severe_claim"),
            func.max(case((_SD.c.a_shared_evidence > 0, w), else_=0.0)).label("evidence_claim"),
            func.max(w).label("w"),
            func.max(case((_SD.c.a_false_alarm > 0, w), else_=0.0)).label("w_fa"),
            *(plain if full else []),
        )
        .select_from(_SD.outerjoin(_DT, _DT.c.device_id == _SD.c.device_id))
        .where(_SD.c.suspect_id.in_(ids))
        .group_by(_SD.c.suspect_id, cluster, proven)
        .subquery("per_cluster")
    )
    i = inner.c
    is_proven = i.proven == True  # noqa: E712  (SQL, not Python)
    plain_outer = [] if not full else [
        func.sum(i.devices).label("devices"), func.sum(i.reports).label("reports"),
        func.max(i.max_risk).label("max_risk"), func.min(i.first_seen).label("first_seen"),
        func.max(i.last_seen).label("last_seen"), func.sum(i.fa_devices).label("fa_devices"),
        _mask_or(i.tag_mask).label("tag_mask"), *[func.sum(i[c]).label(c) for c in ACTION_COLUMNS],
    ]
    return (
        select(
            i.suspect_id, func.sum(i.mean_sum).label("mean_sum"),
            func.max(i.risk_claim).label("risk_claim"), func.max(i.severe_claim).label("severe_claim"),
            func.max(i.evidence_claim).label("evidence_claim"),
            func.sum(case((is_proven, i.w), else_=0.0)).label("proven_w"),
            func.sum(case((is_proven, 0.0), else_=i.w)).label("unproven_w"),
            func.sum(case((is_proven, i.w_fa), else_=0.0)).label("proven_fa"),
            func.sum(case((is_proven, 0.0), else_=i.w_fa)).label("unproven_fa"),
            *plain_outer,
        )
        .group_by(i.suspect_id)
    )


def _suspect_query() -> Any:
    """One SELECT per chunk of suspects: their old state and every new aggregate (`_per_suspect`)."""
    outer = _per_suspect(full=True).subquery("per_suspect")
    return (
        select(_S.c.id, _S.c.status, _S.c.platform, _S.c.tag_mask.label("old_mask"),
               _S.c.priority.label("old_priority"), *[c for c in outer.c if c.name != "suspect_id"])
        .select_from(_S.outerjoin(outer, outer.c.suspect_id == _S.c.id))
        .where(_S.c.id.in_(bindparam("ids", expanding=True)))
    )


_SUSPECT_QUERY = _suspect_query()  # built once: building a statement costs more than running it
_TRUST_QUERY = _per_suspect(full=False)  # an upload knows every other column already (aggregate_bump)
_UPDATE_SUSPECT = update(_S).where(_S.c.id == bindparam("k")).values(
    {c: bindparam(c) for c in ("devices", "reports", "corroboration", "max_risk", "mean_risk", "tag_mask",
                               "fa_devices", "child_actions", "first_seen", "last_seen", "priority_base",
                               "priority")} | {"rescore_due": False})


def recompute_suspects(conn: Executor, suspect_ids: Iterable[int], now: datetime, *, counts: bool = True) -> None:
    """Recompute the derived columns of these suspects from suspect_devices and device trust, and move
    their queue counts. `counts=False` when the caller rebuilds queue_counts itself."""
    ids = list(dict.fromkeys(suspect_ids))
    for start in range(0, len(ids), _CHUNK):
        _recompute_chunk(conn, ids[start:start + _CHUNK], now, counts)


def _recompute_chunk(conn: Executor, ids: list[int], now: datetime, counts: bool) -> None:
    updates: list[dict[str, Any]] = []
    deltas: dict[tuple[str, str, str], int] = defaultdict(int)
    for row in conn.execute(_SUSPECT_QUERY, {"ids": ids}):
        m = row._mapping
        if m["devices"]:
            update_row = _scored(m, now)
        else:  # every report of it is gone
            update_row = {"k": m["id"], "devices": 0, "reports": 0, "corroboration": 0.0, "max_risk": 0.0,
                          "mean_risk": 0.0, "tag_mask": 0, "fa_devices": 0, "child_actions": None,
                          "first_seen": None, "last_seen": None, "priority_base": 0.0, "priority": None}
        updates.append(update_row)
        if counts:
            was_counted = m["old_priority"] is not None
            _count_delta(deltas, m["status"], m["platform"], (m["old_mask"] or 0) if was_counted else None, -1)
            _count_delta(deltas, m["status"], m["platform"],
                         update_row["tag_mask"] if update_row["priority"] is not None else None, 1)
    if updates:
        conn.execute(_UPDATE_SUSPECT, updates)
    if counts:
        apply_count_deltas(conn, deltas)


def _corr(m: Any) -> float:
    return corroboration(float(m["proven_w"] or 0.0), float(m["unproven_w"] or 0.0))


def _trust_base(m: Any) -> float:
    """priority_base from the trust-weighted terms of one row of _per_suspect."""
    corr = _corr(m)
    corr_fa = corroboration(float(m["proven_fa"] or 0.0), float(m["unproven_fa"] or 0.0))
    fa_share = min(1.0, corr_fa / corr) if corr > 0 else 0.0
    return priority_base(corroboration=corr, risk_claim=float(m["risk_claim"] or 0.0),
                         severe_claim=float(m["severe_claim"] or 0.0),
                         evidence_claim=float(m["evidence_claim"] or 0.0), false_alarm_share=fa_share)


def _scored(m: Any, now: datetime) -> dict[str, Any]:
    """The suspect's new derived columns from one row of _SUSPECT_QUERY."""
    corr = _corr(m)
    base = _trust_base(m)
    devices = int(m["devices"])
    return {
        "k": m["id"], "devices": devices, "reports": int(m["reports"]), "corroboration": round(corr, 4),
        "max_risk": float(m["max_risk"]), "mean_risk": round(float(m["mean_sum"]) / devices, 4),
        "tag_mask": int(m["tag_mask"]), "fa_devices": int(m["fa_devices"] or 0),
        "child_actions": {a: int(m[f"a_{a}"] or 0) for a in CHILD_ACTIONS},
        "first_seen": m["first_seen"], "last_seen": m["last_seen"], "priority_base": round(base, 4),
        "priority": priority(base, m["last_seen"], now),
    }


def _count_delta(deltas: dict[tuple[str, str, str], int], status: str, platform: str, mask: int | None,
                 sign: int) -> None:
    """Add one suspect (mask None: not counted) to the (status, platform, tactic) totals with `sign`."""
    if mask is None:
        return
    deltas[(status, platform, "")] += sign
    for tag, bit in TAG_BITS.items():
        if mask & bit:
            deltas[(status, platform, tag)] += sign


def apply_count_deltas(conn: Executor, deltas: dict[tuple[str, str, str], int]) -> None:
    rows = [{"status": s, "platform": p, "tactic": t, "suspects": n} for (s, p, t), n in deltas.items() if n]
    if rows:
        conn.execute(upsert(_QC, ("status", "platform", "tactic"), increment=("suspects",)), rows)


def move_status(conn: Executor, suspect_id: int, from_status: str, to_status: str) -> None:
    """A decision changed the status: move the suspect between the queue totals."""
    row = conn.execute(select(_S.c.platform, _S.c.tag_mask, _S.c.priority).where(_S.c.id == suspect_id)).first()
    if row is None or row.priority is None or from_status == to_status:
        return
    deltas: dict[tuple[str, str, str], int] = defaultdict(int)
    _count_delta(deltas, from_status, row.platform, row.tag_mask, -1)
    _count_delta(deltas, to_status, row.platform, row.tag_mask, 1)
    apply_count_deltas(conn, deltas)


def reweigh_after_decision(suspect_id: int, now: datetime | None = None) -> None:
    """A decision changes its reporters' history: re-weigh them, then re-score what they reported."""
    now = now or utcnow()
    devices = list(db.session.scalars(select(_SD.c.device_id).where(_SD.c.suspect_id == suspect_id)))
    reweigh_devices(devices, {suspect_id}, now)


def reweigh_devices(device_ids: list[str], suspects: set[int], now: datetime) -> int:
    """Re-weigh these devices, then re-score `suspects` plus every suspect a changed device reported.
    Returns how many devices changed."""
    changed = trust.recompute_devices(device_ids, now=now)
    suspects = set(suspects)
    for start in range(0, len(changed), _CHUNK):
        suspects.update(db.session.scalars(
            select(_SD.c.suspect_id).where(_SD.c.device_id.in_(changed[start:start + _CHUNK])).distinct()))
    recompute_suspects(db.session, sorted(suspects), now)
    return len(changed)


# ---------------------------------------------------------------- scheduled refresh and full rebuild


@dataclass(frozen=True)
class RefreshResult:
    devices: int
    suspects: int
    recency_rows: int


def refresh_priority(now: datetime | None = None) -> RefreshResult:
    """Re-weigh maturing devices, re-score their suspects, re-apply the recency term; commits."""
    now = now or utcnow()
    changed = trust.recompute_devices(trust.maturing_devices(now), now=now)
    suspects: set[int] = set()
    for start in range(0, len(changed), _CHUNK):
        suspects.update(db.session.scalars(
            select(_SD.c.suspect_id).where(_SD.c.device_id.in_(changed[start:start + _CHUNK])).distinct()))
    suspects.update(db.session.scalars(select(_S.c.id).where(_S.c.rescore_due == True)))  # noqa: E712  (bump)
    recompute_suspects(db.session, sorted(suspects), now)
    rows = refresh_recency(now)
    trust.forget_old_buckets(now)
    db.session.commit()
    return RefreshResult(devices=len(changed), suspects=len(suspects), recency_rows=rows)


def refresh_recency(now: datetime) -> int:
    """priority = priority_base + recency for suspects seen within the horizon (+ a week), and for any
    row still carrying a bonus it no longer has (a missed run). One UPDATE; SQLite (3.35+) and
    PostgreSQL both have pow()."""
    w = DEFAULT_WEIGHTS
    horizon = now - timedelta(days=w.recency_horizon_days + 7)
    if db.session.get_bind().dialect.name == "postgresql":
        age = func.extract("epoch", literal(now.replace(tzinfo=None), DateTime) - _S.c.last_seen) / 86400.0
    else:
        age = func.julianday(literal(now.replace(tzinfo=None).isoformat(sep=" "))) - func.julianday(_S.c.last_seen)
    age = case((age < 0, 0.0), else_=age)
    bonus = case((age > w.recency_horizon_days, 0.0),
                 else_=w.recency * func.pow(0.5, age / w.recency_half_life_days))
    result: Any = db.session.execute(
        update(_S).where(_S.c.priority.is_not(None),
                         or_(_S.c.last_seen >= horizon, _S.c.priority != _S.c.priority_base))
        .values(priority=_S.c.priority_base + bonus)
        .execution_options(synchronize_session=False)
    )
    return int(result.rowcount or 0)


def _action_sum(action: str) -> Any:
    return func.sum(case((_R.c.child_action == action, 1), else_=0))


def rebuild(now: datetime | None = None, *, progress: Any = None) -> int:
    """Recompute every derived table from the reports (and trust from the decisions); commits.
    Returns the number of suspects scored. `progress(done, total)` is called between chunks."""
    now = now or utcnow()
    session = db.session
    for table in (_SD, _VD, _VDD, _VR, _RD, _QC):
        session.execute(delete(table))
    fold_suspect_devices(session)
    session.execute(_VDD.insert().from_select(
        ["model_version", "device_id", "day", "reports"],
        select(_R.c.model_version, _R.c.device_id, _R.c.day, func.count())
        .group_by(_R.c.model_version, _R.c.device_id, _R.c.day)))
    session.execute(_VD.insert().from_select(
        ["model_version", "device_id", "reports"],
        select(_VDD.c.model_version, _VDD.c.device_id, func.sum(_VDD.c.reports))
        .group_by(_VDD.c.model_version, _VDD.c.device_id)))
    fa = select(_R.c.model_version, _action_sum("false_alarm").label("fa")).group_by(_R.c.model_version).subquery()
    per_version = (select(_VDD.c.model_version, func.count(func.distinct(_VDD.c.device_id)).label("devices"),
                          func.sum(_VDD.c.reports).label("reports"), func.count().label("days"))
                   .group_by(_VDD.c.model_version).subquery())
    session.execute(_VR.insert().from_select(
        ["model_version", "devices", "reports", "device_days", "false_alarms"],
        select(per_version.c.model_version, per_version.c.devices, per_version.c.reports, per_version.c.days,
               fa.c.fa).join(fa, fa.c.model_version == per_version.c.model_version)))
    session.execute(_RD.insert().from_select(
        ["day", "platform", "reports"], select(_R.c.day, _R.c.platform, func.count()).group_by(_R.c.day, _R.c.platform)))
    trust.ensure_trust_rows(now)
    trust.recompute_devices(None, now=now)
    ids = list(session.scalars(select(_S.c.id).order_by(_S.c.id)))
    for start in range(0, len(ids), _CHUNK):
        recompute_suspects(session, ids[start:start + _CHUNK], now, counts=False)
        if progress is not None:
            progress(min(start + _CHUNK, len(ids)), len(ids))
    rebuild_counts(session)
    session.commit()
    return len(ids)


def fold_suspect_devices(conn: Executor, where: Any = None) -> None:
    """Insert suspect_devices rows computed from the reports (those matching `where`, or all)."""
    query = (select(_R.c.suspect_id, _R.c.device_id, func.count(), func.sum(_R.c.risk), func.max(_R.c.risk),
                    _mask_or(_R.c.tag_mask), func.min(_R.c.created_at), func.max(_R.c.created_at),
                    *[_action_sum(a) for a in CHILD_ACTIONS])
             .group_by(_R.c.suspect_id, _R.c.device_id))
    if where is not None:
        query = query.where(where)
    conn.execute(_SD.insert().from_select(
        ["suspect_id", "device_id", "reports", "risk_sum", "max_risk", "tag_mask", "first_seen", "last_seen",
         *ACTION_COLUMNS], query))


def rebuild_counts(conn: Executor) -> None:
    """queue_counts from the suspects table (a GROUP BY per tactic)."""
    conn.execute(delete(_QC))
    counted = _S.c.priority.is_not(None)
    for tactic, condition in [("", counted), *[(t, and_(counted, _S.c.tag_mask.op("&")(b) != 0))
                                               for t, b in TAG_BITS.items()]]:
        conn.execute(_QC.insert().from_select(
            ["status", "platform", "tactic", "suspects"],
            select(_S.c.status, _S.c.platform, literal(tactic), func.count()).where(condition)
            .group_by(_S.c.status, _S.c.platform)))


# ---------------------------------------------------------------- reads


def queue_total(*, status: str | None, platform: str | None, tactic: str | None) -> int:
    """How many suspects with reports match these filters: a sum over a few queue_counts rows."""
    query = select(func.coalesce(func.sum(_QC.c.suspects), 0)).where(_QC.c.tactic == (tactic or ""))
    if status and status != "all":
        query = query.where(_QC.c.status == status)
    if platform:
        query = query.where(_QC.c.platform == platform)
    return int(db.session.scalar(query) or 0)


@dataclass(frozen=True)
class VersionFigures:
    model_version: str
    devices: int
    reports: int
    device_days: int
    false_alarms: int


def version_figures() -> list[VersionFigures]:
    """Per model version, from the rollup: devices, reports, device-days with a report, false alarms."""
    rows = db.session.execute(select(_VR.c.model_version, _VR.c.devices, _VR.c.reports, _VR.c.device_days,
                                     _VR.c.false_alarms).where(_VR.c.reports > 0).order_by(_VR.c.model_version))
    return [VersionFigures(v, int(d), int(r), int(dd), int(fa or 0)) for v, d, r, dd, fa in rows]


def reports_per_day(start: date, end: date) -> list[tuple[date, str, int]]:
    """(day, platform, reports) for start <= day <= end, from the rollup."""
    return [(d, p, int(n)) for d, p, n in db.session.execute(
        select(_RD.c.day, _RD.c.platform, _RD.c.reports).where(_RD.c.day >= start, _RD.c.day <= end))]
