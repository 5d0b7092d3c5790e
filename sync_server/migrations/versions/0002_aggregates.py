"""per-suspect and per-device aggregates, trust weights, rollups

Derived columns on suspects, per-(suspect, device) rows, device trust and enrolment-burst bookkeeping,
per-version and per-day rollups, queue counts. When the database already holds reports, every derived
table is filled from them (services.aggregates.rebuild, the code behind `flask rebuild-aggregates`).

Revision ID: 0002_aggregates
Revises: 0001_initial
"""

import sqlalchemy as sa
from alembic import op

revision = "0002_aggregates"
down_revision = "0001_initial"
branch_labels = None
depends_on = None

_ACTIONS = ("a_none", "a_dismissed", "a_blocked", "a_told_adult", "a_shared_evidence", "a_false_alarm")


def upgrade():
    with op.batch_alter_table("suspects", schema=None) as batch_op:
        for name, kind in [("devices", sa.Integer()), ("reports", sa.Integer()), ("corroboration", sa.Float()),
                           ("max_risk", sa.Float()), ("mean_risk", sa.Float()), ("tag_mask", sa.Integer()),
                           ("fa_devices", sa.Integer())]:
            batch_op.add_column(sa.Column(name, kind, nullable=False, server_default="0"))
        batch_op.add_column(sa.Column("child_actions", sa.JSON(), nullable=True))
        batch_op.add_column(sa.Column("first_seen", sa.DateTime(), nullable=True))
        batch_op.add_column(sa.Column("last_seen", sa.DateTime(), nullable=True))
        batch_op.add_column(sa.Column("priority_base", sa.Float(), nullable=False, server_default="0"))
        batch_op.add_column(sa.Column("priority", sa.Float(), nullable=True))
        batch_op.add_column(sa.Column("rescore_due", sa.Boolean(), nullable=False, server_default="0"))
        batch_op.create_index("ix_suspects_queue", ["status", "priority", "last_seen", "id", "tag_mask", "devices"],
                              unique=False)
        batch_op.create_index("ix_suspects_platform_queue",
                              ["status", "platform", "priority", "last_seen", "id", "tag_mask", "devices"], unique=False)
        batch_op.create_index("ix_suspects_handle_norm", ["handle_norm"], unique=False)
    with op.batch_alter_table("reports", schema=None) as batch_op:
        batch_op.create_index("ix_reports_suspect_created", ["suspect_id", "created_at", "id"], unique=False)

    op.create_table(
        "suspect_devices",
        sa.Column("suspect_id", sa.Integer(), nullable=False),
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("reports", sa.Integer(), nullable=False),
        sa.Column("risk_sum", sa.Float(), nullable=False),
        sa.Column("max_risk", sa.Float(), nullable=False),
        sa.Column("tag_mask", sa.Integer(), nullable=False),
        sa.Column("first_seen", sa.DateTime(), nullable=False),
        sa.Column("last_seen", sa.DateTime(), nullable=False),
        *[sa.Column(name, sa.Integer(), nullable=False) for name in _ACTIONS],
        sa.ForeignKeyConstraint(["device_id"], ["devices.id"], name=op.f("fk_suspect_devices_device_id_devices"),
                                ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["suspect_id"], ["suspects.id"],
                                name=op.f("fk_suspect_devices_suspect_id_suspects"), ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("suspect_id", "device_id", name=op.f("pk_suspect_devices")),
    )
    op.create_index("ix_suspect_devices_device", "suspect_devices", ["device_id"], unique=False)
    op.create_table(
        "device_trust",
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("cluster", sa.String(length=64), nullable=False),
        sa.Column("upheld", sa.Integer(), nullable=False),
        sa.Column("dismissed", sa.Integer(), nullable=False),
        sa.Column("proven", sa.Boolean(), nullable=False),
        sa.Column("weight", sa.Float(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["device_id"], ["devices.id"], name=op.f("fk_device_trust_device_id_devices"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("device_id", name=op.f("pk_device_trust")),
    )
    op.create_table(
        "enrolment_buckets",
        sa.Column("bucket", sa.String(length=64), nullable=False),
        sa.Column("window_start", sa.DateTime(), nullable=False),
        sa.Column("enrolments", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("bucket", "window_start", name=op.f("pk_enrolment_buckets")),
    )
    op.create_index(op.f("ix_enrolment_buckets_window_start"), "enrolment_buckets", ["window_start"], unique=False)
    op.create_table(
        "enrolment_salts",
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("salt", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("day", name=op.f("pk_enrolment_salts")),
    )
    op.create_table(
        "version_devices",
        sa.Column("model_version", sa.String(length=64), nullable=False),
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("reports", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("model_version", "device_id", name=op.f("pk_version_devices")),
    )
    op.create_table(
        "version_device_days",
        sa.Column("model_version", sa.String(length=64), nullable=False),
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("reports", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("model_version", "device_id", "day", name=op.f("pk_version_device_days")),
    )
    op.create_table(
        "version_rollups",
        sa.Column("model_version", sa.String(length=64), nullable=False),
        sa.Column("devices", sa.Integer(), nullable=False),
        sa.Column("reports", sa.Integer(), nullable=False),
        sa.Column("device_days", sa.Integer(), nullable=False),
        sa.Column("false_alarms", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("model_version", name=op.f("pk_version_rollups")),
    )
    op.create_table(
        "report_days",
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("platform", sa.String(length=32), nullable=False),
        sa.Column("reports", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("day", "platform", name=op.f("pk_report_days")),
    )
    op.create_table(
        "queue_counts",
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("platform", sa.String(length=32), nullable=False),
        sa.Column("tactic", sa.String(length=32), nullable=False),
        sa.Column("suspects", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("status", "platform", "tactic", name=op.f("pk_queue_counts")),
    )
    _fill_from_reports()


def _fill_from_reports():
    """Existing reports: fill every derived table on the migration's own connection (one transaction)."""
    conn = op.get_bind()
    if conn.execute(sa.text("SELECT 1 FROM reports LIMIT 1")).first() is None:
        return
    from flask import has_app_context
    from sqlalchemy.orm import Session

    from sync_server.extensions import db
    from sync_server.services import aggregates

    if not has_app_context():
        print("0002_aggregates: reports exist; run `flask rebuild-aggregates` after this upgrade")
        return
    session = Session(bind=conn)
    previous = db.session.registry() if db.session.registry.has() else None
    db.session.registry.set(session)
    try:
        aggregates.rebuild()
    finally:
        session.close()
        if previous is not None:
            db.session.registry.set(previous)
        else:
            db.session.registry.clear()


def downgrade():
    for table in ("queue_counts", "report_days", "version_rollups", "version_device_days", "version_devices",
                  "enrolment_salts"):
        op.drop_table(table)
    op.drop_index(op.f("ix_enrolment_buckets_window_start"), table_name="enrolment_buckets")
    op.drop_table("enrolment_buckets")
    op.drop_table("device_trust")
    op.drop_index("ix_suspect_devices_device", table_name="suspect_devices")
    op.drop_table("suspect_devices")
    with op.batch_alter_table("reports", schema=None) as batch_op:
        batch_op.drop_index("ix_reports_suspect_created")
    with op.batch_alter_table("suspects", schema=None) as batch_op:
        batch_op.drop_index("ix_suspects_handle_norm")
        batch_op.drop_index("ix_suspects_platform_queue")
        batch_op.drop_index("ix_suspects_queue")
        for name in ("rescore_due", "priority", "priority_base", "last_seen", "first_seen", "child_actions", "fa_devices",
                     "tag_mask", "mean_risk", "max_risk", "corroboration", "reports", "devices"):
            batch_op.drop_column(name)
