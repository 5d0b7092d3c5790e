"""Marshmallow schemas: request validation and the OpenAPI document.

The report schema is the executable form of SPEC §3/§4: it rejects unknown fields outright (a report
carrying `child_name`, `phone`, `location`, message text... is refused, never stored), limits evidence
to children's explicit choice, and names the offending value in every error.
"""

from __future__ import annotations

import functools
import re
import uuid
from datetime import UTC, datetime, timedelta
from typing import Any

import marshmallow as ma
from marshmallow import ValidationError, fields, validate, validates, validates_schema

from device_app.core.conversations import TACTICS
from device_app.core.versions import VersionError, parse_version

from .models import AGE_BANDS, CHILD_ACTIONS, ReleaseStatus, Role, SuspectStatus
from .textguard import TextRefused, clean_evidence_text, clean_handle, refuse_unencodable

SLUG = re.compile(r"^[a-z0-9][a-z0-9_.-]{0,31}\Z")  # \Z, not $: "$" also matches before a final newline
VERSION = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._+-]{0,63}$")
_RFC3339 = re.compile(r"^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}:\d{2}(\.\d{1,9})?([Zz]|[+-]\d{2}:\d{2})$")
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
_LONG_FRACTION = re.compile(r"(\.\d{6})\d+")
MAX_EVIDENCE_ITEMS = 20
MAX_EVIDENCE_TEXT = 2000
MAX_BATCH = 100
# SPEC §3: a report dated more than a day ahead of the server clock, or more than 400 days back, is refused.
MAX_FUTURE = timedelta(days=1)
MAX_PAST = timedelta(days=400)


class RFC3339(fields.DateTime):
    """RFC 3339 timestamps only: a date, a time and an explicit offset ('Z' or ±hh:mm)."""

    def _deserialize(self, value: Any, attr: Any, data: Any, **kwargs: Any) -> datetime:
        return parse_rfc3339(value)


class ReportTime(RFC3339):
    """When the device made the report: within SPEC §3's window around the server's clock."""

    def _deserialize(self, value: Any, attr: Any, data: Any, **kwargs: Any) -> datetime:
        return check_report_time(super()._deserialize(value, attr, data, **kwargs))


def parse_rfc3339(value: Any) -> datetime:
    """The field's parse as a plain function, so the report fast path shares it (ValidationError on bad input)."""
    if not isinstance(value, str) or not _RFC3339.match(value):
        raise ValidationError("must be an RFC 3339 timestamp with offset, e.g. 2026-11-24T10:00:00Z")
    text = value.upper().replace("Z", "+00:00")
    if "." in text:  # Python 3.11 accepts at most 6 fractional digits; RFC 3339 allows more.
        text = _LONG_FRACTION.sub(r"\1", text)
    try:
        return datetime.fromisoformat(text).astimezone(UTC)
    except ValueError as exc:
        raise ValidationError(f"not a valid date/time: {exc}") from None
    except OverflowError:  # 0001-01-01T00:00+01:00 or 9999-12-31T23:00-02:00: outside datetime's range in UTC
        raise ValidationError("date/time out of range") from None


def check_report_time(when: datetime) -> datetime:
    """SPEC §3's window: at most a day ahead of the server clock, at most 400 days back."""
    now = datetime.now(UTC)
    if when > now + MAX_FUTURE:
        raise ValidationError("more than a day in the future (check the device clock)")
    if when < now - MAX_PAST:
        raise ValidationError("more than 400 days in the past")
    return when


class Text(fields.String):
    """Any text that the database can store: no lone surrogates, no NUL."""

    def _deserialize(self, value: Any, attr: Any, data: Any, **kwargs: Any) -> str:
        text = super()._deserialize(value, attr, data, **kwargs)
        try:
            refuse_unencodable(text)
        except TextRefused as exc:
            raise ValidationError(str(exc)) from None
        return text


class BundleVersionString(Text):
    """A model bundle version, `YYYY.MM.DD-N` with a real date (SPEC §5)."""

    def _deserialize(self, value: Any, attr: Any, data: Any, **kwargs: Any) -> str:
        text = super()._deserialize(value, attr, data, **kwargs)
        try:
            return str(parse_version(text))
        except VersionError:
            raise ValidationError("must be a model version YYYY.MM.DD-N with a real date, e.g. 2026.11.24-1") from None


