"""Upgrades never lose a profile (issue 28): a copy before each migration, a failed one undone, a newer one refused."""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
import uuid
from pathlib import Path

import pytest
from alembic import command
from alembic.script import ScriptDirectory

from mystery_shop import __version__
from mystery_shop.cli import main
from mystery_shop.services.profile import Profile
from mystery_shop.services.workspace import Workspace
from mystery_shop.store import db
from mystery_shop.store.errors import MigrationFailed, ProfileRefused
from support.workspaces import FORM, make_workspace

OLDER = [s.revision for s in ScriptDirectory.from_config(db.alembic_config()).walk_revisions() if s.revision != db.HEAD]


def _at_revision(path: Path, revision: str) -> None:
    """A database made by the old migrations up to ``revision``, as an older version of the app left it."""
    engine = db.make_engine(path)
    with engine.begin() as conn:
        command.upgrade(db.alembic_config(conn), revision)
    engine.dispose()


def _fill_0001(path: Path) -> dict[str, str]:
    """A client, a location, a form, a visit and its unsynced outbox entry, in the 0001 schema's columns."""
    ids = {k: str(uuid.uuid4()) for k in ("client", "location", "visit", "op")}
    now, day = "2026-01-05 10:00:00.000000", dt.date(2026, 1, 5).isoformat()
    con = sqlite3.connect(path)
    with con:
        con.execute("INSERT INTO clients (id, name, archived, rev, updated_at) VALUES (?, 'Acme', 0, 1, ?)",
                    (ids["client"], now))  # fmt: skip
        con.execute(
            "INSERT INTO locations (id, client_id, name, address, archived, rev, updated_at) "
            "VALUES (?, ?, 'High Street', '1 High St', 0, 1, ?)", (ids["location"], ids["client"], now))  # fmt: skip
        con.execute("INSERT INTO forms (form_id, version, title, source, imported_at, archived) "
                    "VALUES ('shop', 1, 'Shop visit', ?, ?, 0)", (FORM, now))  # fmt: skip
        con.execute(
            "INSERT INTO visits (id, form_id, form_version, location_id, scheduled_date, scenario, status, "
            "created_at, complete, rev, updated_at) VALUES (?, 'shop', 1, ?, ?, 'lunch', 'draft', ?, 0, 1, ?)",
            (ids["visit"], ids["location"], day, now, now),
        )
        con.execute("INSERT INTO outbox (op_id, seq, kind, record_id, fields, base_rev, created_at) "
                    "VALUES (?, 1, 'visit', ?, '{}', 0, ?)", (ids["op"], ids["visit"], now))  # fmt: skip
    con.close()
    return ids


@pytest.mark.parametrize("revision", OLDER)
def test_a_profile_from_each_older_schema_opens_with_its_data_and_a_copy_beside_it(
    tmp_path: Path, revision: str
) -> None:
    profile = Profile(tmp_path / "p")
    profile.root.mkdir()
    _at_revision(profile.database, revision)
    ids = _fill_0001(profile.database)

    ws = Workspace.open(profile, log_to_file=False)
    try:
        assert db.current_revision(ws.engine) == db.HEAD
        assert db.opened_by(ws.engine) == __version__
        [row] = ws.visit_rows()
        assert (row.id, row.client, row.location, row.status.value) == (ids["visit"], "Acme", "High Street", "draft")
        assert [c.name for c in ws.clients()] == ["Acme"]
        with ws.engine.connect() as conn:
            assert conn.exec_driver_sql("SELECT op_id FROM outbox").scalars().all() == [ids["op"]]
    finally:
        ws.close()
    # The copy taken before migrating: the old schema, the same data, one file.
    copy = db.backup_path(profile.database)
    assert db.migration_backups(profile.database) == [copy]
    con = sqlite3.connect(copy)
    assert con.execute("SELECT version_num FROM alembic_version").fetchone() == (revision,)
    assert con.execute("SELECT id FROM visits").fetchall() == [(ids["visit"],)]
    assert con.execute("PRAGMA journal_mode").fetchone() == ("delete",)
    con.close()


def _migrations_with(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, revision: str, body: str) -> None:
    """The app's migrations plus one more after HEAD, ``revision``, whose upgrade() is ``body``."""
    scripts = tmp_path / "migrations"
    shutil.copytree(db.MIGRATIONS, scripts, ignore=shutil.ignore_patterns("__pycache__"))
    (scripts / "versions" / f"{revision}_next.py").write_text(
        f'"""the next version\'s migration"""\n\nimport sqlalchemy as sa\nfrom alembic import op\n\n'
        f'revision = "{revision}"\ndown_revision = "{db.HEAD}"\nbranch_labels = None\ndepends_on = None\n\n\n'
        f"def upgrade() -> None:\n{body}\n",
        encoding="utf-8",
    )
    monkeypatch.setattr(db, "MIGRATIONS", scripts)
    monkeypatch.setattr(db, "HEAD", revision)


