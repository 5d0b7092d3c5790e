"""Corpus builder (model_training.data): augmentation, recombination, background, split, report.

Seed fixtures are built here, never read from the real seed files, so these tests pin behaviour rather than
the current data.
"""

from __future__ import annotations

import json
import random
import re
from dataclasses import replace
from pathlib import Path

import pytest

from device_app.core.conversations import Conversation, conversation_from_dict, load_conversations
from model_training.data.augment import (
    APP_FORMS,
    augment_conversation,
    leetspeak,
    obfuscate_apps,
    slang,
    split_message,
)
from model_training.data.background import generate_background, topics
from model_training.data.build import build_corpus, load_pins, load_seed
from model_training.data.recombine import (
    prepend_opening,
    recombine_split,
    seed_ids,
    truncate_after_first_risk,
)
from model_training.data.report import corpus_report
from model_training.data.unseen import load_unseen, unseen_by

PLATFORMS = ("game_chat", "social_dm", "messaging")


def _grooming(i: int) -> dict:
    msgs = [
        {"sender": "contact", "text": f"hey gg that was a great round number {i}", "tags": []},
        {"sender": "child", "text": "thanks lol you too"},
        {"sender": "contact", "text": "you're so mature for your age, how old are you?", "tags": ["trust_building"]},
        {"sender": "child", "text": "12"},
        {"sender": "contact", "text": "add me on snapchat, it's easier to talk there", "tags": ["platform_move"]},
        {"sender": "child", "text": "ok maybe later"},
        {"sender": "contact", "text": "don't tell your mum about me, it's our secret", "tags": ["secrecy"]},
    ]
    return {"id": f"g-{i:02d}", "label": "grooming", "first_risk_index": 2, "platform": PLATFORMS[i % 3],
            "child_age": 12, "messages": msgs[: 5 + i % 3]}  # fmt: skip


def _benign(prefix: str, i: int) -> dict:
    msgs = [
        {"sender": "contact", "text": f"did you do the maths homework question {i}?"},
        {"sender": "child", "text": "yeah send pic of yours"},
        {"sender": "contact", "text": "don't tell anyone i lost to a bot lol"},
        {"sender": "child", "text": "haha right now? meet at the park at 4 with everyone"},
    ]
    return {"id": f"{prefix}-{i:02d}", "label": "benign", "first_risk_index": None, "platform": PLATFORMS[i % 3],
            "messages": msgs}  # fmt: skip


def _write(path: Path, records: list[dict]) -> None:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")


@pytest.fixture(scope="module")
def seed_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    d = tmp_path_factory.mktemp("seed")
    _write(d / "grooming_a.jsonl", [_grooming(i) for i in range(7)])
    _write(d / "grooming_b.jsonl", [_grooming(i) for i in range(7, 11)])
    _write(d / "hard_negatives.jsonl", [_benign("h", i) for i in range(5)])
    _write(d / "benign_chat.jsonl", [_benign("b", i) for i in range(6)])
    return d


def _build(seed_dir: Path, out: Path, seed: int = 0, **kwargs) -> dict[str, list[Conversation]]:
    return build_corpus(seed_dir, seed=seed, multiplier=2, background_conversations=20, out_dir=out, **kwargs)


@pytest.fixture(scope="module")
def built(seed_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, list[Conversation]]]:
    out = tmp_path_factory.mktemp("corpus")
    return out, _build(seed_dir, out)


def _conv(record: dict) -> Conversation:
    return conversation_from_dict(record, require_label=True)


def _valid(conv: Conversation) -> Conversation:
    return conversation_from_dict(json.loads(conv.to_json()), require_label=True)


# --- augment -------------------------------------------------------------------------------------------------


def test_augmented_grooming_stays_spec_valid_with_tags_on_its_first_risk_message() -> None:
    g = _conv(_grooming(2))
    for s in range(40):
        out = _valid(augment_conversation(g, random.Random(s), strength=1.0, split_rate=0.5))
        assert (out.label, out.platform) == ("grooming", g.platform)
        assert out.messages[out.first_risk_index].tags == g.messages[2].tags
        assert [m.tags for m in out.messages if m.tags][0] == g.messages[2].tags


def test_text_ops_without_splits_keep_every_sender_and_tag_in_place() -> None:
    g = _conv(_grooming(2))
    out = augment_conversation(g, random.Random(3), strength=1.0, split_rate=0.0)
    assert [(m.sender, m.tags) for m in out.messages] == [(m.sender, m.tags) for m in g.messages]
    assert out.first_risk_index == g.first_risk_index


