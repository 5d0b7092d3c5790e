"""Admin pages: staff accounts, their API tokens, devices, and the audit log.

    GET   /moderator/admin/users                         list + create form
    POST  /moderator/admin/users                         create
    GET   /moderator/admin/users/<id>                    one account: role, active, password, tokens
    POST  /moderator/admin/users/<id>/role               change role (ends their sessions)
    POST  /moderator/admin/users/<id>/active             deactivate / reactivate
    POST  /moderator/admin/users/<id>/password           reset: a new one-time password shown once
    POST  /moderator/admin/users/<id>/tokens             new API token, secret shown once
    POST  /moderator/admin/users/<id>/tokens/<tid>/revoke
    GET   /moderator/admin/devices                       newest first, paged; revoke
    POST  /moderator/admin/devices/<device_id>/revoke
    GET   /moderator/admin/audit                         filters: action, actor, target, from, to; paged
    GET   /moderator/admin/audit.csv                     the same filters, streamed as CSV (audited)

Writes call the owners' services (`staff`, `devices`), which audit them. Secrets (a reset password, a
new token) are rendered once in the POST's response and never stored or flashed.
"""

from __future__ import annotations

import math
import secrets
from datetime import date
from typing import Any

from flask import flash, g, redirect, render_template, request, stream_with_context, url_for
from werkzeug.wrappers import Response

from ..errors import ApiError
from ..extensions import db
from ..services import admin_pages, audit
from ..services import devices as device_service
from ..services import staff as staff_service
from . import bp
from .access import staff_page
from .forms import CaseForm, NewUserForm, RoleForm, TokenForm

ADMIN = ("admin",)
PER_PAGE = 50


def _message(exc: ApiError) -> str:
    detail = "; ".join(f"{k}: {', '.join(map(str, v)) if isinstance(v, list) else v}" for k, v in exc.details.items())
    text = exc.message[:1].upper() + exc.message[1:]
    return f"{text} ({detail})." if detail else f"{text}."


def _page(total: int) -> tuple[int, int]:
    try:
        page = min(max(1, int(request.args.get("page", "1"))), 10**6)
    except ValueError:
        page = 1
    return page, max(1, math.ceil(total / PER_PAGE))


# ---------------------------------------------------------------- users and tokens


@bp.route("/admin/users", methods=["GET", "POST"])
@staff_page(*ADMIN)
def admin_users() -> Any:
    form = NewUserForm()
    status = 200
    if request.method == "POST":
        if form.validate_on_submit():
            try:
                user = staff_service.create_user(form.username.data or "", form.password.data or "",
                                                 form.role.data or "", actor_id=g.staff.id)
                flash(f"Account {user.username} created.", "success")
                return redirect(url_for("web.admin_user", user_id=user.id))
            except ApiError as exc:
                db.session.rollback()
                form.username.errors = [*form.username.errors, _message(exc)]
        status = 400
    return render_template("web/admin_users.html", nav="admin", form=form, users=staff_service.list_users()), status


def _render_user(user_id: int, **extra: Any) -> str:
    user = staff_service.get_user(user_id)
    role_form = RoleForm()
    role_form.role.data = user.role
    return render_template("web/admin_user.html", nav="admin", user=user, role_form=role_form, action_form=CaseForm(),
                           token_form=TokenForm(), tokens=staff_service.list_tokens(user_id), **extra)


@bp.route("/admin/users/<int:user_id>")
@staff_page(*ADMIN)
def admin_user(user_id: int) -> str:
    return _render_user(user_id)


@bp.route("/admin/users/<int:user_id>/role", methods=["POST"])
@staff_page(*ADMIN)
def admin_user_role(user_id: int) -> Response:
    form = RoleForm()
    if form.validate_on_submit():
        if user_id == g.staff.id:
            flash("You cannot change your own role; ask another admin.", "error")
        else:
            user = staff_service.update_user(user_id, actor_id=g.staff.id, role=form.role.data)
            flash(f"{user.username} is now {form.role.data.replace('_', ' ')}; their sessions were ended.", "success")
    return redirect(url_for("web.admin_user", user_id=user_id))


@bp.route("/admin/users/<int:user_id>/active", methods=["POST"])
@staff_page(*ADMIN)
def admin_user_active(user_id: int) -> Response:
    if CaseForm().validate_on_submit():
        if user_id == g.staff.id:
            flash("You cannot deactivate your own account.", "error")
        else:
            user = staff_service.get_user(user_id)
            user = staff_service.update_user(user_id, actor_id=g.staff.id, active=not user.active)
            flash(f"{user.username} is {'active again' if user.active else 'deactivated; their sessions and tokens stopped working'}.",
                  "success")
    return redirect(url_for("web.admin_user", user_id=user_id))


