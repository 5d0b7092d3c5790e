"""The shape guard: text turned around, stretched, run together or with a letter broken off reads as its words,
and ordinary chat is left alone."""

import random
import time

import pytest

from device_app.core.featuriser import Featuriser, FeaturiserSettings, featuriser_fingerprint
from device_app.core.shape_guard import reshaped, turned_back, unmasked
from model_training.evasion import (
    doubled_letters,
    invisible_gaps,
    letters_on_lines,
    lookalike_styles,
    masked_vowels,
    mirrored_text,
    reversed_override,
    run_on_words,
    stretched_letters,
    upside_down,
)

GUARDED = Featuriser(FeaturiserSettings(version=3, emoji_guard=1, word_guard=1, shape_guard=1))
UNGUARDED = Featuriser(FeaturiserSettings(version=3, emoji_guard=1, word_guard=1))
REQUESTS = (
    "send me a pic of u in bed",
    "add me on snap and dont tell ur mum",
    "how old are you? im 16",
    "delete this chat or everyone sees the photo",
)


def test_text_after_a_right_to_left_override_reads_as_the_screen_shows_it():
    assert turned_back("\u202ecip a em dnes") == "send me a pic"


def test_an_override_ends_at_its_pop_and_the_rest_stays_as_typed():
    assert turned_back("hey \u202e?dlo u era woh\u202c lol") == "hey how are u old? lol"


def test_upside_down_text_is_turned_back_and_reversed():
    assert turned_back("¿noʎ ǝɹɐ pןo ʍoɥ") == "how old are you?"


def test_upside_down_letters_that_are_plain_letters_turned_read_as_the_other_letter():
    assert turned_back("ɔᴉd ɐ ǝɯ puǝs") == "send me a pic"


def test_a_phonetic_symbol_or_two_in_ordinary_text_is_not_turned():
    assert turned_back("the ə in about is a schwa, and ɐ is near-open") == "the ə in about is a schwa, and ɐ is near-open"


def test_mirrored_text_is_flipped_back_and_reversed():
    assert turned_back("ɔiq ɒ ɘm bnɘƨ") == "send me a pic"


def test_currency_style_letters_read_as_latin():
    assert turned_back("₴Ɇ₦Đ ₥Ɇ ₳ ₱ł₵") == "send me a pic"


def test_russian_text_keeps_its_cyrillic_letters():
    assert turned_back("Привет, как дела? Я дома") == "Привет, как дела? Я дома"


def test_a_price_in_a_foreign_currency_stays_a_price():
    assert turned_back("it was ₦500 or ₴200") == "it was ₦500 or ₴200"


def test_words_typed_without_spaces_are_split_into_words():
    assert reshaped("sendmeapicofu") == "send me a pic of u"


def test_capitals_mark_the_words_of_a_run():
    assert reshaped("SendMeAPic") == "Send Me A Pic"


def test_punctuation_between_run_on_words_gets_its_space_back():
    assert reshaped("hellomydarling!howwasyourday?") == "hello my darling! how was your day?"


@pytest.mark.parametrize(
    "ordinary",
    ["my new worksheet", "report it as impersonation", "brownies!", "my user is tradekingxx", "hahahahahaha",
     "check www.sendmeapicnow.com", "mail me at sendmeapic@mail.com", "@pixelfrogofficial hi", "iPhone YouTube"],
)  # fmt: skip
def test_compounds_inflections_names_laughter_and_links_are_not_split(ordinary):
    assert reshaped(ordinary) == ordinary


def test_stretched_letters_shrink_to_the_word_meant():
    assert reshaped("seeeend meee a piiiic of uuu in beeed") == "send me a pic of u in bed"


def test_stretching_keeps_a_double_the_word_has():
    assert reshaped("toooo gooood") == "too good"


def test_an_ordinary_double_and_a_repeated_single_letter_stay():
    assert reshaped("holly and emma xxx zzz") == "holly and emma xxx zzz"


def test_a_message_with_every_letter_doubled_is_halved_throughout():
    assert reshaped("sseenndd mmee aa ppiicc ii ssaaiidd") == "send me a pic i said"


def test_one_doubled_word_shrinks_to_its_known_word():
    assert reshaped("ok sseenndd") == "ok send"


def test_a_lone_letter_broken_off_a_word_joins_it():
    assert reshaped("s end me a pic s") == "send me a pics"


@pytest.mark.parametrize("ordinary", ["u r cool", "plan b", "lunch w all of us", "s e n d", "minuet in g"])
def test_chat_one_letter_words_and_spaced_letters_are_not_joined(ordinary):
    assert reshaped(ordinary) == ordinary


