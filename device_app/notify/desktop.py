"""Desktop notifications: plyer when it is installed, else a log line (development and `demo`)."""

from __future__ import annotations

import logging
from typing import Any

log = logging.getLogger("guardline.notify")


class DesktopNotifier:
    def __init__(self) -> None:
        self._plyer: Any = None
        try:
            from plyer import notification

            self._plyer = notification
        except ImportError:
            self._plyer = None

    def notify(self, title: str, message: str) -> None:
        if self._plyer is not None:
            try:
                self._plyer.notify(title=title, message=message, app_name="Guardline", timeout=10)
                return
            except Exception as exc:  # noqa: BLE001 - no notification daemon on this desktop
                log.debug("plyer could not notify (%s); logging instead", exc)
        log.info("%s: %s", title, message)
