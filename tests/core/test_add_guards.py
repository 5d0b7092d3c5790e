"""`add-guards`: a model and policy read through the input guards, accepted by a device."""

from __future__ import annotations

import argparse
from dataclasses import replace
from pathlib import Path

import pytest

from device_app.core.bundle import SHIPPED_BUNDLE, load_bundle, pack_bundle
from device_app.core.conversations import Message
from device_app.core.featuriser import Featuriser, featurise_conversation, featuriser_fingerprint
from device_app.core.runtime import TFLiteScorer
from model_training.guard import add_guards


@pytest.fixture
def unguarded(tmp_path: Path) -> Path:
    """The shipped model and policy under a featuriser without the guards (how 2026.12.07-5 was packed)."""
    shipped = load_bundle(SHIPPED_BUNDLE)
    featuriser = replace(shipped.manifest.featuriser, emoji_guard=0)
    manifest = replace(
        shipped.manifest, version="2026.12.07-92", featuriser=featuriser, fingerprint=featuriser_fingerprint(featuriser)
    )
    path = tmp_path / "unguarded.zip"
    path.write_bytes(pack_bundle(manifest, shipped.model_bytes))
    return path


def _guarded(tmp_path: Path, source: Path, version: str = "2026.12.07-93") -> Path:
    out = tmp_path / f"{version}.zip"
    assert add_guards(argparse.Namespace(bundle=str(source), out=str(out), version=version)) == 0
    return out


def test_the_guarded_bundle_keeps_the_model_and_policy_and_names_their_source(unguarded, tmp_path: Path) -> None:
    original = load_bundle(unguarded)
    guarded = load_bundle(_guarded(tmp_path, unguarded))  # load_bundle checks the new fingerprint
    assert guarded.model_bytes == original.model_bytes and guarded.manifest.policy == original.manifest.policy
    assert guarded.manifest.featuriser.emoji_guard == 1 and guarded.version == "2026.12.07-93"
    assert guarded.manifest.metrics["guards_from"] == "2026.12.07-92"


def test_a_message_with_emoji_glued_to_its_words_scores_like_its_plain_words(unguarded, tmp_path: Path) -> None:
    guarded = load_bundle(_guarded(tmp_path, unguarded))
    featuriser, scorer = Featuriser(guarded.manifest.featuriser), TFLiteScorer(guarded.model_bytes)
    glued = featurise_conversation(featuriser, [Message("contact", "send 😘me a 😏pic of 🙈u in 💕bed")])
    plain = featurise_conversation(featuriser, [Message("contact", "send me a pic of u in bed")])
    assert scorer.score_batch(glued).tolist() == scorer.score_batch(plain).tolist()


def test_a_bundle_already_guarded_is_not_written_again(unguarded, tmp_path: Path, capsys) -> None:
    guarded = _guarded(tmp_path, unguarded)
    again = tmp_path / "again.zip"
    assert add_guards(argparse.Namespace(bundle=str(guarded), out=str(again), version="2026.12.07-94")) == 1
    assert not again.exists() and "already reads through every guard" in capsys.readouterr().out
