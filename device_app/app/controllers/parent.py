"""The parent view: when a warning happened, where, about whom, and what kind - never message text."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from ...service import AlertView, DeviceService
from .alerts import platform_name
from .texts import ACTION_LABELS


def friendly_date(rfc3339: str) -> str:
    try:
        when = datetime.strptime(rfc3339, "%Y-%m-%dT%H:%M:%SZ")
    except ValueError:
        return rfc3339
    return when.strftime("%d %b %Y, %H:%M UTC")


def parent_row(view: AlertView) -> dict[str, Any]:
    """One alert for the parent. Built only from report metadata: there is no text here to leak."""
    return {
        "date": friendly_date(view.created_at),
        "platform": platform_name(view.platform),
        "contact": view.contact_handle,
        "tactics": ", ".join(view.titles) or "-",
        "action": ACTION_LABELS.get(view.child_action, view.child_action),
    }


class ParentController:
    def __init__(self, service: DeviceService) -> None:
        self.service = service

    def rows(self) -> list[dict[str, Any]]:
        return [parent_row(v) for v in self.service.alerts()]
