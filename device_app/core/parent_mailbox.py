"""Both ends of the parent link (SPEC §4): the child's device pairs and seals, the parent's device opens.

    ChildParentLink   on the child's device: make a pairing code (behind the PIN), finish pairing by
                      checking the parent's tagged key, seal each alert summary to every paired parent
                      and keep it queued until the mailbox has it (a dead server loses nothing)
    ParentInbox       on the parent's device (the same app in parent mode): pair with a typed code,
                      collect and open sealed items, confirm delivery (the server then deletes them)

State lives in one small JSON file per role in the device's data folder, written atomically with mode
0600 (it holds private keys). The crypto is in `parent_link`; the HTTP calls in `ParentLinkClient`.
"""

from __future__ import annotations

import json
import os
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .parent_link import (
    AlertSummary,
    KeyPair,
    PairingCode,
    ParentLinkError,
    SealError,
    check_child_key,
    check_parent_key,
    child_tag,
    open_sealed,
    parent_tag,
    seal,
    verification_code,
)
from .sync_client import ProtocolError, RequestRejected, SyncClient, SyncError

MAX_QUEUED = 500  # sealed items kept for upload; beyond this the oldest go (the child still saw each alert)


class ParentLinkClient(SyncClient):
    """The parent-link calls of SPEC §3's API (`/api/v1/parent/...`); the token is the device's or the parent's."""

    def offer_pairing(self, pairing_id: str, child_key: str, tag: str) -> dict[str, Any]:
        body = {"pairing_id": pairing_id, "child_key": child_key, "child_tag": tag}
        return dict(self._json(self._send("POST", "/parent/pairings", body=body), expect=(201,)))

    def pairing_answer(self, pairing_id: str) -> dict[str, Any]:
        return dict(self._json(self._send("GET", f"/parent/pairings/{pairing_id}"), expect=(200,)))

    def claim_pairing(self, pairing_id: str, parent_key: str, tag: str) -> dict[str, Any]:
        body = {"parent_key": parent_key, "parent_tag": tag}
        resp = self._send("POST", f"/parent/pairings/{pairing_id}/claim", body=body, auth=False)
        return dict(self._json(resp, expect=(201,)))

    def post_sealed(self, mailbox_id: str, items: Sequence[dict[str, str]]) -> dict[str, Any]:
        resp = self._send("POST", f"/parent/mailboxes/{mailbox_id}/items", body={"items": list(items)})
        return dict(self._json(resp, expect=(200,)))

    def fetch_mailbox(self) -> list[dict[str, Any]]:
        items = self._json(self._send("GET", "/parent/mailbox"), expect=(200,)).get("items")
        if not isinstance(items, list):
            raise ProtocolError("the mailbox answer has no item list")
        return items

    def close_mailbox(self) -> None:
        resp = self._send("DELETE", "/parent/mailbox")
        if resp.status != 204:
            self._raise_for(resp)

    def ack(self, item_ids: Sequence[str]) -> int:
        resp = self._send("POST", "/parent/mailbox/ack", body={"item_ids": list(item_ids)})
        return int(self._json(resp, expect=(200,)).get("deleted", 0))


class _JsonFile:
    """A small private JSON document: atomic replace, fsync, mode 0600."""

    def __init__(self, path: Path, default: dict[str, Any]) -> None:
        self.path = path
        self._default = default
        self.lock = threading.RLock()

    def load(self) -> dict[str, Any]:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return json.loads(json.dumps(self._default))
        except (OSError, ValueError) as exc:
            raise ParentLinkError(f"{self.path.name} is unreadable ({exc}); pair again") from exc
        return data if isinstance(data, dict) else json.loads(json.dumps(self._default))

    def save(self, data: dict[str, Any]) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.path.with_suffix(".tmp")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump(data, fh)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, self.path)


@dataclass(frozen=True)
class PairingOffer:
    code: str  # as shown: ABCD-EFGH-JKMN-PQRS
    expires_at: str


@dataclass(frozen=True)
class FlushReport:
    delivered: int
    waiting: int
    error: str | None = None


# -- the child's device ---------------------------------------------------------------------------


