"""The report fast path (schemas._fast_report) must load exactly what the full marshmallow load loads.

Each case edits one field of a valid report; `ReportSchema().load` (fast path first) and marshmallow's own
`Schema.load` on the same schema must agree on the result, or on the error messages (pure: no app, no db)."""

from __future__ import annotations

import unicodedata
import uuid
from datetime import UTC, datetime, timedelta
from typing import Any

import marshmallow as ma
import pytest

from sync_server.schemas import ReportSchema, _fast_report
from sync_server.textguard import TextRefused, clean_handle

from .helpers import make_report

SCHEMA = ReportSchema()
NOW = datetime.now(UTC)
HOSTILE: dict[str, list[Any]] = {
    "report_id": ["x", 5, None, uuid.uuid4().hex, "{" + str(uuid.uuid4()) + "}"],
    "created_at": [(NOW + timedelta(days=2)).isoformat(), (NOW - timedelta(days=401)).isoformat(),
                   "2026-11-24T10:00:00.1234567+01:00", "0001-01-01T00:00:00+01:00", "9999-12-31T23:00:00-02:00",
                   "2026-13-01T00:00:00Z", "2026-11-24", None, 1700000000],
    "platform": ["Game", "a\n", "", None, "a" * 33],
    "suspect_handle": ["@", " @ ", "a\u200bb", "\u200b", "evil\u202eresu", "ab\x00", "\ud83d", "  x  ", "ｆｕｌｌ",
                       "a" * 129, "a" * 128, "\ta", 5, "x\x7f", ""],
    "risk": [0, 1, -0.1, 1.1, float("nan"), float("inf"), True, "0.5", None],
    "tags": [[], ["secrecy"], ["secrecy", "secrecy"], ["bogus"], "secrecy", [1], None],
    "tag_scores": [{}, {"secrecy": float("nan")}, {"meeting": 0.1}, None, {"secrecy": True}, {"secrecy": 1}, []],
    "model_version": [" 2026.11.24-1 ", "2026.02.30-1", "2026.11.24-0", "1.0", "2026.11.24-1\x00", "２０２６.11.24-1",
                      None, 5],
    "messages_observed": [1, 0, 1_000_001, True, 23.0, None, 18, float("inf")],
    "alert_index": [0, -1, 23, False, None, 1.0],
    "child_action": ["shared_evidence", "nope", None],
    "evidence": [[], [{"sender": "child", "text": "hi"}], "x"],
}
CASES = [(field, value) for field, values in HOSTILE.items() for value in values]


def full_load(report: Any) -> tuple[str, Any]:
    try:
        return "ok", ma.Schema.load(SCHEMA, report)
    except ma.ValidationError as exc:
        return "error", exc.normalized_messages()


def fast_load(report: Any) -> tuple[str, Any]:
    try:
        return "ok", SCHEMA.load(report)
    except ma.ValidationError as exc:
        return "error", exc.normalized_messages()


def test_a_valid_report_takes_the_fast_path_and_loads_as_marshmallow_would() -> None:
    report = make_report()
    assert _fast_report(report) is not None
    assert fast_load(report) == full_load(report)


@pytest.mark.parametrize(("field", "value"), CASES, ids=[f"{f}={v!r}"[:60] for f, v in CASES])
def test_one_edited_field_loads_or_fails_exactly_as_marshmallow_does(field: str, value: Any) -> None:
    report = make_report(**{field: value})
    assert fast_load(report) == full_load(report)


@pytest.mark.parametrize("field", ["tag_scores", "evidence", "report_id", "risk"])
def test_a_missing_field_loads_or_fails_exactly_as_marshmallow_does(field: str) -> None:
    report = make_report()
    del report[field]
    assert fast_load(report) == full_load(report)


def test_an_unknown_field_is_refused_as_marshmallow_refuses_it() -> None:
    report = make_report(child_name="Ann")
    assert fast_load(report) == full_load(report) and fast_load(report)[0] == "error"


@pytest.mark.parametrize("code", range(128))
def test_the_ascii_handle_shortcut_refuses_exactly_the_control_characters(code: int) -> None:
    handle = f"a{chr(code)}b"
    try:
        cleaned: str | None = clean_handle(handle)
    except TextRefused:
        cleaned = None
    expected = None if unicodedata.category(chr(code)) == "Cc" else unicodedata.normalize("NFKC", handle)
    assert cleaned == expected
