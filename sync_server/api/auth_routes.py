"""Session login for the moderator web pages (JSON flavour; the HTML forms use the same functions).

Flow: GET /auth/csrf (sets the session cookie, returns a CSRF token) -> POST /auth/login with header
X-CSRFToken -> later unsafe requests send X-CSRFToken too -> POST /auth/logout.
Scripts should use personal API tokens instead (Authorization: Bearer gls_...).
"""

from __future__ import annotations

from typing import Any

from flask import current_app
from flask.views import MethodView
from flask_wtf.csrf import generate_csrf

from ..apidoc import Blueprint
from ..auth import (
    count_auth_failure,
    current_staff,
    login_session,
    logout_session,
    public,
    require_role,
)
from ..errors import Unauthorized
from ..extensions import csrf, limiter
from ..schemas import CsrfSchema, LoginSchema, StaffUserSchema
from ..services import staff as staff_service
from .common import PREFIX

blp = Blueprint("auth", __name__, url_prefix=f"{PREFIX}/auth", description="Staff web sessions")


@blp.route("/csrf", endpoint="csrf")
class Csrf(MethodView):
    @public
    @blp.response(200, CsrfSchema)
    def get(self) -> dict[str, str]:
        """A CSRF token bound to this session; send it as X-CSRFToken with login and other session POSTs."""
        return {"csrf_token": generate_csrf()}


@blp.route("/login", endpoint="login")
class Login(MethodView):
    @public
    @limiter.limit(lambda: current_app.config["LOGIN_RATE_LIMIT"])
    @blp.arguments(LoginSchema)
    @blp.response(200, StaffUserSchema)
    @blp.alt_response(400, response="BAD_REQUEST", description="CSRF token missing or wrong (csrf_failed)")
    @blp.alt_response(401, response="UNAUTHORIZED")
    @blp.alt_response(429, response="TOO_MANY_REQUESTS")
    def post(self, args: dict[str, Any]) -> Any:
        """Start a session (cookie). Needs X-CSRFToken from GET /auth/csrf."""
        csrf.protect()
        # The password is checked first (a right one is never refused for others' failures); guessing is
        # bounded by the per-IP attempt limit and the per-account lockout inside `authenticate`.
        user = staff_service.authenticate(args["username"], args["password"])
        if user is None:
            count_auth_failure()
            raise Unauthorized("wrong username or password", code="bad_credentials")
        login_session(user)
        return user


@blp.route("/logout", endpoint="logout")
class Logout(MethodView):
    @public
    @blp.response(204)
    def post(self) -> None:
        """End the session (needs X-CSRFToken while logged in)."""
        csrf.protect()
        logout_session()


@blp.route("/me", endpoint="me")
class Me(MethodView):
    @require_role("moderator", "ml_staff")
    @blp.response(200, StaffUserSchema)
    def get(self) -> Any:
        """Who am I (token or session)?"""
        return current_staff()
