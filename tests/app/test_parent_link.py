"""Parent alerts on the devices (SPEC §4): pairing codes, key checks, sealing, and both apps' ends.

The crypto runs for real (PyNaCl); the two devices talk to the real sync server app (SQLite file)
through an in-process transport, so every request is the one a phone would send.
"""

from __future__ import annotations

import base64
import json
from collections.abc import Iterator
from datetime import UTC
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from nacl.public import Box, PublicKey

from device_app.core.parent_link import (
    SEALED_SIZE,
    AlertSummary,
    KeyCheckFailed,
    KeyPair,
    PairingCode,
    PairingCodeError,
    SealError,
    check_child_key,
    check_parent_key,
    child_tag,
    open_sealed,
    parent_tag,
    seal,
    verification_code,
)
from device_app.core.parent_mailbox import ChildParentLink, ParentInbox, ParentLinkClient
from device_app.core.sync_client import HttpResponse, RequestRejected, SyncClient

from .server_app import SERVER_URL, FlaskTransport, served

# -- the code ---------------------------------------------------------------------------------------


def test_a_new_code_has_sixteen_characters_in_four_groups():
    assert PairingCode.new().display.count("-") == 3 and len(PairingCode.new().text) == 16


def test_a_typed_code_ignores_case_spaces_dashes_and_look_alike_letters():
    code = PairingCode.new()
    typed = " ".join(code.display.lower().replace("0", "o").replace("1", "l").split("-"))
    assert PairingCode.parse(typed) == code


@pytest.mark.parametrize("typed", ["", "ABCD", "ABCD-EFGH-JKMN-PQR!", "A" * 10_000, "ABCD-EFGH-JKMN-PQRU", "\u202e" * 16])
def test_anything_else_is_not_a_pairing_code(typed):
    with pytest.raises(PairingCodeError):
        PairingCode.parse(typed)


def test_the_pairing_id_the_server_sees_differs_from_the_code_and_its_mac_key():
    code = PairingCode.new()
    assert code.text not in code.pairing_id and code.pairing_id != code.mac_key.hex()[:32]


# -- key checks -------------------------------------------------------------------------------------


def test_a_child_key_swapped_by_the_server_fails_the_parents_check():
    code, child, swapped = PairingCode.new(), KeyPair.new(), KeyPair.new()
    with pytest.raises(KeyCheckFailed):
        check_child_key(code, swapped.public_b64, child_tag(code, child.public_b64))


def test_a_parent_key_swapped_by_the_server_fails_the_childs_check():
    code, parent, swapped = PairingCode.new(), KeyPair.new(), KeyPair.new()
    with pytest.raises(KeyCheckFailed):
        check_parent_key(code, swapped.public_b64, parent_tag(code, parent.public_b64))


def test_a_tag_made_with_another_code_fails_the_check():
    parent = KeyPair.new()
    with pytest.raises(KeyCheckFailed):
        check_parent_key(PairingCode.new(), parent.public_b64, parent_tag(PairingCode.new(), parent.public_b64))


def test_the_childs_tag_cannot_stand_in_for_a_parents():
    code, key = PairingCode.new(), KeyPair.new()
    with pytest.raises(KeyCheckFailed):
        check_parent_key(code, key.public_b64, child_tag(code, key.public_b64))


def test_both_devices_compute_the_same_verification_digits_only_for_the_same_keys():
    child, parent, other = KeyPair.new(), KeyPair.new(), KeyPair.new()
    digits = verification_code(child.public_b64, parent.public_b64)
    assert len(digits) == 7 and digits != verification_code(child.public_b64, other.public_b64)


# -- sealing ----------------------------------------------------------------------------------------


def a_summary(contact: str = "xX_coolcoach_Xx", tactics: tuple[str, ...] = ("secrecy", "meeting")) -> AlertSummary:
    return AlertSummary.of("2026-12-06T21:30:00Z", "game_chat", contact, list(tactics))


def test_the_parent_opens_exactly_the_summary_the_child_sealed():
    child, parent = KeyPair.new(), KeyPair.new()
    summary = a_summary()
    assert open_sealed(seal(summary, child, parent.public_b64), parent, child.public_b64) == summary


def test_an_item_sealed_by_anyone_but_the_paired_child_is_refused():
    child, parent, stranger = KeyPair.new(), KeyPair.new(), KeyPair.new()
    with pytest.raises(SealError):
        open_sealed(seal(a_summary(), stranger, parent.public_b64), parent, child.public_b64)


def test_a_flipped_ciphertext_byte_is_refused():
    child, parent = KeyPair.new(), KeyPair.new()
    raw = bytearray(base64.b64decode(seal(a_summary(), child, parent.public_b64)))
    raw[40] ^= 1
    with pytest.raises(SealError):
        open_sealed(base64.b64encode(bytes(raw)).decode(), parent, child.public_b64)


def test_every_sealed_summary_has_the_same_length_whatever_it_says():
    child, parent = KeyPair.new(), KeyPair.new()
    short = seal(a_summary("a", ("secrecy",)), child, parent.public_b64)
    long = seal(a_summary("x" * 128, tuple(["trust_building", "personal_info", "secrecy", "isolation",
                                             "platform_move", "gifts", "sexual", "meeting", "coercion"])),
                child, parent.public_b64)
    assert len(short) == len(long) and len(base64.b64decode(short)) == SEALED_SIZE + 40


def test_a_summary_with_a_text_field_is_refused_when_opened():
    child, parent = KeyPair.new(), KeyPair.new()
    body = json.dumps({**a_summary().to_json(), "text": "where do you live?"}).encode()
    padded = len(body).to_bytes(2, "big") + body + b"\x00" * (SEALED_SIZE - 2 - len(body))
    forged = Box(child.private_key, PublicKey(base64.b64decode(parent.public_b64))).encrypt(padded)
    with pytest.raises(SealError, match="unexpected fields"):
        open_sealed(base64.b64encode(bytes(forged)).decode(), parent, child.public_b64)


