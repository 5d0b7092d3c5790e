"""The demo feed: replays conversations as if their messages were arriving now.

Messages from several conversations are interleaved round-robin, like a phone with a few chats going
at once, one every `interval_s` seconds (0: as fast as possible). The bundled feed
(`demo_feed.jsonl`, hand-written) holds one grooming conversation among ordinary ones.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from pathlib import Path

from ..core.conversations import Conversation, load_conversations
from .base import IncomingMessage, MessageSource
from .file_import import conversation_messages

BUNDLED_FEED = Path(__file__).with_name("demo_feed.jsonl")


def interleave(conversations: Sequence[Conversation]) -> Iterator[IncomingMessage]:
    streams = [conversation_messages(c, prefix="demo") for c in conversations]
    while streams:
        alive = []
        for stream in streams:
            item = next(stream, None)
            if item is not None:
                yield item
                alive.append(stream)
        streams = alive


class DemoFeed(MessageSource):
    name = "demo"

    def __init__(
        self,
        conversations: Sequence[Conversation] | None = None,
        *,
        path: str | Path | None = None,
        interval_s: float = 1.0,
        interleaved: bool = True,
    ) -> None:
        super().__init__()
        if conversations is None:
            conversations = load_conversations(path or BUNDLED_FEED)
        self.conversations = list(conversations)
        self.interval_s = max(0.0, interval_s)
        self.interleaved = interleaved

    def messages(self) -> Iterator[IncomingMessage]:
        if self.interleaved:
            items = interleave(self.conversations)
        else:
            items = (m for c in self.conversations for m in conversation_messages(c, prefix="demo"))
        first = True
        for item in items:
            if not first and self.wait(self.interval_s):
                return
            first = False
            if self.stopped:
                return
            yield item