class ChildParentLink:
    """Pairing and sealed delivery on the child's device. `client()` gives a device-token client or None."""

    def __init__(self, data_dir: str | Path, client: Callable[[], ParentLinkClient | None]) -> None:
        self._file = _JsonFile(Path(data_dir) / "parent_link.json", {"links": [], "pending": None, "queue": []})
        self._client = client

    def _need_client(self) -> ParentLinkClient:
        client = self._client()
        if client is None:
            raise SyncError("this device has no server to pair through yet")
        return client

    @property
    def paired(self) -> list[dict[str, str]]:
        """The parents this device reports to: mailbox id and the verification digits shown at pairing."""
        with self._file.lock:
            return [{"mailbox_id": link["mailbox_id"], "verification": link["verification"]}
                    for link in self._file.load()["links"]]

    def start_pairing(self) -> PairingOffer:
        """A fresh one-time code (shown behind the PIN); the server learns only its hash."""
        code, keys = PairingCode.new(), KeyPair.new()
        answer = self._need_client().offer_pairing(code.pairing_id, keys.public_b64, child_tag(code, keys.public_b64))
        with self._file.lock:
            data = self._file.load()
            data["pending"] = {"code": code.text, "private": keys.private_b64, "public": keys.public_b64}
            self._file.save(data)
        return PairingOffer(code.display, str(answer.get("expires_at", "")))

    def finish_pairing(self) -> str | None:
        """Once a parent claimed the code: check their key, keep the link, return the verification digits.

        None while nobody has claimed it yet. KeyCheckFailed (nothing kept) if the key is not the one the
        code-holder sent: someone in between swapped it.
        """
        with self._file.lock:
            pending = self._file.load()["pending"]
        if pending is None:
            raise ParentLinkError("no pairing is in progress; make a new code")
        code = PairingCode(pending["code"])
        answer = self._need_client().pairing_answer(code.pairing_id)
        if answer.get("status") != "claimed":
            return None
        parent_key, mailbox_id = str(answer.get("parent_key")), str(answer.get("mailbox_id"))
        try:
            check_parent_key(code, parent_key, str(answer.get("parent_tag")))
        finally:
            with self._file.lock:  # a code is used once, whatever the outcome
                data = self._file.load()
                data["pending"] = None
                self._file.save(data)
        digits = verification_code(pending["public"], parent_key)
        link = {"mailbox_id": mailbox_id, "parent_key": parent_key, "private": pending["private"],
                "public": pending["public"], "verification": digits}
        with self._file.lock:
            data = self._file.load()
            data["links"] = [x for x in data["links"] if x["mailbox_id"] != mailbox_id] + [link]
            self._file.save(data)
        return digits

    def unpair(self, mailbox_id: str) -> None:
        with self._file.lock:
            data = self._file.load()
            data["links"] = [x for x in data["links"] if x["mailbox_id"] != mailbox_id]
            data["queue"] = [q for q in data["queue"] if q["mailbox_id"] != mailbox_id]
            self._file.save(data)

    def on_alert(self, created_at: str, platform: str, contact: str, tactics: Sequence[str]) -> int:
        """Seal one alert's summary to every paired parent and queue it; returns how many were sealed."""
        with self._file.lock:
            data = self._file.load()
            if not data["links"]:  # not paired: nothing to seal, nothing to write
                return 0
            for link in data["links"]:
                summary = AlertSummary.of(created_at, platform, contact, list(tactics))
                keys = KeyPair(link["private"], link["public"])
                data["queue"].append({"mailbox_id": link["mailbox_id"], "item_id": summary.item_id,
                                      "ciphertext": seal(summary, keys, link["parent_key"])})
            data["queue"] = data["queue"][-MAX_QUEUED:]
            self._file.save(data)
            return len(data["links"])

    def waiting(self) -> int:
        with self._file.lock:
            return len(self._file.load()["queue"])

    def flush(self) -> FlushReport:
        """Post queued items (20 per call); each leaves the queue only once its mailbox has it."""
        with self._file.lock:
            queue = list(self._file.load()["queue"])
        if not queue:
            return FlushReport(0, 0)
        client = self._client()
        if client is None:
            return FlushReport(0, len(queue), "no server address is set")
        delivered: set[str] = set()
        gone: set[str] = set()
        error = None
        for mailbox_id in dict.fromkeys(q["mailbox_id"] for q in queue):
            items = [q for q in queue if q["mailbox_id"] == mailbox_id]
            for start in range(0, len(items), 20):
                batch = items[start : start + 20]
                try:
                    client.post_sealed(mailbox_id, [{"item_id": q["item_id"], "ciphertext": q["ciphertext"]}
                                                    for q in batch])
                except RequestRejected as exc:
                    if exc.status == 404:  # the parent unpaired: this mailbox is gone for good
                        gone.add(mailbox_id)
                    error = str(exc)
                    break
                except SyncError as exc:
                    error = str(exc)
                    break
                delivered.update(q["item_id"] for q in batch)
        with self._file.lock:
            data = self._file.load()
            data["queue"] = [q for q in data["queue"] if q["item_id"] not in delivered and q["mailbox_id"] not in gone]
            data["links"] = [x for x in data["links"] if x["mailbox_id"] not in gone]
            self._file.save(data)
            return FlushReport(len(delivered), len(data["queue"]), error)


