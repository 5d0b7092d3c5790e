"""A real HTTP server on 127.0.0.1 speaking SPEC §3, for device-side tests (no Flask needed).

It keeps every request body, counts duplicate report ids the way the real server does, serves a
model manifest with an ETag (304 on If-None-Match) and whatever bundle bytes a test puts up.
"""

from __future__ import annotations

import json
import socket
import threading
import uuid
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


@dataclass
class ServerState:
    reports: dict[str, dict[str, Any]] = field(default_factory=dict)
    requests: list[tuple[str, str, dict[str, str], bytes]] = field(default_factory=list)
    tokens: set[str] = field(default_factory=set)
    manifest: dict[str, Any] | None = None
    bundle: bytes = b""
    bundle_served: bytes | None = None  # what the download actually returns (None: `bundle`)
    downloads: int = 0
    fail_with: int | None = None  # answer every API call with this status
    reject_platform: str | None = None  # reports on this platform are rejected (validation)

    @property
    def etag(self) -> str:
        return '"' + (self.manifest or {}).get("sha256", "none")[:16] + '"'


class _Handler(BaseHTTPRequestHandler):
    server: _Server

    def log_message(self, *args: Any) -> None:  # keep test output quiet
        pass

    def _body(self) -> bytes:
        length = int(self.headers.get("Content-Length") or 0)
        return self.rfile.read(length) if length else b""

    def _send(
        self,
        status: int,
        payload: Any = None,
        headers: dict[str, str] | None = None,
        raw: bytes | None = None,
    ):
        body = raw if raw is not None else (b"" if payload is None else json.dumps(payload).encode())
        self.send_response(status)
        self.send_header("Content-Type", "application/json" if raw is None else "application/zip")
        self.send_header("Content-Length", str(len(body)))
        for k, v in (headers or {}).items():
            self.send_header(k, v)
        self.end_headers()
        self.wfile.write(body)

    def _authed(self) -> bool:
        auth = self.headers.get("Authorization", "")
        return auth.startswith("Bearer ") and auth[7:] in self.server.state.tokens

    def _record(self, body: bytes) -> None:
        self.server.state.requests.append((self.command, self.path, dict(self.headers.items()), body))

    def do_GET(self) -> None:
        self._record(b"")
        st = self.server.state
        if self.path == "/api/v1/health":
            return self._send(200, {"status": "ok"})
        if st.fail_with:
            return self._send(st.fail_with, {"error": {"code": "down", "message": "failing on purpose"}})
        if self.path == "/api/v1/models/current":
            if not self._authed():
                return self._send(401, {"error": {"code": "unauthorized", "message": "bad token"}})
            if st.manifest is None:
                return self._send(404, {"error": {"code": "not_found", "message": "no model"}})
            if self.headers.get("If-None-Match") == st.etag:
                return self._send(304, headers={"ETag": st.etag})
            return self._send(200, st.manifest, headers={"ETag": st.etag})
        if self.path.startswith("/bundles/"):
            st.downloads += 1
            return self._send(200, raw=st.bundle if st.bundle_served is None else st.bundle_served)
        return self._send(404, {"error": {"code": "not_found", "message": self.path}})

    def do_POST(self) -> None:
        body = self._body()
        self._record(body)
        st = self.server.state
        if st.fail_with:
            return self._send(st.fail_with, {"error": {"code": "down", "message": "failing on purpose"}})
        data = json.loads(body or b"{}")
        if self.path == "/api/v1/devices":
            token = uuid.uuid4().hex
            st.tokens.add(token)
            return self._send(201, {"device_id": str(uuid.uuid4()), "device_token": token})
        if self.path == "/api/v1/reports":
            if not self._authed():
                return self._send(401, {"error": {"code": "unauthorized", "message": "bad token"}})
            accepted = duplicates = 0
            rejected = []
            for i, report in enumerate(data["reports"]):
                if report.get("platform") == st.reject_platform:
                    rejected.append({"index": i, "errors": {"platform": ["not allowed"]}})
                elif report["report_id"] in st.reports:
                    duplicates += 1
                else:
                    st.reports[report["report_id"]] = report
                    accepted += 1
            return self._send(200, {"accepted": accepted, "duplicates": duplicates, "rejected": rejected})
        return self._send(404, {"error": {"code": "not_found", "message": self.path}})


class _Server(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.state = ServerState()


class FakeServer:
    def __init__(self) -> None:
        self._server = _Server()
        self.thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True
        )

    @property
    def state(self) -> ServerState:
        return self._server.state

    @property
    def url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}"

    def __enter__(self) -> FakeServer:
        self.thread.start()
        return self

    def __exit__(self, *exc: Any) -> None:
        self._server.shutdown()
        self._server.server_close()


def dead_url() -> str:
    """A URL on a port nothing listens on: connection refused, at once."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    return f"http://127.0.0.1:{port}"
