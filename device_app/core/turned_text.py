"""Text written to be read another way: behind a right-to-left override, upside down, mirrored, or in a fancy
style that borrows look-alike signs from other blocks (currency, faux Cyrillic). Part of the shape guard
(shape_guard.py), run before the word guard because the word guard reads a few turned letters as plain ones.

`turned_back(text)` reverses a span after a right-to-left override, as the screen shows it; then tries the
message turned back (TURNED, with b/q, d/p, n/u swapped) and reversed, flipped back (MIRRORED), and read as Latin
(STYLED_LETTERS), and keeps the reading with the most known words if it has more than the message had: Russian
stays Russian and "₦500" stays a price. At shape guard level 2 a message typed backwards with no override
("cip a em dnes") is read reversed too, where it is mostly unknown words forwards and mostly known ones reversed.
"""

from __future__ import annotations

import re

from .word_guard import is_known_word

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
_WORD = re.compile(r"[^\W\d_]+")


def turned_back(text: str, level: int = 1) -> str:
    """`text` as the screen shows it after a right-to-left override; upside-down and mirrored text turned back,
    and letters of the currency and faux-Cyrillic fancy styles read as Latin, each only where that gives the
    message more known words than it had. At `level` 2 also text typed backwards with no override (see
    `backwards_read`)."""
    if text.isascii():
        return backwards_read(text) if level >= 2 else text
    turned = _turned_back(text)
    return backwards_read(turned) if level >= 2 and turned == text else turned


def _turned_back(text: str) -> str:
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


# Text typed backwards with no override ("cip a em dnes", or each word "dnes em a cip"): the reader reads it
# backwards too. A message of BACKWARDS_WORDS words or more that the vocabulary half does not know (under
# BACKWARDS_KNOWN of its words known) is read reversed when that makes BACKWARDS_READ of them known words, and
# BACKWARDS_GAIN more than forwards (short words read both ways: "a", "em").
BACKWARDS_WORDS = 3
BACKWARDS_KNOWN = 0.7
BACKWARDS_READ = 0.75
BACKWARDS_GAIN = 2
BACKWARDS_CHARS = 2000  # longer messages are not tried (a reading costs a vocabulary lookup per word)
_LEET = re.compile(r"[A-Za-z][0-9@$]|[0-9@$][A-Za-z]")
# Common words whose reversal is no common word ("on", "was", "we", "me" and "at" are left out: "no", "saw", "ew",
# "em", "ta"): two of them in a message say it was typed forwards.
FORWARD_MARKERS = frozenset((
    "the", "you", "and", "to", "is", "it", "my", "your", "that", "what", "are", "for", "in", "of", "this", "so",
    "have", "just", "ur", "do", "can", "be", "if", "with", "but", "not",
))  # fmt: skip
_PUNCTUATION_AFTER = re.compile(r"[^\W\d_][.,!?]")
_PUNCTUATION_BEFORE = re.compile(r"[.,!?][^\W\d_]")


def backwards_read(text: str) -> str:
    """`text` reversed, whole or word by word, where that turns a message of unknown words into known ones."""
    words = _WORD.findall(text)
    if len(words) < BACKWARDS_WORDS or len(text) > BACKWARDS_CHARS or _LEET.search(text):
        return text  # (leetspeak's words are cut at its digits: "1ts a $c@rf" is no backwards text)
    if len(FORWARD_MARKERS.intersection(map(str.lower, words))) >= 2:
        return text  # (the fast path: most messages say "the", "you" or "to" somewhere)
    known = 0
    for word in words:  # (most chat is known words: stop as soon as enough are)
        known += _is_known(word)
        if known >= BACKWARDS_KNOWN * len(words):
            return text
    whole = text[::-1].translate(_MIRROR)
    each = _WORD.sub(lambda m: m.group(0)[::-1], text)
    best = max((whole, each) if _reversed_whole(text, words) else (each, whole), key=_known_words)
    read = _known_words(best)
    return best if read >= BACKWARDS_READ * len(words) and read >= known + BACKWARDS_GAIN else text


def _reversed_whole(text: str, words: list[str]) -> bool:
    """Which way a backwards message was typed, where both readings know as many words: punctuation before a
    word (".erutam os"), a capital ending the last word ("?tey emoH") or an emoji first ("😏 ratava") say the
    whole message was reversed; punctuation after a word ("og, tsap") or a capital ending the first word ("emoH
    tey?") say each word was."""
    whole = len(_PUNCTUATION_BEFORE.findall(text)) + _capital_last(words[-1]) + (not text.lstrip()[:1].isalnum())
    each = len(_PUNCTUATION_AFTER.findall(text)) + _capital_last(words[0])
    return whole > each


def _capital_last(word: str) -> int:
    return int(len(word) > 1 and word[-1].isupper() and not word.isupper())


def _known_words(text: str) -> int:
    """Words of `text` the vocabulary knows (one-letter ones only a, i, u)."""
    return sum(1 for w in _WORD.findall(text) if _is_known(w))


def _is_known(word: str) -> bool:
    return (len(word) > 1 or word.lower() in "aiu") and is_known_word(word)


def tables_source() -> dict[str, object]:
    """What `turned_back` reads, for the featuriser's fingerprint (inside the shape guard's)."""
    return {
        "turned": TURNED, "turned_plain": TURNED_PLAIN, "turned_digits": TURNED_DIGITS, "mirrored": MIRRORED,
        "mirrored_sign": _MIRRORED_SIGN.pattern, "styled_letters": STYLED_LETTERS, "min_turned": MIN_TURNED,
        "override": _OVERRIDE.pattern,
    }  # fmt: skip


def backwards_source() -> dict[str, object]:
    """What `backwards_read` reads (shape guard level 2), for the featuriser's fingerprint."""
    return {
        "words": BACKWARDS_WORDS, "known": BACKWARDS_KNOWN, "read": BACKWARDS_READ, "gain": BACKWARDS_GAIN,
        "chars": BACKWARDS_CHARS, "leet": _LEET.pattern, "forward_markers": sorted(FORWARD_MARKERS), "ties": [_PUNCTUATION_BEFORE.pattern, _PUNCTUATION_AFTER.pattern],
    }  # fmt: skip
