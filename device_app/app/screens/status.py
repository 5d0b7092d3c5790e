from kivy.properties import ListProperty, StringProperty
from kivy.uix.boxlayout import BoxLayout
from kivy.uix.screenmanager import Screen


class StatusScreen(Screen):
    rows = ListProperty()
    privacy = ListProperty()


class StatusRow(BoxLayout):
    label = StringProperty("")
    value = StringProperty("")
