"""Parent alerts relay (SPEC §4): pairing and a mailbox of sealed items the server cannot read.

    POST   /parent/pairings                     device   offer a pairing (code hash + tagged child key)
    GET    /parent/pairings/<pairing_id>        device   has a parent claimed it? (their tagged key)
    POST   /parent/pairings/<pairing_id>/claim  public   the parent's device claims it (once) -> mailbox token
    POST   /parent/mailboxes/<mailbox_id>/items device   sealed items into the mailbox this device feeds
    GET    /parent/mailbox                      parent   waiting items (the token names the mailbox)
    POST   /parent/mailbox/ack                  parent   delivered: delete these items
    DELETE /parent/mailbox                      parent   unpair: the mailbox and its items are gone

A parent's token opens exactly one mailbox and no URL takes another's id, so no parent can read
another parent's mailbox. Posting is rate-limited per device, claiming per client IP.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from typing import Any, TypeVar, cast

import click
import marshmallow as ma
from flask import Response, current_app, g
from flask.views import MethodView
from flask_smorest import Api

from .. import ratelimit
from ..apidoc import Blueprint
from ..auth import (
    Access,
    _mark,
    bearer_token,
    current_device_id,
    device_required,
    public,
    reject_token,
)
from ..errors import Unauthorized, ValidationFailed
from ..extensions import client_ip
from ..services import mailbox as mailbox_service
from .common import PREFIX, json_body

F = TypeVar("F", bound=Callable[..., Any])
DEFAULT_LIMITS = {
    "PAIRING_RATE_LIMIT": "20 per hour",  # per device: pairing codes made
    "PAIRING_CLAIM_RATE_LIMIT": "10 per minute",  # per client IP: codes tried by parents' devices
    "MAILBOX_POST_RATE_LIMIT": "60 per hour",  # per device: sealed posts (a handful of alerts a day)
}

blp = Blueprint("parent", __name__, url_prefix=PREFIX + "/parent", cli_group="mailbox",
                description="Parent alerts: pairing and a mailbox of sealed items")


def _limit(name: str, scope: str, key: str, message: str) -> None:
    ratelimit.consume(current_app.config.get(name, DEFAULT_LIMITS[name]), scope, key, message)


def parent_required(func: F) -> F:
    """A valid parent mailbox token (`Bearer glp_...`). Sets `g.mailbox_id`."""

    @wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        token = bearer_token()
        if token is None:
            raise Unauthorized("a parent mailbox token is required")
        mailbox_id = mailbox_service.mailbox_for_token(token)
        if mailbox_id is None:
            raise reject_token()  # token first: garbage from the same address never locks a parent out
        g.mailbox_id = mailbox_id
        return func(*args, **kwargs)

    _mark(wrapper, Access("parent"), [{"parentToken": []}], [401, 429])
    return cast(F, wrapper)


def document(api: Api) -> None:
    """The parent token's security scheme in the OpenAPI document."""
    api.spec.components.security_scheme(
        "parentToken", {"type": "http", "scheme": "bearer", "description": "parent mailbox token from pairing"}
    )


# ------------------------------------------------------------------ schemas (OpenAPI and parsing)


class OfferSchema(ma.Schema):
    pairing_id = ma.fields.String(required=True, metadata={"description": "32 hex: a one-way hash of the code"})
    child_key = ma.fields.String(required=True, metadata={"description": "X25519 public key, base64"})
    child_tag = ma.fields.String(required=True, metadata={"description": "MAC of the key under the code"})


class OfferedSchema(ma.Schema):
    pairing_id = ma.fields.String()
    expires_at = ma.fields.AwareDateTime()


class AnswerSchema(ma.Schema):
    status = ma.fields.String(metadata={"description": "waiting | claimed"})
    expires_at = ma.fields.AwareDateTime()
    mailbox_id = ma.fields.String()
    parent_key = ma.fields.String()
    parent_tag = ma.fields.String()


class ClaimSchema(ma.Schema):
    parent_key = ma.fields.String(required=True, metadata={"description": "X25519 public key, base64"})
    parent_tag = ma.fields.String(required=True, metadata={"description": "MAC of both keys under the code"})


class ClaimedSchema(ma.Schema):
    mailbox_id = ma.fields.String()
    mailbox_token = ma.fields.String(metadata={"description": "shown once; the server keeps only its hash"})
    child_key = ma.fields.String()
    child_tag = ma.fields.String()


class SealedItemSchema(ma.Schema):
    item_id = ma.fields.String(required=True, metadata={"description": "UUID made on the child's device"})
    ciphertext = ma.fields.String(required=True, metadata={"description": "crypto_box, base64"})


class PostSchema(ma.Schema):
    items = ma.fields.List(ma.fields.Nested(SealedItemSchema), required=True)


class PostedSchema(ma.Schema):
    accepted = ma.fields.Integer()
    duplicates = ma.fields.Integer()