def _group_sextortion() -> Conversation:
    msgs = [
        {"sender": "contact", "from": "ava_x", "text": "lol who is coming to the park later", "tags": []},
        {"sender": "contact", "from": "dm_kai", "text": "send me another pic or i'll post the first one everywhere",
         "tags": ["coercion", "sexual"]},
        {"sender": "child", "text": "please don't"},
        {"sender": "contact", "from": "dm_kai", "text": "you have 10 minutes, pay 50 in gift cards", "tags": ["coercion"]},
    ]  # fmt: skip
    return _conv({"id": "gs-1", "label": "grooming", "first_risk_index": 1, "platform": "messaging",
                  "messages": msgs})  # fmt: skip


def test_augmentation_keeps_each_messages_from_and_the_coercion_tag() -> None:
    g = _group_sextortion()
    for s in range(20):
        out = _valid(augment_conversation(g, random.Random(s), strength=1.0, split_rate=0.5))
        assert {(m.speaker, m.tags) for m in out.messages} == {(m.speaker, m.tags) for m in g.messages}
        assert out.messages[out.first_risk_index].speaker == "dm_kai"


def test_split_message_gives_both_halves_the_sender_and_tags() -> None:
    g = _conv(_grooming(2))
    out = split_message(g, 4, random.Random(0))
    head, tail = out.messages[4], out.messages[5]
    assert (head.sender, head.tags) == (tail.sender, tail.tags) == ("contact", ("platform_move",))
    assert f"{head.text} {tail.text}".replace(", ", " ").split() == g.messages[4].text.replace(",", "").split()


def test_split_before_first_risk_shifts_first_risk_index_by_one() -> None:
    g = _conv(_grooming(2))
    out = split_message(g, 0, random.Random(0))
    assert out.first_risk_index == 3 and out.messages[3] == g.messages[2]


def test_split_of_first_risk_message_points_at_its_first_half() -> None:
    g = _conv(_grooming(2))
    out = split_message(g, 2, random.Random(0))
    assert out.first_risk_index == 2
    assert out.messages[2].tags == out.messages[3].tags == ("trust_building",)


def test_split_after_first_risk_leaves_first_risk_index_alone() -> None:
    g = _conv(_grooming(2))
    assert split_message(g, 4, random.Random(0)).first_risk_index == 2


def test_pure_splits_keep_the_words_and_the_risk_message() -> None:
    g = _conv(_grooming(2))
    out = _valid(augment_conversation(g, random.Random(1), strength=0.0, split_rate=1.0))
    assert len(out.messages) > len(g.messages)
    assert out.messages[out.first_risk_index].text.split()[0] == g.messages[2].text.split()[0]


def test_leetspeak_golden_examples() -> None:
    rng = random.Random(0)
    assert leetspeak("hello", rng, rate=1.0) == "h3ll0"
    assert re.fullmatch(r"p[4@][5$][5$]w0rd", leetspeak("password", rng, rate=1.0))
    assert leetspeak("sis", rng, rate=1.0)[0] == "s"  # a word never loses all its letters
    assert leetspeak("i am 12", rng, rate=1.0) == "i am 12"  # short words and numbers untouched


def test_obfuscated_app_names_take_the_expected_forms() -> None:
    golden = {"snapchat": {"sn@p", "snap", "sc"}, "discord": {"d1sc0rd", "disc"}, "whatsapp": {"whatsap", "wa"},
              "instagram": {"insta", "1nsta", "ig"}, "telegram": {"tele", "t3legram"}, "kik": {"k1k"}}  # fmt: skip
    for app, expected in golden.items():
        seen = {obfuscate_apps(f"add me on {app.title()} ok", random.Random(s))[10:-3] for s in range(200)}
        assert expected <= seen <= set(APP_FORMS[app])


def test_slang_golden_substitutions() -> None:
    out = slang("to be honest you should come right now please", random.Random(0), rate=1.0)
    assert re.fullmatch(r"tbh (u|ya|yu) should come rn (pls|plz|pleaseee)", out)


# --- recombine -----------------------------------------------------------------------------------------------


def test_prepend_opening_shifts_first_risk_index_by_k() -> None:
    g, b = _conv(_grooming(1)), _conv(_benign("b", 1))
    out = _valid(prepend_opening(g, b, 3))
    assert out.first_risk_index == 5 and out.messages[5] == g.messages[2]
    assert out.id == "g-01~open3+b-01" and out.extra["derived_from"] == ["b-01", "g-01"]


def test_truncation_after_first_risk_is_still_grooming_and_ends_just_after_it() -> None:
    out = _valid(truncate_after_first_risk(_conv(_grooming(2)), keep_after=1))
    assert out.label == "grooming" and len(out.messages) == 4 and out.first_risk_index == 2


