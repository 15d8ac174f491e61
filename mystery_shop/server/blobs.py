"""Photo bytes on the server, content-addressed: ``root/ab/cdef…`` holds the bytes hashing to ``abcdef…``.

An upload streams to a temporary file while it is hashed and counted; a body
over the limit stops at the limit (413), a hash that differs from the name is
refused (422), and only bytes that check out are fsynced and linked into place.
A half-sent photo is never visible, and the same photo twice is stored once.
The layout is the app's (``store/blobs.py``), so a server's folder can be read
by the same code.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import os
import re
import shutil
import tempfile
import time
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any, BinaryIO

from starlette.concurrency import run_in_threadpool

from .errors import ApiError

TEMP_PREFIX = ".incoming-"
_HEX = re.compile(r"^[0-9a-f]{64}$")
FLUSH_AT = 1 << 20


class ServerBlobs:
    def __init__(self, root: Path, *, max_bytes: int, min_free: int) -> None:
        self.root = Path(root)
        self.max_bytes = max_bytes
        self.min_free = min_free

    def path(self, sha256: str) -> Path:
        if not _HEX.match(sha256):
            raise ApiError(422, f"not a SHA-256 hex digest: {sha256[:80]!r}")
        return self.root / sha256[:2] / sha256[2:]

    def has(self, sha256: str) -> bool:
        return self.path(sha256).is_file()

    def check_space(self, incoming: int) -> None:
        self.root.mkdir(parents=True, exist_ok=True)
        if shutil.disk_usage(self.root).free - incoming < self.min_free:
            raise ApiError(507, "the server's disk is full; the photo was not stored")

    async def receive(self, sha256: str, chunks: AsyncIterator[bytes], length: int | None) -> bool:
        """Store an upload; False when these bytes were there already."""
        target = self.path(sha256)
        if length is not None and length > self.max_bytes:
            raise ApiError(413, f"a photo may be at most {self.max_bytes} bytes")
        if target.is_file():
            return False
        self.check_space(length or 0)
        fd, name = tempfile.mkstemp(prefix=TEMP_PREFIX, dir=self.root)
        temp = Path(name)
        try:
            digest = hashlib.sha256()
            size = 0
            buf = bytearray()
            with os.fdopen(fd, "wb", buffering=0) as out:
                async for chunk in chunks:
                    size += len(chunk)
                    if size > self.max_bytes:
                        raise ApiError(413, f"a photo may be at most {self.max_bytes} bytes")
                    buf += chunk
                    if len(buf) >= FLUSH_AT:  # hashed and written off the event loop, a megabyte at a time
                        await run_in_threadpool(_take, digest, out, buf)
                        buf = bytearray()
                if buf:
                    await run_in_threadpool(_take, digest, out, buf)
                if digest.hexdigest() != sha256:
                    raise ApiError(422, f"the bytes received ({size}) do not hash to {sha256}: cut or corrupted")
                await run_in_threadpool(_flush, out)
            return await run_in_threadpool(_publish, temp, target)
        except OSError as e:
            if e.errno == errno.ENOSPC:
                raise ApiError(507, "the server's disk is full; the photo was not stored") from None
            raise
        finally:
            temp.unlink(missing_ok=True)

    def remove_stale_temp(self, older_than_s: float = 3600) -> None:
        """Temporary files left by a crash (younger ones may be another worker's upload in progress)."""
        cutoff = time.time() - older_than_s
        for temp in self.root.glob(TEMP_PREFIX + "*"):
            with contextlib.suppress(OSError):
                if temp.stat().st_mtime < cutoff:
                    temp.unlink()


def _take(digest: Any, out: BinaryIO, data: bytearray) -> None:
    digest.update(data)  # hashlib lets go of the GIL for large buffers
    out.write(data)


def _flush(out: object) -> None:
    out.flush()  # type: ignore[attr-defined]
    os.fsync(out.fileno())  # type: ignore[attr-defined]


def _publish(temp: Path, target: Path) -> bool:
    target.parent.mkdir(parents=True, exist_ok=True)
    try:
        os.link(temp, target)  # fails if present: of two uploads of the same bytes one stores them
    except FileExistsError:
        return False
    except OSError:  # no hard links here: an atomic rename does
        if target.exists():
            return False
        os.replace(temp, target)
    fd = os.open(target.parent, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
    return True
