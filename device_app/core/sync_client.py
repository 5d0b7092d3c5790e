"""HTTP client for the device <-> server protocol (SPEC §3), on stdlib urllib so it runs on Android.

Every byte goes through a `Transport`, so tests can swap in `RecordingTransport` and check what left
the device. Nothing here raises anything but `SyncError` subclasses: a dead server is an ordinary
state for a phone, and the outbox keeps every report until the server has it.

Exceptions::

    SyncError (Exception)
    ├── ServerUnavailable     connection refused, DNS, timeout, 5xx, 429: try again later
    ├── AuthError             401/403: the device token is unknown or revoked; enroll again
    ├── RequestRejected       any other 4xx: the server refused what we sent (details kept)
    └── ProtocolError         the answer does not follow SPEC §3 (bad JSON, missing fields, too big)
"""

from __future__ import annotations

import http.client
import json
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

API_PREFIX = "/api/v1"
MAX_REPORTS_PER_CALL = 100
USER_AGENT = "Guardline-Device"


class SyncError(Exception):
    """Talking to the sync server failed; the message is safe to show in the status screen."""


class ServerUnavailable(SyncError):
    pass


class AuthError(SyncError):
    pass


class RequestRejected(SyncError):
    def __init__(self, message: str, status: int, details: Any = None) -> None:
        super().__init__(message)
        self.status = status
        self.details = details


class ProtocolError(SyncError):
    pass


# -- transports ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class HttpResponse:
    status: int
    headers: dict[str, str]  # lower-case names
    body: bytes

    def header(self, name: str) -> str | None:
        return self.headers.get(name.lower())


class Transport(Protocol):
    """Sends one request; returns any HTTP answer (4xx/5xx included); raises ServerUnavailable on no answer."""

    def request(
        self,
        method: str,
        url: str,
        headers: Mapping[str, str],
        body: bytes | None,
        timeout: float,
        max_bytes: int,
    ) -> HttpResponse: ...


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    """Redirects are not followed: a bearer token must never be replayed to another host."""

    def redirect_request(self, *args: Any, **kwargs: Any) -> None:
        return None


class UrllibTransport:
    def __init__(self) -> None:
        self._opener = urllib.request.build_opener(_NoRedirect)

    def request(
        self,
        method: str,
        url: str,
        headers: Mapping[str, str],
        body: bytes | None,
        timeout: float,
        max_bytes: int,
    ) -> HttpResponse:
        req = urllib.request.Request(url, data=body, method=method, headers=dict(headers))
        try:
            with self._opener.open(req, timeout=timeout) as resp:
                return HttpResponse(resp.status, _lower(resp.headers.items()), _read_capped(resp, max_bytes))
        except urllib.error.HTTPError as exc:
            with exc:
                return HttpResponse(exc.code, _lower(exc.headers.items()), _read_capped(exc, max_bytes))
        except (TimeoutError, urllib.error.URLError, OSError, http.client.HTTPException, ValueError) as exc:
            reason = getattr(exc, "reason", exc)
            raise ServerUnavailable(f"cannot reach the sync server: {reason}") from exc


def _lower(items: Any) -> dict[str, str]:
    return {str(k).lower(): str(v) for k, v in items}


def _read_capped(stream: Any, max_bytes: int) -> bytes:
    data = stream.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise ProtocolError(f"the server sent more than {max_bytes} bytes")
    return bytes(data)


@dataclass(frozen=True)
class RecordedExchange:
    method: str
    url: str
    headers: dict[str, str]
    body: bytes | None
    response: HttpResponse | None
    error: str | None


