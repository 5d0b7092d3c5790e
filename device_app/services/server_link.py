"""The device's link to the sync server: where it is, enrolment, report upload and model updates.

One lock serialises the network jobs (the worker thread and a manual "sync now" may overlap), so two
enrolments never race. Scanning never waits for it: alerts and the outbox have their own locks.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from ..core.outbox import Backoff, Outbox, flush
from ..core.pipeline import Detector
from ..core.sync_client import AuthError, SyncClient, SyncError, Transport
from ..core.updater import ModelStore, Updater, UpdateResult
from ..core.vocabulary import AGE_BANDS
from .alerts import AlertBook
from .state import DeviceState

DEFAULT_AGE_BAND = "13-15"


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


def check_server_url(url: str) -> str:
    """The address as saved; a clear ValueError for anything that is not an http(s) URL."""
    url = url.strip()
    if not url.startswith(("http://", "https://")) or len(url) > 2000 or any(c.isspace() for c in url):
        raise ValueError("the server address must start with http:// or https:// and have no spaces")
    return url.rstrip("/")


class ServerLink:
    def __init__(
        self,
        state: DeviceState,
        outbox: Outbox,
        alerts: AlertBook,
        store: ModelStore,
        *,
        swap: Callable[[Detector], None],
        current_version: Callable[[], str],
        keys_dir: Path,
        app_version: str,
        os_name: str,
        transport: Transport | None = None,
        backoff: Backoff | None = None,
    ) -> None:
        self._lock = threading.RLock()
        self.state = state
        self.outbox = outbox
        self.alerts = alerts
        self.store = store
        self._swap = swap
        self._current_version = current_version
        self.keys_dir = keys_dir
        self.app_version = app_version
        self.os_name = os_name
        self._transport = transport
        self.backoff = backoff or Backoff()
        self.last_error: str | None = None

    # -- where the server is --------------------------------------------------------------------

    @property
    def server_url(self) -> str | None:
        return self.state.settings.server_url

    @property
    def enrolled(self) -> bool:
        return bool(self.state.settings.device_token)

    def configure(self, url: str | None, enrollment_code: str | None = None) -> None:
        """Point the device at a server. A blank address changes nothing; a new one means a new enrolment."""
        if not url or not url.strip():
            return
        url = check_server_url(url)
        with self._lock:
            current = self.state.settings
            changes: dict[str, object] = {"server_url": url}
            if enrollment_code and enrollment_code.strip():
                changes["enrollment_code"] = enrollment_code.strip()
            if url != current.server_url:
                changes.update(device_id=None, device_token=None)
            self.state.update(**changes)

    def set_age_band(self, age_band: str) -> None:
        if age_band not in AGE_BANDS:
            raise ValueError(f"age band must be one of {AGE_BANDS}")
        self.state.update(age_band=age_band)

    # -- enrolment ------------------------------------------------------------------------------

    def _client(self) -> SyncClient | None:
        url = self.server_url
        if not url:
            return None
        return SyncClient(
            url,
            token=self.state.settings.device_token,
            transport=self._transport,
            app_version=self.app_version,
        )

    def _ensure_enrolled(self, client: SyncClient) -> None:
        if client.token:
            return
        settings = self.state.settings
        enrollment = client.enroll(
            settings.age_band or DEFAULT_AGE_BAND, settings.enrollment_code, self.os_name
        )
        self.state.update(device_id=enrollment.device_id, device_token=enrollment.device_token)
        client.token = enrollment.device_token

    def enroll(self) -> str:
        """Enroll now; returns the device id."""
        with self._lock:
            client = self._client()
            if client is None:
                raise SyncError("no server address is set")
            self._ensure_enrolled(client)
            return str(self.state.settings.device_id)

    # -- upload ---------------------------------------------------------------------------------

    def sync(self, force: bool = False) -> SyncOutcome:
        """Upload due reports. A dead server gives an outcome with `error`; nothing is lost."""
        self.alerts.retry_unsaved()
        with self._lock:
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
                self.state.update(device_token=None, device_id=None)
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

    # -- model updates --------------------------------------------------------------------------

    def check_for_update(self) -> UpdateResult:
        """Fetch, verify and swap in a newer model if the server has one; scanning never pauses."""
        with self._lock:
            client = self._client()
            if client is None:
                return UpdateResult(
                    "unavailable", self._current_version(), message="no server address is set"
                )
            try:
                self._ensure_enrolled(client)
            except SyncError as exc:
                return UpdateResult("unavailable", self._current_version(), message=str(exc))
            updater = Updater(
                client,
                self.store,
                self.outbox,
                swap=self._swap,
                current_version=self._current_version,
                keys_dir=(self.keys_dir, self.store.dir.parent / "keys"),  # the app's, then the data folder's
                app_version=self.app_version,
            )
            return updater.check()
