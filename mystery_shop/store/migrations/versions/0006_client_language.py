"""clients.language: the language the client's reports are written in (and its portal users' default)

It was a setting of one profile (settings.json's ``reports.client_languages``); on the client record
it syncs, so every supervisor's reports for a client and the server's portal agree. A profile's old
setting is moved onto its clients when the profile is next opened (services.report_settings).

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-06 22:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("clients", sa.Column("language", sa.String(length=16), nullable=True))


def downgrade() -> None:
    op.drop_column("clients", "language")
