"""visit digests: each reported visit's figures, scored once

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-23 12:00:00

The table is a cache of ``domain.digest.digest_visit``. The triggers drop a
visit's digest whenever one of its answers (value or N/A) or overrides is
inserted, changed or deleted, whatever writes it (the visit screen, a review,
sync), so a digest never outlives what it was computed from; the app
recomputes a missing one from the answers.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

# (trigger name, when it fires, the visits whose digest goes). An answer's comment or
# revision changes no score, and a value written again as it was changes nothing either.
ANSWER_CHANGED = (
    "WHEN OLD.visit_id IS NOT NEW.visit_id OR OLD.question_id IS NOT NEW.question_id "
    "OR OLD.value IS NOT NEW.value OR OLD.na IS NOT NEW.na"
)
TRIGGERS = [
    ("visit_digests_answer_insert", "AFTER INSERT ON answers", "NEW.visit_id"),
    (
        "visit_digests_answer_update",
        f"AFTER UPDATE ON answers FOR EACH ROW {ANSWER_CHANGED}",
        "OLD.visit_id, NEW.visit_id",
    ),
    ("visit_digests_answer_delete", "AFTER DELETE ON answers", "OLD.visit_id"),
    ("visit_digests_override_insert", "AFTER INSERT ON score_overrides", "NEW.visit_id"),
    ("visit_digests_override_update", "AFTER UPDATE ON score_overrides", "OLD.visit_id, NEW.visit_id"),
    ("visit_digests_override_delete", "AFTER DELETE ON score_overrides", "OLD.visit_id"),
]


def upgrade() -> None:
    op.create_table(
        "visit_digests",
        sa.Column("visit_id", sa.String(length=36), nullable=False),
        sa.Column("form_id", sa.String(length=100), nullable=False),
        sa.Column("form_version", sa.Integer(), nullable=False),
        sa.Column("format", sa.Integer(), nullable=False),
        sa.Column("data", sa.Text(), nullable=False),
        sa.Column("computed_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["visit_id"], ["visits.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("visit_id"),
    )
    for name, when, visits in TRIGGERS:
        op.execute(f"CREATE TRIGGER {name} {when} BEGIN DELETE FROM visit_digests WHERE visit_id IN ({visits}); END")


def downgrade() -> None:
    for name, _, _ in TRIGGERS:
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.drop_table("visit_digests")
