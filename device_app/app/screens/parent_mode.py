"""The parent's own phone (parent mode): paired with a child's device, it receives sealed alert summaries.

Owned by the parent-link work: this pair is the screen it fills (pairing code entry, the received
alerts in local time). Properties only, like every screen.
"""

from kivy.properties import ListProperty, StringProperty
from kivy.uix.screenmanager import Screen


class ParentModeScreen(Screen):
    rows = ListProperty()  # received alert summaries, newest first
    pairing_code = StringProperty("")
    message = StringProperty("")
