"""Training rows: targets and weights per contact message (model_training.dataset)."""

import numpy as np
import pytest

from device_app.core.conversations import conversation_from_dict
from device_app.core.featuriser import Featuriser, FeaturiserSettings
from model_training.dataset import ONSET_MOVES, PRE_RISK_WEIGHT, SMALL_TALK_WEIGHT, build_examples

GROOMING = {
    "id": "g", "label": "grooming", "first_risk_index": 2, "platform": "game_chat", "child_age": 12,
    "messages": [
        {"sender": "contact", "text": "ur so mature for ur age", "tags": ["trust_building"]},
        {"sender": "child", "text": "lol thx", "tags": []},
        {"sender": "contact", "text": "how old r u", "tags": ["personal_info"]},
        {"sender": "contact", "text": "nice", "tags": []},
        {"sender": "contact", "text": "dont tell ur mum we talk", "tags": ["secrecy"]},
        {"sender": "contact", "text": "add me on snap", "tags": ["platform_move"]},
    ],
}  # fmt: skip


@pytest.fixture(scope="module")
def featuriser() -> Featuriser:
    return Featuriser(FeaturiserSettings())


def _weights(featuriser: Featuriser, onset_weight: float) -> list[float]:
    conv = conversation_from_dict(GROOMING, require_label=True)
    return build_examples(featuriser, [conv], with_contact_only=False, onset_weight=onset_weight).w.tolist()


def test_without_onset_weight_rows_keep_their_usual_weights(featuriser):
    # contact rows: early build-up, first risk, small talk, two later moves
    assert _weights(featuriser, 1.0) == pytest.approx([PRE_RISK_WEIGHT, 1.0, SMALL_TALK_WEIGHT, 1.0, 1.0])


def test_onset_weight_raises_only_the_first_clear_moves_from_the_first_risk_on(featuriser):
    weights = _weights(featuriser, 3.0)
    assert ONSET_MOVES == 2
    assert weights == pytest.approx([PRE_RISK_WEIGHT, 3.0, SMALL_TALK_WEIGHT, 3.0, 1.0])


def test_onset_weight_leaves_benign_conversations_alone(featuriser):
    benign = conversation_from_dict(
        {**GROOMING, "label": "benign", "first_risk_index": None,
         "messages": [{**m, "tags": []} for m in GROOMING["messages"]]},
        require_label=True,
    )  # fmt: skip
    rows = build_examples(featuriser, [benign], with_contact_only=False, onset_weight=3.0)
    assert np.all(rows.w == 1.0) and np.all(rows.y == 0.0)
