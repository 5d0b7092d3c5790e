"""`errors`: which chats the detector gets wrong, grouped by the seed chat they come from."""

import json
from dataclasses import replace
from pathlib import Path

import pytest

from device_app.core.bundle import PolicySettings
from device_app.core.conversations import Conversation, Message
from device_app.core.tracker import MessageScores
from model_training.cli import main
from model_training.errors import classify, find_mistakes, printable
from model_training.policy import ScoredSet

# alert on any one contact message whose grooming score reaches 0.9, and on nothing else
POLICY = replace(PolicySettings(), sustained_run=1, sustained_grooming=0.9, alert_threshold=1.01,
                 instant_thresholds={}, multi_tactic_threshold=1.01)  # fmt: skip


def chat(cid: str, label: str, first: int | None, values: list[float | None], seeds: list[str] | None = None):
    """A chat and its cached scores: one grooming score per message, None for the child's messages."""
    messages = tuple(
        Message("child" if v is None else "contact", f"message {i}") for i, v in enumerate(values)
    )
    extra = {"derived_from": seeds} if seeds else {}
    conv = Conversation(cid, messages, label=label, first_risk_index=first, extra=extra)
    cached = [
        (i, None if v is None else MessageScores(v, {"secrecy": v / 2}), None, False) for i, v in enumerate(values)
    ]
    return conv, cached


def scored(*chats) -> ScoredSet:
    return ScoredSet([c for c, _ in chats], [cc for _, cc in chats], [cc for _, cc in chats])


def test_a_benign_chat_that_alerts_is_a_false_alarm_showing_the_message_that_fired():
    (mistake,) = find_mistakes(POLICY, scored(chat("b", "benign", None, [0.1, None, 0.95, 0.2])))
    assert mistake.kind == "false alarm" and mistake.example == "b"
    assert [e.index for e in mistake.evidence] == [2]
    assert mistake.evidence[0].tactic == "secrecy" and mistake.evidence[0].text == "message 2"


def test_a_grooming_chat_that_never_alerts_is_missed_with_its_highest_scored_messages_in_order():
    (mistake,) = find_mistakes(POLICY, scored(chat("g", "grooming", 1, [0.2, 0.8, None, 0.1, 0.85, 0.7])))
    assert mistake.kind == "missed"
    assert [e.index for e in mistake.evidence] == [1, 4, 5]


def test_an_alert_more_than_one_message_after_the_first_sign_is_late_beside_the_first_sign():
    conv, cached = chat("g", "grooming", 1, [0.1, 0.5, None, 0.95])
    mistake = classify(conv, cached, alert_index=3, late_after=1)
    assert mistake is not None and mistake.kind == "late" and mistake.delay == 2
    assert [e.index for e in mistake.evidence] == [1, 3]
    assert classify(conv, cached, alert_index=3, late_after=2) is None


def test_chats_the_detector_gets_right_are_not_listed():
    right = scored(chat("g", "grooming", 0, [0.95, None]), chat("b", "benign", None, [0.2, None, 0.3]))
    assert find_mistakes(POLICY, right) == []


def test_variants_of_one_seed_chat_are_listed_once_with_their_count():
    variants = [chat(f"s1~aug{n}", "benign", None, [0.97], seeds=["s1"]) for n in range(3)]
    other = chat("s2", "benign", None, [0.99])
    mistakes = find_mistakes(POLICY, scored(*variants, other))
    assert [(m.origin, m.example, m.variants) for m in mistakes] == [
        ("s1", "s1~aug0", ["s1~aug1", "s1~aug2"]),
        ("s2", "s2", []),
    ]


def test_missed_chats_come_before_late_ones_and_false_alarms():
    mistakes = find_mistakes(POLICY, scored(
        chat("b", "benign", None, [0.95]), chat("late", "grooming", 0, [0.2, None, 0.95]),
        chat("miss", "grooming", 0, [0.3]),
    ))  # fmt: skip
    assert [m.kind for m in mistakes] == ["missed", "late", "false alarm"]


def test_printable_text_escapes_direction_invisible_and_control_characters():
    assert printable("a\u202eb\u200bc\nd\x07") == "a\\u202eb\\u200bc\\u000ad\\u0007"


def test_printable_text_is_cut_to_one_short_line():
    out = printable("x" * 10_000, limit=20)
    assert len(out) == 20 and out.endswith("…")


def _write(path: Path, chats: list[dict]) -> Path:
    path.write_text("".join(json.dumps(c) + "\n" for c in chats), encoding="utf-8")
    return path


def test_the_command_lists_a_blunt_threat_labelled_benign_as_a_false_alarm(tmp_path, capsys):
    threat = {"id": "mislabelled", "label": "benign", "first_risk_index": None, "platform": "dm", "messages": [
        {"sender": "contact", "text": "i have ur pics. send £100 in 1 hour or everyone at ur school sees them", "tags": []},
    ]}  # fmt: skip
    assert main(["errors", str(_write(tmp_path / "set.jsonl", [threat]))]) == 0
    out = capsys.readouterr().out
    assert out.startswith("set.jsonl: 1 chats; 0 missed, 0 late, 1 false alarm")
    assert "false alarm: mislabelled" in out and "#0" in out


def test_the_command_refuses_an_empty_file_with_a_clear_error(tmp_path, capsys):
    assert main(["errors", str(_write(tmp_path / "empty.jsonl", []))]) == 2
    assert "no conversations" in capsys.readouterr().err


def test_the_command_refuses_a_missing_file_with_a_clear_error(tmp_path, capsys):
    assert main(["errors", str(tmp_path / "nowhere.jsonl")]) == 2
    assert "nowhere.jsonl" in capsys.readouterr().err


def test_the_command_refuses_a_negative_lateness(capsys):
    assert main(["errors", "x.jsonl", "--late-after", "-1"]) == 2
    assert "errors: --late-after must be 0 or more" in capsys.readouterr().err


def test_the_command_refuses_a_lateness_that_is_not_a_number(capsys):
    with pytest.raises(SystemExit):
        main(["errors", "x.jsonl", "--late-after", "nope"])
    assert "invalid int value: 'nope'" in capsys.readouterr().err
