"""Photos and reports in S3-compatible object storage: ``serve --blobs s3://BUCKET/PREFIX`` (issue 27).

The same contract as the folder (blobs.py). An upload whose length is
announced streams on to the store *while* it arrives (the two transfers
overlap instead of adding up), as the one part of a multipart upload to its
real key: a part is never visible. The server hashes and counts the bytes
itself, and only when they check out does it complete the upload, which
makes the object visible whole at once; otherwise the upload is aborted. So
nothing depends on the store verifying checksums (moto's does not), and a
half-sent photo never is visible. An upload whose completion never came (a
crash) is invisible too; a bucket lifecycle rule "abort incomplete multipart
uploads after a day" frees its space (docs/deploy.md). An upload without a
length (or under STREAM_FROM) spools to a local file first and goes in one PUT
that carries its SHA-256.
The key is the hash (``PREFIX/ab/cdef…``), so the same photo
is stored once; downloads stream from the store. The endpoint and credentials
come the usual way (``AWS_ENDPOINT_URL``, ``AWS_ACCESS_KEY_ID``,
``AWS_SECRET_ACCESS_KEY``, ``AWS_DEFAULT_REGION``, profiles, instance roles),
so MinIO, Ceph, Garage, R2 and S3 all work, through boto3.
"""

from __future__ import annotations

import asyncio
import base64
import binascii
import hashlib
import logging
import queue
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any, BinaryIO

from starlette.responses import Response, StreamingResponse

from .blobs import ServerBlobs, Upload
from .errors import ApiError

CHUNK = 1 << 16
STREAM_FROM = 256 << 10  # smaller uploads are spooled and PUT once: the multipart's extra requests cost more
log = logging.getLogger(__name__)


def parse_url(url: str) -> tuple[str, str]:
    """``s3://bucket/some/prefix`` -> (bucket, "some/prefix/")."""
    if not url.startswith("s3://") or not url[5:].split("/", 1)[0]:
        raise ValueError(f"not an s3://BUCKET/PREFIX address: {url}")
    bucket, _, prefix = url[5:].partition("/")
    prefix = prefix.strip("/")
    return bucket, prefix + "/" if prefix else ""


def client(*, sign_payload: bool = True) -> Any:
    """An S3 client; ``sign_payload=False``: bodies are not read ahead, for the request's signature or for a
    checksum of the client's own, which a body still arriving cannot be (the server hashes what it streams, and a
    PUT of a spooled file carries its SHA-256)."""
    import boto3
    from botocore.config import Config

    config = Config(retries={"max_attempts": 5, "mode": "standard"}, s3={"payload_signing_enabled": sign_payload},
                    request_checksum_calculation="when_supported" if sign_payload else "when_required")  # fmt: skip
    return boto3.client("s3", config=config)


def _missing(e: Exception) -> bool:
    code = str(getattr(e, "response", {}).get("Error", {}).get("Code", ""))
    return code in ("404", "NoSuchKey", "NotFound")


