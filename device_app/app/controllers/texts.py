"""Words on the screens, from the one catalogue (`device_app/resources/texts_en.json`).

Controllers ask `T(key, **values)`; the names below are the few lists and tables screens bind to.
Tactic titles come from the catalogue, their explanations from `core.explain` (shared with `scan`).
"""

from __future__ import annotations

from ...core.explain import TACTIC_EXPLANATIONS
from ...core.vocabulary import AGE_BANDS as BAND_IDS
from ...core.vocabulary import CHILD_ACTIONS
from ...resources import texts
from ...services.alerts import tactic_title

T = texts()

WHAT_IT_DOES: tuple[str, ...] = T.lines("onboarding.does")
WHAT_IT_NEVER_DOES: tuple[str, ...] = T.lines("onboarding.never")
CONSENT = T("onboarding.consent")
AGE_BANDS: tuple[tuple[str, str], ...] = tuple((band, T(f"onboarding.age.{band}")) for band in BAND_IDS)
SHARE_EXPLAINER = T("share.explainer")
PRIVACY_EXPLAINER: tuple[str, ...] = T.lines("privacy")
PARENT_NOTE = T("parent.note")
ACTION_LABELS: dict[str, str] = {a: T(f"action.{a}") for a in CHILD_ACTIONS}
DONE_TEXT: dict[str, str] = {a: T(f"done.{a}") for a in CHILD_ACTIONS if a != "none"}

__all__ = ["T", "tactic_text", "tactic_title"]


def tactic_text(tactic: str) -> str:
    return TACTIC_EXPLANATIONS.get(tactic, "")
