"""parent pairing and sealed alert mailbox

Revision ID: 0005_parent_mailbox
Revises: 0004_workbench
"""

import sqlalchemy as sa
from alembic import op

revision = "0005_parent_mailbox"
down_revision = "0004_workbench"
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "parent_pairings",
        sa.Column("pairing_id", sa.String(length=32), nullable=False),
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("child_key", sa.String(length=64), nullable=False),
        sa.Column("child_tag", sa.String(length=64), nullable=False),
        sa.Column("parent_key", sa.String(length=64), nullable=True),
        sa.Column("parent_tag", sa.String(length=64), nullable=True),
        sa.Column("mailbox_id", sa.String(length=36), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("expires_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["device_id"], ["devices.id"],
                                name=op.f("fk_parent_pairings_device_id_devices"), ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("pairing_id", name=op.f("pk_parent_pairings")),
    )
    with op.batch_alter_table("parent_pairings", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_parent_pairings_device_id"), ["device_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_parent_pairings_expires_at"), ["expires_at"], unique=False)
    op.create_table(
        "parent_mailboxes",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("token_hash", sa.String(length=64), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["device_id"], ["devices.id"],
                                name=op.f("fk_parent_mailboxes_device_id_devices"), ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_parent_mailboxes")),
        sa.UniqueConstraint("token_hash", name=op.f("uq_parent_mailboxes_token_hash")),
    )
    with op.batch_alter_table("parent_mailboxes", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_parent_mailboxes_device_id"), ["device_id"], unique=False)
    op.create_table(
        "mailbox_items",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("mailbox_id", sa.String(length=36), nullable=False),
        sa.Column("item_id", sa.String(length=36), nullable=False),
        sa.Column("ciphertext", sa.Text(), nullable=False),
        sa.Column("posted_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["mailbox_id"], ["parent_mailboxes.id"],
                                name=op.f("fk_mailbox_items_mailbox_id_parent_mailboxes"), ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_mailbox_items")),
        sa.UniqueConstraint("mailbox_id", "item_id", name="uq_mailbox_items_mailbox_item"),
    )
    with op.batch_alter_table("mailbox_items", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_mailbox_items_posted_at"), ["posted_at"], unique=False)


def downgrade():
    with op.batch_alter_table("mailbox_items", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_mailbox_items_posted_at"))
    op.drop_table("mailbox_items")
    with op.batch_alter_table("parent_mailboxes", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_parent_mailboxes_device_id"))
    op.drop_table("parent_mailboxes")
    with op.batch_alter_table("parent_pairings", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_parent_pairings_expires_at"))
        batch_op.drop_index(batch_op.f("ix_parent_pairings_device_id"))
    op.drop_table("parent_pairings")
