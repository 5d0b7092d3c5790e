"""The cheap path of an upload: fold a batch into a suspect's stored columns without re-scoring it.

Most uploads cannot change a suspect's trust-weighted terms: the device already reported the suspect
and its new reports raise neither its max risk nor its severe tactics, nor bring its first shared
evidence or false alarm. For those, every stored column follows exactly from the old row, the device's
old (suspect, device) row and the batch: counts add, max/min/OR combine, the per-device mean is
swapped, and priority = priority_base (unchanged) + the recency of the new last report.

Everything else is re-scored from suspect_devices (services.aggregates), except on suspects with
LARGE_SUSPECT or more devices, where the bump is applied too, the row is flagged `rescore_due` and the
trust-weighted terms wait for `flask refresh-priority` (one more device moves 2·log2(1 + 256+) by under
0.01 points).
The suspects' rows are read FOR UPDATE (PostgreSQL; SQLite holds the write lock already), so
concurrent uploads about one suspect add up instead of overwriting each other.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any, cast

from sqlalchemy import Table, and_, bindparam, select, update

from device_app.core.vocabulary import CHILD_ACTIONS

from ..models import Suspect, SuspectDevice
from .priority import recency_bonus

LARGE_SUSPECT = 256  # devices

_S = cast(Table, Suspect.__table__)
_SD = cast(Table, SuspectDevice.__table__)
_PAIR = (_SD.c.reports, _SD.c.risk_sum, _SD.c.max_risk, _SD.c.tag_mask, _SD.c.a_shared_evidence, _SD.c.a_false_alarm)
# One read per batch: each touched suspect's row (locked) and this device's (suspect, device) row, if any.
BEFORE = (
    select(_S.c.id, _S.c.status, _S.c.platform, _S.c.devices, _S.c.reports, _S.c.corroboration, _S.c.max_risk,
           _S.c.mean_risk, _S.c.tag_mask, _S.c.fa_devices, _S.c.child_actions, _S.c.first_seen, _S.c.last_seen, _S.c.priority_base,
           _S.c.priority, _S.c.rescore_due, *[c.label(f"pair_{c.name}") for c in _PAIR])
    .select_from(_S.outerjoin(_SD, and_(_SD.c.suspect_id == _S.c.id, _SD.c.device_id == bindparam("device"))))
    .where(_S.c.id.in_(bindparam("ids", expanding=True)))
    .with_for_update(of=_S)
)


@dataclass(frozen=True)
class Pair:
    """This device's (suspect, device) row before the batch."""

    reports: int
    risk_sum: float
    max_risk: float
    tag_mask: int
    a_shared_evidence: int
    a_false_alarm: int


_PAIR_AT = len(BEFORE.selected_columns) - len(_PAIR)  # the pair's columns close each BEFORE row


def pair_of(row: Any) -> Pair | None:
    """By position: building a row's name mapping cost more than the rest of the bump."""
    values = tuple(row)[_PAIR_AT:]
    return None if values[0] is None else Pair(*values)


_COLUMNS = ("devices", "reports", "corroboration", "max_risk", "mean_risk", "tag_mask", "fa_devices", "child_actions",
            "first_seen", "last_seen", "priority_base", "priority", "rescore_due")
BUMP = update(_S).where(_S.c.id == bindparam("k")).values({c: bindparam(c) for c in _COLUMNS})


def claims_unchanged(agg: dict[str, Any], pair: Pair | None, severe_mask: int) -> bool:
    """True when this batch cannot move the suspect's trust-weighted terms (see the module docstring)."""
    return pair is not None and agg["max_risk"] <= pair.max_risk \
        and not (agg["tag_mask"] & severe_mask & ~pair.tag_mask) \
        and not (agg["a_shared_evidence"] and not pair.a_shared_evidence) \
        and not (agg["a_false_alarm"] and not pair.a_false_alarm)


def bumped(agg: dict[str, Any], pair: Pair | None, old: Any, now: datetime, *, deferred: bool) -> dict[str, Any]:
    """The suspect's new stored columns after folding in one device's batch `agg` (`pair`: that device's
    (suspect, device) row before the batch, or None; `old`: the suspect row before). `deferred`: the
    batch may move trust-weighted terms, left to the next refresh (the row is flagged rescore_due)."""
    devices = old.devices + (pair is None)
    new_mean = ((pair.risk_sum if pair else 0.0) + agg["risk_sum"]) / ((pair.reports if pair else 0) + agg["reports"])
    mean_sum = old.mean_risk * old.devices - (pair.risk_sum / pair.reports if pair else 0.0) + new_mean
    actions = dict.fromkeys(CHILD_ACTIONS, 0) | (old.child_actions or {})
    for action in CHILD_ACTIONS:
        actions[action] += agg[f"a_{action}"]
    last_seen = max(old.last_seen, agg["last_seen"]) if old.last_seen else agg["last_seen"]
    return {
        "k": old.id, "devices": devices, "reports": old.reports + agg["reports"], "corroboration": old.corroboration,
        "max_risk": max(old.max_risk, agg["max_risk"]), "mean_risk": round(mean_sum / devices, 4),
        "tag_mask": (old.tag_mask or 0) | agg["tag_mask"],
        "fa_devices": old.fa_devices + int(agg["a_false_alarm"] > 0 and (pair is None or not pair.a_false_alarm)),
        "child_actions": actions,
        "first_seen": min(old.first_seen, agg["first_seen"]) if old.first_seen else agg["first_seen"],
        "last_seen": last_seen, "priority_base": old.priority_base,
        "priority": round(old.priority_base + recency_bonus(last_seen, now), 4),
        "rescore_due": bool(old.rescore_due or deferred),
    }


def gained_tactics(rows: Sequence[tuple[dict[str, Any], Any]], tag_bits: dict[str, int]) -> dict[tuple[str, str, str], int]:
    """queue_counts deltas for tactics a bumped suspect shows for the first time."""
    deltas: dict[tuple[str, str, str], int] = defaultdict(int)
    for new, old in rows:
        gained = new["tag_mask"] & ~(old.tag_mask or 0)
        for tag, bit in tag_bits.items():
            if gained & bit:
                deltas[(old.status, old.platform, tag)] += 1
    return deltas
