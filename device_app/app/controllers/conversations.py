"""The chat list and one chat: each contact with a risk state a child can read at a glance."""

from __future__ import annotations

from typing import Any

from ...service import ConversationInfo, DeviceService
from .alerts import platform_name

CAREFUL_AT = 0.35  # below the alert threshold: worth a gentle "be careful", not an alert


def risk_state(info: ConversationInfo) -> tuple[str, str]:
    """(label, level) with level in ok | careful | warned."""
    if info.alerted:
        return "Guardline warned you", "warned"
    if info.risk >= CAREFUL_AT:
        return "Be careful", "careful"
    return "Looks OK", "ok"


class ConversationsController:
    def __init__(self, service: DeviceService) -> None:
        self.service = service

    def rows(self) -> list[dict[str, Any]]:
        out = []
        for info in self.service.conversations():
            label, level = risk_state(info)
            last = info.history[-1].text if info.history else ""
            out.append(
                {
                    "key": info.key,
                    "contact": info.contact_handle,
                    "platform": platform_name(info.platform),
                    "state": label,
                    "level": level,
                    "last": last if len(last) <= 60 else last[:57] + "...",
                }
            )
        return out

    def messages(self, key: str) -> list[dict[str, Any]]:
        return [{"text": m.text, "mine": m.from_child} for m in self.service.history(key)]

    def latest_alert_id(self, key: str) -> str | None:
        for view in self.service.alerts():
            if view.conversation_key == key:
                return view.report_id
        return None

    def title(self, key: str) -> str:
        for info in self.service.conversations():
            if info.key == key:
                return f"{info.contact_handle} - {platform_name(info.platform)}"
        return key
