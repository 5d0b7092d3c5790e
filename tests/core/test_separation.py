"""Policy-free separation: the early-window ROC AUC that compares training recipes."""

import json
from pathlib import Path

import pytest

from device_app.core.conversations import Conversation, Message
from device_app.core.tracker import MessageScores
from model_training.cli import main
from model_training.policy import ScoredSet
from model_training.separation import roc_auc, separation


def scores(grooming: float) -> MessageScores:
    return MessageScores(grooming=grooming, tactics={})


def scored_set(chats: list[tuple[str, int | None, list[float | None]]]) -> ScoredSet:
    """(label, first_risk_index, per-message grooming scores; None marks a child's message)."""
    conversations, cached = [], []
    for n, (label, first, values) in enumerate(chats):
        messages = tuple(Message("child" if v is None else "contact", "x") for v in values)
        conversations.append(Conversation(f"c{n}", messages, label=label, first_risk_index=first))
        cached.append([(i, None if v is None else scores(v), None, False) for i, v in enumerate(values)])
    return ScoredSet(conversations, cached, cached)


def test_auc_is_one_when_every_positive_outscores_every_negative() -> None:
    assert roc_auc([0.9, 0.8], [0.1, 0.7]) == 1.0


def test_auc_is_zero_when_the_order_is_reversed() -> None:
    assert roc_auc([0.1], [0.9, 0.8]) == 0.0


def test_ties_count_half() -> None:
    assert roc_auc([0.5, 0.5], [0.5]) == 0.5
    assert roc_auc([0.6, 0.5], [0.5, 0.1]) == pytest.approx(0.875)


def test_auc_is_undefined_without_both_kinds_of_chat() -> None:
    assert roc_auc([0.9], []) is None and roc_auc([], [0.1]) is None


def test_only_the_messages_in_the_window_from_the_first_sign_count_for_a_grooming_chat() -> None:
    # first sign at 1; window 2 covers messages 1-2 (0.6, child); the 0.99 at 4 comes too late
    late = scored_set([("grooming", 1, [0.2, 0.6, None, 0.3, 0.99]), ("benign", None, [0.7, 0.1])])
    assert separation(late, window=2).auc == 0.0
    assert separation(late, window=4).auc == 1.0


def test_a_benign_chat_counts_its_highest_message_anywhere() -> None:
    chats = scored_set([("grooming", 0, [0.8]), ("benign", None, [0.1, 0.2, 0.95, 0.1])])
    result = separation(chats)
    assert result.auc == 0.0
    assert result.benign_over[0.95] == 1.0 and result.early_over[0.9] == 0.0


def write_set(path: Path) -> Path:
    chats = [
        {"id": "g", "label": "grooming", "first_risk_index": 0, "platform": "game_chat", "messages": [
            {"sender": "contact", "text": "ur so mature for 12, dont tell ur mum we talk", "tags": ["secrecy"]},
            {"sender": "contact", "text": "send me a pic, just us", "tags": ["sexual"]}]},
        {"id": "b", "label": "benign", "first_risk_index": None, "platform": "game_chat", "messages": [
            {"sender": "contact", "text": "gg that was close", "tags": []}]},
    ]
    path.write_text("".join(json.dumps(c) + "\n" for c in chats), encoding="utf-8")
    return path


def test_the_command_scores_a_file_with_the_shipped_model(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["separation", str(write_set(tmp_path / "set.jsonl"))]) == 0
    row = capsys.readouterr().out.splitlines()[1].split()
    assert row[1] == "set.jsonl" and row[2] == "1/1" and 0.0 <= float(row[3]) <= 1.0


def test_the_command_refuses_an_empty_file_with_a_clear_error(tmp_path: Path,
                                                              capsys: pytest.CaptureFixture[str]) -> None:
    empty = tmp_path / "empty.jsonl"
    empty.write_text("", encoding="utf-8")
    assert main(["separation", str(empty)]) == 2
    assert "no conversations" in capsys.readouterr().err
