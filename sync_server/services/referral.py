"""Referral packages: everything about one escalated suspect in one zip, for a hotline or the police.

    record.json       machine-readable: suspect, platform, report timeline, tactics, consented evidence,
                      decisions with notes, the audit trail of the case
    report.html       the same, readable by a person (self-contained: no scripts, no external files)
    MANIFEST.sha256   `sha256sum -c` format: one line per file above

The shape follows what platforms file with hotlines such as NCMEC's CyberTipline: who (the reported
account), where (platform), when (timeline), what (tactics, evidence the child chose to share) and what
the platform did (decisions). It never holds anything that identifies a child: devices are lettered per
suspect. Building a package reads evidence through `services.evidence` (one audit row per report) and
writes a `referral.export` audit row plus a `ReferralExport` record with the zip's SHA-256.
"""

from __future__ import annotations

import hashlib
import io
import json
import zipfile
from collections.abc import Callable
from dataclasses import asdict, dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import or_, select

from ..errors import Conflict
from ..extensions import db
from ..models import AuditLog, ReferralExport, StaffUser, SuspectStatus, utcnow
from . import audit
from . import evidence as evidence_service
from . import suspects as suspect_service

FORMAT = "guardline-referral/1"
FILES = ("record.json", "report.html")
MANIFEST = "MANIFEST.sha256"
_ZIP_TIME = (1980, 1, 1, 0, 0, 0)  # fixed member times: the manifest, not the zip clock, is the seal


@dataclass(frozen=True)
class Package:
    filename: str
    data: bytes
    sha256: str
    record: dict[str, Any]


def letters_for(devices: list[str]) -> dict[str, str]:
    """"A", "B", ... "Z", "AA" in order of first appearance."""
    out: dict[str, str] = {}
    for device in devices:
        if device not in out:
            n, name = len(out), ""
            while True:
                name = chr(ord("A") + n % 26) + name
                n = n // 26 - 1
                if n < 0:
                    break
            out[device] = name
    return out


def _iso(value: datetime | None) -> str | None:
    return value.isoformat().replace("+00:00", "Z") if value is not None else None


def _audit_trail(suspect_id: int, report_ids: list[str]) -> list[dict[str, Any]]:
    conditions = [(AuditLog.target_type == "suspect") & (AuditLog.target_id == str(suspect_id))]
    if report_ids:
        conditions.append((AuditLog.target_type == "report") & AuditLog.target_id.in_(report_ids))
    rows = db.session.scalars(select(AuditLog).where(or_(*conditions)).order_by(AuditLog.at, AuditLog.id))
    return [{"at": _iso(e.at), "actor": e.actor.username if e.actor else None, "action": e.action,
             "target_type": e.target_type, "target_id": e.target_id, "details": e.details} for e in rows]


def build_record(suspect_id: int, *, actor: StaffUser, now: datetime) -> dict[str, Any]:
    """The JSON record (reads evidence: audited)."""
    detail = suspect_service.suspect_detail(suspect_id, now=now)
    if detail.status != SuspectStatus.ESCALATED.value:
        raise Conflict("only an escalated suspect can be referred; escalate it first")
    letters = letters_for([e.device for e in detail.timeline])
    evidence = evidence_service.read_suspect_evidence(suspect_id, viewer=actor)
    report_ids = [e.report_id for e in detail.timeline]
    tactic_counts = {t: sum(t in e.tags for e in detail.timeline) for t in detail.tactics}
    return {
        "format": FORMAT,
        "generated_at": _iso(now),
        "generated_by": actor.username,
        "suspect": {
            "id": detail.id, "platform": detail.platform, "handle": detail.handle, "status": detail.status,
            "reporting_devices": detail.devices, "reports": detail.reports, "max_risk": detail.max_risk,
            "mean_risk": detail.mean_risk, "first_seen": _iso(detail.first_seen), "last_seen": _iso(detail.last_seen),
            "false_alarm_share": detail.false_alarm_share, "child_actions": detail.child_actions,
        },
        "tactics": tactic_counts,
        "reports": [
            {"report_id": e.report_id, "created_at": _iso(e.created_at), "received_at": _iso(e.received_at),
             "device": f"Device {letters[e.device]}", "risk": e.risk, "tactics": e.tags, "tag_scores": e.tag_scores,
             "model_version": e.model_version, "messages_observed": e.messages_observed,
             "alert_index": e.alert_index, "child_action": e.child_action, "has_evidence": e.has_evidence}
            for e in detail.timeline
        ],
        "evidence": [{"report_id": v.report_id, "messages": v.items} for v in evidence],
        "decisions": [{**asdict(d), "created_at": _iso(d.created_at)} for d in detail.decisions],
        "audit_trail": _audit_trail(suspect_id, report_ids),
        "note": "Shared evidence is only what the child chose to share. Devices are lettered per suspect; "
                "nothing here identifies a child.",
    }


def manifest_text(files: dict[str, bytes]) -> str:
    return "".join(f"{hashlib.sha256(data).hexdigest()}  {name}\n" for name, data in files.items())


def build_package(suspect_id: int, *, actor: StaffUser, render_html: Callable[[dict[str, Any]], str],
                  now: datetime | None = None) -> Package:
    """The zip for one escalated suspect; audited and recorded."""
    now = now or utcnow()
    record = build_record(suspect_id, actor=actor, now=now)
    files = {
        "record.json": json.dumps(record, indent=2, ensure_ascii=False, sort_keys=False).encode(),
        "report.html": render_html(record).encode(),
    }
    files[MANIFEST] = manifest_text(files).encode()
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, data in files.items():
            archive.writestr(zipfile.ZipInfo(name, date_time=_ZIP_TIME), data, compress_type=zipfile.ZIP_DEFLATED)
    data = buffer.getvalue()
    digest = hashlib.sha256(data).hexdigest()
    db.session.add(ReferralExport(suspect_id=suspect_id, actor_id=actor.id, created_at=now, sha256=digest,
                                  size=len(data)))
    audit.record("referral.export", "suspect", suspect_id, actor_id=actor.id, sha256=digest, size=len(data),
                 reports=len(record["reports"]), evidence=len(record["evidence"]))
    db.session.commit()
    stamp = now.strftime("%Y%m%dT%H%M%SZ")
    return Package(filename=f"guardline-referral-{suspect_id}-{stamp}.zip", data=data, sha256=digest, record=record)


def exports_for(suspect_id: int) -> list[ReferralExport]:
    return list(db.session.scalars(
        select(ReferralExport).where(ReferralExport.suspect_id == suspect_id).order_by(ReferralExport.id.desc())
    ))
