"""Golden cases for the normaliser: the tricks people use to dodge filters map onto one form."""

import pytest

from device_app.core.normalise import normalise, tokenise


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("add me on sn@p", ["add", "me", "on", "snapchat"]),
        ("d1sc0rd?", ["discord", "?"]),
        ("heyyyy", ["hey"]),
        ("dont tell ur mom", ["don't", "tell", "your", "mum"]),
        ("S N A P me", ["snapchat", "me"]),
        ("are yoυ hοme аlone", ["are", "you", "home", "alone"]),  # Greek/Cyrillic look-alikes
        ("wanna meet 2moro", ["want", "to", "meet", "tomorrow"]),
        ("i'm 11", ["i'm", "11"]),
    ],
)
def test_tokenise_maps_evasions_to_canonical_tokens(text, expected):
    assert tokenise(text) == expected


def test_ages_and_times_are_not_read_as_leetspeak():
    assert tokenise("im 13 and its 4pm") == ["i'm", "13", "and", "its", "4pm"]


def test_phone_numbers_urls_and_emails_become_placeholders():
    assert tokenise("text me 07700 900123 or a.b@mail.com www.site.io/x") == [
        "text", "me", "<phone>", "or", "<email>", "<url>",
    ]  # fmt: skip


def test_long_numbers_become_a_number_placeholder():
    assert tokenise("800 robux") == ["<num>", "robux"]


def test_zero_width_characters_are_removed():
    assert normalise("se\u200bcret") == "secret"


def test_emoji_survive_as_their_own_tokens():
    assert tokenise("ok 😍") == ["ok", "😍"]
