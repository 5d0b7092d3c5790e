"""Corpus report: what the built corpus holds and where it is thin, as markdown plus a dict.

Counts alone hide the failure modes of generated data: templates that repeat (duplicate texts, low
distinct-n), a platform that only ever appears with one label (the model learns the platform, not the
chat), tags with a handful of seed examples behind thousands of augmented copies, and descendants of one
seed leaking across splits. The report puts those next to the counts.

    python -m model_training.data.report build/corpus --out build/corpus/REPORT.md
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from device_app.core.conversations import TACTICS, Conversation, load_conversations
from model_training.data.recombine import seed_ids

_TOKEN = re.compile(r"\w+(?:'\w+)?")
ORDER = ("train", "val", "test", "background_train", "background_test")
THIN_SEED_TAG = 10  # seed messages per tag below which a tag is called thin
THIN_SEED_PLATFORM = 5  # seed conversations per (platform, label)


def ngram_stats(texts: Sequence[str]) -> dict[str, Any]:
    """Distinct uni/bi/trigrams (within messages) and distinct-n = distinct / total."""
    out: dict[str, Any] = {}
    toks = [_TOKEN.findall(t.lower()) for t in texts]
    for n, name in ((1, "unigrams"), (2, "bigrams"), (3, "trigrams")):
        grams = Counter(tuple(t[i : i + n]) for t in toks for i in range(len(t) - n + 1))
        total = sum(grams.values())
        out[name] = len(grams)
        out[f"distinct_{n}"] = round(len(grams) / total, 4) if total else 0.0
    return out


def _length_stats(convs: Sequence[Conversation]) -> dict[str, float]:
    lens = sorted(len(c.messages) for c in convs) or [0]
    return {
        "min": lens[0],
        "median": statistics.median(lens),
        "mean": round(statistics.fmean(lens), 2),
        "p90": lens[min(len(lens) - 1, int(0.9 * len(lens)))],
        "max": lens[-1],
    }


def _speakers(conv: Conversation) -> int:
    """Distinct contact speakers (`from`); 1 when the file does not name them."""
    return max(1, len({m.speaker for m in conv.messages if not m.from_child and m.speaker}))


def file_stats(convs: Sequence[Conversation]) -> dict[str, Any]:
    texts = [m.text for c in convs for m in c.messages]
    counts = Counter(t.strip().lower() for t in texts)
    tags = Counter(tag for c in convs for m in c.messages for tag in m.tags)
    return {
        "conversations": len(convs),
        "labels": dict(sorted(Counter(str(c.label) for c in convs).items())),
        "platforms": {
            f"{p}/{lab}": n
            for (p, lab), n in sorted(Counter((c.platform, str(c.label)) for c in convs).items())
        },
        "messages": len(texts),
        "child_messages": sum(m.from_child for c in convs for m in c.messages),
        "tagged_messages": sum(bool(m.tags) for c in convs for m in c.messages),
        "multi_speaker": sum(_speakers(c) > 1 for c in convs),
        "long_grooming": sum(c.is_grooming and len(c.messages) >= 30 for c in convs),
        "coercion_chats": sum(any("coercion" in m.tags for m in c.messages) for c in convs),
        "tags": {t: tags.get(t, 0) for t in TACTICS},
        "length": _length_stats(convs),
        **ngram_stats(texts),
        "distinct_texts": len(counts),
        "duplicate_messages": sum(n for n in counts.values() if n > 1),
        "top_duplicates": [[t, n] for t, n in counts.most_common(8) if n > 1],
    }


def _leaks(corpus: dict[str, list[Conversation]]) -> list[str]:
    """Seed ids whose descendants appear in more than one of train/val/test."""
    where: dict[str, set[str]] = {}
    for split in ("train", "val", "test"):
        for c in corpus.get(split, []):
            for sid in seed_ids(c):
                where.setdefault(sid, set()).add(split)
    return sorted(s for s, splits in where.items() if len(splits) > 1)


def _text_overlap(corpus: dict[str, list[Conversation]], a: str, b: str) -> float:
    """Share of b's distinct message texts that also occur in a (memorisable overlap)."""
    ta = {m.text.strip().lower() for c in corpus.get(a, []) for m in c.messages}
    tb = {m.text.strip().lower() for c in corpus.get(b, []) for m in c.messages}
    return round(len(ta & tb) / len(tb), 4) if tb else 0.0


def _seed_records(corpus: dict[str, list[Conversation]], manifest: dict[str, Any]) -> list[Conversation]:
    known = manifest.get("seed_labels")
    splits = [c for s in ("train", "val", "test") for c in corpus.get(s, [])]
    if known:
        return [c for c in splits if c.id in known]
    return [c for c in splits if "~" not in c.id]


