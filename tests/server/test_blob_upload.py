"""PUT /blobs checks the caller while the bytes arrive: a refusal still wins, and nothing reaches the disk."""

from __future__ import annotations

import hashlib
import os

from server.harness import Firm

BIG = 5 << 20  # several of the server's batches, and more than it holds while the caller is checked


def _leftovers(firm: Firm) -> list[str]:
    return [p.name for p in firm.server.config.blob_dir.glob(".incoming-*")]


def test_a_large_photo_is_stored_byte_for_byte(firm: Firm) -> None:
    live = firm.server
    data = os.urandom(BIG)
    sha = hashlib.sha256(data).hexdigest()
    with live.http(live.token("alice")) as c:
        bad = bytearray(data)
        bad[len(bad) // 2] ^= 1
        r = c.put(f"/blobs/{sha}", content=bytes(bad))
        assert r.status_code == 422 and "do not hash" in r.json()["detail"]
        assert not (live.config.blob_dir / sha[:2] / sha[2:]).exists()

        def chunks():  # type: ignore[no-untyped-def]
            for i in range(0, len(data), 100_000):  # no Content-Length, many small chunks
                yield data[i : i + 100_000]

        assert c.put(f"/blobs/{sha}", content=chunks()).json() == {"sha256": sha, "stored": True}
        assert c.put(f"/blobs/{sha}", content=data).json() == {"sha256": sha, "stored": False}
        # Stored already, but a hash alone proves nothing: the bytes must be sent, and checked (blob_access.py).
        assert c.put(f"/blobs/{sha}", content=b"").status_code == 422
    assert (live.config.blob_dir / sha[:2] / sha[2:]).read_bytes() == data
    assert not _leftovers(firm)


def test_an_empty_photo(firm: Firm) -> None:
    live = firm.server
    sha = hashlib.sha256(b"").hexdigest()
    with live.http(live.token("alice")) as c:
        assert c.put(f"/blobs/{sha}", content=b"").json() == {"sha256": sha, "stored": True}
    assert (live.config.blob_dir / sha[:2] / sha[2:]).read_bytes() == b""


def test_a_refused_caller_stores_nothing_and_learns_nothing(firm: Firm) -> None:
    live = firm.server
    known = os.urandom(1000)
    known_sha = hashlib.sha256(known).hexdigest()
    with live.http(live.token("alice")) as c:
        assert c.put(f"/blobs/{known_sha}", content=known).json()["stored"] is True
    data = os.urandom(BIG)
    sha = hashlib.sha256(data).hexdigest()
    for token, code in ((None, 401), ("not-a-token", 401)):
        with live.http(token) as c:
            assert c.put(f"/blobs/{sha}", content=data).status_code == code, token
            assert c.put(f"/blobs/{known_sha}", content=known).status_code == code, token  # not "stored already"
            assert c.put("/blobs/not-a-hash", content=b"x").status_code == code, token
            assert c.put(f"/blobs/{sha}", content=data + b"more").status_code == code, token
    assert not (live.config.blob_dir / sha[:2] / sha[2:]).exists()
    assert not _leftovers(firm)
