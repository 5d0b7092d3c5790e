from typing import Any

from kivy.properties import BooleanProperty, ListProperty, OptionProperty, StringProperty
from kivy.uix.boxlayout import BoxLayout
from kivy.uix.screenmanager import Screen
from kivy.uix.scrollview import ScrollView


class AlertScreen(Screen):
    mode = OptionProperty("alert", options=["alert", "help", "adult", "share", "done"])
    headline = StringProperty("")
    where = StringProperty("")
    reassurance = StringProperty("")
    sextortion = BooleanProperty(False)
    tactics = ListProperty()
    more_text = StringProperty("")
    takedown = ListProperty()
    help_lines = ListProperty()
    emergency = StringProperty("")
    adult_lines = ListProperty()
    adult_tactics = ListProperty()
    adult_advice = ListProperty()
    share_explainer = StringProperty("")
    preview = ListProperty()
    done_text = StringProperty("")
    error = StringProperty("")

    def scroll_views(self) -> list[Any]:
        return [w for w in self.walk(restrict=True) if isinstance(w, ScrollView)]

    def reset_scroll(self) -> None:
        """Every page back to its top, so each alert opens at its headline."""
        for view in self.scroll_views():
            view.scroll_y = 1


class TacticRow(BoxLayout):
    title = StringProperty("")
    text = StringProperty("")


class PreviewRow(BoxLayout):
    who = StringProperty("")
    text = StringProperty("")
    mine = BooleanProperty(False)
