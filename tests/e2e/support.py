"""Real processes for the end-to-end tests: gunicorn servers, devices, bundles, HTTP helpers.

Everything listens on 127.0.0.1 only. A `LiveServer` is the production server exactly as SPEC §3 starts
it (`gunicorn 'sync_server:create_app()'`, configured only through the environment), in its own process
group so a test can SIGKILL master and workers at once, the way a crash or power cut would.
"""

from __future__ import annotations

import contextlib
import importlib.util
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.request
import uuid
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import requests

from device_app.core.bundle import SHIPPED_BUNDLE, pack_bundle, parse_bundle
from device_app.core.conversations import Conversation, Message, load_conversations
from device_app.core.signing import KeyPair, sign_bytes
from device_app.core.sync_client import HttpResponse, Transport, UrllibTransport
from device_app.service import AlertView, DeviceService, ServiceConfig
from device_app.sources.demo_feed import BUNDLED_FEED

REPO = Path(__file__).resolve().parents[2]
PYTHON = sys.executable
PASSWORD = "correct horse battery staple"
DEV_SET = REPO.parent / "shared" / "data" / "dev_conversations.jsonl"
COACH_HANDLE = "xX_coolcoach_Xx"  # the contact in the bundled demo feed's grooming conversation
# The server's own production settings for gunicorn (threaded workers, keep-alive), when it ships them.
GUNICORN_CONF = (["-c", "python:sync_server.gunicorn_conf"]
                 if importlib.util.find_spec("sync_server.gunicorn_conf") is not None else [])
# Environment the tests must not inherit: it would point a server somewhere else or change its limits.
_SCRUBBED_ENV = ("DATABASE_URL", "SECRET_KEY", "RATELIMIT_STORAGE_URI", "FLASK_APP", "FLASK_DEBUG",
                 "GUARDLINE_SERVER", "GUARDLINE_STAFF_TOKEN")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def clean_env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in _SCRUBBED_ENV and not k.startswith("GUARDLINE_")}
    env.update(TF_CPP_MIN_LOG_LEVEL="2", PYTHONUNBUFFERED="1", PYTHONDONTWRITEBYTECODE="1")
    env.update(extra)
    return env


def run_cli(args: list[str], env: Mapping[str, str], *, timeout: float = 120, cwd: Path | None = None,
            check: bool = True) -> subprocess.CompletedProcess[str]:
    """`python -m ...` in a subprocess; a non-zero exit fails with the command's output."""
    proc = subprocess.run([PYTHON, *args], env=dict(env), cwd=str(cwd or REPO), capture_output=True, text=True,
                          timeout=timeout)
    if check and proc.returncode != 0:
        raise AssertionError(f"{' '.join(args)} exited {proc.returncode}\nstdout:\n{proc.stdout[-3000:]}\n"
                             f"stderr:\n{proc.stderr[-3000:]}")
    return proc


# ---------------------------------------------------------------------------------------- servers


@dataclass
class Staff:
    id: int
    username: str
    role: str
    token: str

    @property
    def headers(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.token}"}