class Handle(Text):
    """A suspect's account name: NFKC, zero-width characters removed, control and direction characters
    refused (a right-to-left override could make one account read as another in the moderators' queue)."""

    def _deserialize(self, value: Any, attr: Any, data: Any, **kwargs: Any) -> str:
        text = super()._deserialize(value, attr, data, **kwargs)
        try:
            return clean_handle(text)
        except TextRefused as exc:
            raise ValidationError(str(exc)) from None


class EvidenceText(fields.String):
    """Shared message text: kept as the child saw it, minus NUL/control and direction-override characters."""

    def _deserialize(self, value: Any, attr: Any, data: Any, **kwargs: Any) -> str:
        try:
            return clean_evidence_text(super()._deserialize(value, attr, data, **kwargs))
        except TextRefused as exc:
            raise ValidationError(str(exc)) from None


class UnitFloat(fields.Float):
    """A JSON number in [0, 1]; strings and booleans are refused."""

    def __init__(self, **kwargs: Any) -> None:
        kwargs.setdefault("validate", validate.Range(0.0, 1.0, error="must be between 0 and 1"))
        super().__init__(allow_nan=False, **kwargs)

    def _deserialize(self, value: Any, attr: Any, data: Any, **kwargs: Any) -> float:
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise ValidationError("must be a number")
        return super()._deserialize(value, attr, data, **kwargs)


class StrictString(Text):
    """Trimmed text without control characters."""

    def _deserialize(self, value: Any, attr: Any, data: Any, **kwargs: Any) -> str:
        text = super()._deserialize(value, attr, data, **kwargs).strip()
        if _CONTROL.search(text):
            raise ValidationError("must not contain control characters")
        return text


class Strict(ma.Schema):
    """Unknown fields are errors (marshmallow's default, spelled out with a clearer message)."""

    class Meta:
        unknown = ma.RAISE

    error_messages = {"unknown": "unknown field; not accepted by this endpoint"}


# ---------------------------------------------------------------- devices


class EnrollmentSchema(Strict):
    app_version = fields.String(required=True, validate=validate.Regexp(VERSION, error="not a version string"))
    os = fields.String(required=True, validate=validate.Regexp(SLUG, error="lower-case slug, at most 32 chars"))
    age_band = fields.String(required=True, validate=validate.OneOf(AGE_BANDS))
    enrollment_code = Text(load_default=None, validate=validate.Length(max=128))


class EnrolledSchema(ma.Schema):
    device_id = fields.String(metadata={"description": "server-assigned uuid"})
    device_token = fields.String(metadata={"description": "bearer token; shown once, only its hash is kept"})


# ---------------------------------------------------------------- reports


class EvidenceItemSchema(Strict):
    sender = fields.String(required=True, validate=validate.OneOf(("contact", "child")))
    text = EvidenceText(required=True, validate=validate.Length(1, MAX_EVIDENCE_TEXT))


