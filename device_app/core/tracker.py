"""From per-message scores to one conversation risk, and when to tell the child.

Each contact message gives a grooming score g and per-tactic scores. A noise floor removes the small
scores ordinary chat produces, so they never add up; what is left accumulates like independent
evidence (noisy-OR), decaying a little with every contact message:

    g' = max(0, (g - floor) / (1 - floor))
    risk_t = 1 - (1 - decay * risk_{t-1}) * (1 - g')

Per-tactic evidence is a slowly decaying maximum. A first alert fires in one of two ways:
- at once, when one message clearly shows a severe tactic (vocabulary.SEVERE_TACTICS: a threat or
  blackmail, an explicit picture request, arranging to meet) with its score over that tactic's
  `instant_thresholds` entry and a grooming score over `instant_grooming`: the child needs to know now;
- when slow escalation has accumulated: risk crosses the threshold, the contact has clearly used at
  least `min_tactics` different tactics (a clearly seen severe tactic may count for all of them), and at
  least `min_risky_messages` of their messages were over the noise floor (one odd message is not a pattern);
  or, with `sustained_run` > 0, when that many of one speaker's messages in a row score as grooming moves
  with confidence (`sustained_grooming`), even before the tactic heads agree on two distinct tactics
  (a run of 1: one message whose grooming score alone is that confident).
  With `sustained_window` > 0 the confident moves need not be back to back, only among the speaker's last
  `sustained_window` messages: a groomer's flattery and age question are often a harmless line apart.
  With `sustained_lead` > 0 the earlier moves of such a run need only that lower score;
- when one message shows two different tactics at `multi_tactic_threshold` or more ("ur 13? ur so mature").
Later alerts fire only on escalation: a tactic from the escalation set (`sexual`, `meeting`, `coercion`)
that no earlier alert named. An alert names only the tactics seen with confidence, most severe first.
The child's own messages never raise risk; they only give the model context.

In a group chat every speaker (`from`) gets a tracker of their own, so one person's moves are never
added to another's and the alert names the speaker who made them (`SpeakerTrackers`).

With the policy's `burst_hold`, a decision is shown only once the speaker's burst is over. With whole bursts
(featuriser burst_guard 2) a message typed a word or two at a time is read whole as it grows, so each piece is
scored before the rest arrives, and a prefix can read worse than the message ("...anyway you should go." before
"take her a snack she likes"). A fired decision is therefore held: the burst's next piece decides again on the
fuller reading, keeping or dropping it, and anything that ends the burst shows it: the child writing, someone else
writing, the speaker sending a message that is not a piece, or BURST_HOLD_SECONDS passing (`release_due`, the
device's clock). A sender who keeps a burst going cannot keep a decision from the child past
BURST_HOLD_MAX_SECONDS. The hold applies only where that end can be seen: the message comes with a time (when it
was sent, or arrived), or the child's own messages are in view. Without either (a contact-only file with no times)
a contact's messages in a row look like one endless burst, so decisions are shown at once, as without the hold.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

import numpy as np

from .bundle import PolicySettings
from .vocabulary import SEVERE_TACTICS, TACTICS, by_severity

# How long a held decision waits for the burst's next piece. Pieces of a message typed a word or two at a time
# arrive a second or two apart; a few seconds more is still "at once" for the child.
BURST_HOLD_SECONDS = 6.0
# However long a burst goes on, a decision is shown this long after a piece first fired it (a sender typing a word every
# few seconds would otherwise hold it for the whole burst).
BURST_HOLD_MAX_SECONDS = 20.0


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
    tags: tuple[str, ...]  # most severe first, strongest first within a severity
    tag_scores: dict[str, float]
    escalation: bool
    speaker: str | None = None
    instant: bool = False  # fired by one clear severe message rather than accumulated risk


# What a burst's later piece rolls the tracker back to: risk, evidence, risky messages, run, recent scores, lead run,
# and how many tactics had been seen.
_Snapshot = tuple[float, dict[str, float], int, int, list[float], int, int]


def message_words(text: str) -> int:
    """How many words a message counts for fading tactic evidence (policy `tag_decay_words`): its
    whitespace-separated pieces, at least one."""
    return max(1, len(text.split()))


@dataclass
class ConversationTracker:
    policy: PolicySettings
    speaker: str | None = None
    risk: float = 0.0
    evidence: dict[str, float] = field(default_factory=lambda: dict.fromkeys(TACTICS, 0.0))
    named: set[str] = field(default_factory=set)  # tactics already named by an alert
    seen: list[str] = field(default_factory=list)  # tactics named with confidence, in order first seen
    alerts: list[AlertDecision] = field(default_factory=list)
    messages_observed: int = 0
    risky_messages: int = 0  # contact messages whose grooming score cleared the noise floor
    run: int = 0  # moves counted towards a sustained alert, ending in this message (0 unless it is confident)
    recent: list[float] = field(default_factory=list)  # grooming scores of the last sustained_window messages
    lead_run: int = 0  # consecutive contact messages with grooming >= the run's lead threshold
    _before_burst: _Snapshot | None = None  # the state before the speaker's current burst (`revises`)
    held: AlertDecision | None = None  # fired but not yet shown: the burst may go on (`hold`, see the module doc)

    @property
    def alerted(self) -> bool:
        return bool(self.alerts)

    def observe_child(self) -> float:
        """The child's message: context only, risk unchanged."""
        self.messages_observed += 1
        return self.risk

    def observe_contact(
        self, index: int, scores: MessageScores, words: int = 1, revises: bool = False, hold: bool = False
    ) -> AlertDecision | None:
        """The speaker's message (`words` long, see `message_words`): risk and tactic evidence updated, and the
        alert or escalation it fires, if any. With `revises` the message continues the speaker's burst (one
        message typed a word or two at a time, read whole by the featuriser): its scores replace what the
        burst's earlier pieces added, so ten pieces of one request count once, as the request would. An alert
        a piece fired and that was shown stays fired; one still `held` is decided again. With `hold` the
        decision fired is kept in `held` until `release` (call it before a message that does not revise)."""
        p = self.policy
        self.messages_observed += 1
        if revises and self._before_burst is not None:
            self._restore(self._before_burst)
            self.held = None  # decided again below, on the fuller reading
        else:
            self._before_burst = self._snapshot()
        g = max(0.0, (scores.grooming - p.noise_floor) / (1.0 - p.noise_floor))
        self.risky_messages += g > 0
        self._count_confident(scores.grooming)
        self.risk = 1.0 - (1.0 - p.decay * self.risk) * (1.0 - g)
        fade = p.tag_decay if p.tag_decay_words <= 0 else p.tag_decay ** min(1.0, max(1, words) / p.tag_decay_words)
        for tag in TACTICS:
            self.evidence[tag] = max(self.evidence[tag] * fade, float(scores.tactics.get(tag, 0.0)))
            if self.evidence[tag] >= p.name_threshold_for(tag) and tag not in self.seen:
                self.seen.append(tag)
        decision = self._decide(index, self._instant(scores), self._multi_tactic(scores))
        if decision is not None:
            if hold:
                self.held = decision
            else:
                self._show(decision)
        return decision

    def release(self) -> AlertDecision | None:
        """Show the held decision, if any: the burst that fired it is over."""
        decision, self.held = self.held, None
        if decision is not None:
            self._show(decision)
        return decision

    def _show(self, decision: AlertDecision) -> None:
        self.alerts.append(decision)
        self.named.update(decision.tags)

    def _snapshot(self) -> _Snapshot:
        return (self.risk, dict(self.evidence), self.risky_messages, self.run, self.recent, self.lead_run,
                len(self.seen))  # fmt: skip

    def _restore(self, state: _Snapshot) -> None:
        self.risk, evidence, self.risky_messages, self.run, self.recent, self.lead_run, seen = state
        self.evidence = dict(evidence)
        del self.seen[seen:]  # tactics are only ever appended

    def _count_confident(self, grooming: float) -> None:
        """Update `run`: moves back to back, or within the last `sustained_window` messages, that end in a
        confident one (earlier moves need only `sustained_lead` when it is set)."""
        p = self.policy
        confident = grooming >= p.sustained_grooming
        lead = min(p.sustained_lead, p.sustained_grooming) if p.sustained_lead > 0 else p.sustained_grooming
        self.lead_run = self.lead_run + 1 if grooming >= lead else 0
        if p.sustained_window <= 0:
            self.run = self.lead_run if confident else 0
            return
        self.recent = [*self.recent, grooming][-p.sustained_window :]
        # the alert fires on a confident move, never after it
        self.run = sum(1 for g in self.recent if g >= lead) if confident else 0

    def _instant(self, scores: MessageScores) -> list[str]:
        """Severe tactics this one message shows clearly enough to alert at once."""
        p = self.policy
        if not p.instant_thresholds or scores.grooming < p.instant_grooming:
            return []
        return [
            t for t, thr in p.instant_thresholds.items() if float(scores.tactics.get(t, 0.0)) >= thr
        ]

    def _multi_tactic(self, scores: MessageScores) -> bool:
        """One message that shows two different tactics clearly (policy `multi_tactic_threshold`)."""
        thr = self.policy.multi_tactic_threshold
        return thr <= 1.0 and sum(1 for v in scores.tactics.values() if float(v) >= thr) >= 2

    def clear_tactics(self) -> int:
        """How many different tactics the contact has clearly used so far (severe ones may count double)."""
        p = self.policy
        clear = [t for t in TACTICS if self.evidence[t] >= max(p.threshold_for(t), p.clear_threshold)]
        if p.severe_counts_double and any(t in SEVERE_TACTICS for t in clear):
            return max(len(clear), p.min_tactics)
        return len(clear)

    def current_tags(self) -> tuple[str, ...]:
        """Tactics seen with confidence now: most severe first, then strongest first."""
        over = [t for t in TACTICS if self.evidence[t] >= self.policy.name_threshold_for(t)]
        return tuple(by_severity(sorted(over, key=lambda t: -self.evidence[t])))

    def _decide(self, index: int, instant: list[str], multi_tactic: bool = False) -> AlertDecision | None:
        p = self.policy
        tags = self.current_tags()
        if instant:
            tags = tuple(by_severity([*instant, *(t for t in tags if t not in instant)]))
        if not self.alerts:
            if instant:
                return self._decision(index, tags, escalation=False, instant=True)
            sustained = 0 < p.sustained_run <= self.run or multi_tactic
            if not sustained and (self.risk < p.alert_threshold or self.clear_tactics() < p.min_tactics):
                return None
            if self.risky_messages < p.min_risky_messages:
                return None
            return self._decision(index, tags, escalation=False)
        new_serious = [
            t for t in tags if t not in self.named and (t in instant or p.escalates(t, self.evidence[t]))
        ]
        if not new_serious:
            return None
        return self._decision(index, tags, escalation=True, instant=bool(instant))

    def _decision(self, index: int, tags: tuple[str, ...], escalation: bool, instant: bool = False) -> AlertDecision:
        return AlertDecision(
            message_index=index,
            risk=self.risk,
            tags=tags,
            tag_scores={t: round(self.evidence[t], 4) for t in tags},
            escalation=escalation,
            speaker=self.speaker,
            instant=instant,
        )

    def reported_tags(self) -> list[str]:
        """Tactics for the conversation's flag: those named with confidence, once an alert fired."""
        if not self.alerts:
            return []
        out = list(self.seen)
        for alert in self.alerts:
            out += [t for t in alert.tags if t not in out]
        return by_severity(out)


