"""`python -m model_training refit-policy BUNDLE`: fit a new alert policy for an existing model.

The model bytes stay exactly as they are; only the manifest's thresholds change (and the version, so
devices take it as an update). Useful when the tracker gains knobs (policy v2: instant alerts on severe
tactics, per-speaker tracking) or when new held-out data arrives, without retraining the weights.
Fitted on the validation split and background of a built corpus (`build/corpus`, from `train` or
`python -m model_training.data.build`) plus the labelled dev sets, and all of those again under a mix of
evasion rewrites. With `--unseen-from`, chats of a newer corpus grown only from seeds written after this
model was trained (`data/unseen.py`) join the fit as one more held-out set, and the tactic naming
thresholds are fitted on them together with the validation split. With `--policy-from OTHER`, nothing is
fitted: the bundle gets OTHER's whole policy, and its manifest says so (`policy_from`). With `--instant-only`,
only the one-message alert paths are fitted, from the bundle's own policy (`policy.tune_instant_paths`). With
`--fade-only`, only how tactic evidence fades (`tag_decay_words`: per message, or per N of the speaker's words),
with the held-out sets also scored sent in halves and a few words at a time (`policy.tune_fade`).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from device_app.core.bundle import (
    BundleManifest,
    ModelBundle,
    PolicySettings,
    load_bundle,
    pack_bundle,
    parse_bundle,
)
from device_app.core.conversations import load_conversations
from device_app.core.featuriser import Featuriser
from device_app.core.runtime import TFLiteScorer

from .data.build import DEFAULT_PINS
from .data.unseen import load_unseen
from .policy import (
    FALSE_POSITIVE_WEIGHT,
    ScoredSet,
    cache_scores,
    chunked_sets,
    evasion_set,
    join_sets,
    tune_fade,
    tune_instant_paths,
    tune_policy,
    tune_tag_thresholds,
)


def write_checked_bundle(manifest: BundleManifest, model_bytes: bytes, out: str) -> None:
    """Pack, check that the device would accept it, then write."""
    data = pack_bundle(manifest, model_bytes)
    parse_bundle(data).check_fingerprint()
    Path(out).write_bytes(data)


def carry_policy(args: argparse.Namespace) -> int:
    """The bundle's model with another bundle's whole policy, unfitted: for a retrained model whose refit
    chose a worse point on the dev sets than the policy already shipped. The manifest records where the
    policy came from and keeps that bundle's fit summary, so the model card can say so."""
    bundle, donor = load_bundle(args.bundle), load_bundle(args.policy_from)
    metrics = {
        **bundle.manifest.metrics, "policy_from": donor.version,
        "policy_selection": donor.manifest.metrics.get("policy_selection", {}),
    }  # fmt: skip
    manifest = replace(bundle.manifest, version=args.version, policy=donor.manifest.policy, metrics=metrics)
    write_checked_bundle(manifest, bundle.model_bytes, args.out)
    print(json.dumps({"version": args.version, "policy_from": donor.version, "policy": donor.manifest.policy.to_dict()}))
    return 0


@dataclass
class FitSets:
    """A bundle's scores on everything a policy fit reads (scored once, replayed per candidate)."""

    val: ScoredSet
    background: ScoredSet
    also: list[ScoredSet]  # dev sets, chats unseen by the model, the evasion view
    naming: ScoredSet  # what the tactic naming thresholds are fitted on


def score_fit_sets(args: argparse.Namespace, bundle: ModelBundle, log: Callable[[str], None]) -> FitSets:
    featuriser = Featuriser(bundle.manifest.featuriser)
    scorer = TFLiteScorer(bundle.model_bytes)
    labels = bundle.manifest.labels
    corpus = Path(args.corpus_dir)
    log(f"scoring held-out sets with {bundle.version} …")
    val = cache_scores(scorer, featuriser, labels, load_conversations(corpus / "val.jsonl"), "val")
    background = cache_scores(
        scorer, featuriser, labels, load_conversations(corpus / "background_train.jsonl"), "background"
    )
    devs = [
        cache_scores(scorer, featuriser, labels, load_conversations(p, require_label=True), Path(p).stem)
        for p in args.dev if Path(p).exists()
    ]  # fmt: skip
    evasive = evasion_set(scorer, featuriser, labels, [val.conversations, *(d.conversations for d in devs)])
    if getattr(args, "fade_only", False):
        extra_views = chunked_sets(scorer, featuriser, labels, [val.conversations, *(d.conversations for d in devs)])
    else:
        extra_views = []
    extra, naming = [], val
    if getattr(args, "unseen_from", None):
        newer = load_unseen(args.unseen_from, args.unseen_pins or DEFAULT_PINS)
        unseen = cache_scores(scorer, featuriser, labels, newer, "unseen")
        log(f"unseen by this model: {len(unseen.conversations)} chats from {args.unseen_from}")
        extra, naming = [unseen], join_sets(val, unseen, name="val+unseen")
    return FitSets(val, background, [*devs, *extra, evasive, *extra_views], naming)


