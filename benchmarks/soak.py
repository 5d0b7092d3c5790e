"""Bounded soak of the sync server: mixed traffic against gunicorn on SQLite, watching memory.

    .venv/bin/python benchmarks/soak.py [--duration 150] [--clients 4] [--workers 2] [--sample 3]

Loopback only. Builds a throw-away server exactly as production starts it (`flask db upgrade`, then
`gunicorn 'sync_server:create_app()'`), publishes a signed model, enrolls a pool of devices, then runs
`--clients` threads of mixed traffic for `--duration` seconds (capped at 270 s so the whole run stays
under 5 minutes):

    enroll        POST /api/v1/devices                          5 %
    batch         POST /api/v1/reports, 20 reports              15 %
    single        POST /api/v1/reports, 1 report                30 %
    manifest      GET  /api/v1/models/current with If-None-Match 25 %  (304 once the ETag is known)
    queue         GET  /api/v1/suspects (moderator token)       15 %
    health        GET  /api/v1/health                           10 %

Every `--sample` seconds it sums the RSS of the gunicorn master and workers (psutil if installed, else
/proc). It prints request counts, errors, p50/p99 per kind, and start / after-warm-up / peak / end RSS;
memory counts as flat when end <= 1.2 x the RSS after warm-up. Rate limits are raised for the run (the
soak measures the server, not the limiter). Exit status 0 when there were no errors and memory stayed flat.
"""

from __future__ import annotations

import argparse
import contextlib
import random
import statistics
import sys
import tempfile
import threading
import time
import uuid
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import requests  # noqa: E402

from device_app.core.signing import generate_keypair, sign_bytes  # noqa: E402
from tests.e2e.support import LiveServer, clean_env, publish_http, repack, roll_out, run_cli  # noqa: E402

MAX_DURATION = 270.0
SOAK_VERSION = "2099.01.01-1"  # SPEC §5 shape; above any real release, so the soak server stages it
MIX = (("enroll", 5), ("batch", 15), ("single", 30), ("manifest", 25), ("queue", 15), ("health", 10))
EXPECTED = {"enroll": {201}, "batch": {200}, "single": {200}, "manifest": {200, 304}, "queue": {200},
            "health": {200}}
TAGS = ("trust_building", "personal_info", "secrecy", "isolation", "platform_move", "gifts", "sexual", "meeting")
PLATFORMS = ("game_chat", "social_dm", "messaging", "video_comments", "forum")


def rss_bytes(pids: list[int]) -> int:
    try:
        import psutil  # type: ignore[import-not-found]

        total = 0
        for pid in pids:
            with contextlib.suppress(psutil.Error):
                total += psutil.Process(pid).memory_info().rss
        return total
    except ImportError:
        total = 0
        for pid in pids:
            try:
                for line in Path(f"/proc/{pid}/status").read_text().splitlines():
                    if line.startswith("VmRSS:"):
                        total += int(line.split()[1]) * 1024
            except OSError:
                pass
        return total


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))] if ordered else float("nan")


def a_report(rng: random.Random) -> dict[str, Any]:
    tags = rng.sample(TAGS, rng.randint(1, 3))
    observed = rng.randint(5, 60)
    return {"report_id": str(uuid.uuid4()), "created_at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
            "platform": rng.choice(PLATFORMS), "suspect_handle": f"acct_{rng.randint(1, 400)}",
            "risk": round(rng.uniform(0.5, 0.99), 3), "tags": tags,
            "tag_scores": {t: round(rng.uniform(0.5, 0.99), 3) for t in tags}, "model_version": SOAK_VERSION,
            "messages_observed": observed, "alert_index": rng.randint(0, observed - 1),
            "child_action": rng.choice(("none", "dismissed", "blocked", "told_adult", "false_alarm")),
            "evidence": None}


@dataclass
class Stats:
    latencies: dict[str, list[float]] = field(default_factory=lambda: defaultdict(list))
    errors: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    error_examples: list[str] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def record(self, kind: str, seconds: float, ok: bool, detail: str = "") -> None:
        with self.lock:
            self.latencies[kind].append(seconds)
            if not ok:
                self.errors[kind] += 1
                if len(self.error_examples) < 5:
                    self.error_examples.append(f"{kind}: {detail[:200]}")


