"""Property tests of report validation (pure: no app, no database)."""

from __future__ import annotations

import unicodedata
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sync_server.schemas import ReportSchema
from sync_server.services.reports import mask_to_tags, normalise_handle, tags_to_mask, validate_reports
from sync_server.textguard import BIDI_CONTROLS, ZERO_WIDTH

from .helpers import make_report

ALLOWED = set(ReportSchema().fields)
TACTIC = st.sampled_from(["trust_building", "personal_info", "secrecy", "isolation", "platform_move", "gifts",
                          "sexual", "meeting"])


@settings(max_examples=150, deadline=None)
@given(key=st.text(min_size=1, max_size=20).filter(lambda k: k not in ALLOWED), value=st.none() | st.text() | st.integers())
def test_any_unknown_field_rejects_the_report(key: str, value: Any) -> None:
    valid, rejected = validate_reports([make_report(**{key: value})])
    assert valid == [] and key in rejected[0]["errors"]


@settings(max_examples=150, deadline=None)
@given(risk=st.floats(allow_nan=True, allow_infinity=True))
def test_risk_accepted_exactly_in_unit_interval(risk: float) -> None:
    valid, _ = validate_reports([make_report(risk=risk)])
    assert bool(valid) == (0.0 <= risk <= 1.0)


@settings(max_examples=100, deadline=None)
@given(tags=st.lists(TACTIC, unique=True))
def test_tag_mask_round_trips(tags: list[str]) -> None:
    assert sorted(mask_to_tags(tags_to_mask(tags))) == sorted(tags)


@settings(max_examples=300, deadline=None)
@given(handle=st.text(min_size=1, max_size=40))
def test_handle_normalisation_is_idempotent_and_case_blind(handle: str) -> None:
    once = normalise_handle(handle)
    assert normalise_handle(once) == once
    assert normalise_handle("@" + handle) == once
    assert normalise_handle(handle.upper()) == normalise_handle(handle.lower()) or not handle.isascii()


# ---------------------------------------------------------------- hostile values (issue 9)

NOW = datetime.now(UTC)
OFFSET = st.integers(-23 * 60 - 59, 23 * 60 + 59).map(lambda m: f"{'+' if m >= 0 else '-'}{abs(m) // 60:02d}:{abs(m) % 60:02d}")


@settings(max_examples=400, deadline=None)
@given(year=st.sampled_from([1, 2, 1969, 1970, 9998, 9999]) | st.integers(1, 9999), month=st.integers(1, 12),
       day=st.integers(1, 28), hour=st.integers(0, 23), offset=OFFSET)
def test_any_calendar_date_with_any_offset_is_a_per_report_answer(
    year: int, month: int, day: int, hour: int, offset: str
) -> None:
    stamp = f"{year:04d}-{month:02d}-{day:02d}T{hour:02d}:00:00{offset}"
    valid, rejected = validate_reports([make_report(created_at=stamp)])
    assert len(valid) + len(rejected) == 1  # never an exception (year 1 at +01:00 raised OverflowError)
    if valid:
        created = valid[0]["created_at"]
        assert NOW - timedelta(days=401) < created < NOW + timedelta(days=1, minutes=1)
    else:
        assert "created_at" in rejected[0]["errors"]


@pytest.mark.parametrize(("delta", "accepted"), [
    (timedelta(hours=23), True), (timedelta(days=1, minutes=5), False),
    (-timedelta(days=399), True), (-timedelta(days=401), False),
])
def test_created_at_window_is_one_day_ahead_and_400_days_back(delta: timedelta, accepted: bool) -> None:
    stamp = (datetime.now(UTC) + delta).isoformat().replace("+00:00", "Z")
    valid, _ = validate_reports([make_report(created_at=stamp)])
    assert bool(valid) == accepted


@settings(max_examples=500, deadline=None)
@given(handle=st.text(st.characters(codec=None, exclude_categories=()), min_size=1, max_size=40))
def test_a_stored_handle_is_visible_encodable_and_free_of_control_characters(handle: str) -> None:
    valid, rejected = validate_reports([make_report(suspect_handle=handle)])
    if not valid:
        assert "suspect_handle" in rejected[0]["errors"]
        return
    stored = valid[0]["suspect_handle"]
    stored.encode("utf-8")
    assert stored and stored == stored.strip()
    assert not any(unicodedata.category(ch) in ("Cc", "Cf", "Cs") for ch in stored)
    assert not ZERO_WIDTH & set(stored) and not BIDI_CONTROLS & set(stored)


@pytest.mark.parametrize("handle", ["\u200b", "\u200b\u200d\ufeff", "@\u200b", "ab\u202ecd", "ab\u2066cd",
                                    "a\u0007b", "\ud83d", "x\ud800y", "a\u2028b"])
def test_invisible_or_direction_changing_handles_are_refused(handle: str) -> None:
    valid, rejected = validate_reports([make_report(suspect_handle=handle)])
    assert valid == [] and "suspect_handle" in rejected[0]["errors"]


def test_handles_are_nfkc_and_lose_zero_width_characters() -> None:
    [report], _ = validate_reports([make_report(suspect_handle="ｃｏｏｌ\u200bcoach")])
    assert report["suspect_handle"] == "coolcoach"


@settings(max_examples=300, deadline=None)
@given(text=st.text(st.characters(codec=None, exclude_categories=()), min_size=1, max_size=60))
def test_evidence_keeps_text_but_never_nul_controls_or_overrides(text: str) -> None:
    item = {"sender": "contact", "text": text}
    valid, rejected = validate_reports([make_report(child_action="shared_evidence", evidence=[item])])
    if not valid:
        assert "evidence" in rejected[0]["errors"]
        return
    kept = valid[0]["evidence"][0]["text"]
    kept.encode("utf-8")
    assert not any(unicodedata.category(ch) == "Cc" and ch not in "\t\n\r" for ch in kept)
    assert not BIDI_CONTROLS & set(kept)


@pytest.mark.parametrize("version", ["../../evil", "1.0", "2026.13.01-1", "2026.11.24-0", "2026.11.24-1\u0000",
                                     "2026.11.24-1/x", "m1", ""])
def test_report_model_versions_follow_spec_5(version: str) -> None:
    valid, rejected = validate_reports([make_report(model_version=version)])
    assert valid == [] and "model_version" in rejected[0]["errors"]


@pytest.mark.parametrize(("field", "value"), [
    ("risk", float("nan")), ("risk", float("inf")), ("risk", -float("inf")), ("risk", 10**400),
    ("messages_observed", float("inf")), ("messages_observed", 2**63), ("alert_index", 10**40),
    ("tag_scores", {"secrecy": float("nan"), "personal_info": 0.5}),
])
def test_non_finite_and_huge_numbers_are_refused_per_report(field: str, value: Any) -> None:
    valid, rejected = validate_reports([make_report(**{field: value})])
    assert valid == [] and field in rejected[0]["errors"]


@pytest.mark.parametrize("platform", ["game_chat\n", "game_chat\r\n", "\ngame_chat", "game chat"])
def test_a_platform_with_a_newline_or_space_rejects_the_report(platform: str) -> None:
    errors = validate_reports([make_report(platform=platform)])[1]
    assert errors and "platform" in errors[0]["errors"]
