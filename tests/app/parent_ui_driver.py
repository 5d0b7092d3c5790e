"""The parent's own phone, driven in its own process: pair with a code, then receive a warning.

    python tests/app/parent_ui_driver.py OUT_DIR

GUARDLINE_SERVER names the live server and PARENT_CODE the code the child's phone showed. The driver
opens the parent-link screen (the PIN gate is covered by the other UI tests), types the code, presses
"Pair with my child's phone", writes OUT_DIR/paired.flag, waits for OUT_DIR/alert.flag (the test raises
an alert on the child's device meanwhile), presses "Check for warnings", and saves screenshots and
OUT_DIR/result.json. It reuses `ui_driver.Driver` (steps, settle, screenshots).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from kivy.clock import Clock  # noqa: E402, I001
from kivy.uix.textinput import TextInput  # noqa: E402

from tests.app.ui_driver import Driver, GuardlineApp  # noqa: E402  (configures the window first)


def plan(d: Driver, out: Path, code: str) -> None:
    app = d.app
    screen = app.sm.get_screen("parent_mode")

    def open_screen() -> None:
        app.parent_open = True  # what a right PIN does; the gate itself is tested elsewhere
        app.go("parent_mode")

    def type_code() -> None:
        field = next(w for w in screen.walk(restrict=True) if isinstance(w, TextInput))
        field.text = code
        d.press("Pair with my child's phone", "parent_mode")

    def paired() -> None:
        d.result["pair_message"] = screen.message
        d.shot("p01-parent-paired")
        (out / "paired.flag").write_text("1")

    def collected() -> None:
        d.result["refresh_message"] = screen.message
        d.result["rows"] = list(screen.rows)
        d.shot("p02-parent-warning")

    d.when("model loaded", lambda: app.ready, open_screen)
    d.when("screen shown", lambda: app.sm.current == "parent_mode" and d.settle(), type_code)
    d.when("paired", lambda: screen.message.startswith(("Paired", "Pairing failed", "That code", "Could not"))
           and d.settle(), paired)
    d.when("alert raised on the child's phone", lambda: (out / "alert.flag").exists(),
           lambda: d.press("Check for warnings", "parent_mode"))
    d.when("warning received", lambda: bool(screen.rows) and d.settle(), collected)


def main() -> int:
    out = Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    app = GuardlineApp()
    driver = Driver(app, out)

    def begin(_dt: float) -> None:
        plan(driver, out, os.environ["PARENT_CODE"])
        Clock.schedule_interval(driver.tick, 0.05)

    Clock.schedule_once(begin, 0)
    app.run()
    return 0 if driver.result.get("ok") else 1


if __name__ == "__main__":
    sys.exit(main())
