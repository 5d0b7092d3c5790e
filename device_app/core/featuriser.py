"""The one featuriser: chat messages -> a fixed-length int32 id vector for the TFLite model.

Training imports this module, so the model sees exactly the ids the device computes. Layout of the
vector (length `message_len + context_len`):

    [ current message: words, then char trigrams | (state tokens) recent messages, newest first, speaker-marked ]

With `state_tokens` the context segment starts with a few ids for what the conversation established earlier
(stated ages, how far into the chat, how this speaker opened: conversation_state.ConversationFacts).
With `cue_tokens` a contact's message starts with one id per structural cue it shows (an ultimatum, a
deadline, a payment, an audience, reported speech: cues.message_cues). With `emoji_guard` emoji never glue
words together and a message whose emoji sit in a third of its word gaps or more is read as its words alone.
With `word_guard` a word disguised through its letters (letter symbols, separators between letters, blanks
for gaps, emoji inside it) reads as the word (word_guard.undisguised). With `shape_guard` text turned around (behind a right-to-left
override, upside down) is turned back and letters masked with "*" guessed before that, and stretched or doubled
letters, words run together and a letter broken off are undone after it (shape_guard). With `burst_guard` (on top
of `join_split`) the tail carried in front is the speaker's whole burst of consecutive messages, not only the
previous one, so a request typed a word or two per message ("send" / "me" / "a pic") reads as one message; at
`burst_guard` 2 the burst is that one message throughout (context, conversation state, and the tracker's count).

Tokens are hashed (crc32) into `buckets` ids with a segment/speaker prefix, so no vocabulary file
has to travel and unseen words still get an id. Id 0 is padding.
"""

from __future__ import annotations

import functools
import hashlib
import itertools
import json
import zlib
from collections import deque
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass
from datetime import UTC, datetime

import numpy as np

from . import cues as cue_rules
from . import emoji_guard, shape_guard, word_guard
from .conversation_state import ConversationFacts
from .conversations import Message
from .normalise import tables_fingerprint_source, tokenise
from .vowels_dropped import vowels_restored

FEATURISER_VERSION = 2  # 2: evasion-robust normalisation (normalise_v2); 3: + better word segmentation (normalise_v3)
PAD_ID = 0
JOIN_TOKENS = 8  # with join_split: how many of the previous same-speaker message's (or burst's) tokens lead the current one
# With burst_guard: a message of at most this many words extends the burst before it; a longer one starts anew. A
# notification listener never sees the child's side, so every contact message follows another: without this
# limit its whole view would read as one burst.
BURST_WORDS = 3
# With burst_guard 2 (whole bursts): a burst holds at most this many words (a longer one starts anew); its newest
# piece reads the burst's words in front of its own, and the burst is one message in later messages' context, so a
# message typed a word or two at a time is read as the message it spells, and remembered as it.
BURST_TOKENS = 40
BURST_CUE_CHARS = 1000  # with whole bursts: how much of the burst's earlier raw text a piece's cues read again
# With whole bursts: when both messages carry a time (`ts`), a longer pause than this between them ends the burst, so
# a notification listener (which never sees the child's replies) does not read two answers as one message.
BURST_GAP_SECONDS = 30.0
# Settings that are left out of to_dict (and so of the fingerprint) while 0, so older bundles keep theirs.
OPTIONAL_SETTINGS = (
    "speaker_marks", "join_split", "state_tokens", "cue_tokens", "emoji_guard", "word_guard", "burst_guard",
    "shape_guard",
)  # fmt: skip


