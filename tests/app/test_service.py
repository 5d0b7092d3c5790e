"""The headless device: an alert becomes a private notice and a pending report; the child's choice
goes up with it; nothing the child wrote leaves the device without their yes."""

from __future__ import annotations

import json

import pytest

from device_app.core.conversations import Message
from device_app.core.outbox import OutboxFullError
from device_app.core.reports import ConsentError
from device_app.core.sync_client import RecordingTransport, SyncClient

from .conftest import replay
from .fake_server import dead_url


def all_text(conversation) -> list[str]:
    """Every message long enough that finding it somewhere cannot be a coincidence ("ok" can be)."""
    return [m.text for m in conversation.messages if len(m.text) >= 10]


def test_a_grooming_conversation_raises_an_alert(service, grooming):
    view = replay(service, grooming)
    assert view is not None and view.tags and view.explanations


def test_benign_conversations_raise_no_alert(service, demo_conversations):
    for i, conversation in enumerate(c for c in demo_conversations if not c.is_grooming):
        assert replay(service, conversation, key=f"chat-{i}") is None


def test_an_alert_saves_a_pending_report_with_no_child_action(service, grooming):
    view = replay(service, grooming)
    entry = service.outbox.get(view.report_id)
    assert entry.state == "pending" and entry.report["child_action"] == "none"


def test_the_report_names_the_suspect_and_the_platform(service, grooming):
    view = replay(service, grooming)
    report = service.outbox.get(view.report_id).report
    assert (report["suspect_handle"], report["platform"]) == (grooming.extra["contact"], grooming.platform)


def test_the_alert_notification_shows_no_message_text_and_no_contact(service, grooming, notifier):
    replay(service, grooming)
    shown = " ".join(t + " " + m for t, m in notifier.calls)
    assert notifier.calls and grooming.extra["contact"] not in shown
    assert not any(text in shown for text in all_text(grooming))


@pytest.mark.parametrize(
    ("action", "recorded"),
    [
        ("ok", "dismissed"),
        ("blocked", "blocked"),
        ("told_adult", "told_adult"),
        ("false_alarm", "false_alarm"),
    ],
)
def test_each_child_action_is_recorded_on_the_report(service, grooming, action, recorded):
    view = replay(service, grooming)
    service.act(view.report_id, action)
    assert service.outbox.get(view.report_id).report["child_action"] == recorded


def test_no_report_holds_message_text_without_consent(service, grooming):
    view = replay(service, grooming)
    for action in ("ok", "blocked", "told_adult", "false_alarm"):
        service.act(view.report_id, action)
        serialized = json.dumps(service.outbox.get(view.report_id).report)
        assert not any(text in serialized for text in all_text(grooming))


def test_sharing_needs_the_childs_yes(service, grooming):
    view = replay(service, grooming)
    preview = service.evidence_preview(view.report_id)
    with pytest.raises(ConsentError):
        service.share_evidence(view.report_id, preview, child_consented=False)
    assert service.outbox.get(view.report_id).report["evidence"] is None


def test_shared_evidence_is_exactly_what_the_preview_showed(service, grooming):
    view = replay(service, grooming)
    preview = service.evidence_preview(view.report_id)
    service.share_evidence(view.report_id, preview, child_consented=True)
    report = service.outbox.get(view.report_id).report
    assert report["evidence"] == preview.as_evidence() and report["child_action"] == "shared_evidence"


def test_the_preview_stops_at_the_message_that_raised_the_alert(service, grooming):
    view = replay(service, grooming)
    alert_index = service.outbox.get(view.report_id).report["alert_index"]
    preview = service.evidence_preview(view.report_id)
    assert preview.items[-1][1] == grooming.messages[alert_index].text


def test_sync_uploads_the_report_with_the_childs_choice(make_service, server, grooming):
    device = make_service(server_url=server.url)
    view = replay(device, grooming)
    device.act(view.report_id, "told_adult")
    outcome = device.sync()
    assert outcome.ok and server.state.reports[view.report_id]["child_action"] == "told_adult"


def test_a_report_waits_for_the_child_before_it_is_uploaded(make_service, server, grooming):
    device = make_service(server_url=server.url, hold_unacted_s=3600)
    view = replay(device, grooming)
    device.sync()
    assert server.state.reports == {}
    device.act(view.report_id, "blocked")
    device.sync()
    assert server.state.reports[view.report_id]["child_action"] == "blocked"


