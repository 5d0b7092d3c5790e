"""`python -m model_training card`: the model card is built from the bundle and held-out files it is given."""

import json
from pathlib import Path

import pytest

from device_app.core.bundle import SHIPPED_BUNDLE
from model_training.card import build_card

GROOMING = {
    "id": "g1", "label": "grooming", "first_risk_index": 0, "platform": "game_chat",
    "messages": [
        {"sender": "contact", "text": "ur so mature for 12, dont tell ur mum we talk ok", "tags": ["secrecy"]},
        {"sender": "child", "text": "ok", "tags": []},
        {"sender": "contact", "text": "add me on snap and send me a pic, just us", "tags": ["platform_move", "sexual"]},
    ],
}  # fmt: skip
BENIGN = {
    "id": "b1", "label": "benign", "first_risk_index": None, "platform": "game_chat",
    "messages": [
        {"sender": "contact", "text": "gg that last round was close", "tags": []},
        {"sender": "child", "text": "ikr", "tags": []},
    ],
}  # fmt: skip


def write_jsonl(path: Path, rows: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def card(tmp_path_factory: pytest.TempPathFactory) -> tuple[str, dict]:
    root = tmp_path_factory.mktemp("card")
    corpus = root / "corpus"
    corpus.mkdir()
    write_jsonl(corpus / "test.jsonl", [GROOMING, BENIGN])
    write_jsonl(corpus / "background_test.jsonl", [BENIGN])
    dev = write_jsonl(root / "dev.jsonl", [GROOMING, BENIGN])
    probe = write_jsonl(root / "probe.jsonl", [GROOMING, BENIGN])
    report_dir = root / "report"
    build_card(SHIPPED_BUNDLE.read_bytes(), corpus, [dev], report_dir, evasion=False, probe_path=probe,
               log=lambda _msg: None)  # fmt: skip
    return (report_dir / "MODEL_CARD.md").read_text(encoding="utf-8"), json.loads(
        (report_dir / "metrics.json").read_text(encoding="utf-8"))


def test_the_card_puts_the_held_out_test_split_before_the_dev_sets(card: tuple[str, dict]) -> None:
    text, _ = card
    assert text.index("## Held-out test split") < text.index("## Dev set `dev`")


def test_the_card_shows_the_independent_probe_after_the_test_split_and_before_the_dev_sets(card) -> None:
    text, metrics = card
    assert text.index("## Held-out test split") < text.index("## Held-out probe (2 chats") < text.index("## Dev set")
    assert metrics["probe"] and all(row["tp"] + row["fn"] == 1 for row in metrics["probe"].values())


def test_the_card_shows_the_policy_free_separation_for_every_set(card: tuple[str, dict]) -> None:
    text, metrics = card
    section = text[text.index("## Policy-free separation"):]
    assert "| test split | 1 / 1 |" in section and "| dev | 1 / 1 |" in section
    assert set(metrics["separation"]) == {"test split", "probe", "dev"}
    assert 0.0 <= metrics["separation"]["dev"]["auc"] <= 1.0


def test_the_card_says_when_the_weights_were_trained_without_the_guards_they_are_read_through(tmp_path: Path) -> None:
    from dataclasses import replace

    from device_app.core.bundle import load_bundle, pack_bundle

    shipped = load_bundle(SHIPPED_BUNDLE)
    metrics = {**shipped.manifest.metrics, "guards_from": "2026.12.07-5", "guards": ["emoji_guard", "word_guard"]}
    manifest = replace(shipped.manifest, metrics=metrics)
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    write_jsonl(corpus / "test.jsonl", [GROOMING, BENIGN])
    write_jsonl(corpus / "background_test.jsonl", [BENIGN])
    build_card(pack_bundle(manifest, shipped.model_bytes), corpus, [], tmp_path / "report", evasion=False,
               probe_path=None, log=lambda _msg: None)  # fmt: skip
    text = (tmp_path / "report" / "MODEL_CARD.md").read_text(encoding="utf-8")
    assert "The weights are 2026.12.07-5's, trained without the input guards" in text
    assert "(`emoji_guard`, `word_guard`)" in text