class Traffic:
    def __init__(self, server: LiveServer, device_tokens: list[str], moderator_token: str, seed: int) -> None:
        self.server = server
        self.tokens = list(device_tokens)
        self.moderator = {"Authorization": f"Bearer {moderator_token}"}
        self.rng = random.Random(seed)
        self.session = requests.Session()
        self.etags: dict[str, str] = {}
        kinds, weights = zip(*MIX, strict=True)
        self.kinds, self.weights = list(kinds), list(weights)

    def one(self, stats: Stats) -> None:
        kind = self.rng.choices(self.kinds, self.weights)[0]
        api = self.server.api
        token = self.rng.choice(self.tokens)
        device = {"Authorization": f"Bearer {token}"}
        started = time.perf_counter()
        try:
            if kind == "enroll":
                resp = self.session.post(f"{api}/devices", json={"app_version": "1.0.0", "os": "android",
                                                                 "age_band": "13-15"}, timeout=30)
            elif kind in ("batch", "single"):
                n = 20 if kind == "batch" else 1
                body = {"reports": [a_report(self.rng) for _ in range(n)]}
                resp = self.session.post(f"{api}/reports", json=body, headers=device, timeout=30)
            elif kind == "manifest":
                headers = dict(device)
                if token in self.etags:
                    headers["If-None-Match"] = self.etags[token]
                resp = self.session.get(f"{api}/models/current", headers=headers, timeout=30)
                if resp.status_code == 200 and resp.headers.get("ETag"):
                    self.etags[token] = resp.headers["ETag"]
            elif kind == "queue":
                resp = self.session.get(f"{api}/suspects", params={"page": self.rng.randint(1, 3)},
                                        headers=self.moderator, timeout=30)
            else:
                resp = self.session.get(f"{api}/health", timeout=30)
        except requests.RequestException as exc:
            stats.record(kind, time.perf_counter() - started, False, repr(exc))
            return
        ok = resp.status_code in EXPECTED[kind]
        if ok and kind in ("batch", "single"):
            ok = resp.json().get("rejected") == []
        stats.record(kind, time.perf_counter() - started, ok, f"{resp.status_code} {resp.text[:150]}")


