"""Opening a profile's database: pragmas for durability, migrations on open.

WAL with ``synchronous=FULL``: every commit is on disk before it returns, so an
answer reported saved survives the power going a moment later (NORMAL may
lose the last commits). Still thousands of commits a second, far more than
typing needs.
"""

from __future__ import annotations

import logging
import sqlite3
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.orm import Session, sessionmaker

log = logging.getLogger(__name__)

MIGRATIONS = Path(__file__).with_name("migrations")
# The newest migration; checked against the scripts by a test, so opening an
# up-to-date database need not load Alembic at all (it costs start-up time).
HEAD = "0007"


def _pragmas(dbapi_conn: sqlite3.Connection, _record: Any) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=FULL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA busy_timeout=10000")
    cur.close()


def make_engine(path: Path) -> Engine:
    engine = create_engine(f"sqlite:///{path}", future=True)
    event.listen(engine, "connect", _pragmas)
    return engine


def alembic_config(connection: Any = None) -> Any:
    from alembic.config import Config  # imported only when a migration runs: it costs start-up time

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.attributes["connection"] = connection
    return cfg


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        has = conn.execute(text("SELECT name FROM sqlite_master WHERE type='table' AND name='alembic_version'"))
        if has.first() is None:
            return None
        row = conn.execute(text("SELECT version_num FROM alembic_version")).first()
        return row[0] if row else None


def upgrade(engine: Engine) -> None:
    """Bring the database to the newest schema (a no-op when it is there)."""
    if current_revision(engine) == HEAD:
        return
    from alembic import command

    log.info("migrating database %s to %s", engine.url.database, HEAD)
    with engine.begin() as conn:
        command.upgrade(alembic_config(conn), "head")


def open_database(path: Path) -> sessionmaker[Session]:
    """Open (creating or upgrading) the database at ``path``; return a session factory."""
    path.parent.mkdir(parents=True, exist_ok=True)
    engine = make_engine(path)
    upgrade(engine)
    return sessionmaker(engine, expire_on_commit=False)
