"""Report ingest (SPEC §3/§4): validate each report on its own, store the good ones in bulk.

The hot path of the server. Per batch it runs a fixed number of statements whatever its size:
one SELECT for suspects this worker has not seen yet (their ids are cached per process), at most one
INSERT (+ one SELECT) for new suspects, one multi-row `INSERT ... ON CONFLICT (report_id) DO NOTHING
RETURNING` for the reports (so duplicates cost nothing extra and concurrent retries are safe), one
INSERT for shared evidence, the derived-table statements of services.aggregates (seven; eight when
trust-weighted terms must be re-read, nine when the queue totals move; whatever the batch size), one
COMMIT - on a Core connection, outside the ORM session.

On SQLite the reads run before the first write (pysqlite opens the transaction at the first INSERT),
so a worker never holds a stale read snapshot while waiting for the write lock.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, cast

from flask import current_app
from marshmallow import ValidationError
from sqlalchemy import Connection, Table, bindparam, select, tuple_
from sqlalchemy.exc import IntegrityError

from ..extensions import db
from ..models import Evidence, Report, Suspect, utcnow
from ..schemas import MAX_BATCH, ReportSchema
from .aggregates import TAG_BITS, apply_batch
from .dbutil import insert_ignore

_SCHEMA = ReportSchema()
_REPORTS = cast(Table, Report.__table__)
_SUSPECTS = cast(Table, Suspect.__table__)
_EVIDENCE = cast(Table, Evidence.__table__)


@dataclass
class IngestResult:
    accepted: int = 0
    duplicates: int = 0
    rejected: list[dict[str, Any]] = field(default_factory=list)


_LEADING = re.compile(r"^[\s@]+")


def normalise_handle(handle: str) -> str:
    """One suspect per account: Unicode-compatible (NFKC), case-insensitive, without leading '@'s."""
    text = unicodedata.normalize("NFKC", unicodedata.normalize("NFKC", handle).casefold())
    return _LEADING.sub("", text).strip()


def tags_to_mask(tags: Sequence[str]) -> int:
    mask = 0
    for tag in tags:
        mask |= TAG_BITS[tag]
    return mask


def mask_to_tags(mask: int) -> list[str]:
    return [tag for tag, bit in TAG_BITS.items() if mask & bit]


def validate_reports(items: Sequence[Any]) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Split a batch into loaded reports and `{"index", "errors"}` rejections, item by item."""
    valid: list[dict[str, Any]] = []
    rejected: list[dict[str, Any]] = []
    for index, item in enumerate(items):
        if not isinstance(item, dict):
            rejected.append({"index": index, "errors": {"_report": ["must be a JSON object"]}})
            continue
        try:
            data = _SCHEMA.load(item)
        except ValidationError as exc:
            rejected.append({"index": index, "errors": exc.normalized_messages()})
            continue
        valid.append(data)
    return valid, rejected


def ingest_reports(device_id: str, items: Sequence[Any], *, now: datetime | None = None) -> IngestResult:
    """Store every valid report of a batch (1 to MAX_BATCH items) sent by `device_id`."""
    if not 1 <= len(items) <= MAX_BATCH:
        raise ValueError(f"a batch holds 1 to {MAX_BATCH} reports")
    now = now or utcnow()
    valid, rejected = validate_reports(items)
    result = IngestResult(rejected=rejected)
    unique: dict[str, dict[str, Any]] = {}
    for data in valid:
        key = str(data["report_id"])
        if key in unique:
            result.duplicates += 1
        else:
            unique[key] = data
    if not unique:
        return result

    try:
        inserted_ids = _store(unique, device_id, now, use_cache=True)
    except IntegrityError:
        # A cached suspect id was purged meanwhile (ids are never reused): forget the cache, look up again.
        _suspect_cache().clear()
        inserted_ids = _store(unique, device_id, now, use_cache=False)
    result.accepted = len(inserted_ids)
    result.duplicates += len(unique) - len(inserted_ids)
    return result


