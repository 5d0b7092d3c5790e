"""The on-device outbox: every flag report is saved here before any upload is tried.

One SQLite file in WAL mode with `synchronous=FULL`; every change is one transaction, so a process
killed mid-write leaves either the old or the new row, never half of one. Reports are `pending` until
the server has them (`sent`), or `rejected` if the server refuses them for good. Uploads are
idempotent by `report_id`: a report re-sent after a crash is counted by the server as a duplicate.

The same file keeps the device's small state (device id/token, last sync, settings, PIN hash) in a
key/value table, so one backup, one wipe and one migration cover everything.

Exceptions::

    OutboxError (RuntimeError)
    ├── OutboxFullError       the disk (or the configured cap) is full; nothing saved was lost
    └── ReportAlreadySent     a sent report can no longer change
"""

from __future__ import annotations

import json
import random
import sqlite3
import threading
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from .reports import check_report, without_evidence

SCHEMA_VERSION = 1
STATES = ("pending", "sent", "rejected")
MAX_BATCH = 100

_SCHEMA = """
CREATE TABLE IF NOT EXISTS reports (
    report_id TEXT PRIMARY KEY,
    created_at TEXT NOT NULL,
    conversation_key TEXT NOT NULL DEFAULT '',
    payload TEXT NOT NULL,
    state TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'sent', 'rejected')),
    ready_at REAL NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0,
    last_error TEXT,
    updated_at REAL NOT NULL,
    sent_at REAL
);
CREATE INDEX IF NOT EXISTS reports_due ON reports (state, ready_at);
CREATE TABLE IF NOT EXISTS kv (key TEXT PRIMARY KEY, value TEXT NOT NULL);
"""


class OutboxError(RuntimeError):
    """The outbox could not do what was asked; the message says why in plain words."""


class OutboxFullError(OutboxError):
    """No room left on the device; the write was rolled back and earlier reports are intact."""


class ReportAlreadySent(OutboxError):
    """The server already has this report, so changing it locally would only mislead."""


@dataclass(frozen=True)
class OutboxEntry:
    report_id: str
    report: dict[str, Any]
    state: str
    conversation_key: str
    ready_at: float
    attempts: int
    last_error: str | None
    sent_at: float | None


def _is_full(exc: sqlite3.Error) -> bool:
    text = str(exc).lower()
    return "database or disk is full" in text or "disk full" in text


