"""The moderator pages. Thin views: read the request, call a service, render a template.

    GET       /moderator/                          -> the user's home (queue, or the chart for ML staff)
    GET/POST  /moderator/login                     public; throttled per IP (LOGIN_RATE_LIMIT + failures)
    POST      /moderator/logout                    public (CSRF-checked)
    GET       /moderator/queue                     moderator   ?q=&status=&platform=&tactic=&page= (clamped)
    GET       /moderator/suspects/<id>             moderator   summary, tactics chart, timeline, decisions
    POST      /moderator/suspects/<id>/decisions   moderator   record a decision, redirect back
    POST      /moderator/suspects/<id>/evidence    moderator   show shared evidence (audited)
    GET       /moderator/reports-per-day           moderator, ml_staff
    GET       /moderator/assets/<file>             public      CSS, the keyboard-shortcut script

Case work, referral packages, settings, ML-staff and admin pages live in `cases`, `ml` and `admin`.
"""

from __future__ import annotations

import math
import time
from collections.abc import Mapping
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from flask import (
    abort,
    current_app,
    flash,
    g,
    redirect,
    render_template,
    request,
    send_from_directory,
    url_for,
)
from flask_wtf.csrf import CSRFError
from werkzeug.exceptions import HTTPException
from werkzeug.wrappers import Response

from device_app.core.vocabulary import TACTICS

from ..auth import (
    count_auth_failure,
    login_session,
    logout_session,
    public,
    session_staff,
)
from ..errors import ApiError
from ..extensions import limiter
from ..models import CHILD_ACTIONS, SuspectStatus, utcnow
from ..services import cases as case_service
from ..services import evidence as evidence_service
from ..services import preferences
from ..services import referral as referral_service
from ..services import staff as staff_service
from ..services import suspects as suspect_service
from ..services.priority import DEFAULT_WEIGHTS, SEVERE_TACTICS
from . import bp, charts, queries
from .access import MODERATION_ROLES, REPORTING_ROLES, home_for, may, safe_next, staff_page
from .forms import (
    DECISION_CHOICES,
    AssignForm,
    BulkForm,
    CaseForm,
    DecisionForm,
    EvidenceForm,
    LoginForm,
    LogoutForm,
)

STATIC_DIR = Path(__file__).resolve().parent / "static"
PER_PAGE = 25
STATUS_FILTERS = ("open", "escalated", "actioned", "dismissed", "all")

STATUS_LABELS = {
    SuspectStatus.OPEN.value: "Open",
    SuspectStatus.ESCALATED.value: "Escalated",
    SuspectStatus.ACTIONED.value: "Actioned",
    SuspectStatus.DISMISSED.value: "Dismissed",
    "all": "All statuses",
}
CHILD_ACTION_LABELS = {
    "none": "no action",
    "dismissed": "dismissed the alert",
    "blocked": "blocked",
    "told_adult": "told an adult",
    "shared_evidence": "shared evidence",
    "false_alarm": "said false alarm",
}
CHILD_ACTION_SHORT = {**CHILD_ACTION_LABELS, "dismissed": "dismissed", "told_adult": "told adult",
                      "false_alarm": "false alarm"}
ROLE_LABELS = {"moderator": "Moderator", "ml_staff": "ML staff", "admin": "Admin"}
ERROR_TEXT = {
    400: ("Bad request", "The request could not be understood."),
    403: ("Not allowed", "Your role does not give access to this page."),
    404: ("Not found", "There is nothing at this address. The suspect may have been purged."),
    405: ("Not allowed", "This address does not accept that method."),
    429: ("Too many attempts", "Please wait a minute before trying again."),
}
# One first-party script (keyboard shortcuts) is allowed; no inline script, no eval, nothing from elsewhere.
CSP = ("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; form-action 'self'; "
       "frame-ancestors 'none'; base-uri 'none'; connect-src 'none'")


# ---------------------------------------------------------------- shared template helpers


def _zone() -> ZoneInfo:
    """The logged-in user's time zone (UTC for nobody logged in)."""
    if "zone" not in g:
        user = g.get("staff") or session_staff()
        g.zone = preferences.zone_info(user.id) if user is not None else ZoneInfo("UTC")
    zone: ZoneInfo = g.zone
    return zone


def fmt_utc(value: datetime | None) -> str:
    """Always UTC, with the year: "24 Nov 2026 10:00 UTC" (the hover text next to every local time)."""
    if value is None:
        return ""
    value = value.astimezone(UTC)
    return f"{value.day} {value:%b %Y %H:%M} UTC"


