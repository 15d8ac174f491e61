"""client portal: e-mail addresses, portal sessions, sign-in throttling, the published-visit index, mail queue

Revision ID: s0002
Revises: s0001
Create Date: 2026-11-27 09:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "s0002"
down_revision = "s0001"
branch_labels = None
depends_on = None

TS = sa.DateTime(timezone=True)


def upgrade() -> None:
    with op.batch_alter_table("users") as batch:
        batch.add_column(sa.Column("email", sa.String(320), nullable=True))
    op.create_table(
        "portal_sessions",
        sa.Column("id", sa.String(64), primary_key=True),  # SHA-256 of the cookie's token
        sa.Column("user_id", sa.String(36), sa.ForeignKey("users.id"), nullable=False),
        sa.Column("csrf", sa.String(64), nullable=False),
        sa.Column("created_at", TS, nullable=False),
        sa.Column("seen_at", TS, nullable=False),
        sa.Column("expires_at", TS, nullable=False),
    )
    op.create_index("ix_portal_sessions_user", "portal_sessions", ["user_id"])
    op.create_table(
        "portal_throttle",
        sa.Column("key", sa.String(200), primary_key=True),
        sa.Column("failures", sa.Integer(), nullable=False),
        sa.Column("window_start", TS, nullable=False),
        sa.Column("blocked_until", TS, nullable=True),
    )
    op.create_table(
        "portal_visits",
        sa.Column("visit_id", sa.String(36), primary_key=True),
        sa.Column("client_id", sa.String(36), nullable=False),
        sa.Column("auditor_id", sa.String(36), nullable=True),
        sa.Column("location_id", sa.String(36), nullable=False),
        sa.Column("location", sa.String(300), nullable=False),
        sa.Column("scheduled_date", sa.Date(), nullable=False),
        sa.Column("form_key", sa.String(130), nullable=False),
        sa.Column("form_title", sa.String(300), nullable=False),
        sa.Column("total", sa.Float(), nullable=True),
        sa.Column("score_text", sa.String(20), nullable=False),
        sa.Column("grade", sa.String(80), nullable=False),
        sa.Column("grade_min", sa.Float(), nullable=True),
        sa.Column("grade_colour", sa.String(7), nullable=False),
        sa.Column("report_record", sa.String(120), nullable=True),
        sa.Column("report_number", sa.String(60), nullable=False),
        sa.Column("report_sha256", sa.String(64), nullable=True),
        sa.Column("report_size", sa.BigInteger(), nullable=True),
        sa.Column("report_signer", sa.String(300), nullable=False),
        sa.Column("report_signed_at", TS, nullable=True),
        sa.Column("published_at", TS, nullable=True),
        sa.Column("search", sa.Text(), nullable=False),
        sa.Column("digest", sa.Text(), nullable=True),
        sa.Column("digest_format", sa.Integer(), nullable=False),
        sa.Column("visit_rev", sa.Integer(), nullable=False),
    )
    op.create_index("ix_portal_visits_client_date", "portal_visits", ["client_id", "scheduled_date"])
    op.create_index("ix_portal_visits_auditor_date", "portal_visits", ["auditor_id", "scheduled_date"])
    op.create_table(
        "portal_state",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("cursor", sa.BigInteger(), nullable=False),  # records up to this SEQ are in the index
        sa.Column("version", sa.BigInteger(), nullable=False),  # bumped whenever the index changes
        sa.Column("mail_after", sa.BigInteger(), nullable=False),  # publications after this SEQ are mailed
    )
    # Visits published before the portal existed are indexed, but nobody is mailed about them.
    op.execute("INSERT INTO portal_state (id, cursor, version, mail_after) SELECT 1, 0, 0, value FROM seq_counter")
    op.create_table(
        "portal_mail",
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("user_id", sa.String(36), nullable=False),
        sa.Column("visit_id", sa.String(36), nullable=False),
        sa.Column("created_at", TS, nullable=False),
        sa.Column("claimed_at", TS, nullable=True),
        sa.Column("next_try_at", TS, nullable=True),
        sa.Column("sent_at", TS, nullable=True),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("error", sa.Text(), nullable=False),
        sa.UniqueConstraint("user_id", "visit_id", name="uq_portal_mail_user_visit"),
    )
    op.create_index("ix_portal_mail_sent", "portal_mail", ["sent_at"])


def downgrade() -> None:
    for table in ("portal_mail", "portal_state", "portal_visits", "portal_throttle", "portal_sessions"):
        op.drop_table(table)
    with op.batch_alter_table("users") as batch:
        batch.drop_column("email")
