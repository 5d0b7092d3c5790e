"""Drives the real Kivy app in its own process, like a child would, and takes screenshots.

    python tests/app/ui_driver.py OUT_DIR [walk|family]

Kivy allows one App per process, so UI tests run this script as a subprocess. It presses the real
buttons (found by their text, `on_release` dispatched), saves `OUT_DIR/<name>.png` and writes
`OUT_DIR/result.json`. Two scripts:

- walk: a child's first day: set-up, the demo feed raises the alert, every screen once;
- family: parent-led set-up from a deployment file (GUARDLINE_DEPLOYMENT), a seven-tactic alert
  (order, "N more", scroll), a sextortion alert queued behind it (scroll reset, reassurance,
  take-down, the trusted-adult summary), help for each country, and the parent view. Alerts the
  shipped model cannot raise yet (`coercion`) are recorded through the real alert book and outbox.

Environment: GUARDLINE_DATA_DIR, GUARDLINE_DEMO_INTERVAL, KIVY_HOME (and GUARDLINE_DEPLOYMENT) are
set by the caller.
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
from kivy.uix.textinput import TextInput  # noqa: E402

from device_app.app.guardline_app import GuardlineApp  # noqa: E402
from device_app.app.widgets import Pages  # noqa: E402
from device_app.core.pipeline import Alert  # noqa: E402
from device_app.services.chats import ConversationInfo  # noqa: E402

SETTLE_S = 0.5  # Kivy needs a moment after a change before a screenshot shows it
FIRST_SETTLE_S = 1.2  # the very first frames after start-up can be black
PIN = "2468"
COUNTRIES = ("GB", "US", "AU", "CA", "IE", "FR")  # FR has no list of its own: the international one
SEVEN = ("trust_building", "personal_info", "secrecy", "gifts", "platform_move", "isolation", "meeting")
SEXTORTION = ("coercion", "sexual", "secrecy")
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
        """A moment has passed since the last step and no screen transition is still fading."""
        wait = FIRST_SETTLE_S if not self.result["screens"] else SETTLE_S
        if self.app.sm.transition.is_active:
            self.since = time.monotonic()  # count the settle time from the end of the fade
            return False
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
        if time.monotonic() - self.started > 150:  # generous: CI machines can be busy
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
    onboard(d, "02-onboarding-you", "03-onboarding-grown-up")
    d.shoot("04-chats-empty", "conversations")
    d.when("start the demo", lambda: True, lambda: d.press("Watch a demo"))

    def record_alert() -> None:
        alert = app.sm.get_screen("alert")
        d.result["alert"] = {
            "headline": alert.headline,
            "where": alert.where,
            "tactics": list(alert.tactics),
        }

    d.when("the alert appears", lambda: app.sm.current == "alert", record_alert)
    d.shoot("05-alert", "alert")
    d.when("share", lambda: True, lambda: d.press("Send these messages to the safety team"))

    def record_preview() -> None:
        d.shot("06-share-preview")
        d.result["preview"] = list(app.sm.get_screen("alert").preview)

    d.when("preview shown", lambda: app.sm.get_screen("alert").mode == "share" and d.settle(), record_preview)
    d.when("decline", lambda: True, lambda: d.press("No, don't send them"))
    d.when("talk", d.settle, lambda: d.press("Talk to someone I trust"))
    d.when(
        "help shown",
        lambda: app.sm.get_screen("alert").mode == "help" and d.settle(),
        lambda: d.shot("07-help"),
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
    d.shoot("08-chats", "conversations")

    def open_grooming_chat() -> None:
        rows = app.sm.get_screen("conversations").rows
        d.result["chats"] = [{k: r[k] for k in ("contact", "state", "level")} for r in rows]
        app.open_chat(next(r["key"] for r in rows if r["level"] == "warned"))

    d.when("open chat", lambda: True, open_grooming_chat)
    d.shoot("09-chat", "conversation")
    d.when("parent tab", lambda: True, lambda: app.go("pin"))
    d.shoot("10-parent-pin", "pin")
    d.when("wrong pin", lambda: True, lambda: app.try_pin("0000"))
    d.when("right pin", lambda: app.sm.get_screen("pin").message != "", lambda: app.try_pin(PIN))

    def record_parent() -> None:
        d.result["parent_rows"] = list(app.sm.get_screen("parent").rows)

    d.when("parent open", lambda: app.sm.current == "parent", record_parent)
    d.shoot("11-parent", "parent")
    setup_code = os.environ.get("UI_SETUP_CODE")
    if setup_code:  # the deployment's set-up code (a QR code's text), typed behind the PIN

        def enter_code() -> None:
            parent = app.sm.get_screen("parent")
            next(
                w
                for w in parent.walk(restrict=True)
                if getattr(w, "hint_text", "").startswith("guardline://")
            ).text = setup_code
            d.press("Connect")

        def connected() -> bool:
            return bool(app.controller and app.controller.service and app.controller.service.link.enrolled)

        def record_connection() -> None:
            parent = app.sm.get_screen("parent")
            app.refresh()
            d.result["after_setup"] = {
                "message": parent.message,
                "connection": {r["label"]: r["value"] for r in parent.connection},
            }

        d.when("enter the set-up code", d.settle, enter_code)
        d.when("connected by the code", lambda: connected() and d.settle(), record_connection)
        d.when("send now", lambda: True, lambda: d.press("Send warnings now"))

        def sent() -> bool:
            message = app.sm.get_screen("parent").message
            d.result["after_setup"]["sent"] = message
            return message.startswith(("Sent", "Couldn't"))

        d.when("sent", sent)
    d.when("status tab", lambda: True, lambda: app.go("status"))
    d.shoot("12-status", "status")

    def record_status() -> None:
        d.result["status"] = list(app.sm.get_screen("status").rows)

    d.when("status read", lambda: True, record_status)
    d.when("paste tab", lambda: True, lambda: app.go("paste"))

    def type_chat() -> None:
        for widget in app.sm.get_screen("paste").walk(restrict=True):
            if getattr(widget, "hint_text", "") == "Paste the chat here":
                widget.text = PASTED

    d.when("type a chat", lambda: app.sm.current == "paste", type_chat)
    d.shoot("13-paste", "paste")
    d.when("check it", lambda: True, lambda: d.press("Check this chat"))

    def pasted_chat_listed() -> bool:
        rows = app.sm.get_screen("conversations").rows
        d.result["pasted_chat"] = [r["state"] for r in rows if r["contact"] == "Jordan"]
        return app.sm.current == "conversations" and bool(d.result["pasted_chat"])

    d.when("pasted chat listed", pasted_chat_listed)


def onboard(d: Driver, you_shot: str, grown_up_shot: str) -> None:
    """The child's two answers, then the grown-up's PIN; records every word the child's steps show."""
    app = d.app

    def fill_child() -> None:
        screen = app.sm.get_screen("onboarding")
        page = next(w for w in screen.walk(restrict=True) if isinstance(w, Pages)).current_screen
        d.result["child_setup"] = {
            "page": page.name,
            "texts": sorted(
                {w.text for w in page.walk(restrict=True) if getattr(w, "text", "") and w.opacity}
            ),
            "inputs": [w.hint_text for w in page.walk(restrict=True) if isinstance(w, TextInput)],
        }
        screen.age_band = "under-13"
        screen.consent = True

    d.when("fill the child's answers", d.settle, fill_child)
    d.shoot(you_shot, "onboarding")
    d.when("next", lambda: True, app.onboarding_next)

    def fill_pin() -> None:
        screen = app.sm.get_screen("onboarding")
        d.result["grown_up_note"] = screen.connection_note
        for widget in screen.walk(restrict=True):
            if getattr(widget, "hint_text", "") in ("PIN, 4 to 8 numbers", "Same PIN again"):
                widget.text = PIN

    d.when("grown-up step", lambda: app.sm.get_screen("onboarding").step == 2 and d.settle(), fill_pin)
    d.shoot(grown_up_shot, "onboarding")
    d.when("start", lambda: True, lambda: d.press("Start Guardline"))