def fmt_dt(value: datetime | None, short: bool = False) -> str:
    """In the user's zone, with the year, unambiguous in any country: "24 Nov 2026 11:00 CET"
    (short leaves the zone abbreviation out: the column header and footer name the zone)."""
    if value is None:
        return ""
    local = value.astimezone(_zone())
    text = f"{local.day} {local:%b %Y %H:%M}"
    return text if short else f"{text} {local.tzname() or ''}".rstrip()


def priority_terms() -> list[str]:
    """How the queue is ordered, in words, from the weights `services.priority` actually uses."""
    w = DEFAULT_WEIGHTS
    severe = ", ".join(sorted(SEVERE_TACTICS))
    return [
        f"corroboration: the different children's devices that reported the account, log-scaled "
        f"({w.devices:g} points for one fully trusted device, {w.devices * 2:g} for three, {w.devices * 3:g} for seven). "
        f"Each device counts by its trust (0.25 to 1, growing with its age and with its reports that moderators "
        f"upheld); devices enrolled together from one network count once, and new, unproven devices together "
        f"count as at most {w.unproven_cap:g} device",
        f"the highest risk a device reported, times that device's trust: up to {w.risk:g} points",
        f"a severe tactic ({severe}) seen by a device: up to {w.severe:g} points, times its trust",
        f"evidence a child chose to share: up to {w.evidence:g} points",
        f"recency: up to {w.recency:g} point, halving every {w.recency_half_life_days:g} days since the last report",
        f"minus up to {w.false_alarm:g} points for the share of reporting devices whose child said "
        "\u201cthis was wrong\u201d",
    ]


def fmt_score(value: float) -> str:
    return f"{value:.2f}"


def risk_level(value: float) -> str:
    return "high" if value >= 0.8 else "medium" if value >= 0.5 else "low"


def actions_summary(actions: Mapping[str, int], short: bool = False) -> list[tuple[str, str, int]]:
    """(action, label, count) for the actions children took, most common first."""
    labels = CHILD_ACTION_SHORT if short else CHILD_ACTION_LABELS
    taken = [(a, labels.get(a, a), int(n)) for a, n in actions.items() if n]
    return sorted(taken, key=lambda t: (-t[2], CHILD_ACTIONS.index(t[0]) if t[0] in CHILD_ACTIONS else 99))


@bp.context_processor
def _template_helpers() -> dict[str, Any]:
    user = g.get("staff") or session_staff()
    return {
        "current_user": user,
        "logout_form": LogoutForm(formdata=None) if user is not None else None,  # never parse the request body here
        "may": may,
        "fmt_dt": fmt_dt,
        "fmt_utc": fmt_utc,
        "zone_name": _zone().key if user is not None else "UTC",
        "fmt_score": fmt_score,
        "risk_level": risk_level,
        "actions_summary": actions_summary,
        "status_labels": STATUS_LABELS,
        "role_labels": ROLE_LABELS,
        "action_labels": CHILD_ACTION_LABELS,
        "severe_tactics": SEVERE_TACTICS,
        "MODERATION_ROLES": MODERATION_ROLES,
    }


@bp.after_request
def _security_headers(response: Response) -> Response:
    """Pages hold sensitive data: never cached, never framed, no scripts at all (CSP)."""
    response.headers.setdefault("Content-Security-Policy", CSP)
    response.headers.setdefault("X-Content-Type-Options", "nosniff")
    response.headers.setdefault("X-Frame-Options", "DENY")
    response.headers.setdefault("Referrer-Policy", "same-origin")
    if request.endpoint != "web.asset":
        response.headers["Cache-Control"] = "no-store"
    return response


def _error_page(status: int, title: str, message: str, headers: Mapping[str, str] | None = None) -> Response:
    body = render_template("web/error.html", status=status, title=title, message=message)
    return Response(body, status=status, headers=dict(headers or {}), mimetype="text/html")


@bp.errorhandler(HTTPException)
def http_error_page(error: HTTPException) -> Response:
    status = error.code or 500
    if isinstance(error, CSRFError):
        return _error_page(400, "Form expired",
                           "The form's security token (CSRF token) was missing, out of date or from another "
                           "site. Go back, reload the page and try again.")
    title, message = ERROR_TEXT.get(status, (error.name, "Something went wrong."))
    headers = {k: v for k, v in error.get_headers() if k.lower() not in {"content-type", "content-length"}}
    if status == 429:
        headers["Retry-After"] = str(_retry_after())
    return _error_page(status, title, message, headers)


