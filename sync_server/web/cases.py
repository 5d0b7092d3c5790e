"""Case work pages: owners, bulk triage, the referral package and the user's settings.

    POST      /moderator/suspects/<id>/claim       moderator   take an unowned case
    POST      /moderator/suspects/<id>/release     moderator   give it back (owner or admin)
    POST      /moderator/suspects/<id>/assign      moderator   give it to a moderator
    POST      /moderator/queue/bulk                moderator   dismiss/escalate selected rows, one note
    POST      /moderator/suspects/<id>/referral    moderator   the referral zip (escalated only; audited)
    GET/POST  /moderator/settings                  every role  time zone

Actions are POSTs with a CSRF token (a link or prefetch can never claim a case or export evidence);
each answers with a redirect back and a flash message saying what happened.
"""

from __future__ import annotations

from typing import Any

from flask import flash, g, redirect, render_template, request, url_for
from werkzeug.wrappers import Response

from ..errors import ApiError
from ..services import cases as case_service
from ..services import preferences
from ..services import referral as referral_service
from . import bp
from .access import MODERATION_ROLES, REPORTING_ROLES, safe_next, staff_page
from .forms import AssignForm, BulkForm, CaseForm, TimeZoneForm

STATUS_DONE = {"dismissed": "dismissed", "escalated": "escalated"}


def _back(suspect_id: int | None = None) -> str:
    """Where the action came from (a path on this site), else the suspect page or the queue."""
    fallback = url_for("web.suspect", suspect_id=suspect_id) if suspect_id is not None else url_for("web.queue")
    return safe_next(request.values.get("back")) or fallback


def _checked(form: Any) -> bool:
    if not form.validate_on_submit():
        flash("The form expired or was incomplete; please try again.", "error")
        return False
    return True


@bp.route("/suspects/<int:suspect_id>/claim", methods=["POST"])
@staff_page(*MODERATION_ROLES)
def claim(suspect_id: int) -> Response:
    if _checked(CaseForm()):
        try:
            case_service.claim(suspect_id, actor=g.staff)
            flash("You own this case now.", "success")
        except ApiError as exc:
            if exc.status == 404:
                raise
            flash(exc.message[:1].upper() + exc.message[1:] + ".", "error")
    return redirect(_back(suspect_id))


@bp.route("/suspects/<int:suspect_id>/release", methods=["POST"])
@staff_page(*MODERATION_ROLES)
def release(suspect_id: int) -> Response:
    if _checked(CaseForm()):
        try:
            case_service.release(suspect_id, actor=g.staff)
            flash("The case is back in the pool.", "success")
        except ApiError as exc:
            if exc.status == 404:
                raise
            flash(exc.message[:1].upper() + exc.message[1:] + ".", "error")
    return redirect(_back(suspect_id))


@bp.route("/suspects/<int:suspect_id>/assign", methods=["POST"])
@staff_page(*MODERATION_ROLES)
def assign(suspect_id: int) -> Response:
    form = AssignForm.for_users(case_service.assignable_users())
    if _checked(form):
        try:
            owner = case_service.assign(suspect_id, int(form.assignee.data), actor=g.staff)
            flash(f"Assigned to {owner.username}.", "success")
        except ApiError as exc:
            if exc.status == 404:
                raise
            flash("Choose an active moderator.", "error")
    return redirect(_back(suspect_id))


@bp.route("/queue/bulk", methods=["POST"])
@staff_page(*MODERATION_ROLES)
def bulk_decide() -> Response:
    form = BulkForm()
    back = safe_next(form.back.data) or url_for("web.queue")
    ids = [int(v) for v in request.form.getlist("ids") if v.isdigit() and len(v) < 12]
    if not ids:
        flash("Select at least one suspect first.", "error")
    elif not form.validate_on_submit():
        flash(" ".join(e for errors in form.errors.values() for e in errors) or "Please try again.", "error")
    else:
        try:
            n = case_service.bulk_decide(ids, status=form.status.data or "", note=form.note.data or "", actor=g.staff)
            flash(f"{n} suspect{'s' if n != 1 else ''} {STATUS_DONE[form.status.data or '']}; "
                  "each decision is in its history and the audit log.", "success")
        except ApiError as exc:
            flash(exc.message[:1].upper() + exc.message[1:] + ".", "error")
    return redirect(back)


@bp.route("/suspects/<int:suspect_id>/referral", methods=["POST"])
@staff_page(*MODERATION_ROLES)
def referral(suspect_id: int) -> Response:
    if not _checked(CaseForm()):
        return redirect(_back(suspect_id))
    try:
        package = referral_service.build_package(
            suspect_id, actor=g.staff,
            render_html=lambda record: render_template("web/referral_report.html", r=record),
        )
    except ApiError as exc:
        if exc.status == 404:
            raise
        flash(exc.message[:1].upper() + exc.message[1:] + ".", "error")
        return redirect(_back(suspect_id))
    response = Response(package.data, mimetype="application/zip")
    response.headers["Content-Disposition"] = f'attachment; filename="{package.filename}"'
    response.headers["X-Content-SHA256"] = package.sha256
    return response


@bp.route("/settings", methods=["GET", "POST"])
@staff_page(*REPORTING_ROLES)
def settings() -> Any:
    form = TimeZoneForm()
    form.time_zone.choices = list(preferences.zone_names())
    if request.method == "GET":
        form.time_zone.data = preferences.time_zone(g.staff.id)
    elif form.validate_on_submit():
        name = preferences.set_time_zone(g.staff.id, form.time_zone.data or "")
        flash(f"Times are now shown in {name}.", "success")
        return redirect(url_for("web.settings"))
    return render_template("web/settings.html", nav="settings", form=form)
