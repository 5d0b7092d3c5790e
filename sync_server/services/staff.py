"""Staff accounts (moderator, ml_staff, admin), passwords and personal API tokens."""

from __future__ import annotations

import secrets
from dataclasses import dataclass

from flask import current_app, has_request_context
from sqlalchemy import select
from werkzeug.security import check_password_hash, generate_password_hash

from .. import ratelimit
from ..errors import Conflict, NotFound, ValidationFailed
from ..extensions import client_ip, db
from ..models import Role, StaffToken, StaffUser, utcnow
from . import audit, lockout, sessions
from .tokens import STAFF_PREFIX, hash_token, new_token

ROLES = tuple(r.value for r in Role)
_DUMMY_HASH: dict[str, str] = {}


@dataclass(frozen=True)
class CreatedToken:
    token: StaffToken
    secret: str  # shown once


def _hash_password(password: str) -> str:
    minimum = current_app.config.get("MIN_PASSWORD_LENGTH", 12)
    if len(password) < minimum:
        raise ValidationFailed("password too short", {"password": [f"at least {minimum} characters"]})
    return generate_password_hash(password, method=current_app.config.get("PASSWORD_HASH_METHOD", "scrypt"))


def create_user(username: str, password: str, role: str, *, actor_id: int | None = None) -> StaffUser:
    if role not in ROLES:
        raise ValidationFailed("unknown role", {"role": [f"one of {list(ROLES)}"]})
    username = username.strip().lower()
    if db.session.scalar(select(StaffUser.id).where(StaffUser.username == username)) is not None:
        raise Conflict(f"user {username!r} exists")
    user = StaffUser(username=username, password_hash=_hash_password(password), role=role, active=True,
                     session_nonce=secrets.token_hex(16))
    db.session.add(user)
    db.session.flush()
    audit.record("user.create", "staff_user", user.id, actor_id=actor_id, role=role, username=username)
    db.session.commit()
    return user


def get_user(user_id: int) -> StaffUser:
    user = db.session.get(StaffUser, user_id)
    if user is None:
        raise NotFound(f"no user {user_id}")
    return user


def user_by_username(username: str) -> StaffUser | None:
    return db.session.scalar(select(StaffUser).where(StaffUser.username == username.strip().lower()))


def list_users() -> list[StaffUser]:
    return list(db.session.scalars(select(StaffUser).order_by(StaffUser.username)))


def authenticate(username: str, password: str) -> StaffUser | None:
    """The active user with these credentials, or None. Unknown names cost as much as wrong passwords.

    Every login route goes through here, so the per-IP attempt limit (LOGIN_RATE_LIMIT, one window for
    the API and the web form together) and the per-account lockout (`lockout`) hold whichever route a
    guesser uses. A locked account answers 429 without its password being checked.
    """
    if has_request_context():
        ratelimit.consume(current_app.config["LOGIN_RATE_LIMIT"], "login-attempts", client_ip(),
                          "too many login attempts from this address")
    lockout.ensure_unlocked(username)
    user = user_by_username(username)
    if user is None or not user.active:
        method = current_app.config.get("PASSWORD_HASH_METHOD", "scrypt")
        if method not in _DUMMY_HASH:
            _DUMMY_HASH[method] = generate_password_hash(secrets.token_hex(8), method=method)
        check_password_hash(_DUMMY_HASH[method], password)
        lockout.record_failure(username)
        return None
    if not check_password_hash(user.password_hash, password):
        lockout.record_failure(username)
        return None
    lockout.record_success(username)
    user.last_login_at = utcnow()
    db.session.commit()
    return user


def set_password(user_id: int, password: str, *, actor_id: int | None) -> StaffUser:
    """New password; rotating the session nonce logs out every existing session."""
    user = get_user(user_id)
    user.password_hash = _hash_password(password)
    user.session_nonce = secrets.token_hex(16)
    sessions.close_all_sessions(user.id)
    audit.record("user.password", "staff_user", user.id, actor_id=actor_id)
    db.session.commit()
    return user


def update_user(user_id: int, *, actor_id: int | None, active: bool | None = None, role: str | None = None) -> StaffUser:
    """Change role or deactivate; deactivation ends sessions (nonce) and tokens stop resolving."""
    user = get_user(user_id)
    changes: dict[str, object] = {}
    if role is not None and role != user.role:
        if role not in ROLES:
            raise ValidationFailed("unknown role", {"role": [f"one of {list(ROLES)}"]})
        changes["role"] = [user.role, role]
        user.role = role
        user.session_nonce = secrets.token_hex(16)
    if active is not None and active != user.active:
        changes["active"] = [user.active, active]
        user.active = active
        user.session_nonce = secrets.token_hex(16)
    if changes:
        sessions.close_all_sessions(user.id)
        audit.record("user.update", "staff_user", user.id, actor_id=actor_id, **changes)
    db.session.commit()
    return user


def create_token(user_id: int, name: str, *, actor_id: int | None) -> CreatedToken:
    user = get_user(user_id)
    secret, token_hash = new_token(STAFF_PREFIX)
    token = StaffToken(user=user, name=name.strip(), token_hash=token_hash, created_at=utcnow())
    db.session.add(token)
    db.session.flush()
    audit.record("token.create", "staff_token", token.id, actor_id=actor_id, user_id=user.id, name=token.name)
    db.session.commit()
    return CreatedToken(token=token, secret=secret)


def list_tokens(user_id: int) -> list[StaffToken]:
    return list(db.session.scalars(select(StaffToken).where(StaffToken.user_id == user_id).order_by(StaffToken.id)))


def revoke_token(user_id: int, token_id: int, *, actor_id: int | None) -> StaffToken:
    token = db.session.get(StaffToken, token_id)
    if token is None or token.user_id != user_id:
        raise NotFound(f"no token {token_id}")
    if token.revoked_at is None:
        token.revoked_at = utcnow()
        audit.record("token.revoke", "staff_token", token.id, actor_id=actor_id)
    db.session.commit()
    return token


def user_for_token(secret: str) -> StaffUser | None:
    """The active staff user owning this live token, or None."""
    if not secret.startswith(STAFF_PREFIX):
        return None
    return db.session.scalar(
        select(StaffUser)
        .join(StaffToken, StaffToken.user_id == StaffUser.id)
        .where(StaffToken.token_hash == hash_token(secret), StaffToken.revoked_at.is_(None), StaffUser.active.is_(True))
    )
