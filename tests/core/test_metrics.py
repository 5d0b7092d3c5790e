"""Evaluation figures on hand-made predictions, so their definitions are pinned down."""

import math

import pytest

from device_app.core.conversations import Conversation, Message
from model_training.baseline import KeywordScanner
from model_training.metrics import latency_penalty, score_predictions


def conv(cid: str, label: str, n: int = 4, fri: int | None = None, tags=()) -> Conversation:
    msgs = tuple(Message("contact", "x", tuple(tags) if i == 0 else ()) for i in range(n))
    return Conversation(cid, msgs, label=label, first_risk_index=fri)


CONVS = [
    conv("g1", "grooming", fri=1, tags=("secrecy",)),
    conv("g2", "grooming", fri=0, tags=("gifts",)),
    conv("b1", "benign", n=10),
    conv("b2", "benign", n=10),
]


def test_precision_recall_and_false_alarm_rate():
    preds = {
        "g1": {"alert_index": 3, "tags": ["secrecy"]},
        "g2": {"alert_index": None, "tags": []},
        "b1": {"alert_index": 2, "tags": ["gifts"]},
        "b2": {"alert_index": None, "tags": []},
    }
    s = score_predictions(CONVS, preds)
    assert (s.tp, s.fp, s.fn) == (1, 1, 1)
    assert s.precision == 0.5 and s.recall == 0.5 and s.f1 == 0.5
    assert s.false_alarms_per_1000 == pytest.approx(1000 / 20)
    assert s.delays == [2] and s.median_delay == 2


def test_latency_penalty_is_zero_on_time_and_half_at_ten_messages_late():
    assert latency_penalty(0) == 0.0
    assert latency_penalty(-3) == 0.0  # early alerts are not penalised
    assert latency_penalty(10) == pytest.approx(-1 + 2 / (1 + math.exp(-math.log(3))))  # = 0.5


def test_tag_f1_compares_named_tactics_with_the_gold_tags():
    preds = {
        "g1": {"alert_index": 1, "tags": ["secrecy", "meeting"]},
        "g2": {"alert_index": 0, "tags": ["gifts"]},
        "b1": {"alert_index": None, "tags": []},
        "b2": {"alert_index": None, "tags": []},
    }
    s = score_predictions(CONVS, preds)
    assert s.tag_f1 == pytest.approx(2 * 2 / (2 * 2 + 1 + 0))
    assert s.per_tag_f1["meeting"] == 0.0 and s.per_tag_f1["gifts"] == 1.0


def test_keyword_baseline_alerts_on_the_first_listed_phrase():
    c = Conversation("k", (Message("contact", "hi"), Message("child", "hey"), Message("contact", "add me on sn@p")))
    out = KeywordScanner().scan(c)
    assert out["alert_index"] == 2 and out["tags"] == ["platform_move"]


def test_keyword_baseline_names_a_blackmail_threat_as_coercion():
    c = Conversation("k", (Message("contact", "hi"), Message("contact", "pay me 200 or i will send them to ur school")))
    out = KeywordScanner().scan(c)
    assert out["alert_index"] == 1 and out["tags"] == ["coercion"]


def _sent_in_pieces(cid: str, label: str, fri: int | None = None) -> Conversation:
    """Two messages the sender meant, each sent as three pieces."""
    msgs = tuple(Message("contact", "x") for _ in range(6))
    return Conversation(cid, msgs, label=label, first_risk_index=fri, extra={"meant": (0, 0, 0, 1, 1, 1)})


def test_an_alert_on_the_last_piece_of_the_first_risky_message_is_on_time():
    s = score_predictions([_sent_in_pieces("g", "grooming", fri=3)], {"g": {"alert_index": 5, "tags": []}})
    assert s.delays == [0]


def test_false_alarms_count_per_1000_messages_meant_not_per_piece():
    s = score_predictions([_sent_in_pieces("b", "benign")], {"b": {"alert_index": 4, "tags": []}})
    assert s.false_alarms_per_1000 == pytest.approx(1000 / 2)
