"""Evasion transforms (model_training.evasion) round-trip through featuriser version 2: the disguised
message gives the model the same word ids as the plain one. Version 1 stays frozen for older bundles."""

import random

import pytest

from device_app.core.bundle import load_bundle
from device_app.core.conversations import Conversation, Message
from device_app.core.featuriser import Featuriser, FeaturiserSettings, featuriser_fingerprint
from device_app.core.normalise import tokenise
from device_app.core.normalise_v2 import segment, tokenise_v2
from device_app.core.normalise_v3 import segment_v3
from device_app.core.wordlist import WORDS_V3
from model_training.evasion import TEXT_TRANSFORMS, apply_transform, spaced_letters_tight

V2 = Featuriser(FeaturiserSettings(version=2))
V3 = Featuriser(FeaturiserSettings(version=3))
MESSAGES = (
    "Don't tell your mum, send me a pic on snapchat or I'll share it with everyone.",
    "hey how old are you? where do you go to school",
    "you are so mature for your age, delete this chat after",
)
V1_FINGERPRINT_OF_2026_11_24 = "49b2fc6fe5a98d7c"


GROOMING_LINES = (
    "send me a pic",
    "dont tell your mum",
    "add me on snap",
    "how old are you",
    "are you home alone",
    "delete this chat",
    "i will send it to your friends",
    "pay me or else",
    "send nudes or i post them",
    "lets meet irl",
    "turn on ur cam",
)


def word_ids(text: str, featuriser: Featuriser = V2) -> list[int]:
    tokens = [t for t in featuriser.message_tokens(text) if t[0].isalnum() or t[0] == "<"]  # emoji go behind
    return featuriser.current_ids(tokens)


@pytest.mark.parametrize("featuriser", [V2, V3], ids=["v2", "v3"])
@pytest.mark.parametrize("name", sorted(TEXT_TRANSFORMS))
@pytest.mark.parametrize("text", MESSAGES)
def test_each_evasion_transform_gives_the_plain_messages_word_ids(name, text, featuriser):
    disguised = TEXT_TRANSFORMS[name](text, random.Random(0))
    assert disguised != text or name == "caps_no_punctuation"
    assert word_ids(disguised, featuriser) == word_ids(text, featuriser)


@pytest.mark.parametrize("text", GROOMING_LINES)
def test_version_3_reads_tight_spaced_grooming_lines_as_the_plain_words(text):
    assert tokenise(spaced_letters_tight(text, random.Random(0)), 3) == tokenise(text, 3)


def test_version_3_knows_chat_words_that_version_2_broke_into_pieces():
    assert segment("sendnudesoripostthem") != "send nudes or i post them"  # version 2 stays as it was
    assert segment_v3("sendnudesoripostthem") == "send nudes or i post them"


def test_version_3_keeps_an_unknown_name_as_one_word_between_known_ones():
    assert "zorbix" not in WORDS_V3
    assert segment_v3("heyitszorbixfromtheclub") == "hey its zorbix from the club"


def test_version_3_keeps_digits_in_a_tight_run_as_a_number_not_leetspeak():
    tight = spaced_letters_tight("tyler 17 from near riverside", random.Random(0))
    assert tokenise(tight, 2)[0] != "tyler"
    assert tokenise(tight, 3) == ["tyler", "17", "from", "near", "riverside"]


def test_version_3_splits_a_run_around_a_stray_symbol():
    assert tokenise(spaced_letters_tight("the server is 13+ lol", random.Random(0)), 3) == tokenise("the server is 13 lol", 3)


@pytest.mark.parametrize("text", [*MESSAGES, "S N A P me", "d1sc0rd?", "b4 2nd 53nd 4pm", "add 😂 me 🔥 on snap 😂"])
def test_version_3_tokenises_text_with_word_gaps_like_version_2(text):
    assert tokenise(text, 3) == tokenise(text, 2)


def test_version_3_has_its_own_fingerprint_and_leaves_version_2s_alone():
    v2, v3 = featuriser_fingerprint(FeaturiserSettings()), featuriser_fingerprint(FeaturiserSettings(version=3))
    assert v2.startswith("d140b7530ed2") and v3 != v2


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


