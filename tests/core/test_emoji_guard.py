"""The emoji guard: emoji never glue words together; emoji scattered between words are dropped, chosen ones kept."""

import random

from device_app.core.conversations import Message
from device_app.core.emoji_guard import guarded_tokens, is_sprinkled
from device_app.core.featuriser import (
    Featuriser,
    FeaturiserSettings,
    featurise_conversation,
    featuriser_fingerprint,
)
from device_app.core.normalise import tokenise
from model_training.evasion import emoji_between_words

GUARDED = FeaturiserSettings(buckets=1000, message_len=16, context_len=16, context_messages=2, version=3, emoji_guard=1)


def test_emoji_in_most_word_gaps_count_as_sprinkled():
    assert is_sprinkled("because 😏 you 🔥 leave it 😜 logged 😘 in ✨ anyway")


def test_one_emoji_mid_sentence_is_not_sprinkled():
    assert not is_sprinkled("omg 😂😂 ur so funny 😍")


def test_emoji_only_at_the_end_are_not_sprinkled():
    assert not is_sprinkled("ur so cute 😘😘 🙈")


def test_a_message_of_emoji_alone_is_not_sprinkled():
    assert not is_sprinkled("😂😂😂 🔥")


def test_emoji_in_fewer_than_a_third_of_the_gaps_are_not_sprinkled():
    assert not is_sprinkled("we 😂 were at the park and then 🔥 went home for tea")


def test_the_evasion_rewrite_of_a_longer_message_is_sprinkled():
    rng = random.Random(3)
    text = "my sister always leaves her laptop logged in so you should go take her a snack"
    assert all(is_sprinkled(emoji_between_words(text, rng)) for _ in range(20))


def test_a_sprinkled_message_keeps_every_word_and_loses_its_emoji():
    text = "send 😘 me 😏 a pic"
    assert guarded_tokens(text, 3) == tokenise("send me a pic", 3)


def test_an_unsprinkled_message_keeps_its_emoji():
    text = "ur cuter than ur pics tbh 🙈"
    assert guarded_tokens(text, 3) == tokenise(text, 3)


def test_with_the_guard_a_sprinkled_message_gives_the_plain_messages_ids():
    f = Featuriser(GUARDED)
    sprinkled = featurise_conversation(f, [Message("contact", "send 😘 me 😏 a 🙈 pic of 💕 u")])
    plain = featurise_conversation(f, [Message("contact", "send me a pic of u")])
    assert sprinkled.tolist() == plain.tolist()


def test_without_the_guard_sprinkled_emoji_still_reach_the_model():
    off = FeaturiserSettings(buckets=1000, message_len=16, context_len=16, context_messages=2, version=3)
    f = Featuriser(off)
    sprinkled = featurise_conversation(f, [Message("contact", "send 😘 me 😏 a 🙈 pic of 💕 u")])
    plain = featurise_conversation(f, [Message("contact", "send me a pic of u")])
    assert sprinkled.tolist() != plain.tolist()


def test_the_guard_drops_sprinkled_emoji_from_the_context_too():
    f = Featuriser(GUARDED)
    after_sprinkled = featurise_conversation(f, [Message("child", "ok 😂 so 🔥 what 😜 now"), Message("contact", "hi")])
    after_plain = featurise_conversation(f, [Message("child", "ok so what now"), Message("contact", "hi")])
    assert after_sprinkled[-1].tolist() == after_plain[-1].tolist()


def test_the_guard_is_part_of_the_fingerprint_and_absent_when_off():
    assert "emoji_guard" not in FeaturiserSettings().to_dict()
    assert featuriser_fingerprint(FeaturiserSettings(emoji_guard=1)) != featuriser_fingerprint(FeaturiserSettings())


def test_an_emoji_typed_against_the_next_word_no_longer_glues_the_words_apart_from_it():
    assert guarded_tokens("dont 🤫tell ur mum", 3) == tokenise("dont tell ur mum 🤫", 3)


def test_emoji_between_letters_without_spaces_leave_the_words_apart():
    assert guarded_tokens("send😘me😏a🙈pic", 3) == tokenise("send me a pic", 3)


def test_without_the_guard_a_glued_emoji_still_joins_two_words():
    assert "donttell" in tokenise("dont 🤫tell ur mum", 3)


def test_a_message_without_emoji_reads_exactly_as_the_tokeniser_reads_it():
    text = "ur so mature for 13. dont tell ur mum ok"
    assert guarded_tokens(text, 3) == tokenise(text, 3)


def test_letters_spaced_out_between_emoji_still_join_into_one_word_through_the_guard():
    assert "snapchat" in guarded_tokens("do u have s 💕 n 🙈 a 🔥 p?", 3)


def test_a_message_of_twenty_thousand_emoji_reads_as_one_emoji_token():
    # searched for as one regex, the glue rule retried a long run from every position (quadratic: 1.6 s at 10k)
    assert guarded_tokens("😘" * 20_000, 3) == ["😘"]


def test_a_long_run_of_emoji_glued_to_one_word_still_frees_the_word():
    assert guarded_tokens("hey" + "😘" * 20_000 + "there", 3)[:2] == ["hey", "there"]
