"""Parent mailbox API (SPEC §4): pairing relay, sealed items, who may read what, retention, limits.

Keys, tags and ciphertext are made with the device's real code (`device_app.core.parent_link`), so
these requests are the ones a child's and a parent's phone send.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta

import pytest
from flask import Flask
from flask.testing import FlaskClient

from device_app.core.parent_link import AlertSummary, KeyPair, PairingCode, child_tag, parent_tag, seal
from sync_server.models import utcnow
from sync_server.services import mailbox as mailbox_service

from .conftest import DeviceCreds

API = "/api/v1/parent"


@dataclass
class Paired:
    device: DeviceCreds
    mailbox_id: str
    parent_headers: dict[str, str]
    child: KeyPair
    parent: KeyPair


def offer(client: FlaskClient, device: DeviceCreds, code: PairingCode, child: KeyPair) -> object:
    return client.post(f"{API}/pairings", headers=device.headers, json={
        "pairing_id": code.pairing_id, "child_key": child.public_b64, "child_tag": child_tag(code, child.public_b64)})


def claim(client: FlaskClient, code: PairingCode, parent: KeyPair, child_key: str) -> object:
    return client.post(f"{API}/pairings/{code.pairing_id}/claim", json={
        "parent_key": parent.public_b64, "parent_tag": parent_tag(code, parent.public_b64)})


@pytest.fixture
def pair(client: FlaskClient, enroll: Callable[..., DeviceCreds]) -> Callable[[], Paired]:
    def _pair() -> Paired:
        device, code, child, parent = enroll(), PairingCode.new(), KeyPair.new(), KeyPair.new()
        assert offer(client, device, code, child).status_code == 201
        claimed = claim(client, code, parent, child.public_b64)
        assert claimed.status_code == 201, claimed.json
        return Paired(device, claimed.json["mailbox_id"], {"Authorization": f"Bearer {claimed.json['mailbox_token']}"},
                      child, parent)

    return _pair


def sealed_item(paired: Paired, contact: str = "xX_coolcoach_Xx") -> dict[str, str]:
    summary = AlertSummary.of("2026-12-06T10:00:00Z", "game_chat", contact, ["secrecy", "meeting"])
    return {"item_id": summary.item_id, "ciphertext": seal(summary, paired.child, paired.parent.public_b64)}


def post(client: FlaskClient, paired: Paired, *items: dict[str, str], mailbox_id: str | None = None) -> object:
    return client.post(f"{API}/mailboxes/{mailbox_id or paired.mailbox_id}/items", headers=paired.device.headers,
                       json={"items": list(items)})


def waiting(client: FlaskClient, headers: dict[str, str]) -> list[dict[str, str]]:
    response = client.get(f"{API}/mailbox", headers=headers)
    assert response.status_code == 200, response.json
    return response.json["items"]


# ------------------------------------------------------------------ pairing


def test_a_claimed_pairing_hands_the_child_device_the_parents_tagged_key(client, device):
    code, child, parent = PairingCode.new(), KeyPair.new(), KeyPair.new()
    offer(client, device, code, child)
    claim(client, code, parent, child.public_b64)
    answer = client.get(f"{API}/pairings/{code.pairing_id}", headers=device.headers).json
    assert (answer["status"], answer["parent_key"]) == ("claimed", parent.public_b64)
    assert answer["parent_tag"] == parent_tag(code, parent.public_b64)


def test_an_unclaimed_pairing_is_reported_as_waiting(client, device):
    code, child = PairingCode.new(), KeyPair.new()
    offer(client, device, code, child)
    assert client.get(f"{API}/pairings/{code.pairing_id}", headers=device.headers).json["status"] == "waiting"


def test_the_claim_returns_the_childs_key_and_tag_as_offered(client, device):
    code, child, parent = PairingCode.new(), KeyPair.new(), KeyPair.new()
    offer(client, device, code, child)
    claimed = claim(client, code, parent, child.public_b64).json
    assert (claimed["child_key"], claimed["child_tag"]) == (child.public_b64, child_tag(code, child.public_b64))


def test_a_pairing_can_be_claimed_only_once(client, device):
    code, child = PairingCode.new(), KeyPair.new()
    offer(client, device, code, child)
    claim(client, code, KeyPair.new(), child.public_b64)
    assert claim(client, code, KeyPair.new(), child.public_b64).status_code == 409


def test_an_expired_pairing_cannot_be_claimed(app: Flask, client, device):
    code, child = PairingCode.new(), KeyPair.new()
    with app.app_context():
        mailbox_service.offer_pairing(device.device_id, code.pairing_id, child.public_b64,
                                      child_tag(code, child.public_b64), now=utcnow() - timedelta(minutes=16))
    assert claim(client, code, KeyPair.new(), child.public_b64).status_code == 404


def test_another_device_cannot_read_a_pairing(client, device, enroll):
    code, child = PairingCode.new(), KeyPair.new()
    offer(client, device, code, child)
    assert client.get(f"{API}/pairings/{code.pairing_id}", headers=enroll().headers).status_code == 404


@pytest.mark.parametrize("field, value", [("child_tag", "not base64!"), ("pairing_id", "Z" * 32),
                                          ("child_key", "x" * 10_000)])
def test_a_malformed_offer_is_refused_naming_the_field(client, device, field, value):
    code, child = PairingCode.new(), KeyPair.new()
    body = {"pairing_id": code.pairing_id, "child_key": child.public_b64, "child_tag": child_tag(code, child.public_b64)}
    response = client.post(f"{API}/pairings", headers=device.headers, json={**body, field: value})
    assert response.status_code == 422 and field in response.json["error"]["details"]


# ------------------------------------------------------------------ items: who may post and read


def test_a_parent_receives_what_the_paired_child_device_posted(client, pair):
    paired = pair()
    item = sealed_item(paired)
    assert post(client, paired, item).json == {"accepted": 1, "duplicates": 0}
    assert [(i["item_id"], i["ciphertext"]) for i in waiting(client, paired.parent_headers)] == \
        [(item["item_id"], item["ciphertext"])]


def test_a_parent_token_reads_only_its_own_mailbox(client, pair):
    first, second = pair(), pair()
    post(client, first, sealed_item(first, "first_suspect"))
    post(client, second, sealed_item(second, "second_suspect"))
    mine = waiting(client, first.parent_headers)
    assert len(mine) == 1 and mine[0]["item_id"] not in {i["item_id"] for i in waiting(client, second.parent_headers)}


def test_acknowledging_another_parents_item_deletes_nothing(client, pair):
    first, second = pair(), pair()
    item = sealed_item(second)
    post(client, second, item)
    response = client.post(f"{API}/mailbox/ack", headers=first.parent_headers, json={"item_ids": [item["item_id"]]})
    assert response.json == {"deleted": 0} and len(waiting(client, second.parent_headers)) == 1


def test_a_device_cannot_post_into_a_mailbox_it_does_not_feed(client, pair):
    first, second = pair(), pair()
    assert post(client, second, sealed_item(second), mailbox_id=first.mailbox_id).status_code == 404


def test_a_device_token_cannot_read_a_mailbox(client, pair):
    paired = pair()
    assert client.get(f"{API}/mailbox", headers=paired.device.headers).status_code == 401


def test_a_guessed_parent_token_is_refused(client, pair):
    pair()
    assert client.get(f"{API}/mailbox", headers={"Authorization": "Bearer glp_guess"}).status_code == 401


def test_acknowledged_items_are_deleted_from_the_server(client, pair):
    paired = pair()
    item = sealed_item(paired)
    post(client, paired, item)
    client.post(f"{API}/mailbox/ack", headers=paired.parent_headers, json={"item_ids": [item["item_id"]]})
    assert waiting(client, paired.parent_headers) == []


def test_the_same_item_posted_twice_is_stored_once(client, pair):
    paired = pair()
    item = sealed_item(paired)
    post(client, paired, item)
    assert post(client, paired, item).json == {"accepted": 0, "duplicates": 1}
    assert len(waiting(client, paired.parent_headers)) == 1


@pytest.mark.parametrize("item", [
    {"item_id": "not-a-uuid", "ciphertext": "AAAA"},
    {"item_id": str(uuid.uuid4()), "ciphertext": "not base64 \u202e"},
    {"item_id": str(uuid.uuid4()), "ciphertext": "A" * 4096},
    {"item_id": str(uuid.uuid4()), "ciphertext": "AAAA", "text": "hello"},
])
def test_a_malformed_item_is_refused_and_nothing_is_stored(client, pair, item):
    paired = pair()
    assert post(client, paired, sealed_item(paired), item).status_code == 422
    assert waiting(client, paired.parent_headers) == []


def test_unpairing_deletes_the_mailbox_and_its_token(client, pair):
    paired = pair()
    post(client, paired, sealed_item(paired))
    assert client.delete(f"{API}/mailbox", headers=paired.parent_headers).status_code == 204
    assert client.get(f"{API}/mailbox", headers=paired.parent_headers).status_code == 401
    assert post(client, paired, sealed_item(paired)).status_code == 404


# ------------------------------------------------------------------ retention and limits


def test_items_older_than_30_days_are_never_served(app: Flask, client, pair):
    paired = pair()
    with app.app_context():
        mailbox_service.post_items(paired.device.device_id, paired.mailbox_id, [sealed_item(paired)],
                                   now=utcnow() - timedelta(days=31))
    assert waiting(client, paired.parent_headers) == []


def test_any_post_deletes_items_older_than_30_days_in_every_mailbox(app: Flask, client, pair):
    forgotten, active = pair(), pair()
    with app.app_context():
        mailbox_service.post_items(forgotten.device.device_id, forgotten.mailbox_id, [sealed_item(forgotten)],
                                   now=utcnow() - timedelta(days=31))
    post(client, active, sealed_item(active))
    with app.app_context():
        assert mailbox_service.purge_expired().items == 0


def test_the_purge_command_deletes_items_older_than_30_days(app: Flask, pair):
    paired = pair()
    with app.app_context():
        mailbox_service.post_items(paired.device.device_id, paired.mailbox_id, [sealed_item(paired)],
                                   now=utcnow() - timedelta(days=31))
    result = app.test_cli_runner().invoke(args=["mailbox", "purge"])
    assert "deleted 1 mailbox item(s)" in result.output, result.output


def test_posting_is_rate_limited_per_device(app: Flask, client, pair, monkeypatch):
    monkeypatch.setitem(app.config, "MAILBOX_POST_RATE_LIMIT", "2 per hour")
    paired = pair()
    statuses = [post(client, paired, sealed_item(paired)).status_code for _ in range(3)]
    assert statuses == [200, 200, 429]


def test_claiming_is_rate_limited_per_client(app: Flask, client, monkeypatch):
    monkeypatch.setitem(app.config, "PAIRING_CLAIM_RATE_LIMIT", "2 per minute")
    statuses = [claim(client, PairingCode.new(), KeyPair.new(), KeyPair.new().public_b64).status_code
                for _ in range(3)]
    assert statuses == [404, 404, 429]
