"""Importing photos: check each file, read its EXIF, keep the original, make the derived copies.

Pure functions, no Qt: the app runs them off the UI thread (one file or a
batch per task). A bad file raises ``PhotoRefused`` with a one-line reason;
the batch functions turn that into a result for that file and go on.

Each file is decoded (draft mode for JPEGs) while a second descriptor of the
same file (checked to be the same inode) is copied into the blob store and
hashed on another thread; the copy is published only when the decode
succeeded, so nothing reaches the store unless it decoded completely.
"""

from __future__ import annotations

import datetime as dt
import errno
import logging
import os
import threading
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import BinaryIO

from mystery_shop.domain.messages import join, msg
from mystery_shop.store.blobs import BlobStore, Staged, Stored

from . import exif as ex
from .decode import Decoded, decode, sniff
from .derived import REPORT_SIZE, write_missing
from .derived import copy_path as derived
from .errors import PhotoRefused
from .files import expand_paths

# What callers import from here; the package's __init__ has the whole API.
__all__ = [
    "ImportResult",
    "ImportedPhoto",
    "PhotoRefused",
    "Status",
    "derived",
    "expand_paths",
    "import_photo",
    "import_photos",
    "iter_import",
]

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class ImportedPhoto:
    sha256: str
    filename: str  # the original file's name, without its folder
    size: int  # bytes
    format: str  # JPEG, PNG, WebP, TIFF or GIF
    width: int  # of the full picture, after EXIF orientation
    height: int
    taken_at: dt.datetime | None  # aware when the camera wrote an offset; naive is the camera's clock
    latitude: float | None
    longitude: float | None
    duplicate: bool  # the same bytes were in the store already: stored once
    thumbnail_path: Path  # upright, at most THUMB_SIZE px long (cache: may be remade by thumbnail())
    report_path: Path  # upright JPEG, at most REPORT_SIZE px long (report_copy())


class Status(StrEnum):
    ADDED = "added"
    DUPLICATE = "duplicate"
    REFUSED = "refused"


@dataclass(frozen=True, slots=True)
class ImportResult:
    path: Path
    photo: ImportedPhoto | None  # None when refused
    reason: str = ""  # why it was refused, one line for a person

    @property
    def status(self) -> Status:
        if self.photo is None:
            return Status.REFUSED
        return Status.DUPLICATE if self.photo.duplicate else Status.ADDED

    @property
    def message(self) -> str:
        """One line naming the file, e.g. "IMG_1.heic: HEIC is not supported: export it as JPEG"."""
        if self.photo is None:
            return join((f"{self.path.name}:", self.reason))
        if self.photo.duplicate:
            return msg("{file}: already in the photo store (stored once)", file=self.path.name)
        return msg("{file}: added", file=self.path.name)


def import_photo(path: Path, blobs: BlobStore) -> ImportedPhoto:
    """Check ``path``, keep the original in ``blobs`` and make its copies; PhotoRefused says why not."""
    path = Path(path)
    with _open(path, first=True) as fh:
        decoded, stored = _decode_and_store(path, fh, blobs)
    try:
        report, thumb = write_missing(blobs, stored.sha256, decoded)
    except OSError as e:
        # The original is stored; the copies are made again when next asked for.
        raise PhotoRefused(msg("the copies could not be saved ({error})", error=e.strerror or e)) from None
    where = ex.gps(decoded.exif)
    return ImportedPhoto(
        sha256=stored.sha256,
        filename=path.name,
        size=stored.size,
        format=decoded.format,
        width=decoded.width,
        height=decoded.height,
        taken_at=ex.capture_time(decoded.exif),
        latitude=where[0] if where else None,
        longitude=where[1] if where else None,
        duplicate=stored.already_present,
        thumbnail_path=thumb,
        report_path=report,
    )


