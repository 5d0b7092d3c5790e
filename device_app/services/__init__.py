"""The device's parts, each with one job and its own lock; `device_app.service.DeviceService` wires them."""

from __future__ import annotations

from .alerts import ACTIONS, AlertBook, AlertListener, AlertView
from .chats import Chats, ConversationInfo
from .deployment import Deployment, DeploymentError, load_deployment, parse_setup_link, setup_link
from .server_link import ServerLink, SyncOutcome
from .state import DeviceSettings, DeviceState

__all__ = [
    "ACTIONS",
    "AlertBook",
    "AlertListener",
    "AlertView",
    "Chats",
    "ConversationInfo",
    "Deployment",
    "DeploymentError",
    "DeviceSettings",
    "DeviceState",
    "ServerLink",
    "SyncOutcome",
    "load_deployment",
    "parse_setup_link",
    "setup_link",
]
