"""A keyword-list baseline: what a simple filter would do, for comparison in `evaluate`.

It alerts on the first contact message containing any listed phrase and names the tactics whose
phrases matched anywhere up to the end of the conversation. It uses the device's normaliser, so it
gets the same help with leetspeak and shorthand the model gets.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from device_app.core.conversations import Conversation
from device_app.core.normalise import tokenise

KEYWORDS: dict[str, tuple[str, ...]] = {
    "trust_building": ("so mature", "mature for your age", "special", "only one who", "understand you"),
    "personal_info": ("how old are you", "where do you live", "what school", "home alone", "parents home",
                      "your address", "phone number", "are you alone"),
    "secrecy": ("don't tell", "our secret", "delete this", "delete the chat", "between us", "keep it secret"),
    "isolation": ("don't understand you", "don't get you", "your parents are", "your friends are"),
    "platform_move": ("snapchat", "whatsapp", "telegram", "kik", "add me on", "discord"),
    "gifts": ("robux", "v-bucks", "gift card", "send you money", "buy you"),
    "sexual": ("picture of you", "send a picture", "what are you wearing", "your body", "kiss", "naked"),
    "meeting": ("meet up", "meet you", "pick you up", "come over", "where will you be"),
    "coercion": ("or i will", "or i'll", "or else", "pay me", "i will post", "i'll post", "send them to",
                 "everyone will see", "your followers", "i recorded", "ill post", "ill send them"),
}  # fmt: skip


def _matches(text: str) -> list[str]:
    joined = " " + " ".join(tokenise(text)) + " "
    return [tag for tag, phrases in KEYWORDS.items() if any(f" {p} " in joined for p in phrases)]


@dataclass
class KeywordScanner:
    def scan(self, conversation: Conversation, contact_only: bool = False) -> dict[str, Any]:
        alert_index = None
        tags: list[str] = []
        risks: list[float] = []
        for i, m in enumerate(conversation.messages):
            if not m.from_child:
                found = _matches(m.text)
                if found and alert_index is None:
                    alert_index = i
                tags += [t for t in found if t not in tags]
            risks.append(1.0 if alert_index is not None else 0.0)
        return {
            "id": conversation.id,
            "alert_index": alert_index,
            "max_risk": max(risks, default=0.0),
            "tags": tags if alert_index is not None else [],
            "risk": risks,
        }
