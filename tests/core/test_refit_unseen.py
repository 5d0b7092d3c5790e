"""`refit-policy --unseen-from`: chats grown from seeds written after the model was trained join the fit;
`--policy-from`: another bundle's policy, carried over without a fit.

The shipped bundle's real model scores a tiny validation split and a tiny newer corpus; only the policy
is refitted, so this runs in seconds."""

from __future__ import annotations

import argparse
import json
from dataclasses import replace
from pathlib import Path

import pytest

from device_app.core.bundle import SHIPPED_BUNDLE, PolicySettings, load_bundle, pack_bundle
from device_app.core.conversations import load_conversations, write_conversations
from model_training.refit import refit
from tests.conftest import REPO_ROOT

TINY = REPO_ROOT / "tests" / "fixtures" / "tiny_conversations.jsonl"


def _corpus(folder: Path, val: list, train: list, seed_split: dict[str, list[str]]) -> Path:
    folder.mkdir()
    write_conversations(folder / "val.jsonl", val)
    write_conversations(folder / "train.jsonl", train)
    write_conversations(folder / "background_train.jsonl", [c for c in val if not c.is_grooming])
    (folder / "manifest.json").write_text(json.dumps({"seed_split": seed_split}), encoding="utf-8")
    return folder


def _args(tmp_path: Path, corpus: Path, **extra: object) -> argparse.Namespace:
    return argparse.Namespace(
        bundle=str(SHIPPED_BUNDLE), out=str(tmp_path / "refit.zip"), version="2026.12.07-90",
        corpus_dir=str(corpus), dev=[], fp_weight=None, **extra,
    )  # fmt: skip


@pytest.fixture(scope="module")
def corpora(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    convs = load_conversations(TINY, require_label=True)
    old, new = convs[: len(convs) // 2], convs[len(convs) // 2 :]
    root = tmp_path_factory.mktemp("refit")
    older = _corpus(root / "older", old, [], {"train": [], "val": [c.id for c in old], "test": []})
    newer = _corpus(root / "newer", old, new, {"train": [c.id for c in new], "val": [c.id for c in old], "test": []})
    return older, newer


def test_a_refit_fits_on_the_chats_its_model_never_saw(corpora, tmp_path: Path, capsys) -> None:
    older, newer = corpora
    assert refit(_args(tmp_path, older, unseen_from=str(newer), unseen_pins=str(older / "manifest.json"))) == 0
    refitted = load_bundle(tmp_path / "refit.zip")
    assert "unseen" in refitted.manifest.metrics["policy_selection"]["fitted_on"]
    assert refitted.model_bytes == load_bundle(SHIPPED_BUNDLE).model_bytes
    assert "unseen by this model: 5 chats" in capsys.readouterr().err


def test_a_refit_without_newer_data_fits_on_the_validation_split_and_dev_sets_alone(corpora, tmp_path: Path) -> None:
    older, _ = corpora
    assert refit(_args(tmp_path, older, unseen_from=None, unseen_pins=str(older / "manifest.json"))) == 0
    assert "unseen" not in load_bundle(tmp_path / "refit.zip").manifest.metrics["policy_selection"]["fitted_on"]


def test_a_policy_carried_from_another_bundle_keeps_this_model_and_names_its_source(corpora, tmp_path: Path) -> None:
    older, _ = corpora
    _write_donor(tmp_path / "donor.zip")
    assert refit(_args(tmp_path, older, unseen_from=None, unseen_pins="", policy_from=str(tmp_path / "donor.zip"))) == 0
    carried, shipped = load_bundle(tmp_path / "refit.zip"), load_bundle(SHIPPED_BUNDLE)
    assert carried.model_bytes == shipped.model_bytes and carried.version == "2026.12.07-90"
    assert carried.manifest.policy == PolicySettings(alert_threshold=0.77)
    assert carried.manifest.metrics["policy_from"] == "2026.12.07-91"


def _write_donor(path: Path) -> None:
    """A bundle (the shipped model) whose policy is recognisably not the shipped one."""
    shipped = load_bundle(SHIPPED_BUNDLE)
    manifest = replace(shipped.manifest, version="2026.12.07-91", policy=PolicySettings(alert_threshold=0.77))
    path.write_bytes(pack_bundle(manifest, shipped.model_bytes))


def _instant_refit(corpora, tmp_path: Path):
    older, _ = corpora
    assert refit(_args(tmp_path, older, unseen_from=None, unseen_pins="", instant_only=True)) == 0
    return load_bundle(tmp_path / "refit.zip"), load_bundle(SHIPPED_BUNDLE)


def test_an_instant_only_refit_keeps_every_knob_but_the_one_message_paths(corpora, tmp_path: Path) -> None:
    refitted, shipped = _instant_refit(corpora, tmp_path)
    unmoved = {"instant_thresholds", "instant_grooming"}
    after, before = refitted.manifest.policy.to_dict(), shipped.manifest.policy.to_dict()
    assert {k: v for k, v in after.items() if k not in unmoved} == {k: v for k, v in before.items() if k not in unmoved}
    assert refitted.model_bytes == shipped.model_bytes


def test_an_instant_only_refit_records_the_thresholds_it_started_from_and_never_ends_worse(corpora, tmp_path) -> None:
    refitted, shipped = _instant_refit(corpora, tmp_path)
    summary = refitted.manifest.metrics["instant_refit"]
    assert summary["before"]["instant_thresholds"] == shipped.manifest.policy.instant_thresholds
    assert summary["objective"] >= summary["instant_only"]["objective_before"]
    assert refitted.manifest.metrics["policy_selection"] == shipped.manifest.metrics["policy_selection"]


def _fade_refit(corpora, tmp_path: Path):
    args = _args(tmp_path, corpora[0], unseen_from=None, unseen_pins=None, fade_only=True)
    assert refit(args) == 0
    return load_bundle(args.out), load_bundle(SHIPPED_BUNDLE)


def test_a_fade_only_refit_keeps_every_knob_but_how_tactic_evidence_fades(corpora, tmp_path: Path) -> None:
    refitted, shipped = _fade_refit(corpora, tmp_path)
    after, before = refitted.manifest.policy.to_dict(), shipped.manifest.policy.to_dict()
    assert {k: v for k, v in after.items() if k != "tag_decay_words"} == {
        k: v for k, v in before.items() if k != "tag_decay_words"
    }
    assert refitted.model_bytes == shipped.model_bytes


def test_a_fade_only_refit_scores_the_held_out_sets_sent_in_pieces_and_records_every_fade_tried(corpora, tmp_path) -> None:
    from model_training.policy import FADE_WORDS

    refitted, shipped = _fade_refit(corpora, tmp_path)
    summary = refitted.manifest.metrics["fade_refit"]
    assert {"chunked_split_messages", "chunked_word_bursts"} <= set(summary["fitted_on"])
    assert set(summary["fade_only"]["tag_decay_words"]) == {str(k) for k in FADE_WORDS}
    assert summary["before"]["tag_decay_words"] == shipped.manifest.policy.tag_decay_words
