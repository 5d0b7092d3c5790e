"""Command line for ML staff: rebuild the shipped bundle, score a labelled file, keys, publishing."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[1]
DEV_SET = REPO_ROOT.parent / "shared" / "data" / "dev_conversations.jsonl"


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m model_training")
    sub = parser.add_subparsers(dest="command", required=True)

    train = sub.add_parser("train", help="rebuild the shipped model bundle from the seed corpus")
    train.add_argument("--seed", type=int, default=0)
    train.add_argument("--epochs", type=int, default=12)
    train.add_argument("--version", default="", help="bundle version (default: today's date)")
    train.add_argument("--out", default=str(REPO_ROOT / "assets" / "model" / "guardline-bundle.zip"))
    train.add_argument("--report-dir", default=str(REPO_ROOT / "model_training" / "reports" / "latest"))
    train.add_argument("--corpus-dir", default=str(REPO_ROOT / "build" / "corpus"))
    train.add_argument("--dev", default=str(DEV_SET), help="reported only, never trained on")

    ev = sub.add_parser("evaluate", help="precision/recall/F1/delay/false alarms vs a keyword baseline")
    ev.add_argument("file", help="labelled conversations (SPEC §1)")
    ev.add_argument("--model", default=None, help="bundle to score (default: the shipped one)")

    keygen = sub.add_parser("keygen", help="make an ML-staff Ed25519 key pair")
    keygen.add_argument("--out", default="ml_staff_ed25519.key", help="private key path (public: .pub beside it)")
    keygen.add_argument("--force", action="store_true")

    pub = sub.add_parser("publish", help="sign a bundle and upload it to the sync server")
    pub.add_argument("bundle", help="bundle zip (e.g. assets/model/guardline-bundle.zip)")
    pub.add_argument("--key", required=True, help="ML-staff private key file")
    pub.add_argument("--server", default=os.environ.get("GUARDLINE_SERVER", "http://127.0.0.1:5000"))
    pub.add_argument("--token", default=os.environ.get("GUARDLINE_STAFF_TOKEN"), help="ML-staff API token")
    pub.add_argument("--rollout", type=int, default=None, help="start a staged rollout at this percentage")
    pub.add_argument("--sign-only", action="store_true", help="write BUNDLE.sig and do not upload")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if args.command == "train":
        from .run import run_training

        return run_training(args)
    if args.command == "evaluate":
        from .evaluate import evaluate_file

        try:
            result = evaluate_file(args.file, args.model)
        except (OSError, ValueError) as exc:
            print(f"evaluate: {exc}", file=sys.stderr)
            return 2
        print(result.render(Path(args.file).name))
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
