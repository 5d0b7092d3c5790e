"""Featuriser version 3's normalisation: version 2 with a segmenter that survives real chat.

Version 2 re-splits letters that lost their word gaps ("a d d m e o n s n a p" -> "addmeonsnap") over
about 3,000 chat words, and gives up on the whole run when a third of the pieces are unknown: one name
("sprinklz how old r u") or one word outside the list ("offers", "nudes") left a whole message as one
meaningless token, and digits inside the run were read as leetspeak ("tyler 17" -> "tylerit").
Version 3 changes only the segmentation:
- a ranked list of about 20,000 words (`WORDS_V3`: general English by frequency merged with the chat
  words and shorthand that children's chats use, "u", "r", "pic", "nudes", "irl", "insta", ...);
- an unknown stretch costs per letter and stays one token (names, slang), instead of failing the run;
- a piece may be leetspeak for a known word ("s3nd"), and a run of digits stays a number ("17").
Everything else (folding, emoji, shorthand, placeholders) is version 2's.
"""

from __future__ import annotations

import math
import re
from functools import lru_cache

from .normalise_v2 import LEET_V2, tables_v2, tokenise_with, zipf_costs
from .wordlist import WORDS_V3

# Costs are -log probabilities of a Zipf-ranked vocabulary; an unknown piece pays a base and a price per
# character, so one long unknown name is cheaper than many unknown fragments but dearer than real words.
_UNKNOWN_BASE = 6.0
_UNKNOWN_PER_CHAR = 5.0
_LEET_PENALTY = 2.0
_NUMBER_COST = 8.0
_MOSTLY_UNKNOWN = 0.7  # a run more than this share unknown letters is left as it was typed
_RUN_PART = re.compile(r"[a-z0-9@$+€|]+")  # other punctuation ends a piece (the tokeniser drops it anyway)


@lru_cache(maxsize=1)
def _word_costs_v3() -> tuple[dict[str, float], int]:
    return zipf_costs(WORDS_V3)


def _piece(piece: str, costs: dict[str, float]) -> tuple[float, str, bool]:
    """(cost, the piece as a word, unknown?) for one candidate piece of a run."""
    known = costs.get(piece)
    if known is not None:
        return known, piece, False
    if piece.isdigit():
        return _NUMBER_COST, piece, False
    if piece.isalpha():
        return _UNKNOWN_BASE + _UNKNOWN_PER_CHAR * len(piece), piece, True
    unleet = "".join(LEET_V2.get(ch, ch) for ch in piece)
    known = costs.get(unleet) if unleet.isalpha() else None
    if known is not None:
        return known + _LEET_PENALTY, unleet, False
    if len(piece) == 1:  # a stray symbol ("13+ lol"): its own piece, so the rest still splits
        return _UNKNOWN_BASE + _UNKNOWN_PER_CHAR, piece, True
    return math.inf, piece, True


def is_vocabulary_word(word: str) -> bool:
    """`word` (lower case) is a word of the segmenter's vocabulary or its leetspeak ("s3nd"); numbers are not."""
    costs, _ = _word_costs_v3()
    _, _, unknown = _piece(word, costs)
    return not unknown and not word.isdigit()


def vocabulary_cost(word: str) -> float | None:
    """How unusual `word` (lower case) is as a vocabulary word (-log of its Zipf probability), None when it is
    no word of the vocabulary: lets a guard prefer "good" to "god" when undoing "gooood"."""
    costs, _ = _word_costs_v3()
    return costs.get(word)


def segment_v3(run: str) -> str:
    """Shortest-cost split of a run that lost its word gaps ("sprinklzhowoldru" -> "sprinklz how old r u").

    The run may hold digits and leet characters; a run that is a known word, or mostly unknown letters,
    stays as it is.
    """
    costs, longest = _word_costs_v3()
    if run in costs or len(run) <= 2:
        return run
    n = len(run)
    best = [0.0] + [math.inf] * n
    back: list[tuple[int, str, bool]] = [(0, "", False)] * (n + 1)
    for i in range(1, n + 1):
        for j in range(max(0, i - longest), i):
            if best[j] == math.inf:
                continue
            cost, word, unknown = _piece(run[j:i], costs)
            if best[j] + cost < best[i]:
                best[i], back[i] = best[j] + cost, (j, word, unknown)
    words: list[str] = []
    unknown_chars = 0
    i = n
    while i > 0:
        j, word, unknown = back[i]
        words.append(word)
        unknown_chars += (i - j) if unknown else 0
        i = j
    if unknown_chars > _MOSTLY_UNKNOWN * n:
        return run
    return " ".join(reversed(words))


def _resplit_v3(chars: str) -> str:
    """A whole message typed letter by letter without word gaps, segmented as one run."""
    return " ".join(segment_v3(part) for part in _RUN_PART.findall(chars))


def tokenise_v3(text: str) -> list[str]:
    """Version 2's tokens, with version 3's segmentation of letters typed without word gaps."""
    return tokenise_with(text, segment_v3, _resplit_v3)


def tables_v3() -> dict[str, object]:
    """What version 3 adds to the fingerprint source (on top of version 2's tables)."""
    return {
        **tables_v2(),
        "v3_words": list(WORDS_V3),
        "v3_patterns": [_RUN_PART.pattern],
        "v3_numbers": [_UNKNOWN_BASE, _UNKNOWN_PER_CHAR, _LEET_PENALTY, _NUMBER_COST, _MOSTLY_UNKNOWN],
    }


__all__ = ["is_vocabulary_word", "segment_v3", "tables_v3", "tokenise_v3", "vocabulary_cost"]
