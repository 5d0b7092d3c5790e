"""Notifications go through one facade, and an alert's notification never carries private words."""

from __future__ import annotations

from device_app import notify
from device_app.notify.desktop import DesktopNotifier
from device_app.notify.testing import RecordingNotifier


def test_notify_calls_the_chosen_backend():
    recorder = RecordingNotifier()
    notify.set_backend(recorder)
    try:
        notify.notify("Guardline", "hello")
    finally:
        notify.set_backend(None)
    assert recorder.calls == [("Guardline", "hello")]


def test_a_failing_backend_never_raises():
    class Broken:
        def notify(self, title, message):
            raise RuntimeError("no notification daemon")

    notify.set_backend(Broken())
    try:
        notify.notify("Guardline", "hello")
    finally:
        notify.set_backend(None)


def test_the_desktop_backend_falls_back_to_the_log(caplog):
    backend = DesktopNotifier()
    backend._plyer = None
    with caplog.at_level("INFO", logger="guardline.notify"):
        backend.notify("Guardline", "hello")
    assert "hello" in caplog.text


def test_an_alert_notification_takes_no_private_input():
    import inspect

    assert list(inspect.signature(notify.alert_notification).parameters) == ["escalation"]


def test_an_escalation_has_its_own_words():
    assert notify.alert_notification(True) != notify.alert_notification(False)
