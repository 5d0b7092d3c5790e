"""Shape guard level 3: a message typed without its vowels ("snd m a pc of u n bd") reads as its words.

Dropping vowels keeps a message readable to a child and takes most words away from a model that knows words: on
the independent probe, with the contact's words of three letters or more typed without vowels after the first
letter, 2026.12.08-13 scored F1 0.298 (0.961 on clean text). Chat already writes some words that
way ("pls", "txt", "rn"), and those are in the shorthand table, so this works on the featuriser's normalised
tokens, after shorthand, leetspeak and look-alike letters were read:

- a token is *vowel-less* when it is all letters, has no a, e, i, o or u, and is no known word or shorthand;
- only a message with at least VOWELLESS_MIN such tokens of two letters or more, where words of two letters or
  more without a vowel (known ones too: chat's "hr", "yr") are at least VOWELLESS_SHARE of its words, is read (a
  lone "grr" or "hmm", a name, an initialism stay as typed);
- each vowel-less token then becomes the most common word of the segmenter's ranked list (wordlist.WORDS) that
  has the same letters once its vowels are dropped, either after the first letter ("snd" -> "send") or all of
  them ("ld" -> "old"); one with no such word stays as typed.

The most common word is a guess, and sometimes the wrong one ("bd" -> "bad", not "bed"; "nds" -> "needs"), but
the words around it come back right, which is what the model reads a request by. On the test split's clean text
it changes 3 messages of 57,494 (and 6 of the training messages' 260,706). The tables are part of the featuriser
fingerprint (`tables_source`).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from .normalise import SHORTHAND
from .normalise_v3 import is_vocabulary_word
from .wordlist import WORDS

VOWELS = frozenset("aeiou")
VOWELLESS_MIN = 2  # vowel-less tokens (two letters or more) a message needs before any is read
VOWELLESS_SHARE = 0.3  # ... and words without a vowel (known ones too) must be at least this share of its words


def _after_first(word: str) -> str:
    return word[0] + "".join(ch for ch in word[1:] if ch not in VOWELS)


def _without(word: str) -> str:
    return "".join(ch for ch in word if ch not in VOWELS)


@lru_cache(maxsize=1)
def _index() -> dict[str, str]:
    """Each vowel-less spelling -> the most common word (first in WORDS) that drops to it, either way of dropping."""
    index: dict[str, str] = {}
    for word in WORDS:
        if not word.isalpha():
            continue
        for dropped in (_after_first(word), _without(word)):
            if dropped and dropped != word:
                index.setdefault(dropped, word)
    return index


def _vowelless(token: str) -> bool:
    return VOWELS.isdisjoint(token) and token.isalpha() and token not in SHORTHAND and not is_vocabulary_word(token)


def vowels_restored(tokens: Sequence[str]) -> list[str]:
    """`tokens` (normalised) with the vowels of a message typed without them put back (see the module)."""
    without = [t for t in tokens if len(t) >= 2 and VOWELS.isdisjoint(t) and t.isalpha()]
    if len(without) < VOWELLESS_MIN:  # the fast path: nearly every message
        return list(tokens)
    unknown = sum(1 for t in without if _vowelless(t))
    if unknown < VOWELLESS_MIN or len(without) < VOWELLESS_SHARE * sum(1 for t in tokens if t.isalpha()):
        return list(tokens)
    index = _index()
    return [index.get(t, t) if _vowelless(t) else t for t in tokens]


def tables_source() -> dict[str, object]:
    """What level 3 adds to the shape guard's fingerprint (the word list itself is in the normaliser's)."""
    return {
        "vowels": sorted(VOWELS), "min": VOWELLESS_MIN, "share": VOWELLESS_SHARE, "share_of": "all vowel-less words",
        "index": "first in WORDS, after-first then all",
    }  # fmt: skip


__all__ = ["tables_source", "vowels_restored"]
