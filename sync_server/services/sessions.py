"""Server-side staff web sessions: the one place a session cookie is turned into a staff member.

The cookie (signed by Flask) carries a random id; the database keeps only its sha256, an owner and an
expiry. Every request looks the row up (one primary-key read joined to the user), so closing a session
takes effect at once on every worker and every instance sharing the database.
"""

from __future__ import annotations

import secrets
from datetime import timedelta

from sqlalchemy import delete, select

from ..extensions import db
from ..models import StaffSession, StaffUser, utcnow
from .tokens import hash_token


def open_session(user: StaffUser, *, lifetime_s: int) -> str:
    """A new session for `user`; returns the id for the cookie (only its hash is stored). Expired
    sessions of everyone are swept here, so the table holds live sessions only."""
    now = utcnow()
    session_id = secrets.token_urlsafe(32)
    db.session.execute(delete(StaffSession).where(StaffSession.expires_at <= now))
    db.session.add(StaffSession(id_hash=hash_token(session_id), user_id=user.id, created_at=now,
                                expires_at=now + timedelta(seconds=lifetime_s)))
    db.session.commit()
    return session_id


def session_user(session_id: str) -> StaffUser | None:
    """The owner of a live session, or None (unknown, closed or expired)."""
    return db.session.scalar(
        select(StaffUser)
        .join(StaffSession, StaffSession.user_id == StaffUser.id)
        .where(StaffSession.id_hash == hash_token(session_id), StaffSession.expires_at > utcnow())
    )


def close_session(session_id: str) -> None:
    db.session.execute(delete(StaffSession).where(StaffSession.id_hash == hash_token(session_id)))
    db.session.commit()


def close_all_sessions(user_id: int) -> None:
    """End every session of one user (deactivation, password or role change); the caller commits."""
    db.session.execute(delete(StaffSession).where(StaffSession.user_id == user_id))
