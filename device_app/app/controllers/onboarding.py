"""Onboarding: explain, ask the age band, an optional parent PIN, the server, and the child's consent."""

from __future__ import annotations

from dataclasses import dataclass

from ...service import AGE_BANDS, DeviceService
from .pin import ParentGate, valid_pin


@dataclass(frozen=True)
class OnboardingForm:
    age_band: str = ""
    pin: str = ""
    pin_again: str = ""
    server_url: str = ""
    enrollment_code: str = ""
    consent: bool = False


def form_problems(form: OnboardingForm) -> list[str]:
    """Everything wrong with the form, in words for the child (empty: ready to start)."""
    problems = []
    if form.age_band not in AGE_BANDS:
        problems.append("Pick your age group.")
    if form.pin or form.pin_again:
        if not valid_pin(form.pin):
            problems.append("A parent PIN is 4 to 8 numbers (or leave it empty).")
        elif form.pin != form.pin_again:
            problems.append("The two PINs are different.")
    url = form.server_url.strip()
    if url and not url.startswith(("http://", "https://")):
        problems.append("The server address starts with https:// (ask whoever set this up).")
    if not form.consent:
        problems.append("Tick the box to say you understand and agree.")
    return problems


class OnboardingController:
    def __init__(self, service: DeviceService) -> None:
        self.service = service

    @property
    def done(self) -> bool:
        return bool(self.service.outbox.get_state("app.onboarded"))

    def finish(self, form: OnboardingForm) -> list[str]:
        """Save the answers; returns problems to show (nothing saved) or [] when done."""
        problems = form_problems(form)
        if problems:
            return problems
        url, code = form.server_url.strip() or None, form.enrollment_code.strip() or None
        self.service.configure_server(url, code, form.age_band)
        if form.pin:
            ParentGate(self.service.outbox).set_pin(form.pin)
        self.service.outbox.set_state(**{"app.onboarded": True, "app.consent": True})
        return []
