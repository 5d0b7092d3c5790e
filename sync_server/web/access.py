"""Who may open a moderator page.

`staff_page(*roles)` is the web flavour of `auth.require_role`: the credential is the session cookie
only (bearer tokens are ignored, so a device or script never gets a page), a missing or stale session
redirects to the login page, and a wrong role is an HTML 403. It records the same `Access` policy as
the API decorators, so tests that walk `app.url_map` see every web route's policy.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from typing import Any, TypeVar, cast
from urllib.parse import urlsplit

from flask import abort, flash, g, redirect, request, url_for

from ..auth import ACCESS_ATTR, ALL_ROLES, Access, session_staff
from ..models import Role, StaffUser

F = TypeVar("F", bound=Callable[..., Any])

MODERATION_ROLES = (Role.MODERATOR.value,)  # admin passes every check
REPORTING_ROLES = (Role.MODERATOR.value, Role.ML_STAFF.value)


def safe_next(target: str | None) -> str | None:
    """`target` if it is a path on this site (never another host: no open redirect), else None."""
    if not target or not target.startswith("/") or target.startswith("//") or "\\" in target:
        return None
    parts = urlsplit(target)
    return target if not parts.scheme and not parts.netloc else None


def _here() -> str:
    """Where to come back to after logging in: this page for GET, the site root for a form post."""
    if request.method == "GET":
        return request.full_path.rstrip("?")
    return url_for("web.index")


def staff_page(*roles: str) -> Callable[[F], F]:
    """A logged-in staff member holding one of `roles` (admin always qualifies)."""
    unknown = set(roles) - ALL_ROLES
    if unknown or not roles:
        raise ValueError(f"unknown roles {sorted(unknown)}")
    access = Access("staff", frozenset(roles))

    def decorator(view: F) -> F:
        @wraps(view)
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            user = session_staff()
            if user is None:
                flash("Please log in to continue.", "info")
                return redirect(url_for("web.login", next=_here()))
            if not access.allows_role(user.role):
                abort(403)
            g.staff = user
            return view(*args, **kwargs)

        setattr(wrapper, ACCESS_ATTR, access)
        return cast(F, wrapper)

    return decorator


def may(user: StaffUser | None, *roles: str) -> bool:
    """For templates: would `staff_page(*roles)` let this user in?"""
    return user is not None and Access("staff", frozenset(roles)).allows_role(user.role)


def home_for(user: StaffUser) -> str:
    """The first page a user can use: the queue for moderators, the reports chart for ML staff."""
    return url_for("web.queue") if may(user, *MODERATION_ROLES) else url_for("web.reports_per_day")
