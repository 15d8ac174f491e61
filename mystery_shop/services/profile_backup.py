"""The whole profile in one file, and back: ``profile backup --out F`` / ``profile restore F``, File → Back up….

A zip holding a consistent copy of the database (SQLite's backup API: unsynced
work, the outbox, the sync bookmarks), the photo originals, the settings and
the screens' layout, with a ``manifest.json`` saying what it is. Left out: the
sync token (never in a copy: a restored profile signs in again, and then sends
what waited, SYNC.md), the logs, the copies taken before migrations and the
photo cache (made again from the originals).

A restore unpacks into a folder beside the profile, checks it (the database
whole and openable by this version, every photo's bytes matching its hash),
and only then puts it in place; a profile already there is kept beside it,
renamed, never overwritten.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
import re
import shutil
import sqlite3
import tempfile
import zipfile
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from mystery_shop import __version__
from mystery_shop.domain.messages import msg
from mystery_shop.store.db import copy_database, current_revision, make_engine, open_database

from .profile import Profile, setup_logging
from .rows import ServiceError

log = logging.getLogger(__name__)

FORMAT = "mystery-shop profile backup"
FORMAT_VERSION = 1
MANIFEST = "manifest.json"
DATABASE = "mystery-shop.db"
# Not part of a backup: the right to sync, the logs, derived and temporary files.
LEFT_OUT_NAMES = {"sync-token.json", "logs"}
LEFT_OUT_DIRS = {("blobs", "cache")}
_HEX = re.compile(r"[0-9a-f]{64}")


@dataclass(frozen=True, slots=True)
class BackupSummary:
    path: Path
    photos: int  # photo originals in it
    waiting: int  # changes not yet sent to a server
    size: int  # bytes


@dataclass(frozen=True, slots=True)
class RestoreSummary:
    profile: Path
    photos: int
    waiting: int
    previous: Path | None  # where the profile that was there went


def _included(rel: PurePosixPath) -> bool:
    parts = rel.parts
    if parts[0] in LEFT_OUT_NAMES or any(parts[:2] == d for d in LEFT_OUT_DIRS):
        return False
    name = parts[-1]
    if len(parts) == 1 and name.startswith(DATABASE.removesuffix(".db")):  # the database, its WAL, the migration copies
        return False
    return not (name.endswith(".tmp") or name.startswith(".incoming-"))


def _is_photo(rel: PurePosixPath) -> bool:
    """A photo original: ``blobs/ab/cdef…``, named by the SHA-256 of its bytes (store.blobs)."""
    return len(rel.parts) == 3 and rel.parts[0] == "blobs" and bool(_HEX.fullmatch(rel.parts[1] + rel.parts[2]))


def _waiting(database: Path) -> int:
    con = sqlite3.connect(database)
    try:
        return int(con.execute("SELECT count(*) FROM outbox").fetchone()[0])
    finally:
        con.close()


def back_up(profile: Profile, out: Path) -> BackupSummary:
    """Write the whole profile to ``out`` (a zip), atomically: a failure leaves no half file."""
    if not profile.exists():
        raise ServiceError(msg("{path} is not a profile: there is nothing to back up.", path=str(profile.root)))
    out = out.expanduser().resolve()
    if out.is_relative_to(profile.root):
        raise ServiceError(msg("Write the backup outside the profile folder {path}.", path=str(profile.root)))
    out.parent.mkdir(parents=True, exist_ok=True)
    photos = 0
    with tempfile.TemporaryDirectory(prefix=".backup-", dir=out.parent) as work:
        snapshot = Path(work) / DATABASE
        copy_database(profile.database, snapshot)
        engine = make_engine(snapshot)
        try:
            schema = current_revision(engine)
        finally:
            engine.dispose()
        snapshot.with_name(DATABASE + "-wal").unlink(missing_ok=True)
        snapshot.with_name(DATABASE + "-shm").unlink(missing_ok=True)
        waiting = _waiting(snapshot)
        tmp = Path(work) / "backup.zip"
        with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED, allowZip64=True) as z:
            manifest = {"format": FORMAT, "format_version": FORMAT_VERSION, "app_version": __version__,
                        "schema": schema, "waiting": waiting}  # fmt: skip
            z.writestr(MANIFEST, json.dumps(manifest, indent=2))
            z.write(snapshot, DATABASE)
            for path in sorted(profile.root.rglob("*")):
                rel = PurePosixPath(path.relative_to(profile.root).as_posix())
                if not path.is_file() or not _included(rel):
                    continue
                is_photo = _is_photo(rel)
                photos += is_photo
                # photos are compressed already: stored as they are, which is faster and no larger
                z.write(path, str(rel), compress_type=zipfile.ZIP_STORED if is_photo else zipfile.ZIP_DEFLATED)
        with open(tmp, "rb") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp, out)
    log.info("backed up %s to %s (%d photos, %d changes waiting)", profile.root, out, photos, waiting)
    return BackupSummary(out, photos, waiting, out.stat().st_size)


def _manifest(z: zipfile.ZipFile, archive: Path) -> dict[str, object]:
    try:
        data = json.loads(z.read(MANIFEST))
    except (KeyError, ValueError):
        data = None
    if not isinstance(data, dict) or data.get("format") != FORMAT or DATABASE not in z.namelist():
        raise ServiceError(msg("{path} is not a mystery-shop profile backup.", path=str(archive)))
    return data


def _unpack(z: zipfile.ZipFile, into: Path, archive: Path) -> int:
    photos = 0
    for info in z.infolist():
        rel = PurePosixPath(info.filename)
        if rel.is_absolute() or ".." in rel.parts or "\\" in info.filename:
            raise ServiceError(msg("{path} is not a mystery-shop profile backup.", path=str(archive)))
        if info.is_dir() or info.filename == MANIFEST:
            continue
        dest = into.joinpath(*rel.parts)
        dest.parent.mkdir(parents=True, exist_ok=True)
        with z.open(info) as src, open(dest, "wb") as fh:
            if _is_photo(rel):
                photos += 1
                digest = hashlib.sha256()
                while chunk := src.read(1 << 20):
                    digest.update(chunk)
                    fh.write(chunk)
                if digest.hexdigest() != rel.parts[-2] + rel.parts[-1]:  # blobs/ab/cdef…: named by their hash
                    raise ServiceError(msg("The photo {name} in {path} is damaged.", name=rel.name, path=str(archive)))
            else:
                shutil.copyfileobj(src, fh)
    return photos


def _check_database(database: Path, archive: Path) -> None:
    con = sqlite3.connect(database)
    try:
        ok = con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    except sqlite3.DatabaseError:
        ok = False
    finally:
        con.close()
    if not ok:
        raise ServiceError(msg("The database in {path} is damaged.", path=str(archive)))
    open_database(database).kw["bind"].dispose()  # migrated to this version (a copy kept), or refused if newer


def _aside(root: Path) -> Path:
    for n in range(1, 1000):
        candidate = root.with_name(f"{root.name}.before-restore" + (f"-{n}" if n > 1 else ""))
        if not candidate.exists():
            return candidate
    raise ServiceError(msg("Too many earlier profiles beside {path}: remove some.", path=str(root)))


def _release_log_files(root: Path) -> bool:
    """Close the log handlers writing into ``root``; whether there were any."""
    top = logging.getLogger()
    mine = [h for h in top.handlers if isinstance(h, logging.FileHandler) and Path(h.baseFilename).is_relative_to(root)]
    for handler in mine:
        top.removeHandler(handler)
        handler.close()
    return bool(mine)


def restore(archive: Path, profile: Profile, *, replace: bool = False) -> RestoreSummary:
    """Put the profile in ``archive`` in place at ``profile``; one already there is kept, renamed, with ``replace``."""
    archive = archive.expanduser().resolve()
    if not archive.is_file():
        raise ServiceError(msg("No file {path}.", path=str(archive)))
    root = profile.root
    if profile.exists() and not replace:
        raise ServiceError(
            msg("{path} already holds a profile: restore into another folder, or replace it (it is kept beside, "
                "renamed).", path=str(root))
        )  # fmt: skip
    root.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{root.name}.restoring-", dir=root.parent))
    try:
        try:
            with zipfile.ZipFile(archive) as z:
                _manifest(z, archive)
                photos = _unpack(z, staging, archive)
        except zipfile.BadZipFile:
            raise ServiceError(msg("{path} is not a mystery-shop profile backup.", path=str(archive))) from None
        _check_database(staging / DATABASE, archive)
        waiting = _waiting(staging / DATABASE)
        previous = None
        logging_here = _release_log_files(root)  # Windows will not rename a folder with a file open in it
        if root.exists() and any(root.iterdir()):
            previous = _aside(root)
            os.replace(root, previous)
        elif root.exists():
            root.rmdir()
        os.replace(staging, root)
        if logging_here:
            setup_logging(Profile(root))
    finally:
        with contextlib.suppress(OSError):
            shutil.rmtree(staging)
    log.info("restored %s from %s (%d photos, %d changes waiting)", root, archive, photos, waiting)
    return RestoreSummary(root, photos, waiting, previous)
