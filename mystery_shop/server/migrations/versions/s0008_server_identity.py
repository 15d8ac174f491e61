"""server_epochs: the server's identity, a random id drawn again whenever its history changes (a restore)

Revision ID: s0008
Revises: s0007
Create Date: 2026-12-07 18:30:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "s0008"
down_revision = "s0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # No row here: the server draws its first epoch when it starts (server/identity.py), where it also
    # takes the database's fingerprint.
    op.create_table(
        "server_epochs",
        sa.Column("n", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("epoch", sa.String(length=32), nullable=False, unique=True),
        sa.Column("seq", sa.BigInteger(), nullable=False),
        sa.Column("fingerprint", sa.String(length=200), nullable=False),
        sa.Column("reason", sa.String(length=200), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("server_epochs")
