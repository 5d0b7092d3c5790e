"""Featuriser version 2's normalisation: version 1 plus the evasion tricks it let through.

What changed, and why (each step makes an evasive spelling give the same tokens as the plain one):
- letters typed with spaces between them ("s n a p", "d o n t  t e l l") are joined back into words, and a
  run typed without any word gaps ("sendmeapic") is re-split with a shortest-cost split over `WORDS`;
- apostrophes and punctuation tokens are dropped, so "DONT TELL" and "don't tell." tokenise alike;
- emoji are moved behind the words (at most three distinct ones), so emoji sprinkled between words no
  longer break up the word sequence the convolution reads;
- shorthand is looked up before leetspeak is undone ("b4" is "before", not "ba"); "+" and "€" are leet too;
- more invisible characters (variation selectors, word joiners, tag characters) and small-capital /
  Cyrillic look-alikes are folded.
Version 1 (`normalise.tokenise(text, 1)`) is frozen: bundles built with it keep their fingerprint.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Callable, Sequence
from functools import lru_cache

from .normalise import (
    _ELONGATION,
    _EMAIL,
    _NUMBER_WITH_UNIT,
    _PHONE,
    _URL,
    _ZERO_WIDTH,
    HOMOGLYPHS,
    LEET,
    SHORTHAND,
)
from .wordlist import WORDS

EXTRA_HOMOGLYPHS: dict[str, str] = {
    "ԁ": "d", "ɡ": "g", "һ": "h", "ӏ": "l", "ԛ": "q", "ԝ": "w", "ɑ": "a", "ı": "i", "ȷ": "j", "ј": "j",
    "ᴀ": "a", "ʙ": "b", "ᴄ": "c", "ᴅ": "d", "ᴇ": "e", "ɢ": "g", "ʜ": "h", "ɪ": "i", "ᴊ": "j", "ᴋ": "k",
    "ʟ": "l", "ᴍ": "m", "ɴ": "n", "ᴏ": "o", "ᴘ": "p", "ʀ": "r", "ꜱ": "s", "ᴛ": "t", "ᴜ": "u", "ᴠ": "v",
    "ᴡ": "w", "ʏ": "y", "ᴢ": "z", "ε": "e", "η": "n", "ω": "w", "β": "b", "γ": "y", "μ": "u", "ѵ": "v",
    "ԍ": "g", "ո": "n", "ս": "u", "օ": "o", "ց": "g", "զ": "q",
}  # fmt: skip
LEET_V2: dict[str, str] = {**LEET, "+": "t", "€": "e"}
# Shorthand keys and expansions without apostrophes (v2 drops them everywhere).
SHORTHAND_V2: dict[str, str] = {k.replace("'", ""): v.replace("'", "") for k, v in SHORTHAND.items()}

_INVISIBLE = re.compile("[\u034f\u115f\u1160\u17b4\u17b5\u180e\u2061-\u2064\u206a-\u206f\u3164\ufe00-\ufe0f\uffa0\U000e0000-\U000e007f]")
# An apostrophe, with the single spaces around it when letters were typed apart ("don ' t").
_APOSTROPHE = re.compile("(?<=\\b\\w) ['\u2019\u2018`\u00b4] (?=\\w\\b)|['\u2019\u2018`\u00b4]")
# Emoji and pictographs, with the space before them: taken out before letter spacing is undone.
_EMOJI = re.compile("\\s?[\u2190-\u21ff\u2300-\u23ff\u2600-\u27bf\u2b00-\u2bff\U0001f000-\U0001faff]+[\ufe0f\u200d]*")
_ORDINAL = re.compile(r"^(\d*)(st|nd|rd|th)[!?.,]*$")
# A run of 3+ single characters, each followed by one separator: "s n a p", "s.n.a.p", "5 n 4 p".
_SPACED_RUN = re.compile(r"(?<![\w@$+€])(?:[a-z0-9@$+€][ .\-_*·]){2,}[a-z0-9@$+€](?![\w@$+€])")
_SEPARATORS = re.compile(r"[ .\-_*·]")
_TOKEN_V2 = re.compile(r"<[a-z]+>|[a-z0-9][a-z0-9\-]*|[^\w\s]", re.UNICODE)
_LETTER = re.compile(r"[a-z]")
_LETTERS = re.compile(r"[a-z]+")
_LEET_CHARS_V2 = re.compile(r"[013457@$!|+€]")
_MAX_EMOJI = 3
_SINGLE_SHARE = 0.75  # a message whose tokens are mostly single characters was typed letter by letter


_LOOKALIKES = str.maketrans({**HOMOGLYPHS, **EXTRA_HOMOGLYPHS})


def lookalikes_read(text: str) -> str:
    """`text` with letters borrowed from other scripts (Cyrillic "а", Greek "ο") read as the Latin letters they
    look like, capitals kept (the normaliser folds them too, after lower-casing; the shape guard needs the
    capitals that mark the words of a run)."""
    return "".join(_lookalike_read(ch) for ch in text)


def _lookalike_read(ch: str) -> str:
    latin = _LOOKALIKES.get(ord(ch.lower())) if len(ch.lower()) == 1 else None
    if not isinstance(latin, str):
        return ch
    return latin.upper() if ch.isupper() else latin


def _fold_unicode(text: str) -> str:
    """Version 1's folding (NFKC, invisible characters out, casefold, look-alikes, accents off) plus more
    invisible characters and look-alikes, with a fast path for plain ASCII (most chat)."""
    if text.isascii():
        return text.casefold()
    text = unicodedata.normalize("NFKC", _INVISIBLE.sub("", text))
    text = _ZERO_WIDTH.sub("", text).casefold().translate(_LOOKALIKES)
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def zipf_costs(words: Sequence[str]) -> tuple[dict[str, float], int]:
    """Zipf-style cost per known word (rank-based, as in classic word segmentation), and the longest word."""
    scale = math.log(len(words))
    costs = {w: math.log((rank + 1) * scale) for rank, w in enumerate(words)}
    return costs, max(len(w) for w in words)


@lru_cache(maxsize=1)
def _word_costs() -> tuple[dict[str, float], int]:
    return zipf_costs(WORDS)


_UNKNOWN_CHAR_COST = 14.0


def segment(run: str) -> str:
    """Re-split letters that lost their word gaps ("donttellyourmum" -> "dont tell your mum").

    Only letters; a run that is already a known word, short, or mostly unknown stays as it is.
    """
    costs, longest = _word_costs()
    if len(run) <= 4 or run in costs or not run.isalpha():
        return run
    n = len(run)
    best = [0.0] + [math.inf] * n
    back = [0] * (n + 1)
    for i in range(1, n + 1):
        for j in range(max(0, i - longest), i):
            piece = run[j:i]
            cost = costs.get(piece, _UNKNOWN_CHAR_COST if i - j == 1 else math.inf)
            if best[j] + cost < best[i]:
                best[i], back[i] = best[j] + cost, j
    words: list[str] = []
    i = n
    while i > 0:
        words.append(run[back[i] : i])
        i = back[i]
    words.reverse()
    unknown = sum(1 for w in words if w not in costs)
    return run if unknown > 0.3 * len(words) else " ".join(words)


def _real_number(word: str) -> bool:
    """"4pm", "13yo", "2nd", "21st" are numbers; "53nd" is "send" and "45k" is "ask" in leetspeak."""
    core = word.strip("!?.,")
    if len(core) >= 3 and "".join(LEET_V2.get(ch, ch) for ch in core) in _word_costs()[0]:
        return False
    ordinal = _ORDINAL.match(word)
    if ordinal and ordinal.group(1):
        n = int(ordinal.group(1))
        want = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
        return ordinal.group(2) == want
    return bool(_NUMBER_WITH_UNIT.match(word))


def _unleet(word: str) -> str:
    core = word.strip("!?.,")
    if not core or not _LEET_CHARS_V2.search(core) or not _LETTER.search(core):
        return word
    if core in SHORTHAND_V2 or _real_number(word):
        return word
    return word.replace(core, "".join(LEET_V2.get(ch, ch) for ch in core), 1)


Splitter = Callable[[str], str]


def _resplit_v2(chars: str) -> str:
    """Version 2's split of a message typed letter by letter without word gaps: leet undone over the
    whole run, then each stretch of letters segmented (digits cut the stretches)."""
    return _LETTERS.sub(lambda m: " " + segment(m.group(0)) + " ", _unleet(chars))


def _join_run(match: re.Match[str], split: Splitter = segment) -> str:
    chars = _SEPARATORS.sub("", match.group(0))
    joined = _unleet(chars)
    if len(_LETTER.findall(joined)) < 2:
        return match.group(0)  # "1 2 3", a list of digits
    if len(joined) < 4 and joined not in _word_costs()[0]:
        return match.group(0)  # "u r a" stays three words
    return " " + split(joined) + " "


def _despace(text: str, split: Splitter = segment, resplit: Splitter = _resplit_v2) -> str:
    """Undo letter spacing: a whole message typed letter by letter, or single runs inside a message.

    `split` segments a spaced run inside a message, `resplit` a whole message that lost its word gaps;
    a later featuriser version passes its own (version 2's are the defaults and stay frozen)."""
    pieces = text.split()
    singles = sum(1 for p in pieces if len(p) == 1 and p.isalnum())
    if len(pieces) >= 5 and singles >= _SINGLE_SHARE * len(pieces):
        groups = [re.sub(r"[\s!?.,;:]", "", g) for g in re.split(r"\s{2,}", text.strip())]
        if len(groups) > 1:  # the word gaps survived: join letters, never re-split a word
            return " ".join(_unleet(g) for g in groups)
        return " ".join(resplit(g) for g in groups)
    return _SPACED_RUN.sub(lambda m: _join_run(m, split), text)


def split_emoji(text: str) -> tuple[str, list[str]]:
    """The text without emoji, and the emoji in order (they go behind the words)."""
    found = [m.group(0).strip() for m in _EMOJI.finditer(text)]
    return _EMOJI.sub("", text), found


def normalise_v2(text: str) -> str:
    """Canonical lower-case form of one message under featuriser version 2 (emoji removed)."""
    return _normalise_folded(split_emoji(_fold_unicode(text))[0])


def _normalise_folded(text: str, split: Splitter = segment, resplit: Splitter = _resplit_v2) -> str:
    text = _APOSTROPHE.sub("", text)
    text = _URL.sub(" <url> ", text)
    text = _EMAIL.sub(" <email> ", text)
    text = _PHONE.sub(" <phone> ", text)
    text = _despace(text, split, resplit)
    text = " ".join(_unleet(w) for w in text.split())
    return _ELONGATION.sub(r"\1\1", text)


def tokenise_v2(text: str) -> list[str]:
    """Word tokens with shorthand expanded, then up to three distinct emoji; punctuation dropped."""
    return tokenise_with(text, segment, _resplit_v2)


def tokenise_with(text: str, split: Splitter, resplit: Splitter) -> list[str]:
    """Version 2's tokeniser with the given segmenters (what version 3 changes)."""
    words: list[str] = []
    emoji: list[str] = []
    stripped, runs = split_emoji(_fold_unicode(text))
    for run in runs:
        for ch in run:
            if ord(ch) > 0x2000 and ch not in "\ufe0f\u200d" and ch not in emoji and len(emoji) < _MAX_EMOJI:
                emoji.append(ch)
    for tok in _TOKEN_V2.findall(_normalise_folded(stripped, split, resplit)):
        if not (tok[0].isalnum() or tok[0] == "<"):
            continue
        tok = tok.replace("-", "") or tok  # "gallery-level" and "GALLERYLEVEL" alike
        if tok.isdigit() and len(tok) > 2:
            words.append("<num>")
            continue
        expanded = SHORTHAND_V2.get(tok)
        if expanded is None and len(tok) > 3 and tok[-1] == tok[-2]:
            expanded = SHORTHAND_V2.get(tok[:-1], tok[:-1]) if tok[-1] in "yeoaus" else None
        if expanded is None:
            words.append(tok)
        else:
            words.extend(expanded.split())
    return words + emoji


def tables_v2() -> dict[str, object]:
    """What version 2 adds to the fingerprint source."""
    return {
        "v2_homoglyphs": EXTRA_HOMOGLYPHS,
        "v2_leet": LEET_V2,
        "v2_words": list(WORDS),
        "v2_patterns": [p.pattern for p in (_INVISIBLE, _APOSTROPHE, _EMOJI, _ORDINAL, _SPACED_RUN, _TOKEN_V2, _LEET_CHARS_V2)],
        "v2_numbers": [_MAX_EMOJI, _SINGLE_SHARE, _UNKNOWN_CHAR_COST],
    }


__all__ = ["HOMOGLYPHS", "normalise_v2", "segment", "tables_v2", "tokenise_v2"]
