"""Status: is Guardline connected, when it last sent, what waits to be sent. Technical details
(server address, set-up) sit in the parent view behind the PIN."""

from __future__ import annotations

import time
from typing import Any

from ...service import DeviceService
from .texts import PRIVACY_EXPLAINER, T


def ago(then: float | None, now: float | None = None) -> str:
    if not then:
        return "never"
    seconds = max(0, int((now or time.time()) - then))
    if seconds < 60:
        return "just now"
    if seconds < 3600:
        return f"{seconds // 60} min ago"
    if seconds < 86400:
        return f"{seconds // 3600} h ago"
    return f"{seconds // 86400} days ago"


class StatusController:
    def __init__(self, service: DeviceService) -> None:
        self.service = service

    def rows(self, now: float | None = None) -> list[dict[str, Any]]:
        s = self.service.status()
        source = {"shipped": "built in", "installed": "updated", "given": "built in"}.get(
            s.model_source, s.model_source
        )
        rows = [
            (T("status.checker"), f"{s.model_version} ({source})"),
            (T("status.last_sync"), ago(s.last_sync_at, now)),
            (T("status.waiting"), str(s.pending)),
            (T("status.sent"), str(s.sent)),
            (T("status.connected"), T("status.yes") if s.enrolled else T("status.not_yet")),
        ]
        if s.last_error:
            rows.append((T("status.last_problem"), s.last_error))
        return [{"label": k, "value": v} for k, v in rows]

    def privacy(self) -> list[dict[str, Any]]:
        return [{"text": line} for line in PRIVACY_EXPLAINER]
