"""Weight averaging along one training run (stochastic weight averaging without a special schedule).

The epochs around the best validation loss sit at different points of a flat valley; the mean of their
weights usually sits nearer its middle than any one of them, which tends to generalise and rank a little
better than the single best epoch. The model has no batch-normalisation statistics to recompute, so the
averaged weights can be exported as they are. Measured on three seeds (README "Tried and not adopted"): the
validation loss falls, but first moves rank no better, so it is an option (`train --average-from`), not the
default.
"""

from __future__ import annotations

from typing import Any

import numpy as np


class WeightAverager:
    """A running mean of a model's weights, taken at the end of every epoch from `start_epoch` (0-based) on.

    Kept framework-light on purpose: `observe` takes the list `model.get_weights()` returns, so it can be
    tested without training anything.
    """

    def __init__(self, start_epoch: int = 1) -> None:
        if start_epoch < 0:
            raise ValueError(f"start_epoch must be >= 0, got {start_epoch}")
        self.start_epoch = start_epoch
        self.count = 0
        self._mean: list[np.ndarray] | None = None

    def observe(self, epoch: int, weights: list[np.ndarray]) -> None:
        if epoch < self.start_epoch:
            return
        self.count += 1
        if self._mean is None:
            self._mean = [np.array(w, dtype=np.float64) for w in weights]
            return
        shapes = [np.shape(w) for w in weights]
        if shapes != [m.shape for m in self._mean]:
            raise ValueError("the model's weights changed shape during training")
        for mean, w in zip(self._mean, weights, strict=True):
            mean += (np.asarray(w, dtype=np.float64) - mean) / self.count

    def averaged(self) -> list[np.ndarray]:
        if self._mean is None:
            raise ValueError(f"no epoch at or after {self.start_epoch} was observed")
        return [m.astype(np.float32) for m in self._mean]


def averaging_callback(averager: WeightAverager) -> Any:
    """A Keras callback that feeds `averager` the weights at every epoch's end."""
    import tensorflow as tf

    class _Observe(tf.keras.callbacks.Callback):
        def on_epoch_end(self, epoch: int, logs: Any = None) -> None:
            averager.observe(epoch, self.model.get_weights())

    return _Observe()