@dataclass(frozen=True)
class FeaturiserSettings:
    buckets: int = 16384
    message_len: int = 48
    context_len: int = 80
    context_messages: int = 6
    char_ngram: int = 3
    version: int = FEATURISER_VERSION
    # 1: context from the same speaker as the message being scored is marked apart from other contacts'
    # (group chats). Left out of to_dict when 0, so older bundles keep their fingerprint.
    speaker_marks: int = 0
    # 1: a contact message sent right after one from the same speaker (nothing in between) also carries
    # that message's last JOIN_TOKENS tokens in front, so "send me a" / "pic of u" reads like one message.
    # Left out of to_dict when 0, like speaker_marks.
    join_split: int = 0
    # 1: conversation state tokens (ages said, position, the speaker's opening) lead the context segment.
    # Left out of to_dict when 0, like speaker_marks.
    state_tokens: int = 0
    # 1: cue tokens (ultimatum, deadline, payment, exposure, reported speech) lead a contact message's
    # segment. Left out of to_dict when 0, like speaker_marks.
    cue_tokens: int = 0
    # 1: emoji never glue the words around them together, and a message whose emoji sit in a third of its
    # word gaps or more keeps only its words (emoji_guard). Optional like the rest.
    emoji_guard: int = 0
    # 1: letter symbols (🅢, 🇸), letters joined by separators ("s/e/n/d"), blanks for word gaps and emoji
    # typed inside a word are undone before anything else (word_guard). Optional like the rest.
    word_guard: int = 0
    # 1 (with join_split): the tokens carried in front of a contact's message are the tail of everything they
    # sent since anyone else spoke, so one word per message reads as the message it spells. 2: the whole burst is
    # read as one message (its words in front, one entry in the context and the conversation state; see
    # BURST_TOKENS), and the tracker revises the burst's evidence instead of adding each piece's
    # (`ContextWindow.continues_burst`).
    burst_guard: int = 0
    # 1: text behind a right-to-left override or upside down is turned back first; stretched or doubled letters,
    # words run together and a letter broken off a word are undone after the word guard (shape_guard). Optional.
    # 2: run-on words read through chat's spelling, text typed backwards; 3: + vowels put back (vowels_dropped.py).
    shape_guard: int = 0

    @property
    def input_len(self) -> int:
        return self.message_len + self.context_len

    def to_dict(self) -> dict[str, int]:
        out = asdict(self)
        for optional in OPTIONAL_SETTINGS:
            if not out[optional]:
                del out[optional]
        return out

    @classmethod
    def from_dict(cls, data: dict[str, int]) -> FeaturiserSettings:
        known = {k: int(v) for k, v in data.items() if k in cls.__dataclass_fields__}
        return cls(**known)


CACHED_TOKEN_CHARS = 24  # tokens up to this long keep their id in memory; longer ones are hashed each time


def _hashed(token: str, buckets: int) -> int:
    return 1 + zlib.crc32(token.encode("utf-8")) % (buckets - 1)


# Chat repeats its words and trigrams, so most ids are a dict lookup away. Only short tokens are cached: an attacker's
# stream of distinct 10,000-character words would otherwise hold up to 32,768 of them in memory (over 300 MB).
_cached_bucket = functools.lru_cache(maxsize=32768)(_hashed)


def _bucket(token: str, buckets: int) -> int:
    return _cached_bucket(token, buckets) if len(token) <= CACHED_TOKEN_CHARS else _hashed(token, buckets)


class Featuriser:
    """Pure-Python, allocation-light featuriser; per-message token ids are cached by the caller."""

    def __init__(self, settings: FeaturiserSettings | None = None) -> None:
        self.settings = settings or FeaturiserSettings()

    @property
    def fingerprint(self) -> str:
        return featuriser_fingerprint(self.settings)

    def message_tokens(self, text: str) -> list[str]:
        if self.settings.shape_guard:
            text = shape_guard.unmasked(shape_guard.turned_back(text, self.settings.shape_guard))
        if self.settings.word_guard:
            text = word_guard.undisguised(text)
        if self.settings.shape_guard:
            text = shape_guard.reshaped(text, self.settings.shape_guard)
        if self.settings.emoji_guard:
            tokens = emoji_guard.guarded_tokens(text, self.settings.version)
        else:
            tokens = tokenise(text, self.settings.version)
        return vowels_restored(tokens) if self.settings.shape_guard >= 3 else tokens

    def current_ids(self, tokens: Sequence[str], cues: Sequence[str] = ()) -> list[int]:
        """Ids for the message being scored: its cues, words, then char trigrams while room remains."""
        s = self.settings
        ids = [_bucket("q:" + c, s.buckets) for c in cues]
        ids += [_bucket("m:" + t, s.buckets) for t in tokens[: s.message_len - len(ids)]]
        n = s.char_ngram
        for tok in tokens:
            if len(ids) >= s.message_len:
                break
            if len(tok) <= n or tok.startswith("<"):
                continue
            padded = f"<{tok}>"
            for i in range(len(padded) - n + 1):
                ids.append(_bucket("g:" + padded[i : i + n], s.buckets))
                if len(ids) >= s.message_len:
                    break
        return ids

    def context_ids(self, tokens: Sequence[str], from_child: bool, same_speaker: bool = False) -> list[int]:
        """Ids a past message contributes to the context segment, marked by who sent it: the child,
        another contact, or (with speaker_marks) the same speaker as the message being scored."""
        prefix = "k:" if from_child else ("s:" if same_speaker and self.settings.speaker_marks else "c:")
        return [_bucket(prefix + t, self.settings.buckets) for t in tokens]

    def state_ids(self, tokens: Sequence[str]) -> list[int]:
        """Ids for conversation state tokens (their own prefix: they are not words anybody typed)."""
        return [_bucket("z:" + t, self.settings.buckets) for t in tokens]

    def assemble(self, current: Sequence[int], context: Iterable[Sequence[int]]) -> np.ndarray:
        """Model input (shape [input_len], int32) from cached ids; `context` is newest first."""
        s = self.settings
        out = np.zeros(s.input_len, dtype=np.int32)
        cur = current[: s.message_len]
        out[: len(cur)] = cur
        pos = s.message_len
        end = s.input_len
        for ids in context:
            if pos >= end:
                break
            take = ids[: end - pos]
            out[pos : pos + len(take)] = take
            pos += len(take)
        return out


