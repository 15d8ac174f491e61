"""profile_info: which version of the app last opened the profile

An app that finds the database at a schema it does not know (made by a newer version) reads the
version from here to say which one to install, instead of failing on an unknown revision.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-07 18:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "profile_info",
        sa.Column("key", sa.String(length=40), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key"),
    )


def downgrade() -> None:
    op.drop_table("profile_info")
