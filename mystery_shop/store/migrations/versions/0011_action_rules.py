"""action_rules: which findings of a client's visits open an action plan (issue 31)

One row per client and form (form_id "": every form of the client without its own), its settings the
named numbers of domain.actions.ActionRules. A synced kind (domain.kinds "action_rule").

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-07 22:10:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "action_rules",
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("rev", sa.Integer(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("client_id", sa.String(36), sa.ForeignKey("clients.id"), nullable=False),
        sa.Column("form_id", sa.String(100), nullable=False),
        sa.Column("settings", sa.JSON(), nullable=True),
        sa.UniqueConstraint("client_id", "form_id"),
    )


def downgrade() -> None:
    op.drop_table("action_rules")
