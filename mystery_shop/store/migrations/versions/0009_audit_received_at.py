"""audit_log.received_at: when the server received an audit entry (issue 26), beside ``at``, when it happened on
the device; and the "planned" entry becomes a kind of its own ("plan"), as it now syncs like "sign" and "unsign".

NULL: not received yet (made here and not synced), or made before this version. Entries made before it stay on
this laptop: they were never queued, and queueing them now would date them by the upgrade.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-07 22:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("audit_log", sa.Column("received_at", sa.DateTime(), nullable=True))
    op.execute("UPDATE audit_log SET kind = 'plan' WHERE kind = 'transition' AND from_status IS NULL")


def downgrade() -> None:
    op.execute("UPDATE audit_log SET kind = 'transition' WHERE kind = 'plan'")
    op.drop_column("audit_log", "received_at")