def test_recombined_conversations_are_spec_valid_and_traceable() -> None:
    grooming = [_conv(_grooming(i)) for i in range(4)]
    benign = [_conv(_benign("b", i)) for i in range(3)]
    out = recombine_split(grooming, benign, random.Random(0), per_conversation=5)
    sources = {c.id for c in grooming + benign}
    assert len({c.id for c in out}) == len(out) == 4 * 5 + 3 * 5
    for c in out:
        v = _valid(c)
        assert set(v.extra["derived_from"]) <= sources and c.id.split("~")[0] in sources
        assert (v.first_risk_index is not None) == v.is_grooming
        if v.is_grooming:
            assert v.messages[v.first_risk_index].tags


# --- background ----------------------------------------------------------------------------------------------


def test_background_is_benign_untagged_and_the_requested_size() -> None:
    bg = generate_background(60, seed=0)
    assert len(bg) == 60 and len({c.id for c in bg}) == 60
    for c in bg:
        v = _valid(c)
        assert v.label == "benign" and v.first_risk_index is None
        assert all(not m.tags for m in v.messages) and len(v.messages) >= 2


def test_background_train_and_test_parts_use_disjoint_exchange_templates() -> None:
    train = {ex for t in topics("train") for ex in t.exchanges}
    test = {ex for t in topics("test") for ex in t.exchanges}
    assert train and test and not train & test


# --- build ---------------------------------------------------------------------------------------------------


def test_build_is_byte_identical_for_the_same_seed(seed_dir: Path, built, tmp_path: Path) -> None:
    out, _ = built
    _build(seed_dir, tmp_path)
    names = sorted(p.name for p in out.iterdir())
    assert names == sorted(p.name for p in tmp_path.iterdir())
    assert all((out / n).read_bytes() == (tmp_path / n).read_bytes() for n in names)


def test_build_differs_for_a_different_seed(seed_dir: Path, built, tmp_path: Path) -> None:
    out, _ = built
    _build(seed_dir, tmp_path, seed=1)
    assert (out / "train.jsonl").read_bytes() != (tmp_path / "train.jsonl").read_bytes()


def test_split_keeps_every_descendant_of_a_seed_in_one_split(built) -> None:
    out, corpus = built
    where: dict[str, set[str]] = {}
    for split in ("train", "val", "test"):
        for c in corpus[split]:
            for sid in c.extra["derived_from"]:
                where.setdefault(sid, set()).add(split)
    assert len(where) == 22 and all(len(s) == 1 for s in where.values())
    manifest = json.loads((out / "manifest.json").read_text())
    assert all(where[sid] == {split} for split, ids in manifest["seed_split"].items() for sid in ids)


def test_every_split_has_grooming_and_benign_near_70_15_15(built) -> None:
    out, corpus = built
    for split in ("train", "val", "test"):
        assert {c.label for c in corpus[split]} == {"grooming", "benign"}
    sizes = {s: len(ids) for s, ids in json.loads((out / "manifest.json").read_text())["seed_split"].items()}
    assert sizes == {"train": 14, "val": 4, "test": 4}


def test_build_writes_background_split_with_at_least_the_requested_size(built) -> None:
    out, corpus = built
    assert len(corpus["background_train"]) + len(corpus["background_test"]) == 20
    assert (out / "background_test.jsonl").read_text().count("\n") == len(corpus["background_test"]) > 0


def test_seed_ids_repeated_across_files_are_qualified_by_file(tmp_path: Path) -> None:
    _write(tmp_path / "a.jsonl", [_benign("x", 1)])
    _write(tmp_path / "b.jsonl", [_benign("x", 1)])
    assert [c.id for _, c in load_seed(tmp_path)] == ["a/x-01", "b/x-01"]


def test_split_refuses_a_label_with_fewer_than_three_seed_conversations(tmp_path: Path) -> None:
    _write(tmp_path / "s.jsonl", [_grooming(i) for i in range(5)] + [_benign("b", i) for i in range(2)])
    with pytest.raises(ValueError, match="benign"):
        build_corpus(tmp_path, background_conversations=0)


def _seed_split(out: Path) -> dict[str, set[str]]:
    return {s: set(ids) for s, ids in json.loads((out / "manifest.json").read_text())["seed_split"].items()}


