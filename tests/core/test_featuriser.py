"""The featuriser's vector layout and fingerprint: what training and the device must agree on."""

import numpy as np
import pytest

from device_app.core.conversations import Message
from device_app.core.featuriser import (
    ContextWindow,
    Featuriser,
    FeaturiserSettings,
    featurise_conversation,
    featuriser_fingerprint,
)

SMALL = FeaturiserSettings(buckets=1000, message_len=8, context_len=10, context_messages=2)


def test_vector_has_the_configured_length_and_int32_ids():
    vec = featurise_conversation(Featuriser(SMALL), [Message("contact", "hi there")])[0]
    assert vec.shape == (18,) and vec.dtype == np.int32


def test_first_message_has_empty_context():
    vec = featurise_conversation(Featuriser(SMALL), [Message("contact", "hi there")])[0]
    assert vec[SMALL.message_len :].tolist() == [0] * SMALL.context_len


def test_words_come_before_char_trigrams_in_the_message_segment():
    f = Featuriser(SMALL)
    ids = f.current_ids(["hello"])
    assert ids[0] == f.current_ids(["hello", "x"])[0]  # the word itself leads
    assert len(ids) == 1 + len("<hello>") - 2  # then its five char trigrams


def test_previous_message_appears_in_context_newest_first():
    f = Featuriser(SMALL)
    rows = featurise_conversation(f, [Message("contact", "one"), Message("child", "two"), Message("contact", "x")])
    context = rows[2][SMALL.message_len :]
    assert context[0] == f.context_ids(["two"], True)[0]
    assert context[1] == f.context_ids(["one"], False)[0]


def test_child_and_contact_words_get_different_ids():
    f = Featuriser(SMALL)
    assert f.context_ids(["eleven"], True) != f.context_ids(["eleven"], False)


def test_context_keeps_only_the_configured_number_of_messages():
    f = Featuriser(SMALL)
    window = ContextWindow(f)
    for word in ["a", "b", "c"]:
        window.featurise(Message("contact", word))
    vec, _ = window.featurise(Message("contact", "d"))
    context = [i for i in vec[SMALL.message_len :] if i]
    assert context == f.context_ids(["c"], False) + f.context_ids(["b"], False)


def test_featurising_is_deterministic_across_instances():
    msgs = [Message("contact", "add me on sn@p"), Message("child", "why")]
    assert np.array_equal(featurise_conversation(Featuriser(), msgs), featurise_conversation(Featuriser(), msgs))


def test_fingerprint_changes_when_a_setting_changes():
    assert featuriser_fingerprint(SMALL) != featuriser_fingerprint(FeaturiserSettings())


def test_fingerprint_of_default_settings_is_stable():
    # Golden values: if one changes, bundles built with it are refused — retrain and update it on purpose.
    assert featuriser_fingerprint(FeaturiserSettings(version=1)).startswith("49b2fc6fe5a9")
    assert featuriser_fingerprint(FeaturiserSettings()).startswith("d140b7530ed2")


def test_with_speaker_marks_a_speakers_own_earlier_message_is_marked_apart_from_others():
    f = Featuriser(FeaturiserSettings(buckets=512, message_len=8, context_len=16, speaker_marks=1))
    window = ContextWindow(f)
    window.featurise(Message("contact", "hello", speaker="kai"))
    window.featurise(Message("contact", "hello", speaker="ava"))
    vec, _ = window.featurise(Message("contact", "hi", speaker="kai"))
    context = [i for i in vec[8:] if i]
    assert context == f.context_ids(["hello"], False) + f.context_ids(["hello"], False, same_speaker=True)
    assert f.context_ids(["hello"], False) != f.context_ids(["hello"], False, same_speaker=True)


def test_settings_without_speaker_marks_keep_the_older_manifest_shape():
    assert "speaker_marks" not in FeaturiserSettings().to_dict()
    assert FeaturiserSettings(speaker_marks=1).to_dict()["speaker_marks"] == 1


JOINED = FeaturiserSettings(buckets=1000, message_len=12, context_len=10, context_messages=2, join_split=1)


def current_segment(settings: FeaturiserSettings, messages: list[Message]) -> list[int]:
    """The current-message ids of the last message, featurised after the ones before it."""
    row = featurise_conversation(Featuriser(settings), messages)[-1]
    return [int(i) for i in row[: settings.message_len] if i]


def test_with_join_split_a_message_split_in_two_gives_the_unsplit_messages_ids():
    split = [Message("contact", "send me a", speaker="kai"), Message("contact", "pic of u", speaker="kai")]
    whole = [Message("contact", "send me a pic of u", speaker="kai")]
    assert current_segment(JOINED, split) == current_segment(JOINED, whole)


