"""The server's identity: an epoch id that changes whenever its history does (SYNC.md, docs/sync.md).

A laptop keeps its cursor and its idea of what the server holds per epoch; a
new epoch makes it reconcile both ways. So the epoch must change whenever the
database may have gone back in time, and it is safer to change it once too
often (a laptop pulls everything again and pushes nothing) than once too few
(work lost, records skipped). It is drawn again:

- by ``server restore``;
- when the database's fingerprint changed: on PostgreSQL the oids of the
  database and of the ``records`` table (a dump restored with psql or
  pg_restore creates new ones), on SQLite the file's device and inode (a file
  copied into place under another name, or moved back);
- when the side file in the data folder, which notes the newest epoch and the
  highest SEQ this server has handed out, says the database went back: the SEQ
  counter is below that mark (a SQLite file copied over the old one keeps its
  inode), or the noted epoch is not in the database's history at all;
- when a laptop asks for changes after a SEQ the counter has not reached: the
  server has forgotten writes it once acknowledged.

The epoch lives in the database (``server_epochs``, one row per epoch, the
newest wins) so that every worker and every host sharing one PostgreSQL hands
out the same one; the side file is per host and only ever consulted, never
trusted alone.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import secrets
from pathlib import Path
from typing import Any

from sqlalchemy import (
    BigInteger,
    Column,
    Connection,
    DateTime,
    Integer,
    MetaData,
    String,
    Table,
    select,
    text,
)

from .db import Database
from .models import Counter, utcnow

log = logging.getLogger(__name__)

EPOCHS = Table(
    "server_epochs",
    MetaData(),
    Column("n", Integer, primary_key=True, autoincrement=True),
    Column("epoch", String(32), nullable=False, unique=True),
    Column("seq", BigInteger, nullable=False),  # the counter when it was drawn
    Column("fingerprint", String(200), nullable=False),
    Column("reason", String(200), nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
)
SIDE_FILE = "server-identity.json"
FIRST = "first start"


def fingerprint(conn: Connection) -> str:
    """What changes when the database is replaced by a restored copy, and not otherwise."""
    if conn.dialect.name == "postgresql":
        sql = "SELECT d.oid::text || ':' || 'records'::regclass::oid::text FROM pg_database d "
        sql += "WHERE d.datname = current_database()"
        return "pg:" + str(conn.execute(text(sql)).scalar())
    path = conn.engine.url.database
    if not path or path == ":memory:":
        return "sqlite:memory"
    try:
        st = os.stat(path)
    except OSError:
        return "sqlite:?"
    return f"sqlite:{st.st_dev}:{st.st_ino}"


def _counter(conn: Connection) -> int:
    return int(conn.execute(select(Counter.value).where(Counter.id == 1)).scalar() or 0)


def _newest(conn: Connection) -> tuple[str, str] | None:
    row = conn.execute(select(EPOCHS.c.epoch, EPOCHS.c.fingerprint).order_by(EPOCHS.c.n.desc()).limit(1)).first()
    return (row[0], row[1]) if row else None


def _draw(conn: Connection, reason: str) -> str:
    epoch = secrets.token_hex(16)
    conn.execute(
        EPOCHS.insert().values(
            epoch=epoch, seq=_counter(conn), fingerprint=fingerprint(conn), reason=reason[:200], created_at=utcnow()
        )
    )
    level = logging.INFO if reason == FIRST else logging.WARNING
    log.log(level, "the server's history changed (%s): new epoch %s", reason, epoch)
    return epoch


def _lock(conn: Connection) -> None:
    """Several workers start at once: one decides, the others then read its epoch."""
    if conn.dialect.name == "postgresql":
        conn.execute(text("LOCK TABLE server_epochs IN SHARE ROW EXCLUSIVE MODE"))
    # SQLite: the writer engine's BEGIN IMMEDIATE already serialises writers.


def current(db: Database) -> str:
    """The epoch to put on a page or a push answer; drawn anew if the database was swapped under us."""
    with db.reader.connect() as conn:
        newest = _newest(conn)
        if newest is not None and newest[1] == fingerprint(conn):
            return newest[0]
    return redraw(db, "the database's fingerprint changed", unless_not=newest[0] if newest else None)


def redraw(db: Database, reason: str, *, unless_not: str | None = None) -> str:
    """A new epoch. With ``unless_not``: only if that is still the newest one (concurrent callers draw one)."""
    with db.transaction() as conn:
        _lock(conn)
        newest = _newest(conn)
        if unless_not is not None and newest is not None and newest[0] != unless_not:
            return newest[0]  # another worker drew one meanwhile
        return _draw(conn, reason)


def at_start(db: Database, data_dir: Path) -> str:
    """Decide at start-up whether the history went back; note the epoch and the SEQ in the side file."""
    side = read_side(data_dir)
    with db.transaction() as conn:
        _lock(conn)
        history = [r[0] for r in conn.execute(select(EPOCHS.c.epoch).order_by(EPOCHS.c.n))]
        newest = _newest(conn)
        top = _counter(conn)
        reason = ""
        if newest is None:
            reason = FIRST
        elif newest[1] != fingerprint(conn):
            reason = "the database was replaced (restored or copied)"
        elif side is not None and side["epoch"] not in history:
            reason = f"this server's last epoch {side['epoch']} is not in the database's history"
        elif side is not None and side["epoch"] == newest[0] and top < side["seq"]:
            reason = f"the SEQ counter ({top}) is below the highest this server handed out ({side['seq']})"
        epoch = _draw(conn, reason) if reason else newest[0]  # type: ignore[index]
    note(data_dir, epoch, top)
    return epoch


def at_exit(db: Database, data_dir: Path) -> None:
    """A clean stop notes the exact mark, so a database copied back before the next start is seen."""
    try:
        with db.reader.connect() as conn:
            newest, top = _newest(conn), _counter(conn)
        if newest is not None:
            note(data_dir, newest[0], top)
    except Exception:  # stopping anyway: the mark noted while running stands
        log.exception("could not note the server's SEQ mark at exit")


def read_side(data_dir: Path) -> dict[str, Any] | None:
    try:
        data = json.loads((data_dir / SIDE_FILE).read_text())
    except (OSError, ValueError):
        return None
    if isinstance(data, dict) and isinstance(data.get("epoch"), str) and isinstance(data.get("seq"), int):
        return data
    return None


def note(data_dir: Path, epoch: str, seq: int) -> None:
    """Raise the side file's mark to ``seq`` (never lower it within one epoch); workers share it, hence the lock."""
    data_dir.mkdir(parents=True, exist_ok=True)
    path = data_dir / SIDE_FILE
    with _file_lock(data_dir / (SIDE_FILE + ".lock")):
        old = read_side(data_dir)
        if old is not None and old["epoch"] == epoch and int(old["seq"]) >= seq:
            return
        tmp = path.with_suffix(".tmp")
        tmp.write_text(json.dumps({"epoch": epoch, "seq": seq}))
        os.replace(tmp, path)


@contextlib.contextmanager
def _file_lock(path: Path):  # type: ignore[no-untyped-def]
    with path.open("a") as fh:
        if os.name != "nt":
            import fcntl

            fcntl.flock(fh.fileno(), fcntl.LOCK_EX)
        yield
