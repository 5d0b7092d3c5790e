"""The word guard: words disguised through their letters read as the words, and ordinary chat is left alone."""

import random
import time
import unicodedata

import pytest

from device_app.core.conversations import Message
from device_app.core.fancy_letters import FANCY_LETTERS
from device_app.core.featuriser import (
    Featuriser,
    FeaturiserSettings,
    featurise_conversation,
    featuriser_fingerprint,
)
from device_app.core.normalise_v2 import _fold_unicode
from device_app.core.word_guard import is_known_word, undisguised
from model_training.evasion import (
    FANCY_ALPHABETS,
    blank_gaps,
    emoji_in_words,
    fancy_letters,
    separated_letters,
)

GUARDED = Featuriser(FeaturiserSettings(version=3, emoji_guard=1, word_guard=1))
UNGUARDED = Featuriser(FeaturiserSettings(version=3, emoji_guard=1))
REQUESTS = (
    "send me a pic of u in bed",
    "add me on snap and dont tell ur mum",
    "how old r u? 13? im 16",
    "delete this chat or everyone sees the photo",
)


def test_negative_squared_letters_read_as_the_word():
    assert undisguised("🅢🅔🅝🅓 me a 🅟🅘🅒") == "send me a pic"


def test_regional_indicator_letters_read_as_the_word():
    assert undisguised("🇸🇪🇳🇩 nudes") == "send nudes"


def test_regional_indicators_that_pair_into_flags_stay_flags():
    assert undisguised("from 🇬🇧🇺🇸 hi") == "from 🇬🇧🇺🇸 hi"


def test_regional_indicators_that_look_like_flags_are_letters_in_a_message_spelt_in_them():
    assert undisguised("🇸🇪🇳🇩 🇲🇪 🇦 🇵🇮🇨") == "send me a pic"


@pytest.mark.parametrize("alphabet", FANCY_ALPHABETS)
@pytest.mark.parametrize("text", REQUESTS)
def test_each_hand_written_fancy_alphabet_reads_as_plain_words(alphabet, text):
    fancy = "".join(alphabet[ord(ch) - 97] if "a" <= ch <= "z" else ch for ch in text)
    assert GUARDED.message_tokens(fancy) == GUARDED.message_tokens(text)


def test_a_currency_sign_inside_a_word_reads_as_a_letter():
    assert GUARDED.message_tokens("s€nd m€ ur ∂ate") == GUARDED.message_tokens("send me ur date")


def test_a_price_keeps_its_currency_sign():
    assert undisguised("€50 or 15¢/hr") == "€50 or 15¢/hr"


def test_the_fancy_table_leaves_what_the_normaliser_folds_and_real_writing_systems_alone():
    chars = "".join(FANCY_LETTERS.values())
    assert not any(_fold_unicode(ch).isascii() for ch in chars)
    scripts = {unicodedata.name(ch).split(" ")[0] for ch in chars}
    assert not scripts & {"CJK", "ARABIC", "HEBREW", "HANGUL", "HIRAGANA", "KATAKANA", "DEVANAGARI"}


def test_letters_a_slash_apart_read_as_the_word_with_its_punctuation():
    assert undisguised("s/e/n/d m/e a p/i/c/?") == "send me a pic?"


def test_a_generator_that_also_split_the_word_gaps_still_gives_the_words():
    assert undisguised("s•e•n•d• •m•e") == "send me"


def test_letters_a_full_stop_apart_join_and_take_their_short_words_with_them():
    assert undisguised("s.e.n.d m.e a p.i.c") == "send me a pic"


def test_a_missing_space_after_a_full_stop_is_not_read_as_a_disguise():
    assert undisguised("she doesnt get u.u can talk to me") == "she doesnt get u.u can talk to me"


def test_a_fraction_alone_stays_a_fraction():
    assert undisguised("i got 1/2 of it right, x=3") == "i got 1/2 of it right, x=3"


def test_digits_join_in_a_message_whose_words_are_written_the_same_way():
    assert undisguised("u 1~6~? i~m 2~0") == "u 16? im 20"


def test_a_blank_character_for_a_gap_becomes_a_gap():
    assert undisguised("send\u3164me\u2800a\uffa0pic") == "send me a pic"