def test_a_masked_letter_reads_as_the_word_it_hides():
    assert unmasked("send me a p*c") == "send me a pic"


def test_a_mask_prefers_the_word_chat_censors_over_a_commoner_one():
    assert unmasked("s*x") == "sex"


def test_masked_vowels_read_as_the_request():
    assert GUARDED.message_tokens(masked_vowels("send me a pic of u naked", random.Random(3))) == GUARDED.message_tokens(
        "send me a pic of u naked"
    )


def test_every_vowel_masked_reads_as_the_word_even_where_it_looks_like_separated_letters():
    assert GUARDED.message_tokens("n*d*s") == GUARDED.message_tokens("nudes")


@pytest.mark.parametrize("ordinary", ["*hugs*", "**bold** text", "5*3=15", "a*b"])
def test_asterisks_around_words_and_in_sums_are_not_masks(ordinary):
    assert unmasked(ordinary) == ordinary


def test_a_message_typed_one_letter_per_line_reads_as_its_words():
    assert GUARDED.message_tokens("s\ne\nn\nd\nm\ne\na\np\ni\nc") == GUARDED.message_tokens("send me a pic")


def test_words_joined_by_zero_width_characters_read_as_run_on_words():
    assert GUARDED.message_tokens("send\u200bme\u200ba\u200bpic\u200bof\u200bu") == GUARDED.message_tokens("send me a pic of u")


def test_invisible_gaps_between_known_words_in_a_message_without_spaces_read_as_spaces():
    assert reshaped("what\u2060school\u2060r\u2060u\u2060at\u2060😊") == "what school r u at 😊"


def test_zero_width_characters_inside_words_of_an_ordinary_message_are_dropped():
    assert reshaped("se\u200bnd me a pi\u200bc") == "send me a pic"


def test_a_message_of_ordinary_lines_keeps_them():
    assert reshaped("hi\nhow r u") == "hi\nhow r u"


@pytest.mark.parametrize(
    "rewrite", [reversed_override, upside_down, run_on_words, doubled_letters, stretched_letters, letters_on_lines,
     invisible_gaps, mirrored_text, lookalike_styles],
    ids=lambda fn: fn.__name__,
)  # fmt: skip
def test_each_evaluation_rewrite_reads_as_the_plain_request(rewrite):
    rng = random.Random(7)
    for request in REQUESTS:
        assert GUARDED.message_tokens(rewrite(request, rng)) == GUARDED.message_tokens(request), request


@pytest.mark.parametrize(
    "rewrite", [reversed_override, upside_down, run_on_words, doubled_letters],
    ids=lambda fn: fn.__name__,
)  # fmt: skip
def test_without_the_guard_the_rewrite_loses_the_request(rewrite):
    rng = random.Random(7)
    disguised = UNGUARDED.message_tokens(rewrite(REQUESTS[0], rng))
    assert "send" not in disguised


def test_the_guard_is_part_of_the_fingerprint():
    assert featuriser_fingerprint(GUARDED.settings) != featuriser_fingerprint(UNGUARDED.settings)


def test_a_bundle_without_the_guard_keeps_its_fingerprint():
    assert "shape_guard" not in UNGUARDED.settings.to_dict()


@pytest.mark.parametrize(
    "hostile",
    ["a" * 10_000, "ab" * 5_000, "sendmeapic" * 1_000, "\u202e" + "cip a em dnes " * 700, "ɐǝ" * 5_000,
     "s end " * 1_600, "aabbccddeeffgghh " * 580, "e" * 9_999 + "!", "s*x " * 2_500, "a*b*c*d*e" * 1_000,
     "s\n" * 5_000, "sendmeeeeeapic" * 720, "i'llllll" * 1_250, "a'" * 5_000, "NoWayyyyyyYouTube" * 590,
     "x.1" * 3_333, "@" + "abcdefghijklmnopqrstuvwxyz" * 385, "h0n35tly k " * 1_000, "cip a em dnes " * 700,
     "dnes em " * 249],
)  # fmt: skip
@pytest.mark.parametrize("level", [1, 2])
def test_a_hostile_ten_thousand_character_message_is_read_quickly(hostile, level):
    featuriser = Featuriser(FeaturiserSettings(version=3, emoji_guard=1, word_guard=1, shape_guard=level))
    start = time.perf_counter()
    featuriser.message_tokens(hostile)
    assert time.perf_counter() - start < 0.5
