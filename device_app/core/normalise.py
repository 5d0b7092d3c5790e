"""Text normalisation for chat messages: undo the tricks people use to slip past filters.

Unicode look-alikes, leetspeak ("d1sc0rd"), elongation ("heyyyy"), spacing tricks and chat shorthand all
map onto one canonical form, so the model learns "snapchat" once instead of twenty spellings of it.
Every table here is part of the featuriser fingerprint: change one and old bundles are refused.
"""

from __future__ import annotations

import re
import unicodedata

# Cyrillic/Greek letters that render like Latin ones, and other confusables seen in evasion attempts.
HOMOGLYPHS: dict[str, str] = {
    "а": "a", "е": "e", "о": "o", "р": "p", "с": "c", "у": "y", "х": "x", "і": "i", "ј": "j",
    "ѕ": "s", "к": "k", "м": "m", "т": "t", "в": "b", "н": "h", "α": "a", "ο": "o", "ρ": "p",
    "ι": "i", "κ": "k", "ν": "v", "τ": "t", "υ": "u", "χ": "x",
}  # fmt: skip

# Applied only inside tokens that also hold letters, so ages and times ("11", "4pm") survive.
LEET: dict[str, str] = {"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "@": "a", "$": "s", "!": "i", "|": "l"}

# Chat shorthand and app-name spellings -> one canonical token (or phrase).
SHORTHAND: dict[str, str] = {
    "u": "you", "ya": "you", "yu": "you", "ur": "your", "youre": "you're", "r": "are", "y": "why",
    "pls": "please", "plz": "please", "pleasee": "please", "ppl": "people", "bc": "because", "cuz": "because",
    "coz": "because", "cos": "because", "bcuz": "because", "thx": "thanks", "ty": "thanks", "tysm": "thanks",
    "wanna": "want to", "gonna": "going to", "gotta": "got to", "n": "and", "k": "ok", "kk": "ok",
    "okay": "ok", "okk": "ok", "msg": "message", "msgs": "messages", "pic": "picture", "pics": "pictures",
    "pix": "pictures", "vid": "video", "vids": "videos", "rn": "right now", "atm": "right now",
    "bf": "boyfriend", "gf": "girlfriend", "bday": "birthday", "tmrw": "tomorrow", "tmr": "tomorrow",
    "2moro": "tomorrow", "2day": "today", "2nite": "tonight", "tonite": "tonight", "b4": "before",
    "gr8": "great", "l8r": "later", "sum1": "someone", "some1": "someone", "any1": "anyone", "no1": "noone",
    "every1": "everyone", "wat": "what", "wut": "what", "wht": "what", "abt": "about", "bout": "about",
    "dont": "don't", "didnt": "didn't", "cant": "can't", "wont": "won't", "im": "i'm", "ive": "i've",
    "mom": "mum", "mommy": "mum", "mummy": "mum", "mam": "mum", "ma": "mum", "dad": "dad", "daddy": "dad",
    "parents": "parents", "rents": "parents", "snap": "snapchat", "sc": "snapchat", "snapchats": "snapchat",
    "disc": "discord", "dc": "discord", "discordd": "discord", "insta": "instagram", "ig": "instagram",
    "gram": "instagram", "tele": "telegram", "tg": "telegram", "whatsap": "whatsapp", "wa": "whatsapp",
    "whatsup": "whatsapp", "watsapp": "whatsapp", "whatapp": "whatsapp", "tt": "tiktok", "yt": "youtube",
    "robuxx": "robux", "rbx": "robux", "vbucks": "v-bucks", "vbux": "v-bucks",
}  # fmt: skip

_ZERO_WIDTH = re.compile("[\u200b-\u200f\u2060\ufeff\u00ad]")
_URL = re.compile(r"(https?://|www\.)\S+")
_EMAIL = re.compile(r"\b[\w.+-]+@[\w-]+\.[\w.]+\b")
_PHONE = re.compile(r"(?<!\w)\+?\d[\d\s().-]{7,}\d(?!\w)")
_ELONGATION = re.compile(r"(.)\1{2,}")
# Spaced-out letters: "s n a p" / "s.n.a.p" -> "snap"; only runs of 3+ single letters.
_SPACED = re.compile(r"\b(?:[a-z][ .\-_*]){2,}[a-z]\b")
_TOKEN = re.compile(r"<[a-z]+>|[a-z0-9][a-z0-9'\-]*|[?!]|[^\w\s]", re.UNICODE)
_HAS_LETTER = re.compile(r"[a-z]")
_LEET_CHARS = re.compile(r"[013457@$!|]")
# Numbers with a unit or ordinal ("4pm", "2nd", "13yo", "10k") are real numbers, not leetspeak.
_NUMBER_WITH_UNIT = re.compile(r"^\d+(am|pm|st|nd|rd|th|s|k|m|h|hr|hrs|min|mins|yo|yr|yrs|x)?[!?.,]*$")


def _fold_unicode(text: str) -> str:
    text = unicodedata.normalize("NFKC", text)
    text = _ZERO_WIDTH.sub("", text)
    text = "".join(HOMOGLYPHS.get(ch, ch) for ch in text.casefold())
    # Drop accents ("é" -> "e") but keep emoji and other symbols intact.
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def _unleet_word(word: str) -> str:
    if not _HAS_LETTER.search(word) or not _LEET_CHARS.search(word) or _NUMBER_WITH_UNIT.match(word):
        return word
    core = word.strip("!?.,")
    if not core or not _HAS_LETTER.search(core):
        return word
    # A trailing "!" is punctuation, not an "i": keep it outside the mapping.
    mapped = "".join(LEET.get(ch, ch) for ch in core)
    return word.replace(core, mapped, 1)


def normalise(text: str) -> str:
    """Canonical lower-case form of one message (placeholders like <url> stay as single tokens)."""
    text = _fold_unicode(text)
    text = _URL.sub(" <url> ", text)
    text = _EMAIL.sub(" <email> ", text)
    text = _PHONE.sub(" <phone> ", text)
    text = _SPACED.sub(lambda m: re.sub(r"[ .\-_*]", "", m.group(0)), text)
    text = " ".join(_unleet_word(w) for w in text.split())
    text = _ELONGATION.sub(r"\1\1", text)
    return text


def tokenise(text: str, version: int = 1) -> list[str]:
    """Normalised word tokens with shorthand expanded; emoji and ?/! kept as their own tokens.

    `version` is the bundle's featuriser version: 1 is frozen (bundles up to 2026.11.24-1 rely on it),
    2 adds the evasion-robust steps of `normalise_v2`, 3 its better word segmentation (`normalise_v3`).
    """
    if version >= 3:
        from .normalise_v3 import tokenise_v3

        return tokenise_v3(text)
    if version == 2:
        from .normalise_v2 import tokenise_v2

        return tokenise_v2(text)
    tokens: list[str] = []
    for tok in _TOKEN.findall(normalise(text)):
        if tok.isdigit() and len(tok) > 2:
            tokens.append("<num>")
            continue
        expanded = SHORTHAND.get(tok)
        if expanded is None and len(tok) > 3 and tok[-1] == tok[-2]:
            # "heyy", "pleasee": a doubled final letter left over from elongation.
            expanded = SHORTHAND.get(tok[:-1], tok[:-1]) if tok[-1] in "yeoaus" else None
        if expanded is None:
            tokens.append(tok)
        else:
            tokens.extend(expanded.split())
    return tokens


def tables_fingerprint_source(version: int = 1) -> dict[str, object]:
    """Everything that decides the token stream, for the featuriser fingerprint."""
    if version >= 3:
        from .normalise_v3 import tables_v3

        return {**tables_fingerprint_source(1), **tables_v3()}
    if version == 2:
        from .normalise_v2 import tables_v2

        return {**tables_fingerprint_source(1), **tables_v2()}
    return {
        "homoglyphs": HOMOGLYPHS,
        "leet": LEET,
        "shorthand": SHORTHAND,
        "patterns": [
            p.pattern for p in (_ZERO_WIDTH, _URL, _EMAIL, _PHONE, _ELONGATION, _SPACED, _TOKEN, _NUMBER_WITH_UNIT)
        ],
    }
