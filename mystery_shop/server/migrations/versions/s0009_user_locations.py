"""users.locations: a client account scoped to some of its client's locations (NULL: the whole client);
portal_mail.kind: the appeals' notices beside the publish notices

Revision ID: s0009
Revises: s0008
Create Date: 2026-12-07 22:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "s0009"
down_revision = "s0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("users") as batch:
        batch.add_column(sa.Column("locations", sa.JSON(), nullable=True))
    with op.batch_alter_table("portal_mail") as batch:
        batch.add_column(sa.Column("kind", sa.String(20), nullable=False, server_default="published"))


def downgrade() -> None:
    with op.batch_alter_table("portal_mail") as batch:
        batch.drop_column("kind")
    with op.batch_alter_table("users") as batch:
        batch.drop_column("locations")
