"""The emoji guard: emoji never glue words together, and emoji sprinkled between words are dropped.

Normalisation (version 2 on) takes emoji out of the text and puts them behind the words, taking the space
in front of each with it. That reads "add 🔥 me on snap" as "add me on snapchat", but an emoji typed against
the next word glued the two words on either side: "send 😘me a 😘pic of 😘u" became "sendme apic ofu" and
scored 0.05 for grooming where the plain request scored 0.65. With `FeaturiserSettings.emoji_guard` every
emoji run typed against the next word first gets a space behind it, so taking it out leaves the words apart.

It also keeps the emoji themselves out of a sprinkled message. An evader's (or a bored child's) 😘 😏 🙈
between most words read as flirting: on the independent probe set a safety lesson and a chat about a sister's
laptop alerted only in that rewrite. A message whose emoji sit in a third of its word gaps or more keeps its
words and drops its emoji. A message that ends on "😍" or has one "😂" in the middle keeps them: there the
emoji is what the sender chose to say.

Pure Python over the raw text (the same emoji pattern and Unicode folding the tokeniser uses): one search for
emoji per message, and for the messages that hold some, two more passes over the text (spacing glued emoji,
counting word gaps); 1–4 µs per message on average over the dev sets.
"""

from __future__ import annotations

import re

from .normalise import tokenise
from .normalise_v2 import _EMOJI, _fold_unicode

# An emoji run typed against the word after it gets a space behind it, and only there, because the letter
# spacing undone after emoji are taken out ("s 💕 n 🙈 a p" -> "s n a p") reads every extra space as a word gap.
# The rule in regex form, for the fingerprint. It is applied run by run (`_unglued`): searched for as one regex,
# a long run of emoji followed by no word is retried from every position, and 10,000 emoji took 1.6 s.
_GLUED_RULE = f"(?:{_EMOJI.pattern})(?=\\w)"
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


def guarded_tokens(text: str, version: int) -> list[str]:
    """`normalise.tokenise(text, version)` with emoji kept from gluing words, and without the emoji of a
    sprinkled message."""
    if not _EMOJI.search(text):
        return tokenise(text, version)
    tokens = tokenise(_unglued(text), version)
    return [t for t in tokens if not is_emoji_token(t)] if is_sprinkled(text) else tokens


def _unglued(text: str) -> str:
    """`text` with a space behind every emoji run that a word follows directly (one pass over the runs)."""
    pieces: list[str] = []
    start = 0
    for run in _EMOJI.finditer(text):
        if _WORD.match(text, run.end()):
            pieces += [text[start : run.end()], " "]
            start = run.end()
    pieces.append(text[start:])
    return "".join(pieces)


def tables_source() -> dict[str, object]:
    """What the guard reads, for the featuriser's fingerprint."""
    return {
        "min_interior_runs": MIN_INTERIOR_RUNS, "min_gap_share": MIN_GAP_SHARE, "emoji": _EMOJI.pattern,
        "unglue": _GLUED_RULE,
    }  # fmt: skip
