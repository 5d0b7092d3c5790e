"""`python -m model_training evaluate FILE.jsonl ...`: a bundle vs a keyword baseline, in one run.

Both detectors go through `device_app.scan`'s code path, so the figures are what `scan` (and the
app) would produce on that file. Per file: the headline table (all messages and `--contact-only`),
precision/recall at every alert-delay budget, rows per platform and per scenario family, and with
`--evasion` the same figures with every contact message rewritten by each transform of
`model_training.evasion`, beside the clean ones.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from device_app.core.conversations import Conversation, load_conversations
from device_app.core.pipeline import Detector
from device_app.scan import ConversationScanner, DetectorScanner

from .baseline import KeywordScanner
from .data.recombine import seed_ids
from .evasion import CHUNKING_TRANSFORMS, EVALUATION_TRANSFORMS, transform_all
from .metrics import Scores, format_table, score_predictions


class EmptyEvaluationSet(ValueError):
    """A labelled file with no conversation in it: nothing to score, and no figure should pretend otherwise."""


def scenario_family(conv: Conversation) -> str:
    """A coarse scenario for per-scenario rows: an explicit `category` field, else from the chat's shape."""
    explicit = conv.extra.get("category")
    if isinstance(explicit, str) and explicit:
        return explicit
    speakers = {m.speaker for m in conv.messages if not m.from_child and m.speaker}
    tags = {t for m in conv.messages for t in m.tags}
    if conv.is_grooming:
        if "coercion" in tags:
            return "sextortion / coercion"
        if len(speakers) > 1:
            return "group chat (grooming)"
        if len(conv.messages) >= 28:
            return "slow burn (28+ msgs)"
        return "fast / direct grooming"
    return "group chat (benign)" if len(speakers) > 1 else "benign one-to-one"


def origin(conv: Conversation) -> str:
    """Hand-written seed chat or a generated variant of one. A split holds ~10 variants per seed, so one hard
    seed chat that fools the model shows up as ten false alarms; the hand-written row counts each story once."""
    return "hand-written original" if seed_ids(conv) == [conv.id] else "generated variant"


GROUPINGS: dict[str, Callable[[Conversation], str]] = {
    "platform": lambda c: c.platform,
    "scenario": scenario_family,
    "origin": origin,
}
# Groupings printed only when a set holds more than one value (a dev set is all hand-written).
ONLY_WHEN_MIXED = frozenset({"origin"})


@dataclass
class Evaluation:
    full: dict[str, Scores]
    contact_only: dict[str, Scores]
    groups: dict[str, dict[str, dict[str, Scores]]] = field(default_factory=dict)  # grouping -> value -> det
    evasion: dict[str, dict[str, Scores]] = field(default_factory=dict)  # transform -> detector -> scores
    views: tuple[str, ...] = ("full", "contact_only")

    @property
    def model_name(self) -> str:
        return next(iter(self.full or self.contact_only))

    def render(self, title: str) -> str:
        out: list[str] = []
        if "full" in self.views:
            out += [f"== {title}: all messages ==", format_table(self.full), ""]
        if "contact_only" in self.views:
            out += [f"== {title}: --contact-only (child's messages dropped) ==", format_table(self.contact_only), ""]
        for grouping, rows in self.groups.items():
            out += [f"== {title}: per {grouping} ({self._group_view()}) ==", format_groups(rows), ""]
        if self.evasion:
            out += [f"== {title}: evasion ({self._group_view()}; contact's messages rewritten) ==",
                    format_evasion(self.evasion), ""]  # fmt: skip
        return "\n".join(out).rstrip()

    def _group_view(self) -> str:
        return "all messages" if "full" in self.views else "--contact-only"


def format_groups(rows: dict[str, dict[str, Scores]]) -> str:
    names = list(next(iter(rows.values())))
    model, others = names[0], names[1:]
    header = f"{'':26s}{'conv (g/b)':>12s}{'recall':>8s}{'F1':>7s}{'F_lat':>7s}{'delay':>7s}{'FA/1k':>7s}"
    header += "".join(f"{'F1 ' + n[:10]:>16s}" for n in others)
    lines = [header]
    for value in sorted(rows):
        s = rows[value][model]
        delay = "n/a" if s.median_delay is None else f"{s.median_delay:.1f}"
        # A benign-only row has no recall or F1: only its false alarms mean something.
        rec, f1, flat = ((f"{s.recall:.3f}", f"{s.f1:.3f}", f"{s.f_latency:.3f}") if s.grooming else ("-",) * 3)
        line = (f"{value[:25]:26s}{f'{s.conversations} ({s.grooming}/{s.benign})':>12s}"
                f"{rec:>8s}{f1:>7s}{flat:>7s}{delay:>7s}{s.false_alarms_per_1000:>7.2f}")  # fmt: skip
        line += "".join(
            (f"{rows[value][n].f1:.3f}" if s.grooming else f"FA {rows[value][n].false_alarms_per_1000:.1f}").rjust(16)
            for n in others
        )
        lines.append(line)
    return "\n".join(lines)