def test_the_policy_fit_view_rewrites_each_conversation_with_the_next_transform_and_keeps_labels():
    from model_training.evasion import TRANSFORMS, mixed_evasion

    msgs = (Message("contact", "add me on snap now pls", tags=("platform_move",)), Message("child", "ok"))
    convs = [Conversation(f"c{i}", msgs, label="grooming", first_risk_index=0) for i in range(len(TRANSFORMS))]
    out = mixed_evasion(convs)
    assert [c.id.split("~")[1] for c in out] == list(TRANSFORMS)
    assert all(c.is_grooming and c.messages[-1].text == "ok" for c in out)
    assert all(o.messages[0].text != "add me on snap now pls" for o in out)


GUARDED = Featuriser(FeaturiserSettings(version=3, emoji_guard=1))


@pytest.mark.parametrize("text", MESSAGES)
def test_emoji_glued_to_words_give_the_plain_messages_word_ids_through_the_emoji_guard(text):
    from model_training.evasion import emoji_glued

    disguised = emoji_glued(text, random.Random(0))
    assert disguised != text
    assert word_ids(disguised, GUARDED) == word_ids(text, GUARDED)


@pytest.mark.parametrize(
    "name",
    ["emoji_glued", "emoji_in_words", "fancy_letters", "separated_letters", "blank_gaps", "broken_words", "word_bursts"],
)
def test_evaluate_scores_the_guarded_rewrites_beside_the_ones_training_uses(name):
    from model_training.evasion import EVALUATION_TRANSFORMS, TRANSFORMS

    assert name in EVALUATION_TRANSFORMS and name not in TRANSFORMS


@pytest.mark.parametrize("name", sorted(TEXT_TRANSFORMS))
@pytest.mark.parametrize("text", MESSAGES)
def test_the_emoji_guard_leaves_the_words_of_every_other_rewrite_as_they_were(name, text):
    disguised = TEXT_TRANSFORMS[name](text, random.Random(0))
    assert word_ids(disguised, GUARDED) == word_ids(disguised, V3)


def test_word_bursts_send_each_message_as_pieces_of_one_to_three_words_and_move_the_first_sign():
    from model_training.evasion import word_bursts

    msgs = (Message("contact", "hey there how are you doing"), Message("child", "ok"),
            Message("contact", "send me a pic of u", tags=("sexual",)))  # fmt: skip
    conv = Conversation("b", msgs, label="grooming", first_risk_index=2)
    out = word_bursts(conv, random.Random(1))
    contact = [m for m in out.messages if not m.from_child]
    assert all(1 <= len(m.text.split()) <= 3 for m in contact)
    assert " ".join(m.text for m in contact) == "hey there how are you doing send me a pic of u"
    assert out.messages[out.first_risk_index].text.startswith("send")
    assert all(m.tags == ("sexual",) for m in out.messages[out.first_risk_index :])


def test_word_bursts_record_which_message_each_piece_belongs_to():
    from model_training.evasion import word_bursts
    from model_training.metrics import meant_messages

    msgs = (Message("contact", "hey there how are you doing"), Message("child", "ok"), Message("contact", "send me a pic"))
    out = word_bursts(Conversation("b", msgs, label="grooming", first_risk_index=2), random.Random(1))
    meant = list(meant_messages(out))
    assert meant == sorted(meant) and set(meant) == {0, 1, 2}
    assert [out.messages[i].text for i, m in enumerate(meant) if m == 1] == ["ok"]


def test_chunked_messages_send_a_long_message_in_chunks_of_three_to_eight_words_and_keep_short_ones_whole():
    from model_training.evasion import chunked_messages
    from model_training.metrics import meant_messages

    long = "hey so i was thinking we could play later and maybe talk on snap after if ur free tonight"
    msgs = (Message("contact", "hi there"), Message("child", "hi"), Message("contact", long, tags=("platform_move",)))
    out = chunked_messages(Conversation("c", msgs, label="grooming", first_risk_index=2), random.Random(3))
    chunks = [m for m in out.messages[out.first_risk_index :]]
    assert out.messages[0].text == "hi there" and " ".join(m.text for m in chunks) == long
    assert len(chunks) >= 3 and all(3 <= len(m.text.split()) <= 8 for m in chunks[:-1])
    assert all(m.tags == ("platform_move",) for m in chunks)
    assert list(meant_messages(out)) == [0, 1] + [2] * len(chunks)


def test_chunked_messages_are_scored_by_evaluate_and_counted_in_the_messages_meant():
    from model_training.evasion import CHUNKING_TRANSFORMS, EVALUATION_TRANSFORMS, TRANSFORMS

    assert "chunked_messages" in EVALUATION_TRANSFORMS and "chunked_messages" in CHUNKING_TRANSFORMS
    assert "chunked_messages" not in TRANSFORMS  # not in training data or the policy fit's mixed view
