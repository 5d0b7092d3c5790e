"""Emoji sprinkled between words: decoration an evader adds, not something the sender is saying.

Normalisation (version 2 on) already moves emoji behind the words, so "add 🔥 me 😂 on snap" reads as
"add me on snapchat". What it kept were the emoji themselves, up to three, and an evader's (or a bored
child's) 😘 😏 🙈 sprinkled between most words then reads as flirting: on the independent probe set a
safety lesson and a chat about a sister's laptop alerted only in that rewrite. With
`FeaturiserSettings.sprinkle_guard` a message whose emoji sit in at least a third of its word gaps keeps its
words and drops its emoji. A message that ends on "😍" or has one "😂" in the middle keeps them: there the
emoji is what the sender chose to say.

Pure Python over the raw text (after the same Unicode folding the tokeniser does).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .normalise_v2 import _EMOJI, _fold_unicode

MIN_INTERIOR_RUNS = 2  # one emoji mid-sentence is ordinary chat
MIN_GAP_SHARE = 1 / 3  # of the word gaps that hold an emoji run (the rewrite fills ~70%)
_WORD = re.compile(r"\w")


def is_sprinkled(text: str) -> bool:
    """True when emoji runs sit between words in at least a third of the message's word gaps (and two of them)."""
    pieces = _EMOJI.sub(lambda m: " \x00 ", _fold_unicode(text)).split()
    words = 0
    interior = 0
    pending = False  # an emoji run since the last word
    for piece in pieces:
        if piece == "\x00":
            pending = words > 0
        elif _WORD.search(piece):
            interior += pending
            pending = False
            words += 1
    gaps = words - 1
    return interior >= MIN_INTERIOR_RUNS and interior >= MIN_GAP_SHARE * gaps


def is_emoji_token(token: str) -> bool:
    """The tokeniser's emoji tokens: single pictographs behind the words (never words, placeholders
    such as "<url>", or "?"/"!")."""
    return not (token[0].isalnum() or token[0] in "<?!")


def without_sprinkle(text: str, tokens: Sequence[str]) -> list[str]:
    """`tokens` with the emoji dropped when `text` is sprinkled, else unchanged."""
    if not any(is_emoji_token(t) for t in tokens) or not is_sprinkled(text):
        return list(tokens)
    return [t for t in tokens if not is_emoji_token(t)]


def tables_source() -> dict[str, object]:
    """What the rule reads, for the featuriser's fingerprint."""
    return {"min_interior_runs": MIN_INTERIOR_RUNS, "min_gap_share": MIN_GAP_SHARE, "emoji": _EMOJI.pattern}
