"""A tiny training run through the real pipeline: one epoch -> int8 TFLite bundle -> scan."""

import numpy as np
import pytest

from device_app.core.bundle import parse_bundle
from device_app.core.conversations import load_conversations
from device_app.core.featuriser import FeaturiserSettings
from device_app.core.pipeline import Detector
from device_app.scan import DetectorScanner
from model_training.model import ModelSpec
from model_training.train import TrainOptions, train_bundle
from tests.conftest import REPO_ROOT

TINY = TrainOptions(
    epochs=1, verbose=0, version="test-1",
    featuriser=FeaturiserSettings(buckets=4096, version=3, join_split=1, state_tokens=1, cue_tokens=1, emoji_guard=1),
    model=ModelSpec(embedding_dim=8, conv_filters=16, hidden=16),
)  # fmt: skip


@pytest.fixture(scope="module")
def trained():
    convs = load_conversations(REPO_ROOT / "tests" / "fixtures" / "tiny_conversations.jsonl")
    return convs, train_bundle(convs[:8], convs[8:], options=TINY, log=lambda _: None)


def test_training_produces_a_bundle_the_device_accepts(trained):
    _, result = trained
    bundle = parse_bundle(result.bundle_bytes)
    bundle.check_fingerprint()
    assert bundle.version == "test-1" and bundle.manifest.labels[0] == "grooming"


def test_exported_tflite_agrees_with_the_keras_model(trained):
    _, result = trained
    assert result.agreement["max_abs_diff"] < 0.05


def test_the_trained_bundle_scans_conversations(trained):
    convs, result = trained
    detector = Detector(parse_bundle(result.bundle_bytes))
    out = DetectorScanner(detector).scan(convs[0])
    assert len(out["risk"]) == len(convs[0].messages) and np.isfinite(out["max_risk"])


def test_the_model_is_int8_quantized(trained):
    from ai_edge_litert.interpreter import Interpreter

    _, result = trained
    interp = Interpreter(model_content=parse_bundle(result.bundle_bytes).model_bytes)
    dtypes = {d["dtype"] for d in interp.get_tensor_details()}
    assert np.int8 in dtypes and np.float32 not in {
        d["dtype"] for d in interp.get_tensor_details() if "embedding" in d["name"].lower()
    }


def test_the_trained_model_gives_the_same_scores_in_both_runtimes(trained):
    from device_app.core.featuriser import Featuriser, featurise_conversation
    from device_app.core.runtime import TFLiteScorer

    convs, result = trained
    bundle = parse_bundle(result.bundle_bytes)
    rows = featurise_conversation(Featuriser(bundle.manifest.featuriser), convs[0].messages)
    a = TFLiteScorer(bundle.model_bytes, runtime="litert").score_batch(rows)
    b = TFLiteScorer(bundle.model_bytes, runtime="tflite_runtime").score_batch(rows)
    assert a.shape[1] == len(bundle.manifest.labels) and np.max(np.abs(a - b)) < 0.02


def test_a_new_model_has_a_coercion_output_and_a_fitted_v2_policy(trained):
    _, result = trained
    manifest = parse_bundle(result.bundle_bytes).manifest
    assert "coercion" in manifest.labels and "coercion" in manifest.policy.escalation_tactics
    assert manifest.featuriser.version == 3 and manifest.featuriser.join_split == 1
    assert manifest.featuriser.state_tokens == 1 and manifest.featuriser.emoji_guard == 1
    assert "evaluations" in manifest.metrics["policy_selection"]


def test_independent_members_are_fitted_side_by_side_and_exported_as_their_average():
    import tensorflow as tf

    from model_training.model import build_models

    spec = ModelSpec(embedding_dim=4, conv_filters=4, hidden=4, members=3, independent_members=True)
    settings = FeaturiserSettings(buckets=256, message_len=6, context_len=6)
    fitted, exported = build_models(settings, spec)
    ids = tf.constant(np.random.default_rng(0).integers(1, 256, size=(5, settings.input_len)), dtype=tf.int32)
    members = fitted(ids).numpy().reshape(5, 3, -1)
    assert fitted is not exported and members.shape[2] == exported.output_shape[-1]
    assert np.allclose(members.mean(axis=1), exported(ids).numpy(), atol=1e-6)


def test_training_can_export_the_mean_of_its_epochs_weights():
    from dataclasses import replace

    convs = load_conversations(REPO_ROOT / "tests" / "fixtures" / "tiny_conversations.jsonl")
    lines: list[str] = []
    options = replace(TINY, epochs=2, average_from_epoch=0, tune=False)
    result = train_bundle(convs[:8], convs[8:], options=options, log=lines.append)
    manifest = parse_bundle(result.bundle_bytes).manifest
    assert manifest.metrics["average_from_epoch"] == 0
    assert any("mean of 2 epochs" in line for line in lines)
    assert result.agreement["max_abs_diff"] < 0.1


def test_training_exports_its_lowest_validation_loss_epoch_unless_told_otherwise(trained):
    _, result = trained
    assert parse_bundle(result.bundle_bytes).manifest.metrics["select_by"] == "val_loss"
    assert "val_early_auc" not in result.history


def _drive(stopper, val_losses):
    """Feed a run of validation losses to a real Keras EarlyStopping, as model.fit would."""
    import tensorflow as tf

    stopper.set_model(tf.keras.Sequential([tf.keras.Input((1,)), tf.keras.layers.Dense(1)]))
    stopper.on_train_begin()
    for epoch, loss in enumerate(val_losses):
        stopper.on_epoch_end(epoch, {"val_loss": loss})
        if stopper.model.stop_training:
            return epoch + 1
    return len(val_losses)


def test_early_stopping_neither_stops_nor_exports_before_min_epochs():
    from dataclasses import replace

    from model_training.train import early_stopping

    rising = [0.10, 0.20, 0.30, 0.40, 0.50, 0.60]  # best at the first epoch, worse ever after
    free = early_stopping(replace(TINY, patience=1, min_epochs=0))
    held = early_stopping(replace(TINY, patience=1, min_epochs=3))
    assert (_drive(free, rising), free.best_epoch) == (2, 0)
    assert (_drive(held, rising), held.best_epoch) == (5, 3)


def test_training_reports_which_epoch_it_exported(trained):
    _, result = trained
    assert parse_bundle(result.bundle_bytes).manifest.metrics["exported_epoch"] == 1
