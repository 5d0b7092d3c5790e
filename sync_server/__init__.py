"""Guardline sync server: device enrollment and report upload, moderation, signed model rollout.

    create_app(config=None) -> Flask     the application factory (`flask --app sync_server run`,
                                         `gunicorn 'sync_server:create_app()'`)

Layout: config (settings), extensions (db, limiter, csrf...), models, schemas, errors (one JSON error
shape), auth (decorators, sessions, CSRF), services/ (business rules), api/ (JSON blueprints),
cli (flask users / purge), migrations/ (Alembic), web/ (moderator HTML pages).
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from flask import Flask, request
from flask.json.provider import DefaultJSONProvider
from sqlalchemy import event
from sqlalchemy.engine import Engine
from werkzeug.exceptions import UnsupportedMediaType
from werkzeug.middleware.proxy_fix import ProxyFix
from werkzeug.routing import IntegerConverter

from .config import Config, DevelopmentConfig, TestConfig, load_settings, resolve
from .jsonguard import parse_int
from .sqlite_wal import enable_wal

__all__ = ["create_app", "Config", "DevelopmentConfig", "TestConfig"]

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
_SQLITE_PRAGMAS: list[str] = []


@event.listens_for(Engine, "connect")
def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    """WAL lets readers run while one writer commits; busy_timeout makes writers queue, not fail."""
    if isinstance(dbapi_connection, sqlite3.Connection):
        cursor = dbapi_connection.cursor()
        enable_wal(cursor)
        for pragma in _SQLITE_PRAGMAS:
            cursor.execute(pragma)
        cursor.close()


class DatabaseIdConverter(IntegerConverter):
    """`<int:...>` in every route: ids beyond a 32-bit INTEGER column are a 404, not a database error."""

    def __init__(self, map: Any, *args: Any, **kwargs: Any) -> None:  # noqa: A002 - werkzeug's name
        kwargs.setdefault("max", 2**31 - 1)
        super().__init__(map, *args, **kwargs)


def create_app(config: type | Mapping[str, Any] | None = None) -> Flask:
    """Build the app. `config`: a config class or mapping; None means `Config` plus the environment."""
    from .api import BLUEPRINTS, register_blueprints
    from .apidoc import GuardlineApi
    from .cli import register_cli
    from .errors import register_error_handlers
    from .extensions import csrf, db, limiter, migrate

    static = Path(__file__).resolve().parent / "static"
    app = Flask(__name__, static_folder="static" if static.is_dir() else None)
    app.url_map.converters["int"] = DatabaseIdConverter
    app.config.update(resolve(load_settings(config), Path(app.instance_path)))
    app.json = HardenedJSONProvider(app)
    app.json.sort_keys = False  # keep the field order of the schemas (and skip the sort on every response)
    _SQLITE_PRAGMAS[:] = [
        f"PRAGMA synchronous={app.config.get('SQLITE_SYNCHRONOUS', 'NORMAL')}",
        "PRAGMA foreign_keys=ON",
        f"PRAGMA busy_timeout={int(float(app.config.get('SQLITE_BUSY_TIMEOUT_S', 15)) * 1000)}",
    ]

    hops = int(app.config.get("PROXY_HOPS", 0))
    if hops > 0:  # trust exactly this many proxies' X-Forwarded-For / -Proto entries, no more
        app.wsgi_app = ProxyFix(app.wsgi_app, x_for=hops, x_proto=hops)  # type: ignore[method-assign]
    db.init_app(app)
    migrate.init_app(app, db, directory=str(MIGRATIONS_DIR), render_as_batch=True, compare_type=True)
    limiter.init_app(app)
    csrf.init_app(app)

    api = GuardlineApi()
    api.init_app(app)
    register_blueprints(api)
    for blp in BLUEPRINTS:
        csrf.exempt(blp)  # auth.require_role enforces CSRF exactly when a session cookie is the credential
    app.extensions["guardline-api"] = api

    register_error_handlers(app)
    app.before_request(_html_forms_take_form_bodies)
    register_cli(app)
    _register_web(app)
    if not app.debug and not app.testing:
        logging.getLogger("guardline").setLevel(logging.INFO)
    return app


class HardenedJSONProvider(DefaultJSONProvider):
    """Request JSON that Python cannot parse is a 400, never a 500: integers past any field's range become
    infinity (each field refuses it; Python refuses 4,300+ digits outright) and absurd nesting is a
    ValueError, which Flask turns into 400 Bad Request."""

    def loads(self, s: str | bytes, **kwargs: Any) -> Any:
        kwargs.setdefault("parse_int", parse_int)
        try:
            return super().loads(s, **kwargs)
        except RecursionError:
            raise ValueError("JSON nested too deeply") from None


def _html_forms_take_form_bodies() -> None:
    """Unsafe requests outside the JSON API carry HTML form bodies only. Flask-WTF would read a JSON body
    as form data and fail on anything but an object (a 500): refuse JSON there with 415."""
    if request.method in ("POST", "PUT", "PATCH", "DELETE") and request.is_json and not request.path.startswith("/api/"):
        raise UnsupportedMediaType("send HTML form data to these pages")


def _register_web(app: Flask) -> None:
    """Moderator HTML pages (`sync_server.web`), with HTML error pages under their prefix."""
    from .web import init_app

    init_app(app)