def test_a_dead_server_gives_an_error_outcome_and_keeps_the_report(make_service, grooming):
    device = make_service(server_url=dead_url())
    replay(device, grooming)
    alerts = len(device.alerts())
    outcome = device.sync()
    assert not outcome.ok and "cannot reach" in outcome.error and device.outbox.pending_count() == alerts


def test_reports_survive_a_restart_and_upload_later(make_service, server, grooming, tmp_path):
    first = make_service(data_dir=tmp_path / "phone", server_url=dead_url())
    view = replay(first, grooming)
    first.sync()
    first.close()
    second = make_service(data_dir=tmp_path / "phone", server_url=server.url)
    assert second.sync(force=True).ok and view.report_id in server.state.reports


def test_uploading_twice_is_harmless(make_service, server, grooming):
    device = make_service(server_url=server.url)
    view = replay(device, grooming)
    device.sync()
    stored = len(server.state.reports)
    report = server.state.reports[view.report_id]
    again = SyncClient(server.url, token=device.state.settings.device_token).upload_reports([report])
    assert again.duplicates == 1 and len(server.state.reports) == stored


def test_nothing_the_child_wrote_goes_on_the_wire_without_consent(make_service, server, grooming):
    wire = RecordingTransport()
    device = make_service(server_url=server.url, transport=wire, age_band="under-13")
    view = replay(device, grooming, key="local-secret-chat-key")
    device.act(view.report_id, "blocked")
    device.sync()
    sent = wire.sent_bytes().decode("utf-8")
    leaked = [t for t in all_text(grooming) if json.dumps(t)[1:-1] in sent]
    assert leaked == [] and "local-secret-chat-key" not in sent


def test_consented_evidence_is_the_only_text_on_the_wire(make_service, server, grooming):
    wire = RecordingTransport()
    device = make_service(server_url=server.url, transport=wire)
    view = replay(device, grooming)
    preview = device.evidence_preview(view.report_id)
    device.share_evidence(view.report_id, preview, child_consented=True)
    device.sync()
    sent = wire.sent_bytes().decode("utf-8")
    on_wire = {t for t in all_text(grooming) if json.dumps(t)[1:-1] in sent}
    assert on_wire == {text for _, text in preview.items if len(text) >= 10}


def fill_up(outbox) -> None:
    """Fill the capped database with reports until even a small one no longer fits."""
    from device_app.core.pipeline import Alert
    from device_app.core.reports import build_report

    alert = Alert("c", 1, 0.9, ("secrecy",), {"secrecy": 0.9}, False, ("x",), "v")
    for size in (4000, 1000, 250, 20):
        with pytest.raises(OutboxFullError):
            for _ in range(10_000):
                outbox.add(build_report(alert, platform="p", suspect_handle="x" * size, messages_observed=2))


def test_an_alert_reaches_the_child_even_when_the_disk_is_full(
    make_service, grooming, tmp_path, detector, notifier
):
    from device_app.service import DeviceService, ServiceConfig

    device = DeviceService(
        ServiceConfig(data_dir=tmp_path / "full", hold_unacted_s=0), detector=detector,
        notifier=notifier.notify, outbox_max_bytes=32 * 1024,
    )  # fmt: skip
    fill_up(device.outbox)
    view = replay(device, grooming)
    assert view is not None and view.state == "unsaved" and "storage" in device.status().last_error
    device.close()


def test_conversations_are_listed_riskiest_first(service, demo_conversations):
    for i, conversation in enumerate(demo_conversations):
        replay(service, conversation, key=f"chat-{i}")
    assert service.conversations()[0].alerted


def test_message_history_is_kept_only_up_to_its_limit(make_service):
    device = make_service(history_limit=5)
    for i in range(12):
        device.handle_incoming("c", Message("contact", f"hello {i}"), "game_chat", "x")
    assert [m.text for m in device.history("c")] == [f"hello {i}" for i in range(7, 12)]


def test_after_a_restart_an_old_alert_previews_nothing_rather_than_other_messages(
    make_service, grooming, tmp_path
):
    first = make_service(data_dir=tmp_path / "phone")
    view = replay(first, grooming)
    first.close()
    second = make_service(data_dir=tmp_path / "phone")
    replay(second, grooming)  # the same chat goes on after the restart
    assert second.evidence_preview(view.report_id).items == ()


def test_pointing_the_device_at_another_server_enrolls_it_again(make_service, server, tmp_path):
    first = make_service(data_dir=tmp_path / "phone", server_url=server.url)
    first.enroll()
    first.close()
    second = make_service(data_dir=tmp_path / "phone", server_url=dead_url())
    assert second.status().enrolled is False