def _retry_after() -> int:
    """Seconds until the login limit that was just hit resets (Flask-Limiter knows; 60 if it cannot say)."""
    current = limiter.current_limit
    return max(1, math.ceil(current.reset_at - time.time())) if current is not None else 60


@bp.errorhandler(ApiError)
def _service_error(error: ApiError) -> Response:
    title, message = ERROR_TEXT.get(error.status, ("Error", error.message))
    return _error_page(error.status, title, message, error.headers)


# ---------------------------------------------------------------- assets, login, logout


@bp.route("/assets/<path:filename>", endpoint="asset")
@public
def asset(filename: str) -> Response:
    return send_from_directory(STATIC_DIR, filename, max_age=3600)


@bp.route("/login", methods=["GET", "POST"])
@public
@limiter.limit(lambda: current_app.config["LOGIN_RATE_LIMIT"], methods=["POST"])
def login() -> Any:
    next_url = safe_next(request.args.get("next"))
    user = session_staff()
    if user is not None and request.method == "GET":
        return redirect(next_url or home_for(user))
    form = LoginForm()
    error = None
    if form.validate_on_submit():
        user = staff_service.authenticate(form.username.data or "", form.password.data or "")
        if user is None:
            count_auth_failure()
            error = "Wrong username or password."  # the same for unknown users and wrong passwords
        else:
            login_session(user)
            return redirect(next_url or home_for(user))
    return render_template("web/login.html", form=form, error=error, next_url=next_url)


@bp.route("/logout", methods=["POST"])
@public
def logout() -> Response:
    """CSRFProtect has already checked the token, so another site cannot log a moderator out."""
    logout_session()
    flash("You have logged out.", "info")
    return redirect(url_for("web.login"))


@bp.route("/")
@staff_page(*REPORTING_ROLES)
def index() -> Response:
    return redirect(home_for(g.staff))


# ---------------------------------------------------------------- the queue


Q_MAX = 128  # a stored handle's length


def _queue_filters(args: Mapping[str, str]) -> dict[str, str]:
    """q/status/platform/tactic from the query string; unknown values fall back to "no filter"."""
    status = args.get("status", "open")
    platform = args.get("platform", "").strip()
    tactic = args.get("tactic", "")
    q = "".join(ch for ch in args.get("q", "") if ch.isprintable()).strip()[:Q_MAX]
    owner = args.get("owner", "")
    return {
        "q": q,
        "owner": owner if owner in case_service.OWNER_FILTERS else "",
        "status": status if status in STATUS_FILTERS else "open",
        "platform": platform if platform and len(platform) <= 32 else "",
        "tactic": tactic if tactic in TACTICS else "",
    }


def _page_arg() -> int:
    try:
        return min(max(1, int(request.args.get("page", "1"))), 10**6)
    except ValueError:
        return 1


