"""case assignment, user time zones, referral exports, devices by enrolment time

Revision ID: 0004_workbench
Revises: 0003_security
"""

import sqlalchemy as sa
from alembic import op

revision = "0004_workbench"
down_revision = "0003_security"
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table("devices", schema=None) as batch_op:
        batch_op.create_index("ix_devices_enrolled_at", ["enrolled_at"], unique=False)
    op.create_table(
        "case_assignments",
        sa.Column("suspect_id", sa.Integer(), nullable=False),
        sa.Column("assignee_id", sa.Integer(), nullable=False),
        sa.Column("assigned_by", sa.Integer(), nullable=True),
        sa.Column("assigned_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["assigned_by"], ["staff_users.id"],
                                name=op.f("fk_case_assignments_assigned_by_staff_users"), ondelete="SET NULL"),
        sa.ForeignKeyConstraint(["assignee_id"], ["staff_users.id"],
                                name=op.f("fk_case_assignments_assignee_id_staff_users"), ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["suspect_id"], ["suspects.id"],
                                name=op.f("fk_case_assignments_suspect_id_suspects"), ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("suspect_id", name=op.f("pk_case_assignments")),
    )
    with op.batch_alter_table("case_assignments", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_case_assignments_assignee_id"), ["assignee_id"], unique=False)
    op.create_table(
        "staff_preferences",
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("time_zone", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(["user_id"], ["staff_users.id"],
                                name=op.f("fk_staff_preferences_user_id_staff_users"), ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("user_id", name=op.f("pk_staff_preferences")),
    )
    op.create_table(
        "referral_exports",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("suspect_id", sa.Integer(), nullable=False),
        sa.Column("actor_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["actor_id"], ["staff_users.id"],
                                name=op.f("fk_referral_exports_actor_id_staff_users"), ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_referral_exports")),
    )
    with op.batch_alter_table("referral_exports", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_referral_exports_suspect_id"), ["suspect_id"], unique=False)


def downgrade():
    with op.batch_alter_table("referral_exports", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_referral_exports_suspect_id"))
    op.drop_table("referral_exports")
    op.drop_table("staff_preferences")
    with op.batch_alter_table("case_assignments", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_case_assignments_assignee_id"))
    op.drop_table("case_assignments")
    with op.batch_alter_table("devices", schema=None) as batch_op:
        batch_op.drop_index("ix_devices_enrolled_at")
