"""Drives the real Kivy app in its own process, like a child would, and takes screenshots.

    python tests/app/ui_driver.py OUT_DIR

Kivy allows one App per process, so UI tests run this script as a subprocess. It presses the real
buttons (found by their text, `on_release` dispatched), waits for the demo feed to raise the alert,
walks every screen, saves `OUT_DIR/<name>.png` and writes `OUT_DIR/result.json`.
Environment: GUARDLINE_DATA_DIR, GUARDLINE_DEMO_INTERVAL, KIVY_HOME are set by the caller.
"""

from __future__ import annotations

import json
import os
import sys
import time
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
os.environ.setdefault("KIVY_NO_ARGS", "1")

from device_app.app import configure_window  # noqa: E402

configure_window()

from kivy.clock import Clock  # noqa: E402
from kivy.core.window import Window  # noqa: E402

from device_app.app.guardline_app import GuardlineApp  # noqa: E402

SETTLE_S = 0.5  # Kivy needs a moment after a change before a screenshot shows it
FIRST_SETTLE_S = 1.2  # the very first frames after start-up can be black
PIN = "2468"
PASTED = "Jordan: hey, did you see the match?\nme: yeah it was great\nJordan: see you at practice tomorrow"


def find_button(root: Any, text: str) -> Any:
    for widget in root.walk(restrict=True):
        if getattr(widget, "text", None) == text and hasattr(widget, "trigger_action"):
            return widget
    raise LookupError(f"no button {text!r} on screen {getattr(root, 'name', root)}")


class Driver:
    def __init__(self, app: GuardlineApp, out: Path) -> None:
        self.app = app
        self.out = out
        self.result: dict[str, Any] = {"screens": {}, "ok": False}
        self.steps: list[tuple[str, Callable[[], bool], Callable[[], None]]] = []
        self.since = time.monotonic()
        self.started = time.monotonic()

    # step helpers

    def when(self, name: str, cond: Callable[[], bool], act: Callable[[], None] = lambda: None) -> None:
        self.steps.append((name, cond, act))

    def settle(self) -> bool:
        wait = FIRST_SETTLE_S if not self.result["screens"] else SETTLE_S
        return time.monotonic() - self.since >= wait

    def press(self, text: str, screen: str | None = None) -> None:
        root = self.app.sm.get_screen(screen or self.app.sm.current)
        find_button(root, text).dispatch("on_release")

    def shot(self, name: str) -> None:
        Window.screenshot(name=str(self.out / f"{name}.png"))  # Kivy writes <name>0001.png
        produced = self.out / f"{name}0001.png"
        if produced.exists():
            produced.replace(self.out / f"{name}.png")
        self.result["screens"][name] = self.app.sm.current

    def shoot(self, name: str, screen: str) -> None:
        self.when(
            f"shoot {name}", lambda: self.app.sm.current == screen and self.settle(), lambda: self.shot(name)
        )

    def tick(self, _dt: float) -> None:
        if time.monotonic() - self.started > 90:
            self.finish(f"timed out waiting for: {self.steps[0][0] if self.steps else '?'}")
            return
        if not self.steps:
            self.result["ok"] = True
            self.finish(None)
            return
        name, cond, act = self.steps[0]
        try:
            if cond():
                self.steps.pop(0)
                act()
                self.since = time.monotonic()
        except Exception:
            self.finish(f"step {name!r} failed:\n{traceback.format_exc()}")

    def finish(self, error: str | None) -> None:
        Clock.unschedule(self.tick)
        self.result["error"] = error
        (self.out / "result.json").write_text(json.dumps(self.result, indent=2))
        self.app.stop()