def refit(args: argparse.Namespace) -> int:
    if getattr(args, "policy_from", None):
        return carry_policy(args)
    log = lambda msg: print(msg, file=sys.stderr, flush=True)  # noqa: E731
    bundle = load_bundle(args.bundle)
    fit = score_fit_sets(args, bundle, log)
    weight = FALSE_POSITIVE_WEIGHT if getattr(args, "fp_weight", None) is None else args.fp_weight
    if getattr(args, "instant_only", False):
        return refit_instant_paths(args, bundle, fit, weight, log)
    if getattr(args, "fade_only", False):
        return refit_fade(args, bundle, fit, weight, log)
    base = PolicySettings(tag_thresholds=tune_tag_thresholds(fit.naming), burst_hold=bundle.manifest.policy.burst_hold)
    shipped = replace(bundle.manifest.policy, tag_thresholds=base.tag_thresholds)
    policy, summary = tune_policy(
        base, fit.val, fit.background, log=log, fp_weight=weight, also=fit.also, extra_starts=[shipped]
    )
    summary["fp_weight"] = weight
    return _write_refit(args, bundle, policy, summary, metrics_key="policy_selection", printed_key="selection")


def refit_instant_paths(
    args: argparse.Namespace, bundle: ModelBundle, fit: FitSets, weight: float, log: Callable[[str], None]
) -> int:
    """Only the one-message paths re-fitted on this model's scores; the rest of the policy (and the fit summary
    that chose it) kept. The manifest records the thresholds before and after (`instant_refit`)."""
    before = bundle.manifest.policy
    policy, summary = tune_instant_paths(before, fit.val, fit.background, log=log, fp_weight=weight, also=fit.also)
    summary["fp_weight"] = weight
    summary["before"] = {"instant_thresholds": before.instant_thresholds, "instant_grooming": before.instant_grooming}
    return _write_refit(args, bundle, policy, summary, metrics_key="instant_refit", printed_key="instant_refit")


def refit_fade(
    args: argparse.Namespace, bundle: ModelBundle, fit: FitSets, weight: float, log: Callable[[str], None]
) -> int:
    """Only how tactic evidence fades (`tag_decay_words`) fitted, with the held-out sets also sent in pieces;
    the rest of the policy kept. The manifest records the fade before and after (`fade_refit`)."""
    before = bundle.manifest.policy
    policy, summary = tune_fade(before, fit.val, fit.background, log=log, fp_weight=weight, also=fit.also)
    summary["fp_weight"] = weight
    summary["before"] = {"tag_decay_words": before.tag_decay_words}
    return _write_refit(args, bundle, policy, summary, metrics_key="fade_refit", printed_key="fade_refit")


def _write_refit(
    args: argparse.Namespace,
    bundle: ModelBundle,
    policy: PolicySettings,
    summary: dict[str, Any],
    metrics_key: str,
    printed_key: str,
) -> int:
    """The bundle's model under `policy`, its fit summary kept in the manifest under `metrics_key`; written,
    checked, and printed."""
    metrics = {**bundle.manifest.metrics, metrics_key: summary, "refit_from": bundle.version}
    manifest = replace(bundle.manifest, version=args.version, policy=policy, metrics=metrics)
    write_checked_bundle(manifest, bundle.model_bytes, args.out)
    print(json.dumps({"version": args.version, "policy": policy.to_dict(), printed_key: summary}, indent=1))
    return 0
