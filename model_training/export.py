"""Keras -> fully int8-quantized TFLite, and a check that the two agree.

The input stays int32 (token ids cannot be quantized); everything after the embedding lookup runs
in int8, with a float32 output so the device reads probabilities directly.
"""

from __future__ import annotations

from collections.abc import Iterator

import numpy as np


def to_int8_tflite(model, representative: np.ndarray, samples: int = 500, seed: int = 0) -> bytes:
    import tensorflow as tf

    rng = np.random.default_rng(seed)
    picks = representative[rng.choice(len(representative), size=min(samples, len(representative)), replace=False)]

    def gen() -> Iterator[list[np.ndarray]]:
        for row in picks:
            yield [row[None, :].astype(np.int32)]

    converter = tf.lite.TFLiteConverter.from_keras_model(model)
    converter.optimizations = [tf.lite.Optimize.DEFAULT]
    converter.representative_dataset = gen
    converter.target_spec.supported_ops = [tf.lite.OpsSet.TFLITE_BUILTINS_INT8]
    return bytes(converter.convert())


def agreement(keras_scores: np.ndarray, tflite_scores: np.ndarray) -> dict[str, float]:
    """How closely the quantized model follows the float one (max/mean abs diff, decision agreement)."""
    diff = np.abs(keras_scores - tflite_scores)
    return {
        "max_abs_diff": float(diff.max()) if diff.size else 0.0,
        "mean_abs_diff": float(diff.mean()) if diff.size else 0.0,
        "agree_at_0.5": float(((keras_scores >= 0.5) == (tflite_scores >= 0.5)).mean()) if diff.size else 1.0,
    }
