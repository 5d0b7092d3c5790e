"""Build the training corpus: split the seed by conversation, then augment and recombine inside each split.

Splitting first is what keeps the held-out numbers honest: an augmented copy of a seed chat in train and its
original in test would let the model pass the test by memory. Every output carries extra["derived_from"]
(the seed ids it came from), and all of them sit in one split. Output is byte-identical for the same seed:
inputs are sorted, every random choice comes from random.Random streams derived from the seed, nothing
depends on hash() or set order.

    python -m model_training.data.build --seed 0 --out build/corpus
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections.abc import Mapping, Sequence
from dataclasses import replace
from pathlib import Path

from tqdm import tqdm

from device_app.core.conversations import (
    Conversation,
    ConversationError,
    conversation_from_dict,
    load_conversations,
    write_conversations,
)
from model_training.data.augment import augment_conversation
from model_training.data.background import generate_background
from model_training.data.recombine import recombine_split, seed_ids, unique_ids
from model_training.evasion import TRANSFORMS, apply_transform

SPLITS: tuple[str, ...] = ("train", "val", "test")
FRACTIONS: dict[str, float] = {"train": 0.70, "val": 0.15, "test": 0.15}
BACKGROUND_TEST_FRACTION = 0.2
DEFAULT_SEED_DIR = Path(__file__).resolve().parent / "seed"
DEFAULT_PINS = Path(__file__).resolve().parent / "split_pins.json"
ABOUT_PINS = (
    "Which split each seed conversation belongs to. Seeds listed here keep their split when seed files are added, "
    "so a new model's test split still holds its predecessor's test chats. Seeds not listed are dealt 70/15/15 "
    "among themselves, so adding a file can move them: before adding seed files, pin the shipped model's split "
    "with python -m model_training.data.build --write-pins model_training/data/split_pins.json (the split is kept; "
    "the generated corpus's order, and so a retrained model's exact bytes, change)."
)


def load_seed(seed_dir: str | Path) -> list[tuple[str, Conversation]]:
    """(file stem, conversation) for every seed file, sorted; the stem is the stratum for the split.

    Labels are required and a grooming chat must say where its risk starts. An id used in two files is
    qualified with its file stem ("grooming_b/g-001") so descendants stay traceable to one seed.
    """
    items: list[tuple[str, Conversation]] = []
    for path in sorted(Path(seed_dir).glob("*.jsonl")):
        for conv in load_conversations(path, require_label=True):
            if conv.is_grooming and conv.first_risk_index is None:
                raise ConversationError(f"{path}: {conv.id}: a grooming conversation needs first_risk_index")
            items.append((path.stem, conv))
    counts: dict[str, int] = {}
    for _, conv in items:
        counts[conv.id] = counts.get(conv.id, 0) + 1
    out = [(stem, replace(c, id=f"{stem}/{c.id}") if counts[c.id] > 1 else c) for stem, c in items]
    ids = [c.id for _, c in out]
    if len(ids) != len(set(ids)):
        dup = sorted({i for i in ids if ids.count(i) > 1})
        raise ConversationError(f"{seed_dir}: conversation id(s) repeated within one file: {dup}")
    return sorted(out, key=lambda sc: (sc[0], sc[1].id))


def _quotas(n: int, label: str, each: int = 1) -> dict[str, int]:
    """70/15/15 of n seeds by rounding, at least `each` per split (0 when pinned seeds already fill them)."""
    if n < each * len(SPLITS):
        raise ValueError(
            f"need at least {len(SPLITS)} seed conversations labelled {label!r} (one per split), got {n}"
        )
    val = max(each, int(n * FRACTIONS["val"] + 0.5))
    test = max(each, int(n * FRACTIONS["test"] + 0.5))
    return {"train": n - val - test, "val": val, "test": test}


def _deal(n: int, quotas: dict[str, int]) -> list[str]:
    """A split name per position, spread evenly (largest deficit first), hitting each quota exactly."""
    got = dict.fromkeys(quotas, 0)
    seq = []
    for j in range(n):
        open_ = [s for s in SPLITS if got[s] < quotas[s]]
        pick = max(open_, key=lambda s: quotas[s] * (j + 1) / n - got[s])
        got[pick] += 1
        seq.append(pick)
    return seq


def split_by_seed(
    items: Sequence[tuple[str, Conversation]], rng: random.Random, pins: Mapping[str, str] | None = None
) -> dict[str, list[Conversation]]:
    """~70/15/15 split of seed conversations, stratified by label and, within a label, by seed file.

    Conversations of one label are ordered file by file (shuffled inside each file) and dealt to splits
    evenly, so every split gets grooming and benign, and every file's share is close to 70/15/15.
    A seed id in `pins` goes to its pinned split and only the others are dealt, so seed chats added later
    never move an earlier model's test chats into training (its held-out figures stay comparable).
    """
    pins = pins or {}
    out: dict[str, list[Conversation]] = {s: [] for s in SPLITS}
    for label in ("grooming", "benign"):
        ordered: list[Conversation] = []
        for stem in sorted({s for s, c in items if c.label == label}):
            group = [c for s, c in items if s == stem and c.label == label]
            rng.shuffle(group)
            for conv in group:
                if conv.id in pins:
                    out[pins[conv.id]].append(conv)
                else:
                    ordered.append(conv)
        quotas = _quotas(len(ordered), label, each=0 if pins else 1)
        for conv, split in zip(ordered, _deal(len(ordered), quotas), strict=True):
            out[split].append(conv)
        if pins and any(sum(c.label == label for c in out[s]) == 0 for s in SPLITS):
            raise ValueError(f"with these split pins some split has no {label!r} seed conversation")
    return out


def load_pins(path: str | Path) -> dict[str, str]:
    """Seed id -> split from a file shaped like a corpus manifest ({"seed_split": {split: [ids]}}), e.g.
    data/split_pins.json or the manifest.json an earlier build wrote."""
    try:
        raw = json.loads(Path(path).read_text(encoding="utf-8"))["seed_split"]
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise ValueError(f"{path}: not a split pins file ({exc.__class__.__name__}: {exc})") from exc
    pins: dict[str, str] = {}
    for split, ids in raw.items():
        if split not in SPLITS or not isinstance(ids, list):
            raise ValueError(f"{path}: seed_split.{split}: expected one of {SPLITS} with a list of ids")
        for sid in ids:
            if not isinstance(sid, str) or sid in pins:
                raise ValueError(f"{path}: seed id {sid!r} is not a string or is pinned twice")
            pins[sid] = split
    return pins


def write_pins(path: str | Path, seed_split: Mapping[str, Sequence[Conversation]]) -> None:
    """Pin every seed of a build where it went (commit the file beside the seed it describes)."""
    body = {
        "about": ABOUT_PINS,
        "seed_split": {s: sorted(c.id for c in seed_split[s]) for s in SPLITS},
    }
    Path(path).write_text(json.dumps(body, indent=1, sort_keys=True) + "\n", encoding="utf-8")


def _with_origin(conv: Conversation) -> Conversation:
    return replace(conv, extra={**conv.extra, "derived_from": seed_ids(conv)})


def drop_duplicates(convs: Sequence[Conversation]) -> list[Conversation]:
    """Keep the first of conversations with identical label, risk index and messages (e.g. a repeated
    truncation), so no chat is counted twice in training or evaluation."""
    seen: set[tuple[object, ...]] = set()
    out = []
    for c in convs:
        key = (c.label, c.first_risk_index, tuple((m.sender, m.text, m.tags) for m in c.messages))
        if key not in seen:
            seen.add(key)
            out.append(c)
    return out


def expand_split(
    seeds: Sequence[Conversation], rng: random.Random, multiplier: int, progress: tuple[tqdm, ...] = ()
) -> list[Conversation]:
    """Originals + `multiplier` augmented copies each + one evasive copy each (a filter-dodging rewrite of
    the contact's messages, from model_training.evasion) + recombinations, using only this split's seeds."""
    originals = [_with_origin(c) for c in seeds]
    out = list(originals)
    for conv in originals:
        for j in range(multiplier):
            aug = augment_conversation(conv, rng, strength=rng.uniform(0.2, 1.0))
            out.append(replace(aug, id=f"{conv.id}~aug{j}"))
        evasive = apply_transform(conv, rng.choice(TRANSFORMS), rng, rate=rng.uniform(0.5, 1.0))
        # the pieces' map back to the messages meant is for scoring a rewrite, not training data: a corpus rebuilt
        # from the same seeds stays byte for byte what it was
        extra = {k: v for k, v in evasive.extra.items() if k != "meant"}
        out.append(replace(evasive, id=f"{conv.id}~evasion", extra=extra))
        for bar in progress:
            bar.update(1)
    grooming = [c for c in originals if c.is_grooming]
    benign = [c for c in originals if not c.is_grooming]
    for conv in recombine_split(grooming, benign, rng, multiplier):
        if rng.random() < 0.5:
            conv = replace(
                augment_conversation(conv, rng, strength=rng.uniform(0.2, 0.8)), id=f"{conv.id}~aug"
            )
        out.append(conv)
    for conv in out:  # cheap insurance: every record must parse back under SPEC §1
        conversation_from_dict(conv.to_dict(), require_label=True)
    out = unique_ids(drop_duplicates(out))
    rng.shuffle(out)
    return out


def build_corpus(
    seed_dir: str | Path = DEFAULT_SEED_DIR,
    seed: int = 0,
    multiplier: int = 4,
    background_conversations: int = 2000,
    out_dir: str | Path | None = None,
    progress: bool = False,
    pins: Mapping[str, str] | None = None,
    pins_out: str | Path | None = None,
) -> dict[str, list[Conversation]]:
    """Split the seed (keeping pinned seeds where `pins` says), expand each split, add background; write
    <name>.jsonl + manifest.json if out_dir, and the split used as a pins file if pins_out.

    Returns {"train", "val", "test", "background_train", "background_test"} -> conversations.
    """
    items = load_seed(seed_dir)
    # One independent stream per stage, so changing one split's size does not reshuffle the others.
    master = random.Random(seed)
    streams = {
        name: master.randrange(2**63) for name in ("split", *SPLITS, "background_train", "background_test")
    }
    seed_split = split_by_seed(items, random.Random(streams["split"]), pins)
    if pins_out is not None:
        write_pins(pins_out, seed_split)
    corpus: dict[str, list[Conversation]] = {}
    with tqdm(total=len(items), desc="seed conversations", file=sys.stderr, disable=not progress) as bar:
        for split in SPLITS:
            corpus[split] = expand_split(seed_split[split], random.Random(streams[split]), multiplier, (bar,))
    n_test = int(background_conversations * BACKGROUND_TEST_FRACTION + 0.5)
    n_train = background_conversations - n_test
    corpus["background_train"] = generate_background(n_train, streams["background_train"], "train", "bgtr")
    corpus["background_test"] = generate_background(n_test, streams["background_test"], "test", "bgte")
    if out_dir is not None:
        write_corpus(
            out_dir,
            corpus,
            items,
            seed_split,
            {"seed": seed, "multiplier": multiplier, "background_conversations": background_conversations},
        )
    return corpus


def write_corpus(
    out_dir: str | Path,
    corpus: dict[str, list[Conversation]],
    items: Sequence[tuple[str, Conversation]],
    seed_split: dict[str, list[Conversation]],
    params: dict[str, int],
) -> None:
    """One JSONL per split and a manifest (params, seed files, which seed went where) for the report."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    for name, convs in corpus.items():
        write_conversations(out / f"{name}.jsonl", convs)
    files: dict[str, int] = {}
    for stem, _ in items:
        files[stem] = files.get(stem, 0) + 1
    manifest = {
        "params": params,
        "seed_files": files,
        "seed_labels": {c.id: c.label for _, c in items},
        "seed_split": {s: sorted(c.id for c in seed_split[s]) for s in SPLITS},
        "counts": {name: len(convs) for name, convs in corpus.items()},
    }
    (out / "manifest.json").write_text(
        json.dumps(manifest, indent=1, sort_keys=True) + "\n", encoding="utf-8"
    )


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        prog="python -m model_training.data.build", description=__doc__.splitlines()[0]
    )
    ap.add_argument("--seed-dir", default=str(DEFAULT_SEED_DIR), help="folder of seed *.jsonl files")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument(
        "--multiplier", type=int, default=4, help="augmented copies (and recombinations) per seed chat"
    )
    ap.add_argument("--background", type=int, default=2000, help="background conversations (train + test)")
    ap.add_argument("--out", default="build/corpus")
    ap.add_argument("--pins", default=str(DEFAULT_PINS), help="keep these seeds in their split ('' for none)")
    ap.add_argument("--write-pins", default=None, help="write the split this build used as a pins file")
    args = ap.parse_args(argv)
    pins = load_pins(args.pins) if args.pins else None
    corpus = build_corpus(
        args.seed_dir, args.seed, args.multiplier, args.background, args.out, progress=True,
        pins=pins, pins_out=args.write_pins,
    )  # fmt: skip
    for name, convs in corpus.items():
        grooming = sum(c.is_grooming for c in convs)
        msgs = sum(len(c.messages) for c in convs)
        print(f"{name:17s} {len(convs):6d} conversations ({grooming} grooming), {msgs} messages")
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
