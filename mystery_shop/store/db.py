"""Opening a profile's database: pragmas for durability, migrations on open, and never losing it to one.

WAL with ``synchronous=FULL``: every commit is on disk before it returns, so an
answer reported saved survives the power going a moment later (NORMAL may
lose the last commits). Still thousands of commits a second, far more than
typing needs.

Before a migration the database is copied beside itself with SQLite's backup
API (``mystery-shop.before-0007.db``: the copy taken before migrating to 0007),
the last two copies kept. SQLite runs most schema changes outside the
migration's transaction, so a migration that fails half-way is undone from
that copy, not trusted to roll back. A database at a schema this version does
not know was made by a newer one: it is refused untouched, naming the version
that last opened it (``profile_info``).
"""

from __future__ import annotations

import contextlib
import logging
import os
import sqlite3
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.orm import Session, sessionmaker

from mystery_shop import __version__
from mystery_shop.domain.messages import msg

from .errors import MigrationFailed, ProfileRefused

log = logging.getLogger(__name__)

MIGRATIONS = Path(__file__).with_name("migrations")
# The newest migration; checked against the scripts by a test, so opening an
# up-to-date database need not load Alembic at all (it costs start-up time).
HEAD = "0011"
KEEP_BACKUPS = 2
OPENED_BY = "opened_by"


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


def _has_table(conn: Any, name: str) -> bool:
    found = conn.execute(text("SELECT name FROM sqlite_master WHERE type='table' AND name=:n"), {"n": name})
    return found.first() is not None


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        if not _has_table(conn, "alembic_version"):
            return None
        row = conn.execute(text("SELECT version_num FROM alembic_version")).first()
        return row[0] if row else None


def opened_by(engine: Engine) -> str | None:
    """The version of the app that last opened this database (None before 0007 or when never recorded)."""
    with engine.connect() as conn:
        if not _has_table(conn, "profile_info"):
            return None
        return conn.execute(text("SELECT value FROM profile_info WHERE key = :k"), {"k": OPENED_BY}).scalar()


def _record_opened_by(engine: Engine) -> None:
    if opened_by(engine) == __version__:
        return
    with engine.begin() as conn:
        conn.execute(
            text("INSERT OR REPLACE INTO profile_info (key, value) VALUES (:k, :v)"), {"k": OPENED_BY, "v": __version__}
        )


def _known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    return {s.revision for s in ScriptDirectory.from_config(alembic_config()).walk_revisions()}


def refusal(engine: Engine, revision: str) -> ProfileRefused:
    version = opened_by(engine)
    if version:
        return ProfileRefused(
            msg("this profile was last opened by version {version}; install {version} or newer", version=version)
        )
    return ProfileRefused(
        msg("this profile was made by a newer version (database schema {revision}); install the newest version",
            revision=revision)
    )  # fmt: skip


def backup_path(path: Path, to_revision: str | None = None) -> Path:
    """Where the copy taken before migrating ``path`` to ``to_revision`` (the newest) goes."""
    return path.with_name(f"{path.stem}.before-{to_revision or HEAD}.db")


def migration_backups(path: Path) -> list[Path]:
    """The copies taken before migrations, oldest first."""
    found = path.parent.glob(f"{path.stem}.before-*.db")
    return sorted(found, key=lambda p: (p.stat().st_mtime_ns, p.name))


def copy_database(source: Path, dest: Path) -> None:
    """A consistent copy of ``source`` (WAL included) as one self-contained file, through SQLite's backup API."""
    tmp = dest.with_name(dest.name + ".tmp")
    tmp.unlink(missing_ok=True)
    src = sqlite3.connect(source)
    try:
        out = sqlite3.connect(tmp)
        try:
            src.backup(out)
            out.execute("PRAGMA journal_mode=DELETE")  # the copy needs no -wal file beside it
        finally:
            out.close()
    finally:
        src.close()
    with open(tmp, "rb") as fh:
        os.fsync(fh.fileno())
    os.replace(tmp, dest)


def _put_back(backup: Path, path: Path) -> None:
    """Write the copy back over the database, through the backup API (the WAL is reset with it)."""
    src = sqlite3.connect(backup)
    try:
        dest = sqlite3.connect(path)
        try:
            src.backup(dest)
            dest.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            dest.close()
    finally:
        src.close()


def _take_backup(path: Path) -> Path:
    dest = backup_path(path)
    copy_database(path, dest)
    for old in migration_backups(path)[:-KEEP_BACKUPS]:
        with contextlib.suppress(OSError):
            old.unlink()
    log.info("copied %s to %s before migrating it", path, dest)
    return dest


def upgrade(engine: Engine) -> None:
    """Bring the database to the newest schema (a no-op when it is there); refuse one from a newer version."""
    revision = current_revision(engine)
    if revision == HEAD:
        _record_opened_by(engine)
        return
    if revision is not None and revision not in _known_revisions():
        raise refusal(engine, revision)
    from alembic import command

    path = Path(str(engine.url.database))
    backup = _take_backup(path) if revision is not None else None
    log.info("migrating database %s from %s to %s", path, revision, HEAD)
    try:
        with engine.begin() as conn:
            command.upgrade(alembic_config(conn), "head")
    except Exception as e:
        log.exception("migrating %s from %s to %s failed", path, revision, HEAD)
        engine.dispose()
        if backup is None:
            raise
        _put_back(backup, path)
        raise MigrationFailed(
            msg("the profile could not be upgraded to this version ({error}); it was put back as it was from {backup}",
                error=f"{type(e).__name__}: {e}", backup=str(backup))
        ) from e  # fmt: skip
    _record_opened_by(engine)


def open_database(path: Path) -> sessionmaker[Session]:
    """Open (creating or upgrading) the database at ``path``; return a session factory."""
    path.parent.mkdir(parents=True, exist_ok=True)
    engine = make_engine(path)
    try:
        upgrade(engine)
    except Exception:
        engine.dispose()
        raise
    return sessionmaker(engine, expire_on_commit=False)
