"""signed reports: each visit report the app signed while the visit was approved, its PDF kept as a blob

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-27 10:00:00

Publishing uploads one of them (the newest) as the visit's ``report`` sync
record, its PDF as a blob: the client portal serves exactly those bytes.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "signed_reports",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("rev", sa.Integer(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("visit_id", sa.String(length=36), nullable=False),
        sa.Column("report_id", sa.String(length=40), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("signer", sa.String(length=300), nullable=False),
        sa.Column("signed_by", sa.String(length=36), nullable=True),
        sa.Column("signed_at", sa.DateTime(), nullable=False),
        sa.Column("visit_status", sa.String(length=20), nullable=False),
        sa.Column("filename", sa.String(length=300), nullable=False),
        sa.ForeignKeyConstraint(["visit_id"], ["visits.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["signed_by"], ["people.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_signed_reports_visit", "signed_reports", ["visit_id"])


def downgrade() -> None:
    op.drop_table("signed_reports")
