"""The content-addressed blob store: byte for byte, stored once, never half-written."""

from __future__ import annotations

import hashlib
import io
import os
import threading
import time
from pathlib import Path

import pytest

from mystery_shop.store import blobs as blobs_module
from mystery_shop.store.blobs import BlobStore


@pytest.fixture
def store(tmp_path: Path) -> BlobStore:
    return BlobStore(tmp_path / "blobs")


def visible_files(root: Path) -> list[Path]:
    return sorted(p for p in root.rglob("*") if p.is_file())


def test_put_file_keeps_the_bytes_under_their_hash(tmp_path, store) -> None:
    data = os.urandom(3 * blobs_module.CHUNK + 17)  # several chunks, and a ragged end
    src = tmp_path / "photo.jpg"
    src.write_bytes(data)
    sha, size, present = store.put_file(src)
    assert sha == hashlib.sha256(data).hexdigest()
    assert (size, present) == (len(data), False)
    assert store.path(sha) == store.root / sha[:2] / sha[2:]
    assert store.path(sha).read_bytes() == data
    with store.open(sha) as fh:
        assert fh.read() == data
    assert store.has(sha)
    # the same bytes again, from a file or from memory: stored once
    assert store.put_file(src) == (sha, len(data), True)
    assert store.put_bytes(data) == (sha, len(data), True)
    assert visible_files(store.root) == [store.path(sha)]


def test_a_failure_midway_leaves_nothing_visible(store, monkeypatch) -> None:
    data = os.urandom(3 * blobs_module.CHUNK)
    sha = hashlib.sha256(data).hexdigest()

    class DiesMidway(io.BytesIO):
        def read(self, n: int = -1) -> bytes:
            if self.tell() >= blobs_module.CHUNK:
                raise OSError(5, "Input/output error")
            return super().read(n)

    with pytest.raises(OSError, match="Input/output"):
        store.put_stream(DiesMidway(data))
    assert not store.has(sha)
    assert visible_files(store.root) == []  # no blob, and no temporary file either

    # a crash at the fsync (the power going) is the same: nothing under the hash
    def power_cut(fd: int) -> None:
        raise OSError(5, "power cut")

    monkeypatch.setattr(blobs_module.os, "fsync", power_cut)
    with pytest.raises(OSError, match="power cut"):
        store.put_bytes(data)
    assert not store.has(sha)
    assert visible_files(store.root) == []


def test_staged_bytes_are_invisible_until_committed(store) -> None:
    staged = store.stage(io.BytesIO(b"half a photo"))
    sha = hashlib.sha256(b"half a photo").hexdigest()
    assert staged.sha256 == sha
    assert not store.has(sha)  # a process killed here leaves only a temporary file...
    [temp] = visible_files(store.root)
    assert temp.name.startswith(blobs_module.TEMP_PREFIX)
    old = time.time() - 7200
    os.utime(temp, (old, old))
    assert store.remove_stale_temp() == 1  # ...which the next start removes
    assert visible_files(store.root) == []
    with store.stage(io.BytesIO(b"whole photo")) as ok:
        stored = ok.commit()
    assert stored.already_present is False
    assert visible_files(store.root) == [store.path(stored.sha256)]
    with store.stage(io.BytesIO(b"refused photo")) as refused:
        pass  # not committed: thrown away
    assert not store.has(refused.sha256)
    assert visible_files(store.root) == [store.path(stored.sha256)]


def test_two_writers_of_the_same_bytes_store_it_once(store) -> None:
    data = os.urandom(200_000)
    results = []
    start = threading.Barrier(8)

    def put() -> None:
        start.wait()
        results.append(store.put_bytes(data))

    threads = [threading.Thread(target=put) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(r.already_present for r in results) == [False] + [True] * 7
    assert len(visible_files(store.root)) == 1


def test_delete_and_the_derived_cache(store) -> None:
    sha = store.put_bytes(b"original").sha256
    thumb = store.write_cache(sha, "thumb.jpg", b"small")
    report = store.write_cache(sha, "report.jpg", b"big")
    assert thumb == store.cache_path(sha, "thumb.jpg") == store.root / "cache" / sha[:2] / f"{sha[2:]}.thumb.jpg"
    assert thumb.read_bytes() == b"small"
    assert store.cache_files(sha) == [report, thumb]
    store.write_cache(sha, "thumb.jpg", b"smaller")  # replaced whole
    assert thumb.read_bytes() == b"smaller"
    assert store.delete(sha) is True
    assert not store.has(sha)
    assert store.cache_files(sha) == []
    assert store.delete(sha) is False
    assert [p for p in store.root.rglob("*") if p.is_file()] == []


@pytest.mark.parametrize("bad", ["../../etc/passwd", "A" * 64, "a" * 63, "", "g" * 64])
def test_only_hashes_name_blobs(store, bad) -> None:
    with pytest.raises(ValueError, match="SHA-256"):
        store.path(bad)
    with pytest.raises(ValueError, match="SHA-256"):
        store.cache_path(bad, "thumb.jpg")


def test_variant_names_cannot_leave_the_cache(store) -> None:
    with pytest.raises(ValueError, match="variant"):
        store.cache_path("a" * 64, "../x")
