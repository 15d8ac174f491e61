"""The derived copies of a photo: a thumbnail and a report-size copy, upright, made once per hash.

They live in the blob store's cache (``BlobStore.cache_path(sha, variant)``)
and can always be made again from the original: ``thumbnail()`` and
``report_copy()`` return the cached file and remake it when it is missing.
"""

from __future__ import annotations

import io
import logging
import os
import threading
from pathlib import Path

from PIL import Image

from mystery_shop.store.blobs import BlobStore

from . import exif as ex
from .decode import Decoded, decode

log = logging.getLogger(__name__)

REPORT = "report.jpg"
THUMB = "thumb.jpg"
REPORT_SIZE = 1600  # long side of the copy used in reports and sync previews
THUMB_SIZE = 256
QUALITY = {REPORT: 85, THUMB: 80}
LONG_SIDE = {REPORT: REPORT_SIZE, THUMB: THUMB_SIZE}
# Draft mode leaves a JPEG 1-2x the report size: for those small ratios Hamming is sharper than bilinear
# at the same cost (a third less than bicubic). Bigger ratios (thumbnails) reduce() by an integer
# factor first, then bicubic over the few pixels left.
RESAMPLE = Image.Resampling.HAMMING
RESAMPLE_AFTER_REDUCE = Image.Resampling.BICUBIC
REDUCING_GAP = 2.0
SPLIT_PIXELS = 1_000_000  # resize images above this in parallel bands
_BANDS = min(4, os.cpu_count() or 1)


def cached(blobs: BlobStore, sha256: str, variant: str) -> Path | None:
    """The cached copy, or None; an empty file (a power cut before it reached the disk) counts as missing."""
    path = blobs.cache_path(sha256, variant)
    try:
        return path if path.stat().st_size > 0 else None
    except FileNotFoundError:
        return None


def write_missing(blobs: BlobStore, sha256: str, decoded: Decoded) -> tuple[Path, Path]:
    """Make whichever of the report copy and the thumbnail is not cached yet; return both paths."""
    report = cached(blobs, sha256, REPORT)
    thumb = cached(blobs, sha256, THUMB)
    if report is None or thumb is None:
        upright = fit_upright(decoded, REPORT_SIZE if report is None else THUMB_SIZE)
        if report is None:
            report = blobs.write_cache(sha256, REPORT, _jpeg(upright, QUALITY[REPORT]))
        if thumb is None:
            thumb = blobs.write_cache(sha256, THUMB, _jpeg(_fit(upright, THUMB_SIZE), QUALITY[THUMB]))
    return report, thumb


def fit_upright(decoded: Decoded, long_side: int) -> Image.Image:
    """The picture at most ``long_side`` px long, turned as its EXIF orientation says."""
    im = _fit(decoded.image, long_side)
    # Turning after the downscale moves a quarter of the pixels of a turn before it.
    method = ex.UPRIGHT.get(decoded.orientation)
    return im.transpose(method) if method is not None else im


def thumbnail(blobs: BlobStore, sha256: str) -> Path:
    """The thumbnail of a stored photo, made from the original if it is not cached."""
    return copy_path(blobs, sha256, THUMB)


def report_copy(blobs: BlobStore, sha256: str) -> Path:
    """The report-size copy of a stored photo, made from the original if it is not cached."""
    return copy_path(blobs, sha256, REPORT)


def copy_path(blobs: BlobStore, sha256: str, variant: str) -> Path:
    """The cached ``variant`` (THUMB or REPORT) of a stored photo, made from the original when missing.

    FileNotFoundError when the original is not in the store (e.g. synced metadata whose bytes are on the way).
    """
    path = cached(blobs, sha256, variant)
    if path is not None:
        return path
    log.info("making %s of %s again", variant, sha256[:12])
    with blobs.open(sha256) as fh:
        # Decode only as large as this variant needs: a missing thumbnail costs a 1/8-scale decode.
        decoded = decode(fh, LONG_SIDE[variant])
    upright = fit_upright(decoded, LONG_SIDE[variant])
    return blobs.write_cache(sha256, variant, _jpeg(upright, QUALITY[variant]))


def _fit(im: Image.Image, long_side: int) -> Image.Image:
    w, h = im.size
    if max(w, h) <= long_side:
        return im
    k = long_side / max(w, h)
    size = (max(1, round(w * k)), max(1, round(h * k)))
    if 1 / k >= 2 * REDUCING_GAP:
        return im.resize(size, RESAMPLE_AFTER_REDUCE, reducing_gap=REDUCING_GAP)
    if w * h < SPLIT_PIXELS or _BANDS < 2:
        return im.resize(size, RESAMPLE)
    return _resize_in_bands(im, size)


def _resize_in_bands(im: Image.Image, size: tuple[int, int]) -> Image.Image:
    """``im.resize(size)`` cut into horizontal bands resized on parallel threads (Pillow releases the GIL).

    Each band is resized from a ``box`` of the whole source: the filter still reads the rows beyond
    the box, so the bands meet without a seam (the result differs from one resize by rounding only).
    """
    width, height = size
    cuts = [round(i * height / _BANDS) for i in range(_BANDS + 1)]
    scale = im.height / height
    bands: list[Image.Image | None] = [None] * _BANDS

    def work(i: int) -> None:
        top, bottom = cuts[i], cuts[i + 1]
        bands[i] = im.resize((width, bottom - top), RESAMPLE, box=(0, top * scale, im.width, bottom * scale))

    threads = [threading.Thread(target=work, args=(i,), name="photo-resize") for i in range(1, _BANDS)]
    for t in threads:
        t.start()
    work(0)
    for t in threads:
        t.join()
    out = Image.new(im.mode, size)
    for top, band in zip(cuts, bands, strict=False):
        if band is None:  # a worker failed (out of memory): do it the plain way
            return im.resize(size, RESAMPLE)
        out.paste(band, (0, top))
    return out


def _jpeg(im: Image.Image, quality: int) -> bytes:
    out = io.BytesIO()
    im.save(out, "JPEG", quality=quality)
    return out.getvalue()