def known_gaps(corpus: dict[str, list[Conversation]], manifest: dict[str, Any]) -> list[str]:
    seeds = _seed_records(corpus, manifest)
    gaps: list[str] = []
    generated = sum(len(corpus.get(s, [])) for s in ("train", "val", "test"))
    if seeds:
        gaps.append(
            f"Seed size: {len(seeds)} hand-written conversations "
            f"({sum(c.is_grooming for c in seeds)} grooming) behind {generated} split conversations "
            f"({generated / len(seeds):.1f}x); augmented copies add surface variety, not new tactics or stories."
        )
    per = Counter((c.platform, str(c.label)) for c in seeds)
    for platform in sorted({p for p, _ in per}):
        g, b = per.get((platform, "grooming"), 0), per.get((platform, "benign"), 0)
        if g == 0 or b == 0:
            gaps.append(
                f"Platform `{platform}` has only {'benign' if g == 0 else 'grooming'} seed chats "
                f"({g} grooming / {b} benign): the platform alone predicts the label."
            )
        elif min(g, b) < THIN_SEED_PLATFORM:
            gaps.append(f"Platform `{platform}` is thin in the seed: {g} grooming / {b} benign.")
    tags = Counter(t for c in seeds for m in c.messages for t in m.tags)
    for t in TACTICS:
        if tags.get(t, 0) < THIN_SEED_TAG:
            gaps.append(f"Tag `{t}` is thin in the seed: {tags.get(t, 0)} tagged seed messages.")
    for split in ("val", "test"):
        ids = manifest.get("seed_split", {}).get(split)
        labels = manifest.get("seed_labels", {})
        if ids:
            ng = sum(labels.get(i) == "grooming" for i in ids)
            gaps.append(
                f"`{split}` rests on {ng} grooming / {len(ids) - ng} benign seed chats: descendants of one seed "
                f"are not independent, so recall moves by ~{100 / max(ng, 1):.0f} points per seed chat."
            )
    for name in ("seed", "train"):
        convs = seeds if name == "seed" else corpus.get("train", [])
        g = [len(c.messages) for c in convs if c.is_grooming]
        b = [len(c.messages) for c in convs if not c.is_grooming]
        if (
            g
            and b
            and max(statistics.fmean(g), statistics.fmean(b))
            > 1.25 * min(statistics.fmean(g), statistics.fmean(b))
        ):
            gaps.append(
                f"Length confound in {name}: grooming chats average {statistics.fmean(g):.1f} messages, "
                f"benign {statistics.fmean(b):.1f}; a model that counts messages can guess the label."
            )
    shapes = {
        "multi-speaker grooming (group chats)": sum(c.is_grooming and _speakers(c) > 1 for c in seeds),
        "multi-speaker benign": sum(not c.is_grooming and _speakers(c) > 1 for c in seeds),
        "slow-burn grooming (30+ messages)": sum(c.is_grooming and len(c.messages) >= 30 for c in seeds),
        "sextortion (coercion-tagged)": sum(any("coercion" in m.tags for m in c.messages) for c in seeds),
    }
    gaps.append("Seed shapes: " + ", ".join(f"{k} {v}" for k, v in shapes.items()) + ".")
    for k, v in shapes.items():
        if v < 40:
            gaps.append(f"Thin: only {v} seed conversations are {k}.")
    gaps.append(
        "All text is English with UK-leaning school and slang vocabulary; other languages are untested."
    )
    if corpus.get("background_test"):
        gaps.append(
            "Background is template-built: background_test uses held-out exchange templates but shares "
            "slot vocabulary and style noise with background_train, so its false-alarm rate is optimistic "
            "for real chats."
        )
    leaks = _leaks(corpus)
    if leaks:
        gaps.append(f"LEAK: {len(leaks)} seed ids have descendants in more than one split: {leaks[:10]}")
    return gaps


def load_corpus(corpus_dir: str | Path) -> tuple[dict[str, list[Conversation]], dict[str, Any]]:
    d = Path(corpus_dir)
    files = sorted(
        d.glob("*.jsonl"), key=lambda p: (ORDER.index(p.stem) if p.stem in ORDER else len(ORDER), p.stem)
    )
    corpus = {p.stem: load_conversations(p, require_label=True) for p in files}
    manifest_path = d / "manifest.json"
    manifest = json.loads(manifest_path.read_text(encoding="utf-8")) if manifest_path.exists() else {}
    return corpus, manifest


