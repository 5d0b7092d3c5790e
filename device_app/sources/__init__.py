"""Where messages come from: one `MessageSource` interface, four sources.

- ConversationFileSource: a SPEC §1 conversation file (import)
- PastedTextSource: pasted / shared "name: text" lines
- DemoFeed: conversations replayed in real time (configurable speed)
- AndroidNotificationSource: the notification listener on a phone (pyjnius, loaded lazily)
"""

from __future__ import annotations

from .base import IncomingMessage, MessageSource, SourceRunner
from .demo_feed import BUNDLED_FEED, DemoFeed
from .file_import import ConversationFileSource
from .notification_payload import NotificationDeduper, parse_notification
from .paste import PastedTextSource, parse_pasted_text

__all__ = [
    "BUNDLED_FEED",
    "ConversationFileSource",
    "DemoFeed",
    "IncomingMessage",
    "MessageSource",
    "NotificationDeduper",
    "PastedTextSource",
    "SourceRunner",
    "parse_notification",
    "parse_pasted_text",
]


def __getattr__(name: str) -> object:
    if name == "AndroidNotificationSource":  # keeps pyjnius out of desktop imports
        from .android_listener import AndroidNotificationSource

        return AndroidNotificationSource
    raise AttributeError(name)
