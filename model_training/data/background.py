"""A large benign background: everyday chats that a child-safety model must stay quiet on.

False alarms per 1,000 benign messages is the number parents notice, and a few hundred hand-written benign
seeds cannot measure it. This generator assembles thousands of chats (school, games, sport, family logistics,
group chats, support bots, video comments, ...) from the pools in background_phrases.py: per conversation one
topic, slots fixed for the whole chat, a greeting, several exchanges, maybe a second topic and a lookalike
exchange ("don't tell anyone I lost lol"), a closer, then per-speaker typing style from augment.py.

`part="train"` and `part="test"` draw on disjoint quarters of every exchange pool, so a false-alarm rate
measured on background_test is not flattered by templates the model saw in training.
"""

from __future__ import annotations

import random
import re
from collections.abc import Iterator
from dataclasses import dataclass

from device_app.core.conversations import Conversation, Message
from model_training.data.augment import perturb_text
from model_training.data.background_phrases import (
    CLOSERS,
    GREETINGS,
    PREFIXES,
    REACTIONS,
    SLOTS,
    SUFFIXES,
    TOPICS,
)

PARTS = ("all", "train", "test")
_SLOT = re.compile(r"\{(\w+)\}")
_FRESH = frozenset({"emoji", "n", "score", "money"})  # drawn anew at every use; other slots hold for a chat

Exchange = tuple[tuple[str, str], ...]  # ((role "C"/"K", template), ...)


@dataclass(frozen=True)
class Topic:
    name: str
    relation: str
    platforms: tuple[str, ...]
    symmetric: bool  # both sides are kids: the child may ask as well as answer
    weight: int
    exchanges: tuple[Exchange, ...]


def parse_exchange(spec: str) -> Exchange:
    """ "C: hi | K: hey" -> (("C", "hi"), ("K", "hey"))."""
    lines = []
    for part in spec.split(" | "):
        role, _, text = part.partition(": ")
        if role not in ("C", "K") or not text:
            raise ValueError(f"bad exchange line {part!r} in {spec!r}")
        lines.append((role, text))
    return tuple(lines)


def _held_out(items: tuple[str, ...], part: str) -> tuple[str, ...]:
    """Every fourth item belongs to the test part; train gets the rest; 'all' gets everything."""
    if part == "all":
        return items
    return tuple(x for i, x in enumerate(items) if (i % 4 == 3) == (part == "test"))


def topics(part: str = "all") -> tuple[Topic, ...]:
    if part not in PARTS:
        raise ValueError(f"part must be one of {PARTS}, got {part!r}")
    return tuple(
        Topic(name, rel, plats, sym, w, tuple(parse_exchange(e) for e in _held_out(ex, part)))
        for name, rel, plats, sym, w, ex in TOPICS
    )


class _Chat:
    """One conversation being written: slot values, speaker styles, messages."""

    def __init__(self, rng: random.Random, relation: str) -> None:
        self.rng = rng
        self.values: dict[str, str] = {}
        self.messages: list[Message] = []
        kid = rng.uniform(0.05, 0.45)
        contact = {"bot": 0.0, "parent": rng.uniform(0.0, 0.1)}.get(relation, rng.uniform(0.05, 0.45))
        self.strength = {"C": contact, "K": kid}
        self.capitalise = {"C": relation in ("bot", "parent") or rng.random() < 0.3, "K": rng.random() < 0.25}
        self.casual = {"C": relation not in ("bot", "parent"), "K": True}

    def fill(self, template: str) -> str:
        def slot(m: re.Match[str]) -> str:
            key = m.group(1)
            if key in _FRESH:
                return self.rng.choice(SLOTS[key])
            if key not in self.values:
                self.values[key] = self.rng.choice(SLOTS[key])
            return self.values[key]

        return _SLOT.sub(slot, template)

    def say(self, role: str, template: str) -> None:
        text = self.fill(template)
        if self.casual[role] and len(text) > 6:
            if self.rng.random() < 0.12:
                text = f"{self.rng.choice(PREFIXES)} {text}"
            if self.rng.random() < 0.1:
                text = f"{text} {self.rng.choice(SUFFIXES)}"
        if self.capitalise[role]:
            text = text[:1].upper() + text[1:]
        text = perturb_text(text, self.rng, self.strength[role])
        self.messages.append(Message(sender="contact" if role == "C" else "child", text=text))

    def exchange(self, ex: Exchange, flip: bool) -> None:
        for role, template in ex:
            if flip:
                role = "K" if role == "C" else "C"
            self.say(role, template)
            if self.rng.random() < 0.08:  # a second message straight after: "lol", "wait"
                self.say(role, self.rng.choice(REACTIONS))


def _conversation(cid: str, rng: random.Random, pool: tuple[Topic, ...], part: str) -> Conversation:
    topic = rng.choices(pool, weights=[t.weight for t in pool])[0]
    chat = _Chat(rng, topic.relation)
    greetings = _held_out(GREETINGS[topic.relation], part)
    if greetings and rng.random() < 0.8:
        chat.exchange(parse_exchange(rng.choice(greetings)), flip=False)
    plan = rng.sample(topic.exchanges, min(len(topic.exchanges), rng.randint(3, 6)))
    same_relation = [t for t in pool if t.relation == topic.relation and t.name != topic.name]
    lookalikes = [t for t in same_relation if t.name.startswith("lookalike")]
    others = [t for t in same_relation if not t.name.startswith("lookalike")]
    if others and rng.random() < 0.3:
        second = rng.choice(others)
        plan += rng.sample(second.exchanges, min(len(second.exchanges), rng.randint(1, 2)))
    if lookalikes and rng.random() < 0.35:
        plan.insert(rng.randrange(len(plan) + 1), rng.choice(rng.choice(lookalikes).exchanges))
    for ex in plan:
        chat.exchange(ex, flip=topic.symmetric and rng.random() < 0.5)
        if topic.relation != "bot" and rng.random() < 0.25:
            chat.say(rng.choice("CK"), rng.choice(REACTIONS))
    closers = _held_out(CLOSERS[topic.relation], part)
    if closers and rng.random() < 0.6:
        chat.exchange(parse_exchange(rng.choice(closers)), flip=False)
    return Conversation(
        id=cid,
        messages=tuple(chat.messages),
        label="benign",
        first_risk_index=None,
        platform=rng.choice(topic.platforms),
        child_age=rng.randint(8, 16),
        scenario=f"background: {topic.name.replace('_', ' ')}",
    )


def iter_background(n: int, seed: int, part: str = "all", prefix: str = "bg") -> Iterator[Conversation]:
    """Yield n benign conversations (ids prefix-00000, ...), the same ones for the same seed and part."""
    rng = random.Random(seed)
    pool = topics(part)
    for i in range(n):
        yield _conversation(f"{prefix}-{i:05d}", rng, pool, part)


def generate_background(
    n: int = 2000, seed: int = 0, part: str = "all", prefix: str = "bg"
) -> list[Conversation]:
    """n benign conversations: label benign, no tags, first_risk_index null."""
    return list(iter_background(n, seed, part, prefix))
