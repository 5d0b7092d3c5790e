"""A backend that records calls, so tests can assert what a notification would have said."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class RecordingNotifier:
    calls: list[tuple[str, str]] = field(default_factory=list)

    def notify(self, title: str, message: str) -> None:
        self.calls.append((title, message))
