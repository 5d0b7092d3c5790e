"""The training report: curves and charts as PNG, and a model card in markdown."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path

import numpy as np

from device_app.core.conversations import TACTICS

from .metrics import Scores


def _plt():
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    return plt


def plot_training_curves(history: Mapping[str, Sequence[float]], path: Path) -> None:
    plt = _plt()
    fig, axes = plt.subplots(1, 2, figsize=(10, 3.6))
    for key, ax in (("loss", axes[0]), ("auc", axes[1])):
        for prefix, style in (("", "-"), ("val_", "--")):
            values = history.get(prefix + key)
            if values:
                ax.plot(range(1, len(values) + 1), values, style, label=(prefix or "train_") + key)
        ax.set_xlabel("epoch")
        ax.set_title({"loss": "binary cross-entropy", "auc": "PR-AUC (all 9 outputs)"}[key])
        ax.legend()
        ax.grid(alpha=0.3)
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)


def precision_recall(y: np.ndarray, p: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    order = np.argsort(-p)
    y_sorted = y[order].astype(bool)
    tp = np.cumsum(y_sorted)
    fp = np.cumsum(~y_sorted)
    precision = tp / np.maximum(tp + fp, 1)
    recall = tp / max(int(y_sorted.sum()), 1)
    return precision, recall, p[order]


def plot_pr_curve(curves: Mapping[str, tuple[np.ndarray, np.ndarray]], path: Path) -> None:
    """Conversation-level PR curves: max conversation risk as the score."""
    plt = _plt()
    fig, ax = plt.subplots(figsize=(5.2, 4.4))
    for name, (y, p) in curves.items():
        precision, recall, _ = precision_recall(y, p)
        ax.plot(recall, precision, label=name)
    ax.set_xlabel("recall")
    ax.set_ylabel("precision")
    ax.set_xlim(0, 1.02)
    ax.set_ylim(0, 1.02)
    ax.set_title("Conversation PR curve (score = max risk)")
    ax.grid(alpha=0.3)
    ax.legend(loc="lower left")
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)


def plot_tag_f1(scores: Mapping[str, Scores], path: Path) -> None:
    plt = _plt()
    fig, ax = plt.subplots(figsize=(8, 3.8))
    width = 0.8 / max(1, len(scores))
    x = np.arange(len(TACTICS))
    for i, (name, s) in enumerate(scores.items()):
        ax.bar(x + i * width, [s.per_tag_f1[t] for t in TACTICS], width, label=name)
    ax.set_xticks(x + width * (len(scores) - 1) / 2)
    ax.set_xticklabels(TACTICS, rotation=25, ha="right")
    ax.set_ylim(0, 1)
    ax.set_ylabel("F1")
    ax.set_title("Tactic F1 per conversation")
    ax.legend()
    ax.grid(axis="y", alpha=0.3)
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)


def plot_delay_histogram(delays: Mapping[str, Sequence[int]], path: Path) -> None:
    plt = _plt()
    fig, ax = plt.subplots(figsize=(6, 3.6))
    all_d = [d for ds in delays.values() for d in ds] or [0]
    bins = np.arange(min(all_d) - 0.5, max(all_d) + 1.5, 1)
    for name, ds in delays.items():
        ax.hist(ds, bins=bins, alpha=0.6, label=name)
    ax.axvline(0, color="k", lw=0.8)
    ax.set_xlabel("alert index - first_risk_index (messages; < 0 is earlier than a moderator)")
    ax.set_ylabel("grooming conversations")
    ax.set_title("Alert delay")
    ax.legend()
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)
