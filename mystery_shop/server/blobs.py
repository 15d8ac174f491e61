"""Photo bytes on the server, content-addressed: ``root/ab/cdef…`` holds the bytes hashing to ``abcdef…``.

An upload streams to a temporary file while it is hashed and counted; a body
over the limit stops at the limit (413), a hash that differs from the name is
refused (422), and only bytes that check out are fsynced and linked into place.
A half-sent photo is never visible, and the same photo twice is stored once.
The layout is the app's (``store/blobs.py``), so a server's folder can be read
by the same code.
"""

from __future__ import annotations

import asyncio
import contextlib
import ctypes
import errno
import hashlib
import os
import re
import shutil
import tempfile
import time
from collections.abc import AsyncIterator, Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from typing import Any, BinaryIO

from starlette.responses import FileResponse, Response

from .errors import ApiError

TEMP_PREFIX = ".incoming-"
_HEX = re.compile(r"^[0-9a-f]{64}$")
FLUSH_AT = 512 << 10  # bytes handed to the worker at a time
HOLD_AT = 1 << 20  # bytes held in memory at most while the caller is being checked


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

    async def receive(
        self,
        sha256: str,
        chunks: AsyncIterator[bytes],
        length: int | None,
        allowed: asyncio.Future[Any] | None = None,
    ) -> bool:
        """Store an upload; False when these bytes were there already.

        The event loop only receives. A worker thread hashes each batch while
        the next one arrives (one job in flight per upload, so the bytes stay in
        order) and writes it, asking the kernel to start the writeback at once
        so the closing fsync has little left to wait for. ``allowed``, the
        caller's authorisation running meanwhile, must succeed before anything
        touches the disk: until it does, the batches are hashed and held in
        memory (at most ``HOLD_AT`` bytes, then receiving waits for it).
        """
        target = self.path(sha256)
        if length is not None and length > self.max_bytes:
            raise ApiError(413, f"a photo may be at most {self.max_bytes} bytes")
        if await self._present(sha256, target):
            # stored already: the bytes must still be these (holding them is what an upload proves)
            await self._same_bytes(sha256, chunks)
            return False
        self.check_space(length or 0)
        upload = Upload(self.root)
        job: Future[Any] | None = None
        try:
            size = 0
            batch: list[bytes] = []
            batched = 0
            held: list[bytes] = []  # hashed, not yet written: waiting for ``allowed``
            held_bytes = 0
            async for chunk in chunks:
                size += len(chunk)
                if size > self.max_bytes:
                    raise ApiError(413, f"a photo may be at most {self.max_bytes} bytes")
                batch.append(chunk)
                batched += len(chunk)
                if batched < FLUSH_AT:
                    continue
                if job is not None:
                    await asyncio.wrap_future(job)  # usually done already: hashing outruns the network
                held += batch
                held_bytes += batched
                if allowed is not None and not allowed.done() and held_bytes >= HOLD_AT:
                    await asyncio.wait([allowed])
                if allowed is None or allowed.done():
                    if allowed is not None:
                        allowed.result()  # a refusal stops the upload here
                    job = _WORKER.submit(upload.take, batch, held)
                    held, held_bytes = [], 0
                else:
                    job = _WORKER.submit(upload.take, batch, None)
                batch, batched = [], 0
            if job is not None:
                await asyncio.wrap_future(job)
            if allowed is not None:
                await allowed
            job = _WORKER.submit(upload.take, batch, held + batch)
            await asyncio.wrap_future(job)
            if upload.digest.hexdigest() != sha256:
                raise ApiError(422, f"the bytes received ({size}) do not hash to {sha256}: cut or corrupted")
            job = _WORKER.submit(self._store, upload, sha256)
            return bool(await asyncio.wrap_future(job))
        except OSError as e:
            if e.errno == errno.ENOSPC:
                raise ApiError(507, "the server's disk is full; the photo was not stored") from None
            raise
        finally:
            # a job may still be running (the client went away, an error): the temporary file goes once it is done
            if job is None:
                upload.discard()
            else:
                job.add_done_callback(lambda _job: upload.discard())

    async def _same_bytes(self, sha256: str, chunks: AsyncIterator[bytes]) -> None:
        digest, size = hashlib.sha256(), 0
        async for chunk in chunks:
            size += len(chunk)
            if size > self.max_bytes:
                raise ApiError(413, f"a photo may be at most {self.max_bytes} bytes")
            digest.update(chunk)
        if digest.hexdigest() != sha256:
            raise ApiError(422, f"the bytes received ({size}) do not hash to {sha256}: cut or corrupted")

    def remove(self, sha256: str) -> None:
        self.path(sha256).unlink(missing_ok=True)

    def size(self, sha256: str) -> int:
        return self.path(sha256).stat().st_size

    # ------------------------------------------------------------ what another store (s3blobs.py) replaces

    async def _present(self, sha256: str, target: Path) -> bool:
        return target.is_file()

    def _store(self, upload: Upload, sha256: str) -> bool:
        """Make a checked upload visible (in a worker thread); False when the bytes were there already."""
        return upload.publish(self.path(sha256))

    def response(self, sha256: str) -> tuple[Response, int]:
        """The bytes as a streamed reply, and their size; 404 when not stored."""
        path = self.path(sha256)
        try:
            size = path.stat().st_size
        except FileNotFoundError:
            raise ApiError(404, f"no photo {sha256}") from None
        return FileResponse(path, media_type="application/octet-stream"), size

    def stored(self) -> Iterator[tuple[str, int]]:
        """Every blob held: (sha256, size)."""
        if not self.root.is_dir():
            return
        for sub in sorted(self.root.iterdir()):
            if sub.is_dir() and len(sub.name) == 2:
                for f in sorted(sub.iterdir()):
                    if f.is_file() and len(f.name) == 62:
                        yield sub.name + f.name, f.stat().st_size

    def open(self, sha256: str) -> BinaryIO:
        return self.path(sha256).open("rb")

    def probe(self) -> None:
        """Raise OSError unless a new blob could be stored now (the health check)."""
        self.root.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryFile(dir=self.root, prefix=".health-"):
            pass

    def remove_stale_temp(self, older_than_s: float = 3600) -> None:
        """Temporary files left by a crash (younger ones may be another worker's upload in progress)."""
        cutoff = time.time() - older_than_s
        for temp in self.root.glob(TEMP_PREFIX + "*"):
            with contextlib.suppress(OSError):
                if temp.stat().st_mtime < cutoff:
                    temp.unlink()


