"""Words typed without spaces ("sendmeapicofu", "SendMeAPic") split into words, and the vocabulary tests the
shape guard's rules share. Part of the shape guard (shape_guard.py), run after the word guard.

`runs_apart(text)` reads each chunk without spaces that is not a link: capitals that start three words or more
mark the gaps; a run of RUN_ON_MIN letters and digits or more that is no known word is split by the
normaliser's segmenter when it splits into at least RUN_ON_PIECES common words, or, in a chunk of RUN_ON_LONG
letters or more (not chat's ordinary spelling), into two or more with up to UNKNOWN_SHARE of its letters in
names or slang. Compounds ("worksheet"), words the list lacks ("impersonation", "brownies"), laughter, links,
e-mail addresses and @mentions stay whole. It reads at most RUN_ON_BUDGET characters of a message (the
segmenter costs about 10 µs a character). Shape guard level 2 reads runs through chat's spelling too
(run_on_v2.py), with this module's loop and tests.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from .normalise import SHORTHAND
from .normalise_v3 import segment_v3, vocabulary_cost
from .word_guard import is_known_word

SHORTHAND_COST = 12.0  # chat shorthand outside the ranked list: known, but no common word's rival
RUN_ON_MIN = 8  # letters and digits in a run before it is tried as words typed without spaces
RUN_ON_BUDGET = 512  # characters of a message the run-on split reads at most (it costs ~10 µs a character)
_CHUNK = re.compile(f"\\S{{{RUN_ON_MIN},}}")
_RUN_ON = re.compile(f"[A-Za-z0-9][A-Za-z0-9'\u2019]{{{RUN_ON_MIN - 1},}}+")
RUN_ON_LONG = 16  # a chunk this long without a space is written run-on, not a long word or a name
UNKNOWN_SHARE = 0.3  # in a long chunk, letters of a run that may be in no known word (names, slang)
CAPITAL_GAPS = 2  # a small letter followed by a capital, this often in a chunk: words marked by capitals
CAPITAL_GAP = re.compile(r"(?<=[a-z])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")  # "SendMe", "UCan"
LETTER_DIGIT_GAP = re.compile(r"(?<=[A-Za-z])(?=\d)|(?<=\d)(?=[A-Za-z])")
GLUED_PUNCTUATION = re.compile(r"([!?.,;:])(?=[A-Za-z])")
# The endings that make "word.tld" a link (level 2's link test reads the same list)
TLD = r"(?:com|net|org|edu|gov|io|gg|co|uk|me|tv|ly|app|xyz|info|biz|us|ca|au|de|fr|nz|ie)\b"
_LINK_LIKE = re.compile(r"://|www\.|@|/|\w\." + TLD, re.IGNORECASE)  # links, e-mail addresses, @mentions: left alone
RUN_ON_PIECES = 4  # words a run must split into: fewer are usually a compound or a name ("heartstopper", "cavendish")
RUN_ON_LETTERS = 4  # different letters a run needs: "hahahahaha" and "lololol" are laughter, not words
ONE_LETTER_WORDS = "aiur"  # a one-letter piece of a run-on split must be one of these ("xxshadowfangx" stays)
# A run shorter than RUN_ON_LONG ending like this is a word the list lacks ("impersonation"): derivations are
# where a 20,000-word list runs out.
WORD_ENDINGS: tuple[str, ...] = (
    "ation", "tion", "sion", "ment", "ness", "ing", "able", "ible", "ful", "less", "ity", "ies", "ous", "ive",
    "ally", "ised", "ized", "ise", "ize", "ship", "ships", "ist", "ists", "ism",
)  # fmt: skip
# A piece of SCRAP_LETTERS letters or fewer must be a common word (-log frequency at most COMMON_COST, about
# the 1,500 commonest): the word list also holds scraps ("es", "ing", "vat") that split words into nonsense.
SCRAP_LETTERS = 3
COMMON_COST = 9.5


def word_cost(word: str) -> float | None:
    """-log frequency of a known word (chat shorthand outside the ranked list: SHORTHAND_COST); None if unknown."""
    cost = vocabulary_cost(word)
    if cost is None and word in SHORTHAND:
        return SHORTHAND_COST
    return cost


def is_common_word(word: str) -> bool:
    """A known word that is no rare scrap of SCRAP_LETTERS letters or fewer ("in g" is not "ing")."""
    cost = word_cost(word)
    return cost is not None and (len(word) > SCRAP_LETTERS or cost <= COMMON_COST or word in SHORTHAND)


def runs_apart(
    text: str, chunk_apart: Callable[[str], str] | None = None, link_like: re.Pattern[str] = _LINK_LIKE
) -> str:
    """Each chunk without spaces (not `link_like`) with its run-on words split (by `chunk_apart`, this module's
    `_chunk_apart` unless given; see `_run_on_words`)."""
    read = chunk_apart or _chunk_apart
    budget = RUN_ON_BUDGET
    pieces: list[str] = []
    done = 0
    for chunk in _CHUNK.finditer(text):
        body = chunk.group(0)
        if link_like.search(body) or budget < len(body):
            continue
        budget -= len(body)
        split = read(body)
        if split != body:
            pieces += [text[done : chunk.start()], split]
            done = chunk.end()
    if not pieces:
        return text
    pieces.append(text[done:])
    return "".join(pieces)


def _chunk_apart(chunk: str) -> str:
    """A chunk's words: capitals that start three words or more mark the gaps ("SendMeAPic"), and so do
    letters meeting digits in such a chunk or a long one ("Im16"); runs are split by the segmenter, with
    looser rules in a long chunk (RUN_ON_LONG characters without a space is not chat's
    ordinary spelling); punctuation between split words gets its space back ("darling!how" -> "darling! how")."""
    long = sum(ch.isalnum() for ch in chunk) >= RUN_ON_LONG
    if len(CAPITAL_GAP.findall(chunk)) >= CAPITAL_GAPS:
        chunk = CAPITAL_GAP.sub(" ", chunk)
    if long or " " in chunk:
        chunk = LETTER_DIGIT_GAP.sub(" ", chunk)
    split = _RUN_ON.sub(lambda m: _run_on_words(m.group(0).lower(), long) or m.group(0), chunk)
    if split == chunk and " " not in chunk:
        return chunk
    return GLUED_PUNCTUATION.sub(r"\1 ", split)


@lru_cache(maxsize=4096)
def _run_on_words(run: str, long: bool = False) -> str | None:
    """The words of a run typed without spaces ("sendmeapicofu"), when the segmenter splits it into known words,
    at least RUN_ON_PIECES of them, none of them a rare scrap: a compound ("worksheet"), an inflection
    ("brownies" is not "brown i es") or a name stays one word. In a long chunk two words are enough, and pieces
    that are no known word or a scrap may make up UNKNOWN_SHARE of the run ("lottieursocute": a name)."""
    run = run.replace("'", "").replace("\u2019", "")
    if run.isdigit() or len(set(run)) < RUN_ON_LETTERS or is_known_word(run):
        return None
    if not long and run.endswith(WORD_ENDINGS):
        return None  # "impersonation" is a word the list lacks, not "im person at i on"
    words = segment_v3(run)
    pieces = words.split(" ")
    if len(pieces) < (2 if long else RUN_ON_PIECES):
        return None
    unknown = 0
    for piece in pieces:
        if piece.isdigit():
            continue
        if len(piece) == 1 and piece not in ONE_LETTER_WORDS:
            return None
        if not is_common_word(piece):
            unknown += len(piece)
            if not long or unknown > UNKNOWN_SHARE * len(run):
                return None
    return words


def tables_source() -> dict[str, object]:
    """What `runs_apart` and the shared word tests read, for the featuriser's fingerprint (inside the shape guard's)."""
    return {
        "run_on": _RUN_ON.pattern, "link_like": _LINK_LIKE.pattern, "run_on_budget": RUN_ON_BUDGET,
        "one_letter_words": ONE_LETTER_WORDS, "run_on_pieces": RUN_ON_PIECES, "run_on_long": RUN_ON_LONG,
        "unknown_share": UNKNOWN_SHARE, "capital_gaps": CAPITAL_GAPS, "capital_gap": CAPITAL_GAP.pattern,
        "letter_digit_gap": LETTER_DIGIT_GAP.pattern, "glued_punctuation": GLUED_PUNCTUATION.pattern,
        "run_on_letters": RUN_ON_LETTERS, "scrap": [SCRAP_LETTERS, COMMON_COST], "word_endings": WORD_ENDINGS,
        "shorthand_cost": SHORTHAND_COST,
    }  # fmt: skip