@bp.route("/admin/users/<int:user_id>/password", methods=["POST"])
@staff_page(*ADMIN)
def admin_user_reset(user_id: int) -> Any:
    if not CaseForm().validate_on_submit():
        return redirect(url_for("web.admin_user", user_id=user_id))
    temporary = "-".join(secrets.token_urlsafe(4) for _ in range(4))
    staff_service.set_password(user_id, temporary, actor_id=g.staff.id)
    return _render_user(user_id, new_password=temporary)


@bp.route("/admin/users/<int:user_id>/tokens", methods=["POST"])
@staff_page(*ADMIN)
def admin_token_create(user_id: int) -> Any:
    form = TokenForm()
    if not form.validate_on_submit():
        flash("Give the token a name.", "error")
        return redirect(url_for("web.admin_user", user_id=user_id))
    created = staff_service.create_token(user_id, form.name.data or "", actor_id=g.staff.id)
    return _render_user(user_id, new_token=created.secret, new_token_name=created.token.name)


@bp.route("/admin/users/<int:user_id>/tokens/<int:token_id>/revoke", methods=["POST"])
@staff_page(*ADMIN)
def admin_token_revoke(user_id: int, token_id: int) -> Response:
    if CaseForm().validate_on_submit():
        token = staff_service.revoke_token(user_id, token_id, actor_id=g.staff.id)
        flash(f"Token “{token.name}” revoked.", "success")
    return redirect(url_for("web.admin_user", user_id=user_id))


# ---------------------------------------------------------------- devices


@bp.route("/admin/devices")
@staff_page(*ADMIN)
def admin_devices() -> Any:
    page, _ = _page(0)
    total, rows = admin_pages.device_page(page=page, per_page=PER_PAGE)
    pages = max(1, math.ceil(total / PER_PAGE))
    if page > pages:
        return redirect(url_for("web.admin_devices", page=pages))
    return render_template("web/admin_devices.html", nav="admin", rows=rows, total=total, page=page, pages=pages,
                           action_form=CaseForm())


@bp.route("/admin/devices/<device_id>/revoke", methods=["POST"])
@staff_page(*ADMIN)
def admin_device_revoke(device_id: str) -> Response:
    if CaseForm().validate_on_submit():
        device_service.revoke_device(device_id[:36], actor_id=g.staff.id)
        flash("Device revoked: its token no longer works. Its reports stay.", "success")
    return redirect(url_for("web.admin_devices", page=request.args.get("page", "1")))


# ---------------------------------------------------------------- audit log


def _day(value: str | None) -> date | None:
    try:
        day = date.fromisoformat((value or "").strip())
    except ValueError:
        return None
    return day if date(2000, 1, 1) <= day <= date(2999, 12, 31) else None


def _audit_filters() -> admin_pages.AuditFilters:
    a = request.args
    return admin_pages.AuditFilters(action=a.get("action", "").strip()[:64], actor=a.get("actor", "").strip()[:64].lower(),
                                    target=a.get("target", "").strip()[:64], since=_day(a.get("since")),
                                    until=_day(a.get("until")))


def _filter_args(f: admin_pages.AuditFilters) -> dict[str, str]:
    values = {"action": f.action, "actor": f.actor, "target": f.target,
              "since": f.since.isoformat() if f.since else "", "until": f.until.isoformat() if f.until else ""}
    return {k: v for k, v in values.items() if v}


@bp.route("/admin/audit")
@staff_page(*ADMIN)
def admin_audit() -> Any:
    filters = _audit_filters()
    page, _ = _page(0)
    result = admin_pages.audit_page(filters, page=page, per_page=PER_PAGE)
    pages = max(1, math.ceil(result.total / PER_PAGE))
    args = _filter_args(filters)
    if page > pages:
        target: dict[str, Any] = {**args, **({"page": pages} if pages > 1 else {})}
        return redirect(url_for("web.admin_audit", **target))
    return render_template("web/admin_audit.html", nav="admin", result=result, filters=filters, args=args, page=page,
                           pages=pages, actions=admin_pages.audit_actions(), users=staff_service.list_users())


@bp.route("/admin/audit.csv")
@staff_page(*ADMIN)
def admin_audit_csv() -> Response:
    filters = _audit_filters()
    audit.record("audit.export", "audit_log", "csv", actor_id=g.staff.id, filters=_filter_args(filters))
    db.session.commit()
    response = Response(stream_with_context(admin_pages.audit_csv(filters)), mimetype="text/csv")
    response.headers["Content-Disposition"] = 'attachment; filename="guardline-audit.csv"'
    return response
