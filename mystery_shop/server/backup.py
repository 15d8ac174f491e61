"""``server backup``, ``server restore`` and ``server check`` (docs/backup.md).

A backup is one tar file: ``manifest.json`` (what it holds, the blobs with
their sizes), the database (PostgreSQL: ``pg_dump -Fc``, which reads one
snapshot; SQLite: the online backup API, a consistent copy while the server
writes) and the blob files. The database is copied first and the blob folder
listed after: blobs are only ever added, and one is stored before any visit
that needs it may be submitted, so every blob the copied records need is in
the folder by then (later ones are harmless orphans). Restoring needs an empty
database and blob folder, checks every blob's hash on the way in, migrates,
and gives the server a new epoch so that every laptop reconciles
(identity.py).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import io
import json
import os
import shutil
import sqlite3
import subprocess
import tarfile
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import inspect, or_, select

from mystery_shop import __version__

from . import identity
from .blob_stores import blob_store
from .config import ServerConfig
from .db import Database
from .models import Record

FORMAT = 1
MANIFEST = "manifest.json"


class BackupError(Exception):
    """A backup or restore that cannot go ahead, in words for the administrator."""


def _libpq(url: str) -> str:
    """The URL as pg_dump and pg_restore take it (no SQLAlchemy driver suffix)."""
    return url.replace("postgresql+psycopg://", "postgresql://", 1)


def _sqlite_path(url: str) -> Path:
    return Path(url.split("///", 1)[1])


def _blob_files(root: Path) -> Iterator[tuple[str, Path]]:
    if not root.is_dir():
        return
    for sub in sorted(root.iterdir()):
        if sub.is_dir() and len(sub.name) == 2:
            for f in sorted(sub.iterdir()):
                if f.is_file() and len(f.name) == 62:
                    yield sub.name + f.name, f


def _tool(name: str) -> str:
    found = shutil.which(name)
    if not found:
        raise BackupError(f"{name} is not installed: install PostgreSQL's client tools (apt install postgresql-client)")
    return found


def backup(config: ServerConfig, out: Path, *, blobs: bool = True) -> dict[str, object]:
    """Write the backup to ``out`` (through a temporary file: a cut backup never looks whole). Its manifest."""
    db = Database(config.url)
    try:
        db.migrate()
        with db.read() as s:
            from .changes import counter

            seq = counter(s)
    finally:
        db.dispose()
    epoch = (identity.read_side(config.data_dir) or {}).get("epoch", "")
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=out.parent, prefix=".backup-") as tmp:
        if config.url.startswith("sqlite"):
            name, dump = "database.sqlite", Path(tmp) / "database.sqlite"
            src, dst = sqlite3.connect(_sqlite_path(config.url)), sqlite3.connect(dump)
            try:
                with dst:
                    src.backup(dst)  # all pages in one step: one consistent read
            finally:
                src.close()
                dst.close()
        else:
            name, dump = "database.dump", Path(tmp) / "database.dump"
            run = subprocess.run(
                [_tool("pg_dump"), "-Fc", "--no-owner", "-f", str(dump), "-d", _libpq(config.url)],
                capture_output=True, text=True,
            )  # fmt: skip
            if run.returncode:
                raise BackupError(f"pg_dump failed: {run.stderr.strip()}")
        store = blob_store(config)
        listed = list(store.stored())  # after the database
        blobs = blobs and not config.blobs_url  # object storage is backed up by its own means (docs/backup.md)
        manifest: dict[str, object] = {
            "format": FORMAT, "app": __version__, "created_at": dt.datetime.now(dt.UTC).isoformat(),
            "database": "sqlite" if name.endswith("sqlite") else "postgresql", "seq": seq, "epoch": epoch,
            "blobs_included": blobs, "blobs": [{"sha256": sha, "size": size} for sha, size in listed],
        }  # fmt: skip
        partial = Path(tmp) / "backup.tar"
        with tarfile.open(partial, "w") as tar:
            body = json.dumps(manifest, indent=1).encode()
            info = tarfile.TarInfo(MANIFEST)
            info.size, info.mtime = len(body), int(dt.datetime.now(dt.UTC).timestamp())
            tar.addfile(info, io.BytesIO(body))
            tar.add(dump, arcname=name)
            if blobs:
                for sha, _ in listed:
                    tar.add(store.path(sha), arcname=f"blobs/{sha[:2]}/{sha[2:]}")
        with partial.open("rb+") as fh:
            os.fsync(fh.fileno())
        os.replace(partial, out)
    return manifest


def _is_empty(db: Database) -> bool:
    with db.reader.connect() as conn:
        tables = inspect(conn).get_table_names()
    return not tables


def restore(config: ServerConfig, source: Path) -> dict[str, object]:
    """Restore ``source`` into an empty database and blob folder; the manifest."""
    db = Database(config.url)
    try:
        if not _is_empty(db):
            raise BackupError("the database is not empty: restore into a new database (or move the old one away)")
    finally:
        db.dispose()
    if any(_blob_files(config.blob_dir)):
        raise BackupError(f"the blob folder {config.blob_dir} is not empty: restore into an empty one")
    try:
        tar = tarfile.open(source, "r")  # noqa: SIM115 - closed by the with block below
    except (OSError, tarfile.TarError) as e:
        raise BackupError(f"{source} is not a backup: {e}") from None
    config.data_dir.mkdir(parents=True, exist_ok=True)
    with tar, tempfile.TemporaryDirectory(prefix=".restore-", dir=config.data_dir) as tmp:
        manifest = _manifest(tar)
        sqlite = manifest["database"] == "sqlite"
        if sqlite != config.url.startswith("sqlite"):
            raise BackupError(f"this backup holds a {manifest['database']} database; restore it into one of those")
        member = tar.getmember("database.sqlite" if sqlite else "database.dump")
        dump = Path(tmp) / member.name
        with tar.extractfile(member) as src, dump.open("wb") as dst:  # type: ignore[union-attr]
            shutil.copyfileobj(src, dst)
        for m in tar:
            if m.name.startswith("blobs/") and m.isfile():
                _restore_blob(tar, m, config.blob_dir)
        if sqlite:
            path = _sqlite_path(config.url)
            path.parent.mkdir(parents=True, exist_ok=True)
            for extra in (path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
                extra.unlink(missing_ok=True)
            shutil.copyfile(dump, path)
        else:
            run = subprocess.run(
                [_tool("pg_restore"), "--no-owner", "--exit-on-error", "-d", _libpq(config.url), str(dump)],
                capture_output=True, text=True,
            )  # fmt: skip
            if run.returncode:
                raise BackupError(f"pg_restore failed: {run.stderr.strip()}")
    db = Database(config.url)
    try:
        db.migrate()  # a backup from an older server
        epoch = identity.redraw(db, f"restored from the backup of {manifest.get('created_at')}")
        with db.read() as s:
            from .changes import counter

            identity.note(config.data_dir, epoch, counter(s))  # the side file follows the new epoch
    finally:
        db.dispose()
    return manifest


def _manifest(tar: tarfile.TarFile) -> dict[str, object]:
    try:
        f = tar.extractfile(MANIFEST)
        data = json.loads(f.read()) if f else None
    except (KeyError, ValueError):
        data = None
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise BackupError("the backup has no manifest this version can read")
    return data


def _restore_blob(tar: tarfile.TarFile, member: tarfile.TarInfo, root: Path) -> None:
    sha = member.name[len("blobs/") :].replace("/", "")
    if len(sha) != 64 or any(c not in "0123456789abcdef" for c in sha):
        raise BackupError(f"the backup holds a file that is no blob: {member.name}")
    target = root / sha[:2] / sha[2:]
    target.parent.mkdir(parents=True, exist_ok=True)
    digest = hashlib.sha256()
    tmp = target.with_name(".incoming-" + sha[2:])
    with tar.extractfile(member) as src, tmp.open("wb") as dst:  # type: ignore[union-attr]
        while chunk := src.read(1 << 20):
            digest.update(chunk)
            dst.write(chunk)
        dst.flush()
        os.fsync(dst.fileno())
    if digest.hexdigest() != sha:
        tmp.unlink()
        raise BackupError(f"blob {sha} is damaged in the backup")
    os.replace(tmp, target)


@dataclass
class CheckReport:
    named: int = 0  # blobs the records name
    missing: list[str] = field(default_factory=list)  # named, not stored
    corrupt: list[str] = field(default_factory=list)  # stored, but the bytes hash to something else
    orphans: list[str] = field(default_factory=list)  # stored, named by no record

    @property
    def ok(self) -> bool:
        return not (self.missing or self.corrupt)


def named_blobs(db: Database) -> dict[str, str]:
    """Every blob a record names (a photo, its annotated copy, a signed report): sha256 -> the record."""
    out: dict[str, str] = {}
    with db.read() as s:
        query = select(Record.kind, Record.id, Record.blob, Record.data).where(
            or_(Record.blob.is_not(None), Record.kind == "photo")
        )
        for kind, rid, blob, data in s.execute(query):
            for sha in (blob, (data or {}).get("annotated_sha256")):
                if isinstance(sha, str) and sha:
                    out.setdefault(sha, f"{kind} {rid}")
    return out


def check(config: ServerConfig) -> CheckReport:
    db = Database(config.url)
    try:
        named = named_blobs(db)
    finally:
        db.dispose()
    report = CheckReport(named=len(named))
    store = blob_store(config)
    stored = dict(store.stored())
    for sha in sorted(named):
        if sha not in stored:
            report.missing.append(sha)
            continue
        digest = hashlib.sha256()
        with contextlib.closing(store.open(sha)) as fh:
            while chunk := fh.read(1 << 20):
                digest.update(chunk)
        if digest.hexdigest() != sha:
            report.corrupt.append(sha)
    report.orphans = sorted(set(stored) - set(named))
    return report
