"""Alerts and the child's answers: the pending reports, what the child chose, and evidence consent.

Every alert is a report in the outbox (or, when the disk is full, in memory until there is room).
One lock guards the in-memory parts; the scan thread records alerts and the sync thread retries the
unsaved ones through the same lock. Observers hear about each alert raised and each choice the child
makes (the parent link seals a summary of them; screens refresh), and a failing observer never stops
scanning.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any

from ..core.explain import explain_tactics
from ..core.outbox import Outbox, OutboxError, OutboxFullError, ReportAlreadySent
from ..core.pipeline import Alert
from ..core.reports import EvidencePreview, attach_evidence, build_report, preview_evidence, with_child_action
from ..core.vocabulary import TACTIC_SEVERITY, Severity, by_severity
from ..resources import texts
from .chats import Chats, ConversationInfo
from .state import DeviceState

# What the child can press -> the SPEC §3 child_action it records ("I'm OK" dismisses the alert).
ACTIONS: dict[str, str] = {
    "ok": "dismissed",
    "dismissed": "dismissed",
    "blocked": "blocked",
    "told_adult": "told_adult",
    "false_alarm": "false_alarm",
}

log = logging.getLogger("guardline.alerts")


@dataclass(frozen=True)
class AlertView:
    """One alert as the child's and the parent's screens need it (never any message text)."""

    report_id: str
    conversation_key: str
    contact_handle: str
    platform: str
    created_at: str  # RFC 3339, UTC
    risk: float
    tags: tuple[str, ...]  # most severe first
    titles: tuple[str, ...]
    explanations: tuple[str, ...]
    escalation: bool
    child_action: str
    state: str  # pending | sent | rejected | unsaved

    @property
    def needs_attention(self) -> bool:
        return self.child_action == "none"

    @property
    def severity(self) -> str:
        """low | medium | severe: the worst tactic's, for a parent's summary."""
        worst = max((TACTIC_SEVERITY.get(t, Severity.LOW) for t in self.tags), default=Severity.LOW)
        return worst.name.lower()

    @property
    def is_sextortion(self) -> bool:
        return "coercion" in self.tags


AlertListener = Callable[[AlertView], None]


def ordered_tactics(tags: list[str] | tuple[str, ...]) -> tuple[str, ...]:
    """Most severe first (`vocabulary.by_severity`); a sextortion alert is framed by its threat, so
    `coercion` leads the severe ones."""
    ordered = by_severity(list(tags))
    if "coercion" in ordered:
        ordered.remove("coercion")
        ordered.insert(0, "coercion")
    return tuple(ordered)


def tactic_title(tactic: str) -> str:
    """The tactic's short title from the text catalogue (its name, for a tactic the catalogue lacks)."""
    catalogue = texts()
    key = f"tactic.{tactic}.title"
    return catalogue(key) if key in catalogue.entries else tactic.replace("_", " ").capitalize()


