"""Personal API tokens for staff scripts (e.g. `python -m model_training publish`)."""

from __future__ import annotations

from typing import Any

from flask.views import MethodView

from ..apidoc import Blueprint
from ..auth import current_staff, require_role
from ..schemas import CreatedTokenSchema, NewTokenSchema, TokenSchema
from ..services import staff as staff_service
from .common import PREFIX

blp = Blueprint("staff", __name__, url_prefix=f"{PREFIX}/staff", description="Staff API tokens")


def _me() -> Any:
    staff = current_staff()
    assert staff is not None
    return staff


@blp.route("/tokens", endpoint="tokens")
class Tokens(MethodView):
    @require_role("moderator", "ml_staff")
    @blp.response(200, TokenSchema(many=True))
    def get(self) -> list[Any]:
        """My tokens (never their secrets)."""
        return staff_service.list_tokens(_me().id)

    @require_role("moderator", "ml_staff")
    @blp.arguments(NewTokenSchema)
    @blp.response(201, CreatedTokenSchema)
    def post(self, args: dict[str, Any]) -> dict[str, Any]:
        """Create a token for myself; the secret is in this answer only."""
        created = staff_service.create_token(_me().id, args["name"], actor_id=_me().id)
        token = created.token
        return {"id": token.id, "name": token.name, "created_at": token.created_at, "revoked_at": None,
                "token": created.secret}


@blp.route("/tokens/<int:token_id>", endpoint="token")
class Token(MethodView):
    @require_role("moderator", "ml_staff")
    @blp.response(204)
    @blp.alt_response(404, response="NOT_FOUND")
    def delete(self, token_id: int) -> None:
        """Revoke one of my tokens."""
        staff_service.revoke_token(_me().id, token_id, actor_id=_me().id)
