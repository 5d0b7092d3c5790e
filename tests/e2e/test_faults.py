"""Faults: a crashing server, a restarting database, hostile bundles, a full disk on the phone.

(a) gunicorn (master and workers) is SIGKILLed five times while four devices upload hundreds of reports:
    afterwards every report is on the server exactly once and every outbox is empty.
(b) PostgreSQL restarts under a running gunicorn: the server must recover by itself, and no request
    made after the database is back may fail.
(c) Truncated, tampered, wrongly signed, wrong-fingerprint and corrupt bundles, served by the real server
    or by a man in the middle: the device refuses each with its reason and keeps scanning with the last
    good model (an alert still fires after each refusal); a good bundle still installs afterwards.
(d) The phone's disk fills up under the outbox: a clear error, the alert still reaches the child, and the
    outbox stays intact (integrity_check ok, earlier reports still there).
"""

from __future__ import annotations

import json
import os
import random
import sqlite3
import subprocess
import threading
import time
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import psycopg
import pytest
import requests

from device_app.core.outbox import Backoff, OutboxFullError
from device_app.core.signing import KeyPair, sha256_hex, sign_bytes

from .conftest import DeviceFactory, ServerFactory
from .support import (
    COACH_HANDLE,
    Device,
    LiveServer,
    TamperingTransport,
    clean_env,
    coach_conversation,
    publish_http,
    repack,
    roll_out,
    run_cli,
    signed,
)

pytestmark = pytest.mark.slow

FAST_RETRY = Backoff(base_s=0.05, cap_s=0.2)
NO_LIMITS = {"REPORT_RATE_LIMIT": "100000 per minute", "ENROLL_RATE_LIMIT": "100000 per minute"}


# ------------------------------------------------------------------------------ (a) SIGKILL x 5


def test_server_sigkilled_five_times_during_uploads(start_server: ServerFactory, make_device: DeviceFactory) -> None:
    server = start_server(**NO_LIMITS)
    devices = [make_device(server, f"d{i}", backoff=FAST_RETRY, hold_unacted_s=0.0) for i in range(4)]
    for device in devices:
        device.service.enroll()
    coach = coach_conversation()
    kills_done = threading.Event()
    stats = {d.name: {"syncs": 0, "errors": 0, "accepted": 0, "duplicates": 0} for d in devices}
    problems: list[str] = []

    def sync(device: Device) -> Any:
        outcome = device.service.sync(force=True)
        st = stats[device.name]
        st["syncs"] += 1
        st["errors"] += outcome.error is not None
        st["accepted"] += outcome.uploaded
        st["duplicates"] += outcome.duplicates
        return outcome

    def child_phone(device: Device) -> None:
        try:
            rounds = 0
            while not kills_done.is_set() or rounds < 50:
                for _ in range(2):  # two conversations (about 4 alerts) between uploads
                    device.replay(coach, key=f"{device.name}-chat-{uuid.uuid4().hex[:8]}",
                                  handle=f"suspect_{rounds % 9}")
                rounds += 1
                sync(device)
                time.sleep(0.01)
            deadline = time.monotonic() + 60
            while device.service.outbox.pending_count() or device.service.status().pending:
                if time.monotonic() > deadline:
                    problems.append(f"{device.name}: outbox not drained")
                    return
                sync(device)
                time.sleep(0.05)
        except Exception as exc:  # noqa: BLE001 - surfaced by the assertion below
            problems.append(f"{device.name}: {exc!r}")

    threads = [threading.Thread(target=child_phone, args=(d,), daemon=True) for d in devices]
    for thread in threads:
        thread.start()
    rng = random.Random(5)
    for _ in range(5):
        time.sleep(rng.uniform(0.3, 0.7))  # mid-upload: four phones post a batch every few ms
        server.kill()
        time.sleep(rng.uniform(0.05, 0.3))  # down for a moment: uploads fail and are retried
        server.start()
    kills_done.set()
    for thread in threads:
        thread.join(timeout=120)
    assert not problems, problems
    assert server.starts == 6

    generated: set[str] = set()
    for device in devices:
        counts = device.service.outbox.counts()
        assert counts["pending"] == 0 and counts["rejected"] == 0, (device.name, counts)
        assert device.service.status().pending == 0, "an alert's report never reached the outbox"
        ids = {e.report_id for e in device.service.outbox.entries()}
        assert ids == {a.report_id for a in device.alerts}, f"{device.name}: outbox lost an alert's report"
        generated |= ids
    assert len(generated) >= 400, f"only {len(generated)} reports: not the 'many reports' this test is about"
    total_errors = sum(s["errors"] for s in stats.values())
    assert total_errors >= 5, f"the kills never interrupted an upload: {stats}"

    rows = [r[0] for r in server.query("SELECT report_id FROM reports")]
    assert len(rows) == len(set(rows)), "a report is stored twice"
    lost, extra = generated - set(rows), set(rows) - generated
    assert not lost and not extra, f"{len(lost)} lost, {len(extra)} unexpected of {len(generated)}"
    # The server said "accepted" at most once per report; a retry after a lost answer counts as a duplicate.
    assert sum(s["accepted"] for s in stats.values()) <= len(generated)
    db_path = server.db_url.removeprefix("sqlite:///")
    with sqlite3.connect(db_path) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    print(f"\n{len(generated)} reports, 5 SIGKILLs, {total_errors} failed syncs, "
          f"{sum(s['duplicates'] for s in stats.values())} duplicates acknowledged: {stats}")


