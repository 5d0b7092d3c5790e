"""Fit the alert policy on held-out data, by replaying cached model scores.

The model is scored once per message (the exported TFLite model, as on the device); each candidate
policy then only re-runs the cheap tracker (`SpeakerTrackers`, per speaker as on the device).

Objective: F_latency (F1 times the eRisk speed factor, so an alert four messages after the picture
request is worth much less than one at it) plus F1 times the mean speed (the median alone lets the slower
half of the chats stay late for free), with and without the child's messages, summed over the labelled
held-out sets; minus a heavy cost per false alarm per 1000 benign messages of each set and view (a rate,
so every set weighs the same whatever its size) and per false alarm per 1000 background messages — a false
alarm frightens a child and teaches them to ignore Guardline.

What is fitted: per-tactic naming thresholds (conversation-level F0.5 on the validation split:
precision first, because an alert must name only what was said), then the tracker's knobs by coordinate
descent: noise floor, decay, alert threshold, minimum distinct tactics, whether a clearly seen severe
tactic is enough, how many risky messages it takes, how many confident moves (back to back or within a
short window of the speaker's messages) alert on their own, and the instant-alert thresholds for each
severe tactic. The descent starts from four fixed policies and, in a refit, the shipped one; the best end
point wins.
The labelled sets are also scored once more with every conversation rewritten by one evasion transform in
turn (`evasion_set`), and that view counts like another set: a policy must hold under filter dodging too.
SPEC §1 allows the dev sets to pick thresholds; they are judged alongside the validation split because
they were written by other hands than the training data. The model's weights never see them.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any

import numpy as np

from device_app.core.bundle import PolicySettings
from device_app.core.conversations import Conversation
from device_app.core.featuriser import Featuriser, featurise_with_bursts, sent_at
from device_app.core.pipeline import Detector
from device_app.core.runtime import TFLiteScorer
from device_app.core.tracker import MessageScores, SpeakerTrackers, message_words
from device_app.core.vocabulary import SEVERE_TACTICS, TACTICS

from .evasion import mixed_evasion, transform_all
from .metrics import Scores, latency_penalty, score_predictions

# (message index, scores or None for the child's, speaker, whether it continued the speaker's burst)
CachedConversation = list[tuple[int, MessageScores | None, str | None, bool]]


@dataclass
class ScoredSet:
    conversations: list[Conversation]
    full: list[CachedConversation]
    contact_only: list[CachedConversation]
    name: str = "set"


def cache_scores(
    scorer: TFLiteScorer,
    featuriser: Featuriser,
    labels: Sequence[str],
    conversations: Sequence[Conversation],
    name: str = "set",
) -> ScoredSet:
    full: list[CachedConversation] = []
    co: list[CachedConversation] = []
    for conv in conversations:
        for view, sink in ((False, full), (True, co)):
            kept = [(i, m) for i, m in enumerate(conv.messages) if not (view and m.from_child)]
            rows, continues = featurise_with_bursts(featuriser, [m for _, m in kept])
            cached: CachedConversation = []
            for (i, m), row, revises in zip(kept, rows, continues, strict=True):
                s = None if m.from_child else MessageScores.from_vector(scorer.score(row), labels)
                cached.append((i, s, m.speaker, revises))
            sink.append(cached)
    return ScoredSet(list(conversations), full, co, name)


def join_sets(*sets: ScoredSet, name: str) -> ScoredSet:
    """Several scored sets as one (their conversations and cached scores in order)."""
    return ScoredSet(
        [c for s in sets for c in s.conversations], [c for s in sets for c in s.full],
        [c for s in sets for c in s.contact_only], name,
    )  # fmt: skip


def score_with(detector: Detector, conversations: Sequence[Conversation], name: str = "set") -> ScoredSet:
    """`cache_scores` with a loaded bundle's own featuriser, TFLite runtime and labels (what `scan` runs)."""
    return cache_scores(detector.scorer, detector.featuriser, detector.labels, conversations, name)


def evasion_set(
    scorer: TFLiteScorer,
    featuriser: Featuriser,
    labels: Sequence[str],
    labelled: Sequence[Sequence[Conversation]],
) -> ScoredSet:
    """The labelled held-out sets again, each conversation rewritten by one evasion transform in turn."""
    rewritten = mixed_evasion([c for convs in labelled for c in convs])
    return cache_scores(scorer, featuriser, labels, rewritten, "evasion")


