"""Reports carry the suspect's account and never the child, and text only with consent (SPEC §3, §4)."""

from __future__ import annotations

import json

import pytest

from device_app.core.conversations import Message
from device_app.core.pipeline import Alert
from device_app.core.reports import (
    MAX_EVIDENCE,
    REPORT_FIELDS,
    ConsentError,
    ReportError,
    attach_evidence,
    build_report,
    check_report,
    preview_evidence,
    with_child_action,
)

ALERT = Alert(
    conversation_id="local-chat-key",
    message_index=6,
    risk=0.912345,
    tags=("secrecy", "personal_info"),
    tag_scores={"secrecy": 0.88, "personal_info": 0.74},
    escalation=False,
    explanations=("x", "y"),
    model_version="2026.11.24-1",
)
CHAT = [Message("contact" if i % 2 == 0 else "child", f"message number {i}") for i in range(30)]


def report(**kw):
    return build_report(
        ALERT, platform="game_chat", suspect_handle="xX_coolcoach_Xx", messages_observed=9, **kw
    )


def test_a_new_report_has_exactly_the_spec_fields():
    assert set(report()) == REPORT_FIELDS


def test_a_new_report_has_no_evidence_and_no_child_action():
    r = report()
    assert r["evidence"] is None and r["child_action"] == "none"


def test_a_report_never_carries_the_local_conversation_key():
    assert "local-chat-key" not in json.dumps(report())


def test_created_at_is_rfc3339_utc():
    assert report()["created_at"].endswith("Z") and "T" in report()["created_at"]


def test_each_report_gets_its_own_uuid():
    assert report()["report_id"] != report()["report_id"]


def test_a_child_action_is_recorded_on_the_report():
    assert with_child_action(report(), "blocked")["child_action"] == "blocked"


def test_an_unknown_child_action_is_refused():
    with pytest.raises(ReportError):
        with_child_action(report(), "ran_away")


def test_sharing_cannot_be_recorded_without_the_consent_path():
    with pytest.raises(ConsentError):
        with_child_action(report(), "shared_evidence")


def test_evidence_without_consent_is_refused():
    r = report()
    with pytest.raises(ConsentError):
        attach_evidence(r, preview_evidence(r, CHAT), child_consented=False)


def test_consent_given_for_another_report_is_refused():
    r, other = report(), report()
    with pytest.raises(ConsentError, match="different report"):
        attach_evidence(r, preview_evidence(other, CHAT), child_consented=True)


def test_consented_evidence_is_exactly_the_preview():
    r = report()
    preview = preview_evidence(r, CHAT)
    shared = attach_evidence(r, preview, child_consented=True)
    assert shared["evidence"] == preview.as_evidence() and shared["child_action"] == "shared_evidence"


def test_the_preview_ends_at_the_alert_message():
    preview = preview_evidence(report(), CHAT)
    assert preview.items[-1][1] == f"message number {ALERT.message_index}"


def test_the_preview_holds_at_most_twenty_messages():
    r = dict(report(), alert_index=29)
    assert len(preview_evidence(r, CHAT).items) == MAX_EVIDENCE


def test_evidence_items_carry_only_sender_and_text():
    r = report()
    shared = attach_evidence(r, preview_evidence(r, CHAT), child_consented=True)
    assert all(set(item) == {"sender", "text"} for item in shared["evidence"])


def test_changing_ones_mind_after_sharing_removes_the_text():
    r = report()
    shared = attach_evidence(r, preview_evidence(r, CHAT), child_consented=True)
    assert with_child_action(shared, "dismissed")["evidence"] is None


def test_check_refuses_text_smuggled_in_without_a_share():
    with pytest.raises(ConsentError):
        check_report(dict(report(), evidence=[{"sender": "contact", "text": "hi"}]))


def test_check_refuses_extra_fields():
    with pytest.raises(ReportError, match="outside"):
        check_report(dict(report(), child_name="Amy"))
