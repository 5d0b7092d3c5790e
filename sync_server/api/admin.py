"""Admin API: staff accounts, the audit log, device revocation."""

from __future__ import annotations

from typing import Any

from flask.views import MethodView

from ..apidoc import Blueprint
from ..auth import current_staff, require_role
from ..schemas import (
    AuditArgsSchema,
    AuditEntrySchema,
    DeviceSummarySchema,
    NewUserSchema,
    StaffUserSchema,
    UserUpdateSchema,
)
from ..services import audit
from ..services import devices as device_service
from ..services import staff as staff_service
from .common import PREFIX

blp = Blueprint("admin", __name__, url_prefix=f"{PREFIX}/admin", description="Administration (admins)")


def _actor() -> int:
    staff = current_staff()
    assert staff is not None
    return staff.id


@blp.route("/users", endpoint="users")
class Users(MethodView):
    @require_role("admin")
    @blp.response(200, StaffUserSchema(many=True))
    def get(self) -> list[Any]:
        """All staff accounts."""
        return staff_service.list_users()

    @require_role("admin")
    @blp.arguments(NewUserSchema)
    @blp.response(201, StaffUserSchema)
    @blp.alt_response(409, response="CONFLICT")
    def post(self, args: dict[str, Any]) -> Any:
        """Create a staff account."""
        return staff_service.create_user(args["username"], args["password"], args["role"], actor_id=_actor())


@blp.route("/users/<int:user_id>", endpoint="user")
class User(MethodView):
    @require_role("admin")
    @blp.arguments(UserUpdateSchema)
    @blp.response(200, StaffUserSchema)
    @blp.alt_response(404, response="NOT_FOUND")
    def patch(self, args: dict[str, Any], user_id: int) -> Any:
        """Change a role or (de)activate; both end the user's web sessions."""
        return staff_service.update_user(user_id, actor_id=_actor(), **args)


@blp.route("/audit", endpoint="audit")
class Audit(MethodView):
    @require_role("admin")
    @blp.arguments(AuditArgsSchema, location="query")
    @blp.response(200, AuditEntrySchema(many=True))
    def get(self, args: dict[str, Any]) -> list[dict[str, Any]]:
        """Newest audit entries first (evidence views, decisions, rollouts, account changes)."""
        return [
            {"id": e.id, "at": e.at, "actor_name": e.actor.username if e.actor else None, "action": e.action,
             "target_type": e.target_type, "target_id": e.target_id, "details": e.details}
            for e in audit.recent(action=args["action"], limit=args["limit"])
        ]


@blp.route("/devices", endpoint="devices")
class Devices(MethodView):
    @require_role("admin")
    @blp.response(200, DeviceSummarySchema(many=True))
    def get(self) -> list[Any]:
        """Most recently enrolled devices (no tokens, no hashes)."""
        return device_service.list_devices()


@blp.route("/devices/<string:device_id>/revoke", endpoint="revoke_device")
class RevokeDevice(MethodView):
    @require_role("admin")
    @blp.response(200, DeviceSummarySchema)
    @blp.alt_response(404, response="NOT_FOUND")
    def post(self, device_id: str) -> Any:
        """Revoke a device token (lost phone, abuse); the device must enroll again."""
        return device_service.revoke_device(device_id, actor_id=_actor())
