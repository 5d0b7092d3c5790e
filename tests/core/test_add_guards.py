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
from model_training.guard import GUARDS, add_guards


def _repacked(tmp_path: Path, version: str, burst_hold: bool = True, **guards: int) -> Path:
    """The shipped model and policy under the shipped featuriser with `guards` set (and the policy's burst hold
    as given), as a freshly trained bundle (no record of earlier add-guards)."""
    shipped = load_bundle(SHIPPED_BUNDLE)
    featuriser = replace(shipped.manifest.featuriser, **guards)
    metrics = {k: v for k, v in shipped.manifest.metrics.items() if k not in ("guards_from", "guards")}
    manifest = replace(
        shipped.manifest, version=version, featuriser=featuriser, fingerprint=featuriser_fingerprint(featuriser),
        metrics=metrics, policy=replace(shipped.manifest.policy, burst_hold=burst_hold),
    )  # fmt: skip
    path = tmp_path / f"{version}-source.zip"
    path.write_bytes(pack_bundle(manifest, shipped.model_bytes))
    return path


@pytest.fixture
def unguarded(tmp_path: Path) -> Path:
    """The shipped model and policy under a featuriser without the guards (how 2026.12.07-5 was packed)."""
    return _repacked(tmp_path, "2026.12.07-92", emoji_guard=0, word_guard=0, burst_guard=0, shape_guard=0)


def _guarded(tmp_path: Path, source: Path, version: str = "2026.12.07-93") -> Path:
    out = tmp_path / f"{version}.zip"
    assert add_guards(argparse.Namespace(bundle=str(source), out=str(out), version=version)) == 0
    return out


def test_the_guarded_bundle_keeps_the_model_and_policy_and_names_their_source(unguarded, tmp_path: Path) -> None:
    original = load_bundle(unguarded)
    guarded = load_bundle(_guarded(tmp_path, unguarded))  # load_bundle checks the new fingerprint
    assert guarded.model_bytes == original.model_bytes and guarded.manifest.policy == original.manifest.policy
    assert guarded.manifest.featuriser.emoji_guard == 1 and guarded.manifest.featuriser.word_guard == 1
    assert guarded.version == "2026.12.07-93"
    assert guarded.manifest.metrics["guards_from"] == "2026.12.07-92"
    assert guarded.manifest.metrics["guards"] == ["emoji_guard", "word_guard", "burst_guard", "shape_guard"]


def test_a_model_trained_without_joined_messages_gets_no_burst_guard(tmp_path: Path) -> None:
    source = _repacked(tmp_path, "2026.12.07-92", emoji_guard=0, word_guard=0, burst_guard=0, shape_guard=0, join_split=0)
    guarded = load_bundle(_guarded(tmp_path, source))
    assert guarded.manifest.featuriser.burst_guard == 0 and guarded.manifest.featuriser.word_guard == 1
    assert guarded.manifest.metrics["guards"] == ["emoji_guard", "word_guard", "shape_guard"]


def test_a_second_add_guards_adds_the_missing_guard_and_keeps_naming_where_the_weights_came_from(tmp_path: Path) -> None:
    emoji_only = _guarded(tmp_path, _repacked(tmp_path, "2026.12.07-92", emoji_guard=0, word_guard=0, burst_guard=0, shape_guard=0))
    first = load_bundle(emoji_only)
    # what 2026.12.07-7 was: the emoji guard added to 2026.12.07-5's weights, the later guards not yet written
    featuriser = replace(first.manifest.featuriser, word_guard=0, burst_guard=0, shape_guard=0)
    older = replace(
        first.manifest, version="2026.12.07-95", featuriser=featuriser, fingerprint=featuriser_fingerprint(featuriser),
        metrics={**first.manifest.metrics, "guards": ["emoji_guard"]},
    )  # fmt: skip
    source = tmp_path / "emoji-only.zip"
    source.write_bytes(pack_bundle(older, first.model_bytes))
    again = load_bundle(_guarded(tmp_path, source, version="2026.12.07-96"))
    assert again.manifest.featuriser.word_guard == 1 and again.manifest.featuriser.burst_guard == 2
    assert again.manifest.metrics["guards_from"] == "2026.12.07-92"
    assert again.manifest.metrics["guards"] == ["emoji_guard", "word_guard", "burst_guard", "shape_guard"]


