"""Choosing the epoch to export by the validation split's early-window separation (model_training.selection)."""

from dataclasses import replace

import numpy as np
import pytest

from device_app.core.conversations import conversation_from_dict, load_conversations
from device_app.core.featuriser import Featuriser, FeaturiserSettings
from model_training.dataset import build_examples
from model_training.selection import early_window_auc
from model_training.train import TrainOptions, train_bundle
from tests.conftest import REPO_ROOT
from tests.core.test_training_end_to_end import TINY


def _chat(cid: str, label: str, senders: str, first_risk: int | None = None) -> dict:
    return {
        "id": cid, "label": label, "first_risk_index": first_risk, "platform": "dm", "child_age": 12,
        "messages": [
            {"sender": "child" if s == "k" else "contact", "text": f"message {i}", "tags": []}
            for i, s in enumerate(senders)
        ],
    }  # fmt: skip


@pytest.fixture(scope="module")
def chats():
    # grooming: contact, child, contact (first sign at 2), child, contact x4 (index 7 is past the window)
    raw = [_chat("g", "grooming", "ckckcccc", 2), _chat("b", "benign", "ckcc")]
    convs = [conversation_from_dict(c, require_label=True) for c in raw]
    return convs, build_examples(Featuriser(FeaturiserSettings()), convs)


def _scores(examples, convs, by_message: dict[tuple[str, int], float], contact_only: float | None = None):
    """Grooming scores per row from {(conversation id, message index): score}; 0 elsewhere."""
    out = np.zeros(len(examples))
    for row, (ci, mi, co) in enumerate(zip(examples.conversation, examples.message, examples.contact_only, strict=True)):
        out[row] = contact_only if co and contact_only is not None else by_message.get((convs[ci].id, int(mi)), 0.0)
    return out


def test_examples_know_their_message_and_view(chats):
    convs, examples = chats
    full = examples.message[~examples.contact_only].tolist()
    assert full == [0, 2, 4, 5, 6, 7, 0, 2, 3]  # contact messages of "g" then "b", original indexes
    assert examples.contact_only.sum() == len(full)  # both chats have child messages: a second view


def test_first_moves_above_every_benign_message_separate_perfectly(chats):
    convs, examples = chats
    grooming = _scores(examples, convs, {("g", 2): 0.9, ("b", 3): 0.4})
    assert early_window_auc(examples, convs, grooming) == 1.0


def test_a_confident_message_after_the_window_does_not_count(chats):
    convs, examples = chats
    grooming = _scores(examples, convs, {("g", 2): 0.1, ("g", 7): 0.99, ("b", 0): 0.5})
    assert early_window_auc(examples, convs, grooming, window=4) == 0.0
    assert early_window_auc(examples, convs, grooming, window=6) == 1.0


def test_rows_without_the_childs_messages_are_left_out(chats):
    convs, examples = chats
    grooming = _scores(examples, convs, {("g", 2): 0.9, ("b", 3): 0.4}, contact_only=1.0)
    assert early_window_auc(examples, convs, grooming) == 1.0


def test_an_unknown_selection_rule_is_refused_before_training():
    with pytest.raises(ValueError, match="select_by"):
        train_bundle([], [], options=TrainOptions(select_by="accuracy"))


def test_training_picks_its_epoch_by_separation_when_validation_holds_both_kinds_of_chat():
    convs = load_conversations(REPO_ROOT / "tests" / "fixtures" / "tiny_conversations.jsonl")
    val = [c for c in convs if c.id in {"t-g3", "t-g4", "t-b1", "t-b2"}]
    lines: list[str] = []
    result = train_bundle(convs, val, options=replace(TINY, epochs=2, tune=False, verbose=2, select_by="separation"), log=lines.append)
    assert result.manifest.metrics["select_by"] == "separation"
    assert len(result.history["val_early_auc"]) == 2
    assert all(0.0 <= auc <= 1.0 for auc in result.history["val_early_auc"])
    assert any("early-window AUC" in line for line in lines)


def test_training_falls_back_to_validation_loss_when_validation_has_one_kind_of_chat():
    convs = load_conversations(REPO_ROOT / "tests" / "fixtures" / "tiny_conversations.jsonl")
    benign_only = [c for c in convs if not c.is_grooming][:2]
    options = replace(TINY, epochs=1, tune=False, select_by="separation")
    result = train_bundle(convs, benign_only, options=options)
    assert result.manifest.metrics["select_by"] == "val_loss"
    assert "val_early_auc" not in result.history