def test_join_split_does_not_carry_words_from_another_contact():
    after_other = [Message("contact", "send me a", speaker="ava"), Message("contact", "pic of u", speaker="kai")]
    alone = [Message("contact", "pic of u", speaker="kai")]
    assert current_segment(JOINED, after_other) == current_segment(JOINED, alone)


def test_join_split_does_not_carry_words_across_the_childs_message():
    with_child_between = [Message("contact", "send me a"), Message("child", "what"), Message("contact", "pic of u")]
    assert current_segment(JOINED, with_child_between) == current_segment(JOINED, [Message("contact", "pic of u")])


def test_join_split_never_carries_the_childs_words_into_a_contacts_message():
    after_child = [Message("child", "send me a"), Message("contact", "pic of u")]
    assert current_segment(JOINED, after_child) == current_segment(JOINED, [Message("contact", "pic of u")])


def test_join_split_carries_only_what_leaves_the_current_message_room():
    f = Featuriser(JOINED)
    long_text = "we can all go to the park on a day"  # ten tokens: room for two
    row = featurise_conversation(f, [Message("contact", "send me a"), Message("contact", long_text)])[-1]
    assert row[: JOINED.message_len].tolist() == f.current_ids(["me", "a", *f.message_tokens(long_text)])


def test_without_join_split_a_split_messages_second_half_stands_alone():
    off = FeaturiserSettings(buckets=1000, message_len=12, context_len=10, context_messages=2)
    split = [Message("contact", "send me a"), Message("contact", "pic of u")]
    assert current_segment(off, split) == current_segment(off, [Message("contact", "pic of u")])


def test_join_split_off_keeps_the_shipped_settings_fingerprint():
    shipped = FeaturiserSettings(context_messages=8, context_len=96, speaker_marks=1)
    assert "join_split" not in shipped.to_dict()
    assert featuriser_fingerprint(shipped).startswith("10c53aad35f9")
    assert featuriser_fingerprint(FeaturiserSettings(join_split=1)) != featuriser_fingerprint(FeaturiserSettings())


CUED = FeaturiserSettings(buckets=1000, message_len=12, context_len=10, context_messages=2, cue_tokens=1)


def test_with_cue_tokens_a_threat_starts_with_its_cue_ids():
    f = Featuriser(CUED)
    row = current_segment(CUED, [Message("contact", "pay £50 or i post it")])
    assert row[:2] == f.current_ids([], ["ultimatum", "payment"])  # then the words, as without cues
    assert row[2] == f.current_ids(["pay"])[0]


def test_cue_tokens_never_mark_the_childs_own_messages():
    child = current_segment(CUED, [Message("child", "he said pay £50 or he posts it")])
    plain = FeaturiserSettings(buckets=1000, message_len=12, context_len=10, context_messages=2)
    assert child == current_segment(plain, [Message("child", "he said pay £50 or he posts it")])


def test_cue_tokens_off_keep_the_shipped_settings_fingerprint():
    assert "cue_tokens" not in FeaturiserSettings().to_dict()
    assert featuriser_fingerprint(FeaturiserSettings()).startswith("d140b7530ed2")


CUE_TABLES = ("_ULTIMATUM_WORDS", "_IF_PHRASES", "_AFTER_OR", "_TIME_UNITS", "_DEADLINE_MARKS", "_DEADLINE_TIMES",
              "_COUNTDOWN_WORDS", "_PAYMENT_WORDS", "_PAYMENT_PAIRS", "_EXPOSE_VERBS", "_AUDIENCE",
              "_REPORTING_VERBS", "_THIRD_PERSON")  # fmt: skip


@pytest.mark.parametrize("table", CUE_TABLES)
def test_a_model_trained_under_other_cue_rules_is_refused(monkeypatch, table):
    from device_app.core import cues

    before = featuriser_fingerprint(CUED)
    current = getattr(cues, table)
    grown = current | {"zzz"} if isinstance(current, frozenset) else (*current, ["zzz", "zzz"])
    monkeypatch.setattr(cues, table, grown)
    assert featuriser_fingerprint(CUED) != before


def test_a_long_token_gets_its_id_without_being_kept_in_the_id_cache():
    from device_app.core import featuriser as module

    token = "m:" + "x" * 10_000 + "distinct"
    before = module._cached_bucket.cache_info().currsize
    assert module._bucket(token, 16384) == module._hashed(token, 16384)
    assert module._cached_bucket.cache_info().currsize == before


def test_a_short_token_is_cached_with_the_same_id_it_hashes_to():
    from device_app.core import featuriser as module

    assert module._bucket("m:send", 16384) == module._hashed("m:send", 16384) == module._bucket("m:send", 16384)
