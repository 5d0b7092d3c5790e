"""Scores for a detector's SPEC §2 predictions against labelled conversations.

Conversation level: an alert anywhere in a grooming chat is a true positive, in a benign chat a false
positive. Delay is `alert_index - first_risk_index` in messages (negative: earlier than a careful
moderator); for a chat whose messages were sent in pieces (evasion.word_bursts, split_messages) both delays and
benign messages count the messages the sender meant (`meant_messages`), so a piece is not a message late.
F_latency follows eRisk: F1 times speed, speed = 1 - median penalty over true positives,
penalty(k) = -1 + 2 / (1 + e^(-p k)), p = ln 3 / 10, k = messages late (early counts as 0).
False alarms are alerted benign conversations per 1000 benign messages.
"""

from __future__ import annotations

import math
import statistics
from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass, field
from typing import Any

from device_app.core.conversations import TACTICS, Conversation

LATENCY_P = math.log(3) / 10
DELAY_BUDGETS: tuple[int | None, ...] = (0, 1, 2, 3, 5, 10, None)


def meant_messages(conv: Conversation) -> Sequence[int]:
    """For each message of `conv`, the index of the message its sender meant: itself, unless the chat was
    rewritten with messages sent in pieces (`extra["meant"]`, set by evasion's chunking transforms)."""
    meant = conv.extra.get("meant")
    return meant if meant is not None and len(meant) == len(conv.messages) else range(len(conv.messages))


def latency_penalty(messages_late: int) -> float:
    k = max(0, messages_late)
    return -1.0 + 2.0 / (1.0 + math.exp(-LATENCY_P * k))


def _f_beta(precision: float, recall: float, beta: float) -> float:
    if precision == 0 and recall == 0:
        return 0.0
    b2 = beta * beta
    return (1 + b2) * precision * recall / (b2 * precision + recall)


