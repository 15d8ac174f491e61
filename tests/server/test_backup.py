"""``server backup``, ``restore`` and ``check`` (issue 27), on SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt
import hashlib
import threading
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from server.harness import PG_ADMIN, Firm, LiveServer
from sqlalchemy import select

from mystery_shop.cli import main
from mystery_shop.server import identity
from mystery_shop.server.backup import BackupError, backup, check, restore
from mystery_shop.server.changes import counter
from mystery_shop.server.config import ServerConfig
from mystery_shop.server.db import Database
from mystery_shop.server.models import Record

OCTETS = {"Content-Type": "application/octet-stream"}


def _op(kind: str, rid: str, data: dict) -> dict:  # type: ignore[type-arg]
    return {"op": str(uuid.uuid4()), "kind": kind, "id": rid, "base_rev": 0, "data": data}


def _push_visit(c, firm: Firm, n: int) -> str:  # type: ignore[no-untyped-def]
    """One push: a visit, three answers and a photo whose bytes went first."""
    photo = f"photo {n} {uuid.uuid4()}".encode() * 50
    sha = hashlib.sha256(photo).hexdigest()
    c.put(f"/blobs/{sha}", content=photo, headers=OCTETS).raise_for_status()
    vid = str(uuid.uuid4())
    changes = [_op("visit", vid, {"form_id": "shop", "form_version": 1, "location_id": firm.location_id,
                                  "scheduled_date": dt.date.today().isoformat()})]  # fmt: skip
    changes += [_op("answer", str(uuid.uuid4()), {"visit_id": vid, "question_id": q, "value": v})
                for q, v in (("greeted", "yes"), ("staff_name", "Sam"), ("mood", 3))]  # fmt: skip
    changes.append(_op("photo", str(uuid.uuid4()), {"visit_id": vid, "section_id": "greeting", "sha256": sha,
                                                    "filename": "door.jpg", "size": len(photo)}))  # fmt: skip
    r = c.post("/sync/push", json={"device": "d", "batch": str(uuid.uuid4()), "changes": changes})
    r.raise_for_status()
    assert {x["status"] for x in r.json()["results"]} == {"applied"}, r.json()
    return sha


@pytest.fixture
def empty_url(db_url: str, tmp_path: Path) -> Iterator[str]:
    """A second, empty database of the same kind to restore into."""
    if db_url.startswith("sqlite"):
        yield f"sqlite:///{tmp_path / 'restored' / 'server.db'}"
        return
    import psycopg

    name = f"ms_restore_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(PG_ADMIN, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    try:
        yield PG_ADMIN.rsplit("/", 1)[0] + f"/{name}"
    finally:
        with psycopg.connect(PG_ADMIN, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def test_a_backup_taken_under_load_restores_to_a_consistent_server(firm: Firm, empty_url: str, tmp_path: Path) -> None:
    live = firm.server
    stop = threading.Event()
    pushed: list[str] = []
    failures: list[BaseException] = []

    def load() -> None:
        try:
            with live.http(live.token("alice")) as c:
                while not stop.is_set():
                    pushed.append(_push_visit(c, firm, len(pushed)))
        except BaseException as e:  # reported below
            failures.append(e)

    worker = threading.Thread(target=load)
    worker.start()
    try:
        while len(pushed) < 3 and not failures:
            threading.Event().wait(0.05)
        out = tmp_path / "backups" / "server.tar"
        manifest = backup(live.config, out)
        while len(pushed) < len(manifest["blobs"]) + 3 and not failures:  # type: ignore[arg-type]
            threading.Event().wait(0.05)
    finally:
        stop.set()
        worker.join(60)
    assert not failures, failures
    assert not list(out.parent.glob(".backup-*")), "the backup left its working folder"

    target = ServerConfig(tmp_path / "restored", empty_url)
    restore(target, out)
    db = Database(target.url)
    try:
        with db.read() as s:
            records = list(s.scalars(select(Record)))
            top = counter(s)
            s.expunge_all()
        visits = {r.id for r in records if r.kind == "visit"}
        assert 3 <= len(visits) < len(pushed), "the backup should hold some of the pushes, not all"
        # Each push is one transaction: the backup holds each visit whole (its answers and photo) or not at all.
        for vid in visits:
            assert sum(r.kind == "answer" and r.visit_id == vid for r in records) == 3
            assert sum(r.kind == "photo" and r.visit_id == vid for r in records) == 1
        assert {r.kind for r in records if r.visit_id and r.visit_id not in visits} == set()
        assert max(r.seq or 0 for r in records) <= top
        # Every photo the records name came back, bytes checked.
        report = check(target)
        assert report.ok and report.named == len(visits), (report.missing, report.corrupt)
        # The restored server has a history of its own: laptops meeting it reconcile.
        assert identity.current(db) != identity.current(live.db)
    finally:
        db.dispose()
    with pytest.raises(BackupError, match="not empty"):
        restore(target, out)


def test_check_finds_a_corrupted_and_a_missing_blob_and_lists_orphans(
    firm: Firm, capsys: pytest.CaptureFixture[str]
) -> None:
    live = firm.server
    with live.http(live.token("alice")) as c:
        shas = [_push_visit(c, firm, n) for n in range(3)]
    args = ["server", "--data", str(live.config.data_dir), "--db", live.config.url, "check"]
    assert main(args) == 0
    blobs = live.config.blob_dir
    (blobs / shas[0][:2] / shas[0][2:]).write_bytes(b"bit rot")
    (blobs / shas[1][:2] / shas[1][2:]).unlink()
    orphan = hashlib.sha256(b"nobody's").hexdigest()
    (blobs / orphan[:2]).mkdir(exist_ok=True)
    (blobs / orphan[:2] / orphan[2:]).write_bytes(b"nobody's")
    capsys.readouterr()
    assert main(args) == 1
    out = capsys.readouterr().out
    assert f"corrupt: {shas[0]}" in out and f"missing: {shas[1]}" in out and f"orphan: {orphan}" in out
    assert shas[2] not in out
    assert "3 blobs named by records: 1 missing, 1 corrupt; 1 orphans" in out


def test_backup_and_restore_from_the_command_line(firm: Firm, empty_url: str, tmp_path: Path) -> None:
    live: LiveServer = firm.server
    with live.http(live.token("alice")) as c:
        _push_visit(c, firm, 0)
    out = tmp_path / "b.tar"
    store = ["--data", str(live.config.data_dir), "--db", live.config.url]
    assert main(["server", *store, "backup", "--out", str(out)]) == 0
    restored = ["--data", str(tmp_path / "restored"), "--db", empty_url]
    assert main(["server", *restored, "restore", str(out)]) == 0
    assert main(["server", *restored, "check"]) == 0
    assert main(["server", *restored, "restore", str(out)]) != 0  # not into a database that holds one
