"""The headless device: detector + monitor + outbox + sync client + updater, wired once.

The Kivy app and the `demo` command both drive this class, so what the demo shows is what a child's
phone does. Every method is synchronous and thread-safe; the app calls the slow ones (inference,
sync, update) from its worker thread.

Privacy rules kept here (SPEC §4):
- message text lives only in memory (`history`), capped per conversation; it reaches disk or the
  wire only as evidence the child agreed to share for one report;
- the local conversation key (which chat it was) never enters a report.
"""

from __future__ import annotations

import logging
import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .core.bundle import PINNED_KEYS_DIR, SHIPPED_BUNDLE
from .core.conversations import Message
from .core.explain import TACTIC_TITLES, explain_tactics
from .core.outbox import Backoff, Outbox, OutboxError, OutboxFullError, ReportAlreadySent, flush
from .core.pipeline import Alert, ConversationMonitor, Detector, Step
from .core.reports import (
    EvidencePreview,
    attach_evidence,
    build_report,
    preview_evidence,
    with_child_action,
)
from .core.sync_client import AuthError, SyncClient, SyncError, Transport
from .core.updater import ModelStore, Updater, UpdateResult
from .core.vocabulary import AGE_BANDS  # noqa: F401  (re-exported for the onboarding screen)

APP_VERSION = "1.0.0"
# What the child can press -> the SPEC §3 child_action it records ("I'm OK" dismisses the alert).
ACTIONS: dict[str, str] = {
    "ok": "dismissed",
    "dismissed": "dismissed",
    "blocked": "blocked",
    "told_adult": "told_adult",
    "false_alarm": "false_alarm",
}

log = logging.getLogger("guardline.service")


@dataclass
class ServiceConfig:
    data_dir: Path
    server_url: str | None = None
    enrollment_code: str | None = None
    age_band: str | None = None
    keys_dir: Path = PINNED_KEYS_DIR
    shipped_bundle: Path = SHIPPED_BUNDLE
    hold_unacted_s: float = 3600.0  # time the child has to act before a report goes up as "none"
    history_limit: int = 200  # messages kept in memory per conversation, for the screen and evidence
    app_version: str = APP_VERSION
    os_name: str = "android"


@dataclass(frozen=True)
class AlertView:
    """One alert as the child's and the parent's screens need it (never any message text)."""

    report_id: str
    conversation_key: str
    contact_handle: str
    platform: str
    created_at: str
    risk: float
    tags: tuple[str, ...]
    titles: tuple[str, ...]
    explanations: tuple[str, ...]
    escalation: bool
    child_action: str
    state: str  # pending | sent | rejected | unsaved

    @property
    def needs_attention(self) -> bool:
        return self.child_action == "none"


@dataclass
class ConversationInfo:
    key: str
    contact_handle: str
    platform: str
    risk: float = 0.0
    alerted: bool = False
    messages_seen: int = 0
    history: deque[Message] = field(default_factory=deque)


@dataclass(frozen=True)
class SyncOutcome:
    ok: bool
    uploaded: int = 0
    duplicates: int = 0
    rejected: int = 0
    pending: int = 0
    error: str | None = None
    next_attempt_at: float | None = None
    skipped: bool = False


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


