"""Command line for ML staff: rebuild the shipped bundle, score a labelled file, keys, publishing."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[1]
DEV_SET = REPO_ROOT.parent / "shared" / "data" / "dev_conversations.jsonl"
DEV_SETS = [DEV_SET, REPO_ROOT.parent / "shared" / "data" / "dev_v2_conversations.jsonl"]


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m model_training")
    sub = parser.add_subparsers(dest="command", required=True)

    train = sub.add_parser("train", help="rebuild the shipped model bundle from the seed corpus")
    train.add_argument("--seed", type=int, default=0, help="seeds the model's initialisation and training order")
    train.add_argument(
        "--corpus-seed", type=int, default=0, help="seeds the corpus generator (augmentation, recombination)"
    )
    train.add_argument("--epochs", type=int, default=12)
    train.add_argument("--members", type=int, default=3, help="towers in the averaged ensemble (one graph)")
    train.add_argument("--label-smoothing", type=float, default=0.05, help="binary cross-entropy label smoothing")
    train.add_argument(
        "--onset-weight", type=float, default=1.0, help="weight of a grooming chat's first clear moves in training"
    )
    train.add_argument(
        "--average-from", type=int, default=-1, metavar="EPOCH",
        help="export the mean of the weights of every epoch from this one (0-based) on instead of the selected epoch",
    )
    train.add_argument(
        "--min-epochs", type=int, default=6, metavar="N",
        help="epochs early stopping ignores: it neither stops nor exports before epoch N+1",
    )
    train.add_argument(
        "--select-by", choices=("val_loss", "separation"), default="val_loss",
        help="which epoch to export: lowest validation loss, or best early-window ROC AUC on the validation split",
    )
    train.add_argument("--version", default="", help="bundle version (default: today's date)")
    train.add_argument("--out", default=str(REPO_ROOT / "assets" / "model" / "guardline-bundle.zip"))
    train.add_argument("--report-dir", default=str(REPO_ROOT / "model_training" / "reports" / "latest"))
    train.add_argument("--corpus-dir", default=str(REPO_ROOT / "build" / "corpus"))
    train.add_argument(
        "--dev", nargs="*", default=[str(p) for p in DEV_SETS],
        help="labelled dev sets: they help fit the alert policy's thresholds and are reported; never trained on",
    )

    ev = sub.add_parser("evaluate", help="precision/recall/F1/delay/false alarms vs a keyword baseline")
    ev.add_argument(
        "file", nargs="+",
        help='labelled conversations, one JSON object per line: {"id", "label": "grooming"|"benign", '
        '"first_risk_index", "platform", "messages": [{"sender": "contact"|"child", "text", "tags", "from"?}]}',
    )
    ev.add_argument("--model", default=None, help="bundle to score (default: the shipped one)")
    ev.add_argument("--contact-only", action="store_true", help="only the view without the child's messages")
    ev.add_argument("--evasion", action="store_true", help="also score every evasion transform beside clean")

    sep = sub.add_parser("separation", help="how well the model alone tells first moves from benign chat (ROC AUC)")
    sep.add_argument("file", nargs="+", help="labelled conversations (as for evaluate)")
    sep.add_argument("--model", action="append", default=None, help="bundle to score; repeat to compare several "
                     "(default: the shipped one)")
    sep.add_argument("--window", type=int, default=4, help="messages from the first sign that count as early")
    sep.add_argument("--contact-only", action="store_true", help="score the view without the child's messages")

    err = sub.add_parser("errors", help="list the chats the detector misses, alerts late on or falsely alerts on")
    err.add_argument("file", nargs="+", help="labelled conversations (as for evaluate)")
    err.add_argument("--model", default=None, help="bundle to score (default: the shipped one)")
    err.add_argument("--contact-only", action="store_true", help="score the view without the child's messages")
    err.add_argument("--late-after", type=int, default=1,
                     help="an alert more than this many messages after the first sign counts as late")

    refit = sub.add_parser("refit-policy", help="fit a new alert policy for an existing bundle's model")
    refit.add_argument("bundle", help="bundle whose model is kept as it is")
    refit.add_argument("--out", required=True, help="where to write the bundle with the new policy")
    refit.add_argument("--version", required=True, help="the new bundle's version (YYYY.MM.DD-N)")
    refit.add_argument("--corpus-dir", default=str(REPO_ROOT / "build" / "corpus"), help="built corpus (val split)")
    refit.add_argument("--dev", nargs="*", default=[str(p) for p in DEV_SETS], help="labelled dev sets")
    refit.add_argument(
        "--fp-weight", type=float, default=None,
        help="cost per false alarm per 1000 benign messages of each set and view (default: policy.FALSE_POSITIVE_WEIGHT)",
    )  # fmt: skip
    refit.add_argument(
        "--unseen-from", default=None, metavar="CORPUS_DIR",
        help="a newer built corpus: its train and val chats grown only from seeds outside --unseen-pins are "
        "held-out data for this model and join the fit as one more set",
    )  # fmt: skip
    refit.add_argument(
        "--unseen-pins", default=None, metavar="PINS",
        help="pins file naming every seed of the bundle's own corpus (default: the committed split_pins.json)",
    )
    refit.add_argument(
        "--instant-only", action="store_true",
        help="fit only the one-message alert paths (instant thresholds), from the bundle's own policy",
    )
    refit.add_argument(
        "--fade-only", action="store_true",
        help="fit only how tactic evidence fades (per message, or per N words of the speaker's), with the held-out "
        "sets also sent in halves and a few words at a time",
    )
    refit.add_argument(
        "--policy-from", default=None, metavar="BUNDLE",
        help="fit nothing: take this bundle's whole policy as it is (recorded in the manifest as policy_from)",
    )

    guards = sub.add_parser("add-guards", help="the same model and policy, read through the featuriser's input guards")
    guards.add_argument("bundle", help="bundle whose model and policy are kept as they are")
    guards.add_argument("--out", required=True, help="where to write the new bundle")
    guards.add_argument("--version", required=True, help="the new bundle's version (YYYY.MM.DD-N)")

    card = sub.add_parser("card", help="rebuild the model card and metrics.json for a bundle")
    card.add_argument("bundle", help="bundle zip")
    card.add_argument("--corpus-dir", default=str(REPO_ROOT / "build" / "corpus"), help="built corpus (test split)")
    card.add_argument("--report-dir", default=str(REPO_ROOT / "model_training" / "reports" / "latest"))
    card.add_argument("--dev", nargs="*", default=[str(p) for p in DEV_SETS], help="labelled dev sets")
    card.add_argument("--history", default=None, help="metrics.json of the training run (for the curves)")

    keygen = sub.add_parser("keygen", help="make an ML-staff Ed25519 key pair")
    keygen.add_argument("--out", default=str(Path.home() / ".guardline" / "ml_staff.key"),
                        help="private key path, outside any repository (public: .pub beside it)")
    keygen.add_argument("--force", action="store_true")

    pub = sub.add_parser("publish", help="sign a bundle and upload it to the sync server")
    pub.add_argument("bundle", help="bundle zip (e.g. assets/model/guardline-bundle.zip)")
    pub.add_argument("--key", required=True, help="ML-staff private key file")
    pub.add_argument("--server", default=os.environ.get("GUARDLINE_SERVER", "http://127.0.0.1:5000"))
    pub.add_argument("--token", default=os.environ.get("GUARDLINE_STAFF_TOKEN"), help="ML-staff API token")
    pub.add_argument("--rollout", type=int, default=None, help="start a staged rollout at this percentage")
    pub.add_argument("--sign-only", action="store_true", help="write BUNDLE.sig and do not upload")
    pub.add_argument("--as-version", default=None,
                     help="publish the same model re-packed under this higher version, or 'next'")
    pub.add_argument("--out", default=None, help="where the re-packed bundle is written (with --as-version)")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if args.command == "train":
        from .run import run_training

        return run_training(args)
    if args.command == "evaluate":
        from .evaluate import evaluate_file

        for path in args.file:
            try:
                result = evaluate_file(path, args.model, contact_only=args.contact_only, evasion=args.evasion)
            except (OSError, ValueError) as exc:
                print(f"evaluate: {exc}", file=sys.stderr)
                return 2
            print(result.render(Path(path).name) + "\n")
        return 0
    if args.command == "separation":
        from .separation import separation_report

        if args.window < 1:
            print("separation: --window must be at least 1", file=sys.stderr)
            return 2
        try:
            print(separation_report(args.file, args.model or [None], args.window, args.contact_only))
        except (OSError, ValueError) as exc:
            print(f"separation: {exc}", file=sys.stderr)
            return 2
        return 0
    if args.command == "errors":
        from .errors import errors_report

        if args.late_after < 0:
            print("errors: --late-after must be 0 or more", file=sys.stderr)
            return 2
        try:
            print(errors_report(args.file, args.model, args.contact_only, args.late_after))
        except (OSError, ValueError) as exc:
            print(f"errors: {exc}", file=sys.stderr)
            return 2
        return 0
    if args.command == "refit-policy":
        from .refit import refit

        return refit(args)
    if args.command == "add-guards":
        from .guard import add_guards

        return add_guards(args)
    if args.command == "card":
        import json

        from .card import build_card

        history = json.loads(Path(args.history).read_text())["history"] if args.history else None
        build_card(
            Path(args.bundle).read_bytes(), Path(args.corpus_dir), [Path(p) for p in args.dev],
            Path(args.report_dir), history=history, log=lambda msg: print(msg, file=sys.stderr),
        )  # fmt: skip
        return 0
    if args.command == "keygen":
        from .keys import write_keypair

        try:
            public = write_keypair(args.out, force=args.force)
        except FileExistsError as exc:
            print(f"keygen: {exc}", file=sys.stderr)
            return 2
        print(f"private key: {args.out} (keep it secret, mode 0600)\npublic key:  {public}")
        return 0
    if args.command == "publish":
        from .publish import publish

        return publish(args)
    return 2
