"""Guardline's shared words, defined once: tactics, their severity, child actions, age bands, senders.

The device, the server and training all import these names from here, so a tactic added to SPEC §1
(as `coercion` was in December 2026) reaches the model labels, the tracker, the report validator, the
server's schemas and the moderator pages in one edit. Order matters where it is stored: the server keeps
tactics as bit positions in this order, so new tactics are only ever appended.
"""

from __future__ import annotations

import enum

TACTICS: tuple[str, ...] = (
    "trust_building",
    "personal_info",
    "secrecy",
    "isolation",
    "platform_move",
    "gifts",
    "sexual",
    "meeting",
    "coercion",
)

# A model's outputs: the conversation-level grooming score, then one score per tactic. A bundle carries
# its own label list, so a device still runs a model trained before a tactic was added.
MODEL_LABELS: tuple[str, ...] = ("grooming", *TACTICS)


class Severity(enum.IntEnum):
    """How urgently a tactic needs a person's attention; higher is worse."""

    LOW = 1
    MEDIUM = 2
    SEVERE = 3


TACTIC_SEVERITY: dict[str, Severity] = {
    "trust_building": Severity.LOW,
    "personal_info": Severity.MEDIUM,
    "secrecy": Severity.MEDIUM,
    "isolation": Severity.MEDIUM,
    "platform_move": Severity.MEDIUM,
    "gifts": Severity.MEDIUM,
    "sexual": Severity.SEVERE,
    "meeting": Severity.SEVERE,
    "coercion": Severity.SEVERE,
}
SEVERE_TACTICS: frozenset[str] = frozenset(t for t, s in TACTIC_SEVERITY.items() if s is Severity.SEVERE)

CHILD_ACTIONS: tuple[str, ...] = (
    "none",
    "dismissed",
    "blocked",
    "told_adult",
    "shared_evidence",
    "false_alarm",
)
AGE_BANDS: tuple[str, ...] = ("under-13", "13-15", "16-17")
SENDERS: frozenset[str] = frozenset({"contact", "child"})
LABELS: frozenset[str] = frozenset({"grooming", "benign"})


def by_severity(tactics: list[str] | tuple[str, ...]) -> list[str]:
    """Most severe first, keeping the given order within one severity (e.g. strongest evidence first)."""
    return sorted(tactics, key=lambda t: -TACTIC_SEVERITY.get(t, Severity.LOW))


assert set(TACTIC_SEVERITY) == set(TACTICS), "every tactic needs a severity"
