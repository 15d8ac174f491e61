"""appeals: a client's appeal of a published visit's finding, its evidence, decision and the auditor's account

Four append-only tables the laptop pulls (issue 30, docs/appeals.md); a client's appeal window
(clients.appeal_window_days, NULL: 14 days); an override made by accepting an appeal names it
(score_overrides.appeal_id).

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-07 22:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def _synced() -> list[sa.Column]:  # type: ignore[type-arg]
    return [
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("rev", sa.Integer(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
    ]


def _visit() -> sa.Column:  # type: ignore[type-arg]
    return sa.Column("visit_id", sa.String(36), sa.ForeignKey("visits.id", ondelete="CASCADE"), nullable=False)


def upgrade() -> None:
    op.add_column("clients", sa.Column("appeal_window_days", sa.Integer(), nullable=True))
    op.add_column("score_overrides", sa.Column("appeal_id", sa.String(36), nullable=True))
    op.create_table(
        "appeals", *_synced(), _visit(),
        sa.Column("question_id", sa.String(100), nullable=False),
        sa.Column("category", sa.String(40), nullable=False),
        sa.Column("argument", sa.Text(), nullable=False),
        sa.Column("author_id", sa.String(36), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
    )  # fmt: skip
    op.create_index("ix_appeals_visit", "appeals", ["visit_id"])
    op.create_table(
        "appeal_files", *_synced(), _visit(),
        sa.Column("appeal_id", sa.String(36), nullable=False),
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("filename", sa.String(500), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("media_type", sa.String(40), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
    )  # fmt: skip
    op.create_index("ix_appeal_files_appeal", "appeal_files", ["appeal_id"])
    op.create_table(
        "appeal_decisions", *_synced(), _visit(),
        sa.Column("appeal_id", sa.String(36), nullable=False),
        sa.Column("outcome", sa.String(20), nullable=False),
        sa.Column("points", sa.String(40), nullable=True),
        sa.Column("reply", sa.Text(), nullable=True),
        sa.Column("author_id", sa.String(36), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
    )  # fmt: skip
    op.create_index("ix_appeal_decisions_appeal", "appeal_decisions", ["appeal_id"])
    op.create_table(
        "appeal_accounts", *_synced(), _visit(),
        sa.Column("appeal_id", sa.String(36), nullable=False),
        sa.Column("what", sa.String(10), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("author_id", sa.String(36), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
    )  # fmt: skip
    op.create_index("ix_appeal_accounts_appeal", "appeal_accounts", ["appeal_id"])


def downgrade() -> None:
    for table in ("appeal_accounts", "appeal_decisions", "appeal_files", "appeals"):
        op.drop_table(table)
    # SQLite drops a column in place (3.35+), as 0008 does: a batch copy would drop "clients", which rows point at
    op.drop_column("score_overrides", "appeal_id")
    op.drop_column("clients", "appeal_window_days")
