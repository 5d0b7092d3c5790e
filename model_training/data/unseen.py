"""Chats a trained model never saw: those of a newer corpus built only from seeds outside its pins.

Seeds written after a model was trained are held-out data for that model whichever split a newer build
deals them to. `refit-policy --unseen-from` fits the alert policy on them too, so a policy can learn from
new scenarios (new sextortion phrasing, new hard negatives) without retraining the weights. A chat
recombined from a new seed and an old one is left out: the old half may be training data.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from pathlib import Path

from device_app.core.conversations import Conversation, load_conversations
from model_training.data.build import load_pins
from model_training.data.recombine import seed_ids

FITTING_SPLITS: tuple[str, ...] = ("train", "val")  # a newer build's test split stays for testing


def unseen_by(conversations: Iterable[Conversation], seen_seeds: Collection[str]) -> list[Conversation]:
    """The conversations none of whose seeds is in `seen_seeds`."""
    return [c for c in conversations if not any(sid in seen_seeds for sid in seed_ids(c))]


def load_unseen(corpus_dir: str | Path, pins_path: str | Path) -> list[Conversation]:
    """Train and validation chats of the corpus in `corpus_dir` derived only from seeds absent from the
    pins file that describes the model's own corpus (every seed it trained, validated or was tested on)."""
    seen = set(load_pins(pins_path))
    folder = Path(corpus_dir)
    out: list[Conversation] = []
    for split in FITTING_SPLITS:
        out.extend(unseen_by(load_conversations(folder / f"{split}.jsonl", require_label=True), seen))
    if not out:
        raise ValueError(f"{folder}: no chat there comes only from seeds outside {pins_path}")
    return out
