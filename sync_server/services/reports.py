"""Report ingest (SPEC §3/§4): validate each report on its own, store the good ones in bulk.

The hot path of the server. Per batch it runs a fixed number of statements whatever its size:
one SELECT for known suspects, at most one INSERT (+ one SELECT) for new ones, one multi-row
`INSERT ... ON CONFLICT (report_id) DO NOTHING RETURNING` for the reports (so duplicates cost nothing
extra and concurrent retries are safe), one INSERT for shared evidence, one COMMIT.

On SQLite the reads run before the first write (pysqlite opens the transaction at the first INSERT),
so a worker never holds a stale read snapshot while waiting for the write lock.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from marshmallow import ValidationError
from sqlalchemy import select, tuple_

from device_app.core.conversations import TACTICS

from ..extensions import db
from ..models import Evidence, Report, Suspect, utcnow
from ..schemas import MAX_BATCH, ReportSchema
from .dbutil import insert_ignore

TAG_BITS: dict[str, int] = {tag: 1 << i for i, tag in enumerate(TACTICS)}
_SCHEMA = ReportSchema()
_REPORTS = Report.__table__
_SUSPECTS = Suspect.__table__
_EVIDENCE = Evidence.__table__


@dataclass
class IngestResult:
    accepted: int = 0
    duplicates: int = 0
    rejected: list[dict[str, Any]] = field(default_factory=list)


def normalise_handle(handle: str) -> str:
    """One suspect per account: Unicode-compatible, case-insensitive, without a leading '@'."""
    return unicodedata.normalize("NFKC", handle).strip().lstrip("@").casefold()


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

    suspects = _suspect_ids(unique.values(), now)
    rows = [_report_row(key, data, device_id, suspects, now) for key, data in unique.items()]
    stmt = insert_ignore(_REPORTS, ["report_id"]).returning(_REPORTS.c.id, _REPORTS.c.report_id)
    inserted_ids = {report_id: pk for pk, report_id in db.session.execute(stmt, rows)}
    evidence = [
        {"report_pk": inserted_ids[key], "items": data["evidence"], "received_at": now}
        for key, data in unique.items()
        if data["evidence"] and key in inserted_ids
    ]
    if evidence:
        db.session.execute(_EVIDENCE.insert(), evidence)
    db.session.commit()
    result.accepted = len(inserted_ids)
    result.duplicates += len(unique) - len(inserted_ids)
    return result


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


def _suspect_ids(reports: Any, now: datetime) -> dict[tuple[str, str], int]:
    """Map (platform, normalised handle) to suspect ids, creating the missing suspects."""
    wanted: dict[tuple[str, str], str] = {}
    for data in reports:
        wanted.setdefault((data["platform"], normalise_handle(data["suspect_handle"])), data["suspect_handle"])
    found = _lookup_suspects(list(wanted))
    missing = [key for key in wanted if key not in found]
    if missing:
        rows = [{"platform": p, "handle_norm": h, "handle": wanted[(p, h)], "status": "open", "created_at": now}
                for p, h in missing]
        db.session.execute(insert_ignore(_SUSPECTS, ["platform", "handle_norm"]), rows)
        found.update(_lookup_suspects(missing))
    return found


def _lookup_suspects(keys: list[tuple[str, str]]) -> dict[tuple[str, str], int]:
    cols = (_SUSPECTS.c.platform, _SUSPECTS.c.handle_norm)
    if len(keys) == 1:
        query = select(_SUSPECTS.c.id, *cols).where(cols[0] == keys[0][0], cols[1] == keys[0][1])
    else:
        query = select(_SUSPECTS.c.id, *cols).where(tuple_(*cols).in_(keys))
    return {(platform, handle): sid for sid, platform, handle in db.session.execute(query)}
