"""Parent alerts through the app: the child's device (service + PIN screen controller) and the parent's
phone (parent-mode controller), both talking to the real server app in-process."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from device_app.app.controllers.parent_link import ChildPairingController, ParentModeController
from device_app.core.sync_client import HttpResponse

from .conftest import replay
from .server_app import SERVER_URL, FlaskTransport, served


@pytest.fixture
def transport(tmp_path: Path) -> Iterator[FlaskTransport]:
    with served(tmp_path) as transport:
        yield transport


@pytest.fixture
def child(make_service, transport):
    return make_service(server_url=SERVER_URL, transport=transport)


@pytest.fixture
def parent_phone(tmp_path, transport) -> ParentModeController:
    return ParentModeController(tmp_path / "parent-phone", lambda: SERVER_URL, transport, tz=ZoneInfo("Australia/Sydney"))


def pair(child, parent_phone: ParentModeController) -> tuple[str, str]:
    screen = ChildPairingController(child.parents)
    code, _ = screen.offer()
    return parent_phone.pair(code), screen.check()


def test_both_screens_show_the_same_digits_after_pairing(child, parent_phone):
    on_parent, on_child = pair(child, parent_phone)
    assert on_parent.split(": ")[-1] == on_child.split(": ")[-1] and on_child.startswith("Paired.")


def test_a_parents_phone_receives_the_alert_raised_on_the_paired_childs_device(child, parent_phone, grooming):
    pair(child, parent_phone)
    alert = replay(child, grooming)
    child.sync(force=True)
    assert parent_phone.refresh().endswith("new warning(s).")
    row = parent_phone.rows()[-1]
    assert (row["contact"], row["severity"] != "") == (alert.contact_handle, True)


def test_alerts_raised_before_pairing_are_not_sent(child, parent_phone, grooming):
    replay(child, grooming)
    pair(child, parent_phone)
    child.sync(force=True)
    parent_phone.refresh()
    assert parent_phone.rows() == []


def test_the_childs_screen_waits_until_the_parent_types_the_code(child):
    screen = ChildPairingController(child.parents)
    screen.offer()
    assert screen.check().startswith("Waiting")


def test_a_used_code_gets_a_plain_answer_on_a_second_parents_phone(child, parent_phone, tmp_path, transport):
    screen = ChildPairingController(child.parents)
    code, _ = screen.offer()
    parent_phone.pair(code)
    other = ParentModeController(tmp_path / "other", lambda: SERVER_URL, transport)
    assert "not valid any more" in other.pair(code)


def test_a_mistyped_code_is_explained(parent_phone):
    assert "16 letters and digits" in parent_phone.pair("1234")


def test_without_a_server_the_child_screen_says_no_code_can_be_made(make_service, tmp_path):
    lonely = make_service(data_dir=tmp_path / "offline")
    code, message = ChildPairingController(lonely.parents).offer()
    assert code == "" and message.startswith("Could not make a code")


def test_an_unpaired_parents_phone_says_how_to_pair(parent_phone):
    assert parent_phone.refresh().startswith("Not paired yet")


def test_a_dead_server_keeps_the_sealed_alert_for_the_next_sync(child, parent_phone, grooming, transport, monkeypatch):
    pair(child, parent_phone)
    monkeypatch.setattr(transport, "request", lambda *a, **k: HttpResponse(503, {}, b"{}"))
    replay(child, grooming)
    child.sync(force=True)
    monkeypatch.undo()
    child.sync(force=True)
    assert parent_phone.refresh().endswith("new warning(s).")


def test_parent_rows_never_hold_message_text(child, parent_phone, grooming):
    pair(child, parent_phone)
    replay(child, grooming)
    child.sync(force=True)
    parent_phone.refresh()
    shown = repr(parent_phone.rows())
    assert shown != "[]" and not [m.text for m in grooming.messages if len(m.text) > 8 and m.text in shown]


def test_the_background_check_on_a_parents_phone_counts_new_warnings_once(child, parent_phone, grooming):
    pair(child, parent_phone)
    alert = replay(child, grooming)
    child.sync(force=True)
    raised = sum(1 for v in child.alerts() if v.contact_handle == alert.contact_handle)
    assert (parent_phone.collect(), parent_phone.collect()) == (raised, 0)


def test_the_background_check_on_an_unpaired_phone_finds_nothing(parent_phone):
    assert parent_phone.collect() == 0
