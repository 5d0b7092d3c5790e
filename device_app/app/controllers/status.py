"""Status & settings: which model runs, when the last sync was, what waits in the outbox."""

from __future__ import annotations

import time
from typing import Any

from ...service import DeviceService
from .texts import PRIVACY_EXPLAINER


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
            ("Checker version", f"{s.model_version} ({source})"),
            ("Last sync", ago(s.last_sync_at, now)),
            ("Warnings waiting to send", str(s.pending)),
            ("Warnings sent", str(s.sent)),
            ("Server", s.server_url or "not set (warnings stay on this phone)"),
            ("Connected", "yes" if s.enrolled else "not yet"),
        ]
        if s.last_error:
            rows.append(("Last problem", s.last_error))
        return [{"label": k, "value": v} for k, v in rows]

    def privacy(self) -> list[dict[str, Any]]:
        return [{"text": line} for line in PRIVACY_EXPLAINER]
