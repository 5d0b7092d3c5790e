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
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from device_app.core.bundle import SHIPPED_BUNDLE, load_bundle  # noqa: E402
from device_app.core.conversations import Message, load_conversations  # noqa: E402
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


# Messages an attacker can send to stall the scan thread: 10,000 characters each (what a chat app lets through).
HOSTILE: dict[str, str] = {
    "plain words": "send me a pic " * 715,
    "one word": "x" * 10_000,
    "emoji only": "😘" * 10_000,
    "emoji glued to words": "😘a" * 5_000,
    "spaced letters": "s " * 5_000,
    "one long word, one emoji inside": "x" * 9_998 + "😘x",
    "separated letters": "s/" * 5_000,
    "letter symbols": "🅢" * 10_000,
    "run-on words": "sendmeapic" * 1_000,
    "turned letters": "ɐǝ" * 5_000,
    "masked letters": "s*x " * 2_500,
    "one letter per line": "s\n" * 5_000,
}


def hostile_latencies(detector: Detector, repeats: int = 3) -> dict[str, float]:
    """Worst wall time (ms) of one 10,000-character contact message through Detector.observe, per shape."""
    out = {}
    for name, text in HOSTILE.items():
        times = []
        for i in range(repeats):
            state = detector.new_conversation(f"hostile-{name}-{i}")
            start = time.perf_counter()
            detector.observe(state, Message("contact", text))
            times.append((time.perf_counter() - start) * 1000)
        out[name] = max(times)
    return out


def burst_latencies(detector: Detector, pieces: int = 2_000, long_words: bool = False) -> list[float]:
    """Per-piece wall time (ms) of one contact typing `pieces` one-word messages in a row: with whole bursts each
    piece re-reads the burst so far (at most BURST_TOKENS words) and the tracker revises it. With `long_words`
    every piece is a distinct 10,000-character word (what an attacker would send)."""
    words = ["send", "me", "a", "pic", "of", "u", "in", "ur", "bed", "now"]
    state = detector.new_conversation("burst")
    times = []
    for i in range(pieces):
        text = f"{i:05d}" + "x" * 9_995 if long_words else words[i % len(words)]
        start = time.perf_counter_ns()
        detector.observe(state, Message("contact", text))
        times.append((time.perf_counter_ns() - start) / 1e6)
    return times


def load_times(runtime: str, model: str | None, repeats: int = 20) -> list[float]:
    out = []
    for _ in range(repeats):
        start = time.perf_counter()
        Detector.from_path(model, runtime=runtime)
        out.append((time.perf_counter() - start) * 1000)
    return out


def scan_command_rate(path: str, model: str | None, copies: int) -> tuple[int, float]:
    """Messages per second of `python -m device_app scan` as a user runs it: a fresh process, start-up
    (imports, bundle load) included, over `copies` copies of the file."""
    lines = Path(path).read_text(encoding="utf-8").splitlines()
    n_msgs = sum(len(c.messages) for c in load_conversations(path)) * copies
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False) as fh:
        fh.write("\n".join(lines * copies) + "\n")
    cmd = [sys.executable, "-m", "device_app", "scan", fh.name] + (["--model", model] if model else [])
    env = {**os.environ, "OMP_NUM_THREADS": "1"}
    start = time.perf_counter()
    subprocess.run(cmd, cwd=Path(__file__).resolve().parents[1], stdout=subprocess.DEVNULL, check=True, env=env)
    secs = time.perf_counter() - start
    os.unlink(fh.name)
    return n_msgs, secs


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=10_000)
    parser.add_argument("--file", default=str(DEFAULT_FILE), help="conversations to replay (labels ignored)")
    parser.add_argument("--model", default=None, help="bundle to measure (default: the shipped one)")
    parser.add_argument("--scan-copies", type=int, default=20, help="copies of --file for the scan command rate")
    args = parser.parse_args()

    conversations = load_conversations(args.file)
    bundle = load_bundle(args.model)
    path = Path(args.model) if args.model else SHIPPED_BUNDLE
    print(f"bundle: {path.name} v{bundle.version}, {path.stat().st_size / 1e6:.3f} MB "
          f"(model {len(bundle.model_bytes) / 1e6:.3f} MB)")  # fmt: skip
    print(f"replaying {args.file} ({len(conversations)} conversations) until >= {args.messages} messages")
    for runtime in available_runtimes():
        loads = load_times(runtime, args.model)
        detector = Detector.from_path(args.model, runtime=runtime)
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
        burst = burst_latencies(detector)
        print(f"  a burst of {len(burst)} one-word messages: p50 {percentile(burst, .5) * 1000:.0f} us, "
              f"p99 {percentile(burst, .99) * 1000:.0f} us per piece")  # fmt: skip
        long_burst = burst_latencies(detector, 200, long_words=True)
        print(f"  a burst of {len(long_burst)} distinct 10,000-character words: p50 {percentile(long_burst, .5):.1f} ms, "
              f"p99 {percentile(long_burst, .99):.1f} ms per piece")  # fmt: skip
        hostile = hostile_latencies(detector)
        print("  one 10,000-character message, worst of 3: " + ", ".join(f"{k} {v:.0f} ms" for k, v in hostile.items()))
    n_msgs, secs = scan_command_rate(args.file, args.model, args.scan_copies)
    print(f"\n`python -m device_app scan` (fresh process, start-up included, default runtime): "
          f"{n_msgs} messages in {secs:.2f} s = {n_msgs / secs:.0f} messages/s")  # fmt: skip
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"\npeak RSS of this process (both runtimes loaded): {peak_mb:.0f} MB")


if __name__ == "__main__":
    main()