def _open(path: Path, *, first: bool = False) -> BinaryIO:
    try:
        return path.open("rb")
    except FileNotFoundError:
        if first:  # never there (a typo, a stale list): not "gone", which says it vanished meanwhile
            raise PhotoRefused(msg("no such file")) from None
        raise PhotoRefused(msg("the file is gone (moved or deleted during the import)")) from None
    except IsADirectoryError:
        raise PhotoRefused(msg("this is a folder, not a file")) from None
    except OSError as e:
        raise PhotoRefused(msg("the file cannot be read ({error})", error=e.strerror or e)) from None


def _decode_and_store(path: Path, fh: BinaryIO, blobs: BlobStore) -> tuple[Decoded, Stored]:
    """Decode from ``fh`` while a second descriptor of the same file is copied into the store.

    The copy (read, hash, write, fsync) overlaps the decode on another core; it is published
    only if the decode succeeded, so a refused file never reaches the store.
    """
    seen = os.fstat(fh.fileno())
    sniff(fh.read(16))
    fh.seek(0)
    copy = _Background(lambda: _stage(path, seen, blobs))
    try:
        decoded = decode(fh, REPORT_SIZE)
    except BaseException:
        copy.discard()
        raise
    with copy.result() as staged:
        try:
            stored = staged.commit()
        except OSError as e:
            raise _store_refusal(e) from None
    return decoded, stored


def _stage(path: Path, seen: os.stat_result, blobs: BlobStore) -> Staged:
    with _open(path) as fh:
        now = os.fstat(fh.fileno())
        if (now.st_dev, now.st_ino) != (seen.st_dev, seen.st_ino):
            raise PhotoRefused(msg("the file was replaced during the import: try again"))
        try:
            staged = blobs.stage(fh)
        except OSError as e:
            raise _store_refusal(e) from None
        after = os.fstat(fh.fileno())
    if (staged.size, after.st_size, after.st_mtime_ns) != (seen.st_size, seen.st_size, seen.st_mtime_ns):
        staged.discard()
        raise PhotoRefused(msg("the file changed during the import: try again once it is complete"))
    return staged


def _store_refusal(e: OSError) -> PhotoRefused:
    if e.errno in (errno.ENOSPC, errno.EDQUOT, errno.EROFS, errno.EACCES):
        return PhotoRefused(msg("the photo store cannot take it ({error})", error=e.strerror))
    return PhotoRefused(msg("the file could not be read to the end ({error})", error=e.strerror or e))


class _Background:
    """Run one function on its own thread (hashing, file I/O and fsync release the GIL); joined by result()."""

    def __init__(self, fn: Callable[[], Staged]) -> None:
        self._value: Staged | None = None
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, args=(fn,), name="photo-store-copy", daemon=True)
        self._thread.start()

    def _run(self, fn: Callable[[], Staged]) -> None:
        try:
            self._value = fn()
        except BaseException as e:  # handed to the caller's thread by result()
            self._error = e

    def result(self) -> Staged:
        self._thread.join()
        if self._error is not None:
            raise self._error
        assert self._value is not None
        return self._value

    def discard(self) -> None:
        self._thread.join()
        if self._value is not None:
            self._value.discard()


def iter_import(paths: Iterable[Path], blobs: BlobStore) -> Iterator[ImportResult]:
    """Import files one by one, yielding each result as it is known (for progress and cancelling)."""
    for path in paths:
        path = Path(path)
        try:
            photo = import_photo(path, blobs)
        except PhotoRefused as e:
            log.info("refused %s: %s", path, e)
            yield ImportResult(path, None, e.reason)
        except Exception as e:  # a bug, not the file's fault: keep the trace, refuse this one, go on
            log.exception("importing %s failed", path)
            yield ImportResult(
                path, None, msg("could not be imported (internal error: {error})", error=type(e).__name__)
            )
        else:
            yield ImportResult(path, photo)


def import_photos(paths: Iterable[Path], blobs: BlobStore) -> list[ImportResult]:
    """Import a batch: one result per path, in order; a refused file never stops the others."""
    return list(iter_import(paths, blobs))