class Outbox:
    """Thread-safe: one connection guarded by a lock (the UI, the worker and the sync thread share it)."""

    def __init__(
        self, path: str | Path, *, max_bytes: int | None = None, clock: Callable[[], float] = time.time
    ):
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._clock = clock
        self._lock = threading.RLock()
        self._conn = sqlite3.connect(
            str(self.path), isolation_level=None, check_same_thread=False, timeout=10
        )
        self._conn.execute("PRAGMA journal_mode=WAL")
        self._conn.execute("PRAGMA synchronous=FULL")
        if max_bytes is not None:  # a storage cap: SQLite answers "database or disk is full" past it
            page = self._conn.execute("PRAGMA page_size").fetchone()[0]
            self._conn.execute(f"PRAGMA max_page_count={max(8, int(max_bytes) // page)}")
        with self._tx():
            for statement in filter(str.strip, _SCHEMA.split(";")):
                self._conn.execute(statement)
            self._conn.execute(f"PRAGMA user_version={SCHEMA_VERSION}")

    # -- plumbing -------------------------------------------------------------------------------

    @contextmanager
    def _tx(self) -> Iterator[sqlite3.Connection]:
        """One atomic transaction; disk-full becomes OutboxFullError after a clean rollback."""
        with self._lock:
            try:
                self._conn.execute("BEGIN IMMEDIATE")
                try:
                    yield self._conn
                    self._conn.execute("COMMIT")
                except BaseException:
                    self._rollback()
                    raise
            except sqlite3.OperationalError as exc:
                if _is_full(exc):
                    raise OutboxFullError(
                        "The device is out of storage, so Guardline could not save this. "
                        "Free some space; reports saved earlier are safe."
                    ) from exc
                raise OutboxError(f"outbox database error: {exc}") from exc

    def _rollback(self) -> None:
        """SQLite may already have rolled back by itself (it does on SQLITE_FULL)."""
        if self._conn.in_transaction:
            with suppress(sqlite3.Error):
                self._conn.execute("ROLLBACK")

    def now(self) -> float:
        return self._clock()

    def close(self) -> None:
        with self._lock:
            self._conn.close()

    def integrity_ok(self) -> bool:
        with self._lock:
            return self._conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"

    # -- reports --------------------------------------------------------------------------------

    def add(
        self, report: Mapping[str, Any], *, conversation_key: str = "", ready_at: float | None = None
    ) -> None:
        """Save a new report (pending). `ready_at` holds it back until the child had time to act."""
        check_report(report)
        now = self._clock()
        with self._tx() as db:
            db.execute(
                "INSERT INTO reports (report_id, created_at, conversation_key, payload, state, ready_at, updated_at)"
                " VALUES (?, ?, ?, ?, 'pending', ?, ?)",
                (
                    report["report_id"],
                    report["created_at"],
                    conversation_key,
                    json.dumps(report, ensure_ascii=False, sort_keys=True),
                    now if ready_at is None else ready_at,
                    now,
                ),
            )

    def update(self, report: Mapping[str, Any], *, ready_now: bool = True) -> None:
        """Replace a pending report (the child acted); a sent one raises ReportAlreadySent."""
        check_report(report)
        now = self._clock()
        with self._tx() as db:
            row = db.execute(
                "SELECT state FROM reports WHERE report_id = ?", (report["report_id"],)
            ).fetchone()
            if row is None:
                raise OutboxError(f"no report {report['report_id']} in the outbox")
            if row[0] != "pending":
                raise ReportAlreadySent(f"report {report['report_id']} was already {row[0]}")
            db.execute(
                "UPDATE reports SET payload = ?, updated_at = ?, ready_at = CASE WHEN ? THEN MIN(ready_at, ?)"
                " ELSE ready_at END WHERE report_id = ?",
                (
                    json.dumps(report, ensure_ascii=False, sort_keys=True),
                    now,
                    ready_now,
                    now,
                    report["report_id"],
                ),
            )

    def get(self, report_id: str) -> OutboxEntry | None:
        with self._lock:
            row = self._conn.execute(_SELECT + " WHERE report_id = ?", (report_id,)).fetchone()
        return _entry(row) if row else None

    def entries(self, state: str | None = None) -> list[OutboxEntry]:
        with self._lock:
            if state is None:
                rows = self._conn.execute(_SELECT + " ORDER BY created_at, rowid").fetchall()
            else:
                rows = self._conn.execute(
                    _SELECT + " WHERE state = ? ORDER BY created_at, rowid", (state,)
                ).fetchall()
        return [_entry(r) for r in rows]

    def due(self, now: float | None = None, limit: int = MAX_BATCH) -> list[OutboxEntry]:
        """Pending reports ready to upload, oldest first."""
        now = self._clock() if now is None else now
        with self._lock:
            rows = self._conn.execute(
                _SELECT + " WHERE state = 'pending' AND ready_at <= ? ORDER BY created_at, rowid LIMIT ?",
                (now, limit),
            ).fetchall()
        return [_entry(r) for r in rows]

    def mark_sent(self, report_ids: Sequence[str]) -> None:
        """The server has them: keep the record (for the parent view) but drop any shared text."""
        now = self._clock()
        with self._tx() as db:
            for rid in report_ids:
                row = db.execute("SELECT payload FROM reports WHERE report_id = ?", (rid,)).fetchone()
                if row is None:
                    continue
                payload = json.dumps(without_evidence(json.loads(row[0])), ensure_ascii=False, sort_keys=True)
                db.execute(
                    "UPDATE reports SET state = 'sent', payload = ?, sent_at = ?, updated_at = ?, last_error = NULL"
                    " WHERE report_id = ?",
                    (payload, now, now, rid),
                )

    def mark_rejected(self, report_id: str, errors: Any) -> None:
        now = self._clock()
        with self._tx() as db:
            db.execute(
                "UPDATE reports SET state = 'rejected', last_error = ?, updated_at = ?, attempts = attempts + 1"
                " WHERE report_id = ?",
                (json.dumps(errors, sort_keys=True), now, report_id),
            )

    def mark_attempt_failed(self, report_ids: Sequence[str], error: str) -> None:
        now = self._clock()
        with self._tx() as db:
            db.executemany(
                "UPDATE reports SET attempts = attempts + 1, last_error = ?, updated_at = ? WHERE report_id = ?",
                [(error, now, rid) for rid in report_ids],
            )

    def counts(self) -> dict[str, int]:
        with self._lock:
            rows = self._conn.execute("SELECT state, COUNT(*) FROM reports GROUP BY state").fetchall()
        out = dict.fromkeys(STATES, 0)
        out.update({s: n for s, n in rows})
        return out

    def pending_count(self) -> int:
        return self.counts()["pending"]

    # -- small persistent state -----------------------------------------------------------------

    def get_state(self, key: str, default: Any = None) -> Any:
        with self._lock:
            row = self._conn.execute("SELECT value FROM kv WHERE key = ?", (key,)).fetchone()
        return json.loads(row[0]) if row else default

    def set_state(self, **values: Any) -> None:
        """Set several keys in one transaction (None deletes a key)."""
        with self._tx() as db:
            for key, value in values.items():
                if value is None:
                    db.execute("DELETE FROM kv WHERE key = ?", (key,))
                else:
                    db.execute(
                        "INSERT INTO kv (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                        (key, json.dumps(value)),
                    )