@pytest.mark.parametrize(
    "disguised",
    ["send 😘me a 😏pic of 🙈u in 💕bed", "🅢🅔🅝🅓 me a 🅟🅘🅒 of u in 🅑🅔🅓", "s/e/n/d m/e a p/i/c o/f u i/n b/e/d",
     "se😘nd me a pi😏c of u in bed", "send\u3164me\u3164a\u3164pic\u3164of\u3164u\u3164in\u3164bed",
     "\u202edeb ni u fo cip a em dnes", "pǝq uᴉ n ɟo ɔᴉd ɐ ǝɯ puǝs", "SendMeAPicOfUInBed", "sseenndd mmee aa ppiicc ooff uu iinn bbeedd",
     "seeeend meee a piiiic of uuu in beeed", "s end me a pic of u in bed", "s*nd me a p*c of u in bed"],
    ids=["emoji-glued", "fancy-letters", "separated-letters", "emoji-in-words", "blank-gaps", "right-to-left-override",
         "upside-down", "run-on", "doubled-letters", "stretched-letters", "letter-broken-off",
         "masked-vowels"],
)
def test_a_disguised_request_scores_like_its_plain_words(unguarded, tmp_path: Path, disguised: str) -> None:
    guarded = load_bundle(_guarded(tmp_path, unguarded))
    featuriser, scorer = Featuriser(guarded.manifest.featuriser), TFLiteScorer(guarded.model_bytes)
    rows = featurise_conversation(featuriser, [Message("contact", disguised)])
    plain = featurise_conversation(featuriser, [Message("contact", "send me a pic of u in bed")])
    assert scorer.score_batch(rows).tolist() == scorer.score_batch(plain).tolist()


def test_a_bundle_with_the_tail_only_burst_guard_moves_to_whole_bursts_and_names_the_guard_once(tmp_path: Path) -> None:
    tail_only = _repacked(tmp_path, "2026.12.07-92", burst_guard=1)
    source = load_bundle(tail_only)
    older = replace(source.manifest, metrics={**source.manifest.metrics, "guards_from": "2026.12.07-5",
                                              "guards": ["emoji_guard", "word_guard", "burst_guard", "shape_guard"]})
    tail_only.write_bytes(pack_bundle(older, source.model_bytes))
    upgraded = load_bundle(_guarded(tmp_path, tail_only))
    assert upgraded.manifest.featuriser.burst_guard == 2
    assert upgraded.manifest.metrics["guards"] == ["emoji_guard", "word_guard", "burst_guard", "shape_guard"]


def test_a_bundle_already_guarded_is_not_written_again(unguarded, tmp_path: Path, capsys) -> None:
    guarded = _guarded(tmp_path, unguarded)
    again = tmp_path / "again.zip"
    assert add_guards(argparse.Namespace(bundle=str(guarded), out=str(again), version="2026.12.07-94")) == 1
    assert not again.exists() and "already reads through every guard" in capsys.readouterr().out


def test_a_policy_without_the_burst_hold_gets_it_and_nothing_else_of_the_policy_moves(tmp_path: Path) -> None:
    source = load_bundle(_repacked(tmp_path, "2026.12.07-92", burst_hold=False, shape_guard=GUARDS["shape_guard"]))
    held = load_bundle(_guarded(tmp_path, Path(tmp_path / "2026.12.07-92-source.zip")))
    assert not source.manifest.policy.burst_hold and held.manifest.policy.burst_hold
    assert replace(held.manifest.policy, burst_hold=False) == source.manifest.policy
    assert held.manifest.featuriser == source.manifest.featuriser and held.model_bytes == source.model_bytes
    assert held.manifest.metrics["guards"] == ["burst_hold"]


def test_a_model_without_whole_bursts_gets_no_burst_hold(tmp_path: Path) -> None:
    source = _repacked(tmp_path, "2026.12.07-92", burst_hold=False, emoji_guard=0, burst_guard=0, join_split=0)
    guarded = load_bundle(_guarded(tmp_path, source))
    assert guarded.manifest.featuriser.burst_guard == 0 and not guarded.manifest.policy.burst_hold
    assert "burst_hold" not in guarded.manifest.metrics["guards"]


def test_a_bundle_at_shape_guard_level_2_moves_to_level_3_and_names_the_guard_once(tmp_path: Path) -> None:
    level_2 = _repacked(tmp_path, "2026.12.07-92", shape_guard=2)
    source = load_bundle(level_2)
    earlier = ["emoji_guard", "word_guard", "burst_guard", "shape_guard", "burst_hold"]
    older = replace(source.manifest, metrics={**source.manifest.metrics, "guards_from": "2026.12.07-5", "guards": earlier})
    level_2.write_bytes(pack_bundle(older, source.model_bytes))
    upgraded = load_bundle(_guarded(tmp_path, level_2))
    assert upgraded.manifest.featuriser.shape_guard == 3 and upgraded.manifest.metrics["guards"] == earlier
