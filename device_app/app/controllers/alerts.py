"""The private alert: what the child reads, and what each button does.

A small state machine per alert: `alert` -> (`help` | `share` -> `done`) | `done`. Sharing shows the
exact preview first; only `confirm_share()` - the child's yes on that preview - attaches the text.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ...core.explain import ESCALATION_HEADLINE, HEADLINE, REASSURANCE
from ...core.reports import EvidencePreview
from ...service import AlertView, DeviceService
from .texts import DONE_TEXT, HELP_LINES, SHARE_EXPLAINER

MODES = ("alert", "help", "share", "done")


@dataclass
class AlertModel:
    """Everything the alert screen shows; plain data, bound to the screen's properties."""

    report_id: str = ""
    mode: str = "alert"
    headline: str = HEADLINE
    where: str = ""
    reassurance: str = REASSURANCE
    tactics: list[dict[str, Any]] = field(default_factory=list)  # {"title", "text"}
    help_lines: list[dict[str, Any]] = field(default_factory=list)
    share_explainer: str = SHARE_EXPLAINER
    preview: list[dict[str, Any]] = field(default_factory=list)  # {"who", "text", "mine"}
    done_text: str = ""
    error: str = ""


def platform_name(slug: str) -> str:
    return slug.replace("_", " ").title() if slug and slug != "unknown" else "the app"


class AlertController:
    def __init__(self, service: DeviceService) -> None:
        self.service = service
        self.model = AlertModel()
        self._view: AlertView | None = None
        self._preview: EvidencePreview | None = None

    def open(self, view: AlertView) -> AlertModel:
        self._view = view
        self._preview = None
        self.model = AlertModel(
            report_id=view.report_id,
            headline=ESCALATION_HEADLINE if view.escalation else HEADLINE,
            where=f"In your chat with {view.contact_handle} on {platform_name(view.platform)}",
            tactics=[{"title": t, "text": x} for t, x in zip(view.titles, view.explanations, strict=False)],
            help_lines=[{"text": line} for line in HELP_LINES],
        )
        return self.model

    @property
    def view(self) -> AlertView:
        if self._view is None:
            raise RuntimeError("no alert is open")
        return self._view

    def _finish(self, action: str) -> AlertModel:
        self._view = self.service.act(self.view.report_id, action)
        self.model.mode = "done"
        self.model.done_text = self._done_text(self._view.child_action)
        return self.model

    def _done_text(self, action: str) -> str:
        text = DONE_TEXT.get(action, "")
        return text.format(platform=platform_name(self.view.platform), contact=self.view.contact_handle)

    def im_ok(self) -> AlertModel:
        return self._finish("ok")

    def block(self) -> AlertModel:
        return self._finish("blocked")

    def false_alarm(self) -> AlertModel:
        return self._finish("false_alarm")

    def talk_to_someone(self) -> AlertModel:
        """Shows Childline and CEOP, and records that the child chose to talk to someone."""
        self._view = self.service.act(self.view.report_id, "told_adult")
        self.model.mode = "help"
        return self.model

    def start_share(self) -> AlertModel:
        """Shows exactly what would be sent; nothing is attached yet."""
        self._preview = self.service.evidence_preview(self.view.report_id)
        self.model.preview = [
            {
                "who": "You" if sender == "child" else self.view.contact_handle,
                "text": text,
                "mine": sender == "child",
            }
            for sender, text in self._preview.items
        ]
        self.model.error = (
            "" if self._preview.items else "There are no messages from this chat on this phone any more."
        )
        self.model.mode = "share"
        return self.model

    def confirm_share(self) -> AlertModel:
        """The child's yes, for this one report and exactly this preview."""
        if self._preview is None or not self._preview.items:
            raise RuntimeError("nothing was previewed, so nothing can be shared")
        self._view = self.service.share_evidence(self.view.report_id, self._preview, child_consented=True)
        self._preview = None
        self.model.preview = []
        self.model.mode = "done"
        self.model.done_text = self._done_text("shared_evidence")
        return self.model

    def cancel_share(self) -> AlertModel:
        self._preview = None
        self.model.preview = []
        self.model.mode = "alert"
        return self.model

    def back_to_alert(self) -> AlertModel:
        self.model.mode = "alert"
        return self.model