_SELECT = (
    "SELECT report_id, payload, state, conversation_key, ready_at, attempts, last_error, sent_at FROM reports"
)


def _entry(row: tuple[Any, ...]) -> OutboxEntry:
    return OutboxEntry(
        report_id=row[0],
        report=json.loads(row[1]),
        state=row[2],
        conversation_key=row[3],
        ready_at=row[4],
        attempts=row[5],
        last_error=row[6],
        sent_at=row[7],
    )


# -- retry schedule ------------------------------------------------------------------------------


@dataclass
class Backoff:
    """Exponential backoff with jitter: delay n lies in [d/2, d], d = min(cap, base * 2**n).

    The jitter spreads out thousands of phones that lost the server at the same moment; the lower
    bound keeps a flapping server from being hammered.
    """

    base_s: float = 30.0
    cap_s: float = 6 * 3600.0
    rng: random.Random = field(default_factory=random.Random)

    def ceiling(self, failures: int) -> float:
        return min(self.cap_s, self.base_s * (2 ** max(0, failures - 1)))

    def delay(self, failures: int) -> float:
        """Seconds to wait after the `failures`-th consecutive failure (1-based)."""
        if failures <= 0:
            return 0.0
        top = self.ceiling(failures)
        return top / 2 + self.rng.uniform(0.0, top / 2)


# -- flushing the outbox to a server -------------------------------------------------------------


class Uploader(Protocol):
    def upload_reports(self, reports: Sequence[Mapping[str, Any]]) -> Any: ...


@dataclass
class FlushResult:
    attempted: bool
    accepted: int = 0
    duplicates: int = 0
    rejected: int = 0
    error: str | None = None
    next_attempt_at: float | None = None

    @property
    def ok(self) -> bool:
        return self.attempted and self.error is None


def flush(
    outbox: Outbox,
    uploader: Uploader,
    *,
    backoff: Backoff | None = None,
    force: bool = False,
    is_retryable: Callable[[BaseException], bool] = lambda exc: True,
) -> FlushResult:
    """Upload due reports in batches of at most 100 until none are due or the server fails.

    The retry schedule lives in the outbox's state (`sync.failures`, `sync.next_at`), so it survives a
    restart. `force` ignores the schedule (the child pressed "sync now"). A failure the caller marks as
    not retryable (e.g. an expired token) is re-raised after being recorded.
    """
    backoff = backoff or Backoff()
    now = outbox.now()
    next_at = outbox.get_state("sync.next_at", 0.0)
    if not force and now < next_at:
        return FlushResult(attempted=False, next_attempt_at=next_at)
    result = FlushResult(attempted=True)
    while True:
        batch = outbox.due(now, limit=MAX_BATCH)
        if not batch:
            break
        try:
            answer = uploader.upload_reports([e.report for e in batch])
        except Exception as exc:
            failures = int(outbox.get_state("sync.failures", 0)) + 1
            result.error = str(exc) or type(exc).__name__
            result.next_attempt_at = now + backoff.delay(failures)
            outbox.mark_attempt_failed([e.report_id for e in batch], result.error)
            outbox.set_state(
                **{
                    "sync.failures": failures,
                    "sync.next_at": result.next_attempt_at,
                    "sync.last_error": result.error,
                }
            )
            if not is_retryable(exc):
                raise
            return result
        rejected = {int(r["index"]): r.get("errors", {}) for r in answer.rejected}
        for index, errors in rejected.items():
            if 0 <= index < len(batch):
                outbox.mark_rejected(batch[index].report_id, errors)
        outbox.mark_sent([e.report_id for i, e in enumerate(batch) if i not in rejected])
        result.accepted += answer.accepted
        result.duplicates += answer.duplicates
        result.rejected += len(rejected)
    outbox.set_state(
        **{"sync.failures": None, "sync.next_at": None, "sync.last_error": None, "sync.last_success_at": now}
    )
    return result
