"""`python -m device_app scan` as a user runs it: real process, real shipped bundle, real interpreter."""

import json
import subprocess
import sys

import pytest

from tests.conftest import REPO_ROOT

FIXTURE = REPO_ROOT / "tests" / "fixtures" / "tiny_conversations.jsonl"


def run_scan(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "device_app", "scan", *args],
        cwd=REPO_ROOT, capture_output=True, text=True, input=stdin, timeout=120,
    )  # fmt: skip


@pytest.fixture(scope="module")
def scanned():
    result = run_scan(str(FIXTURE))
    assert result.returncode == 0, result.stderr
    return [json.loads(line) for line in result.stdout.splitlines()]


def test_scan_writes_one_line_per_conversation_in_input_order(scanned):
    ids = [json.loads(line)["id"] for line in FIXTURE.read_text().splitlines()]
    assert [row["id"] for row in scanned] == ids


def test_each_line_has_the_spec_fields(scanned):
    for row in scanned:
        assert set(row) == {"id", "alert_index", "max_risk", "tags", "risk", "speaker"}


def test_risk_has_one_value_per_message(scanned):
    lengths = [len(json.loads(line)["messages"]) for line in FIXTURE.read_text().splitlines()]
    assert [len(row["risk"]) for row in scanned] == lengths


def test_max_risk_is_the_maximum_of_the_risk_curve(scanned):
    for row in scanned:
        assert row["max_risk"] == pytest.approx(max(row["risk"]), abs=1e-4)


def test_tags_are_empty_when_no_alert_fired(scanned):
    for row in scanned:
        if row["alert_index"] is None:
            assert row["tags"] == []


def test_contact_only_indexes_refer_to_the_original_messages(tmp_path):
    conv = {"id": "c1", "messages": [
        {"sender": "child", "text": "hi"},
        {"sender": "contact", "text": "how old r u, are ur parents home? dont tell them about me"},
        {"sender": "child", "text": "12"},
        {"sender": "contact", "text": "send me a pic of u in ur pjs, its our secret. add me on snap"},
        {"sender": "contact", "text": "i can pick u up after school, delete this chat"},
    ]}  # fmt: skip
    path = tmp_path / "c.jsonl"
    path.write_text(json.dumps(conv) + "\n")
    row = json.loads(run_scan(str(path), "--contact-only").stdout)
    assert len(row["risk"]) == 5
    assert row["risk"][0] == 0.0  # the child's message was dropped: nothing seen yet
    assert row["alert_index"] is None or conv["messages"][row["alert_index"]]["sender"] == "contact"


def test_malformed_lines_are_reported_with_line_numbers_and_good_lines_kept(tmp_path):
    good = FIXTURE.read_text().splitlines()[:2]
    path = tmp_path / "mixed.jsonl"
    path.write_text("\n".join([good[0], "{not json", '{"id": "x", "messages": "nope"}', good[1]]) + "\n")
    result = run_scan(str(path))
    assert result.returncode != 0
    assert "line 2" in result.stderr and "malformed JSON" in result.stderr
    assert "line 3" in result.stderr and "messages" in result.stderr
    assert [json.loads(x)["id"] for x in result.stdout.splitlines()] == ["t-g1", "t-g2"]


def test_unknown_tag_is_a_clear_error(tmp_path):
    path = tmp_path / "bad.jsonl"
    path.write_text(json.dumps({"id": "b", "messages": [{"sender": "contact", "text": "x", "tags": ["nope"]}]}) + "\n")
    result = run_scan(str(path))
    assert result.returncode != 0 and "unknown tag" in result.stderr


def test_a_corrupt_model_bundle_is_refused_with_a_clear_message(tmp_path):
    bad = tmp_path / "bad.zip"
    bad.write_bytes(b"PK\x03\x04 definitely not a bundle")
    result = run_scan(str(FIXTURE), "--model", str(bad))
    assert result.returncode == 2 and "cannot load model bundle" in result.stderr
    assert result.stdout == ""


def test_a_missing_input_file_is_a_clear_error(tmp_path):
    result = run_scan(str(tmp_path / "nope.jsonl"))
    assert result.returncode == 2 and "cannot read" in result.stderr


def test_an_empty_input_file_is_a_clear_error_not_an_empty_success(tmp_path):
    path = tmp_path / "empty.jsonl"
    path.write_text("\n\n")
    result = run_scan(str(path))
    assert result.returncode == 2 and "holds no conversations" in result.stderr


def test_a_truncated_line_says_where_it_ends(tmp_path):
    line = FIXTURE.read_text().splitlines()[0][:80]
    path = tmp_path / "cut.jsonl"
    path.write_text(line + "\n")
    result = run_scan(str(path))
    assert result.returncode == 1 and f"line ends at column {len(line)}" in result.stderr


def test_a_group_chat_alert_names_the_speaker_who_made_the_moves(tmp_path):
    chat = {"id": "grp", "platform": "game_chat", "messages": [
        {"sender": "contact", "from": "lena_07", "text": "who is on for the raid tonight"},
        {"sender": "contact", "from": "toby.k", "text": "me!! after dinner"},
        {"sender": "child", "text": "same lol"},
        {"sender": "contact", "from": "xX_mentor_Xx", "text": "ur the best player here honestly, so mature for ur age. how old r u?"},
        {"sender": "contact", "from": "lena_07", "text": "lol ok see u all at 7"},
        {"sender": "contact", "from": "xX_mentor_Xx", "text": "add me on snap, dont tell ur parents. send me a pic of u in ur pjs"},
        {"sender": "contact", "from": "xX_mentor_Xx", "text": "send more pics or i'll post the first one to everyone, you have 10 minutes"},
    ]}  # fmt: skip
    path = tmp_path / "group.jsonl"
    path.write_text(json.dumps(chat) + "\n")
    row = json.loads(run_scan(str(path)).stdout)
    assert row["alert_index"] is not None and row["speaker"] == "xX_mentor_Xx"
    assert chat["messages"][row["alert_index"]]["from"] == "xX_mentor_Xx"
