"""server schema: accounts, devices, records with SEQ, stored push results

Revision ID: s0001
Revises:
Create Date: 2026-11-23 08:30:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "s0001"
down_revision = None
branch_labels = None
depends_on = None

TS = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "users",
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("username", sa.String(80), nullable=False, unique=True),
        sa.Column("display_name", sa.String(200), nullable=False),
        sa.Column("role", sa.String(20), nullable=False),
        sa.Column("client_id", sa.String(36), nullable=True),
        sa.Column("password_hash", sa.Text(), nullable=False),
        sa.Column("disabled", sa.Boolean(), nullable=False),
        sa.Column("created_at", TS, nullable=False),
    )
    op.create_table(
        "devices",
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("user_id", sa.String(36), sa.ForeignKey("users.id"), nullable=False),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("token_hash", sa.String(64), nullable=False, unique=True),
        sa.Column("created_at", TS, nullable=False),
        sa.Column("expires_at", TS, nullable=False),
        sa.Column("revoked_at", TS, nullable=True),
    )
    op.create_index("ix_devices_user", "devices", ["user_id"])
    op.create_table(
        "records",
        sa.Column("kind", sa.String(30), primary_key=True),
        sa.Column("id", sa.String(120), primary_key=True),
        sa.Column("rev", sa.Integer(), nullable=False),
        sa.Column("seq", sa.BigInteger(), nullable=True),
        sa.Column("visit_id", sa.String(36), nullable=True),
        sa.Column("client_id", sa.String(36), nullable=True),
        sa.Column("auditor_id", sa.String(36), nullable=True),
        sa.Column("status", sa.String(20), nullable=True),
        sa.Column("natural_key", sa.String(300), nullable=True),
        sa.Column("blob", sa.String(64), nullable=True),
        sa.Column("last_device", sa.String(36), nullable=True),
        sa.Column("data", sa.JSON(), nullable=False),
        sa.Column("updated_at", TS, nullable=False),
    )
    op.create_index("ix_records_seq", "records", ["seq"], unique=True)
    op.create_index("ix_records_visit", "records", ["visit_id"])
    op.create_index("ix_records_client", "records", ["client_id"])
    op.create_index("ix_records_auditor", "records", ["auditor_id"])
    op.create_index("ix_records_natural", "records", ["kind", "natural_key"], unique=True)
    op.create_index("ix_records_blob", "records", ["blob"])
    op.create_table(
        "seq_counter",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("value", sa.BigInteger(), nullable=False),
    )
    op.execute("INSERT INTO seq_counter (id, value) VALUES (1, 0)")
    op.create_table(
        "op_results",
        sa.Column("op_id", sa.String(36), primary_key=True),
        sa.Column("user_id", sa.String(36), nullable=False),
        sa.Column("payload_hash", sa.String(64), nullable=False),
        sa.Column("result", sa.JSON(), nullable=False),
        sa.Column("created_at", TS, nullable=False),
    )
    op.create_table(
        "push_batches",
        sa.Column("batch_id", sa.String(36), primary_key=True),
        sa.Column("user_id", sa.String(36), nullable=False),
        sa.Column("payload_hash", sa.String(64), nullable=False),
        sa.Column("results", sa.JSON(), nullable=False),
        sa.Column("created_at", TS, nullable=False),
    )


def downgrade() -> None:
    for table in ("push_batches", "op_results", "seq_counter", "records", "devices", "users"):
        op.drop_table(table)
