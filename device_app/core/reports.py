"""Flag reports (SPEC §3 REPORT, §4): what leaves the device when a conversation is flagged.

A report names the suspected account (platform + handle) and never the child. Message text leaves the
device only as `evidence`, and only through `attach_evidence`, which needs the child's explicit yes for
that one report on a preview of exactly what will be sent. `check_report` is the last guard before
upload: a report with any field outside the contract, or text without consent, is refused.

Exceptions::

    ReportError (ValueError)
    └── ConsentError          evidence without the child's consent, or consent for another report
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from .conversations import Message
from .pipeline import Alert
from .vocabulary import CHILD_ACTIONS

MAX_EVIDENCE = 20
REPORT_FIELDS: frozenset[str] = frozenset(
    {
        "report_id",
        "created_at",
        "platform",
        "suspect_handle",
        "risk",
        "tags",
        "tag_scores",
        "model_version",
        "messages_observed",
        "alert_index",
        "child_action",
        "evidence",
    }
)


class ReportError(ValueError):
    """A report that breaks SPEC §3/§4; the message says which rule."""


class ConsentError(ReportError):
    """Message text was about to leave the device without the child's consent for this report."""


def utc_now_rfc3339() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def build_report(
    alert: Alert,
    *,
    platform: str,
    suspect_handle: str,
    messages_observed: int,
    child_action: str = "none",
    model_version: str | None = None,
    created_at: str | None = None,
    report_id: str | None = None,
) -> dict[str, Any]:
    """A fresh report for one alert. Takes no message text: evidence is added only by consent."""
    if child_action not in CHILD_ACTIONS:
        raise ReportError(f"child_action must be one of {CHILD_ACTIONS}, got {child_action!r}")
    return {
        "report_id": report_id or str(uuid.uuid4()),
        "created_at": created_at or utc_now_rfc3339(),
        "platform": platform or "unknown",
        "suspect_handle": suspect_handle,
        "risk": round(float(alert.risk), 4),
        "tags": list(alert.tags),
        "tag_scores": {t: round(float(s), 4) for t, s in alert.tag_scores.items()},
        "model_version": model_version or alert.model_version,
        "messages_observed": int(messages_observed),
        "alert_index": int(alert.message_index),
        "child_action": child_action,
        "evidence": None,
    }


def with_child_action(
    report: Mapping[str, Any], action: str, messages_observed: int | None = None
) -> dict[str, Any]:
    """The report after the child chose what to do. Sharing evidence goes through `attach_evidence`."""
    if action not in CHILD_ACTIONS:
        raise ReportError(f"child_action must be one of {CHILD_ACTIONS}, got {action!r}")
    if action == "shared_evidence":
        raise ConsentError("sharing evidence needs attach_evidence with the child's consent")
    out = dict(report)
    out["child_action"] = action
    out["evidence"] = None  # changing one's mind after a preview never leaves text behind
    if messages_observed is not None:
        out["messages_observed"] = int(messages_observed)
    return out


@dataclass(frozen=True)
class EvidencePreview:
    """Exactly the items that would be sent for one report; the child sees this before saying yes."""

    report_id: str
    items: tuple[tuple[str, str], ...]  # (sender, text), oldest first

    def as_evidence(self) -> list[dict[str, str]]:
        return [{"sender": s, "text": t} for s, t in self.items]


def preview_evidence(report: Mapping[str, Any], messages: Iterable[Message]) -> EvidencePreview:
    """The last MAX_EVIDENCE messages up to the alert: sender role and text only, no names or times."""
    upto = list(messages)
    alert_index = report.get("alert_index")
    if isinstance(alert_index, int) and alert_index >= 0:
        upto = upto[: alert_index + 1]
    tail = upto[-MAX_EVIDENCE:]
    return EvidencePreview(report_id=str(report["report_id"]), items=tuple((m.sender, m.text) for m in tail))


def attach_evidence(
    report: Mapping[str, Any],
    preview: EvidencePreview,
    *,
    child_consented: bool,
    messages_observed: int | None = None,
) -> dict[str, Any]:
    """Add the previewed messages to this one report, only when the child said yes to this preview."""
    if not child_consented:
        raise ConsentError("the child has not agreed to share these messages")
    if preview.report_id != report.get("report_id"):
        raise ConsentError("this consent was given for a different report")
    if not preview.items:
        raise ReportError("there are no messages to share for this report")
    out = dict(report)
    out["evidence"] = preview.as_evidence()
    out["child_action"] = "shared_evidence"
    if messages_observed is not None:
        out["messages_observed"] = int(messages_observed)
    return out


def check_report(report: Mapping[str, Any]) -> None:
    """Last guard before upload: only contract fields, and text only with a consented share."""
    extra = set(report) - REPORT_FIELDS
    if extra:
        raise ReportError(f"report carries fields outside SPEC §3: {sorted(extra)}")
    missing = REPORT_FIELDS - set(report)
    if missing:
        raise ReportError(f"report lacks {sorted(missing)}")
    if report["child_action"] not in CHILD_ACTIONS:
        raise ReportError(f"unknown child_action {report['child_action']!r}")
    evidence = report["evidence"]
    if evidence is None:
        return
    if report["child_action"] != "shared_evidence":
        raise ConsentError("evidence is only sent when the child chose to share it")
    if not isinstance(evidence, list) or not 1 <= len(evidence) <= MAX_EVIDENCE:
        raise ReportError(f"evidence must be a list of 1 to {MAX_EVIDENCE} items")
    for item in evidence:
        if not isinstance(item, dict) or set(item) != {"sender", "text"}:
            raise ReportError("each evidence item must be exactly {'sender', 'text'}")


def without_evidence(report: Mapping[str, Any]) -> dict[str, Any]:
    """What the device keeps once a report is sent: the shared text is not kept around locally."""
    out = dict(report)
    out["evidence"] = None
    return out
