"""The server's migrations: the head the code expects, and s0002 (the portal) on a database that has history."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from alembic import command
from alembic.config import Config
from alembic.script import ScriptDirectory
from sqlalchemy import select, text

from mystery_shop.server.db import HEAD, MIGRATIONS, Database
from mystery_shop.server.portal.models import PortalState


def _config(conn) -> Config:  # type: ignore[no-untyped-def]
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.attributes["connection"] = conn
    return cfg


def test_head_is_the_newest_migration() -> None:
    assert ScriptDirectory.from_config(_config(None)).get_current_head() == HEAD == "s0010"


def test_s0002_on_a_server_with_history(db_url: str, tmp_path: Path) -> None:
    """Publications made before the portal existed are indexed, never announced: mail starts after them."""
    db = Database(db_url)
    with db.writer.connect() as conn:
        command.upgrade(_config(conn), "s0001")
        conn.execute(text("UPDATE seq_counter SET value = 42 WHERE id = 1"))
        conn.commit()
    assert db.revision() == "s0001"
    db.migrate()
    assert db.revision() == HEAD
    with db.read() as s:
        state = s.scalar(select(PortalState))
        assert state is not None and (state.cursor, state.version, state.mail_after) == (0, 0, 42)
    db.dispose()


def test_s0005_keeps_the_results_stored_before(db_url: str) -> None:
    """Results stored whole by older servers stay as they are; the new columns are empty for them; a database with
    compact results does not go back (an older server could not replay them)."""
    db = Database(db_url)
    with db.writer.connect() as conn:
        command.upgrade(_config(conn), "s0004")
        conn.execute(text("INSERT INTO push_batches (batch_id, user_id, payload_hash, results, created_at, seq_base) "
                          "VALUES ('b', 'u', 'h', '[{\"op\": \"o\"}]', CURRENT_TIMESTAMP, 7)"))  # fmt: skip
        conn.execute(text("INSERT INTO op_results (op_id, user_id, payload_hash, result, created_at) "
                          "VALUES ('o', 'u', 'h', '{\"op\": \"o\", \"seq\": 8}', CURRENT_TIMESTAMP)"))  # fmt: skip
        conn.commit()
    db.migrate()
    assert db.revision() == HEAD
    with db.read() as s:
        row = s.execute(text("SELECT result, batch_id, rev, pos FROM op_results")).one()
        assert (json.loads(row[0]) if isinstance(row[0], str) else row[0], *row[1:]) == ({"op": "o", "seq": 8}, None,
                                                                                           None, None)  # fmt: skip
    with db.writer.connect() as conn:  # nothing compact yet: it goes back
        command.downgrade(_config(conn), "s0004")
        conn.commit()
        command.upgrade(_config(conn), "s0005")
        conn.execute(text("INSERT INTO op_results (op_id, user_id, payload_hash, batch_id, rev, pos, created_at) "
                          "VALUES ('p', 'u', 'h', 'b', 1, 1, CURRENT_TIMESTAMP)"))  # fmt: skip
        conn.commit()
        with pytest.raises(RuntimeError, match="older server cannot replay"):
            command.downgrade(_config(conn), "s0004")
        conn.rollback()
    assert db.revision() == "s0005"  # where the test took it, refused to go further back
    db.dispose()


def test_s0004_gives_each_account_a_language_of_its_own(db_url: str) -> None:
    """Accounts made before the portal spoke languages have none of their own: they read the browser's."""
    db = Database(db_url)
    with db.writer.connect() as conn:
        command.upgrade(_config(conn), "s0003")
        conn.execute(text("INSERT INTO users (id, username, display_name, role, password_hash, disabled, created_at) "
                          "VALUES ('u1', 'carl', 'Carl', 'client', 'x', false, CURRENT_TIMESTAMP)"))  # fmt: skip
        conn.commit()
    db.migrate()
    assert db.revision() == HEAD
    with db.read() as s:
        assert s.execute(text("SELECT username, language FROM users")).all() == [("carl", None)]
    with db.writer.connect() as conn:
        command.downgrade(_config(conn), "s0003")
        conn.commit()
    assert db.revision() == "s0003"
    db.dispose()
