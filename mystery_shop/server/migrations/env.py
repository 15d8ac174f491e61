"""Alembic environment for the server's database; run by ``server.db.migrate``."""

from __future__ import annotations

from alembic import context

from mystery_shop.server.models import Base

config = context.config
connection = config.attributes.get("connection")
if connection is None:  # pragma: no cover - only server.db runs migrations
    raise RuntimeError("run migrations through mystery_shop.server.db.migrate")
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=connection.dialect.name == "sqlite",
    version_table="server_alembic_version",
)
with context.begin_transaction():
    context.run_migrations()