AlertListener = Callable[[AlertView], None]


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
        self._lock = threading.RLock()
        self._clock = clock
        self._transport = transport
        self._notifier = notifier
        self.backoff = backoff or Backoff()
        self.outbox = Outbox(
            self.config.data_dir / "guardline.sqlite3", max_bytes=outbox_max_bytes, clock=clock
        )
        self.store = ModelStore(self.config.data_dir / "models", shipped=config.shipped_bundle)
        if detector is None:
            detector, self.model_source = self.store.load_detector()
        else:
            self.model_source = "given"
        self.monitor = ConversationMonitor(detector)
        self._conversations: dict[str, ConversationInfo] = {}
        self._escalations: dict[str, bool] = {}
        self._unsaved: dict[str, tuple[dict[str, Any], str]] = {}  # report_id -> (report, key)
        self._live: set[str] = set()  # reports raised in this run: their chat history is in memory
        self._listeners: list[AlertListener] = []
        self.last_error: str | None = None
        self._remember_server_settings()

    # -- setup ----------------------------------------------------------------------------------

    def _remember_server_settings(self) -> None:
        """Config given at start wins; otherwise what onboarding saved earlier."""
        if self.config.server_url and self.config.server_url != self.outbox.get_state("server.url"):
            self.outbox.set_state(**{"device.id": None, "device.token": None})  # another server: enroll again
        saved = {
            "server.url": self.config.server_url,
            "server.enrollment_code": self.config.enrollment_code,
            "profile.age_band": self.config.age_band,
        }
        self.outbox.set_state(**{k: v for k, v in saved.items() if v})

    def configure_server(self, url: str | None, enrollment_code: str | None, age_band: str) -> None:
        """Onboarding's answers. A new server means a new enrollment."""
        if age_band not in AGE_BANDS:
            raise ValueError(f"age band must be one of {AGE_BANDS}")
        if url and not url.startswith(("http://", "https://")):
            raise ValueError("the server address must start with http:// or https://")
        with self._lock:
            if url != self.outbox.get_state("server.url"):
                self.outbox.set_state(**{"device.id": None, "device.token": None})
            self.outbox.set_state(
                **{
                    "server.url": url or None,
                    "server.enrollment_code": enrollment_code or None,
                    "profile.age_band": age_band,
                }
            )

    @property
    def server_url(self) -> str | None:
        return self.outbox.get_state("server.url")

    @property
    def model_version(self) -> str:
        return self.monitor.detector.model_version

    def add_alert_listener(self, listener: AlertListener) -> None:
        self._listeners.append(listener)

    # -- incoming messages ----------------------------------------------------------------------

    def handle_incoming(
        self,
        conversation_key: str,
        message: Message,
        platform: str = "unknown",
        contact_handle: str | None = None,
    ) -> Step:
        """Score one message as it arrives; on an alert, save a pending report and tell the child."""
        with self._lock:
            info = self._conversations.get(conversation_key)
            if info is None:
                info = ConversationInfo(
                    key=conversation_key,
                    contact_handle=contact_handle or conversation_key,
                    platform=platform,
                    history=deque(maxlen=self.config.history_limit),
                )
                self._conversations[conversation_key] = info
            step = self.monitor.observe(conversation_key, message)
            info.history.append(message)
            info.messages_seen += 1
            info.risk = step.risk
            if step.alert is None:
                return step
            info.alerted = True
            suspect = contact_handle if (contact_handle and not message.from_child) else info.contact_handle
            view = self._record_alert(step.alert, conversation_key, info, suspect)
        self._announce(view)
        return step

    def _record_alert(self, alert: Alert, key: str, info: ConversationInfo, suspect: str) -> AlertView:
        report = build_report(
            alert, platform=info.platform, suspect_handle=suspect, messages_observed=info.messages_seen
        )
        self._escalations[report["report_id"]] = alert.escalation
        self._live.add(report["report_id"])
        try:
            self.outbox.add(report, conversation_key=key, ready_at=self._clock() + self.config.hold_unacted_s)
            state = "pending"
        except OutboxError as exc:  # the alert still reaches the child; the report waits in memory
            self.last_error = str(exc)
            self._unsaved[report["report_id"]] = (report, key)
            state = "unsaved"
        return self._view(report, key, state)

    def _announce(self, view: AlertView) -> None:
        from .notify import alert_notification, notify

        title, text = alert_notification(view.escalation)
        (self._notifier or notify)(title, text)
        for listener in list(self._listeners):
            try:
                listener(view)
            except Exception:  # a broken screen must not stop scanning
                log.exception("alert listener failed")

    # -- alerts and the child's choices ---------------------------------------------------------

    def _view(self, report: dict[str, Any], key: str, state: str) -> AlertView:
        tags = tuple(report["tags"])
        return AlertView(
            report_id=report["report_id"],
            conversation_key=key,
            contact_handle=report["suspect_handle"],
            platform=report["platform"],
            created_at=report["created_at"],
            risk=float(report["risk"]),
            tags=tags,
            titles=tuple(TACTIC_TITLES.get(t, t) for t in tags),
            explanations=tuple(explain_tactics(tags)),
            escalation=self._escalations.get(report["report_id"], False),
            child_action=report["child_action"],
            state=state,
        )

    def alerts(self) -> list[AlertView]:
        """Every alert, newest first (saved ones from the outbox, plus any waiting for disk space)."""
        with self._lock:
            views = [self._view(e.report, e.conversation_key, e.state) for e in self.outbox.entries()]
            views += [self._view(r, k, "unsaved") for r, k in self._unsaved.values()]
        local = self.outbox.get_state("local.actions", {})
        views = [_with_action(v, local.get(v.report_id)) for v in views]
        return sorted(views, key=lambda v: v.created_at, reverse=True)

    def alert(self, report_id: str) -> AlertView:
        for view in self.alerts():
            if view.report_id == report_id:
                return view
        raise KeyError(report_id)

    def _report(self, report_id: str) -> tuple[dict[str, Any], str, bool]:
        if report_id in self._unsaved:
            report, key = self._unsaved[report_id]
            return report, key, False
        entry = self.outbox.get(report_id)
        if entry is None:
            raise KeyError(f"no alert {report_id}")
        return entry.report, entry.conversation_key, entry.state != "pending"

    def act(self, report_id: str, action: str) -> AlertView:
        """Record what the child chose; the report goes up with it at the next sync."""
        if action not in ACTIONS:
            raise ValueError(f"unknown action {action!r}; choose from {sorted(ACTIONS)}")
        with self._lock:
            report, key, _ = self._report(report_id)
            updated = with_child_action(report, ACTIONS[action], self._observed(key))
            self._save(updated, key)
        return self.alert(report_id)

    def evidence_preview(self, report_id: str) -> EvidencePreview:
        """Exactly what sharing would send (≤20 messages up to the alert), for the child to read first."""
        with self._lock:
            report, key, _ = self._report(report_id)
            info = self._conversations.get(key)
            # after a restart the chat's history (memory only) is gone: never preview other messages
            history = list(info.history) if (info and report_id in self._live) else []
            # history holds the last N messages; line it up with the report's absolute alert index
            offset = (info.messages_seen - len(history)) if info else 0
            shifted = dict(report, alert_index=report["alert_index"] - offset)
            return preview_evidence(shifted, history)

    def share_evidence(self, report_id: str, preview: EvidencePreview, *, child_consented: bool) -> AlertView:
        """Attach the previewed messages to this one report, only with the child's yes."""
        with self._lock:
            report, key, _ = self._report(report_id)
            updated = attach_evidence(
                report, preview, child_consented=child_consented, messages_observed=self._observed(key)
            )
            self._save(updated, key)
        return self.alert(report_id)

    def _observed(self, key: str) -> int | None:
        info = self._conversations.get(key)
        return info.messages_seen if info else None

    def _save(self, report: dict[str, Any], key: str) -> None:
        rid = report["report_id"]
        if rid in self._unsaved:
            self._unsaved[rid] = (report, key)
            self._retry_unsaved()
            return
        try:
            self.outbox.update(report, ready_now=True)
        except ReportAlreadySent:  # the server has it already: remember the choice on this device only
            local = self.outbox.get_state("local.actions", {})
            local[rid] = report["child_action"]
            self.outbox.set_state(**{"local.actions": local})

    def _retry_unsaved(self) -> None:
        for rid, (report, key) in list(self._unsaved.items()):
            ready = self._clock() + (0 if report["child_action"] != "none" else self.config.hold_unacted_s)
            try:
                self.outbox.add(report, conversation_key=key, ready_at=ready)
            except OutboxFullError:
                return
            del self._unsaved[rid]

    # -- conversations --------------------------------------------------------------------------

    def conversations(self) -> list[ConversationInfo]:
        """Every chat seen since start, riskiest first."""
        with self._lock:
            return sorted(self._conversations.values(), key=lambda c: (not c.alerted, -c.risk, c.key))

    def history(self, conversation_key: str) -> list[Message]:
        with self._lock:
            info = self._conversations.get(conversation_key)
            return list(info.history) if info else []

    # -- server ---------------------------------------------------------------------------------

    def _client(self) -> SyncClient | None:
        url = self.server_url
        if not url:
            return None
        return SyncClient(
            url,
            token=self.outbox.get_state("device.token"),
            transport=self._transport,
            app_version=self.config.app_version,
        )

    def _ensure_enrolled(self, client: SyncClient) -> None:
        if client.token:
            return
        age_band = self.outbox.get_state("profile.age_band") or "13-15"
        enrollment = client.enroll(
            age_band, self.outbox.get_state("server.enrollment_code"), self.config.os_name
        )
        self.outbox.set_state(**{"device.id": enrollment.device_id, "device.token": enrollment.device_token})

    def enroll(self) -> str:
        """Enroll now (onboarding's last step); returns the device id."""
        client = self._client()
        if client is None:
            raise SyncError("no server address is set")
        self._ensure_enrolled(client)
        return str(self.outbox.get_state("device.id"))

    def sync(self, force: bool = False) -> SyncOutcome:
        """Upload due reports. A dead server gives an outcome with `error`; nothing is lost."""
        self._retry_unsaved()
        client = self._client()
        if client is None:
            return SyncOutcome(
                ok=False, pending=self.outbox.pending_count(), error="no server address is set"
            )
        try:
            self._ensure_enrolled(client)
            result = flush(
                self.outbox,
                client,
                backoff=self.backoff,
                force=force,
                is_retryable=lambda exc: not isinstance(exc, AuthError),
            )
        except AuthError as exc:  # token unknown or revoked: enroll again next time
            self.outbox.set_state(**{"device.token": None, "device.id": None})
            return self._failed(str(exc))
        except SyncError as exc:
            return self._failed(str(exc))
        self.last_error = result.error
        return SyncOutcome(
            ok=result.ok,
            uploaded=result.accepted,
            duplicates=result.duplicates,
            rejected=result.rejected,
            pending=self.outbox.pending_count(),
            error=result.error,
            next_attempt_at=result.next_attempt_at,
            skipped=not result.attempted,
        )

    def _failed(self, error: str) -> SyncOutcome:
        self.last_error = error
        return SyncOutcome(ok=False, pending=self.outbox.pending_count(), error=error)

    def check_for_update(self) -> UpdateResult:
        """Fetch, verify and swap in a newer model if the server has one; scanning never pauses."""
        client = self._client()
        if client is None:
            return UpdateResult("unavailable", self.model_version, message="no server address is set")
        try:
            self._ensure_enrolled(client)
        except SyncError as exc:
            return UpdateResult("unavailable", self.model_version, message=str(exc))
        updater = Updater(
            client,
            self.store,
            self.outbox,
            swap=self._swap,
            current_version=lambda: self.model_version,
            keys_dir=self.config.keys_dir,
            app_version=self.config.app_version,
        )
        return updater.check()

    def _swap(self, detector: Detector) -> None:
        with self._lock:
            self.monitor.swap_detector(detector)
            self.model_source = "installed"

    # -- status ---------------------------------------------------------------------------------

    def status(self) -> ServiceStatus:
        counts = self.outbox.counts()
        return ServiceStatus(
            model_version=self.model_version,
            model_source=self.model_source,
            server_url=self.server_url,
            enrolled=bool(self.outbox.get_state("device.token")),
            last_sync_at=self.outbox.get_state("sync.last_success_at"),
            next_sync_at=self.outbox.get_state("sync.next_at"),
            last_error=self.last_error or self.outbox.get_state("sync.last_error"),
            pending=counts["pending"] + len(self._unsaved),
            sent=counts["sent"],
            rejected=counts["rejected"],
        )

    def close(self) -> None:
        self.outbox.close()


def _with_action(view: AlertView, local_action: str | None) -> AlertView:
    if local_action is None:
        return view
    from dataclasses import replace

    return replace(view, child_action=local_action)
