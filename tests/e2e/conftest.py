"""Fixtures for the end-to-end tests: real gunicorn servers, staff keys made by the real CLI, devices.

Servers run on SQLite files copied from one database migrated once per session with `flask db upgrade`
(the production path), or on the throw-away PostgreSQL cluster that tests/server starts (`pg_url`,
reused from there). Every server and device made here is stopped and closed at the end of its test.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from contextlib import ExitStack
from pathlib import Path
from typing import Any

import pytest

from device_app.core.signing import KeyPair, generate_keypair, read_key_file
from tests.server.conftest import pg_url  # noqa: F401  (the shared PostgreSQL starter)

from .support import Device, LiveServer, clean_env, copy_sqlite, new_device, run_cli


@pytest.fixture(scope="session")
def staff_keys(tmp_path_factory: pytest.TempPathFactory) -> KeyPair:
    """A fresh ML-staff key pair, made by `python -m model_training keygen`."""
    folder = tmp_path_factory.mktemp("staff-key")
    run_cli(["-m", "model_training", "keygen", "--out", str(folder / "ml_staff.key")], clean_env())
    return KeyPair(read_key_file(folder / "ml_staff.key"), read_key_file(folder / "ml_staff.pub"))


@pytest.fixture(scope="session")
def staff_key_file(staff_keys: KeyPair, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("staff-key-file") / "ml_staff.key"
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w") as fh:
        fh.write(staff_keys.private_b64 + "\n")
    return path


@pytest.fixture(scope="session")
def rogue_keys() -> KeyPair:
    """A key the server may be told to trust but that no app pins."""
    return generate_keypair()


@pytest.fixture(scope="session")
def pinned_keys_dir(staff_keys: KeyPair, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """What the app pins (assets/keys/*.pub in a real build): only the ML-staff public key."""
    folder = tmp_path_factory.mktemp("pinned-keys")
    (folder / "ml_staff.pub").write_text("# e2e ML-staff key\n" + staff_keys.public_b64 + "\n", encoding="utf-8")
    return folder


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An empty database built by the real migrations (`flask db upgrade`), copied for each server."""
    path = tmp_path_factory.mktemp("template") / "template.sqlite3"
    run_cli(["-m", "flask", "db", "upgrade"], clean_env(DATABASE_URL=f"sqlite:///{path}", FLASK_APP="sync_server",
                                                         SECRET_KEY="template"))
    return path


class ServerFactory:
    """`factory(workers=2, db_url=..., **GUARDLINE settings)` starts a gunicorn server stopped when the fixture
    ends; `started` keeps every one, so a failing test's report can say what state each server was in."""

    def __init__(self, stack: ExitStack, tmp_path_factory: pytest.TempPathFactory, template: Path,
                 staff_keys: KeyPair) -> None:
        self.stack, self.tmp_path_factory, self.template, self.staff_keys = stack, tmp_path_factory, template, staff_keys
        self.started: list[LiveServer] = []

    def __call__(self, *, db_url: str | None = None, workers: int = 2, extra_keys: tuple[str, ...] = (),
                 **settings: str) -> LiveServer:
        workdir = self.tmp_path_factory.mktemp("server")
        url = db_url or copy_sqlite(self.template, workdir / "guardline.sqlite3")
        keys = ",".join((self.staff_keys.public_b64, *extra_keys))
        server = LiveServer(workdir, url, {"STAFF_PUBLIC_KEYS": keys, **settings}, workers=workers)
        self.started.append(server)
        self.stack.callback(server.stop)
        server.start()
        return server


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]) -> Iterator[None]:
    """On a failure, add each server's state at that moment (master alive? port listening? log tail): a
    refused connection then says whether the server had died or was never the one answering."""
    outcome = yield
    report = outcome.get_result()
    if report.passed or call.when == "teardown":
        return
    for value in getattr(item, "funcargs", {}).values():
        if isinstance(value, ServerFactory):
            for server in value.started:
                report.sections.append((f"server on port {server.port}", server.describe()))


@pytest.fixture
def start_server(tmp_path_factory: pytest.TempPathFactory, sqlite_template: Path,
                 staff_keys: KeyPair) -> Iterator[ServerFactory]:
    """Start gunicorn servers for one test: `start_server(workers=2, REPORT_RATE_LIMIT="...")`."""
    with ExitStack() as stack:
        yield ServerFactory(stack, tmp_path_factory, sqlite_template, staff_keys)


@pytest.fixture(scope="module")
def start_module_server(tmp_path_factory: pytest.TempPathFactory, sqlite_template: Path,
                        staff_keys: KeyPair) -> Iterator[ServerFactory]:
    with ExitStack() as stack:
        yield ServerFactory(stack, tmp_path_factory, sqlite_template, staff_keys)


DeviceFactory = Callable[..., Device]


@pytest.fixture
def make_device(tmp_path: Path, pinned_keys_dir: Path) -> Iterator[DeviceFactory]:
    """`make_device(server_or_None, name, **ServiceConfig fields)`: a DeviceService with its own data dir."""
    made: list[Device] = []

    def _make(server: LiveServer | None, name: str = "device", *, data_dir: Path | None = None,
              **kwargs: Any) -> Device:
        kwargs.setdefault("keys_dir", pinned_keys_dir)
        device = new_device(name, data_dir or tmp_path / f"device-{name}-{len(made)}",
                            server_url=server.url if server else None, **kwargs)
        made.append(device)
        return device

    yield _make
    for device in made:
        device.service.close()