def _page_window(page: int, pages: int, width: int = 7) -> list[int]:
    start = max(1, min(page - width // 2, pages - width + 1))
    return list(range(start, min(pages, start + width - 1) + 1))


@bp.route("/queue")
@staff_page(*MODERATION_ROLES)
def queue() -> Any:
    filters = _queue_filters(request.args)
    page = _page_arg()
    result = case_service.queue_page(
        status=filters["status"], platform=filters["platform"] or None, tactic=filters["tactic"] or None,
        q=filters["q"], owner=filters["owner"], user_id=g.staff.id, page=page, per_page=PER_PAGE,
    )
    pages = max(1, math.ceil(result.total / PER_PAGE))
    link_args = {k: v for k, v in filters.items() if v}
    if page > pages:  # never "page 99 of 2": send the reader to the last page that exists
        target: dict[str, Any] = {**link_args, **({"page": pages} if pages > 1 else {})}
        return redirect(url_for("web.queue", **target))
    platforms = queries.platforms()
    if filters["platform"] and filters["platform"] not in platforms:
        platforms.append(filters["platform"])
    return render_template(
        "web/queue.html", nav="queue", result=result, filters=filters, link_args=link_args, page=page,
        pages=pages, page_window=_page_window(page, pages), platforms=platforms, tactics=TACTICS,
        status_filters=STATUS_FILTERS, first_rank=(page - 1) * PER_PAGE + 1,
        here=request.full_path.rstrip("?"), owners=case_service.owners([s.id for s in result.items]),
        bulk_form=BulkForm(), case_form=CaseForm(), priority_terms=priority_terms(),
    )


# ---------------------------------------------------------------- one suspect


TIMELINE_PER_PAGE = 100


def device_letters(detail: suspect_service.SuspectDetail) -> dict[str, str]:
    """"Device A", "Device B"... in order of first report, when the whole timeline is on the page; on a
    paged timeline a short per-suspect code instead (letters would restart on every page). Either way
    the label is per suspect: no device identifier links one child's reports across suspects."""
    page = detail.timeline_page
    if page is not None and page.pages > 1:
        return {e.device: e.device[:6] for e in detail.timeline}
    return referral_service.letters_for([e.device for e in detail.timeline])


def _back_link() -> str:
    return safe_next(request.values.get("back")) or url_for("web.queue")


def _render_suspect(detail: suspect_service.SuspectDetail, form: DecisionForm, status: int = 200) -> tuple[str, int]:
    total, tactic_counts = case_service.tactic_counts(detail.id)
    back = _back_link()
    owner = case_service.owners([detail.id]).get(detail.id)
    body = render_template(
        "web/suspect.html", nav="queue", s=detail, form=form, evidence_form=EvidenceForm(),
        owner=owner, case_form=CaseForm(), assign_form=AssignForm.for_users(case_service.assignable_users(), owner),
        exports=referral_service.exports_for(detail.id),
        chart=charts.tactic_chart(tactic_counts, total, TACTICS), evidence_count=case_service.evidence_count(detail.id),
        letters=device_letters(detail), tpage=detail.timeline_page,
        decision_choices=[c for c in DECISION_CHOICES if c[0] != detail.status],
        back=back,
        timeline=list(reversed(detail.timeline)), decisions=list(reversed(detail.decisions)),
    )
    return body, status


def _paged_detail(suspect_id: int) -> suspect_service.SuspectDetail:
    """One page of the timeline, the newest page unless ?tpage= asks for another (clamped)."""
    try:
        tpage = min(max(1, int(request.args.get("tpage", ""))), 10**6)
    except ValueError:
        tpage = 10**6  # the service clamps it to the last (newest) page
    return suspect_service.suspect_detail(suspect_id, page=tpage, per_page=TIMELINE_PER_PAGE)


@bp.route("/suspects/<int:suspect_id>")
@staff_page(*MODERATION_ROLES)
def suspect(suspect_id: int) -> tuple[str, int]:
    return _render_suspect(_paged_detail(suspect_id), DecisionForm())


@bp.route("/suspects/<int:suspect_id>/decisions", methods=["POST"])
@staff_page(*MODERATION_ROLES)
def decide(suspect_id: int) -> Any:
    detail = _paged_detail(suspect_id)
    form = DecisionForm()
    if not form.validate_on_submit():
        return _render_suspect(detail, form, status=400)
    status = form.status.data or ""
    suspect_service.record_decision(suspect_id, moderator_id=g.staff.id, status=status, note=form.note.data or "")
    label = STATUS_LABELS[status].lower()
    flash(f"Decision recorded: {'reopened' if status == 'open' else label}.", "success")
    return redirect(url_for("web.suspect", suspect_id=suspect_id, back=safe_next(request.values.get("back")))
                    + "#decisions")


@bp.route("/suspects/<int:suspect_id>/evidence", methods=["POST"])
@staff_page(*MODERATION_ROLES)
def evidence(suspect_id: int) -> str:
    """Every call writes one audit row per report shown (services.evidence)."""
    form = EvidenceForm()
    if not form.validate_on_submit():
        abort(400)
    detail = suspect_service.suspect_detail(suspect_id)
    entries = {e.report_id: e for e in detail.timeline}
    report_id = form.report_id.data or None
    if report_id is not None:
        if report_id not in entries:
            abort(404)
        views = [evidence_service.read_evidence(report_id, viewer=g.staff)]
    else:
        views = evidence_service.read_suspect_evidence(suspect_id, viewer=g.staff)
    return render_template(
        "web/evidence.html", nav="queue", s=detail, views=views, entries=entries, letters=device_letters(detail),
        viewed_at=utcnow(), back=_back_link(),
    )


# ---------------------------------------------------------------- reports per day


@bp.route("/reports-per-day")
@staff_page(*REPORTING_ROLES)
def reports_per_day() -> str:
    data = queries.reports_per_day(days=30)
    chart = charts.daily_chart(data.days, data.counts, data.platforms)
    return render_template("web/reports_chart.html", nav="reports", data=data, chart=chart,
                           day_label=charts.day_label)