def test_control_and_bidi_characters_are_stripped_from_the_contact():
    assert a_summary("evil\u202egnp.exe\x00\n").contact == "evilgnp.exe"


def test_the_severity_is_that_of_the_most_severe_tactic():
    assert (a_summary(tactics=("trust_building",)).severity, a_summary(tactics=("secrecy", "coercion")).severity) == \
        ("low", "severe")


@pytest.mark.parametrize("when", ["yesterday", "2026-12-06T21:30:00", "0001-01-01T00:00:00Z" + "x", "9" * 50])
def test_an_alert_time_without_a_zone_or_not_rfc3339_is_refused(when):
    with pytest.raises(SealError):
        AlertSummary.of(when, "game_chat", "x", ["secrecy"])


def test_the_parent_sees_the_alert_in_their_own_time_zone():
    summary = a_summary()
    assert summary.local_time(ZoneInfo("America/New_York")) == "Sun 6 Dec 2026, 16:30 EST"
    assert summary.local_time(ZoneInfo("Australia/Sydney")) == "Mon 7 Dec 2026, 08:30 AEDT"


def test_times_at_the_ends_of_the_calendar_still_show():
    assert AlertSummary.of("9999-12-31T23:59:59Z", "x", "y", []).local_time(UTC).startswith("Fri 31 Dec 9999")


# -- both apps through the real server --------------------------------------------------------------


@pytest.fixture
def transport(tmp_path: Path) -> Iterator[FlaskTransport]:
    with served(tmp_path) as transport:
        yield transport


@pytest.fixture
def child_link(tmp_path: Path, transport: FlaskTransport) -> ChildParentLink:
    enrolled = SyncClient(SERVER_URL, transport=transport).enroll("13-15")
    return ChildParentLink(tmp_path / "child",
                           lambda: ParentLinkClient(SERVER_URL, token=enrolled.device_token,
                                                    transport=transport))


@pytest.fixture
def inbox(tmp_path: Path, transport: FlaskTransport) -> ParentInbox:
    return ParentInbox(tmp_path / "parent",
                       lambda token: ParentLinkClient(SERVER_URL, token=token, transport=transport))


def paired(child_link: ChildParentLink, inbox: ParentInbox) -> tuple[str, str | None]:
    offer = child_link.start_pairing()
    parent_digits = inbox.pair(offer.code)
    return parent_digits, child_link.finish_pairing()


def test_a_parent_receives_the_childs_alert_after_a_sync(child_link, inbox):
    paired(child_link, inbox)
    child_link.on_alert("2026-12-06T21:30:00Z", "game_chat", "xX_coolcoach_Xx", ["secrecy", "meeting"])
    child_link.flush()
    [received] = inbox.refresh()
    assert (received.contact, received.tactics, received.severity) == ("xX_coolcoach_Xx", ("secrecy", "meeting"),
                                                                       "severe")


def test_a_code_typed_wrong_pairs_nothing(child_link, inbox):
    child_link.start_pairing()
    with pytest.raises(RequestRejected):
        inbox.pair(PairingCode.new().display)
    assert inbox.children() == []


def test_a_key_swapped_in_transit_leaves_the_child_unpaired(child_link, inbox, transport):
    child_link.start_pairing()
    original = transport.request

    def swap_parent_key(method, url, headers, body, timeout, max_bytes):
        resp = original(method, url, headers, body, timeout, max_bytes)
        if method == "GET" and "/parent/pairings/" in url:
            data = json.loads(resp.body)
            data["parent_key"] = KeyPair.new().public_b64  # the server's own key
            return HttpResponse(resp.status, resp.headers, json.dumps(data).encode())
        return resp

    inbox.pair(child_link._file.load()["pending"]["code"])  # what the child's screen shows
    transport.request = swap_parent_key  # type: ignore[method-assign]
    with pytest.raises(KeyCheckFailed):
        child_link.finish_pairing()
    assert child_link.paired == []


def test_alerts_are_sealed_to_every_paired_parent(child_link, inbox, tmp_path, transport):
    second = ParentInbox(tmp_path / "second-parent",
                         lambda token: ParentLinkClient(SERVER_URL, token=token, transport=transport))
    paired(child_link, inbox)
    paired(child_link, second)
    child_link.on_alert("2026-12-06T21:30:00Z", "game_chat", "coach", ["secrecy"])
    child_link.flush()
    assert len(inbox.refresh()) == 1 and len(second.refresh()) == 1


def test_nothing_the_child_device_sends_carries_the_contact_or_tactics_in_clear(child_link, inbox, transport):
    paired(child_link, inbox)
    child_link.on_alert("2026-12-06T21:30:00Z", "game_chat", "xX_coolcoach_Xx", ["secrecy", "meeting"])
    child_link.flush()
    wire = b"\n".join(transport.sent)
    assert b"coolcoach" not in wire and b"meeting" not in wire and b"game_chat" not in wire


def test_the_link_files_holding_private_keys_are_private(child_link, inbox):
    paired(child_link, inbox)
    assert (child_link._file.path.stat().st_mode & 0o077, inbox._file.path.stat().st_mode & 0o077) == (0, 0)


def test_when_the_parent_unpairs_the_childs_device_stops_sending(child_link, inbox):
    paired(child_link, inbox)
    inbox.unpair(inbox.children()[0]["mailbox_id"])
    child_link.on_alert("2026-12-06T21:30:00Z", "game_chat", "coach", ["secrecy"])
    child_link.flush()
    assert (inbox.children(), child_link.paired, child_link.waiting()) == ([], [], 0)