class AlertBook:
    def __init__(
        self,
        outbox: Outbox,
        state: DeviceState,
        chats: Chats,
        *,
        clock: Callable[[], float],
        hold_unacted_s: float,
    ) -> None:
        self._lock = threading.RLock()
        self.outbox = outbox
        self.state = state
        self.chats = chats
        self._clock = clock
        self.hold_unacted_s = hold_unacted_s
        self._escalations: dict[str, bool] = {}
        self._unsaved: dict[str, tuple[dict[str, Any], str]] = {}  # report_id -> (report, key)
        self._live: set[str] = set()  # reports raised in this run: their chat history is in memory
        self._raised: list[AlertListener] = []
        self._acted: list[AlertListener] = []
        self.last_error: str | None = None

    # -- observers ------------------------------------------------------------------------------

    def on_alert_raised(self, listener: AlertListener) -> None:
        """`listener(view)` after each new alert is saved (called on the scan thread)."""
        self._raised.append(listener)

    def on_child_action(self, listener: AlertListener) -> None:
        """`listener(view)` after the child answers an alert or shares evidence."""
        self._acted.append(listener)

    @staticmethod
    def _tell(listeners: list[AlertListener], view: AlertView) -> None:
        for listener in list(listeners):
            try:
                listener(view)
            except Exception:  # a broken screen or a dead parent link must not stop scanning
                log.exception("alert listener failed")

    # -- raising --------------------------------------------------------------------------------

    def record(self, alert: Alert, info: ConversationInfo, suspect: str) -> AlertView:
        """Save a pending report for this alert; the child has `hold_unacted_s` to answer first."""
        report = build_report(
            alert, platform=info.platform, suspect_handle=suspect, messages_observed=info.messages_seen
        )
        rid = report["report_id"]
        with self._lock:
            self._escalations[rid] = alert.escalation
            self._live.add(rid)
            try:
                self.outbox.add(
                    report, conversation_key=info.key, ready_at=self._clock() + self.hold_unacted_s
                )
                state = "pending"
            except OutboxError as exc:  # the alert still reaches the child; the report waits in memory
                self.last_error = str(exc)
                self._unsaved[rid] = (report, info.key)
                state = "unsaved"
            return self._view(report, info.key, state)

    def announce(self, view: AlertView) -> None:
        self._tell(self._raised, view)

    # -- reading --------------------------------------------------------------------------------

    def _view(self, report: dict[str, Any], key: str, state: str) -> AlertView:
        tags = ordered_tactics(report["tags"])
        return AlertView(
            report_id=report["report_id"],
            conversation_key=key,
            contact_handle=report["suspect_handle"],
            platform=report["platform"],
            created_at=report["created_at"],
            risk=float(report["risk"]),
            tags=tags,
            titles=tuple(tactic_title(t) for t in tags),
            explanations=tuple(explain_tactics(tags)),
            escalation=self._escalations.get(report["report_id"], False),
            child_action=report["child_action"],
            state=state,
        )

    def all(self) -> list[AlertView]:
        """Every alert, newest first (saved ones from the outbox, plus any waiting for disk space)."""
        with self._lock:
            views = [self._view(e.report, e.conversation_key, e.state) for e in self.outbox.entries()]
            views += [self._view(r, k, "unsaved") for r, k in self._unsaved.values()]
        local = self.state.settings.local_actions
        views = [replace(v, child_action=local[v.report_id]) if v.report_id in local else v for v in views]
        return sorted(views, key=lambda v: v.created_at, reverse=True)

    def get(self, report_id: str) -> AlertView:
        for view in self.all():
            if view.report_id == report_id:
                return view
        raise KeyError(report_id)

    @property
    def unsaved_count(self) -> int:
        with self._lock:
            return len(self._unsaved)

    def _report(self, report_id: str) -> tuple[dict[str, Any], str]:
        if report_id in self._unsaved:
            return self._unsaved[report_id]
        entry = self.outbox.get(report_id)
        if entry is None:
            raise KeyError(f"no alert {report_id}")
        return entry.report, entry.conversation_key

    # -- the child's choices --------------------------------------------------------------------

    def act(self, report_id: str, action: str) -> AlertView:
        """Record what the child chose; the report goes up with it at the next sync."""
        if action not in ACTIONS:
            raise ValueError(f"unknown action {action!r}; choose from {sorted(ACTIONS)}")
        with self._lock:
            report, key = self._report(report_id)
            updated = with_child_action(report, ACTIONS[action], self.chats.messages_seen(key))
            self._save(updated, key)
        view = self.get(report_id)
        self._tell(self._acted, view)
        return view

    def evidence_preview(self, report_id: str) -> EvidencePreview:
        """Exactly what sharing would send (≤20 messages up to the alert), for the child to read first."""
        with self._lock:
            report, key = self._report(report_id)
            # after a restart the chat's history (memory only) is gone: never preview other messages
            history, offset = self.chats.window(key) if report_id in self._live else ([], 0)
            # history holds the last N messages; line it up with the report's absolute alert index
            shifted = dict(report, alert_index=report["alert_index"] - offset)
            return preview_evidence(shifted, history)

    def share_evidence(self, report_id: str, preview: EvidencePreview, *, child_consented: bool) -> AlertView:
        """Attach the previewed messages to this one report, only with the child's yes."""
        with self._lock:
            report, key = self._report(report_id)
            updated = attach_evidence(
                report,
                preview,
                child_consented=child_consented,
                messages_observed=self.chats.messages_seen(key),
            )
            self._save(updated, key)
        view = self.get(report_id)
        self._tell(self._acted, view)
        return view

    def _save(self, report: dict[str, Any], key: str) -> None:
        rid = report["report_id"]
        if rid in self._unsaved:
            self._unsaved[rid] = (report, key)
            self.retry_unsaved()
            return
        try:
            self.outbox.update(report, ready_now=True)
        except ReportAlreadySent:  # the server has it already: remember the choice on this device only
            local = dict(self.state.settings.local_actions)
            local[rid] = report["child_action"]
            self.state.update(local_actions=local)

    def retry_unsaved(self) -> None:
        """Move reports that waited in memory into the outbox, now that there may be room."""
        with self._lock:
            for rid, (report, key) in list(self._unsaved.items()):
                wait = 0 if report["child_action"] != "none" else self.hold_unacted_s
                try:
                    self.outbox.add(report, conversation_key=key, ready_at=self._clock() + wait)
                except OutboxFullError:
                    return
                del self._unsaved[rid]
