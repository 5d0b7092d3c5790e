"""The evaluation tells hand-written seed chats from their generated variants.

A split holds about ten generated variants per seed chat, so one hard seed that fools the model counts ten
times in the headline figures; the per-origin rows count each hand-written story once.
"""

import random

import pytest

from device_app.core.bundle import SHIPPED_BUNDLE, load_bundle
from device_app.core.conversations import Conversation, Message
from device_app.core.pipeline import Detector
from model_training.data.build import expand_split
from model_training.evaluate import evaluate_conversations, origin

GROOMING = Conversation(
    "seed-g",
    (
        Message("contact", "hey how was the match", ()),
        Message("child", "good we won", ()),
        Message("contact", "ur so mature for 12, dont tell ur mum we talk ok", ("trust_building", "secrecy")),
        Message("contact", "add me on snap, send me a pic", ("platform_move", "sexual")),
    ),
    label="grooming",
    first_risk_index=2,
)
BENIGN = Conversation(
    "seed-b",
    (
        Message("contact", "did u finish the maths homework", ()),
        Message("child", "nearly, q4 is hard", ()),
        Message("contact", "same lol, ask miss patel tomorrow", ()),
    ),
    label="benign",
)


@pytest.fixture(scope="module")
def split() -> list[Conversation]:
    return expand_split([GROOMING, BENIGN], random.Random(0), multiplier=2)


@pytest.fixture(scope="module")
def detector() -> Detector:
    return Detector(load_bundle(SHIPPED_BUNDLE))


def test_only_the_seed_chats_themselves_count_as_hand_written(split: list[Conversation]) -> None:
    originals = sorted(c.id for c in split if origin(c) == "hand-written original")
    assert originals == ["seed-b", "seed-g"]
    assert len(split) > len(originals)  # the rest are variants


def test_a_set_that_mixes_both_gets_one_row_per_origin(split: list[Conversation], detector: Detector) -> None:
    groups = evaluate_conversations(split, detector).groups
    rows = {value: next(iter(by_detector.values())) for value, by_detector in groups["origin"].items()}
    assert rows["hand-written original"].conversations == 2
    assert rows["generated variant"].conversations == len(split) - 2


def test_a_set_of_hand_written_chats_only_has_no_origin_rows(detector: Detector) -> None:
    groups = evaluate_conversations([GROOMING, BENIGN], detector).groups
    assert "origin" not in groups and "platform" in groups
