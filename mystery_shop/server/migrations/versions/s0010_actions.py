"""action plans: portal_actions (one per published visit and finding), their append-only entries, reminder mail

Revision ID: s0010
Revises: s0009
Create Date: 2026-12-07 22:20:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "s0010"
down_revision = "s0009"
branch_labels = None
depends_on = None

TS = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "portal_actions",
        sa.Column("id", sa.String(160), primary_key=True),
        sa.Column("client_id", sa.String(36), nullable=False),
        sa.Column("location_id", sa.String(36), nullable=False),
        sa.Column("location", sa.String(300), nullable=False),
        sa.Column("visit_id", sa.String(36), nullable=False),
        sa.Column("scheduled_date", sa.Date(), nullable=False),
        sa.Column("form_key", sa.String(130), nullable=False),
        sa.Column("finding", sa.String(110), nullable=False),
        sa.Column("section_id", sa.String(100), nullable=False),
        sa.Column("trigger", sa.String(10), nullable=False),
        sa.Column("critical", sa.Boolean(), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("opened_at", TS, nullable=False),
        sa.Column("due_at", TS, nullable=False),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("done_at", TS, nullable=True),
        sa.Column("verified_at", TS, nullable=True),
        sa.Column("outcome", sa.String(10), nullable=True),
        sa.Column("recurs", sa.String(160), nullable=True),
    )
    op.create_index("ix_portal_actions_board", "portal_actions", ["client_id", "location_id", "status", "due_at"])
    op.create_index("ix_portal_actions_client_due", "portal_actions", ["client_id", "due_at"])
    op.create_table(
        "portal_action_entries",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("action_id", sa.String(160), nullable=False),
        sa.Column("event", sa.String(20), nullable=False),
        sa.Column("at", TS, nullable=False),
        sa.Column("actor_id", sa.String(36), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("photos", sa.JSON(), nullable=True),
        sa.Column("visit_id", sa.String(36), nullable=True),
        sa.Column("link", sa.String(160), nullable=True),
    )
    op.create_index("ix_portal_action_entries_action", "portal_action_entries", ["action_id", "id"])
    op.create_table(
        "portal_action_mail",
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("user_id", sa.String(36), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("due_soon", sa.Integer(), nullable=False),
        sa.Column("overdue", sa.Integer(), nullable=False),
        sa.Column("created_at", TS, nullable=False),
        sa.Column("claimed_at", TS, nullable=True),
        sa.Column("next_try_at", TS, nullable=True),
        sa.Column("sent_at", TS, nullable=True),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("error", sa.Text(), nullable=False),
        sa.UniqueConstraint("user_id", "day", name="uq_portal_action_mail_user_day"),
    )


def downgrade() -> None:
    op.drop_table("portal_action_mail")
    op.drop_index("ix_portal_action_entries_action", "portal_action_entries")
    op.drop_table("portal_action_entries")
    op.drop_index("ix_portal_actions_client_due", "portal_actions")
    op.drop_index("ix_portal_actions_board", "portal_actions")
    op.drop_table("portal_actions")
