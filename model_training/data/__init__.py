"""Training-corpus tooling: turn the hand-written seed conversations into train/val/test splits.

Seed files (SPEC §1) are split by seed conversation first, so every augmented or recombined descendant of a
seed lands in the same split as its source; a large template-built benign background measures false alarms.

    augment     seeded text noise (typos, slang, leetspeak, app-name obfuscation, message splits)
    recombine   new labelled conversations built from pieces of seed conversations
    background  thousands of everyday benign chats, for false-alarm rates per 1,000 messages
    build       build_corpus(): split, augment, recombine, write JSONL (CLI: python -m model_training.data.build)
    report      corpus statistics and known gaps as markdown (CLI: python -m model_training.data.report)
"""

from __future__ import annotations

import importlib
from typing import Any

# Imported lazily so `python -m model_training.data.build` does not import build.py twice (runpy warns).
_EXPORTS: dict[str, str] = {
    "augment_conversation": "augment",
    "split_message": "augment",
    "recombine_split": "recombine",
    "generate_background": "background",
    "build_corpus": "build",
    "load_seed": "build",
    "split_by_seed": "build",
    "corpus_report": "report",
}
__all__ = sorted(_EXPORTS)


def __getattr__(name: str) -> Any:
    if name not in _EXPORTS:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f"{__name__}.{_EXPORTS[name]}"), name)
