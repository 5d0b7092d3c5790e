"""Training examples: one row per contact message, featurised by the device's own featuriser.

Targets per row: [grooming, 8 tactics]. `grooming` is 1 for a contact message that carries a tactic
in a grooming chat: "this message, in its context, is a grooming move". The tracker, not the model,
accumulates moves into a conversation risk. Untagged small talk inside a grooming chat is ambiguous
and gets target 0 with a low weight; tactic messages before the moderator's `first_risk_index` are
early build-up and get a reduced weight. (An earlier version labelled every message after the first
risk as 1; the model then learnt "long conversation = grooming" and alerted on long benign chats.)
Each conversation also appears with the child's messages removed, because a notification listener
only sees the contact's side.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from device_app.core.conversations import TACTICS, Conversation, Message
from device_app.core.featuriser import Featuriser, featurise_conversation
from device_app.core.pipeline import LABELS

PRE_RISK_WEIGHT = 0.6
SMALL_TALK_WEIGHT = 0.25
ONSET_MOVES = 2


@dataclass
class Examples:
    x: np.ndarray  # int32 [n, input_len]
    y: np.ndarray  # float32 [n, len(LABELS)]
    w: np.ndarray  # float32 [n]
    conversation: np.ndarray  # int32 [n]: index into the source conversation list
    message: np.ndarray  # int32 [n]: the message's index in its conversation (both views)
    contact_only: np.ndarray  # bool [n]: the row comes from the view without the child's messages

    def __len__(self) -> int:
        return len(self.x)


def contact_only(conv: Conversation) -> tuple[list[Message], list[int]]:
    """The contact's messages and their original indexes (what `--contact-only` scans)."""
    kept = [(i, m) for i, m in enumerate(conv.messages) if not m.from_child]
    return [m for _, m in kept], [i for i, _ in kept]


def first_risk(conv: Conversation) -> int:
    """The first sign's index; a grooming chat without one counts from its first message."""
    return conv.first_risk_index if conv.first_risk_index is not None else 0


def _targets(conv: Conversation, index: int, message: Message) -> tuple[list[float], float]:
    tags = [1.0 if t in message.tags else 0.0 for t in TACTICS]
    if not conv.is_grooming:
        return [0.0, *tags], 1.0
    if not message.tags:
        return [0.0, *tags], SMALL_TALK_WEIGHT
    return [1.0, *tags], 1.0 if index >= first_risk(conv) else PRE_RISK_WEIGHT


def _onset(conv: Conversation) -> set[int]:
    """Indexes of the first ONSET_MOVES tagged contact messages at or after the first risk."""
    if not conv.is_grooming:
        return set()
    fri = first_risk(conv)
    moves = [i for i, m in enumerate(conv.messages) if i >= fri and m.tags and not m.from_child]
    return set(moves[:ONSET_MOVES])


def build_examples(
    featuriser: Featuriser,
    conversations: Sequence[Conversation],
    *,
    with_contact_only: bool = True,
    onset_weight: float = 1.0,
) -> Examples:
    xs: list[np.ndarray] = []
    ys: list[list[float]] = []
    ws: list[float] = []
    cs: list[int] = []
    ms: list[int] = []
    vs: list[bool] = []
    for ci, conv in enumerate(conversations):
        onset = _onset(conv) if onset_weight != 1.0 else set()
        views = [(list(conv.messages), list(range(len(conv.messages))))]
        if with_contact_only and any(m.from_child for m in conv.messages):
            views.append(contact_only(conv))
        for view, (messages, indexes) in enumerate(views):
            rows = featurise_conversation(featuriser, messages)
            for row, message, index in zip(rows, messages, indexes, strict=True):
                if message.from_child:
                    continue
                target, weight = _targets(conv, index, message)
                if index in onset:
                    weight *= onset_weight
                xs.append(row)
                ys.append(target)
                ws.append(weight)
                cs.append(ci)
                ms.append(index)
                vs.append(view == 1)
    width = featuriser.settings.input_len
    return Examples(
        x=np.stack(xs) if xs else np.zeros((0, width), dtype=np.int32),
        y=np.asarray(ys, dtype=np.float32).reshape(-1, len(LABELS)),
        w=np.asarray(ws, dtype=np.float32),
        conversation=np.asarray(cs, dtype=np.int32),
        message=np.asarray(ms, dtype=np.int32),
        contact_only=np.asarray(vs, dtype=bool),
    )
