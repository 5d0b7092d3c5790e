"""Switching a SQLite file to WAL when several processes open it at once.

`PRAGMA journal_mode=WAL` on a file that is not yet in WAL mode needs an exclusive lock, and when two
connections race for it SQLite may answer "database is locked" at once, without waiting on the busy
timeout (it refuses to wait where waiting could deadlock). Gunicorn boots its workers together, so on a
fresh file one worker could fail to start and take the whole server down with it ("Worker failed to
boot"). Once the file is in WAL mode the pragma takes no lock, so retrying briefly is enough.
"""

from __future__ import annotations

import random
import sqlite3
import time
from typing import Any

__all__ = ["enable_wal"]


def enable_wal(conn: sqlite3.Connection | sqlite3.Cursor | Any, timeout_s: float = 10.0) -> None:
    """Put the connection's database in WAL mode, retrying a lost race for the lock until `timeout_s`."""
    deadline = time.monotonic() + timeout_s
    delay = 0.005
    while True:
        try:
            conn.execute("PRAGMA journal_mode=WAL").fetchall()
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or time.monotonic() + delay > deadline:
                raise
        time.sleep(delay * (0.5 + random.random()))  # noqa: S311 - jitter, not security
        delay = min(delay * 2, 0.2)
