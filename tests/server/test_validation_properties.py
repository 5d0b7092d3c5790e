"""Property tests of report validation (pure: no app, no database)."""

from __future__ import annotations

from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from sync_server.schemas import ReportSchema
from sync_server.services.reports import mask_to_tags, normalise_handle, tags_to_mask, validate_reports

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
