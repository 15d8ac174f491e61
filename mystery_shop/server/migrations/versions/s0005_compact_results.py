"""stored push results, compact: an operation applied with a new SEQ keeps its revision and its position in the
batch (its SEQ is the batch's first number plus that), not a copy of its whole answer; a batch no longer keeps a
second copy of every answer (a replayed batch's answers are its operations' stored ones)

Revision ID: s0005
Revises: s0004
Create Date: 2026-12-06 22:30:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "s0005"
down_revision = "s0004"
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
    # An older server cannot rebuild a compact result (it needs the pushed operation) and would answer the replay
    # of a batch stored since with no results: only a database with none of them goes back.
    since = "SELECT 1 FROM op_results WHERE result IS NULL UNION ALL SELECT 1 FROM push_batches WHERE results IS NULL"
    if op.get_bind().execute(sa.text(since)).first() is not None:
        raise RuntimeError("pushes were stored since s0005, compactly: an older server cannot replay them")
    with op.batch_alter_table("push_batches") as batch:
        batch.alter_column("results", existing_type=sa.JSON(), nullable=False)
    with op.batch_alter_table("op_results") as batch:
        batch.alter_column("result", existing_type=sa.JSON(), nullable=False)
        batch.drop_column("pos")
        batch.drop_column("rev")
        batch.drop_column("batch_id")
