"""Per-account login lockout with exponential backoff, kept in the shared store (`shared_state`).

After LOGIN_LOCKOUT_THRESHOLD failed logins for one username within LOGIN_FAILURE_WINDOW_S, password
logins for that name are refused for LOGIN_LOCKOUT_BASE_S seconds; each further failure after the lock
expires doubles it, up to LOGIN_LOCKOUT_MAX_S. A success clears both counters. Unknown usernames are
counted exactly like real ones, so the lock reveals nothing about which accounts exist. Keys hold a
hash of the name, never the name. API tokens are unaffected: a locked-out moderator's scripts keep working.
"""

from __future__ import annotations

import hashlib

from flask import current_app

from ..errors import TooManyRequests
from ..extensions import limiter
from ..shared_state import remaining_seconds, storage


def _key(kind: str, username: str) -> str:
    digest = hashlib.sha256(username.strip().lower().encode("utf-8", "surrogatepass")).hexdigest()[:32]
    return f"guardline/login-{kind}/{digest}"


def _enabled() -> bool:
    return bool(limiter.initialized) and int(current_app.config.get("LOGIN_LOCKOUT_THRESHOLD", 0)) > 0


def lock_seconds(failures: int) -> int:
    """How long the lock set by the `failures`-th consecutive failure lasts (0: no lock yet)."""
    config = current_app.config
    threshold = int(config["LOGIN_LOCKOUT_THRESHOLD"])
    if failures < threshold:
        return 0
    doublings = min(failures - threshold, 20)
    return int(min(int(config["LOGIN_LOCKOUT_MAX_S"]), int(config["LOGIN_LOCKOUT_BASE_S"]) * 2**doublings))


def ensure_unlocked(username: str) -> None:
    """429 with Retry-After while this account is locked."""
    if _enabled() and storage().get(_key("lock", username)) > 0:
        raise TooManyRequests("this account is locked after repeated failed logins; try again later",
                              remaining_seconds(_key("lock", username)), code="account_locked")


def record_failure(username: str) -> None:
    if not _enabled():
        return
    failures = storage().incr(_key("fail", username), int(current_app.config["LOGIN_FAILURE_WINDOW_S"]))
    seconds = lock_seconds(failures)
    if seconds:
        storage().incr(_key("lock", username), seconds)


def record_success(username: str) -> None:
    if _enabled():
        storage().clear(_key("fail", username))
        storage().clear(_key("lock", username))