@dataclass
class LiveServer:
    """gunicorn serving `sync_server:create_app()` on 127.0.0.1, configured through the environment.

    It runs with the server's own gunicorn settings (`-c python:sync_server.gunicorn_conf`) when present,
    the worker count pinned by the test.
    """

    workdir: Path
    db_url: str
    settings: dict[str, str] = field(default_factory=dict)  # GUARDLINE_<NAME> overrides
    workers: int = 2
    port: int = field(default_factory=free_port)
    proc: subprocess.Popen[bytes] | None = None
    starts: int = 0
    _app: Any = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def api(self) -> str:
        return self.url + "/api/v1"

    @property
    def log_path(self) -> Path:
        return self.workdir / "gunicorn.log"

    @property
    def env(self) -> dict[str, str]:
        env = clean_env(DATABASE_URL=self.db_url, SECRET_KEY="e2e-" + "k" * 40, FLASK_APP="sync_server",
                        GUARDLINE_SESSION_COOKIE_SECURE="false")  # plain http on loopback
        env.update({f"GUARDLINE_{k}": v for k, v in self.settings.items()})
        return env

    def start(self, timeout: float = 30.0) -> None:
        if self.proc is not None and self.proc.poll() is None:
            raise RuntimeError("already running")
        cmd = [PYTHON, "-m", "gunicorn", *GUNICORN_CONF, "--bind", f"127.0.0.1:{self.port}",
               "--workers", str(self.workers), "--no-control-socket", "--graceful-timeout", "3",
               "sync_server:create_app()"]
        with open(self.log_path, "ab") as log:
            self.proc = subprocess.Popen(cmd, cwd=str(self.workdir), env=self.env, stdout=log,
                                         stderr=subprocess.STDOUT, start_new_session=True)
        self.starts += 1
        self.wait_healthy(timeout)

    def wait_healthy(self, timeout: float = 30.0) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc is None or self.proc.poll() is not None:
                raise AssertionError(f"gunicorn exited during start-up:\n{self.log_tail()}")
            try:
                with urllib.request.urlopen(self.api + "/health", timeout=1) as resp:  # noqa: S310 - loopback
                    if resp.status == 200:
                        return
            except OSError:
                pass
            time.sleep(0.05)
        raise AssertionError(f"gunicorn did not answer /health within {timeout}s:\n{self.log_tail()}")

    def kill(self) -> None:
        """SIGKILL the master and every worker at once (a crash: no cleanup, no graceful shutdown)."""
        assert self.proc is not None
        with contextlib.suppress(ProcessLookupError):
            os.killpg(self.proc.pid, signal.SIGKILL)
        self.proc.wait(timeout=10)
        _wait_gone(self.proc.pid)

    def stop(self) -> None:
        if self.proc is None or self.proc.poll() is not None:
            self._dispose_app()
            return
        try:
            os.killpg(self.proc.pid, signal.SIGTERM)
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            os.killpg(self.proc.pid, signal.SIGKILL)
            self.proc.wait(timeout=10)
        except ProcessLookupError:
            pass
        _wait_gone(self.proc.pid)
        self._dispose_app()

    def pids(self) -> list[int]:
        """The master and its workers (children), from /proc."""
        assert self.proc is not None
        return [self.proc.pid, *children_of(self.proc.pid)]

    def describe(self) -> str:
        """Master alive or its exit code, who listens on the port now, and the log's tail."""
        state = "never started" if self.proc is None else (
            f"master {self.proc.pid} " + ("running" if self.proc.poll() is None else f"exited {self.proc.returncode}"))
        listening = listening_on(self.port)
        return f"{state}; port {self.port} listening: {listening}\n{self.log_tail()}"

    def log_tail(self, chars: int = 4000) -> str:
        try:
            return self.log_path.read_text(encoding="utf-8", errors="replace")[-chars:]
        except OSError:
            return "(no log)"

    def flask(self, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
        """The server's own CLI (`flask users ...`, `flask db upgrade`) against the same database."""
        return run_cli(["-m", "flask", *args], self.env, cwd=self.workdir, check=check)

    # -- in-process access to the same database (helpers and assertions only) ------------------------

    def app(self) -> Any:
        if self._app is None:
            from sqlalchemy.pool import NullPool

            from sync_server import TestConfig, create_app

            settings = {k: getattr(TestConfig, k) for k in dir(TestConfig) if k.isupper()}
            settings.update(SQLALCHEMY_DATABASE_URI=self.db_url, SQLALCHEMY_ENGINE_OPTIONS={"poolclass": NullPool})
            self._app = create_app(settings)
        return self._app

    def _dispose_app(self) -> None:
        if self._app is not None:
            from sync_server.extensions import db

            with self._app.app_context():
                db.session.remove()
                db.engine.dispose()

    def make_staff(self, role: str, username: str | None = None) -> Staff:
        from sync_server.services import staff as staff_service

        name = username or f"{role.replace('_', '')}-{uuid.uuid4().hex[:8]}"
        with self.app().app_context():
            user = staff_service.create_user(name, PASSWORD, role)
            secret = staff_service.create_token(user.id, "e2e", actor_id=None).secret
            return Staff(user.id, user.username, role, secret)

    def query(self, sql: str, **params: Any) -> list[tuple[Any, ...]]:
        from sqlalchemy import text

        from sync_server.extensions import db

        with self.app().app_context():
            rows = [tuple(r) for r in db.session.execute(text(sql), params)]
            db.session.rollback()
            return rows


def children_of(pid: int) -> list[int]:
    out = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        ppid = int(stat.rsplit(")", 1)[1].split()[1])
        if ppid == pid:
            out.append(int(entry.name))
    return sorted(out)


def listening_on(port: int) -> bool:
    """Whether any socket listens on 127.0.0.1/0.0.0.0:`port` (from /proc/net/tcp; state 0A is LISTEN)."""
    wanted = {f"0100007F:{port:04X}", f"00000000:{port:04X}"}
    try:
        lines = Path("/proc/net/tcp").read_text().splitlines()[1:]
    except OSError:
        return False
    return any(f[1] in wanted and f[3] == "0A" for f in (line.split() for line in lines))


def _wait_gone(pgid: int, timeout: float = 10.0) -> None:
    """Until no process of the group is left (workers die with their master only when SIGKILLed too)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            os.killpg(pgid, 0)
        except ProcessLookupError:
            return
        time.sleep(0.02)


def copy_sqlite(template: Path, target: Path) -> str:
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(template, target)
    for suffix in ("-wal", "-shm"):
        extra = Path(str(template) + suffix)
        if extra.exists():
            shutil.copyfile(extra, Path(str(target) + suffix))
    return f"sqlite:///{target}"


# ---------------------------------------------------------------------------------------- HTTP


def error_of(resp: requests.Response) -> dict[str, Any]:
    """The SPEC §3 error object of a response, after checking the shape exactly."""
    assert resp.headers.get("Content-Type", "").startswith("application/json"), (resp.status_code, resp.text[:300])
    body = resp.json()
    assert isinstance(body, dict) and set(body) == {"error"}, body
    err = body["error"]
    assert isinstance(err, dict) and set(err) == {"code", "message", "details"}, body
    assert isinstance(err["code"], str) and err["code"], body
    assert isinstance(err["message"], str) and err["message"], body
    assert isinstance(err["details"], dict), body
    return err


def publish_http(server: LiveServer, staff: Staff, data: bytes, signature: str, name: str = "b.zip") -> requests.Response:
    return requests.post(f"{server.api}/ml/models", headers=staff.headers, data={"signature": signature},
                         files={"file": (name, data, "application/zip")}, timeout=30)


def roll_out(server: LiveServer, staff: Staff, version: str) -> None:
    """Offer `version` to every device and make it current (what `publish --rollout 100` does)."""
    resp = requests.post(f"{server.api}/ml/rollout/stage", headers=staff.headers,
                         json={"version": version, "percent": 100}, timeout=30)
    assert resp.status_code == 200, resp.text
    resp = requests.post(f"{server.api}/ml/rollout/promote", headers=staff.headers, timeout=30)
    assert resp.status_code == 200, resp.text


def staff_session(server: LiveServer, username: str, password: str = PASSWORD) -> requests.Session:
    """A requests session logged in through the JSON session login (CSRF token first)."""
    session = requests.Session()
    token = session.get(f"{server.api}/auth/csrf", timeout=10).json()["csrf_token"]
    session.headers["X-CSRFToken"] = token
    resp = session.post(f"{server.api}/auth/login", json={"username": username, "password": password}, timeout=10)
    assert resp.status_code == 200, resp.text
    return session


# ---------------------------------------------------------------------------------------- bundles


def shipped_bundle() -> Any:
    return parse_bundle(SHIPPED_BUNDLE.read_bytes())


def repack(version: str, **manifest_changes: Any) -> bytes:
    """The shipped model under another version (and any other manifest change, e.g. a fingerprint)."""
    bundle = shipped_bundle()
    return pack_bundle(replace(bundle.manifest, version=version, **manifest_changes), bundle.model_bytes)


def signed(data: bytes, key: KeyPair) -> str:
    return sign_bytes(data, key.private_b64)


# ---------------------------------------------------------------------------------------- devices


def coach_conversation() -> Conversation:
    """The bundled demo feed's grooming conversation (the app's own demo alerts on it)."""
    for conv in load_conversations(BUNDLED_FEED):
        if conv.label == "grooming":
            return conv
    raise AssertionError("the bundled demo feed has no grooming conversation")


def dev_conversations() -> list[Conversation]:
    return load_conversations(DEV_SET)


@dataclass
class Device:
    """A DeviceService plus every alert it showed the child (in order)."""

    name: str
    service: DeviceService
    alerts: list[AlertView] = field(default_factory=list)

    def replay(self, conversation: Conversation | Iterable[Message], *, key: str, handle: str,
               platform: str = "game_chat") -> list[AlertView]:
        """Feed a conversation message by message, as if each had just arrived; returns its alerts."""
        messages = conversation.messages if isinstance(conversation, Conversation) else tuple(conversation)
        before = len(self.alerts)
        for message in messages:
            self.service.handle_incoming(key, message, platform, None if message.from_child else handle)
        return self.alerts[before:]

    def sync_until_empty(self, timeout: float = 30.0) -> list[Any]:
        outcomes = []
        deadline = time.monotonic() + timeout
        while True:
            outcome = self.service.sync(force=True)
            outcomes.append(outcome)
            if outcome.pending == 0 and outcome.ok:
                return outcomes
            if time.monotonic() > deadline:
                raise AssertionError(f"{self.name}: outbox not empty after {timeout}s: {outcome}")
            time.sleep(0.05)


def new_device(name: str, data_dir: Path, *, server_url: str | None, keys_dir: Path,
               transport: Transport | None = None, outbox_max_bytes: int | None = None,
               backoff: Any = None, **config: Any) -> Device:
    service = DeviceService(
        ServiceConfig(data_dir=data_dir, server_url=server_url, age_band="13-15", keys_dir=keys_dir,
                      **config),
        transport=transport or UrllibTransport(), notifier=lambda title, body: None,
        outbox_max_bytes=outbox_max_bytes, backoff=backoff,
    )
    device = Device(name, service)
    service.add_alert_listener(device.alerts.append)
    return device


# ---------------------------------------------------------------------------------------- a man in the middle


@dataclass
class TamperingTransport:
    """Real HTTP underneath; rewrites what the server answered, like a hostile network or a broken CDN.

    `manifest_patch` replaces fields of the /models/current answer; `bundle_patch` rewrites the bundle
    bytes of the download. Both are None (pass-through) unless a test sets them.
    """

    inner: Transport = field(default_factory=UrllibTransport)
    manifest_patch: dict[str, Any] | None = None
    bundle_patch: Callable[[bytes], bytes] | None = None
    lock: threading.Lock = field(default_factory=threading.Lock)

    def request(self, method: str, url: str, headers: Mapping[str, str], body: bytes | None, timeout: float,
                max_bytes: int) -> HttpResponse:
        if self.bundle_patch is not None and url.endswith("/bundle"):
            max_bytes = 64 * 1024 * 1024  # fetch the original whole; the cap applies to what we hand back
        resp = self.inner.request(method, url, headers, body, timeout, max_bytes)
        if url.endswith("/models/current") and resp.status == 200 and self.manifest_patch:
            data = json.loads(resp.body)
            data.update(self.manifest_patch)
            resp = HttpResponse(resp.status, dict(resp.headers), json.dumps(data).encode())
        elif url.endswith("/bundle") and resp.status == 200 and self.bundle_patch is not None:
            resp = HttpResponse(resp.status, dict(resp.headers), self.bundle_patch(resp.body))
        return resp
