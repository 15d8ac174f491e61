"""stored push results, compact: an operation applied with a new SEQ keeps its revision and its position in the
batch (its SEQ is the batch's first number plus that), not a copy of its whole answer; a batch no longer keeps a
second copy of every answer (a replayed batch's answers are its operations' stored ones)

Revision ID: s0004
Revises: s0003
Create Date: 2026-12-06 22:30:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "s0004"
down_revision = "s0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Rows stored before keep their whole answer (``result``) and are read as before.
    with op.batch_alter_table("op_results") as batch:
        batch.add_column(sa.Column("batch_id", sa.String(36), nullable=True))
        batch.add_column(sa.Column("rev", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("pos", sa.Integer(), nullable=True))
        batch.alter_column("result", existing_type=sa.JSON(), nullable=True)
    with op.batch_alter_table("push_batches") as batch:
        batch.alter_column("results", existing_type=sa.JSON(), nullable=True)


def downgrade() -> None:
    raise NotImplementedError("s0004 stores results compactly; an older server cannot read them")
