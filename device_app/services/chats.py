"""The chats seen since start: each one's risk, its recent messages (memory only) and the detector.

Scanning is the hot path: one lock guards the monitor and the histories, held only for one message.
Message text lives here and nowhere on disk (SPEC §4); a restart forgets it.
"""

from __future__ import annotations

import threading
from collections import deque
from dataclasses import dataclass, field

from ..core.conversations import Message
from ..core.pipeline import Alert, ConversationMonitor, Detector, Step

SENDERS_KEPT = 64  # more than the pieces of one burst (featuriser.BURST_TOKENS words)


@dataclass
class ConversationInfo:
    key: str
    contact_handle: str
    platform: str
    risk: float = 0.0
    alerted: bool = False
    messages_seen: int = 0
    history: deque[Message] = field(default_factory=deque)
    # (index, handle) of the contact's latest messages: who sent the one an alert held for its burst's end is about
    senders: deque[tuple[int, str]] = field(default_factory=lambda: deque(maxlen=SENDERS_KEPT))

    def sender_of(self, index: int) -> str:
        """The handle the message at `index` came with, else the chat's contact."""
        return next((handle for i, handle in reversed(self.senders) if i == index), self.contact_handle)


class Chats:
    """Scores messages in arrival order and keeps what the chat screens and evidence need."""

    def __init__(self, detector: Detector, history_limit: int) -> None:
        self._lock = threading.RLock()
        self.monitor = ConversationMonitor(detector)
        self.history_limit = history_limit
        self._conversations: dict[str, ConversationInfo] = {}

    @property
    def model_version(self) -> str:
        return self.monitor.detector.model_version

    def observe(
        self, key: str, message: Message, platform: str, contact_handle: str | None, now: float | None = None
    ) -> tuple[Step, ConversationInfo]:
        """Score one message (arrived at `now`, the device's clock); the info returned is this chat's (alerted
        already set on an alert)."""
        with self._lock:
            info = self._conversations.get(key)
            if info is None:
                info = ConversationInfo(
                    key=key,
                    contact_handle=contact_handle or message.speaker or key,
                    platform=platform,
                    history=deque(maxlen=self.history_limit),
                )
                self._conversations[key] = info
            step = self.monitor.observe(key, message, now=now)
            if contact_handle and not message.from_child:
                info.senders.append((step.index, contact_handle))
            info.history.append(message)
            info.messages_seen += 1
            info.risk = step.risk
            if step.alerts:
                info.alerted = True
            return step, info

    def release_due(self, now: float) -> list[tuple[Alert, ConversationInfo]]:
        """Alerts held for a burst that has been quiet long enough by `now`, each with its chat."""
        with self._lock:
            return self._with_chats(self.monitor.release_due(now))

    def release_all(self) -> list[tuple[Alert, ConversationInfo]]:
        """Every alert still held, each with its chat: no more messages are coming."""
        with self._lock:
            return self._with_chats(self.monitor.release_all())

    def _with_chats(self, alerts: list[Alert]) -> list[tuple[Alert, ConversationInfo]]:
        released = [(a, self._conversations[a.conversation_id]) for a in alerts]
        for _, info in released:
            info.alerted = True
        return released

    def swap_detector(self, detector: Detector) -> None:
        with self._lock:
            self.monitor.swap_detector(detector)

    def get(self, key: str) -> ConversationInfo | None:
        with self._lock:
            return self._conversations.get(key)

    def all(self) -> list[ConversationInfo]:
        """Every chat seen since start, riskiest first."""
        with self._lock:
            return sorted(self._conversations.values(), key=lambda c: (not c.alerted, -c.risk, c.key))

    def history(self, key: str) -> list[Message]:
        with self._lock:
            info = self._conversations.get(key)
            return list(info.history) if info else []

    def window(self, key: str) -> tuple[list[Message], int]:
        """(the messages kept, how many came before them) for lining evidence up with an alert index."""
        with self._lock:
            info = self._conversations.get(key)
            if info is None:
                return [], 0
            return list(info.history), info.messages_seen - len(info.history)

    def messages_seen(self, key: str) -> int | None:
        with self._lock:
            info = self._conversations.get(key)
            return info.messages_seen if info else None