class ReportSchema(Strict):
    """One flag report (SPEC §3). Anything not listed here is refused (SPEC §4)."""

    error_messages = {
        "unknown": "field not allowed in a report (SPEC §4: nothing identifying the child, "
        "no message text outside shared evidence)"
    }

    report_id = fields.UUID(required=True, metadata={"description": "uuid made on the device; idempotency key"})
    created_at = ReportTime(required=True)
    platform = fields.String(required=True, validate=validate.Regexp(SLUG, error="lower-case slug, at most 32 chars"))
    suspect_handle = Handle(required=True, validate=validate.Length(1, 128))
    risk = UnitFloat(required=True)
    tags = fields.List(fields.String(), required=True, metadata={"items": {"enum": list(TACTICS)}})
    tag_scores = fields.Dict(keys=fields.String(), values=UnitFloat(), load_default=dict)
    model_version = BundleVersionString(required=True)
    messages_observed = fields.Integer(strict=True, required=True, validate=validate.Range(1, 1_000_000))
    alert_index = fields.Integer(strict=True, required=True, validate=validate.Range(0, 1_000_000))
    child_action = fields.String(required=True, validate=validate.OneOf(CHILD_ACTIONS))
    evidence = fields.List(
        fields.Nested(EvidenceItemSchema),
        allow_none=True,
        load_default=None,
        validate=validate.Length(max=MAX_EVIDENCE_ITEMS),
        metadata={"description": "only with child_action == shared_evidence"},
    )

    @validates("suspect_handle")
    def _real_handle(self, handle: str, **_: Any) -> None:
        if not handle.strip("@ \t"):
            raise ValidationError("must name an account, not just '@'")

    @validates("tags")
    def _known_tags(self, tags: list[str], **_: Any) -> None:
        unknown = [t for t in tags if t not in TACTICS]
        if unknown:
            raise ValidationError(f"unknown tactic tag(s) {unknown}; known: {list(TACTICS)}")
        if len(set(tags)) != len(tags):
            raise ValidationError("tags must not repeat")

    @validates_schema
    def _cross_field(self, data: dict[str, Any], **_: Any) -> None:
        errors: dict[str, list[str]] = {}
        extra = sorted(set(data.get("tag_scores") or {}) - set(data.get("tags") or []))
        if extra and "tags" in data:
            errors["tag_scores"] = [f"keys {extra} are not in tags"]
        observed, index = data.get("messages_observed"), data.get("alert_index")
        if observed is not None and index is not None and index >= observed:
            errors["alert_index"] = [f"must be less than messages_observed ({observed})"]
        if data.get("evidence") is not None and data.get("child_action") != "shared_evidence":
            errors["evidence"] = ["only allowed when child_action is shared_evidence"]
        if errors:
            raise ValidationError(errors)

    def load(self, data: Any, *args: Any, **kwargs: Any) -> Any:
        """Plain-Python fast path for a report that passes every rule; anything else (or any doubt)
        goes through the full marshmallow load, so rejections keep their exact error shape."""
        if not args and not kwargs and self._plain_options():
            fast = _fast_report(data)
            if fast is not None:
                return fast
        return super().load(data, *args, **kwargs)

    def _plain_options(self) -> bool:
        """The fast path mirrors the schema as declared: no partial/only/exclude/many/unknown tweaks."""
        return (not self.many and not self.partial and self.only is None and not self.exclude
                and self.unknown == ma.RAISE and not self.load_only and not self.dump_only)


_REPORT_REQUIRED = frozenset(("report_id", "created_at", "platform", "suspect_handle", "risk", "tags",
                              "model_version", "messages_observed", "alert_index", "child_action"))
_REPORT_FIELDS = _REPORT_REQUIRED | {"tag_scores", "evidence"}
_TACTIC_SET = frozenset(TACTICS)
_CHILD_ACTION_SET = frozenset(CHILD_ACTIONS)


def _unit(value: Any) -> bool:
    """A JSON number in [0, 1] (not a bool, not NaN: NaN fails both comparisons)."""
    return type(value) in (float, int) and 0.0 <= value <= 1.0


@functools.lru_cache(maxsize=256)
def _normalised_version(text: str) -> str | None:
    """`YYYY.MM.DD-N` normalised once per distinct string (a batch repeats the same few versions)."""
    try:
        return str(parse_version(text))
    except VersionError:
        return None


def _fast_report(data: Any) -> dict[str, Any] | None:
    """ReportSchema's load for the common valid report, or None to let marshmallow decide (and explain).

    Every check is the schema's own rule or a stricter one; the output equals the schema's output."""
    if type(data) is not dict or not _REPORT_REQUIRED <= data.keys() <= _REPORT_FIELDS:
        return None
    if data.get("evidence") is not None:
        return None
    platform, handle, tags = data["platform"], data["suspect_handle"], data["tags"]
    version, action, risk = data["model_version"], data["child_action"], data["risk"]
    observed, index = data["messages_observed"], data["alert_index"]
    scores = data.get("tag_scores", {})
    if not (type(platform) is str and SLUG.match(platform) and type(action) is str
            and action in _CHILD_ACTION_SET and _unit(risk) and type(observed) is int and type(index) is int
            and 1 <= observed <= 1_000_000 and 0 <= index < observed and type(tags) is list
            and type(scores) is dict and type(handle) is str and type(version) is str and version.isascii()):
        return None
    if not all(type(tag) is str and tag in _TACTIC_SET for tag in tags) or len(set(tags)) != len(tags):
        return None
    if not all(type(key) is str and key in tags and _unit(value) for key, value in scores.items()):
        return None
    model_version = _normalised_version(version)
    if model_version is None or type(data["report_id"]) is not str:
        return None
    try:
        report_id = uuid.UUID(data["report_id"])
        created_at = check_report_time(parse_rfc3339(data["created_at"]))
        handle = clean_handle(handle)
    except (ValueError, TypeError, AttributeError, TextRefused, ValidationError):
        return None
    if not 1 <= len(handle) <= 128 or not handle.strip("@ \t"):
        return None
    return {"report_id": report_id, "created_at": created_at, "platform": platform, "suspect_handle": handle,
            "risk": float(risk), "tags": list(tags), "tag_scores": {k: float(v) for k, v in scores.items()},
            "model_version": model_version, "messages_observed": observed, "alert_index": index,
            "child_action": action, "evidence": None}


