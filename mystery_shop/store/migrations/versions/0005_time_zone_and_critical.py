"""locations.time_zone: the IANA zone a location's visit times are read in (none: the computer's own);
visits.critical_failed: the stored score's companion, so a list can say why a visit scored 0

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-04 03:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


# Plain ALTER TABLE (SQLite 3.35+ drops columns too): a batch copy of ``locations`` would trip the
# foreign keys of the visits that point at it.


def upgrade() -> None:
    op.add_column("locations", sa.Column("time_zone", sa.String(length=64), nullable=True))
    # Filled in when the profile is next opened: the scorer's version changed with it (store.scores).
    op.add_column("visits", sa.Column("critical_failed", sa.Boolean(), nullable=False, server_default=sa.false()))


def downgrade() -> None:
    op.drop_column("visits", "critical_failed")
    op.drop_column("locations", "time_zone")
