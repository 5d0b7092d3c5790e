"""On-device pipeline speed and memory: per-message latency, scan throughput, bundle load, RSS, size.

Targets (issue 2): p99 <= 1 ms per message (featurise + invoke + track, one thread), bundle <= 2 MB,
load <= 50 ms. Run: `.venv/bin/python benchmarks/device_latency.py [--messages 10000] [--file F.jsonl]`.
"""

from __future__ import annotations

import argparse
import io
import os
import resource
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from device_app.core.bundle import SHIPPED_BUNDLE, load_bundle  # noqa: E402
from device_app.core.conversations import load_conversations  # noqa: E402
from device_app.core.pipeline import Detector  # noqa: E402
from device_app.core.runtime import available_runtimes  # noqa: E402
from device_app.scan import DetectorScanner, run_scan  # noqa: E402

DEFAULT_FILE = Path(__file__).resolve().parents[2] / "shared" / "data" / "dev_conversations.jsonl"


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def message_latencies(detector: Detector, conversations, minimum: int) -> tuple[list[float], list[float]]:
    """Per-message wall time through Detector.observe; (all messages, contact messages only)."""
    all_t: list[float] = []
    contact_t: list[float] = []
    round_no = 0
    while len(all_t) < minimum:
        for conv in conversations:
            state = detector.new_conversation(f"{conv.id}-{round_no}")
            for message in conv.messages:
                start = time.perf_counter_ns()
                detector.observe(state, message)
                elapsed = (time.perf_counter_ns() - start) / 1e6
                all_t.append(elapsed)
                if not message.from_child:
                    contact_t.append(elapsed)
        round_no += 1
    return all_t, contact_t


def load_times(runtime: str, repeats: int = 20) -> list[float]:
    out = []
    for _ in range(repeats):
        start = time.perf_counter()
        Detector.from_path(runtime=runtime)
        out.append((time.perf_counter() - start) * 1000)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=10_000)
    parser.add_argument("--file", default=str(DEFAULT_FILE), help="conversations to replay (labels ignored)")
    args = parser.parse_args()

    conversations = load_conversations(args.file)
    bundle = load_bundle()
    print(f"bundle: {SHIPPED_BUNDLE.name} v{bundle.version}, {SHIPPED_BUNDLE.stat().st_size / 1e6:.3f} MB "
          f"(model {len(bundle.model_bytes) / 1e6:.3f} MB)")  # fmt: skip
    print(f"replaying {args.file} ({len(conversations)} conversations) until >= {args.messages} messages")
    for runtime in available_runtimes():
        loads = load_times(runtime)
        detector = Detector.from_path(runtime=runtime)
        all_t, contact_t = message_latencies(detector, conversations, args.messages)
        print(f"\n[{runtime}] one thread, batch 1")
        print(f"  bundle load (read+verify+interpreter): median {statistics.median(loads):.1f} ms, "
              f"max {max(loads):.1f} ms over {len(loads)}")  # fmt: skip
        print(f"  per message, all {len(all_t)}: p50 {percentile(all_t, .5) * 1000:.0f} us, "
              f"p99 {percentile(all_t, .99) * 1000:.0f} us")  # fmt: skip
        print(f"  per contact message (model invoked), {len(contact_t)}: p50 {percentile(contact_t, .5) * 1000:.0f} us, "
              f"p99 {percentile(contact_t, .99) * 1000:.0f} us, max {max(contact_t) * 1000:.0f} us")  # fmt: skip
        sink = io.StringIO()
        start = time.perf_counter()
        with open(os.devnull, "w") as err:
            run_scan(args.file, DetectorScanner(detector), False, sink, err)
        secs = time.perf_counter() - start
        n_msgs = sum(len(c.messages) for c in conversations)
        print(f"  scan throughput: {len(conversations) / secs:.0f} conversations/s, {n_msgs / secs:.0f} messages/s")
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"\npeak RSS of this process (both runtimes loaded): {peak_mb:.0f} MB")


if __name__ == "__main__":
    main()
