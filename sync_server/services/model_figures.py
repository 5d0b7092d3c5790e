"""Per-model-version field figures for the ML-staff releases page, so a staged model can be judged
against the current one before promotion.

Builds on `releases.version_stats` (devices, alerts per device-day, "this was wrong" rate: read from
the per-version rollups) and adds the tactic mix (share of reports naming each tactic) and the number
of coercion alerts. Like version_stats, only devices that alerted are visible: these are rates among
alerting devices, not over the whole fleet.

The tactic mix has no rollup, so it is read from at most SAMPLE reports per version (through the
(model_version, device_id) index: whole devices, in the order of their random ids), which keeps the
page fast at millions of reports. Below SAMPLE reports the figures are exact; above, `sampled` is set
and the coercion count is an estimate (share in the sample x all reports).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import case, func, select

from device_app.core.vocabulary import TACTICS

from ..extensions import db
from ..models import Report
from . import releases
from .reports import TAG_BITS


@dataclass(frozen=True)
class VersionFigures:
    version: str
    devices: int
    reports: int
    device_days: int
    alerts_per_device_day: float
    false_alarm_rate: float  # share of reports whose child said "this was wrong"
    tactic_share: dict[str, float] = field(default_factory=dict)  # tactic -> share of reports naming it
    coercion_alerts: int = 0
    sampled: bool = False  # tactic mix and coercion count from a sample of SAMPLE reports


SAMPLE = 5_000  # a share's standard error at most 0.7 points


def _tactic_counts(version: str) -> tuple[int, dict[str, int]]:
    """(reports looked at, tactic -> reports naming it) over at most SAMPLE reports of `version`."""
    r = Report.__table__
    sample = select(r.c.tag_mask).where(r.c.model_version == version).limit(SAMPLE).subquery()
    columns = [func.sum(case((sample.c.tag_mask.op("&")(bit) != 0, 1), else_=0)).label(tag)
               for tag, bit in TAG_BITS.items()]
    row = db.session.execute(select(func.count(), *columns).select_from(sample)).one()
    return int(row[0]), {tag: int(row._mapping[tag] or 0) for tag in TAG_BITS}


def figures(versions: Iterable[str] | None = None) -> list[VersionFigures]:
    """Figures for these versions (every version seen in reports when None), in the order given."""
    stats = {s.model_version: s for s in releases.version_stats()}
    wanted = list(dict.fromkeys(versions)) if versions is not None else sorted(stats)
    out = []
    for version in wanted:
        s = stats.get(version)
        n = s.reports if s else 0
        looked, tags = _tactic_counts(version) if n else (0, {})
        share = {t: round(tags.get(t, 0) / looked, 4) if looked else 0.0 for t in TACTICS}
        sampled = n > looked
        out.append(VersionFigures(
            version=version, devices=s.devices if s else 0, reports=n, device_days=s.device_days if s else 0,
            alerts_per_device_day=s.alerts_per_device_day if s else 0.0,
            false_alarm_rate=s.false_alarm_rate if s else 0.0, tactic_share=share,
            coercion_alerts=round(share["coercion"] * n) if sampled else tags.get("coercion", 0), sampled=sampled,
        ))
    return out


ROLLOUT_ACTIONS = ("model.upload", "model.stage", "model.promote", "model.halt", "model.rollback")


def release_history(limit: int = 50) -> list[Any]:
    """Who did what to which release, newest first (from the audit log)."""
    from ..models import AuditLog

    return list(db.session.scalars(
        select(AuditLog).where(AuditLog.action.in_(ROLLOUT_ACTIONS)).order_by(AuditLog.id.desc()).limit(limit)
    ))


def compared_versions(limit: int = 4) -> list[str]:
    """The versions worth comparing: staged, current, previous, then the newest others seen in releases."""
    state = releases.rollout_state()
    chosen = [r.version for r in (state.staged, state.current, state.previous) if r is not None]
    for release in releases.list_releases():
        if len(chosen) >= limit:
            break
        if release.version not in chosen:
            chosen.append(release.version)
    if len(chosen) < limit:  # versions devices report that were never uploaded here (e.g. the shipped one),
        # newest first, from the per-version rollups (never a scan of the reports)
        seen = sorted((s.model_version for s in releases.version_stats()), reverse=True)
        chosen.extend(v for v in seen if v not in chosen)
    return chosen[:limit]
