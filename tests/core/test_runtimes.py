"""The shipped model runs in both runtimes (LiteRT on desktops, tflite-runtime in python-for-android)."""

import numpy as np
import pytest

from device_app.core.bundle import load_bundle
from device_app.core.conversations import load_conversations
from device_app.core.featuriser import Featuriser, featurise_conversation
from device_app.core.runtime import TFLiteScorer, available_runtimes
from tests.conftest import REPO_ROOT


@pytest.fixture(scope="module")
def rows():
    bundle = load_bundle()
    f = Featuriser(bundle.manifest.featuriser)
    convs = load_conversations(REPO_ROOT / "tests" / "fixtures" / "tiny_conversations.jsonl")
    return np.concatenate([featurise_conversation(f, c.messages) for c in convs])


def test_both_runtimes_are_installed():
    assert available_runtimes() == ["litert", "tflite_runtime"]


@pytest.mark.parametrize("runtime", ["litert", "tflite_runtime"])
def test_shipped_model_loads_and_gives_probabilities(runtime, rows):
    bundle = load_bundle()
    scores = TFLiteScorer(bundle.model_bytes, runtime=runtime).score_batch(rows)
    assert scores.shape == (len(rows), len(bundle.manifest.labels))
    assert np.all((scores >= 0) & (scores <= 1))


def test_the_two_runtimes_agree_on_the_shipped_model(rows):
    model = load_bundle().model_bytes
    a = TFLiteScorer(model, runtime="litert").score_batch(rows)
    b = TFLiteScorer(model, runtime="tflite_runtime").score_batch(rows)
    assert np.max(np.abs(a - b)) < 0.02
