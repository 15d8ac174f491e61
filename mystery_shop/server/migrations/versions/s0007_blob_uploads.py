"""blob_uploads: who uploaded which blob, and when; so a blob is named, listed and read only by who holds its bytes
or may see a record that names it, and uploads no record names are counted against a quota and collected

Revision ID: s0007
Revises: s0006
Create Date: 2026-12-07 18:40:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "s0007"
down_revision = "s0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "blob_uploads",
        sa.Column("sha256", sa.String(64), primary_key=True),
        sa.Column("user_id", sa.String(36), primary_key=True),
        sa.Column("size", sa.BigInteger(), nullable=False),
        sa.Column("uploaded_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_index("ix_blob_uploads_user", "blob_uploads", ["user_id", "uploaded_at"])


def downgrade() -> None:
    op.drop_index("ix_blob_uploads_user", "blob_uploads")
    op.drop_table("blob_uploads")