@dataclass
class SpeakerTrackers:
    """One ConversationTracker per speaker of a conversation (a group chat); one for all when nobody
    is named. The conversation's risk is its riskiest speaker's; its alerts are everyone's, in the order they
    were shown. With the policy's `burst_hold` it also decides when a held decision is shown (module doc)."""

    policy: PolicySettings
    trackers: dict[str | None, ConversationTracker] = field(default_factory=dict)
    alerts: list[AlertDecision] = field(default_factory=list)  # shown to the child; held ones are not here yet
    messages_observed: int = 0
    child_in_view: bool = False  # the child's own messages are seen: they end a contact's burst
    # speakers holding a decision: when its burst's newest piece came, and when a piece first fired it (None: unknown)
    _held_at: dict[str | None, tuple[float | None, float | None]] = field(default_factory=dict)

    def tracker_for(self, speaker: str | None) -> ConversationTracker:
        if speaker not in self.trackers:
            self.trackers[speaker] = ConversationTracker(self.policy, speaker=speaker)
        return self.trackers[speaker]

    @property
    def risk(self) -> float:
        return max((t.risk for t in self.trackers.values()), default=0.0)

    @property
    def alerted(self) -> bool:
        return bool(self.alerts)

    @property
    def speaker(self) -> str | None:
        """Who the first alert is about (None: no alert, or nobody named)."""
        return self.alerts[0].speaker if self.alerts else None

    @property
    def holding(self) -> bool:
        return bool(self._held_at)

    def observe_child(self) -> list[AlertDecision]:
        """The child's message: risk unchanged; it ends every burst, so what was held is shown now."""
        self.messages_observed += 1
        self.child_in_view = True
        return self.release_all()

    def observe_contact(
        self,
        index: int,
        scores: MessageScores,
        speaker: str | None = None,
        words: int = 1,
        revises: bool = False,
        moment: float | None = None,
    ) -> list[AlertDecision]:
        """A contact's message (`moment`: when it was sent or arrived, in seconds, if known). Returns the alerts
        shown with it, oldest first: held ones whose burst it ends (or whose hold ran out before it came), and
        its own unless that is held in turn."""
        self.messages_observed += 1
        shown = self.release_due(moment) if moment is not None else []
        shown += self._release([s for s in self._held_at if s != speaker or not revises])
        tracker = self.tracker_for(speaker)
        hold = self.policy.burst_hold and (moment is not None or self.child_in_view)
        first_fired = self._held_at.get(speaker, (None, moment))[1]  # a revising piece keeps the hold's start
        decision = tracker.observe_contact(index, scores, words, revises, hold=hold)
        if tracker.held is not None:
            self._held_at[speaker] = (moment, moment if first_fired is None else first_fired)
            return shown
        self._held_at.pop(speaker, None)  # nothing held now: a fuller reading may have dropped what a piece fired
        if decision is not None:
            self.alerts.append(decision)
            shown.append(decision)
        return shown

    def release_due(self, now: float) -> list[AlertDecision]:
        """Show what has been quiet BURST_HOLD_SECONDS, or held BURST_HOLD_MAX_SECONDS, by `now` (the clock ticking)."""
        return self._release([s for s, (newest, first) in self._held_at.items() if _hold_over(newest, first, now)])

    def release_all(self) -> list[AlertDecision]:
        """Show everything held: the conversation (or the file) ends here."""
        return self._release(list(self._held_at))

    def _release(self, speakers: list[str | None]) -> list[AlertDecision]:
        shown: list[AlertDecision] = []
        for speaker in speakers:
            del self._held_at[speaker]
            decision = self.trackers[speaker].release()
            if decision is not None:
                shown.append(decision)
        shown.sort(key=lambda d: d.message_index)
        self.alerts.extend(shown)
        return shown

    def reported_tags(self) -> list[str]:
        """The first alerted speaker's tactics first, then other alerted speakers' new ones."""
        out: list[str] = []
        for speaker in dict.fromkeys(a.speaker for a in self.alerts):
            out += [t for t in self.trackers[speaker].reported_tags() if t not in out]
        return out


def _hold_over(newest: float | None, first: float | None, now: float) -> bool:
    """A held decision's time is up: its burst has been quiet long enough, or it was first fired long enough ago.
    A clock that now reads earlier than the burst (set back, or times out of order in a file) cannot say how long
    it has been, so the decision is shown rather than held on an unknowable wait."""
    if newest is None:
        return first is not None and now - first >= BURST_HOLD_MAX_SECONDS
    return now < newest or now - newest >= BURST_HOLD_SECONDS or (first is not None and now - first >= BURST_HOLD_MAX_SECONDS)
