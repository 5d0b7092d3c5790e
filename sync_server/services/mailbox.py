"""Parent mailbox (SPEC §4): pairing relay and sealed-alert delivery, with nothing readable kept.

The server stores public keys, MAC tags made with a code it never sees, and ciphertext. It cannot
open an item, and it cannot pair itself in the middle (the devices check the tags; see
`device_app.core.parent_link`). Items go when the parent's device confirms delivery, or after
ITEM_TTL; a pairing is claimable once, for PAIRING_TTL.

    offer_pairing   child's device (device token)   pairing_id + child key + tag
    claim_pairing   parent's device (no credential) pairing_id -> mailbox + its token (shown once)
    pairing_answer  child's device                  the parent's key + tag, once claimed
    post_items      child's device                  sealed items into the mailbox it owns
    fetch_items / ack_items / close_mailbox         parent's device (mailbox token)
"""

from __future__ import annotations

import base64
import binascii
import re
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, cast

from sqlalchemy import delete, func, select

from ..errors import Conflict, NotFound, ValidationFailed
from ..extensions import db
from ..models import MailboxItem, ParentMailbox, ParentPairing, utcnow
from .retention import _delete
from .tokens import hash_token, new_token

PARENT_PREFIX = "glp_"
PAIRING_TTL = timedelta(minutes=15)
ITEM_TTL = timedelta(days=30)
MAX_ITEMS_PER_POST = 20
MAX_WAITING_ITEMS = 500  # per mailbox: a parent who never reads cannot make the server store without bound
MAX_CIPHERTEXT_CHARS = 2048
FETCH_LIMIT = 100
_PAIRING_ID = re.compile(r"[0-9a-f]{32}")


@dataclass(frozen=True)
class ClaimedPairing:
    mailbox_id: str
    mailbox_token: str  # shown once to the parent's device, stored only as a hash
    child_key: str
    child_tag: str


@dataclass(frozen=True)
class PostResult:
    accepted: int
    duplicates: int


# ------------------------------------------------------------------ validation


def _b64_bytes(value: Any, field: str, size: int) -> str:
    try:
        raw = base64.b64decode(str(value), validate=True) if isinstance(value, str) else b""
    except (binascii.Error, ValueError):
        raw = b""
    if len(raw) != size:
        raise ValidationFailed(f"{field} must be {size} bytes of base64", {field: [f"{size} bytes of base64"]})
    return cast(str, value)


def check_pairing_id(pairing_id: str) -> str:
    if not _PAIRING_ID.fullmatch(pairing_id):
        raise NotFound("no such pairing (it may have expired)")
    return pairing_id


def _check_item(index: int, item: Any) -> tuple[str, str]:
    errors: dict[str, list[str]] = {}
    if not isinstance(item, dict) or set(item) != {"item_id", "ciphertext"}:
        raise ValidationFailed(f"item {index} must be exactly {{item_id, ciphertext}}",
                               {str(index): ["exactly item_id and ciphertext"]})
    item_id, ciphertext = item["item_id"], item["ciphertext"]
    try:
        item_id = str(uuid.UUID(str(item_id))) if isinstance(item_id, str) and len(item_id) <= 36 else ""
    except ValueError:
        item_id = ""
    if not item_id:
        errors["item_id"] = ["a UUID"]
    if not isinstance(ciphertext, str) or not 0 < len(ciphertext) <= MAX_CIPHERTEXT_CHARS:
        errors["ciphertext"] = [f"base64 text of at most {MAX_CIPHERTEXT_CHARS} characters"]
    else:
        try:
            base64.b64decode(ciphertext, validate=True)
        except (binascii.Error, ValueError):
            errors["ciphertext"] = ["base64 text"]
    if errors:
        raise ValidationFailed(f"item {index} is invalid", {str(index): errors})
    return item_id, ciphertext


# ------------------------------------------------------------------ pairing


