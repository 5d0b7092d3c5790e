"""ML-staff pages: releases, rollout steps with confirmation, per-version figures side by side.

    GET   /moderator/releases                  ml_staff   releases, rollout, figures, history
    POST  /moderator/releases/upload           ml_staff   signed bundle + signature -> available
    POST  /moderator/releases/stage            ml_staff   offer a version to N % of devices
    POST  /moderator/releases/promote          ml_staff   staged -> current (confirmed)
    POST  /moderator/releases/halt             ml_staff   stop the staged rollout (confirmed)
    POST  /moderator/releases/rollback         ml_staff   retire the current release, restore the previous

Every step is a `services.releases` call (which audits it). Confirmations carry the version the person
was looking at, so a step never acts on a release that changed since the page was drawn.
"""

from __future__ import annotations

from typing import Any

from flask import current_app, flash, g, redirect, render_template, request, url_for
from werkzeug.wrappers import Response

from device_app.core.vocabulary import TACTICS

from ..errors import ApiError
from ..models import ReleaseStatus
from ..services import model_figures, releases
from ..services import staff as staff_service
from . import bp, charts
from .access import staff_page
from .forms import ConfirmForm, StageForm, UploadForm

ML_ROLES = ("ml_staff",)
UPLOAD_ENDPOINT = "web.release_upload"
STATE_LABELS = {
    ReleaseStatus.AVAILABLE.value: "Available", ReleaseStatus.STAGED.value: "Staged",
    ReleaseStatus.CURRENT.value: "Current", ReleaseStatus.RETIRED.value: "Retired",
    ReleaseStatus.ROLLED_BACK.value: "Rolled back",
}


def _message(exc: ApiError) -> str:
    return exc.message[:1].upper() + exc.message[1:] + "."


def _figure_charts(figs: list[model_figures.VersionFigures]) -> dict[str, charts.GroupedChart]:
    names = [f.version for f in figs]
    return {
        "rates": charts.grouped_bars(
            [("Alerts / device-day", [f.alerts_per_device_day for f in figs])], names, fmt="{:.2f}"),
        "wrong": charts.grouped_bars(
            [("“This was wrong”", [f.false_alarm_rate * 100 for f in figs])], names, fmt="{:.1f} %",
            scale_max=max([f.false_alarm_rate * 100 for f in figs] + [1.0])),
        "mix": charts.grouped_bars(
            [(t.replace("_", " "), [f.tactic_share.get(t, 0.0) * 100 for f in figs]) for t in TACTICS], names,
            fmt="{:.0f} %", scale_max=100.0),
    }


@bp.route("/releases")
@staff_page(*ML_ROLES)
def releases_page() -> str:
    state = releases.rollout_state()
    versions = model_figures.compared_versions()
    figs = model_figures.figures(versions)
    users = {u.id: u.username for u in staff_service.list_users()}
    return render_template(
        "web/releases.html", nav="releases", releases=releases.list_releases(), state=state, figures=figs,
        charts=_figure_charts(figs) if figs else None, tactics=TACTICS, history=model_figures.release_history(),
        users=users, upload_form=UploadForm(), stage_form=StageForm(), confirm_form=ConfirmForm(),
        state_labels=STATE_LABELS, staged_by_default=10, sample=f"{model_figures.SAMPLE:,}",
    )


@bp.route("/releases/upload", methods=["POST"], endpoint="release_upload")
@staff_page(*ML_ROLES)
def release_upload() -> Response:
    form = UploadForm()
    if not form.validate_on_submit():
        flash(" ".join(e for errors in form.errors.values() for e in errors) or "Please try again.", "error")
        return redirect(url_for("web.releases_page"))
    data = form.bundle.data.read()
    keys = releases.trusted_keys(current_app.config.get("STAFF_PUBLIC_KEYS"))
    try:
        release = releases.publish_bundle(data, form.signature.data or "", keys=keys, uploader_id=g.staff.id)
        flash(f"Version {release.version} uploaded and verified; it is not offered to devices until staged.",
              "success")
    except ApiError as exc:
        flash(f"Upload refused: {_message(exc)}", "error")
    return redirect(url_for("web.releases_page"))


@bp.route("/releases/stage", methods=["POST"])
@staff_page(*ML_ROLES)
def release_stage() -> Response:
    form = StageForm()
    if not form.validate_on_submit():
        flash("Choose a cohort between 1 and 100 %.", "error")
    else:
        try:
            releases.stage(form.version.data or "", int(form.percent.data or 0), actor_id=g.staff.id)
            flash(f"Version {form.version.data} is staged to {form.percent.data} % of devices.", "success")
        except ApiError as exc:
            flash(_message(exc), "error")
    return redirect(url_for("web.releases_page"))


def _confirmed_step(expected: ReleaseStatus, step: Any, done: str) -> Response:
    form = ConfirmForm()
    state = releases.rollout_state()
    target = state.staged if expected is ReleaseStatus.STAGED else state.current
    if not form.validate_on_submit():
        flash("Tick the confirmation box first.", "error")
    elif target is None or target.version != form.version.data:
        flash("The rollout changed since this page was loaded; nothing was done. Check the page again.", "error")
    else:
        try:
            step(actor_id=g.staff.id)
            flash(done.format(version=target.version), "success")
        except ApiError as exc:
            flash(_message(exc), "error")
    return redirect(url_for("web.releases_page"))


@bp.route("/releases/promote", methods=["POST"])
@staff_page(*ML_ROLES)
def release_promote() -> Response:
    return _confirmed_step(ReleaseStatus.STAGED, releases.promote, "Version {version} is now current for every device.")


@bp.route("/releases/halt", methods=["POST"])
@staff_page(*ML_ROLES)
def release_halt() -> Response:
    return _confirmed_step(ReleaseStatus.STAGED, releases.halt, "The rollout of {version} is halted.")


@bp.route("/releases/rollback", methods=["POST"])
@staff_page(*ML_ROLES)
def release_rollback() -> Response:
    return _confirmed_step(ReleaseStatus.CURRENT, releases.rollback,
                           "Version {version} is retired; the previous release is current again.")


def allow_bundle_uploads() -> None:
    """Registered first among the app's before-request hooks (before CSRFProtect reads the form): the
    upload page accepts bundle-sized bodies; every other page keeps the small global cap."""
    if request.method == "POST" and request.endpoint == UPLOAD_ENDPOINT:
        request.max_content_length = current_app.config["MAX_BUNDLE_UPLOAD"]
