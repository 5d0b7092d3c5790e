"""Parent alerts on the child's device, wired into the service (SPEC §4).

Every alert the child sees is sealed, on this device, to each paired parent's key and queued; the queue
goes to the server's mailbox at the next sync. A dead server or a broken link never stops scanning:
sealing failures are logged and the alert still reaches the child. Pairing runs behind the parent PIN
(the screens call `start_pairing` / `finish_pairing`); the crypto is in `core.parent_link`.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from pathlib import Path

from ..core.parent_link import ParentLinkError
from ..core.parent_mailbox import ChildParentLink, FlushReport, PairingOffer, ParentLinkClient
from ..core.sync_client import SyncError, Transport
from .alerts import AlertView

log = logging.getLogger("guardline.parents")


class ParentAlerts:
    def __init__(
        self,
        data_dir: Path,
        *,
        server_url: Callable[[], str | None],
        device_token: Callable[[], str | None],
        enroll: Callable[[], object],
        transport: Transport | None = None,
    ) -> None:
        self._server_url = server_url
        self._device_token = device_token
        self._enroll = enroll
        self._transport = transport
        self._lock = threading.Lock()  # one flush at a time (the worker's sync and a manual one may overlap)
        self.link = ChildParentLink(data_dir, self._client)

    def _client(self) -> ParentLinkClient | None:
        url, token = self._server_url(), self._device_token()
        if not url or not token:
            return None
        return ParentLinkClient(url, token=token, transport=self._transport)

    def on_alert(self, view: AlertView) -> None:
        """Seal this alert's summary (date, platform, contact, tactics, severity) for every paired parent."""
        try:
            self.link.on_alert(view.created_at, view.platform, view.contact_handle, view.tags)
        except (ParentLinkError, OSError):
            log.exception("could not seal an alert for the paired parents")

    def flush(self) -> FlushReport:
        """Deliver queued sealed alerts; never raises (what could not go waits for the next sync)."""
        with self._lock:
            try:
                return self.link.flush()
            except (ParentLinkError, OSError, SyncError) as exc:
                return FlushReport(0, self.link.waiting(), str(exc))

    @property
    def paired(self) -> list[dict[str, str]]:
        return self.link.paired

    def start_pairing(self) -> PairingOffer:
        """A one-time code for the parent's phone; enrolls first if this device has not yet."""
        if not self._device_token():
            self._enroll()
        return self.link.start_pairing()

    def finish_pairing(self) -> str | None:
        """The verification digits once the parent's phone has claimed the code (None: not yet)."""
        return self.link.finish_pairing()

    def unpair(self, mailbox_id: str) -> None:
        self.link.unpair(mailbox_id)
