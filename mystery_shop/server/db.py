"""The server's database: engines for SQLite (embedded) and PostgreSQL (psycopg 3), migrations.

On SQLite every write transaction starts with ``BEGIN IMMEDIATE``: it takes the
write lock up front, so two writers queue on ``busy_timeout`` instead of one
failing half-way when it upgrades a read lock. Reads use a plain ``BEGIN`` on
their own engine and never wait for writers (WAL).
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

log = logging.getLogger(__name__)

MIGRATIONS = Path(__file__).with_name("migrations")
HEAD = "s0010"
VERSION_TABLE = "server_alembic_version"


def normalize_url(url: str) -> str:
    """``postgresql://`` means psycopg 3 here (SQLAlchemy's default would be psycopg2)."""
    for prefix in ("postgresql://", "postgres://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url[len(prefix) :]
    return url


def _sqlite_engine(url: str, *, immediate: bool) -> Engine:
    engine = create_engine(url, connect_args={"timeout": 30, "check_same_thread": False}, pool_size=20)

    @event.listens_for(engine, "connect")
    def _connect(dbapi_conn: Any, _record: Any) -> None:
        dbapi_conn.isolation_level = None  # we issue BEGIN ourselves
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA synchronous=FULL")
        cur.execute("PRAGMA busy_timeout=30000")
        cur.close()

    @event.listens_for(engine, "begin")
    def _begin(conn: Any) -> None:
        conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

    return engine


def _custom_plans(dbapi_conn: Any, _record: Any) -> None:
    """Plan each statement for its values and the table as it is now.

    psycopg prepares a statement after five runs, and PostgreSQL then keeps a
    generic plan made when ``records`` was tiny: numbering a push's records by
    (kind, id) went through the wrong index and cost O(table) per record.
    """
    with dbapi_conn.cursor() as cur:
        cur.execute("SET plan_cache_mode = force_custom_plan")
    dbapi_conn.commit()


class Database:
    def __init__(self, url: str) -> None:
        self.url = normalize_url(url)
        if self.url.startswith("sqlite"):
            path = self.url.split("///", 1)[-1]
            if path and path != ":memory:":
                Path(path).parent.mkdir(parents=True, exist_ok=True)
            self.reader = _sqlite_engine(self.url, immediate=False)
            self.writer = _sqlite_engine(self.url, immediate=True)
        else:
            self.reader = self.writer = create_engine(
                self.url, pool_size=20, max_overflow=40, pool_pre_ping=True, pool_timeout=60
            )
            event.listen(self.writer, "connect", _custom_plans)

    @property
    def dialect(self) -> str:
        return self.writer.dialect.name

    @contextmanager
    def read(self) -> Iterator[Session]:
        with Session(self.reader, autoflush=False) as s, s.begin():
            yield s

    @contextmanager
    def write(self) -> Iterator[Session]:
        """One write transaction: committed when the block ends, rolled back on an exception."""
        with Session(self.writer, autoflush=False, expire_on_commit=False) as s, s.begin():
            yield s

    @contextmanager
    def transaction(self) -> Iterator[Connection]:
        """A write transaction on a bare connection (Core only, no ORM session): the push's hot path."""
        with self.writer.begin() as conn:
            yield conn

    def dispose(self) -> None:
        self.reader.dispose()
        self.writer.dispose()

    # ------------------------------------------------------------ migrations

    def revision(self) -> str | None:
        with self.reader.connect() as conn:
            try:
                row = conn.execute(text(f"SELECT version_num FROM {VERSION_TABLE}")).first()
            except DBAPIError:  # no table yet: a new database
                return None
            return row[0] if row else None

    def migrate(self) -> None:
        """Bring the schema to HEAD (a no-op when it is there)."""
        if self.revision() == HEAD:
            return
        from alembic import command
        from alembic.config import Config

        log.info("migrating the server database to %s", HEAD)
        with self.writer.connect() as conn:
            cfg = Config()
            cfg.set_main_option("script_location", str(MIGRATIONS))
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "head")
            conn.commit()