class SpeakerRun:
    """What the newest speaker sent since anyone else spoke (`join_split`, `burst_guard`): the tokens carried in
    front of their next message, whether that message continues a burst, and the raw text its cues read."""

    def __init__(self, settings: FeaturiserSettings) -> None:
        self._join = bool(settings.join_split)
        self._burst = bool(settings.burst_guard)
        self.whole_bursts = settings.burst_guard >= 2
        self._message_len = settings.message_len
        # the newest message's speaker and words (with burst_guard, the tail of that speaker's messages since
        # anyone else spoke; with whole bursts, all of the burst), or None after a child's message
        self.last: tuple[str | None, list[str]] | None = None
        self._texts: list[str] = []  # with burst_guard: the raw texts of that burst, newest last
        self._last_moment: float | None = None  # when the newest message was sent, if it said (whole bursts)

    def extends(
        self, tokens: Sequence[str], from_child: bool, speaker: str | None, moment: float | None = None
    ) -> bool:
        """With burst_guard: a short contact message right after the same speaker's (see BURST_WORDS; with whole
        bursts, while the burst stays within BURST_TOKENS words and, where both messages say when they were sent,
        within BURST_GAP_SECONDS of the last piece)."""
        last = self.last
        if not (self._burst and not from_child and last is not None and last[0] == speaker):
            return False
        words = len(_words(tokens))
        if words > BURST_WORDS:
            return False
        if not self.whole_bursts:
            return True
        paused = moment is not None and self._last_moment is not None and abs(moment - self._last_moment) > BURST_GAP_SECONDS
        return not paused and len(last[1]) + words <= BURST_TOKENS

    def joined(self, tokens: list[str], from_child: bool, speaker: str | None, extends: bool) -> list[str]:
        """The tokens the current-message segment reads: with join_split, the same speaker's previous
        message's tail (with burst_guard, their burst's; with whole bursts, up to BURST_TOKENS of it) goes in
        front, only as much as leaves every token of this message room."""
        if not self._join or from_child or self.last is None or self.last[0] != speaker:
            return tokens
        carried = BURST_TOKENS if extends and self.whole_bursts else JOIN_TOKENS
        room = min(carried, self._message_len - len(tokens))
        if room <= 0:
            return tokens
        return self.last[1][-room:] + tokens

    def cue_text(self, text: str, extends: bool) -> str:
        """The raw text a message's cues read: with the burst's before it, so a quotation opened two messages ago
        still marks reported speech."""
        if not extends:
            return text
        earlier = " ".join(self._texts)
        if self.whole_bursts:  # forty pieces of 10,000 characters each would be read again at every piece
            earlier = earlier[-BURST_CUE_CHARS:]
        return f"{earlier} {text}"

    def remember(
        self, tokens: Sequence[str], from_child: bool, speaker: str | None, text: str, extends: bool,
        moment: float | None = None,
    ) -> None:  # fmt: skip
        """`tokens` (with whole bursts: the whole burst so far) as the newest message, sent at `moment` if known."""
        self._last_moment = moment
        if not self._join:
            return
        words = _words(tokens)  # emoji stay behind: v2 moves them after the words, and the joined message should too
        if extends and self.last is not None and self.whole_bursts:
            # only what a later piece's cues re-read is kept: the burst's last BURST_CUE_CHARS characters
            self._texts = [" ".join([*self._texts, text])[-BURST_CUE_CHARS:]]
        elif extends and self.last is not None:
            words = (self.last[1] + words)[-JOIN_TOKENS:]
            self._texts = [*self._texts[-(JOIN_TOKENS - 1) :], text]
        else:
            self._texts = [text]
        self.last = None if from_child else (speaker, words)