def test_a_blank_hidden_inside_a_known_word_is_dropped_even_beside_other_invisible_characters():
    assert GUARDED.message_tokens("se\u2062\u3164nd me a p\u3164ic") == GUARDED.message_tokens("send me a pic")


def test_an_emoji_inside_a_known_word_is_dropped():
    assert undisguised("se😘nd me a ph😏oto 😂") == "send me a photo 😂"


def test_several_emoji_inside_one_word_are_all_dropped():
    assert undisguised("s😘e😘n😘d") == "send"


def test_an_emoji_inside_a_word_the_vocabulary_lacks_is_dropped_too():
    assert undisguised("ur c😘uter than ur pics, lma🔥ooo") == "ur cuter than ur pics, lmaooo"


def test_an_emoji_between_two_words_typed_without_spaces_keeps_them_apart():
    assert GUARDED.message_tokens("ok😘send it") == GUARDED.message_tokens("ok 😘 send it")


def test_a_word_broken_by_a_space_is_joined_again():
    assert undisguised("se nd me a pho to of u") == "send me a photo of u"


def test_two_words_that_happen_to_make_a_word_stay_apart():
    assert undisguised("come in to the park with some one") == "come in to the park with some one"


def test_single_letters_are_never_rejoined_so_letter_spacing_and_shorthand_keep_their_own_reading():
    assert undisguised("u r s o cute") == "u r s o cute"


def test_known_words_include_leetspeak_and_shorthand_but_not_numbers():
    assert is_known_word("s3nd") and is_known_word("pic") and not is_known_word("oksend") and not is_known_word("2024")


@pytest.mark.parametrize("rewrite", [fancy_letters, separated_letters, blank_gaps], ids=lambda f: f.__name__)
@pytest.mark.parametrize("text", REQUESTS)
def test_each_letter_disguise_gives_the_plain_messages_ids(rewrite, text):
    for seed in range(4):
        disguised = rewrite(text, random.Random(seed))
        assert disguised != text
        ids = featurise_conversation(GUARDED, [Message("contact", disguised)])
        assert ids.tolist() == featurise_conversation(GUARDED, [Message("contact", text)]).tolist()


@pytest.mark.parametrize("text", [r for r in REQUESTS if any(len(w) >= 4 for w in r.split())])
def test_emoji_inside_words_give_the_plain_messages_ids(text):
    disguised = emoji_in_words(text, random.Random(1))
    assert disguised != text
    ids = featurise_conversation(GUARDED, [Message("contact", disguised)])
    assert ids.tolist() == featurise_conversation(GUARDED, [Message("contact", text)]).tolist()


def test_without_the_guard_fancy_letters_lose_the_words():
    assert "send" not in UNGUARDED.message_tokens("🅢🅔🅝🅓 me a 🅟🅘🅒")


@pytest.mark.parametrize(
    "text",
    ["lol ok see u at 3", "i'm 12. what country r u in", "omg 😂😂 ur so funny", "meet at the park w/ my mum?",
     "A level maths, e.g. calculus", "gr8 game!! 10/10", "ur 14 not 4,u can decide"],
)
def test_ordinary_chat_reads_the_same_through_the_guard(text):
    assert GUARDED.message_tokens(text) == UNGUARDED.message_tokens(text)


@pytest.mark.parametrize(
    "hostile",
    ["a" * 10_000 + "😘" + "b", "a😘" * 5_000, "s/" * 5_000, "🅢" * 10_000, "\u3164" * 10_000, "a.b " * 2_500],
    ids=["long-word-one-emoji", "emoji-every-letter", "separators", "letter-symbols", "blanks", "dotted-pairs"],
)
def test_a_hostile_ten_thousand_character_message_is_read_in_linear_time(hostile):
    start = time.perf_counter()
    undisguised(hostile)
    assert time.perf_counter() - start < 0.5  # a quadratic walk takes seconds at this length


def test_the_guard_is_part_of_the_fingerprint_and_absent_when_off():
    assert "word_guard" not in FeaturiserSettings().to_dict()
    assert featuriser_fingerprint(FeaturiserSettings(word_guard=1)) != featuriser_fingerprint(FeaturiserSettings())