class ReportBatchSchema(Strict):
    """Documentation of the upload body; items are validated one by one so good ones are kept."""

    reports = fields.List(fields.Nested(ReportSchema), required=True, validate=validate.Length(1, MAX_BATCH))


class RejectedSchema(ma.Schema):
    index = fields.Integer()
    errors = fields.Dict()


class IngestResultSchema(ma.Schema):
    accepted = fields.Integer()
    duplicates = fields.Integer()
    rejected = fields.List(fields.Nested(RejectedSchema))


# ---------------------------------------------------------------- models (devices)


class ManifestSchema(ma.Schema):
    version = fields.String()
    sha256 = fields.String()
    size = fields.Integer()
    signature = fields.String(metadata={"description": "base64 Ed25519 signature over the bundle bytes"})
    created_at = fields.String()
    min_app_version = fields.String()
    download_url = fields.String()


# ---------------------------------------------------------------- moderation


class QueueArgsSchema(Strict):
    status = fields.String(load_default=SuspectStatus.OPEN.value,
                           validate=validate.OneOf([s.value for s in SuspectStatus] + ["all"]))
    platform = fields.String(load_default=None, validate=validate.Regexp(SLUG))
    tactic = fields.String(load_default=None, validate=validate.OneOf(TACTICS))
    q = fields.String(load_default=None, validate=validate.Length(max=128),
                      metadata={"description": "handle search, folded like stored handles"})
    min_devices = fields.Integer(load_default=None, validate=validate.Range(1, 1_000_000))
    page = fields.Integer(load_default=1, validate=validate.Range(min=1, max=1_000_000))
    per_page = fields.Integer(load_default=50, validate=validate.Range(1, 200))


class TimelineArgsSchema(Strict):
    page = fields.Integer(load_default=1, validate=validate.Range(min=1, max=1_000_000))
    per_page = fields.Integer(load_default=100, validate=validate.Range(1, 500))


class TimelinePageSchema(ma.Schema):
    total = fields.Integer()
    page = fields.Integer()
    per_page = fields.Integer()
    pages = fields.Integer()


class SuspectSummarySchema(ma.Schema):
    id = fields.Integer()
    platform = fields.String()
    handle = fields.String()
    status = fields.String()
    devices = fields.Integer(metadata={"description": "distinct reporting devices"})
    reports = fields.Integer()
    max_risk = fields.Float()
    mean_risk = fields.Float(metadata={"description": "mean over devices of each device's mean risk"})
    tactics = fields.List(fields.String())
    first_seen = fields.DateTime()
    last_seen = fields.DateTime()
    child_actions = fields.Dict(keys=fields.String(), values=fields.Integer())
    false_alarm_share = fields.Float()
    priority = fields.Float()
    corroboration = fields.Float(metadata={"description": "trust-weighted distinct devices (PRIORITY.md)"})


class QueuePageSchema(ma.Schema):
    total = fields.Integer()
    page = fields.Integer()
    per_page = fields.Integer()
    pages = fields.Integer()
    items = fields.List(fields.Nested(SuspectSummarySchema))


class TimelineReportSchema(ma.Schema):
    report_id = fields.String()
    created_at = fields.DateTime()
    received_at = fields.DateTime()
    device = fields.String(metadata={"description": "pseudonym of the reporting device, different per suspect"})
    risk = fields.Float()
    tags = fields.List(fields.String())
    tag_scores = fields.Dict()
    model_version = fields.String()
    messages_observed = fields.Integer()
    alert_index = fields.Integer()
    child_action = fields.String()
    has_evidence = fields.Boolean()


class DecisionSchema(ma.Schema):
    id = fields.Integer()
    from_status = fields.String()
    to_status = fields.String()
    note = fields.String()
    moderator = fields.String(attribute="moderator_name")
    created_at = fields.DateTime()


