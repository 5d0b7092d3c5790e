"""Cue tokens: the structure of a threat (ultimatum, deadline, payment, audience) and of a reported one."""

import pytest

from device_app.core.cues import message_cues
from device_app.core.normalise import tokenise


def cues(text: str) -> list[str]:
    return message_cues(text, tokenise(text, 3))


def test_or_followed_by_what_happens_next_is_an_ultimatum():
    assert "ultimatum" in cues("send 2 more or i post them")


def test_unless_is_an_ultimatum():
    assert "ultimatum" in cues("nobody sees it unless u stop replying")


def test_an_ordinary_either_or_question_is_no_ultimatum():
    assert cues("want to come to the park or are u busy") == []


@pytest.mark.parametrize("text", ["u have 20 mins", "by midnight", "take her card then. 12 mins"])
def test_a_time_limit_is_a_deadline(text: str):
    assert "deadline" in cues(text)


@pytest.mark.parametrize("text", ["£100 amazon voucher", "$150 in apple gift cards", "send 800 robux"])
def test_vouchers_currency_and_game_money_are_a_payment(text: str):
    assert "payment" in cues(text)


def test_exposure_needs_an_audience_as_well_as_a_verb():
    assert "exposure" not in cues("post it in the chat")
    assert "exposure" in cues("ill post it for all ur followers")


@pytest.mark.parametrize("text", ['he said "send pics or else"', "this guy dmed me asking for pics"])
def test_quoted_or_third_person_words_are_reported_speech(text: str):
    assert "reported" in cues(text)


def test_the_writers_own_words_are_not_reported_speech():
    assert "reported" not in cues("i said send them")


def test_a_threat_typed_with_spaced_letters_shows_the_same_cues_as_plain():
    plain = "pay £50 or everyone sees it by midnight"
    spaced = "p a y £50 o r e v e r y o n e s e e s i t b y m i d n i g h t"
    assert cues(spaced) == cues(plain) == ["ultimatum", "deadline", "payment", "exposure"]


def test_small_talk_shows_no_cue():
    assert cues("gg that was a great round lol") == []