def script(d: Driver) -> None:
    app = d.app

    d.when("model loaded", lambda: app.ready and app.sm.current == "onboarding")
    d.shoot("01-onboarding-welcome", "onboarding")
    d.when("next", lambda: True, lambda: d.press("Next"))

    def fill_setup() -> None:
        screen = app.sm.get_screen("onboarding")
        screen.age_band = "under-13"
        screen.consent = True
        for widget in screen.walk(restrict=True):
            if getattr(widget, "hint_text", "") in ("PIN, 4 to 8 numbers", "Same PIN again"):
                widget.text = PIN

    d.when("fill set-up", d.settle, fill_setup)
    d.shoot("02-onboarding-setup", "onboarding")
    d.when("start", lambda: True, lambda: d.press("Start Guardline"))
    d.shoot("03-chats-empty", "conversations")
    d.when("start the demo", lambda: True, lambda: d.press("Watch a demo"))

    def record_alert() -> None:
        alert = app.sm.get_screen("alert")
        d.result["alert"] = {
            "headline": alert.headline,
            "where": alert.where,
            "tactics": list(alert.tactics),
        }

    d.when("the alert appears", lambda: app.sm.current == "alert", record_alert)
    d.shoot("04-alert", "alert")
    d.when("share", lambda: True, lambda: d.press("Share these messages with moderators"))

    def record_preview() -> None:
        d.shot("05-share-preview")
        d.result["preview"] = list(app.sm.get_screen("alert").preview)

    d.when("preview shown", lambda: app.sm.get_screen("alert").mode == "share" and d.settle(), record_preview)
    d.when("decline", lambda: True, lambda: d.press("No, don't send them"))
    d.when("talk", d.settle, lambda: d.press("Talk to someone I trust"))
    d.when(
        "help shown",
        lambda: app.sm.get_screen("alert").mode == "help" and d.settle(),
        lambda: d.shot("06-help"),
    )
    d.when("done with help", lambda: True, lambda: d.press("Done"))

    def demo_over() -> bool:
        chats = app.sm.get_screen("conversations")
        if app.sm.current == "alert":  # a later (escalation) alert: the child answers it
            mode = app.sm.get_screen("alert").mode
            d.press("I'm OK" if mode == "alert" else "Back to my chats")
            return False
        return not chats.demo_running and not app.pending_alerts and d.settle()

    d.when("demo finished", demo_over)
    d.when("chats", lambda: True, lambda: app.go("conversations"))
    d.shoot("07-chats", "conversations")

    def open_grooming_chat() -> None:
        rows = app.sm.get_screen("conversations").rows
        d.result["chats"] = [{k: r[k] for k in ("contact", "state", "level")} for r in rows]
        app.open_chat(next(r["key"] for r in rows if r["level"] == "warned"))

    d.when("open chat", lambda: True, open_grooming_chat)
    d.shoot("08-chat", "conversation")
    d.when("parent tab", lambda: True, lambda: app.go("pin"))
    d.shoot("09-parent-pin", "pin")
    d.when("wrong pin", lambda: True, lambda: app.try_pin("0000"))
    d.when("right pin", lambda: app.sm.get_screen("pin").message != "", lambda: app.try_pin(PIN))

    def record_parent() -> None:
        d.result["parent_rows"] = list(app.sm.get_screen("parent").rows)

    d.when("parent open", lambda: app.sm.current == "parent", record_parent)
    d.shoot("10-parent", "parent")
    d.when("status tab", lambda: True, lambda: app.go("status"))
    d.shoot("11-status", "status")

    def record_status() -> None:
        d.result["status"] = list(app.sm.get_screen("status").rows)

    d.when("status read", lambda: True, record_status)
    d.when("paste tab", lambda: True, lambda: app.go("paste"))

    def type_chat() -> None:
        for widget in app.sm.get_screen("paste").walk(restrict=True):
            if getattr(widget, "hint_text", "") == "Paste the chat here":
                widget.text = PASTED

    d.when("type a chat", lambda: app.sm.current == "paste", type_chat)
    d.shoot("12-paste", "paste")
    d.when("check it", lambda: True, lambda: d.press("Check this chat"))

    def pasted_chat_listed() -> bool:
        rows = app.sm.get_screen("conversations").rows
        d.result["pasted_chat"] = [r["state"] for r in rows if r["contact"] == "Jordan"]
        return app.sm.current == "conversations" and bool(d.result["pasted_chat"])

    d.when("pasted chat listed", pasted_chat_listed)


def main() -> int:
    out = Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    app = GuardlineApp()
    driver = Driver(app, out)

    def begin(_dt: float) -> None:
        script(driver)
        Clock.schedule_interval(driver.tick, 0.05)

    Clock.schedule_once(begin, 0)
    app.run()
    return 0 if driver.result.get("ok") else 1


if __name__ == "__main__":
    sys.exit(main())