def test_backups_keep_the_last_two(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    profile = Profile(tmp_path / "p")
    profile.root.mkdir()
    _at_revision(profile.database, OLDER[-1])
    Workspace.open(profile, log_to_file=False).close()
    first = db.migration_backups(profile.database)
    nexts = [f"{int(db.HEAD) + k:04d}" for k in (1, 2)]  # two versions after this one
    for n in nexts:
        column = f"    op.add_column('clients', sa.Column('c{n}', sa.Integer()))"
        _migrations_with(tmp_path / n, monkeypatch, n, column)
        Workspace.open(profile, log_to_file=False).close()
    kept = db.migration_backups(profile.database)
    assert [p.name for p in kept] == [f"mystery-shop.before-{n}.db" for n in nexts]
    assert first[0] not in kept and not first[0].exists()


def test_a_failed_migration_is_undone_from_the_copy_and_said(tmp_path: Path, monkeypatch, capsys) -> None:  # type: ignore[no-untyped-def]
    ws, visit_id = make_workspace(tmp_path / "p")
    profile = ws.profile
    ws.close()
    # SQLite commits a new column at once: the half-done migration is undone by the copy, not by a rollback.
    _migrations_with(tmp_path, monkeypatch, "0099", "    op.add_column('visits', sa.Column('half', sa.Integer()))\n"
                     "    raise RuntimeError('disk said no')")  # fmt: skip
    said = r"could not be upgraded .*disk said no.*put back as it was from .*before-0099"
    with pytest.raises(MigrationFailed, match=said):
        Workspace.open(profile, log_to_file=False)

    assert main(["visits", "list", "--profile", str(profile.root)]) == 1
    err = capsys.readouterr().err
    assert "could not be upgraded" in err and "Traceback" not in err

    monkeypatch.undo()  # this version again: the profile is as it was
    con = sqlite3.connect(profile.database)
    assert con.execute("SELECT version_num FROM alembic_version").fetchone() == (db.HEAD,)
    assert "half" not in {row[1] for row in con.execute("PRAGMA table_info(visits)")}
    con.close()
    ws = Workspace.open(profile, log_to_file=False)
    assert [r.id for r in ws.visit_rows()] == [visit_id]
    ws.close()


def _newer(profile: Profile, version: str | None) -> bytes:
    """Make the profile look opened by a newer version (an unknown schema); return its bytes."""
    if not profile.exists():
        Workspace.open(profile, log_to_file=False).close()
    con = sqlite3.connect(profile.database)
    with con:
        con.execute("UPDATE alembic_version SET version_num = '0099_from_the_future'")
        con.execute("DELETE FROM profile_info")
        if version:
            con.execute("INSERT INTO profile_info VALUES ('opened_by', ?)", (version,))
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()
    return profile.database.read_bytes()


def test_a_newer_profile_is_refused_naming_the_version_and_left_alone(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    profile = Profile(tmp_path / "p")
    before = _newer(profile, "9.1.0")
    with pytest.raises(ProfileRefused) as refused:
        Workspace.open(profile, log_to_file=False)
    assert str(refused.value) == "this profile was last opened by version 9.1.0; install 9.1.0 or newer"

    assert main(["visits", "list", "--profile", str(profile.root)]) == 1
    err = capsys.readouterr().err
    assert err == "mystery-shop: this profile was last opened by version 9.1.0; install 9.1.0 or newer\n"
    assert profile.database.read_bytes() == before
    assert db.migration_backups(profile.database) == []

    _newer(profile, None)
    with pytest.raises(ProfileRefused, match=r"newer version .*0099_from_the_future"):
        Workspace.open(profile, log_to_file=False)


def test_the_app_says_so_in_a_dialog_and_exits(tmp_path: Path, qapp, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from mystery_shop.ui import errors
    from mystery_shop.ui.app import run_gui

    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(errors.dialogs, "error", lambda _p, title, text, details="": shown.append((title, text)))
    profile = Profile(tmp_path / "p")
    before = _newer(profile, "9.1.0")
    assert run_gui(profile) == 1
    said = "this profile was last opened by version 9.1.0; install 9.1.0 or newer"
    assert shown == [("Cannot open the profile", said)]
    assert profile.database.read_bytes() == before
