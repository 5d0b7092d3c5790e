"""Conversation files (SPEC §1): the one parser every reader of JSONL conversations uses.

Scanning, importing into the app, training and evaluation all read the same format, so a line that
one of them accepts is accepted by all, and a bad line gets the same clear error everywhere.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .vocabulary import LABELS, SENDERS, TACTICS


class ConversationError(ValueError):
    """A conversation record that does not follow SPEC §1; the message says which field and why."""


@dataclass(frozen=True)
class Message:
    sender: str
    text: str
    tags: tuple[str, ...] = ()
    ts: str | None = None
    speaker: str | None = None  # SPEC §1 `from`: who said it, as the platform shows it (tells group speakers apart)

    @property
    def from_child(self) -> bool:
        return self.sender == "child"

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"sender": self.sender, "text": self.text, "tags": list(self.tags)}
        if self.ts is not None:
            out["ts"] = self.ts
        if self.speaker is not None:
            out["from"] = self.speaker
        return out


@dataclass(frozen=True)
class Conversation:
    id: str
    messages: tuple[Message, ...]
    label: str | None = None
    first_risk_index: int | None = None
    platform: str = "unknown"
    child_age: int | None = None
    scenario: str | None = None
    extra: dict[str, Any] = field(default_factory=dict, compare=False)

    @property
    def is_grooming(self) -> bool:
        return self.label == "grooming"

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"id": self.id}
        if self.label is not None:
            out["label"] = self.label
            out["first_risk_index"] = self.first_risk_index
        out["platform"] = self.platform
        if self.child_age is not None:
            out["child_age"] = self.child_age
        if self.scenario is not None:
            out["scenario"] = self.scenario
        out.update(self.extra)
        out["messages"] = [m.to_dict() for m in self.messages]
        return out

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False)


def _message_from(obj: Any, index: int) -> Message:
    where = f"messages[{index}]"
    if not isinstance(obj, dict):
        raise ConversationError(f"{where}: expected an object, got {type(obj).__name__}")
    sender = obj.get("sender")
    if sender not in SENDERS:
        raise ConversationError(f"{where}.sender: expected 'contact' or 'child', got {sender!r}")
    text = obj.get("text")
    if not isinstance(text, str):
        raise ConversationError(f"{where}.text: expected a string, got {type(text).__name__}")
    tags = obj.get("tags", [])
    if tags is None:
        tags = []
    if not isinstance(tags, list) or not all(isinstance(t, str) for t in tags):
        raise ConversationError(f"{where}.tags: expected a list of strings")
    unknown = [t for t in tags if t not in TACTICS]
    if unknown:
        raise ConversationError(f"{where}.tags: unknown tag(s) {unknown}; known: {list(TACTICS)}")
    if tags and sender == "child":
        raise ConversationError(f"{where}.tags: tactic tags belong only on contact messages")
    ts = obj.get("ts")
    if ts is not None and not isinstance(ts, str):
        raise ConversationError(f"{where}.ts: expected an RFC 3339 string")
    speaker = obj.get("from")
    if speaker is not None and not isinstance(speaker, str):
        raise ConversationError(f"{where}.from: expected the speaker's handle as a string")
    return Message(sender=sender, text=text, tags=tuple(tags), ts=ts, speaker=speaker or None)


_KNOWN_KEYS = {"id", "label", "first_risk_index", "platform", "child_age", "scenario", "messages"}


def conversation_from_dict(obj: Any, *, require_label: bool = False) -> Conversation:
    """Validate one decoded record; raises ConversationError naming the faulty field."""
    if not isinstance(obj, dict):
        raise ConversationError(f"expected a JSON object, got {type(obj).__name__}")
    cid = obj.get("id")
    if not isinstance(cid, str | int) or isinstance(cid, bool) or str(cid) == "":
        raise ConversationError("id: expected a non-empty string")
    raw_messages = obj.get("messages")
    if not isinstance(raw_messages, list):
        raise ConversationError("messages: expected a list")
    messages = tuple(_message_from(m, i) for i, m in enumerate(raw_messages))
    label = obj.get("label")
    if label is not None and label not in LABELS:
        raise ConversationError(f"label: expected 'grooming' or 'benign', got {label!r}")
    if require_label and label is None:
        raise ConversationError("label: required here")
    fri = obj.get("first_risk_index")
    if fri is not None and (not isinstance(fri, int) or isinstance(fri, bool) or not 0 <= fri < len(messages)):
        raise ConversationError(f"first_risk_index: expected an index into messages, got {fri!r}")
    age = obj.get("child_age")
    if age is not None and (not isinstance(age, int) or isinstance(age, bool)):
        raise ConversationError("child_age: expected an integer")
    platform = obj.get("platform") or "unknown"
    if not isinstance(platform, str):
        raise ConversationError("platform: expected a short slug string")
    scenario = obj.get("scenario")
    extra = {k: v for k, v in obj.items() if k not in _KNOWN_KEYS}
    return Conversation(
        id=str(cid),
        messages=messages,
        label=label,
        first_risk_index=fri,
        platform=platform,
        child_age=age,
        scenario=scenario if isinstance(scenario, str) else None,
        extra=extra,
    )


@dataclass(frozen=True)
class LineError:
    line_number: int  # 1-based, as editors show it
    message: str

    def __str__(self) -> str:
        return f"line {self.line_number}: {self.message}"


def _json_problem(line: str, exc: json.JSONDecodeError) -> str:
    """Where and why a line is not JSON; a line cut short says so (the usual cause: a truncated file)."""
    content = line.rstrip("\r\n")
    what = exc.msg.removesuffix(" at").strip()
    if exc.pos >= len(content.rstrip()) or "Unterminated" in exc.msg or "control character" in exc.msg:
        return (
            f"malformed JSON: the line ends at column {len(content)} before the object is closed "
            f"(truncated?); the parser stopped at column {exc.colno}: {what}"
        )
    return f"malformed JSON at column {exc.colno}: {what}"


def iter_conversation_lines(
    lines: Iterable[str], *, require_label: bool = False
) -> Iterator[Conversation | LineError]:
    """Yield a Conversation or a LineError per non-blank line, so callers keep every good record."""
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            yield LineError(number, _json_problem(line, exc))
            continue
        try:
            yield conversation_from_dict(obj, require_label=require_label)
        except ConversationError as exc:
            yield LineError(number, str(exc))


def load_conversations(path: str | Path, *, require_label: bool = False) -> list[Conversation]:
    """Load a whole file strictly: any bad line raises, naming its line number (for training data)."""
    out: list[Conversation] = []
    with open(path, encoding="utf-8") as fh:
        for item in iter_conversation_lines(fh, require_label=require_label):
            if isinstance(item, LineError):
                raise ConversationError(f"{path}: {item}")
            out.append(item)
    return out


def write_conversations(path: str | Path, conversations: Iterable[Conversation]) -> int:
    n = 0
    with open(path, "w", encoding="utf-8") as fh:
        for conv in conversations:
            fh.write(conv.to_json() + "\n")
            n += 1
    return n
