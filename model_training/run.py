"""`train`: corpus -> bundle in assets/ -> evaluation on held-out data -> report and model card."""

from __future__ import annotations

import argparse
import json
import platform
import sys
import time
from pathlib import Path

import numpy as np

from device_app.core.bundle import parse_bundle
from device_app.core.conversations import TACTICS, Conversation, load_conversations
from device_app.core.pipeline import Detector
from device_app.scan import DetectorScanner

from . import report
from .evaluate import evaluate_conversations, predict_all
from .metrics import score_predictions
from .train import TrainOptions, train_bundle

SEED_DIR = Path(__file__).resolve().parent / "data" / "seed"


def _log(msg: str) -> None:
    print(msg, file=sys.stderr, flush=True)


def _pr_inputs(detector: Detector, conversations: list[Conversation]) -> tuple[np.ndarray, np.ndarray]:
    preds = predict_all(DetectorScanner(detector), conversations, False)
    y = np.array([c.is_grooming for c in conversations])
    p = np.array([preds[c.id]["max_risk"] for c in conversations])
    return y, p


def run_training(args: argparse.Namespace) -> int:
    from .data import build_corpus, corpus_report

    started = time.perf_counter()
    corpus_dir = Path(args.corpus_dir)
    _log(f"[1/5] building the corpus from {SEED_DIR} (seed {args.seed}) …")
    split = build_corpus(seed_dir=SEED_DIR, out_dir=corpus_dir, seed=args.seed, progress=True)
    seed_count = sum(len(load_conversations(p)) for p in sorted(SEED_DIR.glob("*.jsonl")))
    _log("      " + ", ".join(f"{k}: {len(v)}" for k, v in split.items()))

    dev = load_conversations(args.dev, require_label=True) if Path(args.dev).exists() else []
    _log("[2/5] training the student model …")
    result = train_bundle(
        split["train"] + split["background_train"], split["val"], split["background_train"],
        TrainOptions(seed=args.seed, epochs=args.epochs, version=args.version), log=_log,
        threshold_set=dev,
    )  # fmt: skip
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_bytes(result.bundle_bytes)
    _log(f"[3/5] wrote {out} ({len(result.bundle_bytes) / 1024:.0f} KB, version {result.manifest.version})")

    _log("[4/5] evaluating on held-out data (test split, benign background, dev set) …")
    detector = Detector(parse_bundle(result.bundle_bytes))
    test_eval = evaluate_conversations(split["test"], detector)
    bg = score_predictions(split["background_test"],
                           predict_all(DetectorScanner(detector), split["background_test"], False))  # fmt: skip
    dev_eval = evaluate_conversations(dev, detector) if dev else None

    _log("[5/5] writing the report …")
    report_dir = Path(args.report_dir)
    report_dir.mkdir(parents=True, exist_ok=True)
    corpus_report(corpus_dir, out=report_dir / "CORPUS.md")
    report.plot_training_curves(result.history, report_dir / "training_curves.png")
    curves = {"test split": _pr_inputs(detector, split["test"])}
    if dev:
        curves["dev set"] = _pr_inputs(detector, dev)
    report.plot_pr_curve(curves, report_dir / "pr_curve.png")
    model_name = next(iter(test_eval.full))
    tag_scores = {"test split": test_eval.full[model_name]}
    delays = {"test split": test_eval.full[model_name].delays}
    if dev_eval:
        tag_scores["dev set"] = dev_eval.full[model_name]
        delays["dev set"] = dev_eval.full[model_name].delays
    report.plot_tag_f1(tag_scores, report_dir / "tag_f1.png")
    report.plot_delay_histogram(delays, report_dir / "alert_delay.png")
    policy = result.manifest.policy
    card = report.model_card({
        "version": result.manifest.version, "tactics": ", ".join(TACTICS),
        "buckets": result.manifest.featuriser.buckets, "embedding_dim": TrainOptions().model.embedding_dim,
        "conv_width": TrainOptions().model.conv_width, "members": TrainOptions().model.members, "bundle_kb": len(result.bundle_bytes) / 1024,
        "fingerprint": result.manifest.fingerprint[:16], "seed_conversations": seed_count,
        "train_seconds": result.seconds, "cpu": f"{platform.machine()} CPU",
        "noise_floor": policy.noise_floor, "decay": policy.decay, "alert_threshold": policy.alert_threshold,
        "min_tactics": policy.min_tactics,
        "escalation": ", ".join(policy.escalation_tactics), "test_table": test_eval.render("test split"),
        "background_fa": f"{bg.false_alarms_per_1000:.2f}", "background_messages": bg.benign_messages,
        "dev_table": dev_eval.render("dev set") if dev_eval else "(dev set not found)",
        "agreement": json.dumps(result.agreement),
    })  # fmt: skip
    (report_dir / "MODEL_CARD.md").write_text(card, encoding="utf-8")
    (report_dir / "metrics.json").write_text(json.dumps({
        "version": result.manifest.version, "policy": policy.to_dict(), "policy_selection": result.policy_summary,
        "test": {k: v.as_dict() for k, v in test_eval.full.items()},
        "test_contact_only": {k: v.as_dict() for k, v in test_eval.contact_only.items()},
        "background_test": bg.as_dict(),
        "dev": {k: v.as_dict() for k, v in dev_eval.full.items()} if dev_eval else None,
        "dev_contact_only": {k: v.as_dict() for k, v in dev_eval.contact_only.items()} if dev_eval else None,
        "history": result.history, "agreement": result.agreement,
    }, indent=2, default=str), encoding="utf-8")  # fmt: skip

    print(test_eval.render("test split"))
    print(f"\nbenign background (test): {bg.false_alarms_per_1000:.2f} alerted conversations / 1000 messages "
          f"({bg.fp} of {bg.benign} conversations, {bg.benign_messages} messages)")  # fmt: skip
    if dev_eval:
        print("\n" + dev_eval.render("dev set (never trained on)"))
    print(f"\nreport: {report_dir}/MODEL_CARD.md — total {time.perf_counter() - started:.0f} s")
    return 0

