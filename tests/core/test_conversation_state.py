"""Conversation facts carried past the context window: stated ages, position, each speaker's opening."""

import pytest

from device_app.core.conversation_state import (
    ConversationFacts,
    addressed_age,
    age_band,
    bare_age,
    stated_age,
)
from device_app.core.conversations import Message
from device_app.core.featuriser import ContextWindow, Featuriser, FeaturiserSettings, featurise_conversation
from device_app.core.normalise import tokenise


def words(text: str) -> list[str]:
    return tokenise(text, 3)


@pytest.mark.parametrize(
    "text, age",
    [("im 24 lol", 24), ("I'm 31.", 31), ("i am 13", 13), ("im ella, 16, from bolton", 16),
     ("ancient 😂 im 24 yo", 24), ("I AM 27 YEARS OLD", 27), ("im like 12", 12)],
)  # fmt: skip
def test_a_writer_stating_their_own_age_is_understood(text, age):
    assert stated_age(words(text)) == age


@pytest.mark.parametrize(
    "text",
    ["im 5 mins away", "im 20 min late", "my son is 12", "she is 13", "im in year 11", "level 24 now",
     "im 100 percent sure", "im 2 far", ""],
)  # fmt: skip
def test_numbers_that_are_not_the_writers_age_are_ignored(text):
    assert stated_age(words(text)) is None


def test_odd_digits_never_break_age_reading_and_normalised_ones_still_count():
    assert stated_age(["im", "²³"]) is None and bare_age(["١٣"]) is None
    assert stated_age(words("im 𝟐𝟒")) == 24 and stated_age(words("i'm " + "9" * 10_000)) is None


@pytest.mark.parametrize("text, age", [("13", 13), ("13 wbu", 13), ("12 lol", 12), ("15!!", 15)])
def test_a_reply_that_is_just_an_age_is_an_age(text, age):
    assert bare_age(words(text)) == age


@pytest.mark.parametrize("text", ["3", "200", "13 14", "13 goals today", "room 12"])
def test_a_reply_with_a_number_that_is_not_an_age_is_not_one(text):
    assert bare_age(words(text)) is None


def test_an_age_told_to_the_reader_is_understood():
    assert addressed_age(words("ur 13 right? i'm 14")) == 13
    assert addressed_age(words("your 10 mins late")) is None


def test_age_bands_split_children_teens_and_adults():
    assert [age_band(a) for a in (9, 13, 17, 20, 40)] == [
        "child",
        "young_teen",
        "teen",
        "young_adult",
        "adult",
    ]


def feed(facts: ConversationFacts, messages: list[Message]) -> ConversationFacts:
    for m in messages:
        facts.observe(words(m.text), m.from_child, m.speaker)
    return facts


def test_an_adult_talking_to_a_young_teen_is_marked_as_an_age_gap():
    facts = feed(ConversationFacts(), [Message("contact", "how old r u? im 31"), Message("child", "13")])
    tokens = facts.tokens(None)
    assert {"contact_age:adult", "child_age:young_teen", "age_gap:adult_minor"} <= set(tokens)


def test_two_classmates_of_the_same_age_are_marked_as_peers():
    facts = feed(ConversationFacts(), [Message("contact", "im 13 wbu"), Message("child", "13 too")])
    assert "age_gap:peer" in facts.tokens(None)


def test_ages_belong_to_the_speaker_who_said_them_in_a_group_chat():
    facts = feed(ConversationFacts(), [Message("contact", "im 29", speaker="dex"), Message("child", "im 12")])
    assert "contact_age:adult" in facts.tokens("dex")
    assert not any(t.startswith("contact_age") for t in facts.tokens("zoe"))


def test_a_speakers_opening_stays_with_them_after_the_window_has_moved_on():
    opening = Message("contact", "saw u on jamies story ur cute", speaker="ella")
    facts = feed(
        ConversationFacts(), [opening, *[Message("contact", f"msg {i}", speaker="ella") for i in range(30)]]
    )
    assert [t for t in facts.tokens("ella") if t.startswith("open:")][:3] == [
        "open:saw",
        "open:you",
        "open:on",
    ]
    assert not any(t.startswith("open:") for t in facts.tokens("someone_new"))


def test_position_tokens_say_how_far_into_the_chat_a_message_comes():
    facts = ConversationFacts()
    assert "pos:0" in facts.tokens(None)
    feed(facts, [Message("child", "hi")] * 25)
    assert "pos:21-40" in facts.tokens(None)


STATEFUL = FeaturiserSettings(buckets=1000, message_len=8, context_len=24, context_messages=2, state_tokens=1)


def test_with_state_tokens_an_age_said_long_ago_still_reaches_the_model():
    f = Featuriser(STATEFUL)
    chat = [Message("contact", "im 31"), Message("child", "13"), *[Message("contact", "ok")] * 6]
    row = featurise_conversation(f, [*chat, Message("contact", "ur so mature")])[-1]
    assert set(f.state_ids(["age_gap:adult_minor"])) <= set(row[STATEFUL.message_len :].tolist())


def test_state_tokens_lead_the_context_segment():
    f = Featuriser(STATEFUL)
    window = ContextWindow(f)
    window.featurise(Message("contact", "hello there"))
    vec, _ = window.featurise(Message("contact", "hi"))
    expected = f.state_ids(
        ConversationFacts(messages=1, spoken={None: 1}, openings={None: ["hello", "there"]}).tokens(None)
    )
    assert vec[STATEFUL.message_len : STATEFUL.message_len + len(expected)].tolist() == expected


def test_without_state_tokens_the_vector_is_unchanged_and_the_setting_stays_out_of_the_manifest():
    off = FeaturiserSettings(buckets=1000, message_len=8, context_len=24, context_messages=2)
    chat = [Message("contact", "im 31"), Message("child", "13"), Message("contact", "ur so mature")]
    assert "state_tokens" not in off.to_dict()
    assert (
        featurise_conversation(Featuriser(off), chat)[-1].tolist()
        != featurise_conversation(Featuriser(STATEFUL), chat)[-1].tolist()
    )
    assert all(i == 0 for i in featurise_conversation(Featuriser(off), chat[:1])[0][8:])
