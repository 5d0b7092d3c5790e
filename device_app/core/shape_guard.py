"""The shape guard: text turned around, masked, stretched, run together or with a letter broken off reads as
its words.

The word guard reads a word disguised through its letters. Eight more rewrites, each one step on a fancy-text
site or a keyboard, still took a request's words away from the model (recall on the independent probe set,
2026.12.07-8: 0.03 behind an override, 0.03 upside down, 0.00 run on, 0.00 with invisible gaps, 0.00 doubled,
0.65 stretched, 0.45 masked, 0.68 one character per line):

- *written backwards behind a right-to-left override* (U+202E): "\u202ecip a em dnes" shows as "send me a
  pic" on screen but was stored, and read, backwards;
- *upside-down text* ("ɔᴉd ɐ ǝɯ puǝs"): turned letters, in reverse order so the phone turned round reads it;
- *no spaces* ("sendmeapicofu", "SendMeAPic"), or an invisible character (zero-width space, word joiner, soft
  hyphen) in every gap: one long unknown word;
- *every letter doubled* ("sseenndd mmee"): no word left;
- *letters stretched* ("seeeend meee a piiic"): chat's own elongation, carried into every word;
- *letters masked* ("s*nd me a p*c", "n*d*s"): how chat censors itself past a filter;
- *one character per line*: letters typed apart, but with line breaks, which the normaliser does not undo;
- *mirrored text and look-alike fancy styles* ("ɔiq ɒ ɘm bnɘƨ", "₴Ɇ₦Đ ₥Ɇ", "ЅЁИD МЁ"), found after the rest;

and a ninth was only half closed by the word guard: a word with a single letter broken off ("s end", "pic s").

Three passes, on either side of the word guard:

- `turned_back(text)` (turned_text.py; before it, because the word guard reads a few turned letters as plain
  ones): a right-to-left override span reversed; upside-down and mirrored text turned back and currency and
  faux-Cyrillic letters read as Latin, each only where that gives the message more known words.
- `unmasked(text)` (before it too: it would read "n*d*s" as the separated letters "nds"): a word with letters
  masked by "*" or "#" becomes the known word the masks most likely hide, one letter per mask, words chat
  censors (CENSORED) first, then the most common ("s*x" -> "sex", "p*c" -> "pic"; "b*d" -> "bad", a guess).
- `reshaped(text)` (after it, on plain letters):
  - a message of one character per line becomes one line of spaced letters (the normaliser joins those);
  - invisible characters between two letters are dropped, so words joined by them read as run-on words, except
    in a message with no space whose pieces between them are mostly known words: there they are its gaps;
  - in a message with DOUBLED_WORDS words or more typed with every letter twice, every such word is halved
    ("sseenndd mmee aa ppiicc" -> "send me a pic");
  - otherwise a word with a letter typed three times or more, or with every letter doubled, becomes the known
    word its repeated letters can shrink to, the longest for stretching, the shortest for doubling
    ("seeeend" -> "send", "toooo" -> "too", "sseenndd" -> "send"); a known word, and a word with an ordinary
    double ("holly"), stay as typed;
  - words typed without spaces are split (run_on.py: capitals marking the words, or the normaliser's segmenter
    when the run splits into common words; compounds, names, laughter and links stay whole);
  - a lone letter that is rarely a word on its own (BROKEN_OFF_LETTERS: not "a", "i", "u", "r", "k", "n",
    "y", "b", "c", "x" or "w", chat's one-letter words) is joined to the word beside it when the two make a
    common word ("s end" -> "send", "pic s" -> "pics"; "u r", "plan b", "in g" and letters spaced apart stay).

Level 2 (`reshaped(text, level=2)`, the bundle's `shape_guard` 2) reads words run together through chat's own
spelling (run_on_v2.py: letters held down, apostrophes, typos, look-alike letters and leetspeak inside a run, a
leading @mention, "WhatsApp" kept whole), reads a message typed backwards with no override (turned_text.py),
shrinks stretched letters in the words a split set free, and joins a
letter that is also a chat word ("y", "k", "r") to a piece beside it that is no word ("honestl y", "tal k",
"b esties"; "plan b", "u r" stay). Level 1 reads as it always did, so a bundle made for it keeps its fingerprint.
Level 3 also reads a message typed without its vowels ("snd m a pc"), on the normalised tokens (vowels_dropped.py).

Every rule is one regex pass or one translate, with a fast path for text that has none of its shapes, and
the run-on split reads at most RUN_ON_BUDGET characters of a message, so a hostile 10,000-character message
costs milliseconds. The tables are part of the featuriser fingerprint (`tables_source`).
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import groupby, product

from . import run_on, run_on_v2, turned_text, vowels_dropped
from .run_on import RUN_ON_MIN, is_common_word, runs_apart, word_cost
from .run_on_v2 import runs_apart_v2
from .turned_text import turned_back
from .word_guard import HIDDEN_CHARACTERS, is_known_word

# Invisible characters between two letters or digits: on screen the words they join run together, so they
# are dropped here (the normaliser drops them later anyway) and the run-on split can read the run.
_HIDDEN_GAP = re.compile(f"(?<=[^\\W_])[{HIDDEN_CHARACTERS}]+(?=[^\\W_])")
# Invisible characters that are no part of an emoji sequence (not the zero-width joiner or variation selectors):
# where they stand between known words in a message with no space, they are its word gaps.
_INVISIBLE_GAP = re.compile("[\u200b\u2060\u00ad\u034f\u180e\u2061-\u2064\ufeff]+")
INVISIBLE_GAP_WORDS = 0.6  # share of the pieces between them that must be known words
MIN_LETTER_LINES = 3  # lines of one character each before a message is read as letters typed apart
# Letters masked the way chat censors a word ("n*des", "s*x", "p#c"): masks strictly inside a word of letters.
MASKS = "*#"
# (possessive, from the start of a run of letters only: a 10,000-letter word is read once, not once per letter)
_MASKED = re.compile(r"(?<![^\W\d_*#])[^\W\d_]++[*#]++[^\W\d_]++(?:[*#]++[^\W\d_]++)*+")
MAX_ANY_MASKS = 2  # masks tried with every letter; more are tried with vowels only (what people usually mask)
MAX_MASKS = 4
# Words chat masks to get past a filter: preferred over a commoner word the same mask fits ("s*x" is not "six").
CENSORED: frozenset[str] = frozenset((
    "sex", "sexy", "sexting", "nude", "nudes", "naked", "porn", "dick", "cock", "penis", "boobs", "tits", "pussy",
    "horny", "slut", "whore", "rape", "cum", "fuck", "fucking", "shit", "bitch", "kill", "die", "dead", "suicide",
    "snap", "nudez",
))  # fmt: skip
_WORD = re.compile(r"[^\W\d_]+")
_REPEAT = re.compile(r"([^\W\d_])\1", re.IGNORECASE)
# What `reshaped` can shrink: a letter three times, or a word of four letters or more with every letter doubled.
_TRIPLE = re.compile(r"([^\W\d_])\1\1", re.IGNORECASE)
_DOUBLED_WORD = re.compile(r"(?<![^\W\d_])(?:([^\W\d_])\1){2,}+(?![^\W\d_])", re.IGNORECASE)
DOUBLED_WORDS = 2  # words of 4+ letters all typed twice before a message is halved throughout ("ii", "uu" too)
MAX_WORD = 40  # longer "words" are not shrunk letter by letter
MAX_RUNS = 8  # repeated letters tried both ways; a word with more tries all-single and all-double only

BROKEN_OFF_LETTERS = "dfghjlmpqstvze"  # not "w": "lunch w all of us" is "with"
_LONE_LETTER = re.compile(f"(?<![^\\s])[{BROKEN_OFF_LETTERS}](?![^\\s?!.,])", re.IGNORECASE)
_TRAILING = "?!.,"
# Level 2: a letter that is also a chat word ("y", "k", "r", "u", "b", "c", "n", "w") joins the piece beside it
# only when that piece is no word ("honestl y" -> "honestly", "tal k", "b esties"; "plan b", "u r" stay). "a" and
# "i" are English words before a typo too ("a bt" is "a bit"), so they never join.
_ANY_LONE_LETTER = re.compile("(?<![^\\s])[b-hj-z](?![^\\s?!.,])", re.IGNORECASE)


def reshaped(text: str, level: int = 1) -> str:
    """`text` with letters on lines of their own put back on one line, invisible characters between letters
    dropped (so words joined by them read as run-on words), stretched or doubled letters shrunk, run-on words
    split and broken-off letters joined. At `level` 2 run-on words are read through chat's spelling
    (run_on_v2.py) and a word the split set free has its stretched letters shrunk too ("OnTheToooopFloor")."""
    if "\n" in text:
        text = _lines_joined(text)
    if _HIDDEN_GAP.search(text):
        text = _hidden_gaps_read(text)
    if _TRIPLE.search(text) or _DOUBLED_WORD.search(text):  # (the fast path: most chat has neither)
        words = _WORD.findall(text)
        if sum(1 for w in words if len(w) >= 4 and _halved(w)) >= DOUBLED_WORDS:
            text = _WORD.sub(lambda m: _halved(m.group(0)) or m.group(0), text)
        else:
            text = _WORD.sub(_unstretched, text)
    if len(text) >= RUN_ON_MIN and level >= 2:
        split = runs_apart_v2(text)
        text = _WORD.sub(_unstretched, split) if split != text and _TRIPLE.search(split) else split
    elif len(text) >= RUN_ON_MIN:
        text = runs_apart(text)
    if (_ANY_LONE_LETTER if level >= 2 else _LONE_LETTER).search(text):
        text = _letters_joined(text, level)
    return text


def unmasked(text: str) -> str:
    """`text` with letters masked by "*" or "#" inside a word guessed (before the word guard, which would read
    "n*d*s" as the separated letters "nds")."""
    return _MASKED.sub(_unmasked, text) if _MASKED.search(text) else text


def _hidden_gaps_read(text: str) -> str:
    """Invisible characters between letters dropped, or, in a message without a single space whose pieces
    between them are mostly known words ("send\u2060me\u2060a\u2060pic"), read as the word gaps they stand for."""
    if not any(ch.isspace() for ch in text):
        pieces = [p for p in _INVISIBLE_GAP.split(text) if p]
        letters = [w for p in pieces if (w := "".join(_WORD.findall(p)))]
        known = sum(1 for w in letters if is_known_word(w))
        if len(letters) >= 2 and known >= INVISIBLE_GAP_WORDS * len(letters):
            return " ".join(pieces)
    return _HIDDEN_GAP.sub("", text)


def _lines_joined(text: str) -> str:
    """A message typed one character per line ("s\ne\nn\nd") as one line of spaced letters, which the
    normaliser joins back into words; any other message keeps its lines."""
    lines = text.split("\n")
    if len(lines) >= MIN_LETTER_LINES and all(len(line.strip()) <= 1 for line in lines):
        return " ".join(line.strip() for line in lines if line.strip())
    return text


def _unmasked(match: re.Match[str]) -> str:
    word = match.group(0)
    guess = _unmasked_word(word.lower())
    return word if guess is None else guess


@lru_cache(maxsize=4096)
def _unmasked_word(word: str) -> str | None:
    """The known word a word with letters masked by "*" or "#" most likely hides ("n*des" -> "nudes", "s*x" ->
    "sex"): one letter per mask, any letter for up to MAX_ANY_MASKS masks, vowels only beyond that (up to
    MAX_MASKS); words chat censors (CENSORED) first, then the most common."""
    masks = [i for i, ch in enumerate(word) if ch in MASKS]
    if len(masks) > MAX_MASKS:
        return None
    letters = "abcdefghijklmnopqrstuvwxyz" if len(masks) <= MAX_ANY_MASKS else "aeiou"
    best: tuple[float, str] | None = None
    chars = list(word)
    for fill in product(letters, repeat=len(masks)):
        for i, ch in zip(masks, fill, strict=True):
            chars[i] = ch
        candidate = "".join(chars)
        cost = 0.0 if candidate in CENSORED else word_cost(candidate)
        if cost is not None and (best is None or cost < best[0]):
            best = (cost, candidate)
    return None if best is None else best[1]


def _halved(word: str) -> str | None:
    """`word` with every letter typed twice, halved ("sseenndd" -> "send"); None if it is not that."""
    half = word[::2]
    return half if len(word) % 2 == 0 and word[1::2].lower() == half.lower() else None


def _unstretched(match: re.Match[str]) -> str:
    word = match.group(0)
    if len(word) > MAX_WORD or not _REPEAT.search(word):
        return word
    shrunk = _shrunk(word.lower())
    if shrunk is None:
        return word
    return shrunk.upper() if word.isupper() else shrunk


@lru_cache(maxsize=4096)
def _shrunk(word: str) -> str | None:
    """The most common known word `word`'s stretched letters shrink to, or None (see module)."""
    runs = [(ch, len(list(group))) for ch, group in groupby(word)]
    if len(runs) == 1 and runs[0][0] not in "aiu":
        return None  # one letter over and over ("xxx", "zzz") is a word of its own; "uuu" is "u"
    doubled = len(word) >= 4 and all(n >= 2 for _, n in runs)
    if not doubled and all(n < 3 for _, n in runs):
        return None  # an ordinary double ("holly", "seed") is spelling, not stretching
    if is_known_word(word):
        return None
    free = [i for i, (_, n) in enumerate(runs) if n >= 3 or (doubled and n >= 2)]
    if len(free) <= MAX_RUNS:
        choices = list(product((1, 2), repeat=len(free)))
    else:
        choices = [(1,) * len(free), (2,) * len(free)]
    known: list[tuple[int, float, str]] = []
    for choice in choices:
        sizes = dict(zip(free, choice, strict=True))
        candidate = "".join(ch * sizes.get(i, n) for i, (ch, n) in enumerate(runs))
        cost = word_cost(candidate)
        if cost is not None:
            known.append((len(candidate), cost, candidate))
    # a rare scrap ("mee", "soo") loses to a common word
    known = [k for k in known if is_common_word(k[2])] or known
    if not known:
        return None
    # Stretching lengthens a word, so the longest word under it was meant ("toooo" is "too", not "to");
    # doubling every letter is undone by halving, so there the shortest.
    longest_first = -1 if not doubled else 1
    return min(known, key=lambda k: (longest_first * k[0], k[1]))[2]


