"""Seeded text perturbations, so the model learns what a message says rather than how it happens to be typed.

Real chats are full of typos, shorthand, emoji, shouting, "heyyyy", leetspeak and app names spelt to slip past
filters ("sn@p", "d1sc0rd"). Each text op is a small pure function `(text, rng) -> str` that only changes
surface form. `augment_conversation` applies a random subset per message and may split a message in two
(people send "hey so" / "what u doing"), keeping label, tags and first_risk_index consistent.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable
from dataclasses import replace

from device_app.core.conversations import Conversation, Message

TextOp = Callable[[str, random.Random], str]

_WORD = re.compile(r"[A-Za-z]+")
_LONG_WORD = re.compile(r"[A-Za-z]{3,}")

# Longest phrases first, so "thank you" wins over "you".
SLANG: dict[str, tuple[str, ...]] = {
    "what are you doing": ("wyd", "wat u doin"), "talk to you later": ("ttyl",), "i don't know": ("idk",),
    "to be honest": ("tbh",), "not gonna lie": ("ngl",), "oh my god": ("omg", "omgg"),
    "in real life": ("irl",), "be right back": ("brb",), "how are you": ("hru", "how r u"),
    "i know right": ("ikr",), "by the way": ("btw",), "never mind": ("nvm",), "right now": ("rn",),
    "to be fair": ("tbf",), "for real": ("fr",), "thank you": ("ty", "tysm", "thank u"),
    "good night": ("gn", "nightt"), "see you": ("cya", "see ya", "c u"), "want to": ("wanna",),
    "going to": ("gonna",), "got to": ("gotta",), "you're": ("ur", "youre"), "your": ("ur", "yr"),
    "you": ("u", "ya", "yu"), "are": ("r",), "please": ("pls", "plz", "pleaseee"), "because": ("bc", "cuz", "coz"),
    "thanks": ("thx", "ty"), "tomorrow": ("tmrw", "tmr", "2moro"), "tonight": ("2nite", "tonite"),
    "before": ("b4",), "later": ("l8r", "later"), "great": ("gr8",), "someone": ("sum1", "some1"),
    "anyone": ("any1",), "everyone": ("every1",), "what": ("wat", "wut", "wht"), "about": ("abt", "bout"),
    "people": ("ppl",), "message": ("msg",), "messages": ("msgs",), "picture": ("pic",), "pictures": ("pics", "pix"),
    "birthday": ("bday",), "don't": ("dont",), "can't": ("cant",), "i'm": ("im",), "okay": ("ok", "k", "kk"),
    "really": ("rly", "realy"), "love": ("luv",), "boyfriend": ("bf",), "girlfriend": ("gf",), "with": ("w",),
    "why": ("y",), "and": ("n", "&"), "probably": ("prob", "prolly"), "seriously": ("srsly",),
    "whatever": ("wtv", "whatevs"), "something": ("smth",), "though": ("tho",), "favourite": ("fav", "fave"),
}  # fmt: skip
_SLANG_RE = re.compile(
    r"(?<![\w'])("
    + "|".join(re.escape(p) for p in sorted(SLANG, key=lambda p: (-len(p), p)))
    + r")(?![\w'])",
    re.IGNORECASE,
)

EMOJI: tuple[str, ...] = (
    "😂", "🤣", "😭", "😅", "🙂", "😊", "😍", "🥺", "😎", "🤔", "😬", "🙄", "😳", "💀", "🔥", "👍", "👀",
    "❤️", "💯", "✨", "🎮", "⚽", "🐶", "🍕", "🎉", "😴", "🤷", "😤", "🥳", "👋",
)  # fmt: skip

# The forms the brief asked for first; a few more that turn up in real evasion.
LEET: dict[str, tuple[str, ...]] = {"a": ("4", "@"), "e": ("3",), "i": ("1",), "o": ("0",), "s": ("5", "$")}

APP_FORMS: dict[str, tuple[str, ...]] = {
    "snapchat": ("sn@p", "snap", "sc", "snapch4t", "s n a p"),
    "discord": ("d1sc0rd", "disc", "dc", "discordd"),
    "whatsapp": ("whatsap", "wa", "whats app", "w@tsapp"),
    "instagram": ("insta", "1nsta", "ig", "gram"),
    "telegram": ("tele", "t3legram", "tg"),
    "kik": ("k1k", "k!k", "kiik"),
}
_APP_RE = re.compile(r"\b(" + "|".join(sorted(APP_FORMS)) + r")\b", re.IGNORECASE)

# Cyrillic letters that render like Latin ones (the normaliser folds them back).
HOMOGLYPHS: dict[str, str] = {"a": "а", "e": "е", "o": "о", "p": "р", "c": "с", "y": "у", "x": "х", "i": "і"}


def typo(text: str, rng: random.Random) -> str:
    """Swap, drop or double one letter in one word of three or more letters."""
    words = list(_LONG_WORD.finditer(text))
    if not words:
        return text
    m = rng.choice(words)
    w = m.group(0)
    kind = rng.choice(("swap", "drop", "double"))
    i = rng.randrange(len(w) - 1)
    if kind == "swap":
        w = w[:i] + w[i + 1] + w[i] + w[i + 2 :]
    elif kind == "drop":
        w = w[:i] + w[i + 1 :]
    else:
        w = w[: i + 1] + w[i] + w[i + 1 :]
    return text[: m.start()] + w + text[m.end() :]


def slang(text: str, rng: random.Random, rate: float = 0.8) -> str:
    """Replace known phrases with chat shorthand ("you" -> "u", "right now" -> "rn"), each with `rate`."""

    def sub(m: re.Match[str]) -> str:
        forms = SLANG[m.group(0).lower().replace("\u2019", "'")]
        return rng.choice(forms) if rng.random() < rate else m.group(0)

    return _SLANG_RE.sub(sub, text)


def add_emoji(text: str, rng: random.Random) -> str:
    """Append (mostly) or insert one to three emoji, sometimes the same one repeated."""
    e = rng.choice(EMOJI)
    run = e * rng.choice((1, 1, 2, 3)) if rng.random() < 0.5 else e + rng.choice(EMOJI)
    words = text.split(" ")
    if len(words) > 2 and rng.random() < 0.3:
        i = rng.randrange(1, len(words))
        return " ".join(words[:i] + [run] + words[i:])
    return text.rstrip() + rng.choice((" ", "", " ")) + run


def recase(text: str, rng: random.Random) -> str:
    """ALL CAPS, Title Case, all lower or a capitalised first letter."""
    kind = rng.choice(("upper", "title", "lower", "lower", "first"))
    if kind == "upper":
        return text.upper()
    if kind == "title":
        return " ".join(w[:1].upper() + w[1:] for w in text.split(" "))
    if kind == "lower":
        return text.lower()
    return text[:1].upper() + text[1:]


def elongate(text: str, rng: random.Random) -> str:
    """Stretch one letter of one word: "so" -> "sooo", "hey" -> "heyyyy"."""
    words = list(_WORD.finditer(text))
    if not words:
        return text
    m = rng.choice(words)
    w = m.group(0)
    vowels = [i for i, ch in enumerate(w) if ch.lower() in "aeiouy"]
    i = len(w) - 1 if w[-1].lower() in "aeiouyhsz" or not vowels else rng.choice(vowels)
    w = w[: i + 1] + w[i] * rng.randint(2, 5) + w[i + 1 :]
    return text[: m.start()] + w + text[m.end() :]


def leetspeak(text: str, rng: random.Random, rate: float = 0.6) -> str:
    """Swap letters for digits/symbols (a->4/@, e->3, i->1, o->0, s->5/$) in words of 3+ letters.

    Each eligible letter changes with probability `rate`; a word always keeps at least one letter, so the
    normaliser (which only un-leets tokens that still hold a letter) can read it back.
    """

    def sub(m: re.Match[str]) -> str:
        chars = list(m.group(0))
        for i, ch in enumerate(chars):
            forms = LEET.get(ch.lower())
            if forms and rng.random() < rate:
                chars[i] = rng.choice(forms)
        if not any(ch.isalpha() for ch in chars):
            chars[0] = m.group(0)[0]
        return "".join(chars)

    return _LONG_WORD.sub(sub, text)


def obfuscate_apps(text: str, rng: random.Random) -> str:
    """Respell app names the way people dodge filters: "snapchat" -> "sn@p" / "snap" / "sc", ..."""
    return _APP_RE.sub(lambda m: rng.choice(APP_FORMS[m.group(0).lower()]), text)


def homoglyphs(text: str, rng: random.Random) -> str:
    """Swap one to three Latin letters for Cyrillic look-alikes."""
    spots = [i for i, ch in enumerate(text) if ch in HOMOGLYPHS]
    if not spots:
        return text
    chars = list(text)
    for i in rng.sample(spots, min(len(spots), rng.randint(1, 3))):
        chars[i] = HOMOGLYPHS[chars[i]]
    return "".join(chars)


def punctuation_noise(text: str, rng: random.Random) -> str:
    """Strip or pile up punctuation, drop or double spaces, or space out one word ("s e c r e t")."""
    kind = rng.choice(("strip", "pile", "squash", "double_space", "space_before", "spaced_word"))
    if kind == "strip":
        out = re.sub(r"[.,!?;:]", "", text)
    elif kind == "pile":
        out = text.rstrip(".!? ") + rng.choice(("!!!", "??", "?!", "...", "!!", "....", " ?", "!?!?"))
    elif kind == "squash":
        out = re.sub(r"([,.!?]) ", r"\1", text)
    elif kind == "double_space":
        words = text.split(" ")
        out = (
            "  ".join(words)
            if len(words) < 3
            else " ".join(w + (" " if rng.random() < 0.3 else "") for w in words)
        )
    elif kind == "space_before":
        out = re.sub(r"\s*([?!])", r" \1", text)
    else:
        words = list(re.finditer(r"\b[A-Za-z]{3,8}\b", text))
        if not words:
            return text
        m = rng.choice(words)
        out = text[: m.start()] + " ".join(m.group(0)) + text[m.end() :]
    return out if out.strip() else text


def evasive_rewrite(text: str, rng: random.Random) -> str:
    """One of the filter-dodging rewrites `evaluate --evasion` tests (spaced letters, caps, emoji, ...)."""
    from model_training.evasion import TEXT_TRANSFORMS

    name = rng.choice(sorted(TEXT_TRANSFORMS))
    return TEXT_TRANSFORMS[name](text, rng)


# Applied in this order, each with probability strength * rate.
TEXT_OPS: tuple[tuple[str, TextOp, float], ...] = (
    ("slang", slang, 0.6),
    ("obfuscate_apps", obfuscate_apps, 0.8),
    ("typo", typo, 0.35),
    ("elongate", elongate, 0.25),
    ("recase", recase, 0.3),
    ("leetspeak", leetspeak, 0.1),
    ("homoglyphs", homoglyphs, 0.05),
    ("punctuation_noise", punctuation_noise, 0.3),
    ("add_emoji", add_emoji, 0.3),
    ("evasive_rewrite", evasive_rewrite, 0.06),
)


def perturb_text(text: str, rng: random.Random, strength: float) -> str:
    """Apply a random subset of TEXT_OPS to one message; never returns an empty message."""
    out = text
    for _, op, rate in TEXT_OPS:
        if rng.random() < strength * rate:
            out = op(out, rng)
    return out if out.strip() else text


def can_split(message: Message) -> bool:
    return len(message.text.split()) >= 2


def split_message(conv: Conversation, index: int, rng: random.Random) -> Conversation:
    """Split messages[index] into two consecutive messages from the same sender.

    Both halves keep the sender, ts and tags (the tactic may sit in either half). first_risk_index keeps
    pointing at the same original message: it moves by one when the split is before it, and when the split
    message itself is the first risk it points at the first half, the earliest message carrying its tags.
    """
    msg = conv.messages[index]
    words = msg.text.split()
    if len(words) < 2:
        raise ValueError(f"{conv.id}: message {index} has fewer than two words and cannot be split")
    # Prefer a break after a clause ("hey, so" / "what are u up to"), else any word boundary.
    clause = [i for i in range(1, len(words)) if words[i - 1][-1] in ",.!?"]
    cut = rng.choice(clause) if clause and rng.random() < 0.7 else rng.randrange(1, len(words))
    head = " ".join(words[:cut]).rstrip(",")
    tail = " ".join(words[cut:])
    halves = (replace(msg, text=head or words[0]), replace(msg, text=tail))
    messages = conv.messages[:index] + halves + conv.messages[index + 1 :]
    fri = conv.first_risk_index
    if fri is not None and fri > index:
        fri += 1
    return replace(conv, messages=messages, first_risk_index=fri)


def augment_conversation(
    conv: Conversation, rng: random.Random, strength: float = 0.5, split_rate: float | None = None
) -> Conversation:
    """A noisy copy of `conv`: per message a random subset of text ops, then some message splits.

    `strength` in [0, 1] scales every op's probability; `split_rate` (default strength * 0.15) is the chance
    that each splittable message is split. Label, platform, tags and first_risk_index stay consistent; the id
    is kept, callers give the copy its own.
    """
    split_rate = strength * 0.15 if split_rate is None else split_rate
    messages = tuple(replace(m, text=perturb_text(m.text, rng, strength)) for m in conv.messages)
    out = replace(conv, messages=messages)
    # Right to left, so the indices still to visit are not shifted by earlier splits.
    for i in range(len(messages) - 1, -1, -1):
        if rng.random() < split_rate and can_split(out.messages[i]):
            out = split_message(out, i, rng)
    return out
