"""Flask CLI commands: `flask users ...`, `flask purge`, `flask rebuild-aggregates`, `flask refresh-priority`
(plus `flask db ...` from Flask-Migrate)."""

from __future__ import annotations

import logging

import click
from flask import Flask, current_app
from flask.cli import AppGroup, with_appcontext

from .errors import ApiError
from .services import aggregates, retention
from .services import staff as staff_service

log = logging.getLogger("guardline.purge")
users = AppGroup("users", help="Staff accounts and their API tokens.")


def _user_or_fail(username: str) -> int:
    user = staff_service.user_by_username(username)
    if user is None:
        raise click.ClickException(f"no user {username!r}")
    return user.id


@users.command("create")
@click.argument("username")
@click.option("--role", type=click.Choice(staff_service.ROLES), required=True)
@click.password_option(help="Prompted (hidden, twice) when omitted.")
def create_user(username: str, role: str, password: str) -> None:
    """Create a staff account."""
    try:
        user = staff_service.create_user(username, password, role)
    except ApiError as exc:
        raise click.ClickException(readable_error(exc)) from None
    click.echo(f"created {user.role} {user.username} (id {user.id})")


def readable_error(exc: ApiError) -> str:
    """'password too short: password: at least 12 characters', not a dict's repr."""
    parts = [f"{field}: {'; '.join(map(str, problems)) if isinstance(problems, list) else problems}"
             for field, problems in (exc.details or {}).items()]
    return ": ".join([exc.message, *parts])


@users.command("token")
@click.argument("username")
@click.option("--name", default="script", show_default=True, help="What the token is for.")
def create_token(username: str, name: str) -> None:
    """Create a personal API token; it is printed once and only its hash is stored."""
    created = staff_service.create_token(_user_or_fail(username), name, actor_id=None)
    click.echo(created.secret)


@users.command("list")
def list_users() -> None:
    """List staff accounts."""
    for user in staff_service.list_users():
        click.echo(f"{user.id}\t{user.username}\t{user.role}\t{'active' if user.active else 'inactive'}")


@users.command("set-password")
@click.argument("username")
@click.password_option()
def set_password(username: str, password: str) -> None:
    """Set a new password (ends the user's web sessions)."""
    try:
        staff_service.set_password(_user_or_fail(username), password, actor_id=None)
    except ApiError as exc:
        raise click.ClickException(exc.message) from None
    click.echo("password changed")


@users.command("deactivate")
@click.argument("username")
def deactivate(username: str) -> None:
    """Disable an account: its sessions and tokens stop working."""
    staff_service.update_user(_user_or_fail(username), active=False, actor_id=None)
    click.echo(f"deactivated {username}")


@click.command("purge")
@with_appcontext
@click.option("--evidence-days", type=click.IntRange(min=0), default=None,
              help="Delete shared evidence older than this (default EVIDENCE_RETENTION_DAYS).")
@click.option("--report-days", type=click.IntRange(min=0), default=None,
              help="Delete reports older than this (default REPORT_RETENTION_DAYS).")
@click.option("--dry-run", is_flag=True, help="Only count what would be deleted.")
def purge(evidence_days: int | None, report_days: int | None, dry_run: bool) -> None:
    """Apply the data-retention policy."""
    config = current_app.config
    evidence_days = config["EVIDENCE_RETENTION_DAYS"] if evidence_days is None else evidence_days
    report_days = config["REPORT_RETENTION_DAYS"] if report_days is None else report_days
    result = retention.purge(evidence_days=evidence_days, report_days=report_days, dry_run=dry_run)
    verb = "would delete" if dry_run else "deleted"
    message = (f"{verb} {result.evidence} evidence, {result.reports} reports, {result.suspects} suspects "
               f"(evidence > {evidence_days} d, reports > {report_days} d)")
    log.info(message)
    click.echo(message)


@click.command("rebuild-aggregates")
@with_appcontext
def rebuild_aggregates() -> None:
    """Recompute every derived table (suspect aggregates, trust, rollups, queue counts) from the reports."""
    def progress(done: int, total: int) -> None:
        click.echo(f"\rsuspects scored: {done}/{total}", nl=False, err=True)

    n = aggregates.rebuild(progress=progress)
    click.echo("", err=True)
    click.echo(f"rebuilt aggregates for {n} suspects")


@click.command("refresh-priority")
@with_appcontext
def refresh_priority() -> None:
    """Re-weigh maturing devices and re-apply the recency term (run from cron every 15 minutes)."""
    result = aggregates.refresh_priority()
    click.echo(f"re-weighed {result.devices} devices, re-scored {result.suspects} suspects, "
               f"recency refreshed on {result.recency_rows}")


def register_cli(app: Flask) -> None:
    app.cli.add_command(users)
    app.cli.add_command(purge)
    app.cli.add_command(rebuild_aggregates)
    app.cli.add_command(refresh_priority)
