"""Who may use which moderator page, for every route of the `web` blueprint.

The route list comes from `app.url_map`, so a new page cannot be added without being classified in
EXPECTED (the first test fails until it is) and then checked for every kind of caller.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

import pytest
from flask import Flask, url_for
from flask.testing import FlaskClient
from sqlalchemy import select
from werkzeug.routing import Rule

from sync_server.auth import access_of
from sync_server.extensions import db
from sync_server.models import Device, Suspect
from sync_server.services import staff as staff_service
from sync_server.services.tokens import hash_token

from .conftest import anonymous_csrf, login, session_csrf
from .seed import Post, enroll, report, upload

PUBLIC = "public"
MODERATION = frozenset({"moderator", "admin"})
REPORTING = frozenset({"moderator", "ml_staff", "admin"})
ML = frozenset({"ml_staff", "admin"})
ADMIN = frozenset({"admin"})
EXPECTED: dict[str, Any] = {
    "web.asset": PUBLIC,
    "web.login": PUBLIC,
    "web.logout": PUBLIC,
    "web.index": REPORTING,
    "web.reports_per_day": REPORTING,
    "web.queue": MODERATION,
    "web.suspect": MODERATION,
    "web.decide": MODERATION,
    "web.evidence": MODERATION,  # ml_staff never sees evidence
    "web.claim": MODERATION,
    "web.release": MODERATION,
    "web.assign": MODERATION,
    "web.bulk_decide": MODERATION,
    "web.referral": MODERATION,  # holds evidence: moderators only
    "web.settings": REPORTING,
    "web.releases_page": ML,
    "web.release_upload": ML,
    "web.release_stage": ML,
    "web.release_promote": ML,
    "web.release_halt": ML,
    "web.release_rollback": ML,
    "web.admin_users": ADMIN,
    "web.admin_user": ADMIN,
    "web.admin_user_role": ADMIN,
    "web.admin_user_active": ADMIN,
    "web.admin_user_reset": ADMIN,
    "web.admin_token_create": ADMIN,
    "web.admin_token_revoke": ADMIN,
    "web.admin_devices": ADMIN,
    "web.admin_device_revoke": ADMIN,
    "web.admin_audit": ADMIN,
    "web.admin_audit_csv": ADMIN,
}
ROLES = ("moderator", "ml_staff", "admin")
CALLERS = ("anonymous", "device_token", "staff_token", *ROLES)


def web_rules(app: Flask) -> list[Rule]:
    return sorted((r for r in app.url_map.iter_rules() if r.endpoint.startswith("web.")), key=lambda r: r.rule)


def requests_for(app: Flask, suspect_id: int, samples: dict[str, Any] | None = None) -> list[tuple[str, str, str]]:
    """(endpoint, method, url) for every route and method of the blueprint; logout last."""
    samples = {"suspect_id": suspect_id, "filename": "web.css", **(samples or {})}
    out = []
    with app.test_request_context():
        for rule in web_rules(app):
            missing = rule.arguments - set(samples)
            assert not missing, f"{rule.rule}: add a sample value for {sorted(missing)} in this test"
            url = url_for(rule.endpoint, **{a: samples[a] for a in rule.arguments})
            for method in sorted((rule.methods or set()) - {"HEAD", "OPTIONS"}):
                out.append((rule.endpoint, method, url))
    return sorted(out, key=lambda r: r[0] == "web.logout")


def form_for(endpoint: str) -> dict[str, str]:
    return {
        "web.decide": {"status": "escalated", "note": "checked by the access test"},
        "web.bulk_decide": {"status": "escalated", "note": "checked by the access test"},
        "web.release_stage": {"version": "9.9.9", "percent": "5"},
        "web.admin_users": {"username": "made_by_matrix", "role": "moderator", "password": "long enough password 1"},
    }.get(endpoint, {})


@pytest.fixture
def samples(app: Flask, make_user: Callable[..., str], post: Post) -> dict[str, Any]:
    """Path values for the admin routes: a user with a token, and a device."""
    device_token = enroll(post)
    with app.app_context():
        user = staff_service.user_by_username(make_user("moderator"))
        assert user is not None
        token_id = staff_service.create_token(user.id, "sample", actor_id=None).token.id
        device_id = db.session.scalar(select(Device.id).where(Device.token_hash == hash_token(device_token)))
        return {"user_id": user.id, "token_id": token_id, "device_id": device_id}


def test_every_web_route_is_classified(app: Flask) -> None:
    endpoints = {r.endpoint for r in web_rules(app)}
    assert endpoints == set(EXPECTED), "classify new web routes in EXPECTED"
    for endpoint, expected in EXPECTED.items():
        access = access_of(app.view_functions[endpoint])
        assert access is not None, f"{endpoint} has no access policy"
        if expected == PUBLIC:
            assert access.kind == "public", endpoint
        else:
            assert access.kind == "staff", endpoint
            assert {r for r in ROLES if access.allows_role(r)} == expected, endpoint


@pytest.fixture
def suspect_with_evidence(app: Flask, post: Post) -> int:
    upload(post, enroll(post), report("access_check", when=datetime.now(UTC),
                                      evidence=[{"sender": "contact", "text": "hi"}]))
    with app.app_context():
        return int(db.session.scalar(select(Suspect.id)))


def caller_client(app: Flask, caller: str, make_user: Callable[..., str], post: Post) -> tuple[FlaskClient, dict[str, str]]:
    """A client for `caller` and the headers it sends."""
    client = app.test_client()
    if caller == "anonymous":
        return client, {}
    if caller == "device_token":
        return client, {"Authorization": f"Bearer {enroll(post)}"}
    if caller == "staff_token":  # a moderator's API token is for the JSON API, not for pages
        with app.app_context():
            user = staff_service.user_by_username(make_user("moderator"))
            assert user is not None
            secret = staff_service.create_token(user.id, "script", actor_id=None).secret
        return client, {"Authorization": f"Bearer {secret}"}
    assert login(client, make_user(caller)).status_code == 302
    return client, {}


@pytest.mark.parametrize("caller", CALLERS)
def test_role_matrix(
    app: Flask, caller: str, make_user: Callable[..., str], post: Post, suspect_with_evidence: int,
    samples: dict[str, Any],
) -> None:
    client, headers = caller_client(app, caller, make_user, post)
    failures = []
    for endpoint, method, url in requests_for(app, suspect_with_evidence, samples):
        data: dict[str, str] = {}
        if method == "POST":  # a valid CSRF token, so what is tested is the access rule, not CSRF
            token = anonymous_csrf(client) if caller in {"anonymous", "device_token", "staff_token"} else session_csrf(client)
            data = {"csrf_token": token, **form_for(endpoint)}
        response = client.open(url, method=method, headers=headers, data=data)
        status, location = response.status_code, response.headers.get("Location", "")
        body = response.get_data().decode(errors="replace")  # the referral zip is binary
        response.close()
        expected = EXPECTED[endpoint]
        to_login = status == 302 and location.startswith("/moderator/login")
        if expected == PUBLIC:
            ok = status in (200, 302) and not (to_login and endpoint != "web.logout")
        elif caller in ROLES and caller in expected:
            ok = status < 400 and not to_login
        elif caller in ROLES:
            ok = status == 403 and "Not allowed" in body
        else:
            ok = to_login
        if not ok:
            failures.append(f"{caller} {method} {url} -> {status} {location}")
    assert not failures, "\n".join(failures)
