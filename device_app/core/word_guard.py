"""The word guard: a word disguised through its letters reads as the word.

Normalisation already folds what Unicode calls the same letter (fullwidth, bold, circled, small capitals),
look-alike Cyrillic and Greek, leetspeak, zero-width characters and letters spaced apart. Four disguises
got through it, each of which a "fancy text" site or a bored evader produces in one step, and each took a
request's words away from the model entirely (on the independent probe set, recall fell to 0.00, 0.53,
0.48 and 0.68):

- *letters with no Unicode folding*: letters fancy-text sites borrow from other scripts ("ᔕEᑎᗪ", "ʂҽղժ",
  "ꌗꍟꈤꀸ"), letter-like signs in a word ("m€"), and negative squared and circled capitals (🅢🅔🅝🅓) and
  regional indicator letters (🇸🇪🇳🇩, what Discord's :regional_indicator_s: sends), which were read as emoji;
- *letters joined by a separator that is not a space*: "s/e/n/d m/e a p/i/c", "s•n•a•p" read as single
  letters and "and" (the shorthand for "n");
- *an invisible blank for a word gap* (Hangul filler, braille blank): on screen the words stand apart, to
  the tokeniser they were one run of letters (inside a known word a blank hides the word, and is dropped);
- *an emoji inside a word* ("se😘nd", "ph😏oto"): the emoji guard's rule that an emoji typed against the next
  word starts a new word split the word in two.

`undisguised(text)` rewrites only those shapes, before the emoji guard and the tokeniser:

- borrowed letters become the Latin ones (FANCY_LETTERS, generated from decancer's table by
  scripts/make_fancy_letters.py, plus EXTRA_LETTERS); letter-like signs do inside a word of letters only ("€50"
  stays a price); letter symbols become their letters, except regional indicators that pair up into flags
  ("🇬🇧🇺🇸") in a message that spells no other word in them;
- a word made only of single letters or digits with one separator between each pair (at least one a letter)
  loses the separators ("s/e/n/d" -> "send", "a/s/l?" -> "asl?"); a two-letter word with a full stop or
  comma ("m.e"), or one without letters ("1/6"), only in a message whose other words are written that way,
  because alone "get u.u can" is a missing space and "1/2" a fraction;
- a blank becomes a space, except inside a known word ("sen\u3164d"), where it is dropped;
- emoji between two letters are dropped ("se😘nd" -> "send", "c😘uter" -> "cuter": inside a word an emoji only
  hides it), unless the letters make no known word and each piece around them is one ("ok😘send"): there the
  emoji stands for a space left out, and the emoji guard keeps the words apart;
- a word broken by a space is joined again ("se nd me a pho to"): two neighbouring runs of two letters or more,
  when their join is a known word and one of them is no word of its own ("in to" and single letters stay apart).

Every rule is one regex pass, one translate or one walk over the filler runs, so a hostile 10,000-character
message costs milliseconds (benchmarks/device_latency.py prints the worst shapes). All tables are part of the featuriser
fingerprint (`tables_source`).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from .fancy_letters import FANCY_LETTERS
from .normalise import SHORTHAND
from .normalise_v2 import _EMOJI, _fold_unicode
from .normalise_v3 import is_vocabulary_word

# Letters of other scripts that fancy-text generators use for Latin ones ("ᔕEᑎᗪ", "ʂҽղժ", "ꌗꍟꈤꀸ"), where the
# normaliser does not already fold them (fancy_letters.py, generated from decancer's table).
# Letters and letter-like signs the table misses or reads otherwise: small capital F and Q, upside-down letters
# that stand for one letter only, and signs of the fancy alphabets in model_training/evasion.py (the syllabics
# S and X, Yi L, O, T and Z, Armenian G and Q, Cyrillic izhitsa).
EXTRA_LETTERS: dict[str, str] = {
    "ꜰ": "f", "ꞯ": "q", "ǝ": "e", "ɯ": "m", "ɹ": "r", "ʇ": "t", "ɥ": "h", "ʞ": "k", "ɟ": "f", "ƃ": "g",
    "ᔕ": "s", "᙭": "x", "꒒": "l", "ꂦ": "o", "꓄": "t", "ꁴ": "z", "ց": "g", "զ": "q", "ѵ": "v",
}  # fmt: skip
_FANCY = str.maketrans(
    {**{ch: letter for letter, chars in FANCY_LETTERS.items() for ch in chars}, **EXTRA_LETTERS}
)
# Symbols that stand for a letter inside a word of letters ("m€", "∂ate"); with digits they keep their meaning
# ("€50", "15¢/hr").
SYMBOL_LETTERS: dict[str, str] = {"€": "e", "¢": "c", "∂": "d", "¥": "y", "×": "x"}
_SYMBOL = re.compile(f"[{''.join(SYMBOL_LETTERS)}]")
_NON_SPACE = re.compile(r"\S+")

# First code point of each run of 26 letter symbols (A to Z) that NFKC leaves alone or turns into "(a)".
LETTER_SYMBOL_BASES: dict[str, int] = {
    "parenthesized_small": 0x249C, "parenthesized_capital": 0x1F110, "negative_circled": 0x1F150,
    "negative_squared": 0x1F170, "regional_indicator": 0x1F1E6,
}  # fmt: skip
_REGIONAL = LETTER_SYMBOL_BASES["regional_indicator"]
# Two regional indicators make a flag when they spell a region (ISO 3166-1 alpha-2, as in tzdata's
# iso3166.tab, plus EU and UN): a run of them is read as flags only when every pair is one.
_REGION_CODES = (
    "ad ae af ag ai al am ao aq ar as at au aw ax az ba bb bd be bf bg bh bi bj bl bm bn bo bq br bs bt "
    "bv bw by bz ca cc cd cf cg ch ci ck cl cm cn co cr cu cv cw cx cy cz de dj dk dm do dz ec ee eg eh "
    "er es et eu fi fj fk fm fo fr ga gb gd ge gf gg gh gi gl gm gn gp gq gr gs gt gu gw gy hk hm hn hr "
    "ht hu id ie il im in io iq ir is it je jm jo jp ke kg kh ki km kn kp kr kw ky kz la lb lc li lk lr "
    "ls lt lu lv ly ma mc md me mf mg mh mk ml mm mn mo mp mq mr ms mt mu mv mw mx my mz na nc ne nf ng "
    "ni nl no np nr nu nz om pa pe pf pg ph pk pl pm pn pr ps pt pw py qa re ro rs ru rw sa sb sc sd se "
    "sg sh si sj sk sl sm sn so sr ss st sv sx sy sz tc td tf tg th tj tk tl tm tn to tr tt tv tw tz ua "
    "ug um un us uy uz va vc ve vg vi vn vu wf ws ye yt za zm zw"
)
FLAG_REGIONS: frozenset[str] = frozenset(_REGION_CODES.split())
_LETTER_OF: dict[str, str] = {
    chr(base + i): chr(ord("a") + i) for base in LETTER_SYMBOL_BASES.values() for i in range(26)
}
_LETTER_SYMBOL = re.compile("[" + "".join(re.escape(ch) for ch in _LETTER_OF) + "]+")

# Characters that show as a gap and are not whitespace (str.isspace() is False for each).
BLANKS = "\u3164\u2800\uffa0\u115f\u1160"
_BLANK = re.compile(f"[{BLANKS}]+")
# The invisible characters the normaliser drops (normalise_v2._INVISIBLE without the blanks, and its zero-width
# ones): dropped first where blanks are, so "se⁢ㅤnd" still has letters on both sides of its blank.
HIDDEN_CHARACTERS = (
    "\u034f\u17b4\u17b5\u180e\u2061-\u2064\u206a-\u206f\ufe00-\ufe0f\U000e0000-\U000e007f"
    "\u200b-\u200f\u2060\ufeff\u00ad"
)  # a character class body
_HIDDEN = re.compile(f"[{HIDDEN_CHARACTERS}]")

# One separator between every two characters of a word: "s/e/n/d", "s•n•a•p", "p/i/c/?". With a full stop or
# comma, a two-letter word ("m.e") is joined only in a message that also has a longer one ("s.e.n.d"): alone,
# "get u.u can", "4,u" and "e.g." are chat that skipped a space.
LETTER_SEPARATORS = "/\\|•·∙~*_+-"  # not "=", ":", "^": "x=3" is homework, not disguise
PUNCTUATION_SEPARATORS = ".,"
MIN_PUNCTUATED = 3  # letters a full stop or comma apart that make a word sure on its own
_SEPARATORS = LETTER_SEPARATORS + PUNCTUATION_SEPARATORS
_WORD_PIECE = re.compile(r"\S{3,}")
# A word that may be separated letters: a separator as its first or second character.
_SEPARATOR_HINT = re.compile(f"(?<!\\S)\\S?[{re.escape(_SEPARATORS)}]\\S")
_LETTER = re.compile(r"[^\W\d_]")

_EMOJI_RUN = re.compile(_EMOJI.pattern.removeprefix(r"\s?"))  # the tokeniser's emoji, without the space before


def undisguised(text: str) -> str:
    """`text` with letter symbols, separated letters, blanks, emoji inside words and words broken by a space
    undone (see module). Plain ASCII chat skips every rule but separators (only where a separator follows a word's
    first character) and the rejoin pass."""
    plain = text.isascii()
    if not plain:
        text = text.translate(_FANCY)
        if _SYMBOL.search(text):
            text = _NON_SPACE.sub(_symbols_as_letters, text)
        if _LETTER_SYMBOL.search(text):
            text = _symbols_to_letters(text)
        if _BLANK.search(text):
            text = _out_of_words(_HIDDEN.sub("", text), _BLANK, _blank_apart)
            text = _BLANK.sub(" ", text)
    if _SEPARATOR_HINT.search(text):
        text = _joined_words(text)
    if not plain and _EMOJI.search(text):
        text = _out_of_words(text, _EMOJI_RUN, _emoji_apart)
    return _rejoined(text)


def _rejoined(text: str) -> str:
    """Words broken by a space ("se nd me a pho to") joined again: two neighbouring runs of two letters or more
    whose join is a known word while at least one of them is no word of its own. "in to" and "some one" stay
    apart, and so do single letters ("u r", "s a m e": letter spacing has its own undo)."""
    pieces = text.split(" ")
    if len(pieces) < 2:
        return text
    out = [pieces[0]]
    for piece in pieces[1:]:
        last = out[-1]
        core = piece.rstrip("?!.,")
        if (
            len(last) > 1 and len(core) > 1 and last.isalpha() and core.isalpha()
            and not (_is_word_piece(last) and _is_word_piece(core))
            and is_known_word(last + core)
        ):  # fmt: skip
            out[-1] = last + piece
        else:
            out.append(piece)
    return " ".join(out)


def _symbols_as_letters(word: re.Match[str]) -> str:
    """A word of letters reads its letter-like symbols as letters; a price stays a price."""
    piece = word.group(0)
    core = piece.rstrip("?!.,")
    if not _SYMBOL.search(core) or not _LETTER.search(core):
        return piece
    letters = "".join(SYMBOL_LETTERS.get(ch, ch) for ch in core)
    return letters + piece[len(core) :] if letters.isalpha() else piece


def _symbols_to_letters(text: str) -> str:
    """Letter symbols as letters. Regional indicators that pair up into flags stay flags ("🇬🇧🇺🇸 hi"), unless the
    message spells a word in them that is no flag ("🇸🇪🇳🇩 🇲🇪": then "🇲🇪" is "me" too)."""
    runs = []
    for m in _LETTER_SYMBOL.finditer(text):
        letters = "".join(_LETTER_OF[ch] for ch in m.group(0))
        runs.append((m, letters, _are_flags(m.group(0), letters)))
    spelling = not all(flags for _, _, flags in runs)
    pieces: list[str] = []
    done = 0
    for m, letters, flags in runs:
        pieces += [text[done : m.start()], m.group(0) if flags and not spelling else letters]
        done = m.end()
    pieces.append(text[done:])
    return "".join(pieces)


def _are_flags(symbols: str, letters: str) -> bool:
    """True for regional indicators that pair up into region flags ("🇬🇧🇺🇸"); "🇸🇪🇳🇩" is the word send."""
    if len(symbols) % 2 or not all(_REGIONAL <= ord(ch) < _REGIONAL + 26 for ch in symbols):
        return False  # other letter symbols, or an odd run: a word
    return all(letters[i : i + 2] in FLAG_REGIONS for i in range(0, len(letters), 2))


def _joined_words(text: str) -> str:
    """`text` with every word whose characters stand one separator apart joined up. A word with a letter
    joins on its own ("s/e/n/d"), except a two-letter one with a full stop or comma ("u.u"); that one, and
    one without letters ("1/6", "£/5/0"), joins only in a message whose sure words use its separator."""
    found = [(m, split) for m in _WORD_PIECE.finditer(text) if (split := _separated(m.group(0))) is not None]
    if not found:
        return text
    sure = [
        sep for _, (chars, sep, _) in found
        if _LETTER.search(chars) and (len(chars) >= MIN_PUNCTUATED or sep not in PUNCTUATION_SEPARATORS)
    ]  # fmt: skip
    pieces: list[str] = []
    done = 0
    for m, (chars, sep, tail) in found:
        if sep in sure:
            pieces += [text[done : m.start()], chars + tail]
            done = m.end()
    pieces.append(text[done:])
    return "".join(pieces)


def _separated(word: str) -> tuple[str, str, str] | None:
    """(characters, separator, punctuation after them) when every character of `word` stands one separator
    apart ("a/s/l?"), with a separator allowed at either end ("s/e/n/d/" from a generator that also split the
    gaps); None for anything else."""
    sep = word[0] if word[0] in _SEPARATORS else word[1]
    if sep not in _SEPARATORS:
        return None
    body = word.rstrip("?!" if sep in PUNCTUATION_SEPARATORS else "?!.,")
    core = body.strip(sep)
    chars = core[::2]
    if len(chars) < 2 or core[1::2] != sep * (len(chars) - 1) or sep in chars:
        return None
    return chars, sep, word[len(body) :]


def _blank_apart(whole: str, word: str) -> str | None:
    """Blanks are gaps (what the blank_gaps disguise uses them for), unless the letters make a known word."""
    return None if is_known_word(word) else _BLANK.sub(" ", whole)


def _emoji_apart(whole: str, word: str) -> str | None:
    """Emoji between letters hide a word ("se😘nd", "c😘uter", "lma🔥ooo"), unless the letters make no known word
    and every piece on either side is one ("ok😘send", "u😘ok"): then they only stand where a space was left out."""
    if is_known_word(word):
        return None
    pieces = [p for p in _EMOJI_RUN.split(whole) if p]
    return whole if all(_is_word_piece(p) for p in pieces) else None


def _is_word_piece(piece: str) -> bool:
    return (len(piece) > 1 or piece.lower() in "aiu") and is_known_word(piece)


def _out_of_words(text: str, filler: re.Pattern[str], apart: Callable[[str, str], str | None]) -> str:
    """Each stretch of letters with `filler` runs (emoji, blanks) typed inside it, as the word alone, or as
    `apart(stretch, word)` says when that is not None.

    Walks the filler runs once (a regex for "letters, (filler, letters)+" retries a long run of letters from
    every position and is quadratic), so each character is looked at a bounded number of times."""
    runs = list(filler.finditer(text))
    pieces: list[str] = []
    done = 0  # text before this is already in pieces
    i = 0
    while i < len(runs):
        if not _inside_word(text, runs[i]):
            i += 1
            continue
        last = i  # the word may hold several runs: "s😘e😘n😘d"
        while last + 1 < len(runs) and _same_word(text, runs[last], runs[last + 1]):
            last += 1
        start, end = runs[i].start(), runs[last].end()
        while start > done and text[start - 1].isalnum():
            start -= 1
        while end < len(text) and text[end].isalnum():
            end += 1
        whole = text[start:end]
        word = filler.sub("", whole)
        kept = apart(whole, word)
        pieces += [text[done:start], word if kept is None else kept]
        done = end
        i = last + 1
    pieces.append(text[done:])
    return "".join(pieces)


def _inside_word(text: str, run: re.Match[str]) -> bool:
    return run.start() > 0 and text[run.start() - 1].isalnum() and run.end() < len(text) and text[run.end()].isalnum()


def _same_word(text: str, left: re.Match[str], right: re.Match[str]) -> bool:
    """Two emoji runs inside one word: only letters or digits between them, and a letter after the second."""
    between = text[left.end() : right.start()]
    return bool(between) and between.isalnum() and _inside_word(text, right)


CACHED_WORD_CHARS = 24  # words up to this long are cached: a stream of distinct long words would fill the cache


def is_known_word(text: str) -> bool:
    """A word of the segmenter's vocabulary (or its leetspeak, or chat shorthand), in any case or styling."""
    return _known_word_cached(text) if len(text) <= CACHED_WORD_CHARS else _known_word(text)


@lru_cache(maxsize=8192)
def _known_word_cached(text: str) -> bool:
    return _known_word(text)


def _known_word(text: str) -> bool:
    word = _fold_unicode(text).lower()
    return word in SHORTHAND or is_vocabulary_word(word)


def tables_source() -> dict[str, object]:
    """What the guard reads, for the featuriser's fingerprint."""
    return {
        "letter_symbol_bases": LETTER_SYMBOL_BASES, "extra_letters": EXTRA_LETTERS, "blanks": BLANKS,
        "hidden": _HIDDEN.pattern, "blank_in_word": "dropped", "emoji_apart": "all pieces words", "rejoin": "known join, a piece no word",
        "separators": LETTER_SEPARATORS, "punctuation_separators": PUNCTUATION_SEPARATORS,
        "min_punctuated": MIN_PUNCTUATED, "rule": "sure_separators", "emoji": _EMOJI_RUN.pattern,
        "flag_regions": sorted(FLAG_REGIONS), "flags_unless_spelling": 1, "fancy_letters": FANCY_LETTERS, "symbol_letters": SYMBOL_LETTERS,
    }  # fmt: skip
