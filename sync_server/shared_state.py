"""State every worker and every instance must agree on: rate-limit windows, failed-auth counters, lockouts.

One store, picked by `resolve_storage_uri` when the app is created, and used through Flask-Limiter's
storage object (`limits` counters with an expiry):

* `redis://...` (GUARDLINE_REDIS_URL or RATELIMIT_STORAGE_URI): shared by every worker of every instance.
  Required as soon as more than one machine serves the same database.
* `guardline-sqlite:///path` (the default): a small SQLite file next to the database (or in the instance
  folder), shared by every worker process on this machine. Each counter update is one atomic UPSERT,
  so two gunicorn workers see one window, not two.
* `memory://`: per process; only for tests and single-process runs (TestConfig picks it).

Revocations and sessions are not kept here: they live in the database (the source of truth every
instance reads on each request), so they take effect at once everywhere whatever this store is.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
import threading
import time
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlparse

from limits.storage import Storage

from .extensions import limiter
from .sqlite_wal import enable_wal

SQLITE_SCHEME = "guardline-sqlite"
_PURGE_EVERY = 2000  # updates per connection between sweeps of expired counters


def resolve_storage_uri(settings: dict[str, Any], instance_path: Path) -> str:
    """The limiter storage for these settings: explicit URI, else Redis, else the SQLite file."""
    explicit = settings.get("RATELIMIT_STORAGE_URI")
    if explicit:
        return str(explicit)
    redis_url = settings.get("REDIS_URL")
    if redis_url:
        return str(redis_url)
    return f"{SQLITE_SCHEME}://{embedded_path(settings, instance_path)}"


def embedded_path(settings: dict[str, Any], instance_path: Path) -> Path:
    """Next to a SQLite database file. For PostgreSQL (without Redis) a file in the instance folder named
    after the database, so servers on one machine and one database share it and others never do."""
    url = str(settings.get("SQLALCHEMY_DATABASE_URI") or "")
    if url.startswith("sqlite:///") and len(url) > len("sqlite:///"):
        db_file = Path(unquote(url[len("sqlite:///"):].split("?", 1)[0]))
        if db_file.name != ":memory:":
            return db_file.with_name(db_file.name + ".state")
    instance_path.mkdir(parents=True, exist_ok=True)
    return instance_path / f"guardline-state-{hashlib.sha256(url.encode()).hexdigest()[:12]}.sqlite3"


class SQLiteCounterStorage(Storage):
    """`limits` storage in a SQLite file: fixed-window counters shared by every process on this machine.

    Counters need no durability (a lost window after a power cut only resets a limit), so the file runs
    with synchronous=OFF; WAL and a busy timeout let several workers update it at once.
    """

    STORAGE_SCHEME = [SQLITE_SCHEME]

    def __init__(self, uri: str | None = None, wrap_exceptions: bool = False, **options: Any) -> None:
        super().__init__(uri, wrap_exceptions=wrap_exceptions, **options)
        parsed = urlparse(uri or "")
        self.path = unquote(parsed.path) if parsed.path else ":memory:"
        self._local = threading.local()
        self._pid = os.getpid()
        self._connect()  # fail at start-up, not on the first request, when the path is unusable

    @property
    def base_exceptions(self) -> type[Exception]:
        return sqlite3.Error

    def _connect(self) -> sqlite3.Connection:
        """One connection per process and thread (gunicorn forks workers; gthread adds threads)."""
        conn: sqlite3.Connection | None = getattr(self._local, "conn", None)
        if conn is not None and self._pid == os.getpid():
            return conn
        self._pid = os.getpid()
        conn = sqlite3.connect(self.path, timeout=10.0, isolation_level=None, check_same_thread=False)
        enable_wal(conn)  # every worker opens the file at boot: a lost race must not stop a worker
        conn.execute("PRAGMA synchronous=OFF")
        conn.execute(
            "CREATE TABLE IF NOT EXISTS counters (key TEXT PRIMARY KEY, value INTEGER NOT NULL, "
            "expires_at REAL NOT NULL) WITHOUT ROWID"
        )
        self._local.conn = conn
        self._local.updates = 0
        return conn

    def incr(self, key: str, expiry: int, amount: int = 1) -> int:
        now = time.time()
        conn = self._connect()
        row = conn.execute(
            "INSERT INTO counters (key, value, expires_at) VALUES (?1, ?2, ?3) ON CONFLICT(key) DO UPDATE SET "
            "value = CASE WHEN counters.expires_at <= ?4 THEN excluded.value ELSE counters.value + excluded.value END, "
            "expires_at = CASE WHEN counters.expires_at <= ?4 THEN excluded.expires_at ELSE counters.expires_at END "
            "RETURNING value",
            (key, amount, now + expiry, now),
        ).fetchone()
        self._local.updates += 1
        if self._local.updates % _PURGE_EVERY == 0:
            conn.execute("DELETE FROM counters WHERE expires_at <= ?", (now,))
        return int(row[0])

    def get(self, key: str) -> int:
        row = self._connect().execute(
            "SELECT value FROM counters WHERE key = ? AND expires_at > ?", (key, time.time())
        ).fetchone()
        return int(row[0]) if row else 0

    def get_expiry(self, key: str) -> float:
        now = time.time()
        row = self._connect().execute(
            "SELECT expires_at FROM counters WHERE key = ? AND expires_at > ?", (key, now)
        ).fetchone()
        return float(row[0]) if row else now

    def check(self) -> bool:
        try:
            self._connect().execute("SELECT 1").fetchone()
        except sqlite3.Error:
            return False
        return True

    def reset(self) -> int | None:
        return int(self._connect().execute("DELETE FROM counters").rowcount)

    def clear(self, key: str) -> None:
        self._connect().execute("DELETE FROM counters WHERE key = ?", (key,))


def storage() -> Storage:
    """The shared store of the running app (Flask-Limiter's, so limits and counters live together)."""
    return limiter.storage


def remaining_seconds(key: str) -> int:
    """Whole seconds until `key` expires (at least 1)."""
    return max(1, int(storage().get_expiry(key) - time.time() + 0.999))
