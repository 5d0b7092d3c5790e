"""ML staff API: upload signed bundles, run staged rollouts, read per-version field stats."""

from __future__ import annotations

from typing import Any

from flask import current_app, request
from flask.views import MethodView

from ..apidoc import Blueprint
from ..auth import current_staff, require_role
from ..errors import ValidationFailed
from ..schemas import (
    ReleaseSchema,
    RolloutSchema,
    StageSchema,
    UploadFileSchema,
    UploadSchema,
    VersionStatsSchema,
)
from ..services import releases
from .common import PREFIX

blp = Blueprint("ml", __name__, url_prefix=f"{PREFIX}/ml", description="Model releases (ML staff)")


@blp.before_request
def _allow_bundle_sized_bodies() -> None:
    """Bundles are up to 16 MiB; the global cap stays small for everything else."""
    if request.method == "POST" and request.endpoint == "ml.releases":
        request.max_content_length = current_app.config["MAX_BUNDLE_UPLOAD"]


def _actor() -> int:
    staff = current_staff()
    assert staff is not None
    return staff.id


@blp.route("/models", endpoint="releases")
class Releases(MethodView):
    @require_role("ml_staff")
    @blp.response(200, ReleaseSchema(many=True))
    def get(self) -> list[Any]:
        """Every uploaded release, newest first, with its rollout status."""
        return releases.list_releases()

    @require_role("ml_staff")
    @blp.arguments(UploadSchema, location="form")
    @blp.arguments(UploadFileSchema, location="files")
    @blp.response(201, ReleaseSchema)
    @blp.alt_response(409, response="CONFLICT", description="this version was already uploaded")
    @blp.alt_response(413, response="REQUEST_ENTITY_TOO_LARGE")
    @blp.alt_response(422, response="UNPROCESSABLE_ENTITY", description="bad signature or unreadable bundle")
    def post(self, form: dict[str, Any], files: dict[str, Any]) -> Any:
        """Upload a bundle: multipart `file` (the zip) + `signature` (base64 detached Ed25519 over the file).
        The signature must verify against a configured staff public key; the version is read from
        the bundle's manifest. The release starts `available` (not offered to devices)."""
        data = files["file"].read()
        if not data:
            raise ValidationFailed("the bundle file is empty", {"file": ["empty"]})
        keys = releases.trusted_keys(current_app.config.get("STAFF_PUBLIC_KEYS"))
        return releases.publish_bundle(data, form["signature"], keys=keys, uploader_id=_actor())


@blp.route("/models/stats", endpoint="stats")
class Stats(MethodView):
    @require_role("ml_staff")
    @blp.response(200, VersionStatsSchema(many=True))
    def get(self) -> list[releases.VersionStats]:
        """Per model version: devices running it, alerts per device-day, false-alarm rate."""
        return releases.version_stats()


@blp.route("/rollout", endpoint="rollout")
class Rollout(MethodView):
    @require_role("ml_staff")
    @blp.response(200, RolloutSchema)
    def get(self) -> releases.RolloutState:
        """Current, staged (with its percentage) and previous (rollback target) releases."""
        return releases.rollout_state()


@blp.route("/rollout/stage", endpoint="stage")
class Stage(MethodView):
    @require_role("ml_staff")
    @blp.arguments(StageSchema)
    @blp.response(200, RolloutSchema)
    @blp.alt_response(409, response="CONFLICT")
    def post(self, args: dict[str, Any]) -> releases.RolloutState:
        """Offer a version to `percent` % of devices (a stable cohort); repeat to widen it."""
        return releases.stage(args["version"], args["percent"], actor_id=_actor())


@blp.route("/rollout/promote", endpoint="promote")
class Promote(MethodView):
    @require_role("ml_staff")
    @blp.response(200, RolloutSchema)
    @blp.alt_response(409, response="CONFLICT")
    def post(self) -> releases.RolloutState:
        """Make the staged version current for every device."""
        return releases.promote(actor_id=_actor())


@blp.route("/rollout/halt", endpoint="halt")
class Halt(MethodView):
    @require_role("ml_staff")
    @blp.response(200, RolloutSchema)
    @blp.alt_response(409, response="CONFLICT")
    def post(self) -> releases.RolloutState:
        """Stop the staged rollout; its cohort returns to the current version."""
        return releases.halt(actor_id=_actor())


@blp.route("/rollout/rollback", endpoint="rollback")
class Rollback(MethodView):
    @require_role("ml_staff")
    @blp.response(200, RolloutSchema)
    @blp.alt_response(409, response="CONFLICT")
    def post(self) -> releases.RolloutState:
        """Withdraw the current version; the previously promoted one becomes current."""
        return releases.rollback(actor_id=_actor())
