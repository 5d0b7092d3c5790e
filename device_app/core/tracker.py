"""From per-message scores to one conversation risk, and when to tell the child.

Each contact message gives a grooming score g and per-tactic scores. A noise floor removes the small
scores ordinary chat produces, so they never add up; what is left accumulates like independent
evidence (noisy-OR), decaying a little with every contact message:

    g' = max(0, (g - floor) / (1 - floor))
    risk_t = 1 - (1 - decay * risk_{t-1}) * (1 - g')

Per-tactic evidence is a slowly decaying maximum. The first alert fires when risk crosses the
threshold and the contact has clearly used at least `min_tactics` different tactics (grooming rarely
shows a single move; one innocent "don't tell your brother" should not alarm a child); later alerts fire only on escalation: a tactic from the escalation set (e.g. `sexual`,
`meeting`) that no earlier alert named. The child's own messages never raise risk; they only give the
model context.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

import numpy as np

from .bundle import PolicySettings
from .conversations import TACTICS


@dataclass(frozen=True)
class MessageScores:
    grooming: float
    tactics: Mapping[str, float]

    @classmethod
    def from_vector(cls, vector: Sequence[float] | np.ndarray, labels: Sequence[str]) -> MessageScores:
        values = dict(zip(labels, (float(v) for v in vector), strict=True))
        return cls(grooming=values.pop("grooming"), tactics=values)


@dataclass(frozen=True)
class AlertDecision:
    message_index: int
    risk: float
    tags: tuple[str, ...]  # strongest first
    tag_scores: dict[str, float]
    escalation: bool


@dataclass
class ConversationTracker:
    policy: PolicySettings
    risk: float = 0.0
    evidence: dict[str, float] = field(default_factory=lambda: dict.fromkeys(TACTICS, 0.0))
    named: set[str] = field(default_factory=set)  # tactics already named by an alert
    seen: list[str] = field(default_factory=list)  # tactics over threshold, in order first seen
    alerts: list[AlertDecision] = field(default_factory=list)
    messages_observed: int = 0

    @property
    def alerted(self) -> bool:
        return bool(self.alerts)

    def observe_child(self) -> float:
        """The child's message: context only, risk unchanged."""
        self.messages_observed += 1
        return self.risk

    def observe_contact(self, index: int, scores: MessageScores) -> AlertDecision | None:
        p = self.policy
        self.messages_observed += 1
        g = max(0.0, (scores.grooming - p.noise_floor) / (1.0 - p.noise_floor))
        self.risk = 1.0 - (1.0 - p.decay * self.risk) * (1.0 - g)
        for tag in TACTICS:
            self.evidence[tag] = max(self.evidence[tag] * p.tag_decay, float(scores.tactics.get(tag, 0.0)))
            if self.evidence[tag] >= p.threshold_for(tag) and tag not in self.seen:
                self.seen.append(tag)
        decision = self._decide(index)
        if decision is not None:
            self.alerts.append(decision)
            self.named.update(decision.tags)
        return decision

    def clear_tactics(self) -> int:
        """How many different tactics the contact has clearly used so far."""
        p = self.policy
        return sum(self.evidence[t] >= max(p.threshold_for(t), p.clear_threshold) for t in TACTICS)

    def current_tags(self) -> tuple[str, ...]:
        over = [t for t in TACTICS if self.evidence[t] >= self.policy.threshold_for(t)]
        return tuple(sorted(over, key=lambda t: -self.evidence[t]))

    def _decide(self, index: int) -> AlertDecision | None:
        p = self.policy
        tags = self.current_tags()
        if not self.alerts:
            if self.risk < p.alert_threshold or self.clear_tactics() < p.min_tactics:
                return None
            if not tags:  # always say something concrete: the strongest tactic seen
                tags = (max(TACTICS, key=lambda t: self.evidence[t]),)
            return self._decision(index, tags, escalation=False)
        new_serious = [t for t in tags if t not in self.named and p.escalates(t, self.evidence[t])]
        if not new_serious:
            return None
        return self._decision(index, tags, escalation=True)

    def _decision(self, index: int, tags: tuple[str, ...], escalation: bool) -> AlertDecision:
        return AlertDecision(
            message_index=index,
            risk=self.risk,
            tags=tags,
            tag_scores={t: round(self.evidence[t], 4) for t in tags},
            escalation=escalation,
        )

    def reported_tags(self) -> list[str]:
        """Tactics for the conversation's flag: everything seen over threshold, once an alert fired."""
        if not self.alerts:
            return []
        out = list(self.seen)
        for alert in self.alerts:
            out += [t for t in alert.tags if t not in out]
        return out
