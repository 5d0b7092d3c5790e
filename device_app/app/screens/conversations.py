from kivy.properties import BooleanProperty, ListProperty, StringProperty
from kivy.uix.behaviors import ButtonBehavior
from kivy.uix.boxlayout import BoxLayout
from kivy.uix.screenmanager import Screen


class ConversationsScreen(Screen):
    rows = ListProperty()
    loading = BooleanProperty(True)
    demo_running = BooleanProperty(False)


class ChatRow(ButtonBehavior, BoxLayout):
    key = StringProperty("")
    contact = StringProperty("")
    platform = StringProperty("")
    state = StringProperty("")
    level = StringProperty("ok")
    last = StringProperty("")
