from kivy.properties import StringProperty
from kivy.uix.screenmanager import Screen


class PasteScreen(Screen):
    error = StringProperty("")
