"""Alerts held for the end of a burst (policy `burst_hold`), through the real pipeline, `scan` and the device
service: a message typed a few words at a time is judged whole, and the alert still reaches the child."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path

import pytest

from device_app.core.conversations import Conversation, Message
from device_app.core.pipeline import Detector
from device_app.core.tracker import BURST_HOLD_SECONDS
from device_app.notify.testing import RecordingNotifier
from device_app.scan import DetectorScanner
from device_app.service import AlertView, DeviceService, ServiceConfig

# A sibling's advice typed a few words at a time (one of the probe's chats, sent in pieces).
PIECES = ["because you leave", "it", "logged", "in", "😂 anyway", "you", "should go.", "take her", "a snack", "she likes"]
OPENING = [
    Message("child", "me and my friend argued and now she invited me to her sleepover. should i go?"),
    Message("contact", "hey it's your sister lol (i saw this on the family computer). inviting you is her way of saying sorry"),
    Message("child", "omg why are u on here"),
]
BURST = [*OPENING, *(Message("contact", p) for p in PIECES)]
LAST_PIECE = len(BURST) - 1


def with_policy(detector: Detector, **changes: object) -> Detector:
    """The shipped model with a policy under which any confident piece alerts on its own, so that what is tested
    is when the alert is shown, not whether this model finds this burst worrying."""
    policy = replace(detector.policy, sustained_run=1, sustained_grooming=0.9, instant_thresholds={},
                     multi_tactic_threshold=1.01, **changes)  # fmt: skip
    return Detector(replace(detector.bundle, manifest=replace(detector.bundle.manifest, policy=policy)))


@pytest.fixture(scope="module")
def firing(detector: Detector) -> Detector:
    return with_policy(detector)


def test_the_shipped_bundle_holds_an_alert_until_the_burst_is_over(detector: Detector) -> None:
    assert detector.policy.burst_hold


def test_the_pieces_show_no_alert_and_the_childs_reply_shows_the_one_for_the_whole_burst(firing: Detector) -> None:
    state = firing.new_conversation("c")
    steps = [firing.observe(state, m) for m in [*BURST, Message("child", "haribo?")]]
    assert [s.index for s in steps if s.alerts] == [len(BURST)]  # the reply's step
    (alert,) = steps[-1].alerts
    assert alert.message_index == LAST_PIECE and alert.conversation_id == "c"


def test_scan_reports_an_alert_still_held_when_the_file_ends(firing: Detector) -> None:
    prediction = DetectorScanner(firing).scan(Conversation("c", tuple(BURST)))
    assert prediction["alert_index"] == LAST_PIECE


def test_without_the_hold_the_first_confident_piece_alerts_at_once(detector: Detector) -> None:
    at_once = with_policy(detector, burst_hold=False)
    first = DetectorScanner(at_once).scan(Conversation("c", tuple(BURST)))["alert_index"]
    assert first is not None and len(OPENING) <= first < LAST_PIECE


@dataclass
class FedDevice:
    """A device service that was sent the burst one second a piece, and what it has shown the child so far."""

    service: DeviceService
    notifier: RecordingNotifier
    shown: list[AlertView]
    last: float  # when the burst's last piece arrived


@pytest.fixture
def fed(tmp_path: Path, firing: Detector, bundle_path: Path) -> Iterator[FedDevice]:
    notifier = RecordingNotifier()
    config = ServiceConfig(data_dir=tmp_path / "device", shipped_bundle=bundle_path, hold_unacted_s=0)
    service = DeviceService(config, detector=firing, notifier=notifier.notify)
    shown: list[AlertView] = []
    service.add_alert_listener(shown.append)
    for second, message in enumerate(BURST):
        handle = None if message.from_child else "big_sis"
        service.handle_incoming("chat", message, "messaging", handle, now=1000.0 + second)
    yield FedDevice(service, notifier, shown, 1000.0 + LAST_PIECE)
    service.close()


def test_the_device_shows_a_held_alert_once_the_burst_has_been_quiet_for_the_hold_seconds(fed: FedDevice) -> None:
    assert fed.shown == [] and fed.service.release_held(now=fed.last + BURST_HOLD_SECONDS - 1) == []
    (view,) = fed.service.release_held(now=fed.last + BURST_HOLD_SECONDS)
    assert fed.shown == [view] and len(fed.notifier.calls) == 1
    assert fed.service.outbox.get(view.report_id).report["suspect_handle"] == "big_sis"
    assert fed.service.release_held(now=fed.last + 60) == []  # shown once


def test_a_new_message_in_another_chat_is_the_clock_tick_that_shows_a_held_alert(fed: FedDevice) -> None:
    fed.service.handle_incoming("other", Message("contact", "gg"), "game_chat", "teammate", now=fed.last + 30)
    assert [v.contact_handle for v in fed.shown] == ["big_sis"]


def test_a_replayed_feed_that_ends_shows_what_its_last_burst_still_holds(fed: FedDevice) -> None:
    assert fed.shown == []
    views = fed.service.show_all_held()
    assert len(views) == 1 and fed.shown == views and fed.service.show_all_held() == []


def test_closing_the_device_shows_a_held_alert_and_keeps_its_report(fed: FedDevice) -> None:
    fed.service.close()
    (view,) = fed.shown
    reopened = DeviceService(fed.service.config, detector=fed.service.chats.monitor.detector, notifier=lambda t, m: None)
    try:
        assert reopened.outbox.get(view.report_id).state == "pending"
    finally:
        reopened.close()
