"""Evasion transforms (model_training.evasion) round-trip through featuriser version 2: the disguised
message gives the model the same word ids as the plain one. Version 1 stays frozen for older bundles."""

import random

import pytest

from device_app.core.bundle import load_bundle
from device_app.core.conversations import Conversation, Message
from device_app.core.featuriser import Featuriser, FeaturiserSettings, featuriser_fingerprint
from device_app.core.normalise import tokenise
from device_app.core.normalise_v2 import segment, tokenise_v2
from model_training.evasion import TEXT_TRANSFORMS, apply_transform

V2 = Featuriser(FeaturiserSettings(version=2))
MESSAGES = (
    "Don't tell your mum, send me a pic on snapchat or I'll share it with everyone.",
    "hey how old are you? where do you go to school",
    "you are so mature for your age, delete this chat after",
)
V1_FINGERPRINT_OF_2026_11_24 = "49b2fc6fe5a98d7c"


def word_ids(text: str) -> list[int]:
    tokens = [t for t in V2.message_tokens(text) if t[0].isalnum() or t[0] == "<"]  # emoji move behind words
    return V2.current_ids(tokens)


@pytest.mark.parametrize("name", sorted(TEXT_TRANSFORMS))
@pytest.mark.parametrize("text", MESSAGES)
def test_each_evasion_transform_gives_the_plain_messages_word_ids(name, text):
    disguised = TEXT_TRANSFORMS[name](text, random.Random(0))
    assert disguised != text or name == "caps_no_punctuation"
    assert word_ids(disguised) == word_ids(text)


def test_letters_typed_without_word_gaps_are_split_back_into_words():
    assert segment("donttellyourmum") == "dont tell your mum"


def test_emoji_between_words_no_longer_break_the_word_sequence():
    assert tokenise_v2("add 😂 me 🔥 on snap 😂") == ["add", "me", "on", "snapchat", "😂", "🔥"]


def test_shorthand_wins_over_leetspeak_and_real_numbers_stay_numbers():
    assert tokenise_v2("b4 2nd 53nd 4pm") == ["before", "2nd", "send", "4pm"]


def test_split_messages_keep_from_tags_and_the_first_risk_message():
    conv = Conversation("g", (
        Message("contact", "hey there how are you", speaker="kai"),
        Message("contact", "send me a pic or i will post it", ("coercion",), speaker="kai"),
    ), label="grooming", first_risk_index=1)  # fmt: skip
    out = apply_transform(conv, "split_messages", random.Random(1))
    assert len(out.messages) == 4 and {m.speaker for m in out.messages} == {"kai"}
    assert out.messages[out.first_risk_index].tags == ("coercion",)


def test_version_1_tokens_and_fingerprint_are_frozen_for_older_bundles():
    assert tokenise("dont tell ur mom") == ["don't", "tell", "your", "mum"]
    assert featuriser_fingerprint(FeaturiserSettings(version=1)).startswith(V1_FINGERPRINT_OF_2026_11_24)


def test_the_shipped_bundle_matches_this_devices_featuriser():
    load_bundle().check_fingerprint()