# ------------------------------------------------------------------------------ (b) PostgreSQL restart


def _pg_ctl() -> str:
    if os.environ.get("PG_BIN"):
        return str(Path(os.environ["PG_BIN"]) / "pg_ctl")
    candidates = sorted(Path("/usr/lib/postgresql").glob("*/bin/pg_ctl"), key=lambda p: int(p.parts[-3]))
    assert candidates, "pg_ctl not found (set PG_BIN)"
    return str(candidates[-1])


def restart_postgres(url: str) -> None:
    """`pg_ctl restart -m fast` on the cluster behind `url`: every open connection is terminated."""
    with psycopg.connect(url, autocommit=True) as conn:
        data_dir = conn.execute("SHOW data_directory").fetchone()[0]
    log = Path(data_dir).parent / "postgres.log"
    command = f"'{_pg_ctl()}' -D '{data_dir}' -l '{log}' -m fast -w -t 30 restart >/dev/null"
    argv = ["su", "postgres", "-s", "/bin/sh", "-c", command] if os.geteuid() == 0 else ["sh", "-c", command]
    proc = subprocess.run(argv, capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr


@pytest.fixture(scope="module")
def pg_server(pg_url: str, start_module_server: ServerFactory) -> Iterator[LiveServer]:
    """gunicorn on its own database in the shared throw-away cluster, schema by `flask db upgrade`."""
    name = f"e2e_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(pg_url, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    url = pg_url.rsplit("/", 1)[0] + "/" + name
    run_cli(["-m", "flask", "db", "upgrade"], clean_env(DATABASE_URL=url, FLASK_APP="sync_server", SECRET_KEY="x"))
    yield start_module_server(db_url=url, **NO_LIMITS)


def _pg_traffic(server: LiveServer, device: Device, moderator: Any, n: int) -> list[int]:
    """n rounds of database-backed requests (an upload and a queue read each); returns the statuses."""
    statuses = []
    coach = coach_conversation()
    for _ in range(n):
        device.replay(coach, key=f"pg-{uuid.uuid4().hex[:8]}", handle=COACH_HANDLE)
        outcome = device.service.sync(force=True)
        statuses.append(200 if outcome.ok else 599)
        statuses.append(requests.get(f"{server.api}/suspects", headers=moderator.headers, timeout=10).status_code)
    return statuses


@pytest.mark.postgres
def test_postgres_restart_server_recovers_without_restart(pg_server: LiveServer, make_device: DeviceFactory,
                                                          pg_url: str) -> None:
    server = pg_server
    moderator = server.make_staff("moderator")
    device = make_device(server, "pg-a", backoff=FAST_RETRY, hold_unacted_s=0.0)
    before = _pg_traffic(server, device, moderator, 5)
    assert set(before) == {200}, before
    pids = server.pids()

    # Uploads and queue reads keep coming while PostgreSQL restarts under them.
    stop, during = threading.Event(), []

    def traffic() -> None:
        while not stop.is_set():
            during.extend(_pg_traffic(server, device, moderator, 1))

    thread = threading.Thread(target=traffic, daemon=True)
    thread.start()
    time.sleep(0.5)
    restart_postgres(pg_url)
    time.sleep(1.0)
    stop.set()
    thread.join(timeout=60)
    after = _pg_traffic(server, device, moderator, 5)
    device.sync_until_empty()

    assert server.pids() == pids, "gunicorn or a worker was restarted"
    assert len(during) >= 4, during
    assert set(after) == {200}, f"the server did not recover after PostgreSQL came back: {during} then {after}"
    ids = {a.report_id for a in device.alerts}
    stored = {r[0] for r in server.query("SELECT report_id FROM reports")} & ids
    assert ids and stored == ids, f"{len(ids - stored)} reports lost across the database restart"


@pytest.mark.postgres
def test_postgres_restart_no_request_fails_once_it_is_back(pg_server: LiveServer, pg_url: str) -> None:
    """A restart is routine (upgrades, failover): requests after it must not see dead pooled connections.

    Fails today: the engine has no pool_pre_ping, so each worker's first query on a pooled connection
    that PostgreSQL terminated answers 500 (psycopg AdminShutdown) before SQLAlchemy drops the pool.
    """
    server = pg_server
    moderator = server.make_staff("moderator")
    headers = moderator.headers
    for _ in range(12):  # every worker holds pooled connections
        assert requests.get(f"{server.api}/suspects", headers=headers, timeout=10).status_code == 200
    restart_postgres(pg_url)
    statuses = [requests.get(f"{server.api}/suspects", headers=headers, timeout=10).status_code for _ in range(12)]
    statuses += [requests.post(f"{server.api}/devices", json={"app_version": "1.0.0", "os": "android",
                                                              "age_band": "13-15"}, timeout=10).status_code
                 for _ in range(4)]
    errors = [line for line in server.log_tail(20000).splitlines() if "Error:" in line]
    assert all(s < 500 for s in statuses), (
        f"requests failed after PostgreSQL was back up: {statuses}; server log: {errors[-1:]}")


# ------------------------------------------------------------------------------ (c) hostile bundles


def _corrupt_signed_bundle(version: str) -> bytes:
    """Bytes a device cannot open as a bundle: the real zip with its central directory cut off."""
    data = repack(version)
    return data[: len(data) - 40]


def _expect_refused(device: Device, reason: str, v1: str) -> None:
    result = device.service.check_for_update()
    assert result.status == "refused" and result.reason == reason, result
    assert result.message, "a refusal must say why"
    assert result.version == v1 and device.service.model_version == v1
    assert device.service.status().model_source == "shipped"
    assert not device.service.store.current.exists(), "a refused bundle reached the model store"
    # Still scanning with the last good model: a grooming conversation still raises an alert.
    alerts = device.replay(coach_conversation(), key=f"after-{reason}-{uuid.uuid4().hex[:6]}", handle="probe_acct")
    assert alerts and all(a.risk > 0 for a in alerts), f"no alert after refusing a bundle ({reason})"


def test_bad_bundles_are_refused_and_the_last_good_model_keeps_scanning(
    start_server: ServerFactory, make_device: DeviceFactory, staff_keys: KeyPair, rogue_keys: KeyPair,
) -> None:
    # The server trusts a second staff key that no app pins (e.g. added by mistake, or stolen).
    server = start_server(extra_keys=(rogue_keys.public_b64,), **NO_LIMITS)
    ml = server.make_staff("ml_staff")
    mitm = TamperingTransport()
    device = make_device(server, "phone", transport=mitm)
    device.service.enroll()
    v1 = device.service.model_version
    assert device.service.check_for_update().status == "unavailable"  # nothing published yet
    assert device.replay(coach_conversation(), key="before", handle="probe_acct"), "no alert with the shipped model"

    def publish(version: str, data: bytes, key: KeyPair) -> None:
        resp = publish_http(server, ml, data, signed(data, key))
        assert resp.status_code == 201, resp.text
        roll_out(server, ml, version)

    # 1. Signed by a key the server accepts but the app does not pin.
    publish("2099.01.01-1", repack("2099.01.01-1"), rogue_keys)
    _expect_refused(device, "bad_signature", v1)

    # 2. Properly signed, but built for another featuriser (the server cannot know; the device must).
    publish("2099.01.01-2", repack("2099.01.01-2", fingerprint="0" * 64), staff_keys)
    _expect_refused(device, "fingerprint_mismatch", v1)

    # 3. Corrupt: the server refuses to publish it ...
    corrupt = _corrupt_signed_bundle("2099.01.01-3")
    resp = publish_http(server, ml, corrupt, signed(corrupt, staff_keys))
    assert resp.status_code == 422 and resp.json()["error"]["code"] == "bundle_rejected", resp.text
    # ... and a device served it anyway (a compromised mirror with a signature that verifies) refuses it.
    mitm.manifest_patch = {"version": "2099.01.01-3", "sha256": sha256_hex(corrupt), "size": len(corrupt),
                           "signature": sign_bytes(corrupt, staff_keys.private_b64)}
    mitm.bundle_patch = lambda _original: corrupt
    _expect_refused(device, "corrupt", v1)

    # 4. Flipped in transit: the bytes no longer match the manifest's sha256.
    mitm.manifest_patch = None
    mitm.bundle_patch = lambda data: data[:100] + bytes([data[100] ^ 0xFF]) + data[101:]
    publish("2099.01.01-4", repack("2099.01.01-4"), staff_keys)
    _expect_refused(device, "sha256_mismatch", v1)

    # 5. A good release whose download is cut short ...
    good = "2099.01.01-5"
    publish(good, repack(good), staff_keys)
    mitm.bundle_patch = lambda data: data[: len(data) // 2]
    _expect_refused(device, "truncated", v1)

    # ... and the refusals did not wedge the updater: once the network behaves, the good one installs.
    mitm.bundle_patch = None
    result = device.service.check_for_update()
    assert result.status == "installed" and device.service.model_version == good, result
    assert device.replay(coach_conversation(), key="after-install", handle=COACH_HANDLE)


def test_a_download_corrupted_in_transit_does_not_block_the_release(
    start_server: ServerFactory, make_device: DeviceFactory, staff_keys: KeyPair,
) -> None:
    """One bit flipped on the way must not make the device refuse that (intact) release for good.

    Fails today: Updater.check remembers every refusal but "truncated"/"install_failed" by the manifest's
    sha256, so after one sha256_mismatch the genuine bundle is never downloaded again (until ML staff
    publish another version): a flaky network or an on-path attacker can pin a fleet to an old model.
    """
    server = start_server(**NO_LIMITS)
    ml = server.make_staff("ml_staff")
    mitm = TamperingTransport(bundle_patch=lambda data: data[:100] + bytes([data[100] ^ 0xFF]) + data[101:])
    device = make_device(server, "phone", transport=mitm)
    device.service.enroll()
    v1 = device.service.model_version
    data = repack("2099.01.02-1")
    assert publish_http(server, ml, data, signed(data, staff_keys)).status_code == 201
    roll_out(server, ml, "2099.01.02-1")
    _expect_refused(device, "sha256_mismatch", v1)
    mitm.bundle_patch = None  # the network recovers; the server's bytes were intact all along
    result = device.service.check_for_update()
    assert result.status == "installed" and device.service.model_version == "2099.01.02-1", result


# ------------------------------------------------------------------------------ (d) full disk


@pytest.fixture
def tiny_disk(tmp_path: Path) -> Iterator[Path]:
    """A 1 MiB tmpfs (needs root / CAP_SYS_ADMIN; the max_bytes variant covers devices without it)."""
    mount_point = tmp_path / "tiny"
    mount_point.mkdir()
    proc = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=1m,mode=0700", "tmpfs", str(mount_point)],
                          capture_output=True, text=True)
    if proc.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here ({proc.stderr.strip()}); test_outbox_storage_cap covers it")
    try:
        yield mount_point
    finally:
        subprocess.run(["umount", "-l", str(mount_point)], capture_output=True)


def _fill(path: Path, leave: int) -> Path:
    """Fill the filesystem holding `path` up to `leave` bytes."""
    stat = os.statvfs(path)
    free = stat.f_bavail * stat.f_frsize
    filler = path / "filler.bin"
    with open(filler, "wb") as fh:
        fh.write(b"\0" * max(0, free - leave))
    return filler


def _fill_outbox_until_full(device: Device) -> tuple[list[str], Any]:
    """Alerts until one cannot be saved; returns (ids saved before, the alert that hit the wall)."""
    coach = coach_conversation()
    for n in range(400):
        for alert in device.replay(coach, key=f"chat-{n}", handle=f"acct_{n}"):
            if alert.state == "unsaved":
                saved = [e.report_id for e in device.service.outbox.entries()]
                return saved, alert
    raise AssertionError("the outbox never filled up")


def _assert_outbox_intact(device: Device, saved: list[str]) -> None:
    outbox = device.service.outbox
    assert outbox.integrity_ok()
    with sqlite3.connect(f"file:{outbox.path}?mode=ro", uri=True) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    entries = {e.report_id: e for e in outbox.entries()}
    assert set(saved) <= set(entries), "reports saved before the disk filled up are gone"
    for rid in saved:
        assert entries[rid].report["report_id"] == rid and entries[rid].state == "pending"


def test_outbox_on_a_full_disk(tiny_disk: Path, make_device: DeviceFactory) -> None:
    device = make_device(None, "full", data_dir=tiny_disk / "guardline")
    for n in range(3):  # a few reports safely saved first
        device.replay(coach_conversation(), key=f"early-{n}", handle="early_acct")
    filler = _fill(tiny_disk, leave=48 * 1024)
    saved, wall = _fill_outbox_until_full(device)
    assert len(saved) >= 6

    # A clear error, the alert still shown to the child, and nothing saved earlier damaged.
    assert wall.state == "unsaved" and wall in device.alerts
    error = device.service.status().last_error or ""
    assert "out of storage" in error and "saved earlier are safe" in error, error
    assert device.service.status().pending == len(saved) + 1
    with pytest.raises(OutboxFullError):
        device.service.outbox.add(json.loads(json.dumps(device.service.outbox.entries()[0].report))
                                  | {"report_id": str(uuid.uuid4())})
    _assert_outbox_intact(device, saved)

    # Space comes back: the waiting report is saved at the next sync, nothing lost on the way.
    filler.unlink()
    device.service.sync()
    entries = {e.report_id for e in device.service.outbox.entries()}
    assert {a.report_id for a in device.alerts} <= entries
    _assert_outbox_intact(device, saved)


def test_outbox_storage_cap(make_device: DeviceFactory) -> None:
    """The same guarantees through the outbox's own size cap (SQLite max_page_count), with no privileges."""
    device = make_device(None, "capped", outbox_max_bytes=96 * 1024)
    saved, wall = _fill_outbox_until_full(device)
    assert saved and wall.state == "unsaved"
    assert "out of storage" in (device.service.status().last_error or "")
    _assert_outbox_intact(device, saved)
