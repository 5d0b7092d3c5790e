from kivy.properties import BooleanProperty, StringProperty
from kivy.uix.screenmanager import Screen


class PinScreen(Screen):
    has_pin = BooleanProperty(False)
    message = StringProperty("")
