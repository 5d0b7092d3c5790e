"""Entry points (SPEC §6): the Kivy app, `scan`, and the headless `demo`."""

from __future__ import annotations

import argparse
import sys


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m device_app", description="Guardline on the child's device")
    sub = parser.add_subparsers(dest="command")

    scan = sub.add_parser("scan", help="run the on-device pipeline over a conversation file (JSONL)")
    scan.add_argument(
        "file",
        help='conversations, one JSON object per line: {"id", "platform", "messages": [{"sender": '
        '"contact"|"child", "text", "from"?}, ...]} (labels, if present, are ignored)',
    )
    scan.add_argument("--model", default=None, help="model bundle (default: the one shipped in assets/)")
    scan.add_argument("--contact-only", action="store_true", help="drop the child's messages first")

    demo = sub.add_parser("demo", help="headless end-to-end demo against a sync server")
    demo.add_argument("--server", default="http://127.0.0.1:5000", help="sync server base URL")
    demo.add_argument("--feed", default=None, help="conversations to replay (default: bundled demo feed)")
    demo.add_argument("--enrollment-code", default=None)
    demo.add_argument("--data-dir", default=None, help="where the device keeps its outbox and state")
    demo.add_argument("--speed", type=float, default=0.0, help="seconds between messages (0: as fast as possible)")
    demo.add_argument("--devices", type=int, default=1, help="simulated children's devices replaying the feed")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if args.command == "scan":
        from .scan import main as scan_main

        return scan_main(args)
    if args.command == "demo":
        from .demo import main as demo_main

        return demo_main(args)
    from .app import main as app_main

    return app_main() or 0


if __name__ == "__main__":
    sys.exit(main())
