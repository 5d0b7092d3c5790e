"""Moderator web pages: server-rendered HTML under /moderator, no JavaScript needed
(one small first-party script adds keyboard shortcuts to the queue).

    access    `staff_page(*roles)`: session login required (else a redirect to the login page),
              role checked (else an HTML 403); marks the view for `auth.access_of`
    forms     Flask-WTF forms (every POST carries a CSRF token)
    views     login/logout, the suspect queue (search, owners, bulk), one suspect, evidence, reports per day
    cases     claim / release / assign, bulk decisions, referral package, the user's time zone
    ml        ML staff: releases, upload / stage / promote / halt / roll back, per-version figures
    admin     admins: users, API tokens, devices, the audit log (+ CSV)
    charts    geometry for the inline SVG charts (pure functions, rendered by the templates)
    queries   read-only look-ups the core services do not offer (platform list, reports per day)

Pages are session-only: bearer tokens (device or staff) are ignored here, so a page never renders
for a script. Moderators and admins use every page; ML staff see only the aggregate reports-per-day
chart (no handles, no evidence), matching the JSON API. Business rules live in `sync_server.services`;
evidence is read only through `services.evidence`, which writes the audit log.
"""

from __future__ import annotations

from flask import Blueprint, Flask

bp = Blueprint("web", __name__, url_prefix="/moderator", template_folder="templates")

from . import admin, cases, ml, views  # noqa: E402,F401  (register the routes on `bp`)


def init_app(app: Flask) -> None:
    """Register the pages, and let errors raised before a page is matched (a 404 from routing, e.g.
    an id out of range) render as HTML pages too: the app's JSON error handler asks this hook first."""
    app.register_blueprint(bp)
    app.before_request_funcs.setdefault(None, []).insert(0, ml.allow_bundle_uploads)
    app.extensions["guardline-html-errors"] = (bp.url_prefix, views.http_error_page)


__all__ = ["bp", "init_app"]