def chunked_sets(
    scorer: TFLiteScorer,
    featuriser: Featuriser,
    labels: Sequence[str],
    labelled: Sequence[Sequence[Conversation]],
) -> list[ScoredSet]:
    """The labelled held-out sets again with every contact message sent in pieces: in two halves
    (`split_messages`) and one to three words at a time (`word_bursts`). What the fade fit must hold under."""
    every = [c for convs in labelled for c in convs]
    return [
        cache_scores(scorer, featuriser, labels, transform_all(every, name), f"chunked_{name}")
        for name in ("split_messages", "word_bursts")
    ]


def replay(policy: PolicySettings, conv: Conversation, cached: CachedConversation) -> dict[str, Any]:
    """The tracker part of DetectorScanner.scan over cached scores (same tracker, same outputs)."""
    tracker = SpeakerTrackers(policy)
    max_risk = 0.0
    for index, scores, speaker, revises in cached:
        if scores is None:
            tracker.observe_child()
            continue
        # (the fit replays every candidate policy: count words only for one that fades evidence by them)
        message = conv.messages[index]
        words = message_words(message.text) if policy.tag_decay_words else 1
        moment = sent_at(message.ts) if policy.burst_hold else None  # only a held decision is timed
        tracker.observe_contact(index, scores, speaker, words, revises, moment)
        max_risk = max(max_risk, tracker.risk)
    tracker.release_all()
    alert_index = tracker.alerts[0].message_index if tracker.alerts else None
    return {
        "id": conv.id, "alert_index": alert_index, "max_risk": max_risk,
        "tags": tracker.reported_tags(), "speaker": tracker.speaker,
    }  # fmt: skip


def evaluate_policy(policy: PolicySettings, scored: ScoredSet, contact_only: bool = False) -> Scores:
    cache = scored.contact_only if contact_only else scored.full
    preds = {c.id: replay(policy, c, cc) for c, cc in zip(scored.conversations, cache, strict=True)}
    return score_predictions(scored.conversations, preds)


def tune_tag_thresholds(scored: ScoredSet, floor: float = 0.3, beta: float = 0.5) -> dict[str, float]:
    """Per tactic, the threshold that best names a conversation's tactics on held-out grooming chats.

    Conversation level, because that is what a flag report and an alert carry: a tactic counts as seen
    when its highest message score in the conversation crosses the threshold. F0.5: precision weighs
    more, because naming a tactic nobody used ("they said bad things about your family") is a lie to a child.
    """
    out: dict[str, float] = {}
    b2 = beta * beta
    for tag in TACTICS:
        ys, ps = [], []
        for conv, cached in zip(scored.conversations, scored.full, strict=True):
            if not conv.is_grooming:
                continue
            ys.append(any(tag in m.tags for m in conv.messages))
            ps.append(max((s.tactics.get(tag, 0.0) for _, s, _, _ in cached if s is not None), default=0.0))
        y, p = np.asarray(ys, dtype=bool), np.asarray(ps)
        best, best_f = 0.5, -1.0
        for thr in np.arange(floor, 0.96, 0.05):
            pred = p >= thr
            tp = int((pred & y).sum())
            denom = (1 + b2) * tp + b2 * int((y & ~pred).sum()) + int((pred & ~y).sum())
            f = (1 + b2) * tp / denom if denom else 0.0
            if f > best_f:
                best, best_f = float(round(thr, 2)), f
        out[tag] = best
    return out


# Cost of false alarms per 1000 benign messages of each labelled set and view (the unit the targets use):
# a rate, not a count, so the large augmented validation split (copies of the same hard seed chats) cannot
# outvote the small hand-written sets, whose one false alarm is ~1.7 per 1000 and costs ~0.85, more than
# halving the median delay earns.
FALSE_POSITIVE_WEIGHT = 0.5
BACKGROUND_WEIGHT = 1.0  # per alerted background conversation per 1000 messages

