"""Authentication and authorisation for every route.

Three kinds of caller, three decorators; every view carries exactly one of them, and the test suite
walks the app's url_map to make sure of it (`access_of(view)`):

* `@public` - anyone (health, enrollment, login, the OpenAPI document).
* `@device_required` - `Authorization: Bearer gld_...` (device token from enrollment). Sets `g.device_id`.
* `@require_role("moderator", ...)` - a staff member, by personal API token (`Bearer gls_...`) **or** by
  web session (`login_session`). `admin` passes every role check. Sets `g.staff`.

CSRF: bearer-token requests carry no ambient credential, so they are exempt. When the session cookie is
the credential, unsafe methods (POST/PUT/PATCH/DELETE) must carry a CSRF token (form field `csrf_token`
or header `X-CSRFToken`, from `flask_wtf.csrf.generate_csrf()`); `require_role` enforces it. The web
blueprint gets CSRFProtect's default check on its own forms.

Bad bearer tokens and wrong passwords are counted per client IP (AUTH_FAILURE_LIMIT) in the shared store;
past the limit a bad token from that IP gets 429 instead of 401. The credential is always checked first,
so a valid token or password is never refused because others behind the same address (a school's NAT)
sent garbage. Password guessing is bounded by LOGIN_RATE_LIMIT per IP and a per-account lockout
(`services.staff.authenticate`).

Web sessions are server-side: the cookie carries a random session id whose hash is a row in
`staff_sessions`, checked on every request, so logout (or deactivation, a password or role change)
ends the session at once on every worker and instance - a copied cookie is worth nothing afterwards.
"""

from __future__ import annotations

from collections.abc import Callable
from copy import deepcopy
from dataclasses import dataclass
from functools import wraps
from typing import Any, TypeVar, cast

from flask import current_app, g, request, session

from . import ratelimit
from .errors import Forbidden, Unauthorized
from .extensions import client_ip, csrf
from .models import Role, StaffUser
from .services import devices as device_service
from .services import sessions
from .services import staff as staff_service

F = TypeVar("F", bound=Callable[..., Any])
ACCESS_ATTR = "_guardline_access"
SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
ALL_ROLES = frozenset(r.value for r in Role)


@dataclass(frozen=True)
class Access:
    kind: str  # "public" | "device" | "staff"
    roles: frozenset[str] = frozenset()

    def allows_role(self, role: str) -> bool:
        return role == Role.ADMIN.value or role in self.roles


def access_of(view: Callable[..., Any]) -> Access | None:
    """The access policy declared on a view function (or a MethodView method)."""
    return getattr(view, ACCESS_ATTR, None)


def _mark(func: Callable[..., Any], access: Access, security: list[dict[str, list[str]]], errors: list[int]) -> None:
    """Record the policy on the view and document it for flask-smorest (security + error responses)."""
    setattr(func, ACCESS_ATTR, access)
    doc = deepcopy(getattr(func, "_apidoc", {}))
    doc.setdefault("manual_doc", {})["security"] = security
    responses = doc.setdefault("response", {}).setdefault("responses", {})
    names = {401: "UNAUTHORIZED", 403: "FORBIDDEN", 429: "TOO_MANY_REQUESTS"}
    for status in errors:
        responses.setdefault(status, []).append(names[status])
    func._apidoc = doc  # type: ignore[attr-defined]


# ------------------------------------------------------------------ bearer tokens and guessing


def bearer_token() -> str | None:
    header = request.headers.get("Authorization", "")
    scheme, _, value = header.partition(" ")
    if scheme.lower() != "bearer" or not value.strip():
        return None
    return value.strip()


def count_auth_failure() -> None:
    ratelimit.count(current_app.config["AUTH_FAILURE_LIMIT"], "auth-failure", client_ip())


def reject_token() -> Exception:
    """For a bearer token that did not resolve (call only after the lookup, so a valid token is never
    throttled): counted against this IP; raises 429 once the IP is over its allowance, else returns the 401."""
    ratelimit.consume(current_app.config["AUTH_FAILURE_LIMIT"], "auth-failure", client_ip(),
                      "too many failed authentication attempts")
    return Unauthorized("invalid or revoked token", code="invalid_token")


# ------------------------------------------------------------------ sessions (web pages)


def login_session(user: StaffUser) -> None:
    """Start a web session for `user` (call after `services.staff.authenticate`). Clears the old session
    first, so a pre-login session id / CSRF token cannot be fixed by an attacker."""
    session.clear()
    session["sid"] = sessions.open_session(user, lifetime_s=int(current_app.permanent_session_lifetime.total_seconds()))
    session["staff_nonce"] = user.session_nonce
    session.permanent = True
    g.pop("_session_staff", None)


def logout_session() -> None:
    """End the session everywhere: its server-side row goes, so a copy of the cookie stops working."""
    sid = session.get("sid")
    if isinstance(sid, str):
        sessions.close_session(sid)
    session.clear()
    g.pop("_session_staff", None)


def session_staff() -> StaffUser | None:
    """The staff member logged in by session cookie, if the server still holds that session."""
    sid = session.get("sid")
    if not isinstance(sid, str):
        return None
    if "_session_staff" not in g:
        user = sessions.session_user(sid)
        valid = user is not None and user.active and user.session_nonce == session.get("staff_nonce")
        g._session_staff = user if valid else None
    return cast(StaffUser | None, g._session_staff)


def current_staff() -> StaffUser | None:
    """The authenticated staff member of this request (token or session), if any."""
    return cast(StaffUser | None, g.get("staff")) or session_staff()


def current_device_id() -> str:
    return cast(str, g.device_id)


# ------------------------------------------------------------------ decorators


def public(func: F) -> F:
    """No credentials needed."""

    @wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        return func(*args, **kwargs)

    _mark(wrapper, Access("public"), [], [])
    return cast(F, wrapper)


def device_required(func: F) -> F:
    """A valid device bearer token."""

    @wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        token = bearer_token()
        if token is None:
            raise Unauthorized("a device bearer token is required")
        device_id = device_service.device_for_token(token)
        if device_id is None:
            raise reject_token()
        g.device_id = device_id
        return func(*args, **kwargs)

    _mark(wrapper, Access("device"), [{"deviceToken": []}], [401, 429])
    return cast(F, wrapper)


def require_role(*roles: str) -> Callable[[F], F]:
    """A staff member holding one of `roles` (admin always qualifies), by API token or web session."""
    unknown = set(roles) - ALL_ROLES
    if unknown or not roles:
        raise ValueError(f"unknown roles {sorted(unknown)}")
    access = Access("staff", frozenset(roles))

    def decorator(func: F) -> F:
        @wraps(func)
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            token = bearer_token()
            if token is not None:
                user = staff_service.user_for_token(token)
                if user is None:
                    raise reject_token()
            else:
                user = session_staff()
                if user is None:
                    raise Unauthorized("log in or send a staff bearer token")
                if request.method not in SAFE_METHODS:
                    csrf.protect()
            if not access.allows_role(user.role):
                raise Forbidden(f"requires role {' or '.join(sorted(roles))}")
            g.staff = user
            return func(*args, **kwargs)

        _mark(wrapper, access, [{"staffToken": []}, {"staffSession": []}], [401, 403, 429])
        return cast(F, wrapper)

    return decorator