def _letters_joined(text: str, level: int = 1) -> str:
    pieces = text.split(" ")
    out = [pieces[0]]
    for piece in pieces[1:]:
        last = out[-1]
        if _broken_off(last, piece, level):
            out[-1] = last + piece
        else:
            out.append(piece)
    return " ".join(out)


def _broken_off(left: str, right: str, level: int = 1) -> bool:
    """`left` and `right` are one word with a lone letter broken off: "s" "end", "pic" "s?" (level 2 also
    "honestl" "y", "b" "esties": a chat letter beside a piece that is no word)."""
    core = right.rstrip(_TRAILING)
    if not (left.isalpha() and core.isalpha()):
        return False
    if len(left) == 1 and len(core) > 1:
        lone, other = left, core
    elif len(core) == 1 and len(left) > 1:
        lone, other = core, left
    else:
        return False
    letter = lone.lower()
    if letter not in BROKEN_OFF_LETTERS and (level < 2 or letter in "ai" or is_known_word(other.lower())):
        return False
    return is_common_word((left + core).lower())


def tables_source(level: int = 1) -> dict[str, object]:
    """What the guard reads, for the featuriser's fingerprint (the same keys as when it was one module; level 2
    adds run_on's level-2 tables and the shrink after the split)."""
    extra: dict[str, object] = {}
    if level >= 2:
        extra["level_2"] = {
            **run_on_v2.tables_source(), "after_split": "stretched shrunk", "any_lone": _ANY_LONE_LETTER.pattern,
            "backwards": turned_text.backwards_source(),
        }  # fmt: skip
    if level >= 3:
        extra["level_3"] = vowels_dropped.tables_source()
    return {
        **turned_text.tables_source(), **run_on.tables_source(), **extra,
        "repeat": _REPEAT.pattern, "max_word": MAX_WORD, "max_runs": MAX_RUNS, "shrink": "runs>=3 or all doubled",
        "doubled_words": DOUBLED_WORDS, "stretched": "longest known", "doubled": "shortest known",
        "broken_off_letters": BROKEN_OFF_LETTERS, "min_letter_lines": MIN_LETTER_LINES,
        "hidden_gap": _HIDDEN_GAP.pattern, "invisible_gap": [_INVISIBLE_GAP.pattern, INVISIBLE_GAP_WORDS],
        "masks": MASKS, "masked": _MASKED.pattern, "max_masks": [MAX_ANY_MASKS, MAX_MASKS], "censored": sorted(CENSORED),
    }  # fmt: skip


__all__ = ["reshaped", "tables_source", "turned_back", "unmasked"]