@dataclass
class Scores:
    conversations: int = 0
    grooming: int = 0
    benign: int = 0
    tp: int = 0
    fp: int = 0
    fn: int = 0
    precision: float = 0.0
    recall: float = 0.0
    f1: float = 0.0
    f05: float = 0.0
    median_delay: float | None = None
    delays: list[int] = field(default_factory=list)
    speed: float = 0.0
    f_latency: float = 0.0
    benign_messages: int = 0
    false_alarms_per_1000: float = 0.0
    tag_f1: float = 0.0
    per_tag_f1: dict[str, float] = field(default_factory=dict)
    tag_precision: float = 0.0  # of the tactics alerts named (any conversation), the share really used
    per_tag_precision: dict[str, float] = field(default_factory=dict)
    # delay budget k -> (precision, recall) counting only alerts at most k messages after first_risk_index
    at_delay: dict[str, tuple[float, float]] = field(default_factory=dict)

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def score_predictions(
    conversations: Sequence[Conversation], predictions: Mapping[str, Mapping[str, Any]]
) -> Scores:
    s = Scores()
    tag_tp = dict.fromkeys(TACTICS, 0)
    tag_fp = dict.fromkeys(TACTICS, 0)
    tag_fn = dict.fromkeys(TACTICS, 0)
    named_tp = dict.fromkeys(TACTICS, 0)
    named_all = dict.fromkeys(TACTICS, 0)
    for conv in conversations:
        pred = predictions[conv.id]
        alerted = pred.get("alert_index") is not None
        s.conversations += 1
        if alerted:
            used = {t for m in conv.messages for t in m.tags} if conv.is_grooming else set()
            for t in set(pred.get("tags") or []) & set(TACTICS):
                named_all[t] += 1
                named_tp[t] += int(t in used)
        if conv.is_grooming:
            s.grooming += 1
            if alerted:
                s.tp += 1
                fri = conv.first_risk_index if conv.first_risk_index is not None else 0
                meant = meant_messages(conv)
                s.delays.append(meant[int(pred["alert_index"])] - meant[fri])
            else:
                s.fn += 1
            gold = {t for m in conv.messages for t in m.tags}
            predicted = set(pred.get("tags") or [])
            for t in TACTICS:
                tag_tp[t] += int(t in gold and t in predicted)
                tag_fp[t] += int(t not in gold and t in predicted)
                tag_fn[t] += int(t in gold and t not in predicted)
        else:
            s.benign += 1
            s.benign_messages += len(set(meant_messages(conv)))
            if alerted:
                s.fp += 1
    s.precision = s.tp / (s.tp + s.fp) if s.tp + s.fp else 0.0
    s.recall = s.tp / (s.tp + s.fn) if s.tp + s.fn else 0.0
    s.f1 = _f_beta(s.precision, s.recall, 1.0)
    s.f05 = _f_beta(s.precision, s.recall, 0.5)
    if s.delays:
        s.median_delay = float(statistics.median(s.delays))
        s.speed = 1.0 - statistics.median(latency_penalty(d) for d in s.delays)
    s.f_latency = s.f1 * s.speed
    s.false_alarms_per_1000 = 1000.0 * s.fp / s.benign_messages if s.benign_messages else 0.0
    for t in TACTICS:
        denom = 2 * tag_tp[t] + tag_fp[t] + tag_fn[t]
        s.per_tag_f1[t] = 2 * tag_tp[t] / denom if denom else 0.0
    for t in TACTICS:
        s.per_tag_precision[t] = named_tp[t] / named_all[t] if named_all[t] else 0.0
    total_named = sum(named_all.values())
    s.tag_precision = sum(named_tp.values()) / total_named if total_named else 0.0
    for k in DELAY_BUDGETS:
        tp_k = sum(1 for d in s.delays if k is None or d <= k)
        s.at_delay["any" if k is None else f"<={k}"] = (
            tp_k / (tp_k + s.fp) if tp_k + s.fp else 0.0,
            tp_k / s.grooming if s.grooming else 0.0,
        )
    all_tp, all_fp, all_fn = sum(tag_tp.values()), sum(tag_fp.values()), sum(tag_fn.values())
    s.tag_f1 = 2 * all_tp / (2 * all_tp + all_fp + all_fn) if all_tp + all_fp + all_fn else 0.0
    return s


FIGURES: tuple[tuple[str, str, str], ...] = (
    ("precision", "precision", ".3f"),
    ("recall", "recall", ".3f"),
    ("f1", "F1", ".3f"),
    ("f05", "F0.5", ".3f"),
    ("median_delay", "median delay (msgs)", ".1f"),
    ("f_latency", "F_latency", ".3f"),
    ("false_alarms_per_1000", "false alarms / 1000 benign msgs", ".2f"),
    ("tag_precision", "tactic precision (named)", ".3f"),
    ("tag_f1", "tag F1 (micro)", ".3f"),
)


def format_table(columns: Mapping[str, Scores]) -> str:
    """A plain-text table: one row per figure, one column per detector."""
    names = list(columns)
    width = max(len(label) for _, label, _ in FIGURES) + 2
    col = max(16, *(len(n) + 2 for n in names))
    lines = ["".ljust(width) + "".join(n.rjust(col) for n in names)]
    for key, label, fmt in FIGURES:
        cells = []
        for n in names:
            value = getattr(columns[n], key)
            cells.append(("n/a" if value is None else format(value, fmt)).rjust(col))
        lines.append(label.ljust(width) + "".join(cells))
    for budget in columns[names[0]].at_delay:
        cells = []
        for n in names:
            p, r = columns[n].at_delay.get(budget, (0.0, 0.0))
            cells.append(f"{p:.2f} / {r:.2f}".rjust(col))
        lines.append(f"P / R at delay {budget}".ljust(width) + "".join(cells))
    first = columns[names[0]]
    lines.append(
        f"({first.conversations} conversations: {first.grooming} grooming, {first.benign} benign "
        f"with {first.benign_messages} messages)"
    )
    return "\n".join(lines)
