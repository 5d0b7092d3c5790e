"""Fixtures for the device app: the real shipped model, a service on a temp dir, a local server."""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from device_app.core.bundle import SHIPPED_BUNDLE
from device_app.core.conversations import Conversation, load_conversations
from device_app.core.pipeline import Detector
from device_app.notify.testing import RecordingNotifier
from device_app.service import DeviceService, ServiceConfig
from device_app.sources.demo_feed import BUNDLED_FEED

from .fake_server import FakeServer

FIXTURES = Path(__file__).parent / "fixtures"

# The shipped bundle; GUARDLINE_BUNDLE (the app's own override) points elsewhere, e.g. a fresh training run.
BUNDLE = Path(os.environ.get("GUARDLINE_BUNDLE") or SHIPPED_BUNDLE)


@pytest.fixture(scope="session")
def bundle_path() -> Path:
    if not BUNDLE.exists():
        pytest.skip(f"no model bundle at {BUNDLE} (the shipped one is built by `make train`)")
    return BUNDLE


@pytest.fixture(scope="session")
def detector(bundle_path: Path) -> Detector:
    return Detector.from_path(bundle_path)


@pytest.fixture(scope="session")
def demo_conversations() -> list[Conversation]:
    return load_conversations(BUNDLED_FEED)


@pytest.fixture
def grooming(demo_conversations: list[Conversation]) -> Conversation:
    return next(c for c in demo_conversations if c.is_grooming)


@pytest.fixture
def notifier() -> RecordingNotifier:
    return RecordingNotifier()


@pytest.fixture
def make_service(tmp_path: Path, detector: Detector, bundle_path: Path, notifier: RecordingNotifier):
    """A factory, so a test can 'restart' the device on the same data dir."""
    made: list[DeviceService] = []
    detector_path = bundle_path

    def make(data_dir: Path | None = None, **overrides) -> DeviceService:
        transport = overrides.pop("transport", None)
        overrides.setdefault("hold_unacted_s", 0)
        config = ServiceConfig(
            data_dir=data_dir or tmp_path / "device", shipped_bundle=detector_path, **overrides
        )
        service = DeviceService(config, detector=detector, notifier=notifier.notify, transport=transport)
        made.append(service)
        return service

    yield make
    for service in made:
        service.close()


@pytest.fixture
def service(make_service) -> DeviceService:
    return make_service()


@pytest.fixture
def server() -> Iterator[FakeServer]:
    with FakeServer() as srv:
        yield srv


@pytest.fixture(scope="session")
def notification_payloads() -> dict[str, dict]:
    return json.loads((FIXTURES / "notification_payloads.json").read_text(encoding="utf-8"))


def replay(service: DeviceService, conversation: Conversation, key: str = "chat-1"):
    """Feed a conversation through the service; returns the first alert view (or None)."""
    alerts = []
    service.add_alert_listener(alerts.append)
    handle = str(conversation.extra.get("contact", "contact"))
    for message in conversation.messages:
        service.handle_incoming(key, message, conversation.platform, None if message.from_child else handle)
    return alerts[0] if alerts else None


def raise_alert(
    service: DeviceService, tags: tuple[str, ...], contact: str = "sk8r_boi", platform: str = "game_chat"
):
    """An alert with exactly these tactics (strongest evidence first), through the real alert book and
    outbox: for tactics the shipped model cannot raise yet, such as `coercion`."""
    from device_app.core.pipeline import Alert
    from device_app.services.chats import ConversationInfo

    scores = {t: round(0.95 - 0.05 * i, 2) for i, t in enumerate(tags)}
    alert = Alert(f"chat-{contact}", 5, 0.93, tags, scores, False, (), service.model_version, contact)
    info = ConversationInfo(
        key=f"{platform}:{contact}", contact_handle=contact, platform=platform, messages_seen=6
    )
    view = service.alert_book.record(alert, info, contact)
    service.alert_book.announce(view)
    return view
