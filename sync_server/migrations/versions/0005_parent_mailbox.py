"""parent pairing and sealed alert mailbox

Revision ID: 0005_parent_mailbox
Revises: 0004_workbench
"""

import sqlalchemy as sa  # noqa: F401
from alembic import op  # noqa: F401

revision = "0005_parent_mailbox"
down_revision = "0004_workbench"
branch_labels = None
depends_on = None


def upgrade():
    pass


def downgrade():
    pass
