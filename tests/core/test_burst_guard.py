"""The burst guard: a request typed a word or two per message reads as the message it spells."""

from dataclasses import replace

from device_app.core import cues
from device_app.core.conversations import Message
from device_app.core.featuriser import (
    Featuriser,
    FeaturiserSettings,
    featurise_conversation,
    featuriser_fingerprint,
)

JOINED = FeaturiserSettings(buckets=1000, message_len=24, context_len=10, context_messages=2, join_split=1)
BURST = replace(JOINED, burst_guard=1)


def current_segment(settings: FeaturiserSettings, messages: list[Message]) -> list[int]:
    """The current-message ids of the last message, featurised after the ones before it."""
    row = featurise_conversation(Featuriser(settings), messages)[-1]
    return [int(i) for i in row[: settings.message_len] if i]


def one_word_each(text: str, speaker: str | None = None) -> list[Message]:
    return [Message("contact", word, speaker=speaker) for word in text.split()]


def test_a_request_typed_one_word_per_message_reads_as_the_request():
    assert current_segment(BURST, one_word_each("send me a pic")) == current_segment(BURST, [Message("contact", "send me a pic")])


def test_without_the_burst_guard_the_last_word_carries_only_the_word_before_it():
    assert current_segment(JOINED, one_word_each("send me a pic")) == current_segment(JOINED, [Message("contact", "a pic")])


def test_the_burst_carries_at_most_eight_words_in_front():
    words = "one two three four five six seven eight nine ten"
    tail = current_segment(BURST, one_word_each(words))
    assert tail == current_segment(BURST, [Message("contact", "two three four five six seven eight nine ten")])


def test_a_longer_message_starts_a_new_burst_so_a_listeners_view_is_not_one_long_burst():
    messages = [*one_word_each("hey there"), Message("contact", "how was school today then"), *one_word_each("lol ok")]
    expected = [Message("contact", "how was school today then"), Message("contact", "lol ok")]
    assert current_segment(BURST, messages) == current_segment(BURST, expected)


def test_a_childs_message_ends_the_burst():
    messages = [*one_word_each("send me"), Message("child", "what"), *one_word_each("a pic")]
    assert current_segment(BURST, messages) == current_segment(BURST, [Message("contact", "a pic")])


def test_another_speaker_ends_the_burst_in_a_group_chat():
    messages = [*one_word_each("send me", "kai"), Message("contact", "lol", speaker="ava"), *one_word_each("a pic", "kai")]
    assert current_segment(BURST, messages) == current_segment(BURST, [Message("contact", "a pic", speaker="kai")])


def test_cues_read_the_whole_burst_so_a_quotation_opened_earlier_still_counts():
    cued = replace(BURST, cue_tokens=1)
    f = Featuriser(cued)
    burst = [Message("contact", 'he said "send'), Message("contact", "me a pic")]
    row = featurise_conversation(f, burst)[-1]
    reported = f.current_ids([], ["reported"])[0]
    assert reported in row[: cued.message_len].tolist()
    assert "reported" not in cues.message_cues("me a pic", ["me", "a", "picture"])


def test_the_guard_is_part_of_the_fingerprint_and_absent_when_off():
    assert "burst_guard" not in JOINED.to_dict()
    assert featuriser_fingerprint(BURST) != featuriser_fingerprint(JOINED)
