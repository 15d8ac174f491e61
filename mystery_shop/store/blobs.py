"""Photo originals kept byte for byte, content-addressed by SHA-256.

``root/ab/cdef…`` holds the bytes whose hash is ``abcdef…``. Bytes are
written to a temporary file in ``root`` while they are hashed, fsynced, then
linked into place: a half-written blob is never visible under its hash, and
the same bytes twice are stored once. Derived files (thumbnails, report-size
copies) live under ``root/cache/`` keyed by hash and variant; they can always
be made again from the original.

Standard library only; safe to use from several threads and processes at once.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import logging
import os
import re
import tempfile
import time
from pathlib import Path
from typing import BinaryIO, NamedTuple

log = logging.getLogger(__name__)

CHUNK = 1 << 20
TEMP_PREFIX = ".incoming-"
_HEX = re.compile(r"^[0-9a-f]{64}$")
_VARIANT = re.compile(r"^[a-z0-9][a-z0-9_.-]*$")


class Stored(NamedTuple):
    sha256: str
    size: int
    already_present: bool  # the same bytes were stored before; nothing was written


class Staged:
    """Bytes hashed and fsynced into a temporary file, not yet visible under their hash.

    ``commit()`` makes them visible; ``discard()`` (or leaving a ``with`` block without committing)
    throws them away. Staging and committing may happen on different threads.
    """

    def __init__(self, store: BlobStore, temp: Path, sha256: str, size: int) -> None:
        self._store = store
        self._temp = temp
        self.sha256 = sha256
        self.size = size
        self.stored: Stored | None = None

    def commit(self) -> Stored:
        if self.stored is None:
            try:
                self.stored = self._store._publish(self._temp, self.sha256, self.size)
            finally:
                self.discard()
        return self.stored

    def discard(self) -> None:
        """Remove the temporary file (after a commit only the published blob remains)."""
        self._temp.unlink(missing_ok=True)

    def __enter__(self) -> Staged:
        return self

    def __exit__(self, *exc: object) -> None:
        self.discard()


class BlobStore:
    def __init__(self, root: Path) -> None:
        self.root = Path(root)

    # ------------------------------------------------------------ reading

    def path(self, sha256: str) -> Path:
        """Where the blob lives (whether or not it is there)."""
        _check_sha(sha256)
        return self.root / sha256[:2] / sha256[2:]

    def has(self, sha256: str) -> bool:
        return self.path(sha256).is_file()

    def open(self, sha256: str) -> BinaryIO:
        """The original bytes; FileNotFoundError when the blob is missing."""
        return self.path(sha256).open("rb")

    # ------------------------------------------------------------ writing

    def put_file(self, path: Path) -> Stored:
        """Store a file's bytes, read once while hashing: (sha256, size, already_present)."""
        with Path(path).open("rb") as fh:
            return self.put_stream(fh)

    def put_bytes(self, data: bytes) -> Stored:
        return self.put_stream(io.BytesIO(data))

    def put_stream(self, stream: BinaryIO) -> Stored:
        with self.stage(stream) as staged:
            return staged.commit()

    def stage(self, stream: BinaryIO) -> Staged:
        """Copy ``stream`` to a fsynced temporary file while hashing it; the caller commits or discards it.

        Lets a caller decide after the copy whether the bytes are worth keeping (the photo pipeline
        stores only what decoded completely) without reading the file twice.
        """
        self.root.mkdir(parents=True, exist_ok=True)
        fd, name = tempfile.mkstemp(prefix=TEMP_PREFIX, dir=self.root)
        temp = Path(name)
        try:
            digest = hashlib.sha256()
            size = 0
            with os.fdopen(fd, "wb") as out:
                while chunk := stream.read(CHUNK):
                    digest.update(chunk)
                    out.write(chunk)
                    size += len(chunk)
                out.flush()
                os.fsync(out.fileno())
        except BaseException:
            temp.unlink(missing_ok=True)
            raise
        return Staged(self, temp, digest.hexdigest(), size)

    def _publish(self, temp: Path, sha256: str, size: int) -> Stored:
        target = self.path(sha256)
        target.parent.mkdir(parents=True, exist_ok=True)
        try:
            # link() fails if the target exists, so of two writers of the same bytes exactly one
            # reports them as new; the temporary file is removed by the caller either way.
            os.link(temp, target)
        except FileExistsError:
            return Stored(sha256, size, True)
        except OSError:  # no hard links on this file system: fall back to a plain atomic rename
            if target.exists():
                return Stored(sha256, size, True)
            os.replace(temp, target)
        _fsync_dir(target.parent)
        return Stored(sha256, size, False)

    def delete(self, sha256: str) -> bool:
        """Remove a blob and its derived files. Only for blobs no record uses: the caller decides."""
        for derived in self.cache_files(sha256):
            derived.unlink(missing_ok=True)
        try:
            self.path(sha256).unlink()
        except FileNotFoundError:
            return False
        return True

    def remove_stale_temp(self, older_than_s: float = 3600) -> int:
        """Temporary files left by a crash; ones younger than ``older_than_s`` may belong to a live import."""
        removed = 0
        cutoff = time.time() - older_than_s
        for temp in self.root.glob(TEMP_PREFIX + "*"):
            with contextlib.suppress(OSError):
                if temp.stat().st_mtime < cutoff:
                    temp.unlink()
                    removed += 1
        if removed:
            log.info("removed %d stale temporary blob files in %s", removed, self.root)
        return removed

    # ------------------------------------------------------------ derived files

    def cache_path(self, sha256: str, variant: str) -> Path:
        """Where a derived file of a blob lives, e.g. ``variant="thumb.jpg"``."""
        _check_sha(sha256)
        if not _VARIANT.match(variant):
            raise ValueError(f"not a variant name: {variant!r}")
        return self.root / "cache" / sha256[:2] / f"{sha256[2:]}.{variant}"

    def cache_files(self, sha256: str) -> list[Path]:
        _check_sha(sha256)
        return sorted((self.root / "cache" / sha256[:2]).glob(f"{sha256[2:]}.*"))

    def write_cache(self, sha256: str, variant: str, data: bytes) -> Path:
        """Write a derived file atomically: readers see the old file, the new one, or none."""
        target = self.cache_path(sha256, variant)
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, name = tempfile.mkstemp(prefix=TEMP_PREFIX, dir=target.parent)
        try:
            with os.fdopen(fd, "wb") as out:
                out.write(data)
            # No fsync: a cache file lost to a power cut is made again (an empty one counts as missing).
            os.replace(name, target)
        except BaseException:
            Path(name).unlink(missing_ok=True)
            raise
        return target


def _check_sha(sha256: str) -> None:
    if not isinstance(sha256, str) or not _HEX.match(sha256):
        raise ValueError(f"not a SHA-256 hex digest: {sha256!r}")


def _fsync_dir(folder: Path) -> None:
    """Make the new directory entry durable (POSIX); a no-op where directories cannot be opened."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
