"""The local database: SQLAlchemy 2 models, Alembic migrations, the unit of work, the photo blob store."""