OFF = 1.01  # an instant threshold no score reaches
SEARCH_SPACE: dict[str, tuple[Any, ...]] = {
    "noise_floor": (0.2, 0.3, 0.4, 0.5, 0.6, 0.7),
    "decay": (0.5, 0.7, 0.85, 0.95),
    # finer near 0.9: with the shipped model, risks of two clear moves in a row land at 0.86-0.9
    # ("ur so mature for 12 ... its our secret" then a picture request reaches 0.89)
    "alert_threshold": (0.6, 0.7, 0.8, 0.84, 0.86, 0.88, 0.9, 0.92, 0.95, 0.98),
    "min_tactics": (1, 2, 3),
    "min_risky_messages": (1, 2, 3),
    # 1: one message whose grooming score alone is confident enough (a model that separates first moves from
    # peers' chat well can afford it at a high `sustained_grooming`; the false-alarm cost decides)
    "sustained_run": (0, 1, 2, 3, 4),
    "sustained_window": (0, 3, 4, 6),
    "sustained_grooming": (0.85, 0.9, 0.93, 0.95, 0.96, 0.97, 0.98),
    "sustained_lead": (0.0, 0.6, 0.7, 0.8, 0.9),
    "multi_tactic_threshold": (0.5, 0.6, 0.7, 0.8, OFF),
    "severe_counts_double": (False, True),
    "instant_grooming": (0.3, 0.5, 0.7, 0.85),
    # Never OFF for the two tactics the issue names: "one clear coercion or explicit image request to a minor
    # is enough for an alert at once". Left to the objective, the search switched coercion off, because the
    # median in F_latency rises when late-caught sextortion chats join the caught ones (41 % of the held-out
    # sextortion chats then went unalerted).
    "instant:sexual": (0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.95),
    # 0.8 is open again because the fit now also sees the evasion view: fitted on clean val alone, 0.8 let
    # emoji between words raise held-out false alarms 0.11 -> 0.50/1000
    "instant:coercion": (0.8, 0.85, 0.9, 0.95),
    "instant:meeting": (0.6, 0.7, 0.8, 0.9, OFF),
}


REQUIRED_INSTANT: tuple[str, ...] = ("sexual", "coercion")

# `refit-policy --instant-only`: the one-message paths alone, on a grid fine enough to follow a model whose
# severe-tactic heads are calibrated differently from the one the rest of the policy was fitted for (cue tokens
# moved 2026.12.07-5's coercion and sexual scores; its carried thresholds sat just above clear requests at 0.95).
_FINE = tuple(round(0.80 + 0.01 * i, 2) for i in range(20))
INSTANT_SPACE: dict[str, tuple[Any, ...]] = {
    "instant:sexual": _FINE, "instant:coercion": _FINE, "instant:meeting": (*_FINE, OFF),
    "instant_grooming": (0.3, 0.5, 0.7, 0.8, 0.85, 0.9),
}  # fmt: skip


def _with_required_instants(policy: PolicySettings) -> PolicySettings:
    """A start policy (e.g. an older shipped one) with an instant path for each required tactic."""
    missing = {t: 0.95 for t in REQUIRED_INSTANT if t not in policy.instant_thresholds}
    return replace(policy, instant_thresholds={**policy.instant_thresholds, **missing}) if missing else policy


def _with(policy: PolicySettings, key: str, value: Any) -> PolicySettings:
    if key.startswith("instant:"):
        tag = key.split(":", 1)[1]
        thresholds = {**policy.instant_thresholds, tag: value}
        return replace(policy, instant_thresholds={t: v for t, v in thresholds.items() if v < OFF})
    return replace(policy, **{key: value})


def _current(policy: PolicySettings, key: str) -> Any:
    if key.startswith("instant:"):
        return policy.instant_thresholds.get(key.split(":", 1)[1], OFF)
    return getattr(policy, key)


