"""Seeded recombination: new labelled conversations built from pieces of seed conversations.

A few hundred hand-written chats cannot show every shape grooming takes. Recombining them teaches the model
that risk can follow a long friendly opening, arrive slowly between small talk, or be judged from only the
first risky message, while benign chats grow as long as grooming ones, so length does not give the label
away. Every output is SPEC §1 valid: label kept, tags kept on the messages that carried them,
first_risk_index moved with its message. Ids are the source ids joined by an
op suffix ("g-004~open3+b-011") and `extra["derived_from"]` lists every seed id used, so outputs are traceable
and the split builder can check that no seed leaks across splits.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import replace

from device_app.core.conversations import Conversation, Message


def seed_ids(conv: Conversation) -> list[str]:
    """The seed conversations `conv` descends from (itself, if it is a seed)."""
    return list(conv.extra.get("derived_from", [conv.id]))


def _derive(
    base: Conversation, new_id: str, messages: Sequence[Message], fri: int | None, *sources: Conversation
) -> Conversation:
    origin = sorted({sid for c in (base, *sources) for sid in seed_ids(c)})
    return replace(
        base,
        id=new_id,
        messages=tuple(messages),
        first_risk_index=fri,
        extra={**base.extra, "derived_from": origin},
    )


def _window(donor: Conversation, rng: random.Random, lo: int, hi: int) -> tuple[Message, ...]:
    """A run of lo..hi consecutive messages from `donor` (fewer if it is shorter)."""
    size = min(len(donor.messages), rng.randint(lo, hi))
    start = rng.randrange(len(donor.messages) - size + 1)
    return donor.messages[start : start + size]


def _pick_donor(pool: Sequence[Conversation], platform: str, rng: random.Random) -> Conversation:
    """A donor from the same platform when there is one, so openings sound like the same app."""
    same = [c for c in pool if c.platform == platform]
    return rng.choice(same or list(pool))


def prepend_opening(target: Conversation, benign: Conversation, k: int) -> Conversation:
    """The first k messages of a benign chat, then `target`: a long friendly lead-in before any risk."""
    k = min(k, len(benign.messages))
    fri = None if target.first_risk_index is None else target.first_risk_index + k
    return _derive(
        target, f"{target.id}~open{k}+{benign.id}", benign.messages[:k] + target.messages, fri, benign
    )


def interleave_smalltalk(
    grooming: Conversation, donors: Sequence[Conversation], rng: random.Random, rate: float = 0.6
) -> Conversation:
    """Slow grooming: benign exchanges (2-4 messages) inserted before tactic messages after the first risk."""
    fri = grooming.first_risk_index
    assert fri is not None, "interleave_smalltalk needs a grooming conversation"
    msgs = grooming.messages
    spots = [i for i in range(fri + 1, len(msgs)) if msgs[i].tags] or list(range(fri + 1, len(msgs))) or [fri]
    chosen = [i for i in spots if rng.random() < rate] or [rng.choice(spots)]
    used = {i: _pick_donor(donors, grooming.platform, rng) for i in chosen}
    inserts = {i: _window(d, rng, 2, 4) for i, d in used.items()}
    out: list[Message] = []
    new_index: dict[int, int] = {}
    for i, m in enumerate(msgs):
        out.extend(inserts.get(i, ()))
        new_index[i] = len(out)
        out.append(m)
    return _derive(grooming, f"{grooming.id}~slow{len(chosen)}", out, new_index[fri], *used.values())


def splice(opening: Conversation, tactics: Conversation) -> Conversation:
    """Everything before `opening`'s first risk, then `tactics` from its first risk on."""
    a, b = opening.first_risk_index, tactics.first_risk_index
    assert a is not None and b is not None and a >= 1, "splice needs two grooming conversations"
    messages = opening.messages[:a] + tactics.messages[b:]
    return _derive(opening, f"{opening.id}~splice+{tactics.id}", messages, a, tactics)


