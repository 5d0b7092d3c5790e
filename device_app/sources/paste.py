"""Pasted or shared chat text: one "name: text" line per message.

Lines without a "name:" prefix continue the previous message (chats wrap). Names the child uses for
themself ("me", "you", "I", or the name given) are the child; every other name is a contact, and the
first contact named is the suspect's handle for the report.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Iterator
from dataclasses import replace

from ..core.conversations import Message
from .base import IncomingMessage, MessageSource

SELF_NAMES = frozenset({"me", "you", "i", "myself"})
# "name: text", optionally behind a "[10:42]" / "10:42 -" time stamp as chat exports write it.
_LINE = re.compile(
    r"^\s*(?:\[?\d[\d/.,: ]*(?:[aApP][mM])?\]?\s*-?\s*)?(?P<name>[^:\n\[\]]{1,40}?)\s*:\s(?P<text>.*)$"
)


def parse_pasted_text(text: str, child_names: Iterable[str] = ()) -> list[tuple[str, Message]]:
    """[(speaker, Message)] in order; raises ValueError when no line has a "name: text" shape."""
    selves = SELF_NAMES | {n.strip().lower() for n in child_names if n.strip()}
    out: list[tuple[str, Message]] = []
    for raw in text.splitlines():
        if not raw.strip():
            continue
        match = _LINE.match(raw)
        if match is None:
            if out:  # a wrapped line continues the message above
                name, prev = out[-1]
                out[-1] = (name, replace(prev, text=f"{prev.text}\n{raw.strip()}"))
            continue
        name = match.group("name").strip()
        sender = "child" if name.lower() in selves else "contact"
        speaker = name if sender == "contact" else None  # SPEC §1 `from`: tells group speakers apart
        out.append((name, Message(sender, match.group("text").strip(), speaker=speaker)))
    if not out:
        raise ValueError('no "name: message" lines found; paste one message per line, like "Sam: hi"')
    return out


class PastedTextSource(MessageSource):
    name = "paste"

    def __init__(self, text: str, *, child_names: Iterable[str] = (), platform: str = "pasted") -> None:
        super().__init__()
        self.lines = parse_pasted_text(text, child_names)
        self.platform = platform
        digest = hashlib.sha256(text.encode("utf-8")).hexdigest()[:12]
        self.conversation_key = f"paste:{digest}"

    def messages(self) -> Iterator[IncomingMessage]:
        for speaker, message in self.lines:
            handle = None if message.from_child else speaker
            yield IncomingMessage(self.conversation_key, message, self.platform, handle)
