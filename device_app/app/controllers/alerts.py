"""The private alert: what the child reads, and what each button does.

A small state machine per alert: `alert` -> (`help` | `adult` | `share` -> `done`) | `done`. The alert
leads with one short headline, then at most three tactic cards, most severe first, and "N more".
A sextortion (`coercion`) alert leads with "you are not in trouble, don't pay" and the take-down
services. Help comes from the device's country. Sharing shows the exact preview first; only
`confirm_share()` - the child's yes on that preview - attaches the text.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from ...core.reports import EvidencePreview
from ...resources import CountryHelp, device_country, help_for
from ...service import AlertView, DeviceService
from .texts import DONE_TEXT, SHARE_EXPLAINER, T, tactic_text, tactic_title

MODES = ("alert", "help", "adult", "share", "done")
CARDS = 3  # tactic cards shown before "N more"


@dataclass
class AlertModel:
    """Everything the alert screen shows; plain data, bound to the screen's properties."""

    report_id: str = ""
    mode: str = "alert"
    headline: str = ""
    where: str = ""
    reassurance: str = ""
    sextortion: bool = False
    tactics: list[dict[str, Any]] = field(default_factory=list)  # {"title", "text"}, most severe first
    more_text: str = ""  # "+ N more ..." or "" when every tactic is shown
    takedown: list[dict[str, Any]] = field(default_factory=list)  # sextortion: take-down services, first
    help_lines: list[dict[str, Any]] = field(default_factory=list)  # {"text"}
    emergency: str = ""
    adult_lines: list[dict[str, Any]] = field(default_factory=list)  # the summary for a trusted adult
    adult_tactics: list[dict[str, Any]] = field(default_factory=list)
    adult_advice: list[dict[str, Any]] = field(default_factory=list)
    share_explainer: str = SHARE_EXPLAINER
    preview: list[dict[str, Any]] = field(default_factory=list)  # {"who", "text", "mine"}
    done_text: str = ""
    error: str = ""


def platform_name(slug: str) -> str:
    return slug.replace("_", " ").title() if slug and slug != "unknown" else "the app"


def resource_line(name: str, what: str, url: str) -> dict[str, Any]:
    """One help entry as a bullet: the name in bold, one sentence, the address to type."""
    return {"text": f"[b]{_escape(name)}[/b]: {_escape(what)}\n[color=4054d1]{_escape(url)}[/color]"}


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("[", "&bl;").replace("]", "&br;")


def help_lines(help_: CountryHelp, sextortion: bool) -> list[dict[str, Any]]:
    """Talk to someone first; for sextortion, the take-down services first."""
    lines = [resource_line(r.name, r.what, r.url) for r in help_.ordered(sextortion)]
    talk = {"text": _escape(T("help.talk"))}
    return [*lines, talk] if sextortion else [talk, *lines]


class AlertController:
    def __init__(self, service: DeviceService, country: Callable[[], str | None] = device_country) -> None:
        self.service = service
        self.country = country
        self.model = AlertModel()
        self._view: AlertView | None = None
        self._preview: EvidencePreview | None = None
        self._expanded = False

    def open(self, view: AlertView) -> AlertModel:
        self._view = view
        self._preview = None
        self._expanded = False
        sextortion = view.is_sextortion
        help_ = help_for(self.country())
        if sextortion:
            headline, reassurance = T("alert.headline.sextortion"), T("alert.reassurance.sextortion")
        else:
            headline = T("alert.headline.escalation" if view.escalation else "alert.headline")
            reassurance = T("alert.reassurance")
        self.model = AlertModel(
            report_id=view.report_id,
            headline=headline,
            where=T(
                "alert.where", contact=_escape(view.contact_handle), platform=platform_name(view.platform)
            ),
            reassurance=reassurance,
            sextortion=sextortion,
            takedown=[resource_line(r.name, r.what, r.url) for r in help_.resources if r.kind == "take_down"]
            if sextortion
            else [],
            help_lines=help_lines(help_, sextortion),
            emergency=T("help.emergency", number=help_.emergency),
        )
        self._fill_tactics()
        return self.model

    def _fill_tactics(self) -> None:
        tags = self.view.tags  # most severe first (AlertView keeps vocabulary.by_severity order)
        shown = tags if self._expanded else tags[:CARDS]
        self.model.tactics = [{"title": tactic_title(t), "text": tactic_text(t)} for t in shown]
        hidden = len(tags) - len(shown)
        if hidden:
            self.model.more_text = T("alert.more.one") if hidden == 1 else T("alert.more.many", count=hidden)
        else:
            self.model.more_text = T("alert.fewer") if len(tags) > CARDS else ""

    @property
    def view(self) -> AlertView:
        if self._view is None:
            raise RuntimeError("no alert is open")
        return self._view

    def show_more(self) -> AlertModel:
        """Every tactic (or back to the first three)."""
        self._expanded = not self._expanded
        self._fill_tactics()
        return self.model

    def _finish(self, action: str) -> AlertModel:
        self._view = self.service.act(self.view.report_id, action)
        self.model.mode = "done"
        self.model.done_text = self._done_text(self._view.child_action)
        return self.model

    def _done_text(self, action: str) -> str:
        text = DONE_TEXT.get(action, "")
        return text.format(
            platform=platform_name(self.view.platform), contact=_escape(self.view.contact_handle)
        )

    def im_ok(self) -> AlertModel:
        return self._finish("ok")

    def block(self) -> AlertModel:
        return self._finish("blocked")

    def false_alarm(self) -> AlertModel:
        return self._finish("false_alarm")

    def talk_to_someone(self) -> AlertModel:
        """Shows the helplines for the device's country, and records that the child chose to talk."""
        self._view = self.service.act(self.view.report_id, "told_adult")
        self.model.mode = "help"
        return self.model

    def show_adult(self) -> AlertModel:
        """A summary the child can hand to a trusted adult: when, where, who, what - never any text."""
        from .parent import friendly_date

        view = self._view = self.service.act(self.view.report_id, "told_adult")
        self.model.adult_lines = [
            {"text": T("adult.when", when=friendly_date(view.created_at))},
            {
                "text": T(
                    "adult.where", platform=platform_name(view.platform), contact=_escape(view.contact_handle)
                )
            },
        ]
        self.model.adult_tactics = [{"text": tactic_title(t)} for t in view.tags]
        advice = T.lines("adult.advice.sextortion" if view.is_sextortion else "adult.advice")
        self.model.adult_advice = [{"text": line} for line in advice]
        self.model.mode = "adult"
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
        self.model.error = "" if self._preview.items else T("share.none_left")
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
