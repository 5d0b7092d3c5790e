"""`python -m device_app scan` (SPEC §2): the app's pipeline over a conversation file.

Each conversation is replayed message by message through the same Detector the app uses. Bad lines
are reported on stderr with their line number; every good line is still written, then the exit
status is non-zero.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import IO, Any, Protocol

from .core.conversations import Conversation, LineError, Message, iter_conversation_lines


class ConversationScanner(Protocol):
    """Anything that turns one conversation into a SPEC §2 prediction (the detector, a baseline)."""

    def scan(self, conversation: Conversation, contact_only: bool = False) -> dict[str, Any]: ...


def _visible(conversation: Conversation, contact_only: bool) -> list[tuple[int, Message]]:
    return [(i, m) for i, m in enumerate(conversation.messages) if not (contact_only and m.from_child)]


@dataclass
class DetectorScanner:
    """The real on-device path: Detector state per conversation, message by message."""

    detector: Any  # device_app.core.pipeline.Detector (typed loosely to keep scan import-light)

    def scan(self, conversation: Conversation, contact_only: bool = False) -> dict[str, Any]:
        state = self.detector.new_conversation(conversation.id)
        risk_by_index: dict[int, float] = {}
        shown = []
        for index, message in _visible(conversation, contact_only):
            step = self.detector.observe(state, message, index=index)
            risk_by_index[index] = step.risk
            shown += step.alerts
        shown += self.detector.finish(state)  # one held until its burst ended, and the file ended it
        alert_index = shown[0].message_index if shown else None
        risks = _carry_forward(risk_by_index, len(conversation.messages))
        return {
            "id": conversation.id,
            "alert_index": alert_index,
            "max_risk": round(max(risks, default=0.0), 4),
            "tags": state.tracker.reported_tags(),
            "risk": [round(r, 4) for r in risks],
            "speaker": state.tracker.speaker,
        }


def _carry_forward(risk_by_index: dict[int, float], length: int) -> list[float]:
    """Risk after every original message; a message the device never saw leaves risk unchanged."""
    out: list[float] = []
    current = 0.0
    for i in range(length):
        current = risk_by_index.get(i, current)
        out.append(current)
    return out


def scan_lines(
    lines: Iterable[str], scanner: ConversationScanner, contact_only: bool = False
) -> Iterator[dict[str, Any] | LineError]:
    for item in iter_conversation_lines(lines):
        yield item if isinstance(item, LineError) else scanner.scan(item, contact_only=contact_only)


def _count_lines(path: str) -> int:
    with open(path, "rb") as fh:
        return sum(1 for _ in fh)


class EmptyInput(ValueError):
    """The file holds no conversation at all (empty or only blank lines)."""


def run_scan(path: str, scanner: ConversationScanner, contact_only: bool, out: IO[str], err: IO[str]) -> int:
    """Write one prediction per good line to `out`; return the number of bad lines.

    Raises EmptyInput when the file has no line to scan: an empty result must not look like success."""
    from tqdm import tqdm

    bad = 0
    good = 0
    # Counting lines reads the file a second time: only worth it when someone watches a progress bar.
    total = _count_lines(path) if err.isatty() else 0
    show_progress = total >= 200
    with open(path, encoding="utf-8", errors="replace") as fh, tqdm(
        total=total, file=err, disable=not show_progress, unit="conv", desc="scan"
    ) as bar:
        for item in scan_lines(fh, scanner, contact_only):
            bar.update(1)
            if isinstance(item, LineError):
                bad += 1
                print(f"{path}: {item}", file=err)
                continue
            good += 1
            out.write(json.dumps(item, ensure_ascii=False) + "\n")
    out.flush()
    if good == 0 and bad == 0:
        raise EmptyInput(f"{path} holds no conversations (expected one JSON object per line)")
    return bad


def main(args: Any) -> int:
    from .core.bundle import BundleError
    from .core.pipeline import Detector

    try:
        detector = Detector.from_path(args.model)
    except (BundleError, ValueError, RuntimeError) as exc:
        print(f"scan: cannot load model bundle: {exc}", file=sys.stderr)
        return 2
    try:
        bad = run_scan(args.file, DetectorScanner(detector), args.contact_only, sys.stdout, sys.stderr)
    except OSError as exc:
        print(f"scan: cannot read {args.file}: {exc.strerror or exc}", file=sys.stderr)
        return 2
    except EmptyInput as exc:
        print(f"scan: {exc}", file=sys.stderr)
        return 2
    if bad:
        print(f"scan: {bad} malformed line(s) skipped; all other lines were written", file=sys.stderr)
        return 1
    return 0
