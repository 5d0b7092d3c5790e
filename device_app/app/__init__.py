"""The Guardline device app (Kivy). `main()` starts it; `python -m device_app` calls `main()`.

Kivy is imported only inside `main()`, so the controllers and the service stay importable (and
testable) on machines without a display.
"""

from __future__ import annotations

import os

# The desktop window: a phone, portrait, that fits a 1280x800 laptop screen with its title bar and panel.
PHONE_SIZE = (412, 720)
SMALL_SCREEN = (1280, 800)


def configure_window(width: int = PHONE_SIZE[0], height: int = PHONE_SIZE[1]) -> None:
    """Must run before anything imports kivy.core.window."""
    os.environ.setdefault("KIVY_NO_ARGS", "1")
    from kivy.config import Config
    from kivy.utils import platform

    if platform not in ("android", "ios"):
        Config.set("graphics", "width", str(width))
        Config.set("graphics", "height", str(height))
        Config.set("graphics", "resizable", "1")
    Config.set("kivy", "exit_on_escape", "0")
    Config.set("input", "mouse", "mouse,disable_multitouch")


def main() -> int:
    """Run the app until its window closes; returns the exit status."""
    configure_window()
    from .guardline_app import GuardlineApp

    GuardlineApp().run()
    return 0


__all__ = ["main", "configure_window"]
