"""`python -m device_app demo`: the whole device flow without a window (SPEC §6).

Each simulated device is a real DeviceService (own outbox, own enrollment) that receives the feed's
messages one at a time through the real pipeline, prints the private alert the child would see, and
uploads its reports. Several devices replaying the same suspect show the moderator queue's ranking by
distinct children. Exits 0 once every outbox is empty; non-zero (with the reason) otherwise.
"""

from __future__ import annotations

import argparse
import re
import sys
import tempfile
import textwrap
import time
from pathlib import Path

from .service import AlertView, DeviceService, ServiceConfig
from .sources.demo_feed import BUNDLED_FEED, DemoFeed

SIMULATED_CHOICES = ("told_adult", "blocked", "dismissed")  # what the simulated children press, in turn


def plain(text: str) -> str:
    """Screen text (Kivy markup) as terminal text."""
    text = re.sub(r"\[/?(?:b|i|u|color(?:=[^\]]*)?)\]", "", text)
    return text.replace("&bl;", "[").replace("&br;", "]").replace("&amp;", "&")


def _print_alert(device: int, service: DeviceService, view: AlertView) -> None:
    """The alert as the child's screen words it: headline, up to three tactics, "N more", help nearby."""
    from .app.controllers.alerts import AlertController

    model = AlertController(service).open(view)
    header = f"── device {device}: private alert about {view.contact_handle} ({view.platform}) "
    lines = [model.headline, plain(model.where), ""]
    lines += [f"• {row['title']}: {row['text']}" for row in model.tactics]
    lines += [model.more_text] if model.more_text else []
    lines += ["", model.reassurance, "Help: " + plain(model.help_lines[1 if not view.is_sextortion else 0]["text"])]
    print(header + "─" * max(0, 78 - len(header)))
    print(textwrap.indent("\n".join(lines), "   "))
    print(f"   [risk {view.risk:.2f}; tactics: {', '.join(view.tags)}]")


def run_device(index: int, args: argparse.Namespace, data_dir: Path) -> tuple[int, int, str | None]:
    """Replay the feed on one device; returns (alerts, reports still pending, last error)."""
    service = DeviceService(
        ServiceConfig(
            data_dir=data_dir, server_url=args.server, enrollment_code=args.enrollment_code,
            age_band="13-15", hold_unacted_s=0.0,
        ),  # fmt: skip
        notifier=lambda title, body: None,  # the demo prints the full alert itself
    )
    try:
        device_id = service.enroll()
        print(f"device {index}: enrolled as {device_id[:8]}…, model {service.model_version}")
        update = service.check_for_update()  # a signed, newer bundle published on the server switches in here
        if update.status == "installed":
            print(f"device {index}: signed model update verified and installed: now model {update.version}")
        elif update.status == "refused":
            print(f"device {index}: model update refused ({update.reason}): {update.message}")
        alerts: list[AlertView] = []
        service.add_alert_listener(lambda view: (alerts.append(view), _print_alert(index, service, view)))
        for item in DemoFeed(path=args.feed or BUNDLED_FEED, interval_s=args.speed).messages():
            service.handle_incoming(item.conversation_key, item.message, item.platform, item.contact_handle)
        service.show_all_held()  # the feed is over: what a burst still held is shown now
        for n, view in enumerate(alerts):
            action = SIMULATED_CHOICES[(index + n) % len(SIMULATED_CHOICES)]
            service.act(view.report_id, action)
            print(f"device {index}: the child chose '{action}' on the alert about {view.contact_handle}")
        outcome = service.sync(force=True)
        for _ in range(5):
            if outcome.pending == 0:
                break
            time.sleep(0.5)
            outcome = service.sync(force=True)
        print(f"device {index}: uploaded {outcome.uploaded} report(s), {outcome.duplicates} duplicate(s), "
              f"{outcome.pending} pending" + (f" — {outcome.error}" if outcome.error else ""))  # fmt: skip
        return len(alerts), outcome.pending, outcome.error
    finally:
        service.close()


def main(args: argparse.Namespace) -> int:
    base = Path(args.data_dir) if args.data_dir else Path(tempfile.mkdtemp(prefix="guardline-demo-"))
    print(f"Guardline demo: {args.devices} device(s) → {args.server}; feed {args.feed or BUNDLED_FEED}")
    total_alerts = 0
    failures = []
    for i in range(1, args.devices + 1):
        try:
            alerts, pending, error = run_device(i, args, base / f"device-{i}")
        except Exception as exc:  # noqa: BLE001 - the demo reports any failure and exits non-zero
            failures.append(f"device {i}: {exc}")
            continue
        total_alerts += alerts
        if pending:
            failures.append(f"device {i}: {pending} report(s) still in the outbox ({error or 'unknown error'})")
    print(f"\n{total_alerts} alert(s) shown across {args.devices} device(s); outboxes kept in {base}")
    if failures:
        print("demo incomplete:\n  " + "\n  ".join(failures), file=sys.stderr)
        return 1
    print("every report reached the server; the outboxes are empty")
    return 0
