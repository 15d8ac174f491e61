"""Photos and reports in S3-compatible object storage (issue 27), against moto's S3 server on loopback.

The same contract as the folder: streamed, hash checked before an object is
visible, a half-sent upload never visible, the same photo stored once, size
limits, downloads streamed; and ``server blobs migrate`` moves a folder's
blobs, resumable and verified. A real sync of a visit with a photo runs through
it end to end.
"""

from __future__ import annotations

import hashlib
import os
import socket
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from server.harness import Firm, Laptop, LiveServer, today

from mystery_shop.cli import main
from mystery_shop.server.config import ServerConfig
from mystery_shop.server.s3blobs import client, parse_url
from mystery_shop.services.photos import add_files
from support.images import SIGNATURE, upright


@pytest.fixture
def s3_url(monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """moto's S3 server in this process, on a loopback port; the AWS_* variables point boto3 at it."""
    pytest.importorskip("moto")
    from moto.server import ThreadedMotoServer

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=port, verbose=False)
    server.start()
    for key, value in {"AWS_ENDPOINT_URL": f"http://127.0.0.1:{port}", "AWS_ACCESS_KEY_ID": "test",
                       "AWS_SECRET_ACCESS_KEY": "test", "AWS_DEFAULT_REGION": "us-east-1"}.items():  # fmt: skip
        monkeypatch.setenv(key, value)
    bucket = f"photos-{uuid.uuid4().hex[:12]}"  # moto keeps its buckets for the whole process
    client().create_bucket(Bucket=bucket)
    yield f"s3://{bucket}/firm-a"
    server.stop()


def _objects(url: str) -> dict[str, bytes]:
    s3 = client()
    bucket, prefix = parse_url(url)
    out = {}
    for obj in s3.list_objects_v2(Bucket=bucket, Prefix=prefix).get("Contents", []):
        out[obj["Key"]] = s3.get_object(Bucket=bucket, Key=obj["Key"])["Body"].read()
    return out


@pytest.fixture
def s3_firm(db_url: str, tmp_path: Path, s3_url: str) -> Iterator[Firm]:
    server = LiveServer(ServerConfig(tmp_path / "server-data", db_url, max_blob_bytes=1 << 20, blobs_url=s3_url))
    server.start()
    yield Firm(server).setup()
    server.stop()
    server.db.dispose()


def test_uploads_are_checked_before_they_are_visible_stored_once_and_streamed_back(s3_firm: Firm, s3_url: str) -> None:
    live = s3_firm.server
    data = os.urandom(700_000)
    sha = hashlib.sha256(data).hexdigest()
    key = f"firm-a/{sha[:2]}/{sha[2:]}"
    with live.http(live.token("alice")) as c:
        bad = bytearray(data)
        bad[1000] ^= 1
        assert c.put(f"/blobs/{sha}", content=bytes(bad)).status_code == 422
        too_big = os.urandom((1 << 20) + 1)
        assert c.put(f"/blobs/{hashlib.sha256(too_big).hexdigest()}", content=too_big).status_code == 413
        assert _objects(s3_url) == {}, "a refused upload reached the bucket"
        assert c.post("/blobs/missing", json={"sha256": [sha]}).json() == {"missing": [sha]}

        def chunks():  # type: ignore[no-untyped-def]
            for i in range(0, len(data), 64_000):
                yield data[i : i + 64_000]

        assert c.put(f"/blobs/{sha}", content=chunks()).json() == {"sha256": sha, "stored": True}
        assert c.put(f"/blobs/{sha}", content=data).json() == {"sha256": sha, "stored": False}  # once
        assert c.post("/blobs/missing", json={"sha256": [sha]}).json() == {"missing": []}
    assert _objects(s3_url) == {key: data}
    # Half a body, then the connection closes: nothing becomes visible.
    half = os.urandom(300_000)
    half_sha = hashlib.sha256(half).hexdigest()
    with socket.create_connection(("127.0.0.1", live.port)) as raw:
        head = (f"PUT /api/v1/blobs/{half_sha} HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer "
                f"{live.token('alice')}\r\nContent-Length: {len(half)}\r\n\r\n")  # fmt: skip
        raw.sendall(head.encode() + half[:150_000])
    assert set(_objects(s3_url)) == {key}
    assert not list((live.config.data_dir / "spool").glob("??/*")), "a blob was kept in the spool"
    # Streamed uploads (a length over STREAM_FROM) go as a multipart upload: every refused or cut one is aborted.
    bucket, _ = parse_url(s3_url)
    deadline = time.monotonic() + 20
    while client().list_multipart_uploads(Bucket=bucket).get("Uploads"):
        assert time.monotonic() < deadline, "a refused or cut upload was left in the store"
        time.sleep(0.1)
    # Small ones (and an empty one) are spooled and PUT once.
    with live.http(live.token("alice")) as c:
        for small in (b"", os.urandom(1000)):
            small_sha = hashlib.sha256(small).hexdigest()
            assert c.put(f"/blobs/{small_sha}", content=small).json() == {"sha256": small_sha, "stored": True}
            assert _objects(s3_url)[f"firm-a/{small_sha[:2]}/{small_sha[2:]}"] == small
    with live.http() as c:
        assert c.get("/health").status_code == 200


def test_a_visit_with_photos_syncs_through_object_storage(s3_firm: Firm, laptop, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    alice = Laptop(tmp_path / "alice", s3_firm.server, "alice")
    sue = Laptop(tmp_path / "sue", s3_firm.server, "sue")
    try:
        alice.sync()
        visit = alice.ws.create_visit("shop", s3_firm.location_id, today())
        ed = alice.ws.open_visit(visit)
        for q, v in (("greeted", "yes"), ("wait", 5), ("mood", 4)):
            ed.set_answer(q, v)
        picture = tmp_path / "door.jpg"
        upright(640, 480).save(picture, quality=90)
        assert add_files(ed, "greeting", [picture])[0].status == "added"
        ed.sign(SIGNATURE, "Alice")
        ed.submit()
        assert alice.sync().exit_code == 0
        report = sue.sync()
        assert report.exit_code == 0 and report.blobs_down == 1, report.error
        sha = hashlib.sha256(picture.read_bytes()).hexdigest()
        assert sue.ws.blobs.has(sha)
    finally:
        alice.close()
        sue.close()


def test_blobs_migrate_from_the_folder_is_resumable_and_checked(
    live: LiveServer, s3_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    firm = Firm(live).setup()
    blobs = {}
    with live.http(live.token("alice")) as c:
        for n in range(3):
            data = os.urandom(20_000 + n)
            sha = hashlib.sha256(data).hexdigest()
            c.put(f"/blobs/{sha}", content=data).raise_for_status()
            blobs[sha] = data
    assert firm.location_id
    store = ["server", "--data", str(live.config.data_dir), "--db", live.config.url]
    first = next(iter(blobs))
    bucket = parse_url(s3_url)[0]
    client().put_object(Bucket=bucket, Key=f"firm-a/{first[:2]}/{first[2:]}", Body=blobs[first])  # a cut run's
    assert main([*store, "blobs", "migrate", "--to", s3_url]) == 0
    assert "2 blobs copied" in capsys.readouterr().out
    assert main([*store, "blobs", "migrate", "--to", s3_url]) == 0
    assert f"0 blobs copied to {s3_url}, 3 there already" in capsys.readouterr().out
    assert {k.rsplit("/", 2)[-2] + k.rsplit("/", 1)[-1]: v for k, v in _objects(s3_url).items()} == blobs
    assert main([*store, "--blobs", s3_url, "check"]) == 0
