"""`add-guards`: the shipped model and policy, read through the input guards, accepted by a device."""

from __future__ import annotations

import argparse
from pathlib import Path

from device_app.core.bundle import SHIPPED_BUNDLE, load_bundle
from device_app.core.conversations import Message
from device_app.core.featuriser import Featuriser, featurise_conversation
from device_app.core.runtime import TFLiteScorer
from model_training.guard import add_guards


def _guarded(tmp_path: Path, source: Path, name: str = "guarded.zip") -> Path:
    out = tmp_path / name
    assert add_guards(argparse.Namespace(bundle=str(source), out=str(out), version="2026.12.07-93")) == 0
    return out


def test_the_guarded_bundle_keeps_the_model_and_policy_and_names_their_source(tmp_path: Path) -> None:
    original = load_bundle(SHIPPED_BUNDLE)
    guarded = load_bundle(_guarded(tmp_path, SHIPPED_BUNDLE))  # load_bundle checks the new fingerprint
    assert guarded.model_bytes == original.model_bytes and guarded.manifest.policy == original.manifest.policy
    assert guarded.manifest.featuriser.sprinkle_guard == 1 and guarded.version == "2026.12.07-93"
    assert guarded.manifest.metrics["guards_from"] == original.version


def test_a_sprinkled_message_scores_like_its_plain_words_under_the_guarded_bundle(tmp_path: Path) -> None:
    guarded = load_bundle(_guarded(tmp_path, SHIPPED_BUNDLE))
    featuriser, scorer = Featuriser(guarded.manifest.featuriser), TFLiteScorer(guarded.model_bytes)
    sprinkled = featurise_conversation(featuriser, [Message("contact", "my 😘 sister 😏 left 🙈 her laptop 💕 on")])
    plain = featurise_conversation(featuriser, [Message("contact", "my sister left her laptop on")])
    assert scorer.score_batch(sprinkled).tolist() == scorer.score_batch(plain).tolist()


def test_a_bundle_already_guarded_is_not_written_again(tmp_path: Path, capsys) -> None:
    guarded = _guarded(tmp_path, SHIPPED_BUNDLE)
    again = tmp_path / "again.zip"
    assert add_guards(argparse.Namespace(bundle=str(guarded), out=str(again), version="2026.12.07-94")) == 1
    assert not again.exists() and "already reads through every guard" in capsys.readouterr().out
