from kivy.properties import BooleanProperty, ListProperty, StringProperty
from kivy.uix.boxlayout import BoxLayout
from kivy.uix.screenmanager import Screen


class ConversationScreen(Screen):
    key = StringProperty("")
    title = StringProperty("")
    messages = ListProperty()
    alert_id = StringProperty("")


class ChatBubble(BoxLayout):
    text = StringProperty("")
    mine = BooleanProperty(False)
