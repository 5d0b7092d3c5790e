"""Moderator JSON API: the prioritised suspect queue, one suspect's timeline, decisions, evidence."""

from __future__ import annotations

from typing import Any

from flask.views import MethodView

from ..apidoc import Blueprint
from ..auth import current_staff, require_role
from ..schemas import (
    DecisionInputSchema,
    DecisionSchema,
    EvidenceSchema,
    QueueArgsSchema,
    QueuePageSchema,
    SuspectDetailSchema,
    TimelineArgsSchema,
)
from ..services import evidence as evidence_service
from ..services import suspects as suspect_service
from .common import PREFIX

blp = Blueprint("moderation", __name__, url_prefix=PREFIX, description="Moderation (moderators)")


@blp.route("/suspects", endpoint="queue")
class Queue(MethodView):
    @require_role("moderator")
    @blp.arguments(QueueArgsSchema, location="query")
    @blp.response(200, QueuePageSchema)
    def get(self, args: dict[str, Any]) -> suspect_service.QueuePage:
        """Suspects by stored priority (see PRIORITY.md); filter by status (default open), platform, tactic,
        handle search `q` and `min_devices`. `page` is clamped to 1..`pages`."""
        return suspect_service.suspect_queue(**args)


@blp.route("/suspects/<int:suspect_id>", endpoint="suspect")
class Suspect(MethodView):
    @require_role("moderator")
    @blp.arguments(TimelineArgsSchema, location="query")
    @blp.response(200, SuspectDetailSchema)
    @blp.alt_response(404, response="NOT_FOUND")
    def get(self, args: dict[str, Any], suspect_id: int) -> suspect_service.SuspectDetail:
        """Aggregates, one page of the report timeline (oldest first, no message text; `timeline_page`
        says where it is) and the decision history. Devices appear under per-suspect pseudonyms."""
        return suspect_service.suspect_detail(suspect_id, page=args["page"], per_page=args["per_page"])


@blp.route("/suspects/<int:suspect_id>/decisions", endpoint="decisions")
class Decisions(MethodView):
    @require_role("moderator")
    @blp.arguments(DecisionInputSchema)
    @blp.response(201, DecisionSchema)
    @blp.alt_response(404, response="NOT_FOUND")
    def post(self, args: dict[str, Any], suspect_id: int) -> suspect_service.DecisionView:
        """Set the suspect's status (open, dismissed, escalated, actioned) with a note."""
        staff = current_staff()
        assert staff is not None
        decision = suspect_service.record_decision(
            suspect_id, moderator_id=staff.id, status=args["status"], note=args["note"]
        )
        return suspect_service.DecisionView(
            id=decision.id, from_status=decision.from_status, to_status=decision.to_status, note=decision.note,
            moderator_name=staff.username, created_at=decision.created_at,
        )


@blp.route("/suspects/<int:suspect_id>/evidence", endpoint="suspect_evidence")
class SuspectEvidence(MethodView):
    @require_role("moderator")
    @blp.response(200, EvidenceSchema(many=True))
    def get(self, suspect_id: int) -> list[evidence_service.EvidenceView]:
        """Every piece of evidence children shared about this suspect. Each view is audit-logged."""
        staff = current_staff()
        assert staff is not None
        return evidence_service.read_suspect_evidence(suspect_id, viewer=staff)


@blp.route("/reports/<string:report_id>/evidence", endpoint="report_evidence")
class ReportEvidence(MethodView):
    @require_role("moderator")
    @blp.response(200, EvidenceSchema)
    @blp.alt_response(404, response="NOT_FOUND")
    def get(self, report_id: str) -> evidence_service.EvidenceView:
        """The evidence shared with one report. The view is audit-logged."""
        staff = current_staff()
        assert staff is not None
        return evidence_service.read_evidence(report_id, viewer=staff)
