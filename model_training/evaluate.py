"""`python -m model_training evaluate FILE.jsonl`: the shipped bundle vs a keyword baseline.

Both detectors go through `device_app.scan`'s code path, so the figures are what `scan` (and the
app) would produce on that file.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from device_app.core.conversations import Conversation, load_conversations
from device_app.core.pipeline import Detector
from device_app.scan import ConversationScanner, DetectorScanner

from .baseline import KeywordScanner
from .metrics import Scores, format_table, score_predictions


@dataclass
class Evaluation:
    full: dict[str, Scores]
    contact_only: dict[str, Scores]

    def render(self, title: str) -> str:
        return "\n".join(
            [
                f"== {title}: all messages ==",
                format_table(self.full),
                "",
                f"== {title}: --contact-only (child's messages dropped) ==",
                format_table(self.contact_only),
            ]
        )


def predict_all(
    scanner: ConversationScanner, conversations: Sequence[Conversation], contact_only: bool
) -> dict[str, dict]:
    return {c.id: scanner.scan(c, contact_only=contact_only) for c in conversations}


def evaluate_conversations(conversations: Sequence[Conversation], detector: Detector) -> Evaluation:
    scanners: dict[str, ConversationScanner] = {
        f"guardline {detector.model_version}": DetectorScanner(detector),
        "keyword baseline": KeywordScanner(),
    }
    full = {n: score_predictions(conversations, predict_all(s, conversations, False)) for n, s in scanners.items()}
    co = {n: score_predictions(conversations, predict_all(s, conversations, True)) for n, s in scanners.items()}
    return Evaluation(full, co)


def evaluate_file(path: str | Path, model: str | Path | None = None) -> Evaluation:
    conversations = load_conversations(path, require_label=True)
    return evaluate_conversations(conversations, Detector.from_path(model))
