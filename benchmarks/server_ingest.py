"""Server ingest throughput under gunicorn, on SQLite and on PostgreSQL, over loopback only.

For each backend it starts a throw-away database (a temp SQLite file; a temp PostgreSQL cluster via
scripts/start_postgres.sh), runs `flask db upgrade`, starts gunicorn on 127.0.0.1 (free port), enrolls
devices, then drives three fixed-length phases with keep-alive HTTP/1.1 clients in separate processes:

    health   GET /api/v1/health                       - the bare framework's request rate
    single   POST /api/v1/reports with 1 report       - request rate, p50/p99 latency
    batch    POST /api/v1/reports with 50 reports     - reports/s

and prints the rates and the single-report/health ratio. Targets on the 2-core dev machine:
>= 5,000 reports/s in batches of 50 on SQLite; single-report request rate >= 40 % of health's.
Every report has a fresh report_id (duplicates would be cheaper and flatter the numbers). Uploads keep
the derived tables (services.aggregates: per-suspect and per-device aggregates, rollups) up to date in
the same transaction, so these rates include that work. The "server CPU per request" line is the number
to compare on a busy machine: the rates fall with the neighbours' load, the CPU per batch hardly does.
The whole run stops by itself (about a minute; hard cap 110 s).

Run: `.venv/bin/python benchmarks/server_ingest.py [--seconds 5] [--clients 4] [--skip-postgres]`.
"""

from __future__ import annotations

import argparse
import http.client
import json
import multiprocessing as mp
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
VENV_BIN = Path(sys.executable).parent
PG_SCRIPT = ROOT / "scripts" / "start_postgres.sh"
HARD_CAP_S = 110.0

REPORT_TEMPLATE = json.dumps({
    "report_id": "@ID@", "created_at": "2026-11-24T10:00:00Z", "platform": "game_chat",
    "suspect_handle": "@HANDLE@", "risk": 0.91, "tags": ["secrecy", "personal_info"],
    "tag_scores": {"secrecy": 0.88, "personal_info": 0.74}, "model_version": "2026.11.24-1",
    "messages_observed": 23, "alert_index": 17, "child_action": "told_adult", "evidence": None,
})


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def report_json(n: int) -> str:
    return REPORT_TEMPLATE.replace("@ID@", str(uuid.uuid4())).replace("@HANDLE@", f"suspect{n % 500}")


def batch_body(size: int, counter: int) -> bytes:
    return ('{"reports": [' + ",".join(report_json(counter + i) for i in range(size)) + "]}").encode()


# ---------------------------------------------------------------- load generator (one process each)


def _client(port: int, phase: str, token: str, seconds: float, start_at: float, out: Any) -> None:
    """Send requests back to back on one keep-alive connection until the phase ends.

    Bodies are made before the clock starts (fresh report_ids each), so the load generator's own work
    per request is about the same for every phase and the server is what gets measured."""
    size = 50 if phase == "batch" else 1
    counter = os.getpid() * 1_000_000
    ready = max(200, int(seconds * (200 if size == 50 else 3000)))
    bodies = [] if phase == "health" else [batch_body(size, counter + i * size) for i in range(ready)]
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    headers = {"Authorization": f"Bearer {token}", "Content-Type": "application/json"}
    latencies: list[float] = []
    errors = 0
    while time.time() < start_at:
        time.sleep(0.001)
    deadline = start_at + seconds
    sent = 0
    while time.time() < deadline:
        now = time.perf_counter()
        if phase == "health":
            conn.request("GET", "/api/v1/health")
        else:
            if sent >= len(bodies):  # ran out: make more (counted in the latency, rare)
                bodies.extend(batch_body(size, counter + (sent + i) * size) for i in range(100))
            conn.request("POST", "/api/v1/reports", body=bodies[sent], headers=headers)
        sent += 1
        response = conn.getresponse()
        body = response.read()
        latencies.append(time.perf_counter() - now)
        if response.status != 200 or (phase != "health" and b'"rejected":[]' not in body):
            errors += 1
        if response.getheader("Connection", "").lower() == "close":
            conn.close()
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    conn.close()
    out.put((latencies, errors))


@dataclass
class PhaseResult:
    requests: int
    errors: int
    seconds: float
    p50_ms: float
    p99_ms: float
    server_cpu_s: float = 0.0  # user+system CPU of the gunicorn processes during the phase

    @property
    def cpu_us_per_request(self) -> float:
        return self.server_cpu_s / self.requests * 1e6 if self.requests else float("nan")

    @property
    def rate(self) -> float:
        return self.requests / self.seconds


def merge(a: PhaseResult | None, b: PhaseResult) -> PhaseResult:
    """Pool two runs of a phase (percentiles: the worse of the two, to stay conservative)."""
    if a is None:
        return b
    return PhaseResult(a.requests + b.requests, a.errors + b.errors, a.seconds + b.seconds,
                       max(a.p50_ms, b.p50_ms), max(a.p99_ms, b.p99_ms), a.server_cpu_s + b.server_cpu_s)


