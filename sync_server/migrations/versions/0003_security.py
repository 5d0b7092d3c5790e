"""server-side sessions (login lockouts and rate-limit counters live in the shared store, not here)

Revision ID: 0003_security
Revises: 0002_aggregates
"""

import sqlalchemy as sa
from alembic import op

revision = "0003_security"
down_revision = "0002_aggregates"
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "staff_sessions",
        sa.Column("id_hash", sa.String(length=64), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("expires_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["user_id"], ["staff_users.id"], name=op.f("fk_staff_sessions_user_id_staff_users"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id_hash", name=op.f("pk_staff_sessions")),
    )
    with op.batch_alter_table("staff_sessions", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_staff_sessions_user_id"), ["user_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_staff_sessions_expires_at"), ["expires_at"], unique=False)


def downgrade():
    with op.batch_alter_table("staff_sessions", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_staff_sessions_expires_at"))
        batch_op.drop_index(batch_op.f("ix_staff_sessions_user_id"))
    op.drop_table("staff_sessions")
