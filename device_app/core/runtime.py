"""The TFLite interpreter behind one small typed wrapper.

LiteRT (`ai_edge_litert`) is preferred when present: it is the maintained successor and much faster on
int8. `tflite_runtime` is what python-for-android packages, so the bundle must also run there; tests
load the shipped model in both and check they agree.
"""

from __future__ import annotations

from typing import Any

import numpy as np

RUNTIMES = ("litert", "tflite_runtime")


class RuntimeUnavailable(RuntimeError):
    pass


def _interpreter_class(name: str) -> Any:
    if name == "litert":
        from ai_edge_litert.interpreter import Interpreter
    elif name == "tflite_runtime":
        from tflite_runtime.interpreter import Interpreter
    else:
        raise ValueError(f"unknown runtime {name!r}; choose from {RUNTIMES}")
    return Interpreter


def available_runtimes() -> list[str]:
    found = []
    for name in RUNTIMES:
        try:
            _interpreter_class(name)
        except ImportError:
            continue
        found.append(name)
    return found


class TFLiteScorer:
    """Runs the bundle's model on one input row at a time (batch 1, one thread: the phone's case)."""

    def __init__(self, model_bytes: bytes, runtime: str = "auto", num_threads: int = 1) -> None:
        names = available_runtimes() if runtime == "auto" else [runtime]
        if not names:
            raise RuntimeUnavailable("neither ai-edge-litert nor tflite-runtime is installed")
        self.runtime = names[0]
        interpreter_cls = _interpreter_class(self.runtime)
        self._interpreter = interpreter_cls(model_content=model_bytes, num_threads=num_threads)
        self._interpreter.allocate_tensors()
        inp = self._interpreter.get_input_details()[0]
        out = self._interpreter.get_output_details()[0]
        self._input_index = inp["index"]
        self._output_index = out["index"]
        self.input_len = int(inp["shape"][-1])
        self.output_len = int(out["shape"][-1])
        self._out_quant = out.get("quantization", (0.0, 0))
        self._buffer = np.zeros((1, self.input_len), dtype=np.int32)

    def score(self, ids: np.ndarray) -> np.ndarray:
        """Scores for one featurised message: float32 [output_len]."""
        self._buffer[0, :] = ids
        self._interpreter.set_tensor(self._input_index, self._buffer)
        self._interpreter.invoke()
        raw = self._interpreter.get_tensor(self._output_index)[0]
        if raw.dtype != np.float32:
            scale, zero = self._out_quant
            return ((raw.astype(np.float32) - zero) * scale).astype(np.float32)
        return raw.copy()

    def score_batch(self, rows: np.ndarray) -> np.ndarray:
        return np.stack([self.score(r) for r in rows]) if len(rows) else np.zeros((0, self.output_len))
