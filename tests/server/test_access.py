"""Who may call what: driven by the app's url_map, so a new route cannot escape the checks.

Every route must declare a policy (`@public`, `@device_required`, `@require_role(...)`, or the web
pages' `staff_page(...)`); then each principal - anonymous, a device, and each staff role by API token
and by web session - is sent to every route and must be let in or turned away exactly as declared.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from flask import Flask
from flask.testing import FlaskClient
from werkzeug.routing import IntegerConverter, Rule

from sync_server import TestConfig, create_app
from sync_server.auth import Access, access_of

from .conftest import DeviceCreds, StaffCreds
from .helpers import PASSWORD

UNGUARDED = {"api-docs.openapi_json", "static"}  # public by nature; served by flask-smorest / Flask
ROLES = ("moderator", "ml_staff", "admin")
_COLLECTION_APP = create_app(TestConfig)


def _routes(app: Flask) -> list[tuple[str, str, str]]:
    return sorted(
        (rule.rule, rule.endpoint, method)
        for rule in app.url_map.iter_rules()
        for method in rule.methods - {"HEAD", "OPTIONS"}
    )


ROUTES = _routes(_COLLECTION_APP)


def view_access(app: Flask, endpoint: str, method: str) -> Access | None:
    view = app.view_functions[endpoint]
    view_class = getattr(view, "view_class", None)
    return access_of(getattr(view_class, method.lower()) if view_class is not None else view)


def is_unguarded(endpoint: str) -> bool:
    return endpoint in UNGUARDED or endpoint.endswith(".static")


def sample_path(app: Flask, endpoint: str, method: str) -> str:
    rule: Rule = next(r for r in app.url_map.iter_rules(endpoint) if method in r.methods)
    values: dict[str, Any] = {}
    for name in rule.arguments:
        converter = rule._converters.get(name)
        values[name] = 987654 if isinstance(converter, IntegerConverter) else "00000000-0000-0000-0000-000000000000"
        if name == "filename":
            values[name] = "nothing.css"
    with app.test_request_context():
        return app.url_map.bind("localhost").build(endpoint, values, method=method)


MOD, ML, ADMIN = frozenset({"moderator"}), frozenset({"ml_staff"}), frozenset({"admin"})
STAFF = frozenset({"moderator", "ml_staff"})
# The reviewed access policy of the JSON API. A new /api/ route fails the suite until it is added here.
API_POLICY: dict[tuple[str, str], Access] = {
    ("GET", "/api/v1/health"): Access("public"),
    ("POST", "/api/v1/devices"): Access("public"),
    ("POST", "/api/v1/reports"): Access("device"),
    ("GET", "/api/v1/models/current"): Access("device"),
    ("GET", "/api/v1/models/<string:version>/bundle"): Access("device"),
    ("GET", "/api/v1/suspects"): Access("staff", MOD),
    ("GET", "/api/v1/suspects/<int:suspect_id>"): Access("staff", MOD),
    ("POST", "/api/v1/suspects/<int:suspect_id>/decisions"): Access("staff", MOD),
    ("GET", "/api/v1/suspects/<int:suspect_id>/evidence"): Access("staff", MOD),
    ("GET", "/api/v1/reports/<string:report_id>/evidence"): Access("staff", MOD),
    ("GET", "/api/v1/ml/models"): Access("staff", ML),
    ("POST", "/api/v1/ml/models"): Access("staff", ML),
    ("GET", "/api/v1/ml/models/stats"): Access("staff", ML),
    ("GET", "/api/v1/ml/rollout"): Access("staff", ML),
    ("POST", "/api/v1/ml/rollout/stage"): Access("staff", ML),
    ("POST", "/api/v1/ml/rollout/promote"): Access("staff", ML),
    ("POST", "/api/v1/ml/rollout/halt"): Access("staff", ML),
    ("POST", "/api/v1/ml/rollout/rollback"): Access("staff", ML),
    ("GET", "/api/v1/auth/csrf"): Access("public"),
    ("POST", "/api/v1/auth/login"): Access("public"),
    ("POST", "/api/v1/auth/logout"): Access("public"),
    ("GET", "/api/v1/auth/me"): Access("staff", STAFF),
    ("GET", "/api/v1/staff/tokens"): Access("staff", STAFF),
    ("POST", "/api/v1/staff/tokens"): Access("staff", STAFF),
    ("DELETE", "/api/v1/staff/tokens/<int:token_id>"): Access("staff", STAFF),
    ("GET", "/api/v1/admin/users"): Access("staff", ADMIN),
    ("POST", "/api/v1/admin/users"): Access("staff", ADMIN),
    ("PATCH", "/api/v1/admin/users/<int:user_id>"): Access("staff", ADMIN),
    ("GET", "/api/v1/admin/audit"): Access("staff", ADMIN),
    ("GET", "/api/v1/admin/devices"): Access("staff", ADMIN),
    ("POST", "/api/v1/admin/devices/<string:device_id>/revoke"): Access("staff", ADMIN),
    ("POST", "/api/v1/parent/pairings"): Access("device"),
    ("GET", "/api/v1/parent/pairings/<string:pairing_id>"): Access("device"),
    ("POST", "/api/v1/parent/pairings/<string:pairing_id>/claim"): Access("public"),
    ("POST", "/api/v1/parent/mailboxes/<string:mailbox_id>/items"): Access("device"),
    ("GET", "/api/v1/parent/mailbox"): Access("parent"),
    ("DELETE", "/api/v1/parent/mailbox"): Access("parent"),
    ("POST", "/api/v1/parent/mailbox/ack"): Access("parent"),
}


def test_api_routes_match_the_reviewed_policy() -> None:
    declared = {(method, rule): view_access(_COLLECTION_APP, endpoint, method)
                for rule, endpoint, method in ROUTES if rule.startswith("/api/") and not is_unguarded(endpoint)}
    assert declared == API_POLICY


def test_evidence_is_never_open_to_ml_staff() -> None:
    for rule, endpoint, method in ROUTES:
        access = view_access(_COLLECTION_APP, endpoint, method)
        if "evidence" in rule and access is not None:
            assert access.kind == "staff" and not access.allows_role("ml_staff"), rule


def test_every_route_declares_who_may_call_it() -> None:
    missing = [(rule, method) for rule, endpoint, method in ROUTES
               if not is_unguarded(endpoint) and view_access(_COLLECTION_APP, endpoint, method) is None]
    assert missing == []


def test_every_api_route_is_in_the_openapi_document() -> None:
    spec = _COLLECTION_APP.test_client().get("/api/v1/openapi.json").json
    for rule, endpoint, method in ROUTES:
        if not rule.startswith("/api/v1/") or endpoint in UNGUARDED:
            continue
        path = rule.replace("<int:", "{").replace("<string:", "{").replace(">", "}")
        assert path in spec["paths"], rule
        operation = spec["paths"][path][method.lower()]
        access = view_access(_COLLECTION_APP, endpoint, method)
        assert access is not None
        schemes = {name for entry in operation.get("security", []) for name in entry}
        expected = {"public": set(), "device": {"deviceToken"}, "staff": {"staffToken", "staffSession"},
                    "parent": {"parentToken"}}
        assert schemes == expected[access.kind], (rule, method)


def denied(response: Any, csrf_first: bool = False) -> bool:
    """Turned away before the view ran: 401/403, a redirect to the login page, or - on web form posts
    from a caller holding no CSRF token (`csrf_first`) - CSRFProtect's 400, which runs before any view."""
    if response.status_code in (401, 403):
        return True
    if csrf_first and response.status_code == 400:
        return True
    return response.status_code in (302, 303) and "login" in response.headers.get("Location", "")