# -- the parent's device --------------------------------------------------------------------------


class ParentInbox:
    """Parent mode: pair once with a code, then collect sealed alert summaries from the mailbox."""

    def __init__(self, data_dir: str | Path, client: Callable[[str | None], ParentLinkClient | None]) -> None:
        self._file = _JsonFile(Path(data_dir) / "parent_inbox.json", {"children": [], "alerts": []})
        self._client = client  # called with the mailbox token (None before pairing)

    def pair(self, typed_code: str) -> str:
        """Claim the code shown on the child's device; returns the verification digits to compare."""
        code = PairingCode.parse(typed_code)
        keys = KeyPair.new()
        client = self._client(None)
        if client is None:
            raise SyncError("no server address is set")
        claimed = client.claim_pairing(code.pairing_id, keys.public_b64, parent_tag(code, keys.public_b64))
        child_key, mailbox_id = str(claimed.get("child_key")), str(claimed.get("mailbox_id"))
        check_child_key(code, child_key, str(claimed.get("child_tag")))
        digits = verification_code(child_key, keys.public_b64)
        child = {"mailbox_id": mailbox_id, "token": str(claimed.get("mailbox_token")), "child_key": child_key,
                 "private": keys.private_b64, "public": keys.public_b64, "verification": digits}
        with self._file.lock:
            data = self._file.load()
            data["children"] = [c for c in data["children"] if c["mailbox_id"] != mailbox_id] + [child]
            self._file.save(data)
        return digits

    def unpair(self, mailbox_id: str) -> None:
        """Stop receiving from one child: the server deletes the mailbox; the child's phone stops sending."""
        with self._file.lock:
            child = next((c for c in self._file.load()["children"] if c["mailbox_id"] == mailbox_id), None)
        if child is None:
            return
        client = self._client(child["token"])
        if client is None:
            raise SyncError("no server address is set")
        client.close_mailbox()
        with self._file.lock:
            data = self._file.load()
            data["children"] = [c for c in data["children"] if c["mailbox_id"] != mailbox_id]
            self._file.save(data)

    def children(self) -> list[dict[str, str]]:
        with self._file.lock:
            return [{"mailbox_id": c["mailbox_id"], "verification": c["verification"]}
                    for c in self._file.load()["children"]]

    def refresh(self) -> list[AlertSummary]:
        """Collect waiting items from every paired child; returns the newly opened summaries."""
        with self._file.lock:
            children = list(self._file.load()["children"])
        fresh: list[AlertSummary] = []
        for child in children:
            client = self._client(child["token"])
            if client is None:
                continue
            items = client.fetch_mailbox()
            opened, done = [], []
            for item in items:
                item_id = str(item.get("item_id"))
                try:
                    summary = open_sealed(str(item.get("ciphertext")), KeyPair(child["private"], child["public"]),
                                          child["child_key"])
                except SealError:
                    done.append(item_id)  # not from the paired child: drop it, never show it
                    continue
                if summary.item_id == item_id:
                    opened.append(summary)
                done.append(item_id)
            self._store(opened, child["mailbox_id"])
            if done:
                client.ack(done)
            fresh += opened
        return fresh

    def _store(self, summaries: list[AlertSummary], mailbox_id: str) -> None:
        with self._file.lock:
            data = self._file.load()
            known = {a["item_id"] for a in data["alerts"]}
            data["alerts"] += [{**s.to_json(), "mailbox_id": mailbox_id} for s in summaries if s.item_id not in known]
            self._file.save(data)

    def alerts(self) -> list[AlertSummary]:
        """Every alert received, newest first."""
        with self._file.lock:
            rows = self._file.load()["alerts"]
        items = [AlertSummary.from_json({k: v for k, v in r.items() if k != "mailbox_id"}) for r in rows]
        return sorted(items, key=lambda s: s.created_at, reverse=True)