def offer_pairing(device_id: str, pairing_id: str, child_key: str, child_tag: str,
                  *, now: datetime | None = None) -> datetime:
    """Register a pairing code's hash and the child's tagged key; replaces this device's earlier offers."""
    now = now or utcnow()
    if not _PAIRING_ID.fullmatch(str(pairing_id)):
        raise ValidationFailed("pairing_id must be 32 hex characters", {"pairing_id": ["32 hex characters"]})
    _b64_bytes(child_key, "child_key", 32)
    _b64_bytes(child_tag, "child_tag", 32)
    purge_expired(now=now, commit=False)
    _delete(delete(ParentPairing).where(ParentPairing.device_id == device_id,
                                        ParentPairing.mailbox_id.is_(None)))
    if db.session.get(ParentPairing, pairing_id) is not None:
        raise Conflict("this pairing code is already in use; make a new one")
    expires = now + PAIRING_TTL
    db.session.add(ParentPairing(pairing_id=pairing_id, device_id=device_id, child_key=child_key,
                                 child_tag=child_tag, created_at=now, expires_at=expires))
    db.session.commit()
    return expires


def _live_pairing(pairing_id: str, now: datetime) -> ParentPairing:
    pairing = db.session.get(ParentPairing, check_pairing_id(pairing_id))
    if pairing is None or pairing.expires_at <= now:
        raise NotFound("no such pairing (it may have expired)")
    return pairing


def claim_pairing(pairing_id: str, parent_key: str, parent_tag: str, *, now: datetime | None = None) -> ClaimedPairing:
    """The parent's device takes the pairing (once) and gets its mailbox and the child's tagged key."""
    now = now or utcnow()
    _b64_bytes(parent_key, "parent_key", 32)
    _b64_bytes(parent_tag, "parent_tag", 32)
    pairing = _live_pairing(pairing_id, now)
    if pairing.mailbox_id is not None:
        raise Conflict("this pairing code was already used; make a new one on the child's device")
    token, token_hash = new_token(PARENT_PREFIX)
    mailbox = ParentMailbox(id=str(uuid.uuid4()), device_id=pairing.device_id, token_hash=token_hash, created_at=now)
    db.session.add(mailbox)
    pairing.parent_key, pairing.parent_tag, pairing.mailbox_id = parent_key, parent_tag, mailbox.id
    db.session.commit()
    return ClaimedPairing(mailbox.id, token, pairing.child_key, pairing.child_tag)


def pairing_answer(device_id: str, pairing_id: str, *, now: datetime | None = None) -> dict[str, Any]:
    """For the child's device that offered it: `waiting`, or `claimed` with the parent's tagged key."""
    pairing = _live_pairing(pairing_id, now or utcnow())
    if pairing.device_id != device_id:  # another device's pairing looks like no pairing at all
        raise NotFound("no such pairing (it may have expired)")
    if pairing.mailbox_id is None:
        return {"status": "waiting", "expires_at": pairing.expires_at}
    return {"status": "claimed", "expires_at": pairing.expires_at, "mailbox_id": pairing.mailbox_id,
            "parent_key": pairing.parent_key, "parent_tag": pairing.parent_tag}


# ------------------------------------------------------------------ items


def mailbox_for_token(token: str) -> str | None:
    if not token.startswith(PARENT_PREFIX):
        return None
    return db.session.scalar(select(ParentMailbox.id).where(ParentMailbox.token_hash == hash_token(token)))


