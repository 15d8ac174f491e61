"""Photo originals kept byte for byte, content-addressed by SHA-256.

``root/ab/cdef…`` holds the bytes whose hash is ``abcdef…``. A blob is written
to a temporary file in the same folder while it is hashed, fsynced, then
renamed into place: a half-written blob is never visible, and the same bytes
twice are stored once. Derived files (thumbnails, report-size copies) live in
``root/cache/`` and can always be made again.
"""

from __future__ import annotations

import hashlib
import os
import re
import tempfile
from pathlib import Path
from typing import BinaryIO

CHUNK = 1 << 20
_HEX = re.compile(r"^[0-9a-f]{64}$")


class BlobStore:
    def __init__(self, root: Path) -> None:
        self.root = root

    def path(self, sha256: str) -> Path:
        if not _HEX.match(sha256):
            raise ValueError(f"not a SHA-256 hex digest: {sha256!r}")
        return self.root / sha256[:2] / sha256[2:]

    def has(self, sha256: str) -> bool:
        return self.path(sha256).is_file()

    def open(self, sha256: str) -> BinaryIO:
        return self.path(sha256).open("rb")

    def put_stream(self, stream: BinaryIO) -> tuple[str, int, bool]:
        """Store what ``stream`` holds; returns (sha256, size, already_present)."""
        self.root.mkdir(parents=True, exist_ok=True)
        digest = hashlib.sha256()
        size = 0
        fd, tmp_name = tempfile.mkstemp(prefix=".incoming-", dir=self.root)
        tmp = Path(tmp_name)
        try:
            with os.fdopen(fd, "wb") as out:
                while chunk := stream.read(CHUNK):
                    digest.update(chunk)
                    out.write(chunk)
                    size += len(chunk)
                out.flush()
                os.fsync(out.fileno())
            sha = digest.hexdigest()
            target = self.path(sha)
            if target.exists():
                tmp.unlink()
                return sha, size, True
            target.parent.mkdir(parents=True, exist_ok=True)
            os.replace(tmp, target)
            _fsync_dir(target.parent)
            return sha, size, False
        except BaseException:
            tmp.unlink(missing_ok=True)
            raise

    def put_file(self, path: Path) -> tuple[str, int, bool]:
        with path.open("rb") as fh:
            return self.put_stream(fh)

    def put_bytes(self, data: bytes) -> tuple[str, int, bool]:
        import io

        return self.put_stream(io.BytesIO(data))

    def delete(self, sha256: str) -> None:
        """Remove a blob no record uses any more (the caller decides that)."""
        self.path(sha256).unlink(missing_ok=True)

    def cache_path(self, sha256: str, variant: str) -> Path:
        """Where a derived file of a blob lives, e.g. ``variant="thumb.jpg"``."""
        self.path(sha256)  # validates the hash
        return self.root / "cache" / sha256[:2] / f"{sha256[2:]}.{variant}"


def _fsync_dir(folder: Path) -> None:
    """Make the rename itself durable (POSIX); a no-op where directories cannot be opened."""
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