def objective(
    policy: PolicySettings,
    sets: Sequence[ScoredSet],
    background: ScoredSet | None,
    fp_weight: float,
    beat: float | None = None,
) -> tuple[float, dict[str, Any]]:
    """Higher is better; the summary holds the figures it was computed from. With `beat`, the background
    (a pure penalty) is skipped when the labelled sets alone cannot beat it: same answer, a third faster."""
    value = 0.0
    summary: dict[str, Any] = {}
    for scored in sets:
        full = evaluate_policy(policy, scored)
        co = evaluate_policy(policy, scored, contact_only=True)
        value += full.f_latency + co.f_latency + mean_speed_f1(full) + mean_speed_f1(co)
        value -= fp_weight * (full.false_alarms_per_1000 + co.false_alarms_per_1000)
        summary[scored.name] = {
            "f_latency": round(full.f_latency, 4), "f_latency_contact_only": round(co.f_latency, 4),
            "f1": round(full.f1, 4), "false_positives": full.fp + co.fp, "median_delay": full.median_delay,
        }  # fmt: skip
    if background is not None and background.conversations and (beat is None or value > beat):
        bg = evaluate_policy(policy, background)
        value -= BACKGROUND_WEIGHT * bg.false_alarms_per_1000
        summary["background_fa_per_1000"] = round(bg.false_alarms_per_1000, 3)
    summary["objective"] = round(value, 4)
    return value, summary


def mean_speed_f1(scores: Scores) -> float:
    """F1 times the mean speed over caught chats: unlike the median in F_latency, every late alert counts,
    so the search cannot leave the slower half of the chats late for free."""
    if not scores.delays:
        return 0.0
    return scores.f1 * (1.0 - sum(latency_penalty(d) for d in scores.delays) / len(scores.delays))


def start_policies(base: PolicySettings) -> list[PolicySettings]:
    """Where the search starts (coordinate descent finds local optima, so from four places): severe
    tactics alert at once and accumulation needs two tactics; a quicker single-tactic policy; one that
    trusts a run of confident moves; and one that trusts two confident moves a line or two apart."""
    first = replace(
        base, noise_floor=0.4, decay=0.85, alert_threshold=0.9, min_tactics=2, severe_counts_double=True,
        instant_grooming=0.5, instant_thresholds={"sexual": 0.8, "coercion": 0.7},
        escalation_tactics=tuple(sorted(SEVERE_TACTICS)), name_threshold=0.5,
    )  # fmt: skip
    return [
        first,
        replace(first, noise_floor=0.6, decay=0.5, min_tactics=1, min_risky_messages=2),
        replace(first, noise_floor=0.7, alert_threshold=0.95, sustained_run=2, sustained_grooming=0.95),
        replace(
            first, noise_floor=0.2, decay=0.5, min_tactics=3, sustained_run=2, sustained_window=4,
            sustained_grooming=0.93, instant_grooming=0.3, instant_thresholds={"sexual": 0.95, "coercion": 0.95},
        ),
    ]


# Knobs that only matter together: while the sustained path is off its score threshold changes nothing, so
# a one-knob step could never reach "a run of 1 at 0.97" from "off at 0.95". Such a step also tries every
# value of the partner knob.
COUPLED: dict[str, str] = {"sustained_run": "sustained_grooming"}


def _moves(
    policy: PolicySettings, key: str, value: Any, space: Mapping[str, tuple[Any, ...]] = SEARCH_SPACE
) -> list[PolicySettings]:
    """Candidates for one step of the descent: `key` set to `value`, and with a coupled partner in `space`,
    that combined with each other value of the partner."""
    moved = _with(policy, key, value)
    partner = COUPLED.get(key)
    if partner is None or partner not in space:
        return [moved]
    others = [v for v in space[partner] if v != _current(moved, partner)]
    return [moved, *(_with(moved, partner, v) for v in others)]


def _descend(
    policy: PolicySettings,
    sets: Sequence[ScoredSet],
    background: ScoredSet | None,
    fp_weight: float,
    passes: int,
    space: Mapping[str, tuple[Any, ...]] = SEARCH_SPACE,
) -> tuple[float, PolicySettings, dict[str, Any], int]:
    best, summary = objective(policy, sets, background, fp_weight)
    evaluations = 1
    for _ in range(passes):
        improved = False
        for key, values in space.items():
            for value in values:
                if value == _current(policy, key):
                    continue
                for candidate in _moves(policy, key, value, space):
                    score, cand_summary = objective(candidate, sets, background, fp_weight, beat=best)
                    evaluations += 1
                    if score > best + 1e-9:
                        best, summary, policy, improved = score, cand_summary, candidate, True
        if not improved:
            break
    return best, policy, summary, evaluations


