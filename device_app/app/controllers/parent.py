"""The parent view: when a warning happened, where, about whom, and what kind - never message text."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from ...resources import countries, device_country, help_for, normalise_country
from ...service import AlertView, DeviceService
from ...services.deployment import DeploymentError, parse_setup_link
from .alerts import platform_name
from .texts import ACTION_LABELS


def friendly_date(rfc3339: str, tz: Any = None) -> str:
    """A report's UTC time in the device's local time zone (or `tz`), e.g. '06 Dec 2026, 21:40'."""
    try:
        when = datetime.strptime(rfc3339, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC)
        local = when.astimezone(tz)
    except (ValueError, OverflowError, OSError):
        return rfc3339 or "date unknown"
    return local.strftime("%d %b %Y, %H:%M")


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
    """Behind the PIN: the alert list, the connection (set-up code) and the country help comes from."""

    def __init__(self, service: DeviceService, deployment_country: str | None = None) -> None:
        self.service = service
        self.deployment_country = deployment_country

    def rows(self) -> list[dict[str, Any]]:
        return [parent_row(v) for v in self.service.alerts()]

    def country(self) -> str | None:
        """Whose help the child sees: the parent's choice, else the deployment's, else the device locale."""
        return self.service.state.settings.country or self.deployment_country or device_country()

    def connection_rows(self) -> list[dict[str, Any]]:
        status = self.service.status()
        help_ = help_for(self.country())
        rows = [
            ("Server", status.server_url or "not set: warnings stay on this phone"),
            ("Connected", "yes" if status.enrolled else "not yet"),
            ("Help shown for", help_.name),
        ]
        return [{"label": k, "value": v} for k, v in rows]

    def apply_setup(self, code: str) -> str:
        """A set-up code (or server address) from the deployment; returns what to tell the parent."""
        try:
            deployment = parse_setup_link(code)
        except DeploymentError as exc:
            return f"That didn't work: {exc}."
        self.service.configure_server(deployment.server_url, deployment.enrollment_code)
        if deployment.country:
            self.service.state.update(country=deployment.country)
        return f"Connected to {deployment.server_url}. Warnings will be sent there."

    def set_country(self, code: str) -> str:
        known = dict(countries())
        chosen = normalise_country(code) if code != "INT" else "INT"
        if chosen not in known:
            return f"No help list for {code!r}; choose one of {', '.join(known)}."
        self.service.state.update(country=chosen)
        return f"Help is now shown for {known[chosen]}."

    def country_choices(self) -> list[dict[str, Any]]:
        current = help_for(self.country()).country
        return [{"code": c, "text": name, "chosen": c == current} for c, name in countries()]
