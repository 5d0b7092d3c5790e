"""Shared look: colours and a few widgets (layout in widgets.kv). No app logic lives here.

`BoundList` is a tiny non-recycling RecycleView: it rebuilds its rows from `items` (a list of
dicts) with `viewclass`, so screens can bind lists of plain data from the controllers.
"""

from __future__ import annotations

from typing import Any

from kivy.factory import Factory
from kivy.properties import BooleanProperty, ColorProperty, ListProperty, StringProperty
from kivy.uix.behaviors import ButtonBehavior
from kivy.uix.boxlayout import BoxLayout
from kivy.uix.label import Label
from kivy.uix.screenmanager import NoTransition, ScreenManager

PALETTE: dict[str, tuple[float, float, float, float]] = {
    "bg": (0.957, 0.961, 0.976, 1),
    "card": (1, 1, 1, 1),
    "ink": (0.118, 0.137, 0.2, 1),
    "muted": (0.36, 0.38, 0.46, 1),
    "primary": (0.25, 0.33, 0.82, 1),
    "primary_soft": (0.9, 0.92, 1, 1),
    "ok": (0.16, 0.58, 0.4, 1),
    "careful": (0.85, 0.56, 0.05, 1),
    "warned": (0.86, 0.33, 0.2, 1),
    "warm": (1, 0.95, 0.86, 1),
    "line": (0.87, 0.88, 0.92, 1),
    "bubble_mine": (0.86, 0.89, 1, 1),
    "bubble_theirs": (1, 1, 1, 1),
}
LEVEL_COLOURS = {"ok": PALETTE["ok"], "careful": PALETTE["careful"], "warned": PALETTE["warned"]}


def colour(name: str) -> tuple[float, float, float, float]:
    return LEVEL_COLOURS.get(name) or PALETTE[name]


class Card(BoxLayout):
    card_colour = ColorProperty(PALETTE["card"])


class Badge(Label):
    level = StringProperty("ok")


class GButton(ButtonBehavior, Label):
    bg = ColorProperty(PALETTE["primary"])
    fg = ColorProperty((1, 1, 1, 1))
    outline = BooleanProperty(False)


class BoundList(BoxLayout):
    items = ListProperty()
    viewclass = StringProperty("GLabel")

    def on_items(self, _instance: Any, items: list[dict[str, Any]]) -> None:
        self.clear_widgets()
        for item in items:
            row = Factory.get(self.viewclass)()
            for key, value in item.items():
                setattr(row, key, value)
            self.add_widget(row)

    def on_viewclass(self, _instance: Any, _value: str) -> None:
        self.on_items(self, self.items)


class Pages(ScreenManager):
    """Sub-pages inside one screen, shown by name; safe to bind before the pages exist."""

    page = StringProperty("")

    def __init__(self, **kwargs: Any) -> None:
        kwargs.setdefault("transition", NoTransition())
        super().__init__(**kwargs)

    def on_page(self, _instance: Any, page: str) -> None:
        if self.has_screen(page):
            self.current = page

    def add_widget(self, widget: Any, *args: Any, **kwargs: Any) -> None:
        super().add_widget(widget, *args, **kwargs)
        if getattr(widget, "name", None) == self.page:
            self.current = self.page
