"""Which blob store the server runs on: the local folder (``blobs``) or S3-compatible storage (``s3blobs``).

Apart from both, since the S3 store builds on the folder's (``s3blobs`` imports ``blobs``).
"""

from __future__ import annotations

from .blobs import ServerBlobs
from .config import ServerConfig


def blob_store(config: ServerConfig) -> ServerBlobs:
    """The folder under ``--data``, or S3-compatible object storage with ``--blobs s3://BUCKET/PREFIX``."""
    if config.blobs_url:
        from .s3blobs import S3Blobs  # boto3 is loaded only by a server that stores its blobs there

        return S3Blobs(config.blobs_url, config.data_dir / "spool", max_bytes=config.max_blob_bytes,
                       min_free=config.min_free_bytes)  # fmt: skip
    return ServerBlobs(config.blob_dir, max_bytes=config.max_blob_bytes, min_free=config.min_free_bytes)
