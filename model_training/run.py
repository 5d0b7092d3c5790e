"""`train`: corpus -> bundle in assets/ -> evaluation on held-out data -> report and model card."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from device_app.core.conversations import load_conversations

from .card import build_card
from .model import ModelSpec
from .train import TrainOptions, train_bundle

SEED_DIR = Path(__file__).resolve().parent / "data" / "seed"


def _log(msg: str) -> None:
    print(msg, file=sys.stderr, flush=True)


def run_training(args: argparse.Namespace) -> int:
    from .data import build_corpus, corpus_report
    from .data.build import DEFAULT_PINS, load_pins

    started = time.perf_counter()
    corpus_dir = Path(args.corpus_dir)
    corpus_seed = getattr(args, "corpus_seed", 0)
    _log(f"[1/5] building the corpus from {SEED_DIR} (corpus seed {corpus_seed}) …")
    pins = load_pins(DEFAULT_PINS) if DEFAULT_PINS.exists() else None
    split = build_corpus(seed_dir=SEED_DIR, out_dir=corpus_dir, seed=corpus_seed, progress=True, pins=pins)
    seed_count = sum(len(load_conversations(p)) for p in sorted(SEED_DIR.glob("*.jsonl")))
    _log("      " + ", ".join(f"{k}: {len(v)}" for k, v in split.items()))

    dev_paths = [Path(p) for p in (args.dev if isinstance(args.dev, list) else [args.dev])]
    dev_sets = [(p.stem, load_conversations(p, require_label=True)) for p in dev_paths if p.exists()]
    _log("[2/5] training the student model …")
    result = train_bundle(
        split["train"] + split["background_train"], split["val"], split["background_train"],
        TrainOptions(
            seed=args.seed, epochs=args.epochs, version=args.version,
            model=ModelSpec(members=getattr(args, "members", ModelSpec.members)),
            label_smoothing=getattr(args, "label_smoothing", TrainOptions.label_smoothing),
            onset_weight=getattr(args, "onset_weight", TrainOptions.onset_weight),
            average_from_epoch=getattr(args, "average_from", TrainOptions.average_from_epoch),
            select_by=getattr(args, "select_by", TrainOptions.select_by),
            min_epochs=getattr(args, "min_epochs", TrainOptions.min_epochs),
        ),
        log=_log,
        threshold_sets=dev_sets,
    )  # fmt: skip
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_bytes(result.bundle_bytes)
    _log(f"[3/5] wrote {out} ({len(result.bundle_bytes) / 1024:.0f} KB, version {result.manifest.version})")

    _log("[4/5] evaluating on held-out data (test split, benign background, dev sets) …")
    report_dir = Path(args.report_dir)
    build_card(
        result.bundle_bytes, corpus_dir, dev_paths, report_dir, history=result.history,
        train_seconds=result.seconds, seed_conversations=seed_count, log=_log,
    )  # fmt: skip
    _log("[5/5] writing the corpus report …")
    corpus_report(corpus_dir, out=report_dir / "CORPUS.md")
    print(f"\nreport: {report_dir}/MODEL_CARD.md — total {time.perf_counter() - started:.0f} s")
    return 0