def _labelled_sets(val: ScoredSet, also: Sequence[ScoredSet]) -> list[ScoredSet]:
    """The labelled sets a fit sums its objective over: the validation split, then every non-empty extra."""
    return [val, *(s for s in also if s.conversations)]


def _fitted_on(sets: Sequence[ScoredSet], background: ScoredSet | None) -> list[str]:
    """What a fit summary names as fitted on (the model card prints it)."""
    return [s.name for s in sets] + (["background"] if background is not None else [])


def tune_policy(
    base: PolicySettings,
    val: ScoredSet,
    background: ScoredSet | None,
    log: Callable[[str], None] = print,
    fp_weight: float = FALSE_POSITIVE_WEIGHT,
    also: Sequence[ScoredSet] = (),
    passes: int = 2,
    extra_starts: Sequence[PolicySettings] = (),
) -> tuple[PolicySettings, dict[str, Any]]:
    """Coordinate descent over SEARCH_SPACE from each of `start_policies` and `extra_starts` (a refit passes
    the shipped policy, so it can only end better under the objective); the best end point wins.
    `also` are more labelled held-out sets (the dev sets, the evasion view). Every start gets the required
    instant paths (coercion, explicit picture requests) the search space never switches off."""
    sets = _labelled_sets(val, also)
    starts = [_with_required_instants(p) for p in (*start_policies(base), *extra_starts)]
    results = [_descend(start, sets, background, fp_weight, passes) for start in starts]
    best, policy, summary, _ = max(results, key=lambda r: r[0])
    summary["evaluations"] = sum(r[3] for r in results)
    summary["starts"] = [round(r[0], 4) for r in results]
    summary["fitted_on"] = _fitted_on(sets, background)
    log(f"policy: {summary}")
    return policy, summary


# Candidate fades for `tune_fade`: per message (0), or per this many of the speaker's words.
FADE_WORDS: tuple[int, ...] = (0, 6, 8, 10, 12, 15, 20)


def tune_fade(
    policy: PolicySettings,
    val: ScoredSet,
    background: ScoredSet | None,
    log: Callable[[str], None] = print,
    fp_weight: float = FALSE_POSITIVE_WEIGHT,
    also: Sequence[ScoredSet] = (),
) -> tuple[PolicySettings, dict[str, Any]]:
    """`policy` with the `tag_decay_words` of FADE_WORDS that scores best under the fit's objective, every other
    knob as it is: how fast tactic evidence fades should not depend on how many messages a speaker cuts their
    words into, and the chunked views in `also` (`chunked_sets`) are where that shows. A tie keeps the smaller
    value, so a fade that changes nothing stays per message."""
    sets = _labelled_sets(val, also)
    tried = [(objective(replace(policy, tag_decay_words=k), sets, background, fp_weight), k) for k in FADE_WORDS]
    (_, summary), best = max(tried, key=lambda t: (t[0][0], -t[1]))
    summary["fade_only"] = {"tag_decay_words": {str(k): round(v, 4) for (v, _), k in tried}}
    summary["fitted_on"] = _fitted_on(sets, background)
    log(f"fade: {summary}")
    return replace(policy, tag_decay_words=best), summary


def tune_instant_paths(
    policy: PolicySettings,
    val: ScoredSet,
    background: ScoredSet | None,
    log: Callable[[str], None] = print,
    fp_weight: float = FALSE_POSITIVE_WEIGHT,
    also: Sequence[ScoredSet] = (),
    passes: int = 3,
) -> tuple[PolicySettings, dict[str, Any]]:
    """Coordinate descent over INSTANT_SPACE only, from `policy`: every other knob stays as it is. For a
    retrained model under a carried policy, whose full refit trades earliness for fewer false alarms but whose
    severe-tactic heads no longer sit where the carried one-message thresholds expect them. Same objective
    and sets as `tune_policy`, so it ends no worse than where it starts."""
    sets = _labelled_sets(val, also)
    start = _with_required_instants(policy)
    before, _ = objective(start, sets, background, fp_weight)
    _, tuned, summary, evaluations = _descend(start, sets, background, fp_weight, passes, INSTANT_SPACE)
    summary["evaluations"] = evaluations
    summary["instant_only"] = {"objective_before": round(before, 4)}
    summary["fitted_on"] = _fitted_on(sets, background)
    log(f"instant paths: {summary}")
    return tuned, summary
