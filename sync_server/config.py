"""Configuration classes; environment variables override them when the app is created.

`create_app()` with no argument uses `Config` plus the environment, so `flask run` and
`gunicorn 'sync_server:create_app()'` need no code. Tests pass `TestConfig` (or a mapping), which
ignores the environment so a stray `DATABASE_URL` can never point the suite at a real database.

Environment variables (all optional):

| variable | setting |
|---|---|
| DATABASE_URL | SQLALCHEMY_DATABASE_URI (`postgresql://` is mapped to psycopg 3) |
| SECRET_KEY | SECRET_KEY (else a file in the instance folder) |
| RATELIMIT_STORAGE_URI | RATELIMIT_STORAGE_URI (explicit store for limits, failure counters and lockouts) |
| GUARDLINE_REDIS_URL | REDIS_URL: `redis://host:port/db`, shared by every instance (see `shared_state`) |
| GUARDLINE_<NAME> | any other upper-case setting below, e.g. GUARDLINE_REPORT_RATE_LIMIT |
"""

from __future__ import annotations

import os
import secrets
from collections.abc import Mapping
from pathlib import Path
from typing import Any


def normalise_database_url(url: str) -> str:
    """Map plain PostgreSQL URLs onto the psycopg 3 driver (SQLAlchemy would otherwise pick psycopg2)."""
    for prefix in ("postgres://", "postgresql://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url[len(prefix) :]
    return url


class Config:
    """Production defaults."""

    READ_ENV = True
    TESTING = False
    DEBUG = False
    SECRET_KEY: str | None = None

    SQLALCHEMY_DATABASE_URI: str | None = None  # None: a SQLite file in the instance folder
    SQLITE_FILENAME = "guardline.sqlite3"
    SQLITE_BUSY_TIMEOUT_S = 15.0

    # Request bodies: report batches are small JSON; bundle uploads get their own, larger cap.
    MAX_CONTENT_LENGTH = 2 * 1024 * 1024
    MAX_BUNDLE_UPLOAD = 17 * 1024 * 1024

    # Reverse proxies in front of the app that append to X-Forwarded-For (0: none, the header is ignored).
    # Behind a load balancer set 1 (or the number of proxy hops), else every client shares the proxy's
    # address and per-IP limits apply to everyone at once. Never set it when clients reach gunicorn directly:
    # they could then pick their own address.
    PROXY_HOPS = 0

    # Device enrollment: when set, devices must present this code (compared in constant time).
    ENROLLMENT_CODE: str | None = None

    # Rate limits (Flask-Limiter syntax), failed-auth counters and login lockouts share one store
    # (sync_server.shared_state): RATELIMIT_STORAGE_URI if set, else REDIS_URL, else a SQLite file beside
    # the database that every worker on this machine shares. Several instances need Redis.
    RATELIMIT_ENABLED = True
    RATELIMIT_STORAGE_URI: str | None = None
    REDIS_URL: str | None = None
    RATELIMIT_STRATEGY = "fixed-window"
    RATELIMIT_HEADERS_ENABLED = False  # our 429 handler adds Retry-After; no extra lookups per request
    REPORT_RATE_LIMIT = "120 per minute"  # per device; a device uploads a handful of reports per day
    ENROLL_RATE_LIMIT = "30 per minute"  # per client IP
    LOGIN_RATE_LIMIT = "10 per minute"  # per client IP
    AUTH_FAILURE_LIMIT = "20 per minute"  # bad bearer tokens per client IP, then 429 (valid ones still pass)
    # Per-account login lockout: after this many failures in LOGIN_FAILURE_WINDOW_S seconds the account
    # refuses password logins for LOGIN_LOCKOUT_BASE_S, doubling with each further failure up to the cap.
    LOGIN_LOCKOUT_THRESHOLD = 5
    LOGIN_FAILURE_WINDOW_S = 3600
    LOGIN_LOCKOUT_BASE_S = 30
    LOGIN_LOCKOUT_MAX_S = 900

    # Public keys (base64 Ed25519) allowed to sign model bundles: a list, comma/newline separated text,
    # or a directory of *.pub files. The server never holds a private key.
    STAFF_PUBLIC_KEYS: Any = None
    PASSWORD_HASH_METHOD = "scrypt"  # werkzeug's scrypt:32768:8:1
    MIN_PASSWORD_LENGTH = 12

    # Retention in days, applied by `flask purge`.
    EVIDENCE_RETENTION_DAYS = 30
    REPORT_RETENTION_DAYS = 365

    # Sessions for the moderator web pages.
    SESSION_COOKIE_HTTPONLY = True
    SESSION_COOKIE_SAMESITE = "Lax"
    SESSION_COOKIE_SECURE = True
    PERMANENT_SESSION_LIFETIME = 8 * 3600
    WTF_CSRF_TIME_LIMIT = None  # the token lives as long as the session
    WTF_CSRF_HEADERS = ["X-CSRFToken", "X-CSRF-Token"]

    # OpenAPI (flask-smorest)
    API_TITLE = "Guardline sync server"
    API_VERSION = "1"
    OPENAPI_VERSION = "3.0.3"
    OPENAPI_URL_PREFIX = "/api/v1"
    OPENAPI_JSON_PATH = "openapi.json"


class DevelopmentConfig(Config):
    DEBUG = True
    SESSION_COOKIE_SECURE = False


class TestConfig(Config):
    """In-memory SQLite unless a test says otherwise; cheap password hashing; generous limits."""

    READ_ENV = False
    TESTING = True
    SECRET_KEY = "test-secret-key"
    SQLALCHEMY_DATABASE_URI = "sqlite://"
    RATELIMIT_STORAGE_URI = "memory://"  # one process; tests of the shared stores name theirs
    SESSION_COOKIE_SECURE = False
    PASSWORD_HASH_METHOD = "pbkdf2:sha256:1000"  # speed only; production keeps scrypt
    REPORT_RATE_LIMIT = "100000 per minute"
    ENROLL_RATE_LIMIT = "100000 per minute"
    LOGIN_RATE_LIMIT = "100000 per minute"
    AUTH_FAILURE_LIMIT = "100000 per minute"


_DIRECT_ENV = {
    "DATABASE_URL": "SQLALCHEMY_DATABASE_URI",
    "SECRET_KEY": "SECRET_KEY",
    "RATELIMIT_STORAGE_URI": "RATELIMIT_STORAGE_URI",
}


def _coerce(raw: str, current: Any) -> Any:
    """Parse an environment string into the type of the default it replaces."""
    if isinstance(current, bool):
        return raw.strip().lower() in {"1", "true", "yes", "on"}
    if isinstance(current, int):
        return int(raw)
    if isinstance(current, float):
        return float(raw)
    return raw


def load_settings(config: type | Mapping[str, Any] | None) -> dict[str, Any]:
    """Upper-case settings from a config class or mapping, plus environment overrides when allowed."""
    source: Any = Config if config is None else config
    if isinstance(source, Mapping):
        settings = {k: v for k, v in source.items() if k.isupper()}
    else:
        settings = {k: getattr(source, k) for k in dir(source) if k.isupper()}
    if settings.get("READ_ENV", False):
        for env_name, key in _DIRECT_ENV.items():
            if os.environ.get(env_name):
                settings[key] = os.environ[env_name]
        for key, current in list(settings.items()):
            raw = os.environ.get(f"GUARDLINE_{key}")
            if raw is not None and raw != "":
                settings[key] = _coerce(raw, current)
    return settings


def resolve(settings: dict[str, Any], instance_path: Path) -> dict[str, Any]:
    """Fill in defaults that need the instance folder: the SQLite file and a persistent secret key."""
    url = settings.get("SQLALCHEMY_DATABASE_URI")
    if not url:
        instance_path.mkdir(parents=True, exist_ok=True)
        url = f"sqlite:///{instance_path / settings.get('SQLITE_FILENAME', Config.SQLITE_FILENAME)}"
    settings["SQLALCHEMY_DATABASE_URI"] = normalise_database_url(url)
    if settings["SQLALCHEMY_DATABASE_URI"].startswith("postgresql"):
        # A restarted PostgreSQL leaves every pooled connection dead; check one before use so the
        # next request reconnects instead of failing (one cheap round trip on loopback).
        options = dict(settings.get("SQLALCHEMY_ENGINE_OPTIONS") or {})
        options.setdefault("pool_pre_ping", True)
        settings["SQLALCHEMY_ENGINE_OPTIONS"] = options
    if not settings.get("SECRET_KEY"):
        settings["SECRET_KEY"] = instance_secret(instance_path)
    from .shared_state import resolve_storage_uri

    settings["RATELIMIT_STORAGE_URI"] = resolve_storage_uri(settings, instance_path)
    return settings


def instance_secret(instance_path: Path) -> str:
    """A secret kept in the instance folder, so all gunicorn workers (and restarts) sign sessions alike.

    Written to a temporary file and hard-linked into place: when several workers start at once,
    exactly one link wins and everyone reads the same key.
    """
    instance_path.mkdir(parents=True, exist_ok=True)
    path = instance_path / "secret_key"
    if not path.exists():
        tmp = instance_path / f".secret_key.{os.getpid()}.{secrets.token_hex(4)}"
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(secrets.token_hex(32))
        try:
            os.link(tmp, path)
        except FileExistsError:
            pass
        finally:
            tmp.unlink()
    return path.read_text(encoding="utf-8").strip()