@dataclass
class RecordingTransport:
    """Wraps a transport and keeps every request byte for byte (privacy-on-the-wire tests)."""

    inner: Transport = field(default_factory=UrllibTransport)
    exchanges: list[RecordedExchange] = field(default_factory=list)

    def request(
        self,
        method: str,
        url: str,
        headers: Mapping[str, str],
        body: bytes | None,
        timeout: float,
        max_bytes: int,
    ) -> HttpResponse:
        try:
            resp = self.inner.request(method, url, headers, body, timeout, max_bytes)
        except SyncError as exc:
            self.exchanges.append(RecordedExchange(method, url, dict(headers), body, None, str(exc)))
            raise
        self.exchanges.append(RecordedExchange(method, url, dict(headers), body, resp, None))
        return resp

    def sent_bytes(self) -> bytes:
        """Everything the device put on the wire (URLs, headers, bodies), for grepping."""
        parts: list[bytes] = []
        for ex in self.exchanges:
            parts.append(f"{ex.method} {ex.url}\n".encode())
            parts += [f"{k}: {v}\n".encode() for k, v in ex.headers.items()]
            parts.append(ex.body or b"")
        return b"\n".join(parts)


# -- protocol objects ----------------------------------------------------------------------------


@dataclass(frozen=True)
class Enrollment:
    device_id: str
    device_token: str


@dataclass(frozen=True)
class UploadResult:
    accepted: int
    duplicates: int
    rejected: list[dict[str, Any]]  # [{"index": i, "errors": {...}}]


@dataclass(frozen=True)
class ModelManifest:
    version: str
    sha256: str
    size: int
    signature: str | None
    created_at: str
    min_app_version: str
    download_url: str
    etag: str | None = None

    @classmethod
    def from_json(cls, data: Any, etag: str | None) -> ModelManifest:
        if not isinstance(data, dict):
            raise ProtocolError("model manifest is not a JSON object")
        try:
            size = data["size"]
            if not isinstance(size, int) or isinstance(size, bool) or size <= 0:
                raise ProtocolError(f"model manifest size must be a positive integer, got {size!r}")
            return cls(
                version=str(data["version"]),
                sha256=str(data["sha256"]).lower(),
                size=size,
                signature=data.get("signature") or None,
                created_at=str(data.get("created_at", "")),
                min_app_version=str(data.get("min_app_version") or "0"),
                download_url=str(data["download_url"]),
                etag=etag,
            )
        except KeyError as exc:
            raise ProtocolError(f"model manifest lacks {exc.args[0]!r}") from exc


# -- the client ----------------------------------------------------------------------------------


