"""Onboarding: explain, then ask the child only what a child can answer (age group, their yes), then
let a grown-up set the parent PIN. The server and enrolment come from the deployment, or from a
set-up code entered behind the PIN (`ParentController.apply_setup`), never from the child.
"""

from __future__ import annotations

from dataclasses import dataclass

from ...core.vocabulary import AGE_BANDS
from ...service import DeviceService
from .pin import ParentGate, valid_pin
from .texts import T


@dataclass(frozen=True)
class OnboardingForm:
    age_band: str = ""
    pin: str = ""
    pin_again: str = ""
    consent: bool = False


def form_problems(form: OnboardingForm) -> list[str]:
    """Everything wrong with the form, in words for the child (empty: ready to start)."""
    problems = []
    if form.age_band not in AGE_BANDS:
        problems.append(T("onboarding.problem.age"))
    if not form.consent:
        problems.append(T("onboarding.problem.consent"))
    if form.pin or form.pin_again:
        if not valid_pin(form.pin):
            problems.append(T("onboarding.problem.pin"))
        elif form.pin != form.pin_again:
            problems.append(T("onboarding.problem.pin_again"))
    return problems


class OnboardingController:
    def __init__(self, service: DeviceService) -> None:
        self.service = service

    @property
    def done(self) -> bool:
        return self.service.state.settings.onboarded

    def connection_note(self) -> str:
        """What the grown-up's step says about the server the deployment chose (no address to type)."""
        url = self.service.server_url
        if not url:
            return T("onboarding.grown_up.not_connected")
        return T("onboarding.grown_up.connected", server=url.split("://", 1)[-1].split("/", 1)[0])

    def finish(self, form: OnboardingForm) -> list[str]:
        """Save the answers; returns problems to show (nothing saved) or [] when done."""
        problems = form_problems(form)
        if problems:
            return problems
        self.service.link.set_age_band(form.age_band)
        if form.pin:
            ParentGate(self.service.state).set_pin(form.pin)
        self.service.state.update(onboarded=True, consent=True)
        return []