class ContextWindow:
    """The recent messages of one conversation as cached context ids, newest first.

    The window is the whole conversation's (every speaker), because a groomer's move in a group chat
    reads differently after what others said; with speaker_marks each remembered contact message keeps
    a second id list marked "same speaker", used when the next message comes from the same person.
    With whole bursts (burst_guard 2) a burst of short messages from one speaker is one remembered message,
    rewritten as each piece arrives.
    """

    def __init__(self, featuriser: Featuriser) -> None:
        self._featuriser = featuriser
        self._marks = bool(featuriser.settings.speaker_marks)
        self._run = SpeakerRun(featuriser.settings)
        # whether the message featurised last continued its speaker's burst (whole bursts only): the tracker then
        # replaces the burst's evidence so far instead of adding to it
        self.continues_burst = False
        # (speaker, ids as another contact / the child, ids as the same speaker or None)
        self._recent: deque[tuple[str | None, list[int], list[int] | None]] = deque(
            maxlen=featuriser.settings.context_messages + self._run.whole_bursts  # the burst's own entry is skipped
        )
        self._facts = ConversationFacts() if featuriser.settings.state_tokens else None
        self._facts_before_burst: ConversationFacts | None = None  # with whole bursts: the facts the burst found
        self._cues = bool(featuriser.settings.cue_tokens)

    def featurise(self, message: Message) -> tuple[np.ndarray, list[str]]:
        """Input vector for `message` in its context; then remembers it as context for the next one."""
        f = self._featuriser
        tokens = f.message_tokens(message.text)
        speaker = message.speaker
        moment = sent_at(message.ts) if self._run.whole_bursts else None
        extends = self._run.extends(tokens, message.from_child, speaker, moment)
        self.continues_burst = extends and self._run.whole_bursts
        # a burst's later piece: the burst so far is in the current segment, so its context starts before it
        skip = int(self.continues_burst)
        context: Iterable[Sequence[int]] = (
            same if same is not None and not message.from_child and spk == speaker else other
            for spk, other, same in itertools.islice(self._recent, skip, skip + f.settings.context_messages)
        )
        if self._facts is not None and not message.from_child:
            # a burst's later piece reads the facts as they stood before the burst, as the whole message would
            facts = self._facts_before_burst if self.continues_burst and self._facts_before_burst else self._facts
            context = itertools.chain([f.state_ids(facts.tokens(speaker))], context)
        joined = self._run.joined(tokens, message.from_child, speaker, extends)
        cues = (
            cue_rules.message_cues(self._run.cue_text(message.text, extends), joined)
            if self._cues and not message.from_child else ()
        )  # fmt: skip
        vector = f.assemble(f.current_ids(joined, cues), context)
        self.push(tokens, message.from_child, speaker, message.text, extends, moment)
        return vector, tokens

    def remember(self, message: Message) -> None:
        """`message` remembered as context for the next one, without its own input vector (the child's messages:
        the model never scores them, so the device skips building a vector nobody reads)."""
        tokens = self._featuriser.message_tokens(message.text)
        moment = sent_at(message.ts) if self._run.whole_bursts else None
        extends = self._run.extends(tokens, message.from_child, message.speaker, moment)
        self.continues_burst = extends and self._run.whole_bursts
        self.push(tokens, message.from_child, message.speaker, message.text, extends, moment)

    def push(
        self, tokens: Sequence[str], from_child: bool, speaker: str | None = None, text: str = "",
        extends_burst: bool = False, moment: float | None = None,
    ) -> None:  # fmt: skip
        f = self._featuriser
        burst_so_far = self._run.last if self._run.whole_bursts and extends_burst else None
        if burst_so_far is not None:  # the burst so far, remembered as one message (it replaces the last)
            self._recent.popleft()
            tokens = [*burst_so_far[1], *tokens]
        if self._facts is not None:
            if burst_so_far is not None and self._facts_before_burst is not None:  # read whole too ("im" / "25")
                self._facts = self._facts_before_burst.copy()
            elif self._run.whole_bursts and not from_child:  # only a contact's message can start a burst
                self._facts_before_burst = self._facts.copy()
            self._facts.observe(tokens, from_child, speaker)
        same = f.context_ids(tokens, False, same_speaker=True) if self._marks and not from_child else None
        self._recent.appendleft((speaker, f.context_ids(tokens, from_child), same))
        self._run.remember(tokens, from_child, speaker, text, extends_burst, moment)


