"""Cue tokens: the shape of a threat, and the shape of a threat being reported, named in words the
model does not have to learn from each new phrasing.

Sextortion is written in endless wordings ("£100 amazon voucher or ur whole year group gets it", "take
her card then. 12 mins", "then u wont mind everyone seeing it"), but its structure repeats: an
ultimatum, a deadline, a payment, an audience the images would reach. A child telling a friend about
such a message repeats the same words inside quotation marks or after "this guy dmed me". With
`FeaturiserSettings.cue_tokens` the featuriser puts one id per cue found at the front of the current
message, so a threat in a wording no training chat used still shares ids with the threats that did,
and a quoted one carries the "reported" cue beside them. The model, not this module, decides what the
cues mean together with the words.

Pure Python over the normalised tokens (plus the raw text for quotation marks and currency signs,
which normalisation drops); about 15 µs per message on this machine.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from .normalise import tokenise

NORMALISER_VERSION = 3  # the tables below are read through the featuriser's normalisation (v3)


def _normalised(words: Iterable[str]) -> frozenset[str]:
    """Table words as the featuriser's tokens ("unless" -> "unles", "tmrw" -> "tomorrow", "mom" -> "mum")."""
    return frozenset(tok for w in words for tok in tokenise(w, NORMALISER_VERSION))

CUES: tuple[str, ...] = ("ultimatum", "deadline", "payment", "exposure", "reported")

_ULTIMATUM_WORDS = _normalised({"unless", "otherwise"})
_IF_PHRASES = (["you", "dont"], ["you", "do"], ["you", "block"])  # "if u dont pay", "if u block me"
# "or" followed closely by who suffers or who acts: "or i post", "or ur mum sees", "or everyone gets it"
_AFTER_OR = _normalised({
    "i", "ill", "im", "everyone", "everybody", "every", "your", "they", "the", "whole", "its", "these", "this",
    "all", "else",
})  # fmt: skip
_TIME_UNITS = _normalised({
    "min", "mins", "minute", "minutes", "sec", "secs", "seconds", "hour", "hours", "hr", "hrs", "h", "pm", "am",
})  # fmt: skip
_DEADLINE_MARKS = _normalised({"by", "before", "until", "till", "within"})
_DEADLINE_TIMES = _normalised({"midnight", "tonight", "tomorrow", "tmrw", "morning", "noon", "today", "tmr"})
_COUNTDOWN_WORDS = _normalised({"countdown", "deadline", "ticking", "clock"})
_PAYMENT_WORDS = _normalised({
    "voucher", "vouchers", "giftcard", "giftcards", "robux", "vbucks", "paypal", "cashapp", "venmo", "crypto",
    "bitcoin", "btc", "usdt", "quid", "dollars", "pounds", "bucks", "pay", "payment", "money", "cash", "wire",
})  # fmt: skip
_PAYMENT_PAIRS = tuple(
    tuple(tokenise(pair, NORMALISER_VERSION)) for pair in ("gift card", "gift cards", "steam card", "steam cards", "the codes")
)
_EXPOSE_VERBS = _normalised({
    "post", "posting", "posted", "leak", "leaking", "share", "sharing", "send", "sending", "show", "showing",
    "expose", "exposing", "upload", "uploading", "tag", "tagged", "spread", "see", "sees", "seeing", "get", "gets",
})  # fmt: skip
_AUDIENCE = _normalised({
    "everyone", "everybody", "followers", "school", "class", "college", "team", "friends", "family", "mum",
    "mom", "dad", "parents", "contacts", "internet", "online", "whole", "coach", "teachers", "group",
})  # fmt: skip
_REPORTING_VERBS = _normalised({"said", "says", "saying", "dmed", "messaged", "texted", "told", "asked", "sent", "wrote"})
_THIRD_PERSON = _normalised({
    "he", "she", "they", "someone", "somebody", "guy", "girl", "account", "person", "man", "woman", "random",
    "stranger", "bloke", "dude", "people", "somone",
})  # fmt: skip
_QUOTES = re.compile(r"[\"“”„«»]")
_CURRENCY = re.compile(r"[$£€]\s?\d|\d\s?[$£€]")
_WINDOW = 3  # tokens after "or", or before a reporting verb, that still belong to it


def _ultimatum(tokens: Sequence[str]) -> bool:
    for i, tok in enumerate(tokens):
        if tok in _ULTIMATUM_WORDS:
            return True
        if tok == "or" and any(t in _AFTER_OR for t in tokens[i + 1 : i + 1 + _WINDOW]):
            return True
        if tok == "if" and tokens[i + 1 : i + 3] in _IF_PHRASES:
            return True
    return False


def _deadline(tokens: Sequence[str]) -> bool:
    for i, tok in enumerate(tokens):
        nxt = tokens[i + 1] if i + 1 < len(tokens) else ""
        if (tok.isdigit() or tok == "<num>") and nxt in _TIME_UNITS:
            return True
        if tok in _DEADLINE_MARKS and (nxt in _DEADLINE_TIMES or nxt.isdigit() or nxt == "<num>"):
            return True
        if tok in _COUNTDOWN_WORDS:
            return True
    return False


def _payment(text: str, tokens: Sequence[str]) -> bool:
    if _CURRENCY.search(text) or any(t in _PAYMENT_WORDS for t in tokens):
        return True
    pairs = set(zip(tokens, tokens[1:], strict=False))
    return any(p in pairs for p in _PAYMENT_PAIRS)


def _exposure(tokens: Sequence[str]) -> bool:
    words = set(tokens)
    return bool(words & _EXPOSE_VERBS) and bool(words & _AUDIENCE)


def _reported(text: str, tokens: Sequence[str]) -> bool:
    if _QUOTES.search(text):
        return True
    for i, tok in enumerate(tokens):
        if tok in _REPORTING_VERBS and any(t in _THIRD_PERSON for t in tokens[max(0, i - _WINDOW) : i]):
            return True
    return False


def tables_source() -> dict[str, object]:
    """Every table the cues read, for the featuriser's fingerprint: a model trained with one set of cue
    rules must not run under another."""
    return {
        "cues": list(CUES), "ultimatum": sorted(_ULTIMATUM_WORDS), "if_phrases": [list(p) for p in _IF_PHRASES],
        "after_or": sorted(_AFTER_OR), "time_units": sorted(_TIME_UNITS),
        "deadline_marks": sorted(_DEADLINE_MARKS), "deadline_times": sorted(_DEADLINE_TIMES),
        "countdown": sorted(_COUNTDOWN_WORDS), "payment": sorted(_PAYMENT_WORDS),
        "payment_pairs": [list(p) for p in _PAYMENT_PAIRS], "expose": sorted(_EXPOSE_VERBS),
        "audience": sorted(_AUDIENCE), "reporting": sorted(_REPORTING_VERBS), "third": sorted(_THIRD_PERSON),
        "quotes": _QUOTES.pattern, "currency": _CURRENCY.pattern, "window": _WINDOW,
    }  # fmt: skip


def message_cues(text: str, tokens: Sequence[str]) -> list[str]:
    """The cues (in CUES order) that a message's raw `text` and its normalised `tokens` show."""
    found = {
        "ultimatum": _ultimatum(tokens),
        "deadline": _deadline(tokens),
        "payment": _payment(text, tokens),
        "exposure": _exposure(tokens),
        "reported": _reported(text, tokens),
    }
    return [cue for cue in CUES if found[cue]]