def corpus_report(corpus_dir: str | Path, out: str | Path | None = None) -> dict[str, Any]:
    """Statistics for every *.jsonl in corpus_dir; writes markdown to `out` when given."""
    corpus, manifest = load_corpus(corpus_dir)
    splits = [s for s in ("train", "val", "test") if s in corpus]
    result: dict[str, Any] = {
        "files": {name: file_stats(convs) for name, convs in corpus.items()},
        "all_splits": ngram_stats([m.text for s in splits for c in corpus[s] for m in c.messages]),
        "seed_ids_in_two_splits": _leaks(corpus),
        "text_overlap": {
            f"train->{b}": _text_overlap(corpus, "train", b)
            for b in ("val", "test", "background_test")
            if b in corpus
        },
        "params": manifest.get("params", {}),
        "seed_files": manifest.get("seed_files", {}),
        "known_gaps": known_gaps(corpus, manifest),
    }
    if out is not None:
        Path(out).parent.mkdir(parents=True, exist_ok=True)
        Path(out).write_text(to_markdown(result), encoding="utf-8")
    return result


def _table(header: Sequence[str], rows: Sequence[Sequence[Any]]) -> list[str]:
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(str(x) for x in row) + " |" for row in rows]
    return lines + [""]


def to_markdown(r: dict[str, Any]) -> str:
    files: dict[str, dict[str, Any]] = r["files"]
    lines = ["# Corpus report", ""]
    if r["params"]:
        lines += ["Build: " + ", ".join(f"{k}={v}" for k, v in sorted(r["params"].items())), ""]
    if r["seed_files"]:
        lines += ["Seed files: " + ", ".join(f"{k} ({v})" for k, v in sorted(r["seed_files"].items())), ""]
    lines += ["## Sizes", ""]
    lines += _table(
        ("file", "conversations", "grooming", "benign", "messages", "child msgs", "tagged msgs",
         "multi-speaker", "grooming 30+ msgs", "with coercion"),  # fmt: skip
        [
            (
                n,
                f["conversations"],
                f["labels"].get("grooming", 0),
                f["labels"].get("benign", 0),
                f["messages"],
                f["child_messages"],
                f["tagged_messages"],
                f["multi_speaker"],
                f["long_grooming"],
                f["coercion_chats"],
            )
            for n, f in files.items()
        ],
    )
    lines += ["## Conversation length (messages)", ""]
    lines += _table(
        ("file", "min", "median", "mean", "p90", "max"),
        [(n, *f["length"].values()) for n, f in files.items()],
    )
    lines += ["## Tags (messages carrying each tag)", ""]
    lines += _table(("file", *TACTICS), [(n, *f["tags"].values()) for n, f in files.items()])
    lines += ["## Platforms (platform/label: conversations)", ""]
    lines += _table(
        ("file", "platforms"),
        [(n, ", ".join(f"{k} {v}" for k, v in f["platforms"].items())) for n, f in files.items()],
    )
    lines += ["## Diversity", ""]
    lines += _table(
        (
            "file",
            "distinct unigrams",
            "bigrams",
            "trigrams",
            "distinct-1",
            "distinct-2",
            "distinct-3",
            "distinct texts",
            "msgs with a duplicate text",
        ),
        [
            (
                n,
                f["unigrams"],
                f["bigrams"],
                f["trigrams"],
                f["distinct_1"],
                f["distinct_2"],
                f["distinct_3"],
                f["distinct_texts"],
                f["duplicate_messages"],
            )
            for n, f in files.items()
        ],
    )
    a = r["all_splits"]
    lines += [
        f"train+val+test together: {a['unigrams']} unigrams, {a['bigrams']} bigrams, "
        f"{a['trigrams']} trigrams (distinct-1/2/3 {a['distinct_1']}/{a['distinct_2']}/{a['distinct_3']}).",
        "",
    ]
    lines += ["Most repeated texts:", ""]
    for n, f in files.items():
        top = "; ".join(f'"{t[:40]}" x{c}' for t, c in f["top_duplicates"][:5])
        lines.append(f"- {n}: {top or 'none'}")
    lines += ["", "## Leakage", ""]
    leaks = r["seed_ids_in_two_splits"]
    lines.append(
        f"- seed ids with descendants in two splits: {len(leaks)}" + (f" ({leaks[:10]})" if leaks else "")
    )
    for k, v in r["text_overlap"].items():
        lines.append(f"- share of {k.split('->')[1]} distinct message texts also in train: {v:.1%}")
    lines += ["", "## Known gaps", ""]
    lines += [f"- {g}" for g in r["known_gaps"]] or ["- none found"]
    return "\n".join(lines) + "\n"


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        prog="python -m model_training.data.report", description=__doc__.splitlines()[0]
    )
    ap.add_argument("corpus_dir")
    ap.add_argument("--out", help="markdown path (default: <corpus_dir>/REPORT.md)")
    args = ap.parse_args(argv)
    out = args.out or str(Path(args.corpus_dir) / "REPORT.md")
    result = corpus_report(args.corpus_dir, out)
    for name, f in result["files"].items():
        print(
            f"{name:17s} {f['conversations']:6d} conv {f['messages']:7d} msgs  "
            f"uni/bi/tri {f['unigrams']}/{f['bigrams']}/{f['trigrams']}"
        )
    print(f"wrote {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
