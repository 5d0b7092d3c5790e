"""Database models.

    Device ──< Report >── Suspect ──< Decision >── StaffUser ──< StaffToken
                 │                                     │
                 └── Evidence (1:1, purged early)      └──< AuditLog
    ModelRelease (signed bundles + staged rollout state)

Reports never hold anything that identifies the child (SPEC §4): the device is a random server-side id,
and message text exists only in `Evidence`, which only the evidence service reads (and audits).
"""

from __future__ import annotations

import enum
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, deferred, mapped_column, relationship
from sqlalchemy.types import TypeDecorator

from device_app.core.vocabulary import AGE_BANDS, CHILD_ACTIONS  # noqa: F401  (re-exported)

from .extensions import db

if TYPE_CHECKING:  # Flask-SQLAlchemy builds db.Model at run time; give type checkers a declarative base
    from sqlalchemy.orm import DeclarativeBase as Model
else:
    Model = db.Model


class UTCDateTime(TypeDecorator[datetime]):
    """Timezone-aware UTC datetimes on every backend (stored naive, in UTC)."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to a UTC column")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: datetime | None, dialect: Any) -> datetime | None:
        return None if value is None else value.replace(tzinfo=UTC)


def utcnow() -> datetime:
    return datetime.now(UTC)


class SuspectStatus(enum.StrEnum):
    OPEN = "open"
    DISMISSED = "dismissed"
    ESCALATED = "escalated"
    ACTIONED = "actioned"


class Role(enum.StrEnum):
    MODERATOR = "moderator"
    ML_STAFF = "ml_staff"
    ADMIN = "admin"


class ReleaseStatus(enum.StrEnum):
    AVAILABLE = "available"  # uploaded and verified, not offered to devices
    STAGED = "staged"  # offered to `rollout_percent` % of devices
    CURRENT = "current"  # offered to every device outside a staged cohort
    RETIRED = "retired"  # was current; a rollback target
    ROLLED_BACK = "rolled_back"  # withdrawn; never offered again




class Device(Model):
    __tablename__ = "devices"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    app_version: Mapped[str] = mapped_column(String(32))
    os: Mapped[str] = mapped_column(String(32))
    age_band: Mapped[str] = mapped_column(String(8))
    enrolled_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    revoked_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class Suspect(Model):
    """A suspected account: platform + handle, normalised so case variants collapse to one row."""

    __tablename__ = "suspects"
    __table_args__ = (
        UniqueConstraint("platform", "handle_norm", name="uq_suspects_platform_handle"),
        # The queue reads these in order and stops after one page (services.suspects); tag_mask and
        # devices ride along so the tactic and min-devices filters and their counts never touch the table.
        Index("ix_suspects_queue", "status", "priority", "last_seen", "id", "tag_mask", "devices"),
        Index("ix_suspects_platform_queue", "status", "platform", "priority", "last_seen", "id", "tag_mask",
              "devices"),
        Index("ix_suspects_handle_norm", "handle_norm"),
        {"sqlite_autoincrement": True},  # ids are never reused: ingest caches them per process
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    platform: Mapped[str] = mapped_column(String(32))
    handle: Mapped[str] = mapped_column(String(128))  # as first reported, for display
    handle_norm: Mapped[str] = mapped_column(String(400))  # casefold may lengthen text
    status: Mapped[str] = mapped_column(String(16), default=SuspectStatus.OPEN.value, index=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    status_changed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # Derived from reports by services.aggregates (upload, decision, purge, `flask rebuild-aggregates`).
    # `priority` is NULL while the suspect has no reports: such rows never show in the queue.
    devices: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    reports: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    corroboration: Mapped[float] = mapped_column(Float, default=0.0, server_default="0")
    max_risk: Mapped[float] = mapped_column(Float, default=0.0, server_default="0")
    mean_risk: Mapped[float] = mapped_column(Float, default=0.0, server_default="0")
    tag_mask: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    fa_devices: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    child_actions: Mapped[dict[str, int] | None] = mapped_column(JSON)
    first_seen: Mapped[datetime | None] = mapped_column(UTCDateTime)
    last_seen: Mapped[datetime | None] = mapped_column(UTCDateTime)
    priority_base: Mapped[float] = mapped_column(Float, default=0.0, server_default="0")  # all but recency
    priority: Mapped[float | None] = mapped_column(Float)
    rescore_due: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")  # aggregate_bump

    decisions: Mapped[list[Decision]] = relationship(
        back_populates="suspect", order_by="Decision.created_at", cascade="all, delete-orphan"
    )


class Report(Model):
    __tablename__ = "reports"
    __table_args__ = (
        Index("ix_reports_suspect_device", "suspect_id", "device_id"),
        Index("ix_reports_model_version_device", "model_version", "device_id"),
        Index("ix_reports_suspect_created", "suspect_id", "created_at", "id"),  # paginated timelines
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    report_id: Mapped[str] = mapped_column(String(36), unique=True)
    device_id: Mapped[str] = mapped_column(ForeignKey("devices.id", ondelete="CASCADE"))
    suspect_id: Mapped[int] = mapped_column(ForeignKey("suspects.id", ondelete="CASCADE"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)  # device clock
    received_at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)  # server clock; retention
    day: Mapped[date] = mapped_column(Date)  # UTC day of created_at: alerts per device-day
    platform: Mapped[str] = mapped_column(String(32))
    suspect_handle: Mapped[str] = mapped_column(String(128))
    risk: Mapped[float] = mapped_column(Float)
    tag_mask: Mapped[int] = mapped_column(Integer)  # bit i = TACTICS[i]; portable OR-aggregation
    tag_scores: Mapped[dict[str, float]] = mapped_column(JSON)
    model_version: Mapped[str] = mapped_column(String(64))
    messages_observed: Mapped[int] = mapped_column(Integer)
    alert_index: Mapped[int] = mapped_column(Integer)
    child_action: Mapped[str] = mapped_column(String(16))

    evidence: Mapped[Evidence | None] = relationship(back_populates="report", passive_deletes=True)


class Evidence(Model):
    """Message excerpts the child chose to share. Read only through services.evidence (audited)."""

    __tablename__ = "evidence"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    report_pk: Mapped[int] = mapped_column(ForeignKey("reports.id", ondelete="CASCADE"), unique=True)
    items: Mapped[list[dict[str, str]]] = mapped_column(JSON)
    received_at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)

    report: Mapped[Report] = relationship(back_populates="evidence")


class StaffUser(Model):
    __tablename__ = "staff_users"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    username: Mapped[str] = mapped_column(String(64), unique=True)
    password_hash: Mapped[str] = mapped_column(String(255))
    role: Mapped[str] = mapped_column(String(16))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    # Rotated on password change or deactivation: sessions carry it, so old sessions stop working.
    session_nonce: Mapped[str] = mapped_column(String(32))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    last_login_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

    tokens: Mapped[list[StaffToken]] = relationship(back_populates="user", cascade="all, delete-orphan")


class StaffToken(Model):
    """Personal API token for scripts; only its sha256 is stored."""

    __tablename__ = "staff_tokens"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("staff_users.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(64))
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    revoked_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

    user: Mapped[StaffUser] = relationship(back_populates="tokens")


class StaffSession(Model):
    """A web session, server-side (migration 0003_security): the cookie holds a random id, this row its
    sha256. Logout deletes the row, so every worker and instance refuses the cookie from then on."""

    __tablename__ = "staff_sessions"

    id_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("staff_users.id", ondelete="CASCADE"), index=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)


class Decision(Model):
    __tablename__ = "decisions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    suspect_id: Mapped[int] = mapped_column(ForeignKey("suspects.id", ondelete="CASCADE"), index=True)
    moderator_id: Mapped[int | None] = mapped_column(ForeignKey("staff_users.id", ondelete="SET NULL"))
    from_status: Mapped[str] = mapped_column(String(16))
    to_status: Mapped[str] = mapped_column(String(16))
    note: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    suspect: Mapped[Suspect] = relationship(back_populates="decisions")
    moderator: Mapped[StaffUser | None] = relationship()


class AuditLog(Model):
    """Who did what: every evidence view, decision, rollout step and account change."""

    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, index=True)
    actor_id: Mapped[int | None] = mapped_column(ForeignKey("staff_users.id", ondelete="SET NULL"))
    action: Mapped[str] = mapped_column(String(64), index=True)
    target_type: Mapped[str] = mapped_column(String(32))
    target_id: Mapped[str] = mapped_column(String(64))
    details: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)

    actor: Mapped[StaffUser | None] = relationship()


class ModelRelease(Model):
    """A signed model bundle and where it stands in the rollout."""

    __tablename__ = "model_releases"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    version: Mapped[str] = mapped_column(String(64), unique=True)
    sha256: Mapped[str] = mapped_column(String(64))
    size: Mapped[int] = mapped_column(Integer)
    signature: Mapped[str] = mapped_column(String(128))
    signer_key: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[str] = mapped_column(String(40))  # from the bundle manifest, verbatim
    min_app_version: Mapped[str] = mapped_column(String(32))
    data: Mapped[bytes] = deferred(mapped_column(LargeBinary))
    uploaded_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    uploaded_by: Mapped[int | None] = mapped_column(ForeignKey("staff_users.id", ondelete="SET NULL"))
    status: Mapped[str] = mapped_column(String(16), default=ReleaseStatus.AVAILABLE.value, index=True)
    rollout_percent: Mapped[int] = mapped_column(Integer, default=0)
    promoted_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


# ---------------------------------------------------------------- web workbench (case work, preferences, referrals)


class CaseAssignment(Model):
    """Who works a suspect's case now: at most one owner; claim, release and assign are audited."""

    __tablename__ = "case_assignments"

    suspect_id: Mapped[int] = mapped_column(ForeignKey("suspects.id", ondelete="CASCADE"), primary_key=True)
    assignee_id: Mapped[int] = mapped_column(ForeignKey("staff_users.id", ondelete="CASCADE"), index=True)
    assigned_by: Mapped[int | None] = mapped_column(ForeignKey("staff_users.id", ondelete="SET NULL"))
    assigned_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    assignee: Mapped[StaffUser] = relationship(foreign_keys=[assignee_id])


