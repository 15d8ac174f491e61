"""push batches: the first SEQ number a batch took, so its results are stored before the counter is taken;
records: the auditor and blob indexes hold only the rows that have one (visits, photos), not every answer

Revision ID: s0003
Revises: s0002
Create Date: 2026-12-04 03:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "s0003"
down_revision = "s0002"
branch_labels = None
depends_on = None


PARTIAL = {"ix_records_auditor": "auditor_id", "ix_records_blob": "blob"}


def upgrade() -> None:
    with op.batch_alter_table("push_batches") as batch:
        batch.add_column(sa.Column("seq_base", sa.BigInteger(), nullable=True))
    # Two index entries fewer per answer written, while the SEQ counter is held.
    for name, column in PARTIAL.items():
        op.drop_index(name, "records")
        where = sa.text(f"{column} IS NOT NULL")
        op.create_index(name, "records", [column], postgresql_where=where, sqlite_where=where)


def downgrade() -> None:
    for name, column in PARTIAL.items():
        op.drop_index(name, "records")
        op.create_index(name, "records", [column])
    with op.batch_alter_table("push_batches") as batch:
        batch.drop_column("seq_base")
