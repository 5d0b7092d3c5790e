"""Plain controllers behind each screen: no Kivy here, so every behaviour is testable without a window."""

from __future__ import annotations

from .alerts import AlertController, AlertModel
from .conversations import ConversationsController
from .onboarding import OnboardingController, OnboardingForm, form_problems
from .parent import ParentController, parent_row
from .pin import ParentGate, check_pin, hash_pin
from .status import StatusController

__all__ = [
    "AlertController",
    "AlertModel",
    "ConversationsController",
    "OnboardingController",
    "OnboardingForm",
    "ParentController",
    "ParentGate",
    "StatusController",
    "check_pin",
    "form_problems",
    "hash_pin",
    "parent_row",
]
