"""Shape guard level 3: a message typed without its vowels reads as its words; ordinary chat is left alone."""

from __future__ import annotations

import random

import pytest

from device_app.core.featuriser import Featuriser, FeaturiserSettings, featuriser_fingerprint
from device_app.core.vowels_dropped import vowels_restored
from model_training.evasion import vowels_dropped

# the shipped featuriser's settings, at shape guard levels 2 and 3
SETTINGS = FeaturiserSettings(
    context_messages=8, context_len=104, speaker_marks=1, version=3, join_split=1, state_tokens=1, cue_tokens=1,
    emoji_guard=1, word_guard=1, burst_guard=2, shape_guard=2,
)  # fmt: skip
LEVEL_2 = Featuriser(SETTINGS)
LEVEL_3 = Featuriser(FeaturiserSettings.from_dict({**SETTINGS.to_dict(), "shape_guard": 3}))


def test_a_request_typed_without_vowels_reads_as_its_words_at_level_3() -> None:
    tokens = LEVEL_3.message_tokens("snd m a pc of u n bd, dnt tll yr mm")
    assert {"send", "me", "dont", "tell", "mum"} <= set(tokens)


def test_level_2_reads_it_as_typed() -> None:
    assert "snd" in LEVEL_2.message_tokens("snd m a pc of u n bd, dnt tll yr mm")


def _share_of_plain_words(read: list[str], plain: list[str]) -> float:
    return sum(1 for t in plain if t in read) / len(plain)


@pytest.mark.parametrize(
    "plain",
    ["can you keep a secret from your parents", "tell me what school you go to", "don't tell your mum about this",
     "wanna meet up later tonight?", "send me a pic of you in bed"],
)  # fmt: skip
def test_the_evaluation_rewrite_reads_back_most_of_the_plain_words_where_level_2_reads_few(plain: str) -> None:
    dropped = vowels_dropped(plain, random.Random(0))
    level_3 = _share_of_plain_words(LEVEL_3.message_tokens(dropped), LEVEL_3.message_tokens(plain))
    level_2 = _share_of_plain_words(LEVEL_2.message_tokens(dropped), LEVEL_2.message_tokens(plain))
    assert level_3 >= 0.6 and level_3 > level_2


@pytest.mark.parametrize(
    "ordinary",
    ["grr hmm ok", "BTS and NCT r the best", "idk tbh ngl", "xD lmk wyd rn", "brb gtg ttyl", "my gym pb is 60kg",
     "ok see u at 5", "omg lol", "RSVP to the BBQ by Fri pls", "hmmm shhh psst"],
)  # fmt: skip
def test_ordinary_chat_reads_as_at_level_2(ordinary: str) -> None:
    assert LEVEL_3.message_tokens(ordinary) == LEVEL_2.message_tokens(ordinary)


def test_a_lone_vowel_less_word_is_left_as_typed() -> None:
    assert vowels_restored(["hi", "snd", "me", "the", "link", "please"]) == ["hi", "snd", "me", "the", "link", "please"]


def test_a_vowel_less_word_with_no_word_behind_it_stays_as_typed() -> None:
    assert vowels_restored(["snd", "tll", "zxqv"]) == ["send", "tell", "zxqv"]


def test_a_hostile_message_of_ten_thousand_consonants_is_read_without_error() -> None:
    rng = random.Random(1)
    text = " ".join(rng.choice(["snd", "zxq", "bcd", "tll"]) for _ in range(2500))
    tokens = LEVEL_3.message_tokens(text)
    assert "send" in tokens and "zxq" in tokens


def test_the_level_is_part_of_the_fingerprint() -> None:
    assert featuriser_fingerprint(LEVEL_2.settings) != featuriser_fingerprint(LEVEL_3.settings)


def test_the_last_level_2_bundle_still_loads_on_this_code() -> None:
    # 2026.12.08-12 and -13 shipped with this fingerprint: level 3 must leave level 2's tables alone
    assert featuriser_fingerprint(SETTINGS).startswith("0c8bdcc2f2f4f680")
