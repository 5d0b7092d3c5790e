from kivy.properties import ListProperty, StringProperty
from kivy.uix.boxlayout import BoxLayout
from kivy.uix.screenmanager import Screen


class ParentScreen(Screen):
    rows = ListProperty()
    note = StringProperty("")
    connection = ListProperty()  # {"label", "value"}: server, connected, help country
    countries = ListProperty()  # {"code", "text", "chosen"}
    message = StringProperty("")


class ParentRow(BoxLayout):
    date = StringProperty("")
    platform = StringProperty("")
    contact = StringProperty("")
    tactics = StringProperty("")
    action = StringProperty("")