def sent_at(ts: str | None) -> float | None:
    """Seconds since the epoch for a message's RFC 3339 `ts` (no zone: UTC), or None when absent or unreadable: a
    sender controls it, and a bad one only means the pause before the message is unknown."""
    if not ts or len(ts) > 64:
        return None
    try:
        moment = datetime.fromisoformat(ts)
        return (moment if moment.tzinfo else moment.replace(tzinfo=UTC)).timestamp()
    except (ValueError, OverflowError):  # not a time, or a zone offset that moves year 1 or 9999 out of range
        return None


def _words(tokens: Sequence[str]) -> list[str]:
    """The tokens a joined message carries: words, placeholders and ?/!, not emoji."""
    return [t for t in tokens if t[0].isalnum() or t[0] in "<?!"]


def featurise_conversation(featuriser: Featuriser, messages: Sequence[Message]) -> np.ndarray:
    """One input row per message (shape [len(messages), input_len]) — what the device computes in order."""
    return featurise_with_bursts(featuriser, messages)[0]


def featurise_with_bursts(featuriser: Featuriser, messages: Sequence[Message]) -> tuple[np.ndarray, list[bool]]:
    """`featurise_conversation`, and for each message whether it continued its speaker's burst (whole bursts
    only: what the tracker must be told, `ContextWindow.continues_burst`)."""
    window = ContextWindow(featuriser)
    rows: list[np.ndarray] = []
    continues: list[bool] = []
    for m in messages:
        rows.append(window.featurise(m)[0])
        continues.append(window.continues_burst)
    if not rows:
        return np.zeros((0, featuriser.settings.input_len), dtype=np.int32), continues
    return np.stack(rows), continues


def featuriser_fingerprint(settings: FeaturiserSettings) -> str:
    """sha256 over settings + normalisation tables; a bundle built with another featuriser is refused."""
    source: dict[str, object] = {
        "settings": settings.to_dict(), "tables": tables_fingerprint_source(settings.version), "hash": "crc32",
    }  # fmt: skip
    if settings.cue_tokens:
        source["cue_tables"] = cue_rules.tables_source()
    if settings.emoji_guard:
        source["emoji_guard"] = emoji_guard.tables_source()
    if settings.word_guard:
        source["word_guard"] = word_guard.tables_source()
    if settings.shape_guard:
        source["shape_guard"] = shape_guard.tables_source(settings.shape_guard)
    if settings.burst_guard:
        burst: dict[str, object] = {"join_tokens": JOIN_TOKENS, "burst_words": BURST_WORDS, "cues_read": "burst"}
        if settings.burst_guard >= 2:  # the setting's value is in `settings` already; these are its sizes
            burst["whole"] = {
                "burst_tokens": BURST_TOKENS, "context": "one entry per burst", "facts": "whole burst",
                "cue_chars": BURST_CUE_CHARS, "gap_seconds": BURST_GAP_SECONDS,
            }  # fmt: skip
        source["burst_guard"] = burst
    blob = json.dumps(source, sort_keys=True, ensure_ascii=False).encode("utf-8")
    return hashlib.sha256(blob).hexdigest()