class SyncClient:
    """One server, one device token. Stateless apart from the token; the outbox holds the rest."""

    def __init__(
        self,
        base_url: str,
        *,
        token: str | None = None,
        transport: Transport | None = None,
        timeout: float = 15.0,
        app_version: str = "1.0.0",
    ) -> None:
        if not base_url.startswith(("http://", "https://")):
            raise ValueError(f"server URL must start with http:// or https://, got {base_url!r}")
        self.base_url = base_url.rstrip("/")
        self.token = token
        self.transport: Transport = transport or UrllibTransport()
        self.timeout = timeout
        self.app_version = app_version

    # public API

    def health(self) -> bool:
        resp = self._send("GET", "/health", auth=False)
        return resp.status == 200

    def enroll(
        self, age_band: str, enrollment_code: str | None = None, os_name: str = "android"
    ) -> Enrollment:
        body: dict[str, Any] = {"app_version": self.app_version, "os": os_name, "age_band": age_band}
        if enrollment_code:
            body["enrollment_code"] = enrollment_code
        data = self._json(self._send("POST", "/devices", body=body, auth=False), expect=(200, 201))
        try:
            enrollment = Enrollment(device_id=str(data["device_id"]), device_token=str(data["device_token"]))
        except (KeyError, TypeError) as exc:
            raise ProtocolError("enrollment answer lacks device_id or device_token") from exc
        self.token = enrollment.device_token
        return enrollment

    def upload_reports(self, reports: Sequence[Mapping[str, Any]]) -> UploadResult:
        if not 1 <= len(reports) <= MAX_REPORTS_PER_CALL:
            raise ValueError(f"upload 1 to {MAX_REPORTS_PER_CALL} reports per call, got {len(reports)}")
        data = self._json(self._send("POST", "/reports", body={"reports": list(reports)}), expect=(200,))
        try:
            return UploadResult(
                accepted=int(data["accepted"]),
                duplicates=int(data.get("duplicates", 0)),
                rejected=list(data.get("rejected", [])),
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise ProtocolError("upload answer lacks 'accepted'") from exc

    def current_model(self, etag: str | None = None) -> ModelManifest | None:
        """The manifest this device should run; None when unchanged since `etag` (304)."""
        headers = {"If-None-Match": etag} if etag else {}
        resp = self._send("GET", "/models/current", headers=headers)
        if resp.status == 304:
            return None
        return ModelManifest.from_json(self._json(resp, expect=(200,)), resp.header("etag"))

    def download(self, url: str, max_bytes: int) -> bytes:
        """Bundle bytes from `download_url` (absolute, or relative to the server)."""
        target = urllib.parse.urljoin(self.base_url + "/", url)
        same_host = urllib.parse.urlsplit(target).netloc == urllib.parse.urlsplit(self.base_url).netloc
        resp = self._raw("GET", target, headers={}, body=None, auth=same_host, max_bytes=max_bytes)
        if resp.status != 200:
            self._raise_for(resp)
        return resp.body

    # plumbing

    def _send(
        self,
        method: str,
        path: str,
        *,
        body: Any = None,
        headers: Mapping[str, str] | None = None,
        auth: bool = True,
    ) -> HttpResponse:
        raw = (
            None
            if body is None
            else json.dumps(body, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
        )
        hdrs = {"Accept": "application/json", **(headers or {})}
        if raw is not None:
            hdrs["Content-Type"] = "application/json"
        return self._raw(
            method, self.base_url + API_PREFIX + path, hdrs, raw, auth=auth, max_bytes=4 * 1024 * 1024
        )

    def _raw(
        self,
        method: str,
        url: str,
        headers: Mapping[str, str],
        body: bytes | None,
        *,
        auth: bool,
        max_bytes: int,
    ) -> HttpResponse:
        hdrs = {"User-Agent": f"{USER_AGENT}/{self.app_version}", **headers}
        if auth:
            if not self.token:
                raise AuthError("this device is not enrolled yet")
            hdrs["Authorization"] = f"Bearer {self.token}"
        return self.transport.request(method, url, hdrs, body, self.timeout, max_bytes)

    def _json(self, resp: HttpResponse, expect: tuple[int, ...]) -> Any:
        if resp.status not in expect:
            self._raise_for(resp)
        try:
            return json.loads(resp.body.decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise ProtocolError(f"the server answered {resp.status} with something that is not JSON") from exc

    @staticmethod
    def _raise_for(resp: HttpResponse) -> None:
        message, details = _error_of(resp)
        if resp.status in (401, 403):
            raise AuthError(f"the server refused this device ({resp.status}): {message}")
        if resp.status == 429 or resp.status >= 500:
            raise ServerUnavailable(f"the server is busy or failing ({resp.status}): {message}")
        if 400 <= resp.status < 500:
            raise RequestRejected(
                f"the server refused the request ({resp.status}): {message}", resp.status, details
            )
        raise ProtocolError(f"unexpected answer {resp.status}: {message}")


def _error_of(resp: HttpResponse) -> tuple[str, Any]:
    """The SPEC §3 error shape if present, else a short excerpt of the body."""
    try:
        err = json.loads(resp.body.decode("utf-8"))["error"]
        return str(err.get("message") or err.get("code")), err.get("details")
    except (UnicodeDecodeError, json.JSONDecodeError, KeyError, TypeError, AttributeError):
        return resp.body[:200].decode("utf-8", "replace").strip() or "no details", None
