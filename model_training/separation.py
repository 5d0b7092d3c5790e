"""`python -m model_training separation FILE ... [--model BUNDLE ...]`: how well a model's grooming scores alone
tell a grooming chat's first moves from benign chat, with no alert policy in the way.

For each grooming chat: the highest grooming score of the contact's messages among the `window` messages that
start at its first sign. For each benign chat: the highest grooming score of any contact message. The ROC AUC
over chats (ties count half) is 1.0 when some single threshold would alert on every grooming chat within
`window` messages of its first sign and on no benign chat. Two models' fitted policies differ, so their alert
figures mix the model with the fit; this number compares the models (training recipes) alone.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from device_app.core.conversations import Conversation
from device_app.core.pipeline import Detector

from .dataset import first_risk
from .evaluate import load_labelled
from .policy import ScoredSet, score_with

THRESHOLDS: tuple[float, ...] = (0.9, 0.95)


@dataclass(frozen=True)
class Separation:
    auc: float | None  # None when the set lacks grooming or benign chats
    grooming: int
    benign: int
    early_over: dict[float, float]  # threshold -> share of grooming chats whose early maximum reaches it
    benign_over: dict[float, float]  # threshold -> share of benign chats whose maximum reaches it


def roc_auc(positives: Sequence[float], negatives: Sequence[float]) -> float | None:
    """P(a positive outscores a negative), ties half: the Mann-Whitney statistic, by binary search over the
    sorted negatives."""
    if not positives or not negatives:
        return None
    neg = np.sort(np.asarray(negatives, float))
    pos = np.asarray(positives, float)
    below = np.searchsorted(neg, pos, side="left")
    ties = np.searchsorted(neg, pos, side="right") - below
    return float((below.sum() + 0.5 * ties.sum()) / (len(pos) * len(neg)))


def window_maxima(
    conversations: Sequence[Conversation], scores: Iterable[tuple[int, int, float]], window: int = 4
) -> tuple[list[float], list[float]]:
    """(early maximum of each grooming chat, maximum of each benign chat) from (conversation position,
    message index, grooming score) triples; a chat with no scored contact message in range counts 0.0
    (the model said nothing there)."""
    best = [0.0] * len(conversations)
    for position, index, score in scores:
        conv = conversations[position]
        if not conv.is_grooming or first_risk(conv) <= index < first_risk(conv) + window:
            best[position] = max(best[position], float(score))
    early = [b for b, conv in zip(best, conversations, strict=True) if conv.is_grooming]
    benign = [b for b, conv in zip(best, conversations, strict=True) if not conv.is_grooming]
    return early, benign


def chat_maxima(scored: ScoredSet, window: int = 4, contact_only: bool = False) -> tuple[list[float], list[float]]:
    """`window_maxima` over a set's cached scores."""
    views = scored.contact_only if contact_only else scored.full
    triples = (
        (position, index, s.grooming)
        for position, cached in enumerate(views)
        for index, s, _, _ in cached
        if s is not None
    )
    return window_maxima(scored.conversations, triples, window)


def separation(scored: ScoredSet, window: int = 4, contact_only: bool = False) -> Separation:
    early, benign = chat_maxima(scored, window, contact_only)
    return Separation(
        auc=roc_auc(early, benign),
        grooming=len(early),
        benign=len(benign),
        early_over={t: float(np.mean([v >= t for v in early])) if early else 0.0 for t in THRESHOLDS},
        benign_over={t: float(np.mean([v >= t for v in benign])) if benign else 0.0 for t in THRESHOLDS},
    )


def detector_separation(
    detector: Detector, conversations: Sequence[Conversation], window: int = 4, contact_only: bool = False,
    name: str = "set",
) -> Separation:
    """Score `conversations` with a bundle's detector (the device's featuriser and TFLite runtime) and
    measure the separation of its grooming scores."""
    return separation(score_with(detector, conversations, name), window, contact_only)


def render(rows: list[tuple[str, str, Separation]], window: int) -> str:
    """One line per (model, file): AUC, and the shares over each threshold."""
    over = "".join(f"{f'early≥{t}':>11s}{f'benign≥{t}':>12s}" for t in THRESHOLDS)
    lines = [f"{'model':24s}{'file':32s}{'g/b':>10s}{f'AUC@{window}':>8s}{over}"]
    for model, name, s in rows:
        auc = "n/a" if s.auc is None else f"{s.auc:.3f}"
        shares = "".join(f"{s.early_over[t]:>11.3f}{s.benign_over[t]:>12.3f}" for t in THRESHOLDS)
        lines.append(f"{model[:23]:24s}{name[:31]:32s}{f'{s.grooming}/{s.benign}':>10s}{auc:>8s}{shares}")
    return "\n".join(lines)


def separation_report(files: Sequence[str], models: Sequence[str | None], window: int = 4,
                      contact_only: bool = False) -> str:
    """Score every file with every bundle (None: the shipped one) through the device's featuriser and
    TFLite runtime, and render the table."""
    sets = {Path(f).name: load_labelled(f) for f in files}
    rows: list[tuple[str, str, Separation]] = []
    for model in models:
        detector = Detector.from_path(model)
        for name, conversations in sets.items():
            sep = detector_separation(detector, conversations, window, contact_only, name)
            rows.append((detector.model_version, name, sep))
    return render(rows, window)
