"""The parent link screen (behind the PIN), for both phones of a family.

On the child's phone it shows a one-time pairing code and then the six digits both phones must show.
On the parent's own phone (the same app) it takes that code and lists the warnings it receives: when
(in local time), where, about whom, what kind and how serious - never the child's messages.
Properties only, like every screen; `GuardlineApp.parent_link_*` / `parent_mode_*` fill them.
"""

from kivy.properties import ListProperty, NumericProperty, StringProperty
from kivy.uix.boxlayout import BoxLayout
from kivy.uix.screenmanager import Screen


class ParentModeScreen(Screen):
    rows = ListProperty()  # received alert summaries, newest first (see controllers.parent_link.summary_row)
    pairing_code = StringProperty("")  # shown on the child's phone
    message = StringProperty("")
    paired = NumericProperty(0)  # parents' phones this (child's) phone reports to


class ParentModeRow(BoxLayout):
    date = StringProperty("")
    platform = StringProperty("")
    contact = StringProperty("")
    tactics = StringProperty("")
    severity = StringProperty("")