class SuspectDetailSchema(SuspectSummarySchema):
    timeline = fields.List(fields.Nested(TimelineReportSchema))
    timeline_page = fields.Nested(TimelinePageSchema)
    decisions = fields.List(fields.Nested(DecisionSchema))


class DecisionInputSchema(Strict):
    status = fields.String(required=True, validate=validate.OneOf([s.value for s in SuspectStatus]))
    note = Text(required=True, validate=validate.Length(1, 4000))


class EvidenceSchema(ma.Schema):
    report_id = fields.String()
    items = fields.List(fields.Nested(EvidenceItemSchema))


# ---------------------------------------------------------------- staff


class LoginSchema(Strict):
    username = Text(required=True, validate=validate.Length(1, 64))
    password = Text(required=True, validate=validate.Length(1, 1024))


class StaffUserSchema(ma.Schema):
    id = fields.Integer()
    username = fields.String()
    role = fields.String()
    active = fields.Boolean()
    created_at = fields.DateTime()
    last_login_at = fields.DateTime(allow_none=True)


class CsrfSchema(ma.Schema):
    csrf_token = fields.String()


class NewUserSchema(Strict):
    username = fields.String(required=True, validate=validate.Regexp(r"^[a-z0-9_.-]{3,64}$"))
    password = Text(required=True, validate=validate.Length(1, 1024))
    role = fields.String(required=True, validate=validate.OneOf([r.value for r in Role]))


class UserUpdateSchema(Strict):
    active = fields.Boolean()
    role = fields.String(validate=validate.OneOf([r.value for r in Role]))


class NewTokenSchema(Strict):
    name = StrictString(required=True, validate=validate.Length(1, 64))


class TokenSchema(ma.Schema):
    id = fields.Integer()
    name = fields.String()
    created_at = fields.DateTime()
    revoked_at = fields.DateTime(allow_none=True)


class CreatedTokenSchema(TokenSchema):
    token = fields.String(metadata={"description": "shown once"})


class AuditArgsSchema(Strict):
    action = Text(load_default=None, validate=validate.Length(max=64))
    limit = fields.Integer(load_default=100, validate=validate.Range(1, 1000))


class AuditEntrySchema(ma.Schema):
    id = fields.Integer()
    at = fields.DateTime()
    actor = fields.String(attribute="actor_name", allow_none=True)
    action = fields.String()
    target_type = fields.String()
    target_id = fields.String()
    details = fields.Dict()


class DeviceSummarySchema(ma.Schema):
    id = fields.String()
    app_version = fields.String()
    os = fields.String()
    age_band = fields.String()
    enrolled_at = fields.DateTime()
    revoked_at = fields.DateTime(allow_none=True)


# ---------------------------------------------------------------- ML staff


class UploadSchema(Strict):
    """multipart/form-data: `file` (the bundle zip) and `signature` (base64 Ed25519, detached)."""

    signature = fields.String(required=True, validate=validate.Length(1, 200))


class UploadFileSchema(Strict):
    file = fields.Raw(required=True, metadata={"type": "string", "format": "binary"})


class ReleaseSchema(ma.Schema):
    version = fields.String()
    sha256 = fields.String()
    size = fields.Integer()
    signature = fields.String()
    signer_key = fields.String()
    created_at = fields.String()
    min_app_version = fields.String()
    uploaded_at = fields.DateTime()
    status = fields.String(validate=validate.OneOf([s.value for s in ReleaseStatus]))
    rollout_percent = fields.Integer()
    promoted_at = fields.DateTime(allow_none=True)


class StageSchema(Strict):
    version = BundleVersionString(required=True)
    percent = fields.Integer(required=True, strict=True, validate=validate.Range(1, 100))


class RolloutSchema(ma.Schema):
    current = fields.Nested(ReleaseSchema, allow_none=True)
    staged = fields.Nested(ReleaseSchema, allow_none=True)
    previous = fields.Nested(ReleaseSchema, allow_none=True)


class VersionStatsSchema(ma.Schema):
    model_version = fields.String()
    devices = fields.Integer(metadata={"description": "distinct devices that reported with this version"})
    reports = fields.Integer()
    device_days = fields.Integer()
    alerts_per_device_day = fields.Float()
    false_alarm_rate = fields.Float()


class HealthSchema(ma.Schema):
    status = fields.String()
