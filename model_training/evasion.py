"""The ways people rewrite a message to slip past a filter, as seeded transforms of a conversation.

One module for both uses: training augmentation applies them to some copies of the contact's messages
(so the model learns what the evasive spelling means), and `evaluate --evasion` applies each one to every
contact message of a labelled file and scores the detector against the clean text. Only the contact's
messages change (a groomer disguises their own words); labels, tags, `from` and `first_risk_index` stay
consistent, including when a transform splits messages.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable
from dataclasses import replace

from device_app.core.conversations import Conversation, Message

from .metrics import meant_messages

TextTransform = Callable[[str, random.Random], str]

_WORD = re.compile(r"\S+")
_PUNCT = re.compile(r"[^\w\s]", re.UNICODE)
EMOJI: tuple[str, ...] = ("😂", "🔥", "😘", "💯", "👀", "✨", "😏", "🙈", "💕", "😜", "🤫", "👍")
LEET_FULL: dict[str, str] = {"a": "4", "e": "3", "i": "1", "o": "0", "s": "5", "t": "7"}
CYRILLIC: dict[str, str] = {"a": "а", "e": "е", "o": "о", "p": "р", "c": "с", "y": "у", "x": "х", "i": "і", "s": "ѕ"}
ZERO_WIDTH: tuple[str, ...] = ("\u200b", "\u200c", "\u200d", "\u2060", "\ufeff")


def spaced_letters(text: str, rng: random.Random) -> str:
    """Every letter of every word apart: "add me" -> "a d d   m e" (what `" ".join(text)` gives)."""
    return " ".join(text)


def spaced_letters_tight(text: str, rng: random.Random) -> str:
    """Letters apart and the word gaps gone too: "add me" -> "a d d m e"."""
    return " ".join(ch for ch in text if not ch.isspace())


def caps_no_punctuation(text: str, rng: random.Random) -> str:
    """ALL CAPS with every punctuation mark (apostrophes too) removed."""
    out = _PUNCT.sub("", text).upper()
    return re.sub(r"\s+", " ", out).strip() or text.upper()


def emoji_between_words(text: str, rng: random.Random) -> str:
    """An emoji after most words: "add 🔥 me 😂 on snap"."""
    words = text.split()
    out: list[str] = []
    for w in words:
        out.append(w)
        if rng.random() < 0.7:
            out.append(rng.choice(EMOJI))
    return " ".join(out)


def leetspeak_full(text: str, rng: random.Random) -> str:
    """Every a/e/i/o/s/t in a word of 3+ letters becomes a digit, keeping one letter per word."""

    def sub(m: re.Match[str]) -> str:
        word = m.group(0)
        mapped = "".join(LEET_FULL.get(ch.lower(), ch) for ch in word)
        if not any(ch.isalpha() for ch in mapped):
            mapped = word[0] + mapped[1:]
        return mapped

    return re.sub(r"[A-Za-z]{3,}", sub, text)


def homoglyphs_full(text: str, rng: random.Random) -> str:
    """Latin letters swapped for Cyrillic look-alikes wherever one exists."""
    return "".join(CYRILLIC.get(ch, ch) for ch in text)


def zero_width(text: str, rng: random.Random) -> str:
    """An invisible character between the letters of every word."""
    return re.sub(r"(?<=\w)(?=\w)", lambda _: rng.choice(ZERO_WIDTH), text)


TEXT_TRANSFORMS: dict[str, TextTransform] = {
    "spaced_letters": spaced_letters,
    "spaced_letters_tight": spaced_letters_tight,
    "caps_no_punctuation": caps_no_punctuation,
    "emoji_between_words": emoji_between_words,
    "leetspeak": leetspeak_full,
    "homoglyphs": homoglyphs_full,
    "zero_width": zero_width,
}
TRANSFORMS: tuple[str, ...] = (*TEXT_TRANSFORMS, "split_messages")


def emoji_glued(text: str, rng: random.Random) -> str:
    """An emoji typed against the front of most words: "send 😘me a 😏pic" (normalisation before the emoji
    guard read that as "sendme apic")."""
    return " ".join(rng.choice(EMOJI) + w if rng.random() < 0.7 else w for w in text.split())


# "Fancy text" letters with no Unicode compatibility mapping, so NFKC leaves them as symbols: negative squared
# (🅢), negative circled (🅝) and regional indicator (🇸, what Discord's :regional_indicator_s: sends) capitals.
FANCY_LETTER_BASES: tuple[int, ...] = (0x1F170, 0x1F150, 0x1F1E6)
# Alphabets copy-and-paste "fancy text" sites offer, a to z, letters borrowed from other scripts. Written by hand
# for this suite, not taken from the table the word guard reads (device_app/core/fancy_letters.py).
FANCY_ALPHABETS: tuple[str, ...] = (
    "αвc∂єƒgнιנкℓмиσρqяѕтυνωχуz",
    "ᗩᗷᑕᗪEᖴGᕼIᒍKᒪᗰᑎOᑭᑫᖇᔕTᑌᐯᗯ᙭Yᘔ",
    "ꍏꌃꉓꀸꍟꎇꁅꃅꀤꀭꀘ꒒ꂵꈤꂦꉣꆰꋪꌗ꓄ꀎꃴꅏꊼꌩꁴ",
    "ąҍçժҽƒցհìʝҟӀʍղօքզɾʂէմѵա×վՀ",
)
assert all(len(alphabet) == 26 for alphabet in FANCY_ALPHABETS)
LETTER_SEPARATORS: tuple[str, ...] = ("/", "•", "|", "~", "+", "·", ".")
BLANKS: tuple[str, ...] = ("\u3164", "\u2800", "\uffa0", "\u115f")  # render as a gap, are not whitespace


def fancy_letters(text: str, rng: random.Random) -> str:
    """Every Latin letter in one "fancy text" style: "🅢🅔🅝🅓 🅜🅔 🅐 🅟🅘🅒", "ѕєи∂ мє α ρι¢", "ꌗꍟꈤꀸ ꂵꍟ ꍏ ꉣꀤꉓ"."""
    style = rng.randrange(len(FANCY_LETTER_BASES) + len(FANCY_ALPHABETS))
    if style < len(FANCY_LETTER_BASES):
        alphabet = "".join(chr(FANCY_LETTER_BASES[style] + i) for i in range(26))
    else:
        alphabet = FANCY_ALPHABETS[style - len(FANCY_LETTER_BASES)]
    return "".join(alphabet[ord(ch.lower()) - 97] if ch.isascii() and ch.isalpha() else ch for ch in text)


def separated_letters(text: str, rng: random.Random) -> str:
    """Every character of every word a separator apart that is not a space: "s/e/n/d m/e a p/i/c/?"."""
    sep = rng.choice(LETTER_SEPARATORS)
    return " ".join(sep.join(word) for word in text.split())


def emoji_in_words(text: str, rng: random.Random) -> str:
    """An emoji typed inside most words of four or more letters: "se😘nd me a ph😏oto"."""
    return _inside_long_words(text, rng, lambda r: r.choice(EMOJI))


def broken_words(text: str, rng: random.Random) -> str:
    """A space typed inside most words of four or more letters: "se nd me a pho to"."""
    return _inside_long_words(text, rng, lambda _: " ")


def _inside_long_words(text: str, rng: random.Random, filler: Callable[[random.Random], str]) -> str:
    """`filler` typed at a random point inside 70 % of the words of four or more letters."""

    def inside(word: str) -> str:
        cut = rng.randrange(1, len(word))
        return word[:cut] + filler(rng) + word[cut:]

    return _most_words(text, rng, 4, inside)


def _most_words(text: str, rng: random.Random, min_letters: int, rewrite: Callable[[str], str]) -> str:
    """`rewrite` applied to 70 % of the words of `min_letters` letters or more (the rest stay as typed)."""
    return re.sub(f"[A-Za-z]{{{min_letters},}}", lambda m: rewrite(m.group(0)) if rng.random() < 0.7 else m.group(0), text)


def blank_gaps(text: str, rng: random.Random) -> str:
    """Every word gap an invisible blank that is not whitespace (Hangul filler, braille blank): the words
    look apart on screen and are one run of letters to a tokeniser."""
    blank = rng.choice(BLANKS)
    return blank.join(text.split())


# Upside-down text as generators write it: each letter turned, the message reversed so it reads with the phone
# turned round. Two styles, written by hand for this suite (not the shape guard's table): one turns capitals too,
# the other lowercases first and uses dotless i and Hebrew final nun for i and l.
UPSIDE_DOWN_STYLES: tuple[dict[str, str], ...] = (
    dict(zip(
        "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789?!.,'",
        "ɐqɔpǝɟƃɥᴉɾʞlɯuodbɹsʇnʌʍxʎz∀ꓭƆᗡƎℲ⅁HIſꓘ˥WNOԀΌᴚS⊥∩ΛMX⅄Z0ƖᄅƐㄣϛ9ㄥ86¿¡˙',",
        strict=True,
    )),
    dict(zip("abcdefghijklmnopqrstuvwxyz?!.", "ɐqɔpǝɟƃɥıɾʞןɯuodbɹsʇnʌʍxʎz¿¡˙", strict=True)),
)


# Mirror text as generators write it: each letter flipped left to right, the message reversed ("ɔiq ɒ ɘm bnɘƨ").
MIRROR_ALPHABET = dict(zip("abcdefghijklmnopqrstuvwxyz", "ɒdɔbɘʇϱʜiįʞlmᴎoqpɿƨƚυvwxγz", strict=True))
# Two "fancy text" styles that borrow look-alike signs from other blocks, a to z, written by hand for this suite.
LOOKALIKE_STYLES: tuple[str, ...] = ("₳฿₵ĐɆ₣₲ⱧłJ₭Ⱡ₥₦Ø₱QⱤ₴₮ɄV₩ӾɎⱫ", "ДБCDЁFGНІЈКLМИФPQЯЅТЦVЩЖЧZ")
assert all(len(style) == 26 for style in LOOKALIKE_STYLES)


def mirrored_text(text: str, rng: random.Random) -> str:
    """Mirror text from a generator: "ɔiq ɒ ɘm bnɘƨ"."""
    return "".join(MIRROR_ALPHABET.get(ch, ch) for ch in reversed(text.lower()))


def lookalike_styles(text: str, rng: random.Random) -> str:
    """Every letter in the currency ("₴Ɇ₦Đ ₥Ɇ") or faux-Cyrillic ("ЅЁИD МЁ") fancy style."""
    style = rng.choice(LOOKALIKE_STYLES)
    return "".join(style[ord(ch) - 97] if "a" <= ch <= "z" else ch for ch in text.lower())


def reversed_override(text: str, rng: random.Random) -> str:
    """Typed backwards after a right-to-left override (U+202E), which the screen shows the right way round:
    to anything reading the stored text, "cip a em dnes"."""
    return "\u202e" + text[::-1] + ("\u202c" if rng.random() < 0.5 else "")


def backwards_text(text: str, rng: random.Random) -> str:
    """Typed backwards with no override, so the reader reads it backwards too: the whole message ("cip a em
    dnes") or, half the time, each word in place ("dnes em a cip")."""
    if rng.random() < 0.5:
        return text[::-1]
    return re.sub(r"[^\W\d_]+", lambda m: m.group(0)[::-1], text)


def vowels_dropped(text: str, rng: random.Random) -> str:
    """Every word of three letters or more typed without its vowels after the first letter: "snd me a pc of u in
    bd", still easy to read, with half its words gone for a filter."""
    return re.sub(r"\b([A-Za-z])([A-Za-z]{2,})\b", lambda m: m.group(1) + re.sub(r"[aeiouAEIOU]", "", m.group(2)), text)


def upside_down(text: str, rng: random.Random) -> str:
    """Upside-down text from a generator: "ɔᴉd ɐ ǝɯ puǝs"."""
    style = rng.randrange(len(UPSIDE_DOWN_STYLES))
    source = text if style == 0 else text.lower()
    return "".join(UPSIDE_DOWN_STYLES[style].get(ch, ch) for ch in reversed(source))


def run_on_words(text: str, rng: random.Random) -> str:
    """Words typed without spaces, half the time with capitals marking them: "sendmeapic", "SendMeAPic"."""
    words = text.split()
    if rng.random() < 0.5:
        words = [w[:1].upper() + w[1:] for w in words]
    return "".join(words)


def doubled_letters(text: str, rng: random.Random) -> str:
    """Every letter typed twice: "sseenndd mmee aa ppiicc"."""
    return re.sub(r"[^\W\d_]", lambda m: m.group(0) * 2, text)


def stretched_letters(text: str, rng: random.Random) -> str:
    """Most words with one letter held down, chat's elongation taken to every word: "seeeend meee a piiic"."""

    def stretch(word: str) -> str:
        vowels = [i for i, ch in enumerate(word) if ch in "aeiouAEIOU"]
        at = rng.choice(vowels) if vowels else len(word) - 1
        return word[:at] + word[at] * rng.randint(3, 6) + word[at + 1 :]

    return _most_words(text, rng, 2, stretch)


def masked_vowels(text: str, rng: random.Random) -> str:
    """Most words of three letters or more with their inner vowels masked, as chat censors itself past a filter:
    "s*nd me a p*c", "n*d*s"."""
    return _most_words(text, rng, 3, lambda word: word[0] + re.sub(r"[aeiouAEIOU]", "*", word[1:-1]) + word[-1])


# Invisible characters that are not whitespace: a zero-width space, a word joiner, a soft hyphen, a combining
# grapheme joiner. Put in every word gap, the words run together on screen and in the text alike.
INVISIBLE_GAPS: tuple[str, ...] = ("\u200b", "\u2060", "\u00ad", "\u034f")


def invisible_gaps(text: str, rng: random.Random) -> str:
    """Every word gap an invisible character instead of a space: "send\u200bme\u200ba\u200bpic"."""
    return rng.choice(INVISIBLE_GAPS).join(text.split())


def letters_on_lines(text: str, rng: random.Random) -> str:
    """Every character on a line of its own, spaces dropped: "s⏎e⏎n⏎d⏎m⏎e"."""
    return "\n".join(ch for ch in text if not ch.isspace())


# Scored by `evaluate --evasion`, but not used to grow training data or in the policy fit's evasion view: adding
# a rewrite there would change the variants of every corpus build (the pins keep which seeds, not which
# variants) and every fit's mixed view. The next corpus version can take it in.
EVALUATION_ONLY: dict[str, TextTransform] = {
    "emoji_glued": emoji_glued, "emoji_in_words": emoji_in_words, "fancy_letters": fancy_letters,
    "separated_letters": separated_letters, "blank_gaps": blank_gaps, "broken_words": broken_words,
    "reversed_override": reversed_override, "upside_down": upside_down, "run_on_words": run_on_words,
    "doubled_letters": doubled_letters, "stretched_letters": stretched_letters, "masked_vowels": masked_vowels,
    "letters_on_lines": letters_on_lines, "invisible_gaps": invisible_gaps, "mirrored_text": mirrored_text,
    "lookalike_styles": lookalike_styles, "backwards_text": backwards_text, "vowels_dropped": vowels_dropped,
}  # fmt: skip
EVALUATION_TRANSFORMS: tuple[str, ...] = (*TRANSFORMS, *EVALUATION_ONLY, "word_bursts", "chunked_messages")


def split_contact_messages(conv: Conversation, rng: random.Random, rate: float = 1.0) -> Conversation:
    """Each contact message of 4+ words sent as two messages (same sender, `from` and tags)."""

    def halves(words: list[str]) -> list[str]:
        cut = rng.randrange(2, len(words) - 1)
        return [" ".join(words[:cut]), " ".join(words[cut:])]

    return _resent(conv, rng, rate, 4, halves)


# Transforms that send a message as several (`_resent`): their chats carry `extra["meant"]` (metrics.meant_messages).
CHUNKING_TRANSFORMS: tuple[str, ...] = ("split_messages", "word_bursts", "chunked_messages")


def word_bursts(conv: Conversation, rng: random.Random, rate: float = 1.0) -> Conversation:
    """Each contact message of 2+ words sent as a burst of one to three words per message ("send" / "me a" /
    "pic"): how some people type anyway, and the cheapest way to keep every message too short to flag."""

    return _resent(conv, rng, rate, 2, _pieces_of(rng, 1, 3))


def chunked_messages(conv: Conversation, rng: random.Random, rate: float = 1.0) -> Conversation:
    """Each contact message of 6+ words sent in chunks of three to eight words ("send me a pic" / "of u in bed
    tonight"): a long message typed out a phrase at a time. Unlike a word burst's pieces, most chunks are long enough
    to be read as messages of their own (featuriser.BURST_WORDS), so a chunk is judged before the rest arrives."""

    return _resent(conv, rng, rate, 6, _pieces_of(rng, 3, 8))


def _pieces_of(rng: random.Random, fewest: int, most: int) -> Callable[[list[str]], list[str]]:
    """A message's words cut into pieces of `fewest` to `most` words each (the last may be shorter), in order."""

    def pieces(words: list[str]) -> list[str]:
        out: list[str] = []
        while words:
            size = rng.randint(fewest, most)
            out.append(" ".join(words[:size]))
            words = words[size:]
        return out

    return pieces


def _resent(
    conv: Conversation, rng: random.Random, rate: float, min_words: int, pieces_of: Callable[[list[str]], list[str]]
) -> Conversation:
    """`conv` with each contact message of `min_words` or more (with probability `rate`) sent as the messages
    `pieces_of` its words gives; `first_risk_index` moves with the messages before it. `extra["meant"]` maps
    each message sent to the message it is a piece of, so delays and false alarms per 1000 messages count the
    messages the sender meant (metrics.meant_messages), not the pieces."""
    messages: list[Message] = []
    meant: list[int] = []
    earlier = meant_messages(conv)
    fri = conv.first_risk_index
    for index, m in enumerate(conv.messages):
        words = m.text.split()
        if m.from_child or len(words) < min_words or rng.random() >= rate:
            messages.append(m)
            meant.append(earlier[index])
            continue
        pieces = pieces_of(words)
        messages += [replace(m, text=piece) for piece in pieces]
        meant += [earlier[index]] * len(pieces)
        if conv.first_risk_index is not None and index < conv.first_risk_index:
            fri = (fri or 0) + len(pieces) - 1
    return replace(conv, messages=tuple(messages), first_risk_index=fri, extra={**conv.extra, "meant": tuple(meant)})


def apply_transform(conv: Conversation, name: str, rng: random.Random, rate: float = 1.0) -> Conversation:
    """`conv` with the contact's messages rewritten by transform `name` (each with probability `rate`)."""
    if name == "split_messages":
        return split_contact_messages(conv, rng, rate)
    if name == "word_bursts":
        return word_bursts(conv, rng, rate)
    if name == "chunked_messages":
        return chunked_messages(conv, rng, rate)
    fn = TEXT_TRANSFORMS.get(name) or EVALUATION_ONLY[name]
    messages = tuple(
        replace(m, text=fn(m.text, rng) or m.text) if not m.from_child and rng.random() < rate else m
        for m in conv.messages
    )
    return replace(conv, messages=messages)


def transform_all(conversations: list[Conversation], name: str, seed: int = 0) -> list[Conversation]:
    """The evaluation view: every contact message of every conversation rewritten, seeded."""
    rng = random.Random(f"{name}:{seed}")
    return [apply_transform(c, name, rng) for c in conversations]


def mixed_evasion(conversations: list[Conversation], seed: int = 0) -> list[Conversation]:
    """Every conversation rewritten by one transform, taken in turn: the evasion view the alert policy is
    fitted on, so thresholds that only hold on clean text (emoji between words raised scores enough to
    add up to false alarms) lose to ones that hold under every rewrite."""
    rng = random.Random(f"mixed:{seed}")
    names = [TRANSFORMS[i % len(TRANSFORMS)] for i in range(len(conversations))]
    return [replace(apply_transform(c, name, rng), id=f"{c.id}~{name}") for c, name in zip(conversations, names, strict=True)]
