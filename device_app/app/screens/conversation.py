from kivy.core.text import Label as CoreLabel
from kivy.metrics import sp
from kivy.properties import BooleanProperty, ListProperty, NumericProperty, StringProperty
from kivy.uix.anchorlayout import AnchorLayout
from kivy.uix.screenmanager import Screen

BUBBLE_FONT_SP = 15


class ConversationScreen(Screen):
    key = StringProperty("")
    title = StringProperty("")
    messages = ListProperty()
    alert_id = StringProperty("")


class ChatBubble(AnchorLayout):
    """A chat bubble as wide as its text (up to most of the screen), on the sender's side."""

    text = StringProperty("")
    mine = BooleanProperty(False)
    natural_width = NumericProperty(0)

    def on_text(self, _instance: object, text: str) -> None:
        measure = CoreLabel(text=text, font_size=sp(BUBBLE_FONT_SP))
        measure.refresh()
        self.natural_width = measure.texture.size[0] if measure.texture else 0