def inject(app: GuardlineApp, tags: tuple[str, ...], contact: str, platform: str) -> None:
    """An alert recorded and announced through the real alert book (as the scan thread would)."""
    service = app.controller.service  # type: ignore[union-attr]
    scores = {t: round(0.95 - 0.05 * i, 2) for i, t in enumerate(tags)}
    alert = Alert(f"chat-{contact}", 5, 0.93, tags, scores, False, (), service.model_version, contact)
    info = ConversationInfo(
        key=f"{platform}:{contact}", contact_handle=contact, platform=platform, messages_seen=6
    )
    view = service.alert_book.record(alert, info, contact)
    service.alert_book.announce(view)


def on_window(widget: Any) -> bool:
    """Whether the whole widget is inside the visible window."""
    x, y = widget.to_window(widget.x, widget.y)
    return y >= 0 and y + widget.height <= Window.height


def family(d: Driver) -> None:
    app = d.app
    alert = app.sm.get_screen("alert")
    d.result["window"] = list(Window.system_size)
    d.when("model loaded", lambda: app.ready and app.sm.current == "onboarding")
    d.when("next", d.settle, lambda: d.press("Next"))
    onboard(d, "f01-setup-child", "f02-setup-grown-up")

    def enrolled() -> bool:
        return app.controller.service.link.enrolled  # type: ignore[union-attr]

    d.when("enrolled with the deployment's server", enrolled)
    d.when("seven-tactic alert", lambda: True, lambda: inject(app, SEVEN, "sk8r_boi", "game_chat"))

    def record_seven() -> None:
        d.result["seven"] = {"tactics": [t["title"] for t in alert.tactics], "more": alert.more_text}

    d.when("alert shown", lambda: app.sm.current == "alert" and d.settle(), record_seven)
    d.shoot("f03-alert-seven-tactics", "alert")
    d.when("more", lambda: True, lambda: d.press(alert.more_text))

    def scroll_down() -> None:
        d.result["seven"]["expanded"] = [t["title"] for t in alert.tactics]
        alert.ids.alert_scroll.scroll_y = 0
        inject(app, SEXTORTION, "xx_jay_xx", "instagram")

    d.when("scroll down; a second alert arrives", d.settle, scroll_down)

    def answer_first() -> None:
        d.result["queued"] = len(app.pending_alerts)
        d.result["scroll_before"] = alert.ids.alert_scroll.scroll_y
        d.press("I'm OK")

    d.when("answer the first", d.settle, answer_first)
    d.when("back to chats", lambda: alert.mode == "done" and d.settle(), lambda: d.press("Back to my chats"))

    def record_second() -> None:
        d.result["second"] = {
            "scroll_y": alert.ids.alert_scroll.scroll_y,
            "headline_on_screen": on_window(alert.ids.headline),
            "headline": alert.headline,
            "reassurance": alert.reassurance,
            "where": alert.where,
            "tactics": [t["title"] for t in alert.tactics],
            "takedown": [line["text"] for line in alert.takedown],
        }

    d.when(
        "second alert",
        lambda: alert.mode == "alert" and "xx_jay_xx" in alert.where and d.settle(),
        record_second,
    )
    d.shoot("f04-alert-sextortion", "alert")
    d.when("show an adult", lambda: True, lambda: d.press("Show a trusted adult"))

    def record_adult() -> None:
        page = next(w for w in alert.walk(restrict=True) if isinstance(w, Pages)).current_screen
        texts = sorted({w.text for w in page.walk(restrict=True) if getattr(w, "text", "")})
        d.result["adult"] = {
            "lines": list(alert.adult_lines),
            "tactics": list(alert.adult_tactics),
            "texts": texts,
        }
        d.shot("f05-trusted-adult")

    d.when("adult summary", lambda: alert.mode == "adult" and d.settle(), record_adult)
    d.result["help"] = {}
    report_id = [""]

    def remember() -> None:
        report_id[0] = app.controller.alerts.view.report_id  # type: ignore[union-attr]

    d.when("remember the alert", lambda: True, remember)
    for code in COUNTRIES:

        def choose(code: str = code) -> None:
            # what the parent picks behind the PIN (a phone set to France: the same field, from its locale)
            app.controller.service.state.update(country=code)  # type: ignore[union-attr]
            app.open_alert(report_id[0])
            d.press("Talk to someone I trust")

        def record(code: str = code) -> None:
            d.result["help"][code] = [line["text"] for line in alert.help_lines] + [alert.emergency]
            d.shot(f"f06-help-{code}")

        d.when(f"help in {code}", lambda: True, choose)
        d.when(f"help shown in {code}", lambda: alert.mode == "help" and d.settle(), record)
    d.when("parent", lambda: True, lambda: app.go("pin"))
    d.when("pin", lambda: app.sm.current == "pin", lambda: app.try_pin(PIN))

    def record_parent() -> None:
        parent = app.sm.get_screen("parent")
        d.result["connection"] = {r["label"]: r["value"] for r in parent.connection}
        d.result["parent_rows"] = list(parent.rows)

    d.when("parent open", lambda: app.sm.current == "parent" and d.settle(), record_parent)
    d.shoot("f07-parent", "parent")


def main() -> int:
    out = Path(sys.argv[1])
    plan = family if sys.argv[2:] == ["family"] else script
    out.mkdir(parents=True, exist_ok=True)
    app = GuardlineApp()
    driver = Driver(app, out)

    def begin(_dt: float) -> None:
        plan(driver)
        Clock.schedule_interval(driver.tick, 0.05)

    Clock.schedule_once(begin, 0)
    app.run()
    return 0 if driver.result.get("ok") else 1


if __name__ == "__main__":
    sys.exit(main())
