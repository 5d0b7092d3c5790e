"""Read-only look-ups for the web pages that `sync_server.services` does not (yet) offer.

Only aggregate counts and the list of platforms: nothing here touches evidence or device ids.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import select

from ..extensions import db
from ..models import Suspect, utcnow
from ..services import aggregates


@dataclass(frozen=True)
class DailyCounts:
    days: list[date]  # oldest first, one per calendar day (UTC), gaps included
    platforms: list[str]  # busiest first
    counts: dict[date, dict[str, int]]  # day -> platform -> reports

    def total(self, day: date) -> int:
        return sum(self.counts.get(day, {}).values())

    @property
    def grand_total(self) -> int:
        return sum(self.total(day) for day in self.days)

    def platform_total(self, platform: str) -> int:
        return sum(self.counts.get(day, {}).get(platform, 0) for day in self.days)


def platforms() -> list[str]:
    """Every platform a suspect was reported on, for the queue's filter."""
    return list(db.session.scalars(select(Suspect.platform).distinct().order_by(Suspect.platform)))


def reports_per_day(*, days: int = 30, today: date | None = None) -> DailyCounts:
    """Reports per UTC day (of the device's `created_at`) and platform over the last `days` days."""
    today = today or utcnow().date()
    start = today - timedelta(days=days - 1)
    rows = aggregates.reports_per_day(start, today)  # the report_days rollup, kept on upload and purge
    counts: dict[date, dict[str, int]] = {}
    totals: dict[str, int] = {}
    for day, platform, n in rows:
        counts.setdefault(day, {})[platform] = int(n)
        totals[platform] = totals.get(platform, 0) + int(n)
    ordered = sorted(totals, key=lambda p: (-totals[p], p))
    return DailyCounts(days=[start + timedelta(days=i) for i in range(days)], platforms=ordered, counts=counts)