class S3Blobs(ServerBlobs):
    def __init__(self, url: str, spool: Path, *, max_bytes: int, min_free: int) -> None:
        super().__init__(spool, max_bytes=max_bytes, min_free=min_free)  # temporary files live in the spool
        self.url = url
        self.bucket, self.prefix = parse_url(url)
        self.s3 = client(sign_payload=False)  # every PUT carries ChecksumSHA256

    def key(self, sha256: str) -> str:
        self.path(sha256)  # 422 on a malformed hash
        return f"{self.prefix}{sha256[:2]}/{sha256[2:]}"

    def has(self, sha256: str) -> bool:
        return self.has_key(self.key(sha256))

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

    async def receive(
        self, sha256: str, chunks: AsyncIterator[bytes], length: int | None, allowed: asyncio.Future[Any] | None = None
    ) -> bool:
        if length is None or length < STREAM_FROM:  # the store needs the length first; a small one gains nothing
            return await super().receive(sha256, chunks, length, allowed)
        key = self.key(sha256)
        if length > self.max_bytes:
            raise ApiError(413, f"a photo may be at most {self.max_bytes} bytes")
        present = asyncio.ensure_future(self._present(sha256, Path()))  # asked while the caller is checked
        try:
            if allowed is not None:
                await allowed  # nothing reaches the store for a caller who may not upload
        finally:
            await asyncio.gather(present, return_exceptions=True)
        if present.result():
            await self._same_bytes(sha256, chunks)
            return False
        pipe, started = _Pipe(), []  # started: the upload's id, once the store has given one
        # Begun while the first bytes arrive (the pipe holds them meanwhile), then read as they come.
        part = asyncio.ensure_future(asyncio.to_thread(self._stream, key, started, pipe, length))
        digest, size, done = hashlib.sha256(), 0, False
        try:
            async for chunk in chunks:
                size += len(chunk)
                if size > length:
                    raise ApiError(422, f"more bytes than the {length} announced")
                digest.update(chunk)
                pipe.put(chunk)
                if part.done():
                    part.result()  # the store refused or went away: say so now
            if size != length:
                raise ApiError(422, f"the bytes received ({size}) are fewer than the {length} announced: cut")
            pipe.put(None)
            upload_id, etag = await part
            if digest.hexdigest() != sha256:
                raise ApiError(422, f"the bytes received ({size}) do not hash to {sha256}: cut or corrupted")
            await asyncio.to_thread(self._complete, key, upload_id, etag)
            done = True
            return True
        finally:
            if not part.done():
                pipe.abort()
                await asyncio.gather(part, return_exceptions=True)
            if not done and started:
                await asyncio.to_thread(self._abort, key, started[0])

    def _stream(self, key: str, started: list[str], pipe: _Pipe, length: int) -> tuple[str, str]:
        upload_id = self._begin(key)
        started.append(upload_id)
        return upload_id, self._part(key, upload_id, pipe, length)

    def _begin(self, key: str) -> str:
        created = self.s3.create_multipart_upload(Bucket=self.bucket, Key=key, ContentType="application/octet-stream")
        return str(created["UploadId"])

    def _part(self, key: str, upload_id: str, pipe: _Pipe, length: int) -> str:
        answer = self.s3.upload_part(Bucket=self.bucket, Key=key, UploadId=upload_id, PartNumber=1, Body=pipe,
                                     ContentLength=length)  # fmt: skip
        return str(answer["ETag"])

    def _complete(self, key: str, upload_id: str, etag: str) -> None:
        self.s3.complete_multipart_upload(Bucket=self.bucket, Key=key, UploadId=upload_id,
                                          MultipartUpload={"Parts": [{"ETag": etag, "PartNumber": 1}]})  # fmt: skip

    def _abort(self, key: str, upload_id: str) -> None:
        try:
            self.s3.abort_multipart_upload(Bucket=self.bucket, Key=key, UploadId=upload_id)
        except Exception:  # an upload never completed is invisible; a lifecycle rule frees it
            log.warning("could not abort the multipart upload %s of %s", upload_id, key, exc_info=True)

    def has_key(self, key: str) -> bool:
        try:
            self.s3.head_object(Bucket=self.bucket, Key=key)
            return True
        except Exception as e:
            if _missing(e):
                return False
            raise

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


class _Pipe:
    """The request body the store's PUT reads while the upload still arrives (a file for boto3: ``read``)."""

    _ABORT = object()

    def __init__(self) -> None:
        self.q: queue.SimpleQueue[Any] = queue.SimpleQueue()
        self.ended = False

    def put(self, chunk: bytes | None) -> None:
        self.q.put(chunk)

    def abort(self) -> None:
        self.q.put(self._ABORT)

    def read(self, amt: int | None = None) -> bytes:
        """The next piece as it arrived (it may be longer than ``amt``: the HTTP client sends what it gets,
        and cutting pieces to its block size would copy every byte again)."""
        if self.ended:
            return b""
        item = self.q.get()
        if item is self._ABORT:
            raise OSError("the upload was cut: the store's part is abandoned")
        if item is None:
            self.ended = True
            return b""
        return item  # type: ignore[no-any-return]


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