def test_pinned_seeds_keep_their_split_when_a_seed_file_is_added(seed_dir: Path, built, tmp_path: Path) -> None:
    out, _ = built
    grown = tmp_path / "seed"
    grown.mkdir()
    for f in seed_dir.glob("*.jsonl"):
        (grown / f.name).write_bytes(f.read_bytes())
    _write(grown / "extra_grooming.jsonl", [{**_grooming(i), "id": f"n-{i:02d}"} for i in range(7)])
    before = _seed_split(out)
    unpinned = _seed_split(_build_to(grown, tmp_path / "unpinned"))
    pinned = _seed_split(_build_to(grown, tmp_path / "pinned", pins=load_pins(out / "manifest.json")))
    assert any(before[s] - unpinned[s] for s in before)  # without pins a new file reshuffles old seeds
    assert all(before[s] <= pinned[s] for s in before)
    assert sorted(len(pinned[s] - before[s]) for s in before) == [1, 1, 5]  # the 7 new seeds dealt 70/15/15


def test_pins_reproduce_the_build_they_were_written_from(seed_dir: Path, built, tmp_path: Path) -> None:
    out, _ = built
    _build_to(seed_dir, tmp_path / "first", pins_out=tmp_path / "pins.json")
    again = _build_to(seed_dir, tmp_path / "again", pins=load_pins(tmp_path / "pins.json"))
    assert (again / "test.jsonl").read_bytes() == (out / "test.jsonl").read_bytes()


def test_a_pins_file_that_pins_a_seed_twice_is_refused(tmp_path: Path) -> None:
    (tmp_path / "pins.json").write_text(json.dumps({"seed_split": {"train": ["g-01"], "test": ["g-01"]}}))
    with pytest.raises(ValueError, match="pinned twice"):
        load_pins(tmp_path / "pins.json")


def test_a_pins_file_that_is_not_one_is_refused_with_its_name(tmp_path: Path) -> None:
    (tmp_path / "pins.json").write_text("")
    with pytest.raises(ValueError, match="pins.json: not a split pins file"):
        load_pins(tmp_path / "pins.json")


def test_pins_that_leave_a_split_without_benign_seeds_are_refused(seed_dir: Path, tmp_path: Path) -> None:
    benign = [c.id for _, c in load_seed(seed_dir) if c.label == "benign"]
    with pytest.raises(ValueError, match="benign"):
        _build_to(seed_dir, tmp_path, pins=dict.fromkeys(benign, "train"))


def _build_to(seed_dir: Path, out: Path, **kwargs) -> Path:
    _build(seed_dir, out, **kwargs)
    return out


# --- report --------------------------------------------------------------------------------------------------


def test_report_counts_match_the_corpus_and_find_no_leak(built, tmp_path: Path) -> None:
    out, corpus = built
    md = tmp_path / "REPORT.md"
    r = corpus_report(out, md)
    assert r["files"]["train"]["conversations"] == len(corpus["train"])
    assert r["files"]["test"]["messages"] == sum(len(c.messages) for c in corpus["test"])
    assert r["seed_ids_in_two_splits"] == [] and r["files"]["train"]["trigrams"] > 0
    assert "## Known gaps" in md.read_text() and any("isolation" in g for g in r["known_gaps"])


# --- chats a trained model never saw (refit-policy --unseen-from) ----------------------------------------------


def test_a_newer_build_yields_only_chats_grown_from_seeds_the_older_one_never_had(
    seed_dir: Path, built, tmp_path: Path
) -> None:
    out, _ = built
    grown = tmp_path / "seed"
    grown.mkdir()
    for f in seed_dir.glob("*.jsonl"):
        (grown / f.name).write_bytes(f.read_bytes())
    new_ids = {f"n-{i:02d}" for i in range(7)}
    _write(grown / "extra_grooming.jsonl", [{**_grooming(i), "id": f"n-{i:02d}"} for i in range(7)])
    newer = _build_to(grown, tmp_path / "newer", pins=load_pins(out / "manifest.json"))
    unseen = load_unseen(newer, out / "manifest.json")
    newer_test = set(_seed_split(newer)["test"])
    assert unseen and all(set(seed_ids(c)) <= new_ids - newer_test for c in unseen)
    fitting = [c for s in ("train", "val") for c in load_conversations(newer / f"{s}.jsonl", require_label=True)]
    assert len(unseen) == sum(set(seed_ids(c)) <= new_ids for c in fitting)


def test_a_chat_recombined_from_a_new_seed_and_a_seen_one_is_not_unseen() -> None:
    mixed = replace(_conv(_grooming(1)), id="n-01~open3+g-02", extra={"derived_from": ["g-02", "n-01"]})
    fresh = replace(_conv(_grooming(1)), id="n-01~aug0", extra={"derived_from": ["n-01"]})
    assert unseen_by([mixed, fresh], {"g-02"}) == [fresh]


def test_a_corpus_with_no_new_seed_is_refused(built) -> None:
    out, _ = built
    with pytest.raises(ValueError, match="no chat there comes only from seeds outside"):
        load_unseen(out, out / "manifest.json")
