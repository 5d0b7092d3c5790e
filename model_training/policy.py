"""Pick the tracker's thresholds from held-out data, by replaying cached model scores.

The model is scored once per message (the exported TFLite model, as on the device); each candidate
policy then only re-runs the cheap ConversationTracker. Objective: conversation F1 with and without the
child's messages, with false alarms on benign chats and on the large benign background weighted far
more heavily than misses — a false alarm frightens a child and teaches them to ignore Guardline.

Only these few knobs (noise floor, decay, alert threshold, minimum distinct tactics) are chosen here.
SPEC §1 allows the dev set to pick thresholds; when given, it is judged alongside the validation
split, because it was written by other hands than the training data — exactly the shift a deployed
model meets. The model's weights never see it.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any

import numpy as np

from device_app.core.bundle import PolicySettings
from device_app.core.conversations import TACTICS, Conversation
from device_app.core.featuriser import Featuriser, featurise_conversation
from device_app.core.runtime import TFLiteScorer
from device_app.core.tracker import ConversationTracker, MessageScores

from .metrics import Scores, score_predictions

CachedConversation = list[tuple[int, MessageScores | None]]


@dataclass
class ScoredSet:
    conversations: list[Conversation]
    full: list[CachedConversation]
    contact_only: list[CachedConversation]


def cache_scores(
    scorer: TFLiteScorer, featuriser: Featuriser, labels: Sequence[str], conversations: Sequence[Conversation]
) -> ScoredSet:
    full: list[CachedConversation] = []
    co: list[CachedConversation] = []
    for conv in conversations:
        for view, sink in ((False, full), (True, co)):
            kept = [(i, m) for i, m in enumerate(conv.messages) if not (view and m.from_child)]
            rows = featurise_conversation(featuriser, [m for _, m in kept])
            cached: CachedConversation = []
            for (i, m), row in zip(kept, rows, strict=True):
                cached.append((i, None if m.from_child else MessageScores.from_vector(scorer.score(row), labels)))
            sink.append(cached)
    return ScoredSet(list(conversations), full, co)


def replay(policy: PolicySettings, conv: Conversation, cached: CachedConversation) -> dict[str, Any]:
    """The tracker part of DetectorScanner.scan over cached scores (same tracker, same outputs)."""
    tracker = ConversationTracker(policy)
    alert_index = None
    max_risk = 0.0
    for index, scores in cached:
        if scores is None:
            tracker.observe_child()
            continue
        decision = tracker.observe_contact(index, scores)
        max_risk = max(max_risk, tracker.risk)
        if decision is not None and alert_index is None:
            alert_index = decision.message_index
    return {"id": conv.id, "alert_index": alert_index, "max_risk": max_risk, "tags": tracker.reported_tags()}


def evaluate_policy(policy: PolicySettings, scored: ScoredSet, contact_only: bool = False) -> Scores:
    cache = scored.contact_only if contact_only else scored.full
    preds = {c.id: replay(policy, c, cc) for c, cc in zip(scored.conversations, cache, strict=True)}
    return score_predictions(scored.conversations, preds)


def tune_tag_thresholds(scored: ScoredSet, floor: float = 0.2) -> dict[str, float]:
    """Per tactic, the threshold that best names a conversation's tactics on held-out grooming chats.

    Conversation level, because that is what a flag report and an alert carry: a tactic counts as seen
    when its highest message score in the conversation crosses the threshold.
    """
    out: dict[str, float] = {}
    for tag in TACTICS:
        ys, ps = [], []
        for conv, cached in zip(scored.conversations, scored.full, strict=True):
            if not conv.is_grooming:
                continue
            ys.append(any(tag in m.tags for m in conv.messages))
            ps.append(max((s.tactics[tag] for _, s in cached if s is not None), default=0.0))
        y, p = np.asarray(ys, dtype=bool), np.asarray(ps)
        best, best_f1 = 0.5, -1.0
        for thr in np.arange(floor, 0.91, 0.05):
            pred = p >= thr
            tp = int((pred & y).sum())
            f1 = 2 * tp / (pred.sum() + y.sum()) if pred.sum() + y.sum() else 0.0
            if f1 > best_f1:
                best, best_f1 = float(round(thr, 2)), f1
        out[tag] = best
    return out


FALSE_POSITIVE_WEIGHT = 0.05  # one false alarm on a held-out benign chat costs as much as ~10 missed alerts


def tune_policy(
    base: PolicySettings,
    val: ScoredSet,
    background: ScoredSet,
    log: Any = print,
    fp_weight: float = FALSE_POSITIVE_WEIGHT,
    also: ScoredSet | None = None,
) -> tuple[PolicySettings, dict[str, Any]]:
    """Grid search over the tracker's knobs; `also` is a second labelled set judged the same way
    (the hand-written dev set, by other authors than the training data)."""
    best: tuple[float, PolicySettings, dict[str, Any]] | None = None
    grid = itertools.product(
        (0.3, 0.4, 0.5, 0.6, 0.7, 0.8), (0.5, 0.7, 0.85), (0.6, 0.7, 0.8, 0.9, 0.95, 0.98), (1, 2)
    )
    sets = [("val", val)] + ([("dev", also)] if also is not None and also.conversations else [])
    for floor, decay, threshold, min_tactics in grid:
        policy = replace(base, noise_floor=floor, decay=decay, alert_threshold=threshold, min_tactics=min_tactics)
        bg = evaluate_policy(policy, background)
        objective = -1.0 * bg.false_alarms_per_1000
        summary: dict[str, Any] = {
            "noise_floor": floor, "decay": decay, "alert_threshold": threshold, "min_tactics": min_tactics,
            "background_fa_per_1000": round(bg.false_alarms_per_1000, 3),
        }  # fmt: skip
        for name, scored in sets:
            full = evaluate_policy(policy, scored)
            co = evaluate_policy(policy, scored, contact_only=True)
            delay = full.median_delay if full.median_delay is not None else 10.0
            objective += full.f1 + co.f1 - fp_weight * (full.fp + co.fp) - 0.01 * max(0.0, delay)
            summary.update({
                f"{name}_f1": round(full.f1, 4), f"{name}_f1_contact_only": round(co.f1, 4),
                f"{name}_false_positives": full.fp + co.fp, f"{name}_median_delay": full.median_delay,
            })  # fmt: skip
        summary["objective"] = round(objective, 4)
        if best is None or objective > best[0]:
            best = (objective, policy, summary)
    assert best is not None
    log(f"policy: {best[2]}")
    return best[1], best[2]
