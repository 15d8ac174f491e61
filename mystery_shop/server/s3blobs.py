"""Photos and reports in S3-compatible object storage: ``serve --blobs s3://BUCKET/PREFIX`` (issue 27).

The same contract as the folder (blobs.py): an upload streams into a local
spool file while it is hashed and counted, so an oversize or mismatched body
is refused before anything reaches the bucket; only bytes that check out are
PUT, with their SHA-256 as the object's checksum (the store verifies it too),
and an S3 PUT, multipart or not, is visible whole or not at all: a half-sent
photo never is. The key is the hash (``PREFIX/ab/cdef…``), so the same photo
is stored once; downloads stream from the store. The endpoint and credentials
come the usual way (``AWS_ENDPOINT_URL``, ``AWS_ACCESS_KEY_ID``,
``AWS_SECRET_ACCESS_KEY``, ``AWS_DEFAULT_REGION``, profiles, instance roles),
so MinIO, Ceph, Garage, R2 and S3 all work, through boto3.
"""

from __future__ import annotations

import asyncio
import base64
import binascii
from collections.abc import Iterator
from pathlib import Path
from typing import Any, BinaryIO

from starlette.responses import Response, StreamingResponse

from .blobs import ServerBlobs, Upload
from .errors import ApiError

CHUNK = 1 << 16


def parse_url(url: str) -> tuple[str, str]:
    """``s3://bucket/some/prefix`` -> (bucket, "some/prefix/")."""
    if not url.startswith("s3://") or not url[5:].split("/", 1)[0]:
        raise ValueError(f"not an s3://BUCKET/PREFIX address: {url}")
    bucket, _, prefix = url[5:].partition("/")
    prefix = prefix.strip("/")
    return bucket, prefix + "/" if prefix else ""


def client() -> Any:
    import boto3
    from botocore.config import Config

    return boto3.client("s3", config=Config(retries={"max_attempts": 5, "mode": "standard"}))


def _missing(e: Exception) -> bool:
    code = str(getattr(e, "response", {}).get("Error", {}).get("Code", ""))
    return code in ("404", "NoSuchKey", "NotFound")


class S3Blobs(ServerBlobs):
    def __init__(self, url: str, spool: Path, *, max_bytes: int, min_free: int) -> None:
        super().__init__(spool, max_bytes=max_bytes, min_free=min_free)  # temporary files live in the spool
        self.url = url
        self.bucket, self.prefix = parse_url(url)
        self.s3 = client()

    def key(self, sha256: str) -> str:
        self.path(sha256)  # 422 on a malformed hash
        return f"{self.prefix}{sha256[:2]}/{sha256[2:]}"

    def has(self, sha256: str) -> bool:
        try:
            self.s3.head_object(Bucket=self.bucket, Key=self.key(sha256))
            return True
        except Exception as e:
            if _missing(e):
                return False
            raise

    async def _present(self, sha256: str, target: Path) -> bool:
        return await asyncio.to_thread(self.has, sha256)

    def size(self, sha256: str) -> int:
        return int(self.s3.head_object(Bucket=self.bucket, Key=self.key(sha256))["ContentLength"])

    def remove(self, sha256: str) -> None:
        self.s3.delete_object(Bucket=self.bucket, Key=self.key(sha256))

    def _store(self, upload: Upload, sha256: str) -> bool:
        assert upload.temp is not None
        if self.has(sha256):  # another upload of the same bytes got there first
            return False
        put_file(self.s3, self.bucket, self.key(sha256), upload.temp, sha256)
        return True

    def response(self, sha256: str) -> tuple[Response, int]:
        try:
            obj = self.s3.get_object(Bucket=self.bucket, Key=self.key(sha256))
        except Exception as e:
            if _missing(e):
                raise ApiError(404, f"no photo {sha256}") from None
            raise
        body, size = obj["Body"], int(obj["ContentLength"])

        def stream() -> Iterator[bytes]:
            try:
                yield from body.iter_chunks(CHUNK)
            finally:
                body.close()

        headers = {"Content-Length": str(size)}
        return StreamingResponse(stream(), media_type="application/octet-stream", headers=headers), size

    def stored(self) -> Iterator[tuple[str, int]]:
        pages = self.s3.get_paginator("list_objects_v2").paginate(Bucket=self.bucket, Prefix=self.prefix)
        for page in pages:
            for obj in page.get("Contents", []):
                name = obj["Key"][len(self.prefix) :].replace("/", "")
                if len(name) == 64:
                    yield name, int(obj["Size"])

    def open(self, sha256: str) -> BinaryIO:
        return self.s3.get_object(Bucket=self.bucket, Key=self.key(sha256))["Body"]  # type: ignore[no-any-return]

    def probe(self) -> None:
        self.s3.head_bucket(Bucket=self.bucket)
        super().probe()  # the spool takes uploads


def put_file(s3: Any, bucket: str, key: str, path: Path, sha256: str) -> None:
    """One PUT, visible whole or not at all, that the store refuses unless the bytes hash to ``sha256``."""
    checksum = base64.b64encode(binascii.unhexlify(sha256)).decode()
    with path.open("rb") as fh:
        s3.put_object(Bucket=bucket, Key=key, Body=fh, ChecksumSHA256=checksum,
                      ContentType="application/octet-stream")  # fmt: skip


def migrate(source: ServerBlobs, url: str) -> tuple[int, int, list[str]]:
    """Copy a folder's blobs to ``url``: (copied, there already, damaged and left behind).

    Resumable: a blob already in the bucket with its size is skipped, so a cut
    run is started again. Verified: each file is hashed before it goes, the PUT
    carries the hash as its checksum, and the object's size is read back.
    """
    import hashlib

    s3 = client()
    bucket, prefix = parse_url(url)
    copied = present = 0
    damaged: list[str] = []
    for sha, size in source.stored():
        key = f"{prefix}{sha[:2]}/{sha[2:]}"
        try:
            if int(s3.head_object(Bucket=bucket, Key=key)["ContentLength"]) == size:
                present += 1
                continue
        except Exception as e:
            if not _missing(e):
                raise
        digest = hashlib.sha256()
        with source.open(sha) as fh:
            while chunk := fh.read(1 << 20):
                digest.update(chunk)
        if digest.hexdigest() != sha:
            damaged.append(sha)
            continue
        put_file(s3, bucket, key, source.path(sha), sha)
        if int(s3.head_object(Bucket=bucket, Key=key)["ContentLength"]) != size:
            raise OSError(f"blob {sha} arrived in {url} with another size")
        copied += 1
    return copied, present, damaged
