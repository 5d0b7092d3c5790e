"""Screen logic without a window: the alert's buttons, the parent PIN, onboarding, lists and status."""

from __future__ import annotations

import json

import pytest

from device_app.app.app_controller import AppController
from device_app.app.controllers import (
    AlertController,
    ConversationsController,
    OnboardingController,
    OnboardingForm,
    ParentController,
    ParentGate,
    StatusController,
    check_pin,
    form_problems,
    hash_pin,
)
from device_app.app.controllers.pin import MAX_TRIES
from device_app.app.controllers.texts import tactic_title
from device_app.core.explain import TACTIC_EXPLANATIONS
from device_app.service import ServiceConfig
from device_app.sources.demo_feed import DemoFeed

from .conftest import replay


@pytest.fixture
def alert(service, grooming):
    controller = AlertController(service, country=lambda: "GB")
    controller.open(replay(service, grooming))
    return controller


def test_the_alert_explains_each_tactic_with_the_explain_texts(alert):
    view = alert.view
    assert alert.model.tactics == [
        {"title": tactic_title(t), "text": TACTIC_EXPLANATIONS[t]} for t in view.tags[:3]
    ]


def test_the_alert_says_where_it_happened(alert, grooming):
    assert grooming.extra["contact"] in alert.model.where


@pytest.mark.parametrize(
    ("button", "recorded"), [("im_ok", "dismissed"), ("block", "blocked"), ("false_alarm", "false_alarm")]
)
def test_each_button_records_its_action_and_finishes(alert, service, button, recorded):
    model = getattr(alert, button)()
    assert (
        model.mode == "done" and service.outbox.get(alert.view.report_id).report["child_action"] == recorded
    )


def test_talking_to_someone_in_the_uk_shows_childline_and_ceop(alert, service):
    model = alert.talk_to_someone()
    text = " ".join(line["text"] for line in model.help_lines)
    assert model.mode == "help" and "0800 1111" in text and "ceop.police.uk" in text.lower()
    assert service.outbox.get(alert.view.report_id).report["child_action"] == "told_adult"


def test_block_tells_the_child_how_to_block_in_their_app(alert, grooming):
    assert grooming.extra["contact"] in alert.block().done_text


def test_starting_to_share_only_previews(alert, service):
    model = alert.start_share()
    assert model.mode == "share" and model.preview
    assert service.outbox.get(alert.view.report_id).report["evidence"] is None


def test_the_preview_lists_exactly_what_will_be_sent(alert, service):
    shown = [row["text"] for row in alert.start_share().preview]
    alert.confirm_share()
    sent = [item["text"] for item in service.outbox.get(alert.view.report_id).report["evidence"]]
    assert shown == sent


def test_saying_no_to_sharing_sends_no_text(alert, service):
    alert.start_share()
    model = alert.cancel_share()
    assert model.mode == "alert" and service.outbox.get(alert.view.report_id).report["evidence"] is None


def test_confirming_without_a_preview_is_impossible(alert):
    with pytest.raises(RuntimeError):
        alert.confirm_share()


def test_a_pin_is_stored_only_as_a_salted_hash(service):
    ParentGate(service.state).set_pin("4321")
    stored = service.state.settings.parent_pin
    assert "4321" not in stored and check_pin("4321", stored) and not check_pin("1234", stored)


def test_two_hashes_of_one_pin_differ():
    assert hash_pin("4321") != hash_pin("4321")


def test_without_a_pin_the_parent_view_stays_shut(service):
    assert not ParentGate(service.state).try_pin("").open


def test_the_right_pin_opens_the_parent_view(service):
    gate = ParentGate(service.state)
    gate.set_pin("4321")
    assert gate.try_pin("4321").open


def test_a_wrong_pin_says_how_many_tries_are_left(service):
    gate = ParentGate(service.state)
    gate.set_pin("4321")
    answer = gate.try_pin("0000")
    assert not answer.open and f"{MAX_TRIES - 1} tries left" in answer.message


def test_too_many_wrong_pins_lock_the_gate_even_for_the_right_pin(service):
    gate = ParentGate(service.state)
    gate.set_pin("4321")
    for _ in range(MAX_TRIES):
        gate.try_pin("0000")
    assert not gate.try_pin("4321").open


def test_the_lock_survives_a_restart(service):
    ParentGate(service.state).set_pin("4321")
    for _ in range(MAX_TRIES):
        ParentGate(service.state).try_pin("0000")
    assert "Too many" in ParentGate(service.state).try_pin("4321").message


def test_the_lock_opens_again_after_its_time(service):
    now = [1000.0]
    gate = ParentGate(service.state, clock=lambda: now[0])
    gate.set_pin("4321")
    for _ in range(MAX_TRIES):
        gate.try_pin("0000")
    now[0] += 301
    assert gate.try_pin("4321").open


def test_the_parent_view_shows_date_platform_contact_and_tactics_but_no_text(service, grooming):
    replay(service, grooming)
    rows = ParentController(service).rows()
    assert rows and set(rows[0]) == {"date", "platform", "contact", "tactics", "action"}
    dump = json.dumps(rows)
    assert not any(m.text in dump for m in grooming.messages if len(m.text) >= 10)


def test_onboarding_needs_an_age_band_and_consent():
    assert len(form_problems(OnboardingForm())) == 2


def test_onboarding_checks_the_two_pins_match():
    form = OnboardingForm(age_band="under-13", pin="1234", pin_again="1235", consent=True)
    assert form_problems(form) == ["The two PINs are different."]


def test_finishing_onboarding_saves_the_answers(service):
    controller = OnboardingController(service)
    problems = controller.finish(OnboardingForm("13-15", "2468", "2468", True))
    assert problems == [] and controller.done and service.state.settings.age_band == "13-15"
    assert ParentGate(service.state).try_pin("2468").open


def test_a_chat_that_raised_an_alert_is_marked_warned(service, grooming):
    replay(service, grooming)
    assert ConversationsController(service).rows()[0]["level"] == "warned"


def test_an_ordinary_chat_looks_ok(service, demo_conversations):
    replay(service, next(c for c in demo_conversations if not c.is_grooming))
    assert ConversationsController(service).rows()[0]["state"] == "Looks OK"


def test_status_shows_model_version_last_sync_and_outbox_size(service, grooming):
    replay(service, grooming)
    rows = {r["label"]: r["value"] for r in StatusController(service).rows()}
    assert rows["Checker version"].startswith(service.model_version) and rows["Last sent"] == "never"
    assert int(rows["Warnings waiting to send"]) == len(service.alerts())


def test_the_privacy_explainer_says_messages_stay_on_the_phone(service):
    text = " ".join(r["text"] for r in StatusController(service).privacy())
    assert "never leave" in text


def test_the_app_scores_messages_on_its_worker_thread(tmp_path, detector, bundle_path, demo_conversations):
    import threading

    from device_app.service import DeviceService

    threads: set[str] = set()

    def factory(config):
        return DeviceService(config, detector=detector, notifier=lambda t, m: None)

    app = AppController(ServiceConfig(data_dir=tmp_path, shipped_bundle=bundle_path), service_factory=factory)
    app.start_sync()
    app.on_step = lambda item, step: threads.add(threading.current_thread().name)
    alerts = []
    app.on_alert = alerts.append
    for item in DemoFeed(demo_conversations, interval_s=0).messages():
        app.feed(item)
    app.scan_worker.join()
    app.stop()
    assert threads == {"guardline-scan"} and alerts