def _store(unique: dict[str, dict[str, Any]], device_id: str, now: datetime, *, use_cache: bool) -> dict[str, int]:
    """Insert reports (skipping known report_ids) and their evidence in one transaction; returns
    {report_id: primary key} of the new ones. Core on its own connection, not the ORM session: the
    session's unit-of-work bookkeeping cost about as much as the INSERT itself."""
    with db.engine.begin() as conn:
        suspects = _suspect_ids(conn, unique.values(), now, use_cache=use_cache)
        rows = [_report_row(key, data, device_id, suspects, now) for key, data in unique.items()]
        stmt = insert_ignore(_REPORTS, ("report_id",), returning=("id", "report_id"))
        inserted = {report_id: pk for pk, report_id in conn.execute(stmt, rows)}
        apply_batch(conn, device_id, [row for row in rows if row["report_id"] in inserted], now)
        evidence = [
            {"report_pk": inserted[key], "items": data["evidence"], "received_at": now}
            for key, data in unique.items()
            if data["evidence"] and key in inserted
        ]
        if evidence:
            conn.execute(_EVIDENCE.insert(), evidence)
    return inserted


def _report_row(
    key: str, data: dict[str, Any], device_id: str, suspects: dict[tuple[str, str], int], now: datetime
) -> dict[str, Any]:
    created: datetime = data["created_at"]
    return {
        "report_id": key,
        "device_id": device_id,
        "suspect_id": suspects[(data["platform"], normalise_handle(data["suspect_handle"]))],
        "created_at": created,
        "received_at": now,
        "day": created.date(),
        "platform": data["platform"],
        "suspect_handle": data["suspect_handle"],
        "risk": data["risk"],
        "tag_mask": tags_to_mask(data["tags"]),
        "tag_scores": data["tag_scores"],
        "model_version": data["model_version"],
        "messages_observed": data["messages_observed"],
        "alert_index": data["alert_index"],
        "child_action": data["child_action"],
    }


_SUSPECT_CACHE_LIMIT = 100_000


def _suspect_cache() -> dict[tuple[str, str], int]:
    """Per-process (platform, handle) -> suspect id. Safe because suspect ids are never reused
    (AUTOINCREMENT on SQLite, sequences on PostgreSQL): a stale entry can only fail the foreign key."""
    cache: dict[tuple[str, str], int] = current_app.extensions.setdefault("guardline-suspect-ids", {})
    return cache


def _suspect_ids(conn: Connection, reports: Any, now: datetime, *, use_cache: bool) -> dict[tuple[str, str], int]:
    """Map (platform, normalised handle) to suspect ids, creating the missing suspects."""
    wanted: dict[tuple[str, str], str] = {}
    for data in reports:
        wanted.setdefault((data["platform"], normalise_handle(data["suspect_handle"])), data["suspect_handle"])
    cache = _suspect_cache()
    found = {key: cache[key] for key in wanted if key in cache} if use_cache else {}
    unknown = [key for key in wanted if key not in found]
    if unknown:
        found.update(_lookup_suspects(conn, unknown))
        missing = [key for key in unknown if key not in found]
        if missing:
            rows = [{"platform": p, "handle_norm": h, "handle": wanted[(p, h)], "status": "open", "created_at": now}
                    for p, h in missing]
            conn.execute(insert_ignore(_SUSPECTS, ("platform", "handle_norm")), rows)
            found.update(_lookup_suspects(conn, missing))
        if len(cache) + len(unknown) > _SUSPECT_CACHE_LIMIT:
            cache.clear()
        cache.update((key, found[key]) for key in unknown)
    return found


_KEY_COLS = (_SUSPECTS.c.platform, _SUSPECTS.c.handle_norm)
_ONE_SUSPECT = select(_SUSPECTS.c.id, *_KEY_COLS).where(
    _KEY_COLS[0] == bindparam("platform"), _KEY_COLS[1] == bindparam("handle")
)
_MANY_SUSPECTS = select(_SUSPECTS.c.id, *_KEY_COLS).where(tuple_(*_KEY_COLS).in_(bindparam("keys", expanding=True)))


def _lookup_suspects(conn: Connection, keys: list[tuple[str, str]]) -> dict[tuple[str, str], int]:
    if len(keys) == 1:
        rows = conn.execute(_ONE_SUSPECT, {"platform": keys[0][0], "handle": keys[0][1]})
    else:
        rows = conn.execute(_MANY_SUSPECTS, {"keys": keys})
    return {(platform, handle): sid for sid, platform, handle in rows}
