"""Chat notifications -> incoming messages: a pure function, tested on recorded payloads.

The Java listener (`android/java/org/guardline/GuardlineNotificationListener.java`) turns each posted
notification into a JSON dict of the fields below; everything else happens here, where tests can reach it:

    {"package": "com.whatsapp", "post_time": 1732443600000, "flags": 8, "is_group_summary": false,
     "extras": {"android.title": "...", "android.text": "...", "android.conversationTitle": "...",
                "android.isGroupConversation": false, "android.selfDisplayName": "You",
                "android.messages": [{"text": "...", "time": 1732443600000, "sender": "..."}]}}

Apps repost the whole recent-message list with each new message (MessagingStyle), so
`NotificationDeduper` drops what was already seen. Summaries ("5 new messages"), ongoing and
foreground-service notifications, and media or typing placeholders carry no text and are ignored.
"""

from __future__ import annotations

import re
from collections import OrderedDict, deque
from collections.abc import Iterable, Mapping
from datetime import UTC, datetime
from typing import Any

from ..core.conversations import Message
from .base import IncomingMessage

# Chat apps listened to, and the platform slug their reports carry.
APP_PLATFORMS: dict[str, str] = {
    "com.whatsapp": "whatsapp",
    "com.whatsapp.w4b": "whatsapp",
    "com.discord": "discord",
    "com.instagram.android": "instagram",
    "com.snapchat.android": "snapchat",
    "org.telegram.messenger": "telegram",
    "com.facebook.orca": "messenger",
    "com.roblox.client": "roblox",
    "com.zhiliaoapp.musically": "tiktok",
    "org.thoughtcrime.securesms": "signal",
}

APP_NAMES = frozenset({"whatsapp", "discord", "instagram", "snapchat", "telegram", "messenger", "roblox", "tiktok",
                       "signal"})  # fmt: skip

FLAG_ONGOING_EVENT = 0x02
FLAG_FOREGROUND_SERVICE = 0x40
FLAG_GROUP_SUMMARY = 0x200

_PLACEHOLDERS = re.compile(
    r"^(?:\d+ new messages?(?: from \d+ chats?)?|\d+ messages? from \d+ chats?|"
    r"sent you an? (?:snap|chat|photo|video|message)|is typing\W*|typing\W*|"
    r"\W*(?:photo|video|gif|sticker|voice message|audio|image|attachment)\W*(?:\(\d+\))?|"
    r"sent an attachment\.?|sent a (?:photo|video|sticker|gif)\.?|this message was deleted\.?|"
    r"missed (?:voice|video) call|incoming (?:voice|video) call|checking for new messages)$",
    re.IGNORECASE,
)
_SENDER_PREFIX = re.compile(r"^(?P<name>[^:\n]{1,40}):\s+(?P<text>.+)$", re.DOTALL)
_WHATSAPP_GROUP_TITLE = re.compile(r"^(?P<sender>.+?) @ (?P<group>.+)$")  # "Sam @ Year 7 chat"


def _text(value: Any) -> str:
    return str(value).strip() if value is not None else ""


def _iso(ms: Any) -> str | None:
    try:
        return datetime.fromtimestamp(int(ms) / 1000, UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    except (TypeError, ValueError, OverflowError, OSError):
        return None


def is_ignorable(payload: Mapping[str, Any]) -> bool:
    """Summaries, ongoing/foreground notices and apps we do not listen to."""
    if payload.get("package") not in APP_PLATFORMS:
        return True
    flags = int(payload.get("flags") or 0)
    if payload.get("is_group_summary") or flags & FLAG_GROUP_SUMMARY:
        return True
    return bool(flags & (FLAG_ONGOING_EVENT | FLAG_FOREGROUND_SERVICE))


def parse_notification(payload: Mapping[str, Any]) -> list[IncomingMessage]:
    """Every chat message a notification shows, oldest first; [] for anything that is not one."""
    if is_ignorable(payload):
        return []
    platform = APP_PLATFORMS[str(payload["package"])]
    extras: Mapping[str, Any] = payload.get("extras") or {}
    title = _text(extras.get("android.title"))
    conversation = _text(extras.get("android.conversationTitle"))
    is_group = bool(extras.get("android.isGroupConversation")) or bool(conversation and conversation != title)
    self_name = _text(extras.get("android.selfDisplayName")).lower()
    messages = extras.get("android.messages")
    if isinstance(messages, list) and messages:
        chat = conversation or title
        out = []
        for item in messages:
            if not isinstance(item, Mapping):
                continue
            sender = _text(item.get("sender"))
            from_child = not sender or sender.lower() == self_name
            out += _message(platform, chat, sender, _text(item.get("text")), item.get("time"), from_child)
        return out
    return _single(platform, title, _text(extras.get("android.text")), payload.get("post_time"), is_group)


def _single(platform: str, title: str, text: str, when: Any, is_group: bool) -> list[IncomingMessage]:
    """Plain notifications: title = contact (or group), text = message (or "Sender: message")."""
    if not title or not text or title.lower() in APP_NAMES:  # app-level notices: "Snapchat: from sam"
        return []
    chat, sender = title, title
    whatsapp = _WHATSAPP_GROUP_TITLE.match(title)
    if whatsapp:
        chat, sender = whatsapp.group("group"), whatsapp.group("sender")
    prefixed = _SENDER_PREFIX.match(text)
    if prefixed and (is_group or whatsapp or prefixed.group("name").strip() == title):
        sender, text = prefixed.group("name").strip(), prefixed.group("text").strip()
    return _message(platform, chat, sender, text, when, from_child=False)


def is_placeholder(text: str, sender: str = "") -> bool:
    """Media, typing and count notices ("sent you a Snap", "📷 Photo", "3 new messages")."""
    if _PLACEHOLDERS.match(text):
        return True
    return bool(sender) and text.startswith(sender) and bool(_PLACEHOLDERS.match(text[len(sender) :].strip()))


def _message(
    platform: str, chat: str, sender: str, text: str, when: Any, from_child: bool
) -> list[IncomingMessage]:
    if not text or not chat or is_placeholder(text, sender):
        return []
    speaker = None if from_child or not sender else sender  # SPEC §1 `from`, as the app shows it
    message = Message("child" if from_child else "contact", text, ts=_iso(when), speaker=speaker)
    return [IncomingMessage(f"{platform}:{chat}", message, platform, None if from_child else sender)]


class NotificationDeduper:
    """Remembers recently seen messages per chat, so a reposted message list is scored once."""

    def __init__(self, per_chat: int = 200, chats: int = 500) -> None:
        self.per_chat = per_chat
        self.chats = chats
        self._seen: OrderedDict[str, tuple[set[tuple[str, str, str]], deque[tuple[str, str, str]]]] = (
            OrderedDict()
        )

    def fresh(self, items: Iterable[IncomingMessage]) -> list[IncomingMessage]:
        out = []
        for item in items:
            key = (item.message.ts or "", item.contact_handle or "", item.message.text)
            seen, order = self._seen.setdefault(item.conversation_key, (set(), deque()))
            self._seen.move_to_end(item.conversation_key)
            if key in seen:
                continue
            seen.add(key)
            order.append(key)
            if len(order) > self.per_chat:
                seen.discard(order.popleft())
            out.append(item)
        while len(self._seen) > self.chats:
            self._seen.popitem(last=False)
        return out
