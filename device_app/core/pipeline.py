"""The on-device pipeline: featurise -> invoke -> track, one incoming message at a time.

The Kivy app, `scan` and `demo` all run this class, so what `scan` measures is what a child gets.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from .bundle import ModelBundle, load_bundle
from .conversations import Message
from .explain import explain_tactics
from .featuriser import ContextWindow, Featuriser, sent_at
from .runtime import TFLiteScorer
from .tracker import AlertDecision, MessageScores, SpeakerTrackers, message_words
from .vocabulary import MODEL_LABELS as LABELS  # noqa: F401  (what training gives a new model)


@dataclass(frozen=True)
class Alert:
    """A private alert for the child, with the words to explain it."""

    conversation_id: str
    message_index: int
    risk: float
    tags: tuple[str, ...]
    tag_scores: dict[str, float]
    escalation: bool
    explanations: tuple[str, ...]
    model_version: str
    speaker: str | None = None  # the `from` of the contact the alert is about (group chats); None when unknown


@dataclass(frozen=True)
class Step:
    index: int
    risk: float
    scores: MessageScores | None  # None for the child's own messages
    alerts: tuple[Alert, ...] = ()  # shown with this message: its own, or one held until its burst ended

    @property
    def alert(self) -> Alert | None:
        """The first alert shown with this message, if any."""
        return self.alerts[0] if self.alerts else None


@dataclass
class ConversationState:
    conversation_id: str
    window: ContextWindow
    tracker: SpeakerTrackers  # one tracker per speaker (`from`); the context window stays shared
    index: int = 0
    risks: list[float] = field(default_factory=list)


class Detector:
    """Holds the loaded model; cheap per-conversation state lives in ConversationState."""

    def __init__(self, bundle: ModelBundle, runtime: str = "auto") -> None:
        bundle.check_fingerprint()
        self.bundle = bundle
        self.labels = bundle.manifest.labels
        self.policy = bundle.manifest.policy
        self.featuriser = Featuriser(bundle.manifest.featuriser)
        self.scorer = TFLiteScorer(bundle.model_bytes, runtime=runtime)
        if self.scorer.input_len != self.featuriser.settings.input_len:
            raise ValueError("model input length does not match the featuriser settings")

    @classmethod
    def from_path(cls, path: str | Path | None = None, runtime: str = "auto") -> Detector:
        return cls(load_bundle(path), runtime=runtime)

    @property
    def model_version(self) -> str:
        return self.bundle.version

    def new_conversation(self, conversation_id: str) -> ConversationState:
        return ConversationState(
            conversation_id=conversation_id,
            window=ContextWindow(self.featuriser),
            tracker=SpeakerTrackers(self.policy),
        )

    def observe(
        self, state: ConversationState, message: Message, index: int | None = None, now: float | None = None
    ) -> Step:
        """Process one message as if it just arrived; `index` overrides the position reported. `now` is when it
        arrived (the device's clock, seconds): with it a held alert is timed from arrival, not from the `ts` a sender
        controls; without it (a file) from `ts`, if any (tracker module doc, `burst_hold`)."""
        position = state.index if index is None else index
        state.index += 1
        if message.from_child:
            state.window.remember(message)  # context only: no vector, no model call
            decisions = state.tracker.observe_child()
            state.risks.append(state.tracker.risk)
            return Step(position, state.tracker.risk, None, self._alerts(state, decisions))
        vector, _ = state.window.featurise(message)
        scores = MessageScores.from_vector(self.scorer.score(vector), self.labels)
        words = message_words(message.text) if self.policy.tag_decay_words else 1  # only a word fade reads it
        revises = state.window.continues_burst  # a burst's later piece: read whole, counted once
        moment = now if now is not None else sent_at(message.ts)
        decisions = state.tracker.observe_contact(position, scores, message.speaker, words, revises, moment)
        state.risks.append(state.tracker.risk)
        return Step(position, state.tracker.risk, scores, self._alerts(state, decisions))

    def release_due(self, state: ConversationState, now: float) -> list[Alert]:
        """Alerts held for a burst that has now been quiet BURST_HOLD_SECONDS (call it as the clock ticks)."""
        return list(self._alerts(state, state.tracker.release_due(now)))

    def finish(self, state: ConversationState) -> list[Alert]:
        """Alerts still held when the conversation (or the file) ends."""
        return list(self._alerts(state, state.tracker.release_all()))

    def _alerts(self, state: ConversationState, decisions: list[AlertDecision]) -> tuple[Alert, ...]:
        return tuple(self._alert(state.conversation_id, d) for d in decisions)

    def _alert(self, conversation_id: str, decision: AlertDecision) -> Alert:
        return Alert(
            conversation_id=conversation_id,
            message_index=decision.message_index,
            risk=decision.risk,
            tags=decision.tags,
            tag_scores=decision.tag_scores,
            escalation=decision.escalation,
            explanations=tuple(explain_tactics(decision.tags)),
            model_version=self.model_version,
            speaker=decision.speaker,
        )


class ConversationMonitor:
    """Many conversations at once, keyed by id (a contact, a chat thread) — what the app holds."""

    def __init__(self, detector: Detector) -> None:
        self.detector = detector
        self._states: dict[str, ConversationState] = {}
        self._holding: set[str] = set()  # conversations holding an alert for a burst's end: the clock's tick visits only these

    def state(self, conversation_id: str) -> ConversationState:
        if conversation_id not in self._states:
            self._states[conversation_id] = self.detector.new_conversation(conversation_id)
        return self._states[conversation_id]

    def observe(self, conversation_id: str, message: Message, now: float | None = None) -> Step:
        state = self.state(conversation_id)
        step = self.detector.observe(state, message, now=now)
        self._note_holding(state)
        return step

    def release_due(self, now: float) -> list[Alert]:
        """Alerts whose hold ran out by `now`, across every conversation holding one."""
        alerts: list[Alert] = []
        for conversation_id in sorted(self._holding):
            state = self._states[conversation_id]
            alerts += self.detector.release_due(state, now)
            self._note_holding(state)
        return alerts

    def release_all(self) -> list[Alert]:
        """Every alert still held, in every conversation: no more messages are coming (a replayed feed ended)."""
        alerts = [a for conversation_id in sorted(self._holding) for a in self.detector.finish(self._states[conversation_id])]
        self._holding.clear()
        return alerts

    def _note_holding(self, state: ConversationState) -> None:
        if state.tracker.holding:
            self._holding.add(state.conversation_id)
        else:
            self._holding.discard(state.conversation_id)

    def observe_all(self, conversation_id: str, messages: Iterable[Message]) -> list[Step]:
        return [self.observe(conversation_id, m) for m in messages]

    def swap_detector(self, detector: Detector) -> None:
        """Use a new model from the next message on; conversations keep their history."""
        self.detector = detector
