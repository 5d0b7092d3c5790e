"""What hostile text may and may not reach the database and the moderators' screens.

Three rules, used by the input schemas:

* Every stored string must encode as UTF-8 (a lone surrogate such as "\\ud83d" made both SQLite and
  PostgreSQL fail the whole request) and hold no NUL (PostgreSQL text cannot).
* A suspect handle names an account moderators act on, so it must read as what it is: NFKC, zero-width
  characters removed (so "a\\u200bb" and "ab" are one account, and a handle of only zero-width spaces is
  refused), and any control, format or direction-override character refused (U+202E could make
  "evil\\u202eresu" display as "useresu" ... next to a real account).
* Shared evidence is what the child saw: kept, but cleaned of NUL/control characters (tab and newline
  stay) and of direction overrides/isolates, which could reorder what a moderator reads.
"""

from __future__ import annotations

import re
import unicodedata

# Zero-width characters that change no glyph: removed from handles before anything else is checked.
ZERO_WIDTH = frozenset("\u200b\u200c\u200d\u2060\ufeff\u00ad\u180e")
# Embeddings, overrides and isolates (LRE RLE PDF LRO RLO, LRI RLI FSI PDI): they reorder the text around them.
BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
_EVIDENCE_STRIP = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


class TextRefused(ValueError):
    """The text cannot be stored or shown safely; the message says why."""


def refuse_unencodable(text: str) -> None:
    """Refuse lone surrogates (not encodable as UTF-8) and NUL."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        raise TextRefused("must be valid Unicode (no lone surrogate code points)") from None
    if "\x00" in text:
        raise TextRefused("must not contain control characters (NUL)")


def clean_handle(text: str) -> str:
    """The handle as stored and shown: NFKC, trimmed, zero-width characters removed; refuse the rest."""
    if text.isascii() and text.isprintable():  # the common case: NFKC-stable, no control/format/bidi char
        text = text.strip()
        if not text:
            raise TextRefused("must contain visible characters")
        return text
    refuse_unencodable(text)
    text = "".join(ch for ch in unicodedata.normalize("NFKC", text) if ch not in ZERO_WIDTH).strip()
    for ch in text:
        if ch in BIDI_CONTROLS:
            raise TextRefused(f"must not contain direction control characters (U+{ord(ch):04X})")
        category = unicodedata.category(ch)
        if category in ("Cc", "Cf", "Cs", "Co", "Zl", "Zp"):
            raise TextRefused(f"must not contain control or invisible characters (U+{ord(ch):04X})")
    if not text:
        raise TextRefused("must contain visible characters")
    return text


def clean_evidence_text(text: str) -> str:
    """Evidence minus NUL/C0/C1 controls (tab, newline kept) and direction overrides."""
    cleaned = _EVIDENCE_STRIP.sub("", text)
    refuse_unencodable(cleaned)
    return cleaned
