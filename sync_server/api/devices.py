"""Device enrollment (SPEC §3)."""

from __future__ import annotations

from typing import Any

from flask import current_app, request
from flask.views import MethodView

from ..apidoc import Blueprint
from ..auth import public
from ..extensions import limiter
from ..schemas import EnrolledSchema, EnrollmentSchema
from ..services import devices as device_service
from ..services import trust
from .common import PREFIX

blp = Blueprint("devices", __name__, url_prefix=PREFIX, description="Device enrollment")


@blp.route("/devices")
class Devices(MethodView):
    @public
    @limiter.limit(lambda: current_app.config["ENROLL_RATE_LIMIT"])
    @blp.arguments(EnrollmentSchema)
    @blp.response(201, EnrolledSchema)
    @blp.alt_response(403, response="FORBIDDEN", description="enrollment_code missing or wrong")
    def post(self, args: dict[str, Any]) -> device_service.EnrolledDevice:
        """Enroll a device. The token in the answer is shown once; the server keeps only its hash."""
        enrolled = device_service.enroll_device(
            app_version=args["app_version"], os=args["os"], age_band=args["age_band"],
            enrollment_code=args["enrollment_code"], required_code=current_app.config.get("ENROLLMENT_CODE"),
        )
        trust.record_enrolment(enrolled.device_id, request.remote_addr)  # burst bookkeeping (PRIORITY.md)
        return enrolled
