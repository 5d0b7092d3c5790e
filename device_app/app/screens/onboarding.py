from kivy.properties import BooleanProperty, ListProperty, NumericProperty, StringProperty
from kivy.uix.screenmanager import Screen


class OnboardingScreen(Screen):
    step = NumericProperty(0)  # 0: what Guardline does; 1: the child's answers; 2: the grown-up's PIN
    what_it_does = ListProperty()
    never_does = ListProperty()
    age_bands = ListProperty()
    age_band = StringProperty("")
    consent_text = StringProperty("")
    consent = BooleanProperty(False)
    problems = StringProperty("")
    connection_note = StringProperty("")
