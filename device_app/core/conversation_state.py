"""Facts a conversation establishes once and the model needs long after: who said how old they are,
how far into the chat we are, how each speaker opened.

The context window holds only the last few messages, but "im 24" said twenty messages ago is what turns
"ur so mature" from a classmate's compliment into a grooming move, and "saw u on jamie's story" from an
account nobody knows reads differently from "hiii its me from maths". `ConversationFacts` keeps those
facts as the chat goes on and turns them into a handful of state tokens that the featuriser places at the
front of the context segment (FeaturiserSettings.state_tokens). Pure Python over normalised tokens, a few
microseconds per message.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

MIN_AGE = 8
MAX_AGE = 79
OPENING_TOKENS = 6
# "im 5 mins away", "im 20 min late": a number followed by one of these is not an age
_NOT_AGE_UNITS = frozenset({
    "min", "mins", "minute", "minutes", "sec", "secs", "second", "seconds", "hour", "hours", "hr", "hrs",
    "h", "m", "km", "miles", "mi", "pm", "am", "percent", "quid", "pounds", "dollars", "bucks", "k",
    "robux", "vbucks", "points", "pts", "ft", "feet", "cm", "kg", "lbs",
})  # fmt: skip
_SELF = frozenset({"im", "iam"})
_AGE_WORDS = frozenset({"yo", "yrs", "years", "year", "yr"})
_BARE_AGE_TAIL = frozenset({"wbu", "you", "u", "and", "hbu", "lol", "too", "now", "nearly", "almost"})


def _age(token: str) -> int | None:
    if not (token.isascii() and token.isdigit()) or len(token) > 2:  # "²³" is a digit to isdigit, not to int
        return None
    n = int(token)
    return n if MIN_AGE <= n <= MAX_AGE else None


def stated_age(tokens: Sequence[str]) -> int | None:
    """The age a message's writer gives for themself ("im 24", "i am 13", "im ella 16", "24 yo"), or None."""
    for i, tok in enumerate(tokens):
        n = _age(tok)
        if n is None:
            continue
        after = tokens[i + 1] if i + 1 < len(tokens) else ""
        if after in _NOT_AGE_UNITS:
            continue
        before = tokens[max(0, i - 2) : i]
        if before[-1:] and before[-1] in _SELF:
            return n
        if len(before) == 2 and (before[0] in _SELF or before == ["i", "am"]) and before[1].isalpha():
            return n  # "im ella 16", "im like 12"; "i am 13" lands here too
        if after in _AGE_WORDS:
            return n
    return None


def bare_age(tokens: Sequence[str]) -> int | None:
    """A reply that is just an age ("13", "13 wbu", "12 lol"): what a child answers to "how old r u"."""
    if not tokens or len(tokens) > 3 or any(t.isdigit() for t in tokens[1:]):
        return None
    n = _age(tokens[0])
    if n is None or not all(t in _BARE_AGE_TAIL or not t[0].isalnum() for t in tokens[1:]):
        return None
    return n


def addressed_age(tokens: Sequence[str]) -> int | None:
    """An age the writer gives for the reader ("ur 13 right?", "so your 12"), or None."""
    for i in range(len(tokens) - 1):
        unit = tokens[i + 2] if i + 2 < len(tokens) else ""
        if (
            tokens[i] in ("your", "youre", "ur")
            and (n := _age(tokens[i + 1])) is not None
            and unit not in _NOT_AGE_UNITS
        ):
            return n
    return None


def age_band(age: int) -> str:
    if age <= 12:
        return "child"
    if age <= 15:
        return "young_teen"
    if age <= 17:
        return "teen"
    if age <= 24:
        return "young_adult"
    return "adult"


def _position_band(n: int) -> str:
    for limit, name in ((0, "0"), (2, "1-2"), (5, "3-5"), (10, "6-10"), (20, "11-20"), (40, "21-40")):
        if n <= limit:
            return name
    return "41+"


@dataclass
class ConversationFacts:
    """What the conversation has established so far; `observe` every message in order, `tokens` before
    featurising the next contact message."""

    messages: int = 0
    child_age: int | None = None
    contact_ages: dict[str | None, int] = field(default_factory=dict)
    openings: dict[str | None, list[str]] = field(default_factory=dict)
    spoken: dict[str | None, int] = field(default_factory=dict)

    def copy(self) -> ConversationFacts:
        """An independent copy (the featuriser keeps one from before a burst, to read the burst whole)."""
        return ConversationFacts(
            self.messages, self.child_age, dict(self.contact_ages), dict(self.openings), dict(self.spoken)
        )

    def observe(self, tokens: Sequence[str], from_child: bool, speaker: str | None) -> None:
        self.messages += 1
        words = [t for t in tokens if t[:1].isalnum()]
        if from_child:
            age = stated_age(words) or bare_age(words)
            if age is not None:
                self.child_age = age
            return
        own = stated_age(words)
        if own is not None:
            self.contact_ages[speaker] = own
        told = addressed_age(words)
        if told is not None and self.child_age is None:
            self.child_age = told
        self.openings.setdefault(speaker, words[:OPENING_TOKENS])
        self.spoken[speaker] = self.spoken.get(speaker, 0) + 1

    def tokens(self, speaker: str | None) -> list[str]:
        """State tokens for the next message from `speaker` (a contact)."""
        out = [f"pos:{_position_band(self.messages)}", f"said:{_position_band(self.spoken.get(speaker, 0))}"]
        contact = self.contact_ages.get(speaker)
        if contact is not None:
            out.append(f"contact_age:{age_band(contact)}")
        if self.child_age is not None:
            out.append(f"child_age:{age_band(self.child_age)}")
        if contact is not None and self.child_age is not None:
            gap = contact - self.child_age
            out.append(
                "age_gap:adult_minor"
                if contact >= 18 and self.child_age < 18
                else f"age_gap:{_gap_band(gap)}"
            )
        if self.spoken.get(speaker):
            out += [f"open:{t}" for t in self.openings.get(speaker, [])]
        return out


def _gap_band(gap: int) -> str:
    if gap <= -3:
        return "younger"
    if gap <= 2:
        return "peer"
    return "older"
