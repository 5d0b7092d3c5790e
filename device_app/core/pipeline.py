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
from .featuriser import ContextWindow, Featuriser
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
    alert: Alert | None


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

    def observe(self, state: ConversationState, message: Message, index: int | None = None) -> Step:
        """Process one message as if it just arrived; `index` overrides the position reported."""
        position = state.index if index is None else index
        state.index += 1
        if message.from_child:
            state.window.remember(message)  # context only: no vector, no model call
            risk = state.tracker.observe_child()
            state.risks.append(risk)
            return Step(position, risk, None, None)
        vector, _ = state.window.featurise(message)
        scores = MessageScores.from_vector(self.scorer.score(vector), self.labels)
        words = message_words(message.text) if self.policy.tag_decay_words else 1  # only a word fade reads it
        revises = state.window.continues_burst  # a burst's later piece: read whole, counted once
        decision = state.tracker.observe_contact(position, scores, message.speaker, words, revises)
        state.risks.append(state.tracker.risk)
        alert = self._alert(state.conversation_id, decision) if decision else None
        return Step(position, state.tracker.risk, scores, alert)

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

    def state(self, conversation_id: str) -> ConversationState:
        if conversation_id not in self._states:
            self._states[conversation_id] = self.detector.new_conversation(conversation_id)
        return self._states[conversation_id]

    def observe(self, conversation_id: str, message: Message) -> Step:
        return self.detector.observe(self.state(conversation_id), message)

    def observe_all(self, conversation_id: str, messages: Iterable[Message]) -> list[Step]:
        return [self.observe(conversation_id, m) for m in messages]

    def swap_detector(self, detector: Detector) -> None:
        """Use a new model from the next message on; conversations keep their history."""
        self.detector = detector
