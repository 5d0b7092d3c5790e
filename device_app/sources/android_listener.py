"""The Android notification-listener source (pyjnius, imported only when it runs on a phone).

The Java service `org.guardline.GuardlineNotificationListener` (declared in buildozer.spec, source in
`sources/android/`) queues each posted notification as JSON; this source drains that queue, parses
each payload with the pure `parse_notification`, drops reposted messages and yields the rest.
The child grants access once in Settings > Notification access; `open_access_settings()` goes there.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator
from typing import Any

from .base import IncomingMessage, MessageSource
from .notification_payload import NotificationDeduper, parse_notification

LISTENER_CLASS = "org.guardline.GuardlineNotificationListener"
log = logging.getLogger("guardline.sources.android")


def _autoclass(name: str) -> Any:
    from jnius import autoclass  # only exists on the phone

    return autoclass(name)


def has_notification_access() -> bool:
    listener = _autoclass(LISTENER_CLASS)
    return bool(listener.isConnected())


def open_access_settings() -> None:
    activity = _autoclass("org.kivy.android.PythonActivity").mActivity
    intent = _autoclass("android.content.Intent")("android.settings.ACTION_NOTIFICATION_LISTENER_SETTINGS")
    activity.startActivity(intent)


class AndroidNotificationSource(MessageSource):
    name = "android-notifications"

    def __init__(self, poll_s: float = 0.5) -> None:
        super().__init__()
        self.poll_s = poll_s
        self.deduper = NotificationDeduper()

    def messages(self) -> Iterator[IncomingMessage]:
        listener = _autoclass(LISTENER_CLASS)
        while not self.stopped:
            batch = listener.drain()  # String[] of JSON payloads, oldest first
            for raw in batch or ():
                try:
                    payload = json.loads(str(raw))
                except json.JSONDecodeError:
                    log.warning("unreadable notification payload skipped")
                    continue
                yield from self.deduper.fresh(parse_notification(payload))
            if self.wait(self.poll_s):
                return