def format_evasion(rows: dict[str, dict[str, Scores]]) -> str:
    names = list(next(iter(rows.values())))
    model, others = names[0], names[1:]
    clean = rows["clean"][model]
    header = f"{'transform':24s}{'recall':>8s}{'F1':>7s}{'ΔF1':>8s}{'F_lat':>7s}{'delay':>7s}{'FA/1k':>7s}"
    header += "".join(f"{'F1 ' + n[:10]:>16s}" for n in others)
    lines = [header]
    for name, by_detector in rows.items():
        s = by_detector[model]
        delay = "n/a" if s.median_delay is None else f"{s.median_delay:.1f}"
        line = (f"{name:24s}{s.recall:>8.3f}{s.f1:>7.3f}{s.f1 - clean.f1:>+8.3f}{s.f_latency:>7.3f}{delay:>7s}"
                f"{s.false_alarms_per_1000:>7.2f}")  # fmt: skip
        line += "".join(f"{by_detector[n].f1:>16.3f}" for n in others)
        lines.append(line)
    chunked = [name for name in rows if name in CHUNKING_TRANSFORMS]
    if chunked:
        lines.append(f"({', '.join(chunked)}: delay and FA/1k count the messages the sender meant, not the pieces)")
    return "\n".join(lines)


def predict_all(
    scanner: ConversationScanner, conversations: Sequence[Conversation], contact_only: bool
) -> dict[str, dict]:
    return {c.id: scanner.scan(c, contact_only=contact_only) for c in conversations}


def _grouped(
    conversations: Sequence[Conversation], preds: dict[str, dict[str, dict]]
) -> dict[str, dict[str, dict[str, Scores]]]:
    out: dict[str, dict[str, dict[str, Scores]]] = {}
    for grouping, key in GROUPINGS.items():
        values: dict[str, list[Conversation]] = {}
        for c in conversations:
            values.setdefault(key(c), []).append(c)
        if grouping in ONLY_WHEN_MIXED and len(values) < 2:
            continue
        out[grouping] = {
            v: {name: score_predictions(convs, p) for name, p in preds.items()} for v, convs in values.items()
        }
    return out


def evaluate_conversations(
    conversations: Sequence[Conversation],
    detector: Detector,
    *,
    contact_only_only: bool = False,
    evasion: bool = False,
    groups: bool = True,
    seed: int = 0,
) -> Evaluation:
    if not conversations:
        raise EmptyEvaluationSet("no conversations to evaluate")
    scanners: dict[str, ConversationScanner] = {
        f"guardline {detector.model_version}": DetectorScanner(detector),
        "keyword baseline": KeywordScanner(),
    }
    views = ("contact_only",) if contact_only_only else ("full", "contact_only")
    preds = {
        view: {n: predict_all(s, conversations, view == "contact_only") for n, s in scanners.items()}
        for view in views
    }
    result = Evaluation(
        full={n: score_predictions(conversations, p) for n, p in preds.get("full", {}).items()},
        contact_only={n: score_predictions(conversations, p) for n, p in preds["contact_only"].items()},
        views=views,
    )
    main_view = views[0]
    if groups:
        result.groups = _grouped(conversations, preds[main_view])
    if evasion:
        co = main_view == "contact_only"
        result.evasion["clean"] = result.full if not co else result.contact_only
        for name in EVALUATION_TRANSFORMS:
            rewritten = transform_all(list(conversations), name, seed)
            result.evasion[name] = {
                n: score_predictions(rewritten, predict_all(s, rewritten, co)) for n, s in scanners.items()
            }
    return result


def load_labelled(path: str | Path) -> list[Conversation]:
    conversations = load_conversations(path, require_label=True)
    if not conversations:
        raise EmptyEvaluationSet(f"{path} holds no conversations (expected one labelled JSON object per line)")
    return conversations


def evaluate_file(
    path: str | Path, model: str | Path | None = None, *, contact_only: bool = False, evasion: bool = False
) -> Evaluation:
    conversations = load_labelled(path)
    return evaluate_conversations(
        conversations, Detector.from_path(model), contact_only_only=contact_only, evasion=evasion
    )
