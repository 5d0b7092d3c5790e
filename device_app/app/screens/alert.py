from kivy.properties import BooleanProperty, ListProperty, OptionProperty, StringProperty
from kivy.uix.boxlayout import BoxLayout
from kivy.uix.screenmanager import Screen


class AlertScreen(Screen):
    mode = OptionProperty("alert", options=["alert", "help", "share", "done"])
    headline = StringProperty("")
    where = StringProperty("")
    reassurance = StringProperty("")
    tactics = ListProperty()
    help_lines = ListProperty()
    share_explainer = StringProperty("")
    preview = ListProperty()
    done_text = StringProperty("")
    error = StringProperty("")


class TacticRow(BoxLayout):
    title = StringProperty("")
    text = StringProperty("")


class PreviewRow(BoxLayout):
    who = StringProperty("")
    text = StringProperty("")
    mine = BooleanProperty(False)
