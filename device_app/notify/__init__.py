"""Notifications behind one facade (plyer style): `notify()` calls whichever backend is active.

Alerts are private: `alert_notification()` builds the only text an alert notification may show, and it
never holds message text or the contact's name (a lock screen is seen by others). Backends:

    desktop  plyer when installed, else the log (development, `demo`)
    android  the system NotificationManager through pyjnius (imported only on a phone)
    testing  records every call, for tests
"""

from __future__ import annotations

from typing import Protocol

from .text import alert_notification

__all__ = ["NotificationBackend", "alert_notification", "get_backend", "notify", "set_backend"]


class NotificationBackend(Protocol):
    def notify(self, title: str, message: str) -> None: ...


_backend: NotificationBackend | None = None


def _default_backend() -> NotificationBackend:
    try:
        from kivy.utils import platform
    except ImportError:  # headless tools never import Kivy
        platform = "linux"
    if platform == "android":
        from .android import AndroidNotifier

        return AndroidNotifier()
    from .desktop import DesktopNotifier

    return DesktopNotifier()


def get_backend() -> NotificationBackend:
    global _backend
    if _backend is None:
        _backend = _default_backend()
    return _backend


def set_backend(backend: NotificationBackend | None) -> None:
    """Choose a backend (None: pick the platform default again on next use)."""
    global _backend
    _backend = backend


def notify(title: str, message: str) -> None:
    """Show a notification; a failing backend never stops scanning."""
    try:
        get_backend().notify(title, message)
    except Exception as exc:  # noqa: BLE001 - a notification is best effort, the alert screen is not
        import logging

        logging.getLogger(__name__).warning("notification failed: %s", exc)
