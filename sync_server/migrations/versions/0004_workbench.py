"""case assignment, user time zones, referral exports

Revision ID: 0004_workbench
Revises: 0003_security
"""

import sqlalchemy as sa  # noqa: F401
from alembic import op  # noqa: F401

revision = "0004_workbench"
down_revision = "0003_security"
branch_labels = None
depends_on = None


def upgrade():
    pass


def downgrade():
    pass
