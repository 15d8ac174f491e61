"""Alembic environment for the local database; run by ``store.db.open_database``."""

from __future__ import annotations

from alembic import context

from mystery_shop.store.models import Base

config = context.config
connection = config.attributes.get("connection")
if connection is None:  # pragma: no cover - only the app runs migrations
    raise RuntimeError("run migrations through mystery_shop.store.db.open_database")
# render_as_batch: SQLite alters tables by copying them; batch mode does that for us.
context.configure(connection=connection, target_metadata=Base.metadata, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()