def server_cpu_seconds(master_pid: int) -> float:
    """CPU time used so far by gunicorn's master and workers (Linux /proc). Unlike request rates, this
    does not move when other programs compete for the machine's cores."""
    tick = os.sysconf("SC_CLK_TCK")
    pids = [master_pid]
    try:
        pids += [int(p) for p in Path(f"/proc/{master_pid}/task/{master_pid}/children").read_text().split()]
    except OSError:
        return float("nan")
    total = 0
    for pid in pids:
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        total += int(fields[11]) + int(fields[12])  # utime, stime
    return total / tick


def run_phase(port: int, phase: str, tokens: list[str], clients: int, seconds: float, master: int) -> PhaseResult:
    ctx = mp.get_context("fork")
    queue: Any = ctx.Queue()
    start_at = time.time() + (2.0 if phase != "health" else 0.3)  # bodies are prepared first
    procs = [ctx.Process(target=_client, args=(port, phase, tokens[i % len(tokens)], seconds, start_at, queue))
             for i in range(clients)]
    for proc in procs:
        proc.start()
    while time.time() < start_at:
        time.sleep(0.001)
    cpu_before = server_cpu_seconds(master)
    results = [queue.get(timeout=seconds + 60) for _ in procs]
    cpu_used = server_cpu_seconds(master) - cpu_before
    for proc in procs:
        proc.join(timeout=10)
    latencies = sorted(t for lat, _ in results for t in lat)
    errors = sum(e for _, e in results)

    def pct(q: float) -> float:
        return latencies[min(len(latencies) - 1, int(q * len(latencies)))] * 1000 if latencies else float("nan")

    return PhaseResult(len(latencies), errors, seconds, pct(0.50), pct(0.99), cpu_used)


# ---------------------------------------------------------------- server lifecycle


def server_env(database_url: str) -> dict[str, str]:
    env = dict(os.environ)
    env.update({
        "DATABASE_URL": database_url,
        "SECRET_KEY": "benchmark-only",
        # The benchmark's own config: a handful of devices send thousands of requests per second.
        "GUARDLINE_REPORT_RATE_LIMIT": "100000000 per minute",
        "GUARDLINE_ENROLL_RATE_LIMIT": "100000 per minute",
        "PYTHONDONTWRITEBYTECODE": "1",
    })
    return env


def start_gunicorn(env: dict[str, str], port: int, workers: int, threads: int, log: Path) -> subprocess.Popen[bytes]:
    cmd = [str(VENV_BIN / "gunicorn"), "--config", "python:sync_server.gunicorn_conf",
           "--bind", f"127.0.0.1:{port}", "--workers", str(workers), "--threads", str(threads),
           "sync_server:create_app()"]
    return subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=log.open("wb"), stderr=subprocess.STDOUT,
                            start_new_session=True)


def wait_healthy(port: int, proc: subprocess.Popen[bytes], timeout: float = 30.0) -> None:
    deadline = time.time() + timeout
    while time.time() < deadline:
        if proc.poll() is not None:
            raise RuntimeError("gunicorn exited during start-up")
        try:
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=2)
            try:
                conn.request("GET", "/api/v1/health")
                if conn.getresponse().status == 200:
                    return
            finally:
                conn.close()
        except OSError:
            time.sleep(0.1)
    raise RuntimeError("gunicorn did not become healthy")


def stop(proc: subprocess.Popen[bytes]) -> None:
    if proc.poll() is None:
        os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()


def enroll(port: int, count: int) -> list[str]:
    tokens = []
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    for _ in range(count):
        body = json.dumps({"app_version": "1.0.0", "os": "android", "age_band": "13-15"})
        conn.request("POST", "/api/v1/devices", body=body, headers={"Content-Type": "application/json"})
        response = conn.getresponse()
        payload = json.loads(response.read())
        if response.status != 201:
            raise RuntimeError(f"enrollment failed: {payload}")
        tokens.append(payload["device_token"])
    conn.close()
    return tokens


def bench_backend(name: str, database_url: str, workdir: Path, args: argparse.Namespace) -> dict[str, PhaseResult]:
    env = server_env(database_url)
    upgrade = subprocess.run([str(VENV_BIN / "flask"), "--app", "sync_server", "db", "upgrade"], cwd=ROOT, env=env,
                             capture_output=True, text=True, timeout=60)
    if upgrade.returncode != 0:
        raise RuntimeError(f"flask db upgrade failed:\n{upgrade.stderr[-2000:]}")
    port = free_port()
    proc = start_gunicorn(env, port, args.workers, args.threads, workdir / f"gunicorn-{name}.log")
    try:
        wait_healthy(port, proc)
        tokens = enroll(port, max(args.clients, 4))
        results: dict[str, PhaseResult] = {}
        # Two interleaved rounds: other load on the machine drifts, and it should hit every phase alike.
        for _ in range(args.rounds):
            for phase in ("health", "single", "batch"):
                results[phase] = merge(results.get(phase), run_phase(port, phase, tokens, args.clients, args.seconds, proc.pid))
        return results
    finally:
        stop(proc)


