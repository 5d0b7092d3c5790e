"""Which epoch to export: the one whose scores best tell first moves from benign chat on the validation split.

Validation loss is mostly about calibration over every message, and it stops improving early and noisily;
what the alert policy needs is that a grooming chat's first few moves outscore everything a benign chat
says (the same early-window ROC AUC as `separation`, computed on the validation split only). Measured on
the shipped recipe (`train --select-by separation`, patience 3): seed 2, whose lowest-loss epoch was the third,
chose its eleventh and ranked first moves on the test split 0.959 instead of 0.944; seed 0 chose its fourth
instead of its ninth and fell from 0.960 to 0.951 (with patience 12 its tenth: 0.954). The validation AUC
moves by about 0.005 from epoch to epoch, as much as the differences it picks between, so this is an option,
not the default.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np

from device_app.core.conversations import Conversation

from .dataset import Examples
from .separation import roc_auc, window_maxima


def early_window_auc(
    examples: Examples, conversations: Sequence[Conversation], grooming: np.ndarray, window: int = 4
) -> float | None:
    """ROC AUC over chats of "highest grooming score in a grooming chat's `window` messages from its first
    sign" against "highest score anywhere in a benign chat", over the view with the child's messages
    (`separation.window_maxima`)."""
    full = ~examples.contact_only
    triples = zip(examples.conversation[full], examples.message[full], grooming[full], strict=True)
    early, benign = window_maxima(conversations, triples, window)
    return roc_auc(early, benign)


def epoch_selector(
    exported: Any, examples: Examples, conversations: Sequence[Conversation], patience: int, log: Any = None
) -> Any:
    """A Keras callback: after every epoch, score the validation split's full-view rows with `exported`
    (the averaged model the device runs), keep the weights of the epoch with the best early-window AUC,
    stop after `patience` epochs without a better one, and put the best weights back at the end."""
    import tensorflow as tf

    full = ~examples.contact_only
    rows = examples.x[full]

    class _Select(tf.keras.callbacks.Callback):
        def __init__(self) -> None:
            super().__init__()
            self.best_auc = float("-inf")
            self.best_epoch = -1
            self.best_weights: list[np.ndarray] | None = None

        def on_epoch_end(self, epoch: int, logs: Any = None) -> None:
            grooming = np.zeros(len(examples))
            grooming[full] = exported.predict(rows, verbose=0, batch_size=1024)[:, 0]
            auc = early_window_auc(examples, conversations, grooming)
            auc = float("-inf") if auc is None else auc
            if logs is not None:
                logs["val_early_auc"] = auc
            if auc > self.best_auc:
                self.best_auc, self.best_epoch, self.best_weights = auc, epoch, self.model.get_weights()
            elif epoch - self.best_epoch >= patience:
                self.model.stop_training = True
            if log is not None:
                log(f"epoch {epoch + 1}: validation early-window AUC {auc:.4f} (best {self.best_auc:.4f})")

        def on_train_end(self, logs: Any = None) -> None:
            if self.best_weights is not None:
                self.model.set_weights(self.best_weights)

    return _Select()
