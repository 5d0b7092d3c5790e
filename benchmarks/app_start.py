"""Device app start-up and message handling, measured the way the app runs them.

- cold start: a fresh Python process until the service is ready (imports, SQLite outbox, model
  loaded from the shipped bundle), median of several runs;
- per-message handling off the UI thread: each message goes through the app's scan worker
  (queue -> DeviceService.handle_incoming -> result back), one at a time, timed from submit to result;
- CPU time of the same work (child process user+sys for a start; the scan thread's CPU per message),
  which a busy machine disturbs far less than wall time: compare builds on these when load is high;
- peak RSS of the process doing the handling.

Run: `.venv/bin/python benchmarks/app_start.py [--messages 2000] [--starts 5] [--file F.jsonl]`.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
DEFAULT_FILE = ROOT.parent / "shared" / "data" / "dev_conversations.jsonl"

CHILD = """
import sys, tempfile, time
t0 = time.perf_counter()
sys.path.insert(0, {root!r})
from device_app.app.app_controller import AppController
from device_app.service import ServiceConfig
app = AppController(ServiceConfig(data_dir=tempfile.mkdtemp()))
app.start_sync()
app.service.model_version
print("READY", time.perf_counter() - t0, flush=True)
app.stop()
"""


def cold_start(runs: int) -> tuple[list[float], list[float], list[float]]:
    """(wall seconds spawn -> ready, seconds inside Python to ready, CPU seconds of the whole child) per run."""
    walls, inside, cpu = [], [], []
    for _ in range(runs):
        started = time.perf_counter()
        proc = subprocess.Popen(
            [sys.executable, "-c", CHILD.format(root=str(ROOT))], stdout=subprocess.PIPE, text=True,
            env={**os.environ, "TF_CPP_MIN_LOG_LEVEL": "3"}, stderr=subprocess.DEVNULL,
        )  # fmt: skip
        assert proc.stdout is not None
        for line in proc.stdout:
            if line.startswith("READY"):
                walls.append(time.perf_counter() - started)
                inside.append(float(line.split()[1]))
                break
        for _ in proc.stdout:  # drain until it exits
            pass
        _, _, usage = os.wait4(proc.pid, 0)
        proc.returncode = 0
        cpu.append(usage.ru_utime + usage.ru_stime)
    return walls, inside, cpu


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def handling_latencies(path: Path, minimum: int) -> tuple[list[float], int]:
    """Submit -> result through the app's worker, one message at a time; returns (seconds, alerts)."""
    from device_app.app.app_controller import AppController
    from device_app.core.conversations import load_conversations
    from device_app.service import DeviceService, ServiceConfig
    from device_app.sources.file_import import conversation_messages

    def quiet(config: ServiceConfig) -> DeviceService:  # no log line per alert inside the timing
        return DeviceService(config, notifier=lambda title, message: None)

    conversations = load_conversations(path)
    app = AppController(
        ServiceConfig(data_dir=Path(tempfile.mkdtemp()), hold_unacted_s=0), service_factory=quiet
    )
    app.start_sync()
    alerts: list[object] = []
    app.on_alert = alerts.append
    done = threading.Event()
    app.on_step = lambda item, step: done.set()
    times: list[float] = []
    cpu: list[float] = []
    round_no = 0
    while len(times) < minimum:
        for conversation in conversations:
            for item in conversation_messages(conversation, prefix=f"bench{round_no}"):
                done.clear()
                started = time.perf_counter()
                app.feed(item)
                done.wait()
                times.append(time.perf_counter() - started)
        round_no += 1
    service = app.service
    assert service is not None
    for conversation in conversations:  # the scan thread's own CPU time, directly (no queue hops)
        for item in conversation_messages(conversation, prefix="cpu"):
            started = time.thread_time()
            service.handle_incoming(item.conversation_key, item.message, item.platform, item.contact_handle)
            cpu.append(time.thread_time() - started)
    service.show_all_held()  # alerts the last bursts still hold count too
    app.stop()
    return times, cpu, len(alerts)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=2000)
    parser.add_argument("--starts", type=int, default=5)
    parser.add_argument("--file", type=Path, default=DEFAULT_FILE)
    args = parser.parse_args()
    os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")

    walls, inside, cpu_starts = cold_start(args.starts)
    print(f"cold start to ready (model loaded), {args.starts} fresh processes:")
    print(
        f"  spawn -> ready   median {statistics.median(walls) * 1000:7.1f} ms   max {max(walls) * 1000:7.1f} ms"
    )
    print(
        f"  in Python        median {statistics.median(inside) * 1000:7.1f} ms   (imports + outbox + model load)"
    )

    print(f"  CPU (user+sys)   median {statistics.median(cpu_starts) * 1000:7.1f} ms   (whole child process)")

    times, cpu, alerts = handling_latencies(args.file, args.messages)
    ms = [t * 1000 for t in times]
    print(
        f"per-message handling off the UI thread ({len(ms)} messages from {args.file.name}, {alerts} alerts):"
    )
    print(f"  p50 {percentile(ms, 0.50):.3f} ms   p99 {percentile(ms, 0.99):.3f} ms   max {max(ms):.3f} ms")
    cpu_ms = [t * 1000 for t in cpu]
    print(
        f"  scan-thread CPU per message ({len(cpu_ms)}): p50 {percentile(cpu_ms, 0.50):.3f} ms   "
        f"p99 {percentile(cpu_ms, 0.99):.3f} ms   max {max(cpu_ms):.3f} ms"
    )
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak RSS (handling process): {peak_mb:.1f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