def report(name: str, results: dict[str, PhaseResult]) -> None:
    health, single, batch = results["health"], results["single"], results["batch"]
    print(f"\n== {name} ==")
    print(f"  health          {health.rate:8.0f} req/s   p50 {health.p50_ms:6.2f} ms  p99 {health.p99_ms:6.2f} ms"
          f"  errors {health.errors}")
    print(f"  single report   {single.rate:8.0f} req/s   p50 {single.p50_ms:6.2f} ms  p99 {single.p99_ms:6.2f} ms"
          f"  errors {single.errors}")
    print(f"  batch of 50     {batch.rate:8.0f} req/s = {batch.rate * 50:8.0f} reports/s"
          f"   p50 {batch.p50_ms:6.2f} ms  p99 {batch.p99_ms:6.2f} ms  errors {batch.errors}")
    print(f"  single-report / health request rate: {single.rate / health.rate:5.1%}")
    print(f"  server CPU per request: health {health.cpu_us_per_request:5.0f} us, single "
          f"{single.cpu_us_per_request:5.0f} us, batch {batch.cpu_us_per_request:5.0f} us"
          f" ({batch.cpu_us_per_request / 50:4.0f} us/report); CPU-cost ratio health/single "
          f"{health.cpu_us_per_request / single.cpu_us_per_request:5.1%}")


def _out_of_time(signum: int, frame: Any) -> None:
    raise TimeoutError(f"benchmark exceeded its {HARD_CAP_S:.0f} s cap")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seconds", type=float, default=3.0, help="length of each phase")
    parser.add_argument("--rounds", type=int, default=2, help="interleaved rounds of the three phases")
    parser.add_argument("--clients", type=int, default=4, help="load-generator processes (one connection each)")
    parser.add_argument("--workers", type=int, default=None, help="gunicorn workers (default: gunicorn_conf)")
    parser.add_argument("--threads", type=int, default=None, help="threads per worker (default: gunicorn_conf)")
    parser.add_argument("--skip-postgres", action="store_true")
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT))
    from sync_server import gunicorn_conf

    args.workers = args.workers or gunicorn_conf.workers
    args.threads = args.threads or gunicorn_conf.threads
    phases = 3 * args.rounds * (args.seconds + 1.6) + 8
    if phases * (1 if args.skip_postgres else 2) + 20 > HARD_CAP_S:
        parser.error("too long: keep 3 phases x 2 backends under the 2-minute cap")
    signal.signal(signal.SIGALRM, _out_of_time)
    signal.alarm(int(HARD_CAP_S))  # never run away; the handler unwinds so servers are stopped
    print(f"gunicorn: {args.workers} workers x {args.threads} threads ({gunicorn_conf.worker_class});"
          f" {args.clients} client processes; {args.rounds} x {args.seconds:.0f} s per phase; {os.cpu_count()} CPUs")
    started = time.time()
    workdir = Path(tempfile.mkdtemp(prefix="guardline-bench-"))
    try:
        sqlite = bench_backend("sqlite", f"sqlite:///{workdir / 'bench.sqlite3'}", workdir, args)
        report("SQLite (WAL, synchronous=NORMAL)", sqlite)
        if not args.skip_postgres:
            pgdir = Path(tempfile.mkdtemp(prefix="guardline-bench-pg-"))  # the script hands it to `postgres`
            started_pg = subprocess.run([str(PG_SCRIPT), "start", str(pgdir)], capture_output=True, text=True,
                                        timeout=120)
            if started_pg.returncode != 0:
                print(f"PostgreSQL did not start:\n{started_pg.stderr}", file=sys.stderr)
                shutil.rmtree(pgdir, ignore_errors=True)
                return 1
            try:
                pg = bench_backend("postgres", started_pg.stdout.strip().splitlines()[-1], workdir, args)
                report("PostgreSQL 15 (fsync=off, throw-away cluster)", pg)
            finally:
                subprocess.run([str(PG_SCRIPT), "stop", str(pgdir)], capture_output=True, timeout=60)
                shutil.rmtree(pgdir, ignore_errors=True)
        target_ok = sqlite["batch"].rate * 50 >= 5000
        ratio_ok = sqlite["single"].rate / sqlite["health"].rate >= 0.40
        print(f"\ntargets (SQLite): >= 5000 reports/s {'met' if target_ok else 'MISSED'}; "
              f"single/health >= 40 % {'met' if ratio_ok else 'MISSED'}; total {time.time() - started:.0f} s")
        return 0
    finally:
        shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
