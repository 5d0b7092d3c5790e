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

- `turned_back(text)` (before it, because the word guard reads a few turned letters as plain ones): a span
  after a right-to-left override is reversed, as the screen shows it; a message with turned letters is turned
  back (TURNED, with b/q, d/p, n/u swapped) and reversed, one with mirrored letters flipped back (MIRRORED), and
  one in the currency or faux-Cyrillic fancy style ("₴Ɇ₦Đ", "ЅЁИD": STYLED_LETTERS) read as Latin, each only
  when that gives it more known words than it had (Russian stays Russian, "₦500" a price).
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
  - words typed without spaces are split (`_chunk_apart`): capitals that start three words or more mark the
    gaps ("SendMeAPic"); a run of RUN_ON_MIN letters and digits or more that is no known word is split by the
    normaliser's segmenter when it splits into at least RUN_ON_PIECES common words ("sendmeapicofu" -> "send
    me a pic of u"), or, in a chunk of RUN_ON_LONG letters or more without a space (not chat's ordinary
    spelling), into two or more with up to UNKNOWN_SHARE of its letters in names or slang; compounds
    ("worksheet"), words the list lacks ("impersonation", "brownies"), laughter, links, e-mail addresses and
    @mentions stay whole;
  - a lone letter that is rarely a word on its own (BROKEN_OFF_LETTERS: not "a", "i", "u", "r", "k", "n",
    "y", "b", "c", "x" or "w", chat's one-letter words) is joined to the word beside it when the two make a
    common word ("s end" -> "send", "pic s" -> "pics"; "u r", "plan b", "in g" and letters spaced apart stay).

Every rule is one regex pass or one translate, with a fast path for text that has none of its shapes, and
the run-on split reads at most RUN_ON_BUDGET characters of a message, so a hostile 10,000-character message
costs milliseconds. The tables are part of the featuriser fingerprint (`tables_source`).
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import groupby, product

from .normalise import SHORTHAND
from .normalise_v3 import segment_v3, vocabulary_cost
from .word_guard import HIDDEN_CHARACTERS, is_known_word

# Turned ("upside-down") letters as upside-down text generators write them, and the letter each stands for.
TURNED: dict[str, str] = {
    "ɐ": "a", "ɔ": "c", "ǝ": "e", "ɟ": "f", "ƃ": "g", "ᵷ": "g", "ɥ": "h", "ᴉ": "i", "ı": "i", "ɾ": "j",
    "ʞ": "k", "ן": "l", "ꞁ": "l", "ɯ": "m", "ɹ": "r", "ʇ": "t", "ʌ": "v", "ʍ": "w", "ʎ": "y",
    "∀": "A", "ꓭ": "B", "𐐒": "B", "Ɔ": "C", "ᗡ": "D", "Ǝ": "E", "Ⅎ": "F", "⅁": "G", "ꓨ": "G", "ſ": "J",
    "ꓩ": "J", "⋊": "K", "ꓘ": "K", "˥": "L", "⅂": "L", "ꓶ": "L", "Ԁ": "P", "ꓒ": "P", "Ό": "Q", "ᴚ": "R",
    "ꓤ": "R", "┴": "T", "⊥": "T", "ꓕ": "T", "∩": "U", "ꓵ": "U", "Λ": "V", "ꓥ": "V", "⅄": "Y",
    "Ɩ": "1", "ᄅ": "2", "Ɛ": "3", "ㄣ": "4", "ϛ": "5", "ㄥ": "7", "¿": "?", "¡": "!", "˙": ".", "⅋": "&",
}  # fmt: skip
# Plain characters that are another one turned round: read the other way in turned text only.
TURNED_PLAIN: dict[str, str] = {
    "b": "q", "q": "b", "d": "p", "p": "d", "n": "u", "u": "n", "M": "W", "W": "M",
    "'": ",", ",": "'", "(": ")", ")": "(", "[": "]", "]": "[", "{": "}", "}": "{", "<": ">", ">": "<",
}  # fmt: skip
# 6 and 9 are each other turned, but only generators that turn digits too write them so (then "Ɩ", "ᄅ", ...).
TURNED_DIGITS = "ƖᄅƐㄣϛㄥ"
_TURN = str.maketrans({**TURNED_PLAIN, **TURNED})
_TURN_WITH_DIGITS = str.maketrans({**TURNED_PLAIN, **TURNED, "6": "9", "9": "6"})
_TURNED_SIGN = re.compile(f"[{''.join(TURNED)}]")
# Mirrored text ("ɔiq ɒ ɘm bnɘƨ"): letters flipped left to right, the message usually reversed as well.
MIRRORED: dict[str, str] = {
    "ɒ": "a", "ɘ": "e", "ϱ": "g", "ʜ": "h", "į": "j", "ᴎ": "n", "ɿ": "r", "ƨ": "s", "ƚ": "t", "γ": "y", "ɔ": "c",
    "ʞ": "k", "Ǝ": "E", "Я": "R", "Ƨ": "S", "И": "N", "ᗡ": "D", "Ꮈ": "P", "b": "d", "d": "b", "p": "q", "q": "p",
    "υ": "u", "ʇ": "f",  # (these two added after the suite's mirror alphabet used them)
}  # fmt: skip
_UNMIRROR = str.maketrans(MIRRORED)
_MIRRORED_SIGN = re.compile("[ɒɘϱʜᴎɿƨƚƧ]")
# Fancy styles that borrow look-alike signs from other blocks: currency ("₴Ɇ₦Đ ₥Ɇ") and faux Cyrillic
# ("ЅЁИD МЁ"). Real Cyrillic text keeps its letters: they are read as Latin only where that makes more known words.
STYLED_LETTERS: dict[str, str] = {
    "₳": "a", "฿": "b", "₵": "c", "Đ": "d", "Ɇ": "e", "₣": "f", "₲": "g", "Ⱨ": "h", "ł": "i", "₭": "k", "Ⱡ": "l",
    "₥": "m", "₦": "n", "Ø": "o", "₱": "p", "Ɽ": "r", "₴": "s", "₮": "t", "Ʉ": "u", "₩": "w", "Ӿ": "x", "Ɏ": "y",
    "Ⱬ": "z", "Д": "a", "Б": "b", "Ё": "e", "И": "n", "Ф": "o", "Я": "r", "Ц": "u", "Щ": "w", "Ж": "x",
    "Ч": "y", "д": "a", "б": "b", "ё": "e", "и": "n", "ф": "o", "я": "r", "ц": "u", "щ": "w", "ж": "x", "ч": "y",
}  # fmt: skip
_UNSTYLE = str.maketrans(STYLED_LETTERS)
_STYLED_SIGN = re.compile(f"[{''.join(STYLED_LETTERS)}]")
MIN_TURNED = 2  # turned letters in a message before it is tried turned back
# A right-to-left override shows what follows it reversed, up to a pop or the end of the line.
_OVERRIDE = re.compile("\u202e([^\u202c\n]*)\u202c?")
_MIRROR = str.maketrans("()[]{}<>", ")(][}{><")

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

RUN_ON_MIN = 8  # letters and digits in a run before it is tried as words typed without spaces
RUN_ON_BUDGET = 512  # characters of a message the run-on split reads at most (it costs ~10 µs a character)
_CHUNK = re.compile(f"\\S{{{RUN_ON_MIN},}}")
_RUN_ON = re.compile(f"[A-Za-z0-9][A-Za-z0-9'\u2019]{{{RUN_ON_MIN - 1},}}+")
RUN_ON_LONG = 16  # a chunk this long without a space is written run-on, not a long word or a name
UNKNOWN_SHARE = 0.3  # in a long chunk, letters of a run that may be in no known word (names, slang)
CAPITAL_GAPS = 2  # a small letter followed by a capital, this often in a chunk: words marked by capitals
_CAPITAL_GAP = re.compile(r"(?<=[a-z])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")  # "SendMe", "UCan"
_LETTER_DIGIT_GAP = re.compile(r"(?<=[A-Za-z])(?=\d)|(?<=\d)(?=[A-Za-z])")
_GLUED_PUNCTUATION = re.compile(r"([!?.,;:])(?=[A-Za-z])")
_LINK_LIKE = re.compile(
    r"://|www\.|@|/|\w\.(?:com|net|org|edu|gov|io|gg|co|uk|me|tv|ly|app|xyz|info|biz|us|ca|au|de|fr|nz|ie)\b",
    re.IGNORECASE,
)  # links, e-mail addresses, @mentions: left alone
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

BROKEN_OFF_LETTERS = "dfghjlmpqstvze"  # not "w": "lunch w all of us" is "with"
_LONE_LETTER = re.compile(f"(?<![^\\s])[{BROKEN_OFF_LETTERS}](?![^\\s?!.,])", re.IGNORECASE)
_TRAILING = "?!.,"


def turned_back(text: str) -> str:
    """`text` as the screen shows it after a right-to-left override; upside-down and mirrored text turned back,
    and letters of the currency and faux-Cyrillic fancy styles read as Latin, each only where that gives the
    message more known words than it had."""
    if text.isascii():
        return text
    if "\u202e" in text:
        text = _OVERRIDE.sub(lambda m: m.group(1)[::-1].translate(_MIRROR), text)
    candidates: list[str] = []
    if len(_TURNED_SIGN.findall(text)) >= MIN_TURNED:
        turned = text.translate(_TURN_WITH_DIGITS if any(d in text for d in TURNED_DIGITS) else _TURN)
        candidates += [turned[::-1], turned]
    if len(_MIRRORED_SIGN.findall(text)) >= MIN_TURNED:
        mirrored = text.translate(_UNMIRROR)
        candidates += [mirrored[::-1], mirrored]
    if len(_STYLED_SIGN.findall(text)) >= MIN_TURNED:
        candidates.append(text.translate(_UNSTYLE))
    if not candidates:
        return text
    best = max(candidates, key=_known_words)
    return best if _known_words(best) > _known_words(text) else text


def reshaped(text: str) -> str:
    """`text` with letters on lines of their own put back on one line, invisible characters between letters
    dropped (so words joined by them read as run-on words), stretched or doubled letters shrunk, run-on words
    split and broken-off letters joined."""
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
    if len(text) >= RUN_ON_MIN:
        text = _runs_apart(text)
    if _LONE_LETTER.search(text):
        text = _letters_joined(text)
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
        cost = 0.0 if candidate in CENSORED else _word_cost(candidate)
        if cost is not None and (best is None or cost < best[0]):
            best = (cost, candidate)
    return None if best is None else best[1]


def _known_words(text: str) -> int:
    return sum(1 for w in _WORD.findall(text) if (len(w) > 1 or w.lower() in "aiu") and is_known_word(w))


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
        cost = _word_cost(candidate)
        if cost is not None:
            known.append((len(candidate), cost, candidate))
    # a rare scrap ("mee", "soo") loses to a common word
    known = [k for k in known if _is_common_or_long(k[2])] or known
    if not known:
        return None
    # Stretching lengthens a word, so the longest word under it was meant ("toooo" is "too", not "to");
    # doubling every letter is undone by halving, so there the shortest.
    longest_first = -1 if not doubled else 1
    return min(known, key=lambda k: (longest_first * k[0], k[1]))[2]


def _word_cost(word: str) -> float | None:
    cost = vocabulary_cost(word)
    if cost is None and word in SHORTHAND:
        return 12.0  # chat shorthand outside the ranked list: known, but no common word's rival
    return cost


def _runs_apart(text: str) -> str:
    """Each chunk without spaces (not a link) with its run-on words split (see `_run_on_words`)."""
    budget = RUN_ON_BUDGET
    pieces: list[str] = []
    done = 0
    for chunk in _CHUNK.finditer(text):
        body = chunk.group(0)
        if _LINK_LIKE.search(body) or budget < len(body):
            continue
        budget -= len(body)
        split = _chunk_apart(body)
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
    if len(_CAPITAL_GAP.findall(chunk)) >= CAPITAL_GAPS:
        chunk = _CAPITAL_GAP.sub(" ", chunk)
    if long or " " in chunk:
        chunk = _LETTER_DIGIT_GAP.sub(" ", chunk)
    split = _RUN_ON.sub(lambda m: _run_on_words(m.group(0).lower(), long) or m.group(0), chunk)
    if split == chunk and " " not in chunk:
        return chunk
    return _GLUED_PUNCTUATION.sub(r"\1 ", split)


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
        if not _is_common_or_long(piece):
            unknown += len(piece)
            if not long or unknown > UNKNOWN_SHARE * len(run):
                return None
    return words


def _letters_joined(text: str) -> str:
    pieces = text.split(" ")
    out = [pieces[0]]
    for piece in pieces[1:]:
        last = out[-1]
        if _broken_off(last, piece):
            out[-1] = last + piece
        else:
            out.append(piece)
    return " ".join(out)


def _broken_off(left: str, right: str) -> bool:
    """`left` and `right` are one word with a lone letter broken off: "s" "end", "pic" "s?"."""
    core = right.rstrip(_TRAILING)
    if not (left.isalpha() and core.isalpha()):
        return False
    if len(left) == 1 and len(core) > 1:
        lone = left
    elif len(core) == 1 and len(left) > 1:
        lone = core
    else:
        return False
    return lone.lower() in BROKEN_OFF_LETTERS and _is_common_or_long((left + core).lower())


def _is_common_or_long(word: str) -> bool:
    """A known word that is no rare scrap of SCRAP_LETTERS letters or fewer ("in g" is not "ing")."""
    cost = _word_cost(word)
    return cost is not None and (len(word) > SCRAP_LETTERS or cost <= COMMON_COST or word in SHORTHAND)


def tables_source() -> dict[str, object]:
    """What the guard reads, for the featuriser's fingerprint."""
    return {
        "turned": TURNED, "turned_plain": TURNED_PLAIN, "turned_digits": TURNED_DIGITS, "mirrored": MIRRORED,
        "mirrored_sign": _MIRRORED_SIGN.pattern, "styled_letters": STYLED_LETTERS, "min_turned": MIN_TURNED, "override": _OVERRIDE.pattern,
        "repeat": _REPEAT.pattern, "max_word": MAX_WORD, "max_runs": MAX_RUNS, "shrink": "runs>=3 or all doubled",
        "run_on": _RUN_ON.pattern, "link_like": _LINK_LIKE.pattern, "run_on_budget": RUN_ON_BUDGET, "one_letter_words": ONE_LETTER_WORDS,
        "run_on_pieces": RUN_ON_PIECES, "run_on_long": RUN_ON_LONG, "unknown_share": UNKNOWN_SHARE,
        "capital_gaps": CAPITAL_GAPS, "capital_gap": _CAPITAL_GAP.pattern, "letter_digit_gap": _LETTER_DIGIT_GAP.pattern,
        "glued_punctuation": _GLUED_PUNCTUATION.pattern, "run_on_letters": RUN_ON_LETTERS, "scrap": [SCRAP_LETTERS, COMMON_COST],
        "word_endings": WORD_ENDINGS, "doubled_words": DOUBLED_WORDS, "stretched": "longest known", "doubled": "shortest known",
        "broken_off_letters": BROKEN_OFF_LETTERS, "shorthand_cost": 12.0, "min_letter_lines": MIN_LETTER_LINES, "hidden_gap": _HIDDEN_GAP.pattern, "invisible_gap": [_INVISIBLE_GAP.pattern, INVISIBLE_GAP_WORDS],
        "masks": MASKS, "masked": _MASKED.pattern, "max_masks": [MAX_ANY_MASKS, MAX_MASKS], "censored": sorted(CENSORED),
    }  # fmt: skip
