"""Flag report upload (SPEC §3/§4): each report validated on its own, good ones stored."""

from __future__ import annotations

from flask import current_app
from flask.views import MethodView

from .. import ratelimit
from ..apidoc import Blueprint
from ..auth import current_device_id, device_required
from ..errors import ValidationFailed
from ..schemas import MAX_BATCH, IngestResultSchema, ReportBatchSchema
from ..services import reports as report_service
from .common import PREFIX, json_body

blp = Blueprint("reports", __name__, url_prefix=PREFIX, description="Flag reports from devices")


@blp.route("/reports")
class Reports(MethodView):
    @device_required
    @blp.doc(requestBody={"required": True, "content": {"application/json": {"schema": ReportBatchSchema}}})
    @blp.response(200, IngestResultSchema)
    @blp.alt_response(413, response="REQUEST_ENTITY_TOO_LARGE")
    @blp.alt_response(415, response="UNSUPPORTED_MEDIA_TYPE")
    @blp.alt_response(422, response="UNPROCESSABLE_ENTITY", description="the envelope is wrong")
    def post(self) -> report_service.IngestResult:
        """Upload 1-100 reports. Invalid reports are listed in `rejected` (by index, with per-field
        errors) and not stored; valid ones are stored; a known report_id counts as a duplicate."""
        ratelimit.consume(current_app.config["REPORT_RATE_LIMIT"], "reports", current_device_id(),
                          "too many uploads from this device")
        body = json_body()
        if not isinstance(body, dict) or set(body) != {"reports"}:
            raise ValidationFailed("the body must be an object with exactly one key, 'reports'",
                                   {"_body": ["expected {\"reports\": [...]}"]})
        items = body["reports"]
        if not isinstance(items, list) or not 1 <= len(items) <= MAX_BATCH:
            raise ValidationFailed(f"'reports' must be a list of 1 to {MAX_BATCH} reports",
                                   {"reports": [f"a list of 1 to {MAX_BATCH} reports"]})
        return report_service.ingest_reports(current_device_id(), items)
