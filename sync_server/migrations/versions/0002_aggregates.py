"""per-suspect and per-device aggregates, trust weights, rollups

Revision ID: 0002_aggregates
Revises: 0001_initial
"""

import sqlalchemy as sa  # noqa: F401
from alembic import op  # noqa: F401

revision = "0002_aggregates"
down_revision = "0001_initial"
branch_labels = None
depends_on = None


def upgrade():
    pass


def downgrade():
    pass
