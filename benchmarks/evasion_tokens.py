"""How many of a message's clean tokens survive each evasion transform, per featuriser version.

    .venv/bin/python benchmarks/evasion_tokens.py ../shared/data/dev_v2_conversations.jsonl

For every contact message: the clean text's tokens, and the tokens of the transformed text (seeded);
prints the share of clean tokens recovered (multiset overlap) for versions 2 and 3, how many messages
read exactly as clean under emoji between words and each evaluation-only rewrite (emoji glued to or typed inside words,
fancy letters, separated letters, blank gaps, the shape guard's rewrites), with no guard, then the emoji, word and
shape guards added in turn (the shape guard at levels 1, 2 and 3), the share of ids a
split message's second half recovers, and the time per tight-spaced message. A figure, not a test: the model is what has to be robust, this shows the input.
"""

from __future__ import annotations

import random
import sys
import time
from collections import Counter

from device_app.core.conversations import Conversation, load_conversations
from device_app.core.emoji_guard import is_emoji_token
from device_app.core.featuriser import Featuriser, FeaturiserSettings, featurise_conversation
from device_app.core.normalise import tokenise
from model_training.evasion import EVALUATION_ONLY, TEXT_TRANSFORMS, split_contact_messages

VERSIONS = (2, 3)


def recovered(texts: list[str], name: str, version: int) -> tuple[int, int]:
    """(clean tokens found again in the transformed text, clean tokens) over `texts`."""
    fn = TEXT_TRANSFORMS[name]
    rng = random.Random(f"{name}:0")
    hit = total = 0
    for text in texts:
        clean = tokenise(text, version)
        disguised = tokenise(fn(text, rng) or text, version)
        hit += sum((Counter(clean) & Counter(disguised)).values())
        total += len(clean)
    return hit, total


def split_recovered(convs: list[Conversation], join_split: int) -> tuple[int, int]:
    """(current-segment ids of each unsplit contact message found again in its second half's current
    segment once split, those ids), with the shipped settings plus `join_split`."""
    settings = FeaturiserSettings(context_messages=8, context_len=96, speaker_marks=1, join_split=join_split)
    f = Featuriser(settings)
    hit = total = 0
    for conv in convs:
        whole = featurise_conversation(f, conv.messages)[:, : settings.message_len]
        split = split_contact_messages(conv, random.Random(conv.id))
        rows = featurise_conversation(f, split.messages)[:, : settings.message_len]
        j = 0
        for i, m in enumerate(conv.messages):
            halves = 2 if not m.from_child and split.messages[j].text != m.text else 1
            j += halves
            if halves == 2:
                want = Counter(int(x) for x in whole[i] if x)
                hit += sum((want & Counter(int(x) for x in rows[j - 1] if x)).values())
                total += sum(want.values())
    return hit, total


def identical(texts: list[str], name: str, emoji_guard: int, word_guard: int = 0, shape_guard: int = 0) -> tuple[int, int]:
    """How many of `texts`, once transformed, give their clean words again (emoji aside), and how many give
    exactly their clean tokens (nothing lost, nothing added), read by version 3 with or without the guards."""
    f = Featuriser(FeaturiserSettings(version=3, emoji_guard=emoji_guard, word_guard=word_guard, shape_guard=shape_guard))
    fn = TEXT_TRANSFORMS.get(name) or EVALUATION_ONLY[name]
    rng = random.Random(f"{name}:0")
    words = exact = 0
    for text in texts:
        clean, disguised = f.message_tokens(text), f.message_tokens(fn(text, rng) or text)
        exact += disguised == clean
        words += [t for t in disguised if not is_emoji_token(t)] == [t for t in clean if not is_emoji_token(t)]
    return words, exact


def main(path: str) -> None:
    convs = load_conversations(path)
    texts = [m.text for c in convs for m in c.messages if not m.from_child]
    print(f"{len(texts)} contact messages from {path}")
    print(f"{'transform':24}" + "".join(f"{'v' + str(v):>16}" for v in VERSIONS))
    for name in sorted(TEXT_TRANSFORMS):
        cells = []
        for version in VERSIONS:
            hit, total = recovered(texts, name, version)
            cells.append(f"{hit}/{total} {hit / max(total, 1):.3f}")
        print(f"{name:24}" + "".join(f"{c:>16}" for c in cells))
    for name in ("emoji_between_words", *EVALUATION_ONLY):
        for emoji_guard, word_guard, shape_guard in ((0, 0, 0), (1, 0, 0), (1, 1, 0), (1, 1, 1), (1, 1, 2), (1, 1, 3)):
            words, exact = identical(texts, name, emoji_guard, word_guard, shape_guard)
            print(f"{name}, emoji_guard={emoji_guard} word_guard={word_guard} shape_guard={shape_guard}: of {len(texts)} "
                  f"messages, {words} read with their clean words, {exact} exactly as clean")
    for join in (0, 1):
        hit, total = split_recovered(convs, join)
        print(f"split_messages, join_split={join}: {hit}/{total} {hit / max(total, 1):.3f} of the unsplit ids")
    tight = [TEXT_TRANSFORMS["spaced_letters_tight"](t, random.Random(0)) for t in texts]
    for version in VERSIONS:
        start = time.perf_counter()
        for t in tight:
            tokenise(t, version)
        per = (time.perf_counter() - start) * 1000 / max(len(tight), 1)
        print(f"v{version}: {per:.3f} ms per tight-spaced message")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "../shared/data/dev_v2_conversations.jsonl")
