"""The moderation queue's priority score. Kept in one small function so it can be read, tested and tuned.

    priority = 2.0 · log2(1 + devices)          corroboration: each reporting device counts once
             + 3.0 · max_risk                   the strongest single signal
             + 2.0 · severe                     1 if a `sexual` or `meeting` tactic was seen
             + 1.0 · 0.5 ^ (age_days / 7)       recency: halves every week since the last report
             + 0.5 · evidence                   1 if a child shared evidence (moderators can act on it)
             − 3.0 · false_alarm_share          share of reporting devices whose child marked a false alarm

Higher is more urgent. One device, risk 0.9, no severe tactic, reported today: 5.7; five devices, risk 0.95
with `meeting`, today: 11.0. A suspect every reporter called a false alarm loses 3 points.
See sync_server/PRIORITY.md for the reasoning.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from device_app.core.vocabulary import SEVERE_TACTICS


@dataclass(frozen=True)
class PriorityWeights:
    devices: float = 2.0
    risk: float = 3.0
    severe: float = 2.0
    recency: float = 1.0
    recency_half_life_days: float = 7.0
    evidence: float = 0.5
    false_alarm: float = 3.0


DEFAULT_WEIGHTS = PriorityWeights()


def priority(
    *,
    devices: int,
    max_risk: float,
    tactics: Iterable[str],
    last_seen: datetime,
    false_alarm_share: float,
    has_evidence: bool,
    now: datetime,
    weights: PriorityWeights = DEFAULT_WEIGHTS,
) -> float:
    """Score one suspect from its aggregates (see the module docstring for the formula)."""
    age_days = max(0.0, (now - last_seen).total_seconds() / 86400.0)
    score = (
        weights.devices * math.log2(1 + max(devices, 0))
        + weights.risk * max_risk
        + weights.severe * (1.0 if SEVERE_TACTICS.intersection(tactics) else 0.0)
        + weights.recency * 0.5 ** (age_days / weights.recency_half_life_days)
        + weights.evidence * (1.0 if has_evidence else 0.0)
        - weights.false_alarm * false_alarm_share
    )
    return round(score, 4)