class StaffPreference(Model):
    """Per-user display settings for the web pages (an IANA time zone name; times are stored in UTC)."""

    __tablename__ = "staff_preferences"

    user_id: Mapped[int] = mapped_column(ForeignKey("staff_users.id", ondelete="CASCADE"), primary_key=True)
    time_zone: Mapped[str] = mapped_column(String(64), default="UTC")


class ReferralExport(Model):
    """One referral package handed out: kept after the suspect is purged (no foreign key on purpose)."""

    __tablename__ = "referral_exports"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    suspect_id: Mapped[int] = mapped_column(Integer, index=True)
    actor_id: Mapped[int | None] = mapped_column(ForeignKey("staff_users.id", ondelete="SET NULL"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    sha256: Mapped[str] = mapped_column(String(64))  # of the zip handed out
    size: Mapped[int] = mapped_column(Integer)


# The admin devices page lists the newest devices first: without this, every page sorts all devices.
Index("ix_devices_enrolled_at", Device.enrolled_at)


# ---------------------------------------------------------------- server scale (aggregates, trust, rollups)
# Every table here is derived and rebuilt from reports by `flask rebuild-aggregates`, except the
# enrolment bookkeeping (device_trust.cluster, enrolment_buckets, enrolment_salts). See services.aggregates.


class SuspectDevice(Model):
    """One (suspect, device) pair: what one device reported about one suspect."""

    __tablename__ = "suspect_devices"
    __table_args__ = (Index("ix_suspect_devices_device", "device_id"),)

    suspect_id: Mapped[int] = mapped_column(ForeignKey("suspects.id", ondelete="CASCADE"), primary_key=True)
    device_id: Mapped[str] = mapped_column(ForeignKey("devices.id", ondelete="CASCADE"), primary_key=True)
    reports: Mapped[int] = mapped_column(Integer)
    risk_sum: Mapped[float] = mapped_column(Float)
    max_risk: Mapped[float] = mapped_column(Float)
    tag_mask: Mapped[int] = mapped_column(Integer)
    first_seen: Mapped[datetime] = mapped_column(UTCDateTime)
    last_seen: Mapped[datetime] = mapped_column(UTCDateTime)
    a_none: Mapped[int] = mapped_column(Integer)
    a_dismissed: Mapped[int] = mapped_column(Integer)
    a_blocked: Mapped[int] = mapped_column(Integer)
    a_told_adult: Mapped[int] = mapped_column(Integer)
    a_shared_evidence: Mapped[int] = mapped_column(Integer)
    a_false_alarm: Mapped[int] = mapped_column(Integer)


class DeviceTrust(Model):
    """How much a device's reports weigh (services.trust). `cluster` groups an enrolment burst."""

    __tablename__ = "device_trust"

    device_id: Mapped[str] = mapped_column(ForeignKey("devices.id", ondelete="CASCADE"), primary_key=True)
    cluster: Mapped[str] = mapped_column(String(64))
    upheld: Mapped[int] = mapped_column(Integer, default=0)
    dismissed: Mapped[int] = mapped_column(Integer, default=0)
    proven: Mapped[bool] = mapped_column(Boolean, default=False)
    weight: Mapped[float] = mapped_column(Float)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class EnrolmentBucket(Model):
    """Enrolments per keyed-hashed network prefix and 10-minute window; deleted after a day."""

    __tablename__ = "enrolment_buckets"

    bucket: Mapped[str] = mapped_column(String(64), primary_key=True)  # HMAC(daily salt, network prefix)
    window_start: Mapped[datetime] = mapped_column(UTCDateTime, primary_key=True, index=True)
    enrolments: Mapped[int] = mapped_column(Integer)


class EnrolmentSalt(Model):
    """The day's random key for network buckets; yesterday's is deleted, so old buckets cannot be re-linked."""

    __tablename__ = "enrolment_salts"

    day: Mapped[date] = mapped_column(Date, primary_key=True)
    salt: Mapped[str] = mapped_column(String(64))


class VersionDevice(Model):
    __tablename__ = "version_devices"

    model_version: Mapped[str] = mapped_column(String(64), primary_key=True)
    device_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    reports: Mapped[int] = mapped_column(Integer)


class VersionDeviceDay(Model):
    __tablename__ = "version_device_days"

    model_version: Mapped[str] = mapped_column(String(64), primary_key=True)
    device_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    day: Mapped[date] = mapped_column(Date, primary_key=True)
    reports: Mapped[int] = mapped_column(Integer)


class VersionRollup(Model):
    """Per model version: the ML-staff stats page reads this one small table."""

    __tablename__ = "version_rollups"

    model_version: Mapped[str] = mapped_column(String(64), primary_key=True)
    devices: Mapped[int] = mapped_column(Integer)
    reports: Mapped[int] = mapped_column(Integer)
    device_days: Mapped[int] = mapped_column(Integer)
    false_alarms: Mapped[int] = mapped_column(Integer)


class ReportDay(Model):
    """Reports per UTC day (of created_at) and platform."""

    __tablename__ = "report_days"

    day: Mapped[date] = mapped_column(Date, primary_key=True)
    platform: Mapped[str] = mapped_column(String(32), primary_key=True)
    reports: Mapped[int] = mapped_column(Integer)


class QueueCount(Model):
    """Suspects with reports per (status, platform, tactic); tactic "" counts every suspect."""

    __tablename__ = "queue_counts"

    status: Mapped[str] = mapped_column(String(16), primary_key=True)
    platform: Mapped[str] = mapped_column(String(32), primary_key=True)
    tactic: Mapped[str] = mapped_column(String(32), primary_key=True)
    suspects: Mapped[int] = mapped_column(Integer)


# ---------------------------------------------------------------- parent mailbox (pairing, sealed alerts)
# The server relays parent alerts without reading them (SPEC §4): it holds public keys, MAC tags and
# ciphertext only. A pairing lives minutes; a mailbox item until the parent's device confirms delivery,
# or 30 days at most.


class ParentPairing(Model):
    """One pairing in progress: the child's device offered its key under a code the server never sees."""

    __tablename__ = "parent_pairings"

    pairing_id: Mapped[str] = mapped_column(String(32), primary_key=True)  # one-way hash of the code
    device_id: Mapped[str] = mapped_column(ForeignKey("devices.id", ondelete="CASCADE"), index=True)
    child_key: Mapped[str] = mapped_column(String(64))
    child_tag: Mapped[str] = mapped_column(String(64))
    parent_key: Mapped[str | None] = mapped_column(String(64))
    parent_tag: Mapped[str | None] = mapped_column(String(64))
    mailbox_id: Mapped[str | None] = mapped_column(String(36))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)


class ParentMailbox(Model):
    """Where one child's device leaves sealed alerts for one parent's device; read with the parent's token."""

    __tablename__ = "parent_mailboxes"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    device_id: Mapped[str] = mapped_column(ForeignKey("devices.id", ondelete="CASCADE"), index=True)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class MailboxItem(Model):
    """One sealed alert summary: base64 ciphertext the server cannot open."""

    __tablename__ = "mailbox_items"
    __table_args__ = (UniqueConstraint("mailbox_id", "item_id", name="uq_mailbox_items_mailbox_item"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    mailbox_id: Mapped[str] = mapped_column(ForeignKey("parent_mailboxes.id", ondelete="CASCADE"))
    item_id: Mapped[str] = mapped_column(String(36))
    ciphertext: Mapped[str] = mapped_column(Text)
    posted_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, index=True)
