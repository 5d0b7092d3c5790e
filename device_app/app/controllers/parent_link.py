"""Both screens of the parent link, as plain controllers (no Kivy): testable without a window.

    ChildPairingController   behind the PIN on the child's device: show a one-time code for the
                             parent's phone, then the six verification digits both phones must show
    ParentModeController     the parent's own phone: type the code, then see the child's alerts (date in
                             local time, where, who, what kind, how serious) - never any message text

Every method answers with words a parent can act on; network and crypto errors never escape.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import tzinfo
from pathlib import Path
from typing import Any

from ...core.explain import TACTIC_TITLES
from ...core.parent_link import AlertSummary, KeyCheckFailed, ParentLinkError
from ...core.parent_mailbox import ParentInbox, ParentLinkClient
from ...core.sync_client import RequestRejected, SyncError, Transport
from ...services.parents import ParentAlerts
from .alerts import platform_name

SEVERITY_WORDS = {"severe": "Serious - talk with your child soon", "medium": "Worrying", "low": "Worth a look"}


class ChildPairingController:
    def __init__(self, parents: ParentAlerts) -> None:
        self.parents = parents

    def offer(self) -> tuple[str, str]:
        """(code to show, message). The code is empty when none could be made."""
        try:
            offer = self.parents.start_pairing()
        except SyncError as exc:
            return "", f"Could not make a code: {exc}. Check the connection and try again."
        return offer.code, ("On the parent's phone, open Guardline in parent mode and type this code. "
                            "It works once, for 15 minutes.")

    def check(self) -> str:
        """What to tell the parent now: still waiting, paired (compare digits), or failed."""
        try:
            digits = self.parents.finish_pairing()
        except KeyCheckFailed:
            return "Pairing failed: the phones could not confirm each other. Make a new code and try again."
        except (ParentLinkError, SyncError) as exc:
            return f"Pairing did not finish: {exc}"
        if digits is None:
            return "Waiting for the parent's phone to enter the code..."
        return f"Paired. Check that the parent's phone shows the same numbers: {digits}"

    def paired_count(self) -> int:
        return len(self.parents.paired)


def summary_row(summary: AlertSummary, tz: tzinfo | None = None) -> dict[str, Any]:
    """One alert on the parent's phone, in its own time zone."""
    return {
        "date": summary.local_time(tz),
        "contact": summary.contact,
        "platform": platform_name(summary.platform),
        "tactics": ", ".join(TACTIC_TITLES.get(t, t) for t in summary.tactics) or "-",
        "severity": SEVERITY_WORDS.get(summary.severity, summary.severity),
    }


class ParentModeController:
    """The parent's phone. `server_url()` is the deployment's server (the same setting the app uses)."""

    def __init__(self, data_dir: str | Path, server_url: Callable[[], str | None],
                 transport: Transport | None = None, tz: tzinfo | None = None) -> None:
        self._server_url = server_url
        self._transport = transport
        self.tz = tz
        self.inbox = ParentInbox(Path(data_dir) / "parent-mode", self._client)

    def _client(self, token: str | None) -> ParentLinkClient | None:
        url = self._server_url()
        return ParentLinkClient(url, token=token, transport=self._transport) if url else None

    def pair(self, typed_code: str) -> str:
        try:
            digits = self.inbox.pair(typed_code)
        except KeyCheckFailed:
            return "Pairing failed: the phones could not confirm each other. Ask for a new code."
        except RequestRejected as exc:
            if exc.status in (404, 409):
                return "That code is not valid any more (it works once, for 15 minutes). Ask for a new one."
            return f"The server refused the code: {exc}"
        except ParentLinkError as exc:
            return str(exc)
        except SyncError as exc:
            return f"Could not reach the server: {exc}"
        return f"Paired. Check that your child's phone shows the same numbers: {digits}"

    def refresh(self) -> str:
        """Collect new alerts; returns what to say about it."""
        if not self.inbox.children():
            return "Not paired yet: enter the code shown in Guardline's parent view on your child's phone."
        try:
            fresh = self.inbox.refresh()
        except SyncError as exc:
            return f"Could not check for warnings: {exc}"
        return f"{len(fresh)} new warning(s)." if fresh else "No new warnings."

    def collect(self) -> int:
        """The background check on a parent's phone: how many new warnings arrived (0 if unpaired/offline)."""
        if not self.inbox.children():
            return 0
        try:
            return len(self.inbox.refresh())
        except SyncError:
            return 0

    def rows(self) -> list[dict[str, Any]]:
        return [summary_row(s, self.tz) for s in self.inbox.alerts()]
