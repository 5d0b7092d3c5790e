"""`python -m model_training errors FILE ... [--model BUNDLE]`: which chats the detector gets wrong, and what it saw.

`evaluate` says how many chats are missed, late or falsely alerted; this says which, so whoever writes the next
seed chats or fits the next policy can see the pattern: for a missed grooming chat, the contact messages the
model scored highest; for a late alert, the first sign's scores beside the message that finally alerted; for a
false alarm, the message that fired. Generated variants of one hand-written chat (evasion rewrites,
recombinations) are listed once under the seed chats they come from, with how many variants share the mistake.
Scores come from the device's own featuriser, TFLite runtime and tracker (`policy.replay`), as in `scan`.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from device_app.core.bundle import PolicySettings
from device_app.core.conversations import Conversation
from device_app.core.pipeline import Detector
from device_app.core.tracker import MessageScores

from .data.recombine import seed_ids
from .dataset import first_risk
from .evaluate import load_labelled
from .policy import CachedConversation, ScoredSet, replay, score_with

KINDS = ("missed", "late", "false alarm")
TEXT_CHARS = 90


@dataclass(frozen=True)
class Evidence:
    """One contact message and what the model made of it."""

    index: int
    grooming: float
    tactic: str  # the strongest tactic head
    tactic_score: float
    text: str


@dataclass
class Mistake:
    kind: str  # one of KINDS
    origin: str  # the seed chat(s) it comes from, "+"-joined
    example: str  # the id of the first chat found with this mistake
    delay: int | None  # messages from the first sign to the alert (late alerts only)
    evidence: list[Evidence]
    variants: list[str] = field(default_factory=list)  # ids of further chats of the same origin and kind


def printable(text: str, limit: int = TEXT_CHARS) -> str:
    """One line of terminal-safe text: control, format (direction, zero-width) and line-break characters
    shown as escapes, long text cut with an ellipsis."""
    out = "".join(
        ch if ch == " " or unicodedata.category(ch)[0] not in "CZ" else f"\\u{ord(ch):04x}" for ch in text
    )
    return out if len(out) <= limit else out[: limit - 1] + "…"


def _evidence(conv: Conversation, index: int, scores: MessageScores) -> Evidence:
    tactic, value = max(scores.tactics.items(), key=lambda kv: kv[1], default=("-", 0.0))
    return Evidence(index, scores.grooming, tactic, value, printable(conv.messages[index].text))


def _scored(cached: CachedConversation) -> dict[int, MessageScores]:
    return {index: scores for index, scores, _, _ in cached if scores is not None}


def classify(conv: Conversation, cached: CachedConversation, alert_index: int | None, late_after: int,
             top: int = 3) -> Mistake | None:  # fmt: skip
    """The detector's mistake on one chat (None when it got the chat right), with the evidence to show."""
    scores = _scored(cached)
    origin = "+".join(sorted(seed_ids(conv)))
    if not conv.is_grooming:
        if alert_index is None:
            return None
        return Mistake(
            "false alarm", origin, conv.id, None, [_evidence(conv, alert_index, scores[alert_index])]
        )
    if alert_index is None:
        highest = sorted(scores, key=lambda i: -scores[i].grooming)[:top]
        return Mistake(
            "missed", origin, conv.id, None, [_evidence(conv, i, scores[i]) for i in sorted(highest)]
        )
    fri = first_risk(conv)
    delay = alert_index - fri
    if delay <= late_after:
        return None
    first = next((i for i in sorted(scores) if i >= fri), alert_index)
    shown = sorted({first, alert_index})
    return Mistake("late", origin, conv.id, delay, [_evidence(conv, i, scores[i]) for i in shown])


def find_mistakes(policy: PolicySettings, scored: ScoredSet, contact_only: bool = False,
                  late_after: int = 1) -> list[Mistake]:  # fmt: skip
    """Every mistake of a model (its cached scores) under an alert policy, one entry per (kind, origin),
    in KINDS order, the most repeated first."""
    views = scored.contact_only if contact_only else scored.full
    grouped: dict[tuple[str, str], Mistake] = {}
    for conv, cached in zip(scored.conversations, views, strict=True):
        alert_index = replay(policy, conv, cached)["alert_index"]
        mistake = classify(conv, cached, alert_index, late_after)
        if mistake is None:
            continue
        key = (mistake.kind, mistake.origin)
        if key in grouped:
            grouped[key].variants.append(conv.id)
        else:
            grouped[key] = mistake
    return sorted(grouped.values(), key=lambda m: (KINDS.index(m.kind), -len(m.variants), m.origin))


def render(name: str, total: int, mistakes: Sequence[Mistake]) -> str:
    counts = {kind: sum(1 + len(m.variants) for m in mistakes if m.kind == kind) for kind in KINDS}
    summary = ", ".join(f"{counts[k]} {k}" for k in KINDS)
    lines = [f"{name}: {total} chats; {summary}"]
    for m in mistakes:
        more = f" (+{len(m.variants)} more from the same seed)" if m.variants else ""
        delay = f", {m.delay} messages after the first sign" if m.delay is not None else ""
        lines.append(f"  {m.kind}: {m.example}{delay}{more}")
        for e in m.evidence:
            lines.append(
                f"    #{e.index:<3d} grooming {e.grooming:.2f}  {e.tactic} {e.tactic_score:.2f}  {e.text}"
            )
    return "\n".join(lines)


def errors_report(files: Sequence[str | Path], model: str | Path | None = None, contact_only: bool = False,
                  late_after: int = 1) -> str:  # fmt: skip
    """Score each file with a bundle (None: the shipped one) and list its mistakes."""
    detector = Detector.from_path(model)
    parts = []
    for path in files:
        conversations = load_labelled(path)
        name = Path(path).name
        scored = score_with(detector, conversations, name)
        parts.append(
            render(name, len(conversations), find_mistakes(detector.policy, scored, contact_only, late_after))
        )
    return "\n\n".join(parts)
