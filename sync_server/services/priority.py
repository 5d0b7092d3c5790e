"""The moderation queue's priority score. Kept in one small module so it can be read, tested and tuned.

    priority = 2.0 · log2(1 + corroboration)     trust-weighted distinct devices (services.aggregates)
             + 3.0 · risk_claim                  max over devices of weight · that device's max risk
             + 2.0 · severe_claim                max weight of a device that saw sexual/meeting/coercion
             + 0.5 · evidence_claim              max weight of a device whose child shared evidence
             − 3.0 · false_alarm_share           corroboration of false-alarm devices / corroboration
             + 1.0 · 0.5 ^ (age_days / 7)        recency: halves every week, 0 after 70 days

With fully trusted devices (weight 1) this is the earlier count-based formula. Everything but recency is
`priority_base`, stored on the suspect when its reports or its devices' trust change; the recency term
is added on upload and refreshed by `flask refresh-priority` (cron). See sync_server/PRIORITY.md.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import datetime

from device_app.core.vocabulary import SEVERE_TACTICS  # noqa: F401  (re-exported for the web pages)


@dataclass(frozen=True)
class PriorityWeights:
    devices: float = 2.0
    risk: float = 3.0
    severe: float = 2.0
    recency: float = 1.0
    recency_half_life_days: float = 7.0
    recency_horizon_days: float = 70.0  # the term is 0 after this (< 0.001 points): refreshes stop there
    evidence: float = 0.5
    false_alarm: float = 3.0
    unproven_cap: float = 1.0  # unproven devices together count as at most this many devices


DEFAULT_WEIGHTS = PriorityWeights()


def priority_base(
    *,
    corroboration: float,
    risk_claim: float,
    severe_claim: float,
    evidence_claim: float,
    false_alarm_share: float,
    weights: PriorityWeights = DEFAULT_WEIGHTS,
) -> float:
    """Every term but recency (see the module docstring)."""
    return (
        weights.devices * math.log2(1 + max(corroboration, 0.0))
        + weights.risk * risk_claim
        + weights.severe * severe_claim
        + weights.evidence * evidence_claim
        - weights.false_alarm * false_alarm_share
    )


def recency_bonus(last_seen: datetime, now: datetime, weights: PriorityWeights = DEFAULT_WEIGHTS) -> float:
    """At most `weights.recency`, halving every half-life; 0 beyond the horizon (and for future dates: 1)."""
    age_days = max(0.0, (now - last_seen).total_seconds() / 86400.0)
    if age_days > weights.recency_horizon_days:
        return 0.0
    return weights.recency * 0.5 ** (age_days / weights.recency_half_life_days)


def priority(base: float, last_seen: datetime, now: datetime, weights: PriorityWeights = DEFAULT_WEIGHTS) -> float:
    return round(base + recency_bonus(last_seen, now, weights), 4)


def corroboration(proven_sum: float, unproven_sum: float, weights: PriorityWeights = DEFAULT_WEIGHTS) -> float:
    """Proven clusters count in full; unproven ones together at most `unproven_cap` devices."""
    return proven_sum + min(weights.unproven_cap, unproven_sum)