class Principal:
    def __init__(self, name: str, client: FlaskClient, headers: dict[str, str] | None = None,
                 role: str | None = None, csrf: str | None = None) -> None:
        self.name, self.client, self.headers, self.role, self.csrf = name, client, headers or {}, role, csrf

    def call(self, method: str, path: str) -> Any:
        headers = dict(self.headers)
        if self.csrf and method not in ("GET", "HEAD"):
            headers["X-CSRFToken"] = self.csrf
        if path.startswith("/api/"):
            return self.client.open(path, method=method, headers=headers, json={})
        return self.client.open(path, method=method, headers=headers, data={})  # pages take HTML forms


@pytest.fixture
def principals(app: Flask, device: DeviceCreds, make_staff: Callable[[str], StaffCreds]) -> list[Principal]:
    people = [Principal("anonymous", app.test_client()), Principal("device", app.test_client(), device.headers)]
    for role in ROLES:
        staff = make_staff(role)
        people.append(Principal(f"{role}/token", app.test_client(), staff.headers, role))
        browser = app.test_client()
        token = browser.get("/api/v1/auth/csrf").json["csrf_token"]
        login = browser.post("/api/v1/auth/login", json={"username": staff.username, "password": PASSWORD},
                             headers={"X-CSRFToken": token})
        assert login.status_code == 200
        people.append(Principal(f"{role}/session", browser, role=role,
                                csrf=browser.get("/api/v1/auth/csrf").json["csrf_token"]))
    return people


def expected_allowed(access: Access, principal: Principal, is_api: bool) -> bool | None:
    """True/False: must be let in / turned away; None: not asserted (a token on a session-only page)."""
    if access.kind == "public":
        return True
    if access.kind == "device":
        return principal.name == "device"
    if access.kind == "parent":  # a parent's mailbox token; no other principal holds one
        return principal.name == "parent"
    if principal.role is None:
        return False
    if principal.name.endswith("/token") and not is_api:
        return None
    return access.allows_role(principal.role)


def test_every_route_admits_exactly_its_principals(app: Flask, principals: list[Principal]) -> None:
    """One pass over the url_map (principals are costly to set up, requests are cheap)."""
    mismatches = []
    for rule, endpoint, method in ROUTES:
        if is_unguarded(endpoint):
            continue
        access = view_access(app, endpoint, method)
        assert access is not None, rule
        path = sample_path(app, endpoint, method)
        for principal in principals:
            expected = expected_allowed(access, principal, rule.startswith("/api/"))
            if expected is None or (endpoint.endswith("logout") and principal.name.endswith("/session")):
                continue  # logging out would end the session the next routes need
            response = principal.call(method, path)
            # Public session routes (login/logout) may still refuse a missing CSRF token: that is not auth.
            csrf_first = not rule.startswith("/api/") and method != "GET" and principal.csrf is None
            turned_away = (response.status_code in (401, 403) if access.kind == "public"
                           else denied(response, csrf_first))
            if turned_away == expected:
                mismatches.append((method, rule, principal.name, response.status_code,
                                   response.get_data(as_text=True)[:100]))
    assert mismatches == []