def truncate_after_first_risk(grooming: Conversation, keep_after: int = 0) -> Conversation:
    """Cut the chat just after its first risk: an early-detection example, still labelled grooming."""
    fri = grooming.first_risk_index
    assert fri is not None, "truncate_after_first_risk needs a grooming conversation"
    end = min(len(grooming.messages), fri + 1 + keep_after)
    return _derive(grooming, f"{grooming.id}~early{keep_after}", grooming.messages[:end], fri)


def extend_benign(benign: Conversation, donor: Conversation, rng: random.Random) -> Conversation:
    """A benign chat that carries on with 3-10 more benign messages: long chats must not look risky."""
    more = _window(donor, rng, 3, 10)
    return _derive(benign, f"{benign.id}~more{len(more)}+{donor.id}", benign.messages + more, None, donor)


def unique_ids(convs: Sequence[Conversation]) -> list[Conversation]:
    """Give repeated ids a ".2", ".3" suffix (the same op on the same sources can recur)."""
    seen: dict[str, int] = {}
    out: list[Conversation] = []
    for c in convs:
        n = seen.get(c.id, 0) + 1
        seen[c.id] = n
        out.append(c if n == 1 else replace(c, id=f"{c.id}.{n}"))
    return out


def _grooming_variant(
    g: Conversation, grooming: Sequence[Conversation], benign: Sequence[Conversation], rng: random.Random
) -> Conversation | None:
    fri = g.first_risk_index
    if fri is None:
        return None
    partners = [p for p in grooming if p.id != g.id and p.first_risk_index is not None]
    ops: list[str] = []
    if benign:
        ops += ["open", "slow"]
    if partners and (fri >= 1 or any(p.first_risk_index for p in partners)):
        ops.append("splice")
    if fri < len(g.messages) - 1:
        ops.append("early")
    if not ops:
        return None
    op = rng.choice(ops)
    if op == "open":
        donor = _pick_donor(benign, g.platform, rng)
        return prepend_opening(g, donor, rng.randint(2, 8))
    if op == "slow":
        return interleave_smalltalk(g, benign, rng)
    if op == "splice":
        # g gives the opening or the tactics; a partner gives the other half (an opening needs fri >= 1).
        if fri >= 1 and rng.random() < 0.5:
            return splice(g, rng.choice(partners))
        openers = [p for p in partners if p.first_risk_index]
        return splice(rng.choice(openers), g) if openers else splice(g, rng.choice(partners))
    return truncate_after_first_risk(g, rng.randint(0, min(2, len(g.messages) - fri - 2)))


def _benign_variant(b: Conversation, donors: Sequence[Conversation], rng: random.Random) -> Conversation:
    """A longer benign chat: benign opening, benign continuation, or both. Seed benign chats are shorter
    than grooming ones; without this, conversation length alone would separate the labels."""
    op = rng.choice(("open", "more", "both"))
    out = b
    if op in ("open", "both"):
        out = prepend_opening(out, _pick_donor(donors, b.platform, rng), rng.randint(3, 10))
    if op in ("more", "both"):
        out = extend_benign(out, _pick_donor(donors, b.platform, rng), rng)
    return out


def recombine_split(
    grooming: Sequence[Conversation],
    benign: Sequence[Conversation],
    rng: random.Random,
    per_conversation: int,
) -> list[Conversation]:
    """`per_conversation` recombined variants of each grooming chat and of each benign chat.

    Only the conversations passed in are used as material, so calling it once per split keeps every
    descendant inside its seed's split.
    """
    out: list[Conversation] = []
    for g in grooming:
        for _ in range(per_conversation):
            v = _grooming_variant(g, grooming, benign, rng)
            if v is not None:
                out.append(v)
    donors = [b for b in benign if len(b.messages) >= 2]
    for b in benign:
        others = [d for d in donors if d.id != b.id]
        for _ in range(per_conversation if others else 0):
            out.append(_benign_variant(b, others, rng))
    return unique_ids(out)
