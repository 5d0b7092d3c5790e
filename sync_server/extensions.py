"""Extension singletons, created unbound and attached to an app in `create_app` (the factory pattern)."""

from __future__ import annotations

from flask import request
from flask_limiter import Limiter
from flask_migrate import Migrate
from flask_sqlalchemy import SQLAlchemy
from flask_wtf.csrf import CSRFProtect
from sqlalchemy import MetaData

from .apidoc import GuardlineApi

# Stable constraint names, so Alembic migrations can alter them on every backend (SQLite batch mode too).
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def client_ip() -> str:
    """The peer address; put the app behind ProxyFix if a reverse proxy sits in front."""
    return request.remote_addr or "unknown"


db = SQLAlchemy(metadata=MetaData(naming_convention=NAMING_CONVENTION))
migrate = Migrate()
api = GuardlineApi()
limiter = Limiter(key_func=client_ip)
csrf = CSRFProtect()
