"""The words of an alert notification: deliberately vague, because others may see a lock screen."""

from __future__ import annotations

TITLE = "Guardline"
MESSAGE = "Something in one of your chats doesn't look right. Open Guardline to see - only you can see this."
ESCALATION_MESSAGE = "A chat Guardline warned you about is getting more worrying. Open Guardline to see."


def alert_notification(escalation: bool = False) -> tuple[str, str]:
    """(title, message) for an alert. Takes no message, no contact: nothing private can leak through it."""
    return TITLE, ESCALATION_MESSAGE if escalation else MESSAGE
