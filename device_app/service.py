"""The headless device, wired once: a thin facade over the parts in `device_app/services/`.

    services/state.py        typed device settings (its own file and lock), apart from the outbox
    services/chats.py        the detector and each chat's risk and recent messages (memory only)
    services/alerts.py       alerts, the child's answers, evidence consent; observers for both
    services/server_link.py  server address, enrolment, upload and model updates
    services/deployment.py   parent-led set-up: deployment file, start-up settings, set-up links

The Kivy app and the `demo` command both drive `DeviceService`, so what the demo shows is what a
child's phone does. Each part owns its lock; the app calls the slow methods (inference, sync,
update) from its worker threads.

Privacy rules kept here (SPEC §4):
- message text lives only in memory (chat history), capped per conversation; it reaches disk or the
  wire only as evidence the child agreed to share for one report;
- the local conversation key (which chat it was) never enters a report.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from .core.bundle import PINNED_KEYS_DIR, SHIPPED_BUNDLE
from .core.conversations import Message
from .core.outbox import Backoff, Outbox
from .core.pipeline import Alert, ConversationMonitor, Detector, Step
from .core.reports import EvidencePreview
from .core.sync_client import SyncClient, Transport
from .core.updater import ModelStore, UpdateResult
from .core.vocabulary import AGE_BANDS
from .services.alerts import ACTIONS, AlertBook, AlertListener, AlertView
from .services.chats import Chats, ConversationInfo
from .services.parents import ParentAlerts
from .services.server_link import ServerLink, SyncOutcome
from .services.state import DeviceState

APP_VERSION = "1.0.0"


@dataclass
class ServiceConfig:
    data_dir: Path
    server_url: str | None = None  # given at start (deployment or environment): wins over saved settings
    enrollment_code: str | None = None
    age_band: str | None = None
    keys_dir: Path = PINNED_KEYS_DIR
    shipped_bundle: Path = SHIPPED_BUNDLE
    hold_unacted_s: float = 3600.0  # time the child has to act before a report goes up as "none"
    history_limit: int = 200  # messages kept in memory per conversation, for the screen and evidence
    app_version: str = APP_VERSION
    os_name: str = "android"


@dataclass(frozen=True)
class ServiceStatus:
    model_version: str
    model_source: str
    server_url: str | None
    enrolled: bool
    last_sync_at: float | None
    next_sync_at: float | None
    last_error: str | None
    pending: int
    sent: int
    rejected: int


class DeviceService:
    def __init__(
        self,
        config: ServiceConfig,
        *,
        transport: Transport | None = None,
        notifier: Callable[[str, str], None] | None = None,
        detector: Detector | None = None,
        clock: Callable[[], float] = time.time,
        backoff: Backoff | None = None,
        outbox_max_bytes: int | None = None,
    ) -> None:
        self.config = config
        self.config.data_dir = Path(config.data_dir)
        self.config.data_dir.mkdir(parents=True, exist_ok=True)
        self._notifier = notifier
        self.outbox = Outbox(
            self.config.data_dir / "guardline.sqlite3", max_bytes=outbox_max_bytes, clock=clock
        )
        self.state = DeviceState(self.config.data_dir, legacy=self.outbox)
        self.store = ModelStore(self.config.data_dir / "models", shipped=config.shipped_bundle)
        if detector is None:
            detector, self.model_source = self.store.load_detector()
        else:
            self.model_source = "given"
        self.chats = Chats(detector, config.history_limit)
        self.alert_book = AlertBook(
            self.outbox, self.state, self.chats, clock=clock, hold_unacted_s=config.hold_unacted_s
        )
        self.link = ServerLink(
            self.state,
            self.outbox,
            self.alert_book,
            self.store,
            swap=self._swap,
            current_version=lambda: self.model_version,
            keys_dir=config.keys_dir,
            app_version=config.app_version,
            os_name=config.os_name,
            transport=transport,
            backoff=backoff,
        )
        self.alert_book.on_alert_raised(self._notify)
        self.parents = ParentAlerts(  # each alert sealed for paired parents; delivered at sync
            self.config.data_dir, server_url=lambda: self.server_url,
            device_token=lambda: self.state.settings.device_token, enroll=self.enroll, transport=transport,
        )
        self.alert_book.on_alert_raised(self.parents.on_alert)
        # settings given at start win over saved ones; blank ones change nothing
        self.link.configure(config.server_url, config.enrollment_code)
        if config.age_band:
            self.link.set_age_band(config.age_band)

    # -- parts ----------------------------------------------------------------------------------

    @property
    def monitor(self) -> ConversationMonitor:  # kept for callers of the old service
        return self.chats.monitor

    @property
    def backoff(self) -> Backoff:
        return self.link.backoff

    @property
    def model_version(self) -> str:
        return self.chats.model_version

    @property
    def server_url(self) -> str | None:
        return self.link.server_url

    @property
    def last_error(self) -> str | None:
        return self.link.last_error or self.alert_book.last_error

    def add_alert_listener(self, listener: AlertListener) -> None:
        """`listener(view)` after each new alert (on the scan thread)."""
        self.alert_book.on_alert_raised(listener)

    def add_action_listener(self, listener: AlertListener) -> None:
        """`listener(view)` after each answer the child gives to an alert."""
        self.alert_book.on_child_action(listener)

    def configure_server(
        self, url: str | None, enrollment_code: str | None, age_band: str | None = None
    ) -> None:
        """Point the device at a server (parent-led set-up); a blank address keeps the current one."""
        if age_band is not None:
            self.link.set_age_band(age_band)
        self.link.configure(url, enrollment_code)

    # -- incoming messages ----------------------------------------------------------------------

    def handle_incoming(
        self,
        conversation_key: str,
        message: Message,
        platform: str = "unknown",
        contact_handle: str | None = None,
        now: float | None = None,
    ) -> Step:
        """Score one message as it arrives (at `now`, default the clock); for each alert it shows, save a pending
        report and tell the child. An alert a chat held for its burst's end (tracker `burst_hold`) may come with a
        later message, or with `release_held` as the clock ticks."""
        now = time.time() if now is None else now
        self.release_held(now)
        step, info = self.chats.observe(conversation_key, message, platform, contact_handle, now)
        for alert in step.alerts:
            self._raise(alert, info)
        return step

    def release_held(self, now: float | None = None) -> list[AlertView]:
        """Show the alerts whose burst has been quiet long enough by `now` (default the clock; the app calls this
        every second)."""
        return [self._raise(alert, info) for alert, info in self.chats.release_due(time.time() if now is None else now)]

    def show_all_held(self) -> list[AlertView]:
        """Show every alert still held: a replayed feed (the demo, a pasted chat) has no more messages."""
        return [self._raise(alert, info) for alert, info in self.chats.release_all()]

    def _raise(self, alert: Alert, info: ConversationInfo) -> AlertView:
        """Record and announce one alert; the suspect is the speaker it names, else whoever sent its message."""
        view = self.alert_book.record(alert, info, alert.speaker or info.sender_of(alert.message_index))
        self.alert_book.announce(view)
        return view

    def _notify(self, view: AlertView) -> None:
        from .notify import alert_notification, notify

        title, text = alert_notification(view.escalation)
        (self._notifier or notify)(title, text)

    # -- alerts and the child's choices ---------------------------------------------------------

    def alerts(self) -> list[AlertView]:
        return self.alert_book.all()

    def alert(self, report_id: str) -> AlertView:
        return self.alert_book.get(report_id)

    def act(self, report_id: str, action: str) -> AlertView:
        return self.alert_book.act(report_id, action)

    def evidence_preview(self, report_id: str) -> EvidencePreview:
        return self.alert_book.evidence_preview(report_id)

    def share_evidence(self, report_id: str, preview: EvidencePreview, *, child_consented: bool) -> AlertView:
        return self.alert_book.share_evidence(report_id, preview, child_consented=child_consented)

    # -- conversations --------------------------------------------------------------------------

    def conversations(self) -> list[ConversationInfo]:
        return self.chats.all()

    def history(self, conversation_key: str) -> list[Message]:
        return self.chats.history(conversation_key)

    # -- server ---------------------------------------------------------------------------------

    def enroll(self) -> str:
        return self.link.enroll()

    def _client(self) -> SyncClient | None:  # for tests that build their own Updater
        return self.link._client()

    def sync(self, force: bool = False) -> SyncOutcome:
        outcome = self.link.sync(force)
        self.parents.flush()  # sealed parent alerts ride along; a failure here waits for the next sync
        return outcome

    def check_for_update(self) -> UpdateResult:
        return self.link.check_for_update()

    def _swap(self, detector: Detector) -> None:
        self.chats.swap_detector(detector)
        self.model_source = "installed"

    # -- status ---------------------------------------------------------------------------------

    def status(self) -> ServiceStatus:
        counts = self.outbox.counts()
        return ServiceStatus(
            model_version=self.model_version,
            model_source=self.model_source,
            server_url=self.server_url,
            enrolled=self.link.enrolled,
            last_sync_at=self.outbox.get_state("sync.last_success_at"),
            next_sync_at=self.outbox.get_state("sync.next_at"),
            last_error=self.last_error or self.outbox.get_state("sync.last_error"),
            pending=counts["pending"] + self.alert_book.unsaved_count,
            sent=counts["sent"],
            rejected=counts["rejected"],
        )

    def close(self) -> None:
        """Show what is still held first (an alert waiting for a burst's end must not go with the process), then
        close the outbox."""
        self.show_all_held()
        self.outbox.close()


__all__ = [
    "ACTIONS",
    "AGE_BANDS",
    "APP_VERSION",
    "AlertView",
    "ConversationInfo",
    "DeviceService",
    "ServiceConfig",
    "ServiceStatus",
    "SyncOutcome",
]