def set_up(workdir: Path, workers: int) -> tuple[LiveServer, list[str], str]:
    db = workdir / "soak.sqlite3"
    run_cli(["-m", "flask", "db", "upgrade"], clean_env(DATABASE_URL=f"sqlite:///{db}", FLASK_APP="sync_server",
                                                         SECRET_KEY="soak"))
    keys = generate_keypair()
    high = "1000000 per minute"
    server = LiveServer(workdir, f"sqlite:///{db}", {
        "STAFF_PUBLIC_KEYS": keys.public_b64, "REPORT_RATE_LIMIT": high, "ENROLL_RATE_LIMIT": high,
        "AUTH_FAILURE_LIMIT": high, "LOGIN_RATE_LIMIT": high,
    }, workers=workers)
    server.start()
    moderator = server.make_staff("moderator", "soak-moderator")
    ml = server.make_staff("ml_staff", "soak-ml")
    bundle = repack(SOAK_VERSION)
    resp = publish_http(server, ml, bundle, sign_bytes(bundle, keys.private_b64))
    if resp.status_code != 201:
        raise SystemExit(f"could not publish the soak model: {resp.status_code} {resp.text[:300]}")
    roll_out(server, ml, SOAK_VERSION)
    tokens = []
    for _ in range(60):
        resp = requests.post(f"{server.api}/devices", json={"app_version": "1.0.0", "os": "android",
                                                            "age_band": "13-15"}, timeout=30)
        tokens.append(resp.json()["device_token"])
    return server, tokens, moderator.token


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--duration", type=float, default=150.0, help=f"seconds of traffic (max {MAX_DURATION:.0f})")
    parser.add_argument("--warmup", type=float, default=20.0, help="seconds before the reference RSS sample")
    parser.add_argument("--clients", type=int, default=4, help="concurrent client threads")
    parser.add_argument("--workers", type=int, default=2, help="gunicorn workers")
    parser.add_argument("--sample", type=float, default=3.0, help="seconds between RSS samples")
    args = parser.parse_args(argv)
    duration = min(args.duration, MAX_DURATION)
    warmup = min(args.warmup, duration / 3)

    workdir = Path(tempfile.mkdtemp(prefix="guardline-soak-"))
    t0 = time.monotonic()
    server, tokens, moderator_token = set_up(workdir, args.workers)
    print(f"server {server.url} (gunicorn, {args.workers} workers, SQLite {server.db_url}); "
          f"set-up {time.monotonic() - t0:.1f}s; {args.clients} clients for {duration:.0f}s")
    stats = Stats()
    samples: list[tuple[float, int, int]] = []  # (t, rss, processes)
    stop = threading.Event()

    def client(seed: int) -> None:
        traffic = Traffic(server, tokens, moderator_token, seed)
        while not stop.is_set():
            traffic.one(stats)

    threads = [threading.Thread(target=client, args=(i,), daemon=True) for i in range(args.clients)]
    started = time.monotonic()
    try:
        for thread in threads:
            thread.start()
        while (elapsed := time.monotonic() - started) < duration:
            pids = server.pids()
            samples.append((elapsed, rss_bytes(pids), len(pids)))
            time.sleep(min(args.sample, max(0.0, duration - elapsed)))
        pids = server.pids()
        samples.append((time.monotonic() - started, rss_bytes(pids), len(pids)))
        stop.set()
        for thread in threads:
            thread.join(timeout=60)
        reports = server.query("SELECT COUNT(*) FROM reports")[0][0]
    finally:
        stop.set()
        server.stop()
    wall = time.monotonic() - started

    total = sum(len(v) for v in stats.latencies.values())
    errors = sum(stats.errors.values())
    print(f"\n{total} requests in {wall:.1f}s ({total / wall:.0f}/s), {errors} errors; {reports} reports stored")
    print(f"{'kind':<10}{'count':>8}{'errors':>8}{'p50 ms':>9}{'p99 ms':>9}{'max ms':>9}")
    for kind, _ in MIX:
        values = stats.latencies.get(kind, [])
        print(f"{kind:<10}{len(values):>8}{stats.errors.get(kind, 0):>8}{percentile(values, 0.5) * 1e3:>9.1f}"
              f"{percentile(values, 0.99) * 1e3:>9.1f}{(max(values) if values else float('nan')) * 1e3:>9.1f}")
    for example in stats.error_examples:
        print("  error:", example)

    mib = 1024 * 1024
    start_rss = samples[0][1]
    warm = next((rss for t, rss, _ in samples if t >= warmup), samples[-1][1])
    peak = max(rss for _, rss, _ in samples)
    end = samples[-1][1]
    flat = end <= 1.2 * warm
    procs = {n for _, _, n in samples}
    print(f"\nRSS of gunicorn master + workers ({len(samples)} samples every {args.sample:.0f}s, "
          f"{'psutil' if _has_psutil() else '/proc'}; processes {sorted(procs)}):")
    print(f"  start {start_rss / mib:.1f} MiB, after {warmup:.0f}s warm-up {warm / mib:.1f} MiB, "
          f"peak {peak / mib:.1f} MiB, end {end / mib:.1f} MiB")
    print("  trend: " + " ".join(f"{rss / mib:.0f}" for _, rss, _ in samples[:: max(1, len(samples) // 12)]))
    print(f"  memory {'flat' if flat else 'GROWING'}: end / after-warm-up = {end / warm:.3f} (limit 1.2)")
    print(f"  median request latency overall {statistics.median([v for vs in stats.latencies.values() for v in vs]) * 1e3:.1f} ms")
    return 0 if errors == 0 and flat else 1


def _has_psutil() -> bool:
    try:
        import psutil  # type: ignore[import-not-found]  # noqa: F401
    except ImportError:
        return False
    return True


if __name__ == "__main__":
    raise SystemExit(main())
