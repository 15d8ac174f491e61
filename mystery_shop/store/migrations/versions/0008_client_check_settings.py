"""clients.check_settings: a client's thresholds for the quality checks across visits (JSON, issue 32)

The lock-out period between two visits of one auditor to one location, the straight-lining window,
the outlier's standard deviations and minimum visits, the reading speed and the shortest comment
that counts as reused (domain.cross_checks.CheckSettings). On the client record it syncs, so every
supervisor's queue flags the same visits. NULL: the defaults.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-07 18:30:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("clients", sa.Column("check_settings", sa.JSON(), nullable=True))


def downgrade() -> None:
    op.drop_column("clients", "check_settings")