# Hashing, writing and fsyncing run here, off the event loop (hashlib and file
# writes let go of the GIL); an upload has at most one job here at a time.
_WORKER = ThreadPoolExecutor(max_workers=16, thread_name_prefix="blob-worker")


class Upload:
    """One upload's running hash and temporary file, used by one worker job at a time."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.digest = hashlib.sha256()
        self.fd = -1
        self.temp: Path | None = None
        self.written = 0

    def take(self, to_hash: list[bytes], to_write: list[bytes] | None) -> None:
        """Hash a batch; write what may be written now (``None``: nothing yet, the caller is not checked)."""
        for chunk in to_hash:
            self.digest.update(chunk)  # hashlib lets go of the GIL for large buffers
        if to_write is None:
            return
        if self.fd < 0:
            fd, name = tempfile.mkstemp(prefix=TEMP_PREFIX, dir=self.root)
            self.fd, self.temp = fd, Path(name)
        views = [memoryview(c) for c in to_write if c]
        count = sum(len(v) for v in views)
        while views:  # one system call for the lot; a short write resumes where it stopped (a full disk raises)
            n = os.writev(self.fd, views)
            while views and n >= len(views[0]):
                n -= len(views[0])
                views.pop(0)
            if views and n:
                views[0] = views[0][n:]
        if count:  # (a count of 0 would mean "to the end of the file")
            _start_writeback(self.fd, self.written, count)
        self.written += count

    def publish(self, target: Path) -> bool:
        """fsync the bytes, link them into place (never over a present file), fsync the folder."""
        assert self.temp is not None
        os.fsync(self.fd)
        return _publish(self.temp, target)

    def discard(self) -> None:
        if self.fd >= 0:
            os.close(self.fd)
            self.fd = -1
        if self.temp is not None:
            self.temp.unlink(missing_ok=True)


def _writeback_starter() -> Callable[[int, int, int], None]:
    """``sync_file_range(WRITE)`` where Linux has it: writeback starts now, the fsync stays the guarantee."""
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        call = libc.sync_file_range
    except (OSError, AttributeError, TypeError):  # not Linux
        return lambda _fd, _offset, _count: None
    call.argtypes = [ctypes.c_int, ctypes.c_int64, ctypes.c_int64, ctypes.c_uint]
    call.restype = ctypes.c_int

    def start(fd: int, offset: int, count: int) -> None:
        call(fd, offset, count, 2)  # SYNC_FILE_RANGE_WRITE; a failure only leaves the work to the fsync

    return start


_start_writeback = _writeback_starter()


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
