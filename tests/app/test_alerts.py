"""The alert a child reads: order, length, sextortion, the trusted-adult summary, help by country;
and the alert book's observers and lock."""

from __future__ import annotations

import threading

import pytest

from device_app.app.controllers import AlertController, ParentController
from device_app.app.controllers.parent import friendly_date
from device_app.app.controllers.texts import tactic_title
from device_app.core.vocabulary import TACTICS, by_severity
from device_app.resources import help_for

from .conftest import raise_alert, replay

SEVEN = ("trust_building", "personal_info", "secrecy", "gifts", "platform_move", "isolation", "meeting")
SEXTORTION = ("sexual", "secrecy", "coercion")


def opened(service, tags, country="GB"):
    controller = AlertController(service, country=lambda: country)
    controller.open(raise_alert(service, tags))
    return controller


def titles(model):
    return [row["title"] for row in model.tactics]


def test_the_most_severe_tactic_comes_first_even_when_its_evidence_was_weakest(service):
    assert titles(opened(service, SEVEN).model)[0] == tactic_title("meeting")


def test_an_alert_shows_three_tactic_cards_and_says_how_many_more(service):
    model = opened(service, SEVEN).model
    assert len(model.tactics) == 3 and "4 more" in model.more_text


def test_show_more_lists_every_tactic_in_severity_order(service):
    controller = opened(service, SEVEN)
    model = controller.show_more()
    assert titles(model) == [tactic_title(t) for t in by_severity(list(SEVEN))]


def test_an_alert_with_three_tactics_offers_no_more(service):
    assert opened(service, ("secrecy", "gifts", "meeting")).model.more_text == ""


def test_a_sextortion_alert_leads_with_not_in_trouble_and_dont_pay(service):
    model = opened(service, SEXTORTION).model
    assert (
        model.headline.lower().startswith("you are not in trouble") and "don't pay" in model.headline.lower()
    )
    assert titles(model)[0] == tactic_title("coercion")


@pytest.mark.parametrize("country", ["GB", "US", "AU", "CA", "IE"])
def test_a_sextortion_alert_names_the_countrys_take_down_service_first(service, country):
    model = opened(service, SEXTORTION, country).model
    take_down = next(r for r in help_for(country).resources if r.kind == "take_down")
    assert take_down.url in model.takedown[0]["text"] and take_down.url in model.help_lines[0]["text"]


def test_an_ordinary_alert_leads_help_with_talking_to_someone(service):
    model = opened(service, ("secrecy", "meeting"), "AU").model
    assert (
        model.help_lines[0]["text"].startswith("Talk to an adult")
        and "1800 55 1800" in model.help_lines[1]["text"]
    )
    assert model.takedown == [] and model.emergency.endswith("000.")


def test_a_country_without_its_own_list_gets_the_international_one(service):
    model = opened(service, ("secrecy", "meeting"), "FR").model
    assert "childhelplineinternational.org" in " ".join(line["text"] for line in model.help_lines)


def test_the_trusted_adult_summary_names_when_where_who_and_what_but_no_text(service, grooming):
    controller = AlertController(service, country=lambda: "GB")
    view = replay(service, grooming)
    model = controller.open(view) and controller.show_adult()
    shown = " ".join(line["text"] for line in model.adult_lines + model.adult_tactics + model.adult_advice)
    assert model.mode == "adult" and view.contact_handle in shown and friendly_date(view.created_at) in shown
    assert not any(m.text in shown for m in grooming.messages if len(m.text) >= 10)
    assert service.alert(view.report_id).child_action == "told_adult"


def test_a_handle_with_markup_is_shown_as_typed(service):
    controller = AlertController(service, country=lambda: "GB")
    controller.open(raise_alert(service, ("secrecy",), contact="[b]boss[/b]"))
    assert "&bl;b&br;boss" in controller.model.where


def test_every_tactic_has_a_title_a_child_can_read(service):
    for tactic in TACTICS:
        title = tactic_title(tactic)
        assert title and "_" not in title and "flatter" not in title.lower()


def test_the_parent_view_shows_local_time():
    from datetime import timedelta, timezone

    assert friendly_date("2026-12-06T23:30:00Z", timezone(timedelta(hours=2))) == "07 Dec 2026, 01:30"


@pytest.mark.parametrize("stamp", ["0001-01-01T00:00:00Z", "9999-12-31T23:59:59Z", "not a date", ""])
def test_odd_report_dates_are_shown_rather_than_crashing(stamp):
    assert friendly_date(stamp)


def test_a_parent_can_connect_the_phone_with_a_set_up_code(service):
    answer = ParentController(service).apply_setup(
        "guardline://setup?server=https%3A%2F%2Fg.example&code=S7&country=CA"
    )
    assert "g.example" in answer and service.server_url == "https://g.example"
    assert service.state.settings.enrollment_code == "S7" and service.state.settings.country == "CA"


def test_a_wrong_set_up_code_changes_nothing(service):
    answer = ParentController(service).apply_setup("https://g.example/ now")
    assert answer.startswith("That didn't work") and service.server_url is None


def test_the_parents_country_choice_decides_the_help(service):
    parent = ParentController(service)
    parent.set_country("IE")
    model = AlertController(service, country=parent.country).open(raise_alert(service, ("secrecy",)))
    assert "1800 66 66 66" in " ".join(line["text"] for line in model.help_lines)


# -- the alert book: observers and its lock ---------------------------------------------------------


def test_observers_hear_each_alert_and_each_answer(service):
    raised, answered = [], []
    service.add_alert_listener(raised.append)
    service.add_action_listener(answered.append)
    view = raise_alert(service, ("secrecy", "meeting"))
    service.act(view.report_id, "blocked")
    assert [v.report_id for v in raised] == [view.report_id]
    assert [(v.report_id, v.child_action) for v in answered] == [(view.report_id, "blocked")]


def test_a_failing_observer_never_stops_scanning(service, grooming):
    service.add_alert_listener(lambda view: 1 / 0)
    assert replay(service, grooming) is not None


def test_an_alert_summary_for_the_parent_carries_its_severity(service):
    assert raise_alert(service, SEXTORTION).severity == "severe"
    assert raise_alert(service, ("trust_building",), contact="b").severity == "low"


def test_sync_waits_for_the_scan_threads_lock_before_touching_unsaved_reports(service):
    holding, release, synced = threading.Event(), threading.Event(), threading.Event()

    def scan_thread() -> None:
        with service.alert_book._lock:  # what recording an alert holds
            holding.set()
            release.wait(5)

    threading.Thread(target=scan_thread).start()
    holding.wait(5)
    threading.Thread(target=lambda: (service.sync(), synced.set())).start()
    waited = not synced.wait(0.3)
    release.set()
    assert waited and synced.wait(5)


def test_one_hidden_tactic_is_counted_in_the_singular(service):
    assert (
        opened(service, ("trust_building", "secrecy", "gifts", "meeting")).model.more_text
        == "+ 1 more thing it noticed"
    )
