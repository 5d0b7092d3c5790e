"""Server test fixtures: every app-level test runs twice, on SQLite and on a real PostgreSQL.

PostgreSQL is a throw-away cluster started once per session by scripts/start_postgres.sh (installed
first if missing, when we are root). If it cannot start, the postgres tests fail - they never skip.
Tables are emptied before each test (DELETE, fast on small tables) instead of creating databases.
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from flask import Flask
from flask.testing import FlaskClient

from device_app.core.signing import KeyPair, generate_keypair
from sync_server import TestConfig, create_app
from sync_server.extensions import db
from sync_server.services import staff as staff_service
from tests.db_state import close_app, reset_app_state

from .helpers import PASSWORD

REPO = Path(__file__).resolve().parents[2]
PG_SCRIPT = REPO / "scripts" / "start_postgres.sh"
REDIS_SCRIPT = REPO / "scripts" / "start_redis.sh"


def _throwaway_service(script: Path, name: str) -> Iterator[str]:
    """Start a service with `script start DIR` (its last stdout line is the URL), yield the URL, stop it."""
    workdir = Path(tempfile.mkdtemp(prefix=f"guardline-{name.lower()}-"))
    proc = subprocess.run([str(script), "start", str(workdir)], capture_output=True, text=True, timeout=300)
    if proc.returncode != 0:
        shutil.rmtree(workdir, ignore_errors=True)
        pytest.fail(f"{name} did not start (rc {proc.returncode}):\n{proc.stderr[-3000:]}", pytrace=False)
    try:
        yield proc.stdout.strip().splitlines()[-1]
    finally:
        subprocess.run([str(script), "stop", str(workdir)], capture_output=True, timeout=60)
        shutil.rmtree(workdir, ignore_errors=True)


@pytest.fixture(scope="session")
def pg_url() -> Iterator[str]:
    """A running throw-away PostgreSQL; stopped and deleted at session end."""
    yield from _throwaway_service(PG_SCRIPT, "PostgreSQL")


@pytest.fixture(scope="session")
def redis_url() -> Iterator[str]:
    """A running throw-away Redis (scripts/start_redis.sh); stopped at session end. Never skips."""
    yield from _throwaway_service(REDIS_SCRIPT, "Redis")


@pytest.fixture(scope="session")
def signing_keys() -> tuple[KeyPair, KeyPair]:
    """(trusted staff key, untrusted key)."""
    return generate_keypair(), generate_keypair()


def make_config(url: str, trusted_public: str, **overrides: Any) -> dict[str, Any]:
    settings = {k: getattr(TestConfig, k) for k in dir(TestConfig) if k.isupper()}
    settings.update(SQLALCHEMY_DATABASE_URI=url, STAFF_PUBLIC_KEYS=[trusted_public])
    settings.update(overrides)
    return settings


@pytest.fixture(scope="session", params=["sqlite", "postgres"])
def backend_app(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory, signing_keys: tuple[KeyPair, KeyPair]
) -> Iterator[Flask]:
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path_factory.mktemp('sqlite') / 'test.sqlite3'}"
    else:
        url = request.getfixturevalue("pg_url")
    app = create_app(make_config(url, signing_keys[0].public_b64))
    with app.app_context():
        db.drop_all()
        db.create_all()
    yield app
    close_app(app)


@pytest.fixture
def app(backend_app: Flask) -> Flask:
    """The backend's app with empty tables, default limits and a fresh rate-limit store."""
    return reset_app_state(backend_app)


@pytest.fixture
def client(app: Flask) -> FlaskClient:
    return app.test_client()


@pytest.fixture
def backend(app: Flask) -> str:
    return "postgres" if app.config["SQLALCHEMY_DATABASE_URI"].startswith("postgresql") else "sqlite"


@dataclass(frozen=True)
class DeviceCreds:
    device_id: str
    token: str

    @property
    def headers(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.token}"}


@dataclass(frozen=True)
class StaffCreds:
    user_id: int
    username: str
    role: str
    token: str

    @property
    def headers(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.token}"}


@pytest.fixture
def enroll(client: FlaskClient) -> Callable[..., DeviceCreds]:
    def _enroll(**body: Any) -> DeviceCreds:
        payload = {"app_version": "1.0.0", "os": "android", "age_band": "13-15", **body}
        response = client.post("/api/v1/devices", json=payload)
        assert response.status_code == 201, response.json
        return DeviceCreds(response.json["device_id"], response.json["device_token"])

    return _enroll


@pytest.fixture
def device(enroll: Callable[..., DeviceCreds]) -> DeviceCreds:
    return enroll()


@pytest.fixture
def make_staff(app: Flask) -> Callable[[str], StaffCreds]:
    counter = iter(range(10_000))

    def _make(role: str, username: str | None = None) -> StaffCreds:
        name = username or f"{role.replace('_', '')}{next(counter)}"
        with app.app_context():
            user = staff_service.create_user(name, PASSWORD, role)
            token = staff_service.create_token(user.id, "tests", actor_id=None).secret
            return StaffCreds(user.id, user.username, role, token)

    return _make


@pytest.fixture
def moderator(make_staff: Callable[[str], StaffCreds]) -> StaffCreds:
    return make_staff("moderator")


@pytest.fixture
def ml_staff(make_staff: Callable[[str], StaffCreds]) -> StaffCreds:
    return make_staff("ml_staff")


@pytest.fixture
def admin(make_staff: Callable[[str], StaffCreds]) -> StaffCreds:
    return make_staff("admin")