def post_items(device_id: str, mailbox_id: str, items: Any, *, now: datetime | None = None) -> PostResult:
    """Store sealed items in a mailbox this device owns; an item id seen before counts as a duplicate."""
    now = now or utcnow()
    if not isinstance(items, list) or not 1 <= len(items) <= MAX_ITEMS_PER_POST:
        raise ValidationFailed(f"'items' must be a list of 1 to {MAX_ITEMS_PER_POST} sealed items",
                               {"items": [f"1 to {MAX_ITEMS_PER_POST} items"]})
    checked = [_check_item(i, item) for i, item in enumerate(items)]
    mailbox = db.session.get(ParentMailbox, mailbox_id) if len(mailbox_id) <= 36 else None
    if mailbox is None or mailbox.device_id != device_id:  # someone else's mailbox: not found, not forbidden
        raise NotFound("no such mailbox (the parent may have unpaired)")
    purge_expired(now=now, commit=False)  # any post sweeps every mailbox: 30 days hold without a cron job
    known = set(db.session.scalars(select(MailboxItem.item_id).where(
        MailboxItem.mailbox_id == mailbox_id, MailboxItem.item_id.in_([i for i, _ in checked]))))
    fresh = {item_id: text for item_id, text in checked if item_id not in known}
    waiting = db.session.scalar(select(func.count()).where(MailboxItem.mailbox_id == mailbox_id)) or 0
    if waiting + len(fresh) > MAX_WAITING_ITEMS:
        raise Conflict("this parent's mailbox is full until their device collects it", code="mailbox_full")
    for item_id, text in fresh.items():
        db.session.add(MailboxItem(mailbox_id=mailbox_id, item_id=item_id, ciphertext=text, posted_at=now))
    db.session.commit()
    return PostResult(accepted=len(fresh), duplicates=len(checked) - len(fresh))


def fetch_items(mailbox_id: str, *, limit: int = FETCH_LIMIT, now: datetime | None = None) -> list[MailboxItem]:
    """Waiting items, oldest first; items past ITEM_TTL are deleted, never served."""
    _delete_old(mailbox_id, now or utcnow())
    db.session.commit()
    return list(db.session.scalars(select(MailboxItem).where(MailboxItem.mailbox_id == mailbox_id)
                                   .order_by(MailboxItem.posted_at, MailboxItem.id).limit(limit)))


def ack_items(mailbox_id: str, item_ids: Sequence[Any]) -> int:
    """Delivered: delete these items from this mailbox (ids of other mailboxes are simply not found)."""
    if not isinstance(item_ids, list) or not 1 <= len(item_ids) <= FETCH_LIMIT or \
            not all(isinstance(i, str) and len(i) <= 36 for i in item_ids):
        raise ValidationFailed(f"'item_ids' must be a list of 1 to {FETCH_LIMIT} item ids",
                               {"item_ids": [f"1 to {FETCH_LIMIT} ids"]})
    deleted = _delete(delete(MailboxItem).where(MailboxItem.mailbox_id == mailbox_id,
                                                MailboxItem.item_id.in_(item_ids)))
    db.session.commit()
    return deleted


def close_mailbox(mailbox_id: str) -> None:
    """The parent unpairs: the mailbox, its items and its token are gone."""
    _delete(delete(MailboxItem).where(MailboxItem.mailbox_id == mailbox_id))
    _delete(delete(ParentMailbox).where(ParentMailbox.id == mailbox_id))
    db.session.commit()


# ------------------------------------------------------------------ retention


@dataclass(frozen=True)
class MailboxPurge:
    items: int
    pairings: int


def purge_expired(*, now: datetime | None = None, commit: bool = True) -> MailboxPurge:
    """Items older than ITEM_TTL and pairings past their expiry (`flask mailbox purge` runs this)."""
    now = now or utcnow()
    items = _delete(delete(MailboxItem).where(MailboxItem.posted_at < now - ITEM_TTL))
    pairings = _delete(delete(ParentPairing).where(ParentPairing.expires_at <= now))
    if commit:
        db.session.commit()
    return MailboxPurge(items, pairings)


def _delete_old(mailbox_id: str, now: datetime) -> None:
    _delete(delete(MailboxItem).where(MailboxItem.mailbox_id == mailbox_id, MailboxItem.posted_at < now - ITEM_TTL))
