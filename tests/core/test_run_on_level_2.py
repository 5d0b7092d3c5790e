"""Shape guard level 2: words run together are read through chat's own spelling (held letters, apostrophes,
typos, names with capitals inside), while level 1 bundles keep reading exactly as they did."""

import random

import pytest

from device_app.core.featuriser import Featuriser, FeaturiserSettings, featuriser_fingerprint
from device_app.core.shape_guard import reshaped
from device_app.core.turned_text import turned_back
from model_training.evasion import backwards_text, run_on_words, stretched_letters

LEVEL_1 = Featuriser(FeaturiserSettings(version=3, emoji_guard=1, word_guard=1, shape_guard=1))
LEVEL_2 = Featuriser(FeaturiserSettings(version=3, emoji_guard=1, word_guard=1, shape_guard=2))

# (typed, read at level 2); level 1 leaves every one of these unread or misread
READ_AT_LEVEL_2 = (
    ("urrlymatureeeeeabtitfor12tbh", "ur rly mature abt it for 12 tbh"),
    ("dontttellurmumwhatisaid", "dont tell ur mum what i said"),
    ("we'llllmeetyouatthepark", "well meet you at the park"),
    ("i'llllll be there", "i'll be there"),
    ("OmgItMessagedMeLolIiiiiThoughtItWasWeird", "Omg It Messaged Me Lol i Thought It Was Weird"),
    ("InTheBookcaseOnTheToooopFloor", "In The book case On The top Floor"),
    ("shesmyfriendliv'scousin", "shes my friend livs cousin"),
    ("icantrealysaymuchhere", "i cant realy say much here"),
    ("iamsonervous", "i am so nervous"),
    ("ItsOnYouTubeThenFaceTimeMe", "Its On YouTube Then FaceTime Me"),
    ("TheyWontKnow.30Mins", "They Wont Know. 30 Mins"),
    ("urvоісеіѕlіtеrаllуbеttеrthаnаnуkіd", "ur voice is literally better than any kid"),  # Cyrillic look-alikes
    ("hiil1keurun1c0rnvid3o", "hii like ur unicorn video"),
    ("yo@zarapayupthe500coinsuoweme", "yo a zara pay up the 500 coins u owe me"),
    ("@childyouwerethestandoutinthelyricalpiece", "@child you were the standout in the lyrical piece"),
)


@pytest.mark.parametrize(("typed", "meant"), READ_AT_LEVEL_2)
def test_level_2_reads_run_on_chat_spelling_as_its_words(typed, meant):
    assert reshaped(typed, level=2) == meant


@pytest.mark.parametrize(("typed", "meant"), READ_AT_LEVEL_2)
def test_level_1_reads_as_it_always_did(typed, meant):
    assert reshaped(typed, level=1) != meant


@pytest.mark.parametrize(
    "ordinary",
    ["impostor", "childline", "ayesha's", "heartstopper", "report it as impersonation", "my new worksheet",
     "hahahahahaha", "check www.sendmeapicnow.com", "@pixelfrogofficial hi", "iPhone YouTube", "£2.50 each",
     "@PixelPrinceYT", "mail me at sendmeapic@mail.com", "привет как дела у тебя"],
)  # fmt: skip
def test_short_compounds_names_and_links_stay_whole_at_level_2(ordinary):
    assert reshaped(ordinary, level=2) == ordinary


def test_three_letters_where_two_words_meet_are_read_as_typed():
    assert reshaped("idontwantugettingtoldofffortexting", level=2) == "i dont want u getting told off for texting"


def test_a_chunk_that_is_one_word_keeps_it_whatever_its_capitals():
    assert reshaped("НoneЅТLy ur the best", level=2) == "НoneЅТLy ur the best"  # faux-Cyrillic turned back
    assert reshaped("HoneSTLy ur the best", level=2) == "HoneSTLy ur the best"


def test_a_name_with_capitals_inside_is_only_rejoined_as_a_whole_word():
    assert reshaped("IHaveAnIPadAndAniPhone", level=2) == "I Have An IPad And Ani Phone"


def test_a_price_in_a_run_stays_a_price_and_a_number_a_number():
    assert reshaped("Pay$400InBitcoinToTheWalletBelowWithin24H", level=2) == reshaped(
        "Pay$400InBitcoinToTheWalletBelowWithin24H", level=1
    )


def test_held_letters_and_run_on_together_read_as_the_plain_request():
    rng = random.Random(3)
    request = "send me a pic of u in bed and dont tell ur mum"
    typed = run_on_words(stretched_letters(request, rng), rng)
    assert LEVEL_2.message_tokens(typed) == LEVEL_2.message_tokens(request)
    assert LEVEL_1.message_tokens(typed) != LEVEL_1.message_tokens(request)


def test_the_level_is_part_of_the_fingerprint():
    assert featuriser_fingerprint(LEVEL_1.settings) != featuriser_fingerprint(LEVEL_2.settings)


@pytest.mark.parametrize("typed", ["cip a em dnes ro uoy wonk lliw mum ruoy", "dnes em a cip ro ruoy mum lliw wonk"])
def test_level_2_reads_text_typed_backwards_without_an_override(typed):
    assert LEVEL_2.message_tokens(typed) != LEVEL_1.message_tokens(typed)
    assert {"send", "picture", "mum", "know"} <= set(LEVEL_2.message_tokens(typed))


def test_the_backwards_rewrite_reads_as_the_plain_request_at_level_2():
    rng = random.Random(5)
    for request in ("send me a pic of u in bed", "add me on snap and dont tell ur mum"):
        for _ in range(4):
            typed = backwards_text(request, rng)
            assert set(LEVEL_2.message_tokens(typed)) == set(LEVEL_2.message_tokens(request)), typed


@pytest.mark.parametrize(
    "ordinary", ["ok lol", "hola que tal estas amigo", "gg ez noob", "1ts a $c@rf", "xD xD xD", "lol lol lol"]
)
def test_ordinary_chat_is_not_read_backwards(ordinary):
    assert turned_back(ordinary, level=2) == ordinary


def test_the_last_level_1_bundle_still_loads_on_this_code():
    # 2026.12.07-11's settings and the fingerprint it shipped with: level 2 must leave level 1's tables alone
    settings = FeaturiserSettings(
        context_messages=8, context_len=104, speaker_marks=1, version=3, join_split=1, state_tokens=1, cue_tokens=1,
        emoji_guard=1, word_guard=1, burst_guard=2, shape_guard=1,
    )  # fmt: skip
    assert featuriser_fingerprint(settings).startswith("77b9afeb806b088a")
