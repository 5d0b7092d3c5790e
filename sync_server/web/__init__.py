"""Moderator web pages: server-rendered HTML under /moderator, no JavaScript needed.

    access    `staff_page(*roles)`: session login required (else a redirect to the login page),
              role checked (else an HTML 403); marks the view for `auth.access_of`
    forms     Flask-WTF forms (every POST carries a CSRF token)
    views     login/logout, the suspect queue, one suspect, shared evidence, reports per day
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

from . import views  # noqa: E402  (registers the routes on `bp`)


def init_app(app: Flask) -> None:
    """Register the pages, and let errors raised before a page is matched (a 404 from routing, e.g.
    an id out of range) render as HTML pages too: the app's JSON error handler asks this hook first."""
    app.register_blueprint(bp)
    app.extensions["guardline-html-errors"] = (bp.url_prefix, views.http_error_page)


__all__ = ["bp", "init_app"]
