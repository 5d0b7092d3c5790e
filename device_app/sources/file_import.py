"""Import a conversation file (SPEC §1, JSONL): each conversation becomes one chat in the app.

Bad lines are kept in `errors` with their line numbers (the same parser `scan` uses), so one broken
line never hides the good ones.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from ..core.conversations import Conversation, LineError, iter_conversation_lines
from .base import IncomingMessage, MessageSource


def conversation_messages(conversation: Conversation, prefix: str = "import") -> Iterator[IncomingMessage]:
    """One conversation as incoming messages. The contact handle is the message's `from` (group chats),
    else the conversation's `contact` if the file names one, else its id."""
    handle = str(
        conversation.extra.get("contact") or conversation.extra.get("contact_handle") or conversation.id
    )
    key = f"{prefix}:{conversation.id}"
    for message in conversation.messages:
        sender = None if message.from_child else (message.speaker or handle)
        yield IncomingMessage(key, message, conversation.platform, sender)


class ConversationFileSource(MessageSource):
    name = "file"

    def __init__(self, path: str | Path) -> None:
        super().__init__()
        self.path = Path(path)
        self.errors: list[LineError] = []

    def messages(self) -> Iterator[IncomingMessage]:
        with open(self.path, encoding="utf-8", errors="replace") as fh:
            for item in iter_conversation_lines(fh):
                if isinstance(item, LineError):
                    self.errors.append(item)
                    continue
                yield from conversation_messages(item)
