"""JSON API blueprints, one per resource, all under /api/v1. Views are thin: parse, call a service, return."""

from __future__ import annotations

from flask_smorest import Api

from . import admin, auth_routes, devices, health, mailbox, ml, models, moderation, reports, staff

BLUEPRINTS = (
    health.blp, devices.blp, reports.blp, models.blp, moderation.blp, ml.blp, auth_routes.blp, staff.blp, admin.blp,
    mailbox.blp,
)


def register_blueprints(api: Api) -> None:
    for blp in BLUEPRINTS:
        api.register_blueprint(blp)
    mailbox.document(api)
