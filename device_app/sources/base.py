"""One interface for every way messages reach Guardline: file import, pasted text, the demo feed
and the Android notification listener.

A source yields `IncomingMessage`s; `SourceRunner` pumps one into a sink (the service, or the app's
worker queue) on its own thread and can be stopped between messages.
"""

from __future__ import annotations

import threading
from abc import ABC, abstractmethod
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from ..core.conversations import Message


@dataclass(frozen=True)
class IncomingMessage:
    """A message plus where it came from; `contact_handle` is the sender for contact messages."""

    conversation_key: str
    message: Message
    platform: str = "unknown"
    contact_handle: str | None = None


class MessageSource(ABC):
    """Yields messages in arrival order; a live source blocks until the next one or `stop()`."""

    name: str = "source"

    def __init__(self) -> None:
        self._stop = threading.Event()

    @abstractmethod
    def messages(self) -> Iterator[IncomingMessage]: ...

    def stop(self) -> None:
        self._stop.set()

    @property
    def stopped(self) -> bool:
        return self._stop.is_set()

    def wait(self, seconds: float) -> bool:
        """Sleep that `stop()` interrupts; True when stopped."""
        return self._stop.wait(seconds) if seconds > 0 else self._stop.is_set()


Sink = Callable[[IncomingMessage], object]


class SourceRunner:
    """Pumps a source into a sink on a daemon thread, so a slow source never blocks the UI."""

    def __init__(
        self, source: MessageSource, sink: Sink, on_done: Callable[[], object] | None = None
    ) -> None:
        self.source = source
        self.sink = sink
        self.on_done = on_done
        self.thread = threading.Thread(target=self._run, name=f"source-{source.name}", daemon=True)

    def start(self) -> SourceRunner:
        self.thread.start()
        return self

    def _run(self) -> None:
        try:
            for item in self.source.messages():
                if self.source.stopped:
                    break
                self.sink(item)
        finally:
            if self.on_done is not None:
                self.on_done()

    def stop(self, timeout: float = 2.0) -> None:
        self.source.stop()
        if self.thread.is_alive() and threading.current_thread() is not self.thread:
            self.thread.join(timeout)
