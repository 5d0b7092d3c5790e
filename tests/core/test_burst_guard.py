"""The burst guard: a request typed a word or two per message reads as the message it spells."""

from dataclasses import replace

import pytest

from device_app.core import cues
from device_app.core.conversations import Message
from device_app.core.featuriser import (
    BURST_CUE_CHARS,
    BURST_GAP_SECONDS,
    BURST_TOKENS,
    Featuriser,
    FeaturiserSettings,
    SpeakerRun,
    featurise_conversation,
    featurise_with_bursts,
    featuriser_fingerprint,
)

JOINED = FeaturiserSettings(buckets=1000, message_len=24, context_len=10, context_messages=2, join_split=1)
BURST = replace(JOINED, burst_guard=1)
WHOLE = replace(JOINED, message_len=48, burst_guard=2)


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


def last_row(settings: FeaturiserSettings, messages: list[Message]) -> list[int]:
    return featurise_conversation(Featuriser(settings), messages)[-1].tolist()


LONG_REQUEST = "send me a pic of u in ur bed and dont tell ur mum about it ok"


def test_with_whole_bursts_a_long_request_typed_a_word_at_a_time_reads_exactly_as_the_request():
    before = [Message("contact", "how was school"), Message("child", "fine")]
    assert last_row(WHOLE, [*before, *one_word_each(LONG_REQUEST)]) == last_row(WHOLE, [*before, Message("contact", LONG_REQUEST)])


def test_with_whole_bursts_later_messages_remember_the_burst_as_one_message():
    after = [Message("child", "no"), Message("contact", "pls")]
    typed = last_row(WHOLE, [*one_word_each(LONG_REQUEST), *after])
    assert typed == last_row(WHOLE, [Message("contact", LONG_REQUEST), *after])


def test_the_tail_only_burst_guard_reads_less_than_the_whole_long_request():
    typed = current_segment(replace(WHOLE, burst_guard=1), one_word_each(LONG_REQUEST))
    assert typed != current_segment(replace(WHOLE, burst_guard=1), [Message("contact", LONG_REQUEST)])


def test_only_a_bursts_later_pieces_are_marked_as_continuing_it():
    messages = [Message("child", "hi"), *one_word_each("send me"), Message("child", "what"), Message("contact", "a pic pls")]
    assert featurise_with_bursts(Featuriser(WHOLE), messages)[1] == [False, False, True, False, False]


def test_the_tail_only_burst_guard_marks_no_piece_for_the_tracker():
    assert not any(featurise_with_bursts(Featuriser(BURST), one_word_each("send me a pic"))[1])


def test_a_burst_past_its_word_limit_starts_anew():
    words = [f"w{i}" for i in range(BURST_TOKENS + 3)]
    continues = featurise_with_bursts(Featuriser(WHOLE), one_word_each(" ".join(words)))[1]
    assert continues.index(False, 1) == BURST_TOKENS and continues[BURST_TOKENS + 1]


def test_whole_bursts_have_their_own_fingerprint():
    assert featuriser_fingerprint(WHOLE) != featuriser_fingerprint(replace(WHOLE, burst_guard=1))


def test_with_whole_bursts_an_age_typed_in_pieces_is_still_read_as_a_stated_age():
    stateful = replace(WHOLE, state_tokens=1, context_len=24)
    after = [Message("child", "ok"), Message("contact", "cool")]
    typed = last_row(stateful, [*one_word_each("im 25 lol"), *after])
    assert typed == last_row(stateful, [Message("contact", "im 25 lol"), *after])
    assert typed != last_row(stateful, [Message("contact", "im lol"), *after])


def test_the_shipped_detector_scores_and_tracks_a_request_typed_a_word_at_a_time_as_the_request():
    from device_app.core.pipeline import Detector

    detector = Detector.from_path()
    before = [Message("contact", "hey u play fortnite?"), Message("child", "ya"), Message("contact", "how old r u"),
              Message("child", "12")]  # fmt: skip

    def last_step(messages: list[Message]):
        state = detector.new_conversation("c")
        return [detector.observe(state, m) for m in messages][-1]

    typed = last_step([*before, *one_word_each(LONG_REQUEST)])
    whole = last_step([*before, Message("contact", LONG_REQUEST)])
    assert typed.scores == whole.scores and typed.risk == whole.risk


def test_with_whole_bursts_a_pieces_cues_reread_at_most_the_bursts_last_thousand_characters():
    run = SpeakerRun(WHOLE)
    run.remember(["x"], False, None, "x" * 5000, False)
    run.remember(["y"], False, None, "y" * 5000, True)
    text = run.cue_text("pic", True)
    assert text == "y" * BURST_CUE_CHARS + " pic"


def test_with_whole_bursts_another_speaker_or_the_child_ends_a_burst():
    messages = [*one_word_each("send me", "kai"), Message("contact", "lol", speaker="ava"),
                Message("contact", "a pic", speaker="kai"), Message("child", "no"), Message("contact", "pls", speaker="kai")]  # fmt: skip
    assert featurise_with_bursts(Featuriser(WHOLE), messages)[1] == [False, True, False, False, False, False]


def test_a_group_chat_piece_revises_only_its_own_speakers_tracker():
    from device_app.core.bundle import PolicySettings
    from device_app.core.tracker import MessageScores, SpeakerTrackers

    trackers = SpeakerTrackers(PolicySettings(decay=0.8, noise_floor=0.2, alert_threshold=0.99))
    trackers.observe_contact(0, MessageScores(0.7, {}), speaker="ava")
    trackers.observe_contact(1, MessageScores(0.6, {}), speaker="kai")
    risk_ava = trackers.trackers["ava"].risk
    trackers.observe_contact(2, MessageScores(0.1, {}), speaker="kai", revises=True)
    assert trackers.trackers["ava"].risk == risk_ava and trackers.trackers["kai"].risk == 0.0


BURST_GAP_SECONDS_INT = int(BURST_GAP_SECONDS)


def _at(second: int, text: str) -> Message:
    return Message("contact", text, ts=f"2026-12-07T10:00:{second:02d}Z")


def test_with_whole_bursts_pieces_seconds_apart_continue_the_burst():
    messages = [_at(0, "send me"), _at(3, "a pic"), _at(5, "now")]
    assert featurise_with_bursts(Featuriser(WHOLE), messages)[1] == [False, True, True]


def test_with_whole_bursts_a_pause_longer_than_the_gap_ends_the_burst():
    late = Message("contact", "ok", ts=f"2026-12-07T10:00:{BURST_GAP_SECONDS_INT + 1:02d}Z")
    assert featurise_with_bursts(Featuriser(WHOLE), [_at(0, "how was school"), late])[1] == [False, False]


@pytest.mark.parametrize("ts", ["NaN", "", "9999-99-99", "x" * 10_000, "\u202e2026-12-07T10:00:01Z"])
def test_an_unreadable_time_is_an_unknown_pause_not_an_error(ts):
    messages = [_at(0, "send me"), Message("contact", "a pic", ts=ts)]
    assert featurise_with_bursts(Featuriser(WHOLE), messages)[1] == [False, True]


@pytest.mark.parametrize("ts", ["0001-01-01T00:00:00+14:00", "9999-12-31T23:59:59-14:00"])
def test_a_time_at_the_ends_of_the_calendar_is_read_as_a_long_pause(ts):
    messages = [_at(0, "send me"), Message("contact", "a pic", ts=ts)]
    assert featurise_with_bursts(Featuriser(WHOLE), messages)[1] == [False, False]