class WaitingItemSchema(SealedItemSchema):
    posted_at = ma.fields.AwareDateTime()


class WaitingSchema(ma.Schema):
    items = ma.fields.List(ma.fields.Nested(WaitingItemSchema))


class AckSchema(ma.Schema):
    item_ids = ma.fields.List(ma.fields.String(), required=True)


class AckedSchema(ma.Schema):
    deleted = ma.fields.Integer()


# ------------------------------------------------------------------ views


@blp.route("/pairings")
class Pairings(MethodView):
    @device_required
    @blp.arguments(OfferSchema)
    @blp.response(201, OfferedSchema)
    @blp.alt_response(409, response="CONFLICT", description="that pairing id is in use")
    def post(self, args: dict[str, Any]) -> dict[str, Any]:
        """Offer a pairing from the child's device (behind the parent PIN); valid for 15 minutes."""
        _limit("PAIRING_RATE_LIMIT", "pairing", current_device_id(), "too many pairing codes from this device")
        expires = mailbox_service.offer_pairing(current_device_id(), args["pairing_id"], args["child_key"],
                                                args["child_tag"])
        return {"pairing_id": args["pairing_id"], "expires_at": expires}


@blp.route("/pairings/<string:pairing_id>")
class Pairing(MethodView):
    @device_required
    @blp.response(200, AnswerSchema)
    @blp.alt_response(404, response="NOT_FOUND", description="unknown, expired, or another device's")
    def get(self, pairing_id: str) -> dict[str, Any]:
        """Has a parent's device claimed this pairing? Then its tagged key, for the child's device to check."""
        return mailbox_service.pairing_answer(current_device_id(), pairing_id)


@blp.route("/pairings/<string:pairing_id>/claim")
class Claim(MethodView):
    @public
    @blp.arguments(ClaimSchema)
    @blp.response(201, ClaimedSchema)
    @blp.alt_response(404, response="NOT_FOUND", description="unknown or expired pairing")
    @blp.alt_response(409, response="CONFLICT", description="already claimed")
    @blp.alt_response(429, response="TOO_MANY_REQUESTS")
    def post(self, args: dict[str, Any], pairing_id: str) -> mailbox_service.ClaimedPairing:
        """The parent's device claims a pairing (once) and receives its mailbox token."""
        _limit("PAIRING_CLAIM_RATE_LIMIT", "pairing-claim", client_ip(), "too many pairing attempts")
        return mailbox_service.claim_pairing(pairing_id, args["parent_key"], args["parent_tag"])


@blp.route("/mailboxes/<string:mailbox_id>/items")
class MailboxItems(MethodView):
    @device_required
    @blp.doc(requestBody={"required": True, "content": {"application/json": {"schema": PostSchema}}})
    @blp.response(200, PostedSchema)
    @blp.alt_response(404, response="NOT_FOUND", description="no mailbox this device feeds")
    @blp.alt_response(409, response="CONFLICT", description="mailbox full (code mailbox_full)")
    @blp.alt_response(415, response="UNSUPPORTED_MEDIA_TYPE")
    @blp.alt_response(422, response="UNPROCESSABLE_ENTITY")
    def post(self, mailbox_id: str) -> mailbox_service.PostResult:
        """Leave 1-20 sealed alert summaries for the paired parent; a known item_id is a duplicate."""
        _limit("MAILBOX_POST_RATE_LIMIT", "mailbox-post", current_device_id(), "too many posts from this device")
        body = json_body()
        if not isinstance(body, dict) or set(body) != {"items"}:
            raise ValidationFailed("the body must be an object with exactly one key, 'items'",
                                   {"_body": ["expected {\"items\": [...]}"]})
        return mailbox_service.post_items(current_device_id(), mailbox_id, body["items"])


@blp.route("/mailbox")
class Mailbox(MethodView):
    @parent_required
    @blp.response(200, WaitingSchema)
    def get(self) -> dict[str, Any]:
        """Sealed items waiting for this parent's device, oldest first (at most 100)."""
        return {"items": mailbox_service.fetch_items(g.mailbox_id)}

    @parent_required
    @blp.response(204)
    def delete(self) -> Response:
        """Unpair: delete this mailbox, its items and its token."""
        mailbox_service.close_mailbox(g.mailbox_id)
        return Response(status=204)


@blp.route("/mailbox/ack")
class Ack(MethodView):
    @parent_required
    @blp.arguments(AckSchema)
    @blp.response(200, AckedSchema)
    def post(self, args: dict[str, Any]) -> dict[str, int]:
        """The parent's device has these items: delete them from the server."""
        return {"deleted": mailbox_service.ack_items(g.mailbox_id, args["item_ids"])}


@blp.cli.command("purge")
def purge_command() -> None:
    """Delete mailbox items older than 30 days and expired pairings."""
    result = mailbox_service.purge_expired()
    click.echo(f"deleted {result.items} mailbox item(s) and {result.pairings} expired pairing(s)")
