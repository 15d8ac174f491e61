"""Importing a photo: check it, read its EXIF, keep the original, make the derived copies.

Pure functions, no Qt: the app runs them off the UI thread. A bad file raises
``PhotoRefused`` with a one-line reason; ``import_photos`` turns that into a
result for that file and goes on with the rest of the batch.

JPEGs are decoded in draft mode at the smallest scale that still covers the
report copy: a 12 MP photo is never fully decoded. The draft decode still
reads the whole compressed stream, so a truncated file is caught.
"""

from __future__ import annotations

import datetime as dt
import io
import logging
import os
import warnings
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from PIL import Image, ImageOps, UnidentifiedImageError

from mystery_shop.store.blobs import BlobStore

from . import exif as ex

log = logging.getLogger(__name__)

REPORT_SIZE = 1600  # the report copy's long side is at least this (when the original is)...
REPORT_MAX = 2048  # ...and at most this: a JPEG decoded in draft mode between the two is kept as it is
THUMB_SIZE = 256
MAX_PIXELS = 100_000_000  # beyond this a file is treated as a decompression bomb
SUPPORTED = {"JPEG", "PNG", "WEBP", "TIFF", "GIF", "MPO"}
_HEIF_BRANDS = (b"heic", b"heix", b"hevc", b"heim", b"heis", b"mif1", b"msf1", b"avif")

Image.MAX_IMAGE_PIXELS = MAX_PIXELS


class PhotoRefused(Exception):
    """A file that cannot be used as a photo; the message is one line for a person."""


@dataclass(frozen=True, slots=True)
class ImportedPhoto:
    sha256: str
    filename: str
    size: int
    format: str
    width: int  # after orientation
    height: int
    taken_at: dt.datetime | None
    latitude: float | None
    longitude: float | None
    duplicate: bool  # the bytes were in the store already


@dataclass(frozen=True, slots=True)
class ImportResult:
    path: Path
    photo: ImportedPhoto | None
    reason: str = ""

    @property
    def status(self) -> str:
        if self.photo is None:
            return "refused"
        return "duplicate" if self.photo.duplicate else "added"


def import_photo(path: Path, blobs: BlobStore) -> ImportedPhoto:
    """Check ``path``, store its original and derived copies; PhotoRefused says why not."""
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise PhotoRefused("the file is gone (moved or deleted during the import)") from None
    except IsADirectoryError:
        raise PhotoRefused("is a folder, not a file") from None
    except OSError as e:
        raise PhotoRefused(f"cannot be read ({e.strerror or e})") from None
    if not data:
        raise PhotoRefused("the file is empty")
    if data[4:8] == b"ftyp" and data[8:12] in _HEIF_BRANDS:
        raise PhotoRefused("HEIC/HEIF is not supported: export the photo as JPEG")
    upright, meta = _decode(data)
    sha, size, duplicate = blobs.put_bytes(data)
    _write_derived(blobs, sha, upright)
    return ImportedPhoto(
        sha256=sha,
        filename=path.name,
        size=size,
        format=meta["format"],
        width=meta["width"],
        height=meta["height"],
        taken_at=meta["taken_at"],
        latitude=meta["lat"],
        longitude=meta["lon"],
        duplicate=duplicate,
    )


def _decode(data: bytes) -> tuple[Image.Image, dict]:  # type: ignore[type-arg]
    """Decode enough of the image for the report copy, upright; plus its metadata."""
    with warnings.catch_warnings():
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        try:
            im = Image.open(io.BytesIO(data))
            fmt = im.format or "?"
            if fmt not in SUPPORTED:
                raise PhotoRefused(f"{fmt} images are not supported: use JPEG, PNG, WebP or TIFF")
            exif = im.getexif()
            turns = ex.orientation(exif)
            width, height = im.size if turns < 5 else im.size[::-1]
            if fmt in ("JPEG", "MPO"):
                # Ask for the report copy's own size: draft keeps every side at least that big,
                # so a square request would keep a 4:3 photo at full scale.
                scale = REPORT_SIZE / max(im.size)
                im.draft("RGB", (max(1, int(im.size[0] * scale)), max(1, int(im.size[1] * scale))))
            im.load()
        except PhotoRefused:
            raise
        except (Image.DecompressionBombError, Image.DecompressionBombWarning):
            raise PhotoRefused(f"the image claims more than {MAX_PIXELS // 1_000_000} megapixels") from None
        except UnidentifiedImageError:
            raise PhotoRefused("not an image Pillow can read") from None
        except (OSError, SyntaxError, ValueError) as e:
            reason = "the image is truncated or damaged" if "truncat" in str(e) else f"the image is damaged ({e})"
            raise PhotoRefused(reason) from None
    location = ex.gps(exif)
    meta = {
        "format": fmt,
        "width": width,
        "height": height,
        "taken_at": ex.capture_time(exif),
        "lat": location[0] if location else None,
        "lon": location[1] if location else None,
    }
    if turns != 1:
        im = ImageOps.exif_transpose(im)
    return (im if im.mode == "RGB" else im.convert("RGB")), meta


def _write_derived(blobs: BlobStore, sha: str, upright: Image.Image) -> None:
    """The report copy and the thumbnail, made once per hash."""
    report = blobs.cache_path(sha, "report.jpg")
    thumb = blobs.cache_path(sha, "thumb.jpg")
    if report.exists() and thumb.exists():
        return
    report.parent.mkdir(parents=True, exist_ok=True)
    # thumbnail() works in place; the decoded image is ours to shrink. The draft decode already
    # brought a big JPEG near print size (a 12 MP photo comes out at 2000 px, ~200 dpi across
    # 10 inches), so the report copy is resampled only when it is still larger than REPORT_MAX.
    upright.thumbnail((REPORT_MAX, REPORT_MAX), Image.Resampling.BICUBIC)
    _save(upright, report, quality=85)
    upright.thumbnail((THUMB_SIZE, THUMB_SIZE), Image.Resampling.BICUBIC, reducing_gap=2.0)
    _save(upright, thumb, quality=80)


def _save(im: Image.Image, path: Path, quality: int) -> None:
    tmp = path.with_suffix(".part")
    im.save(tmp, "JPEG", quality=quality)
    os.replace(tmp, path)


def derived(blobs: BlobStore, sha: str, variant: str) -> Path:
    """The path of a derived copy ("report.jpg" or "thumb.jpg"), remade from the original if missing."""
    path = blobs.cache_path(sha, variant)
    if not path.exists():
        upright, _ = _decode(blobs.path(sha).read_bytes())
        _write_derived(blobs, sha, upright)
    return path


def import_photos(paths: Iterable[Path], blobs: BlobStore) -> list[ImportResult]:
    """Import a batch; a refused file never stops the others."""
    results = []
    for path in paths:
        try:
            results.append(ImportResult(path, import_photo(path, blobs)))
        except PhotoRefused as e:
            results.append(ImportResult(path, None, str(e)))
        except Exception as e:  # a bug, not the file's fault: refuse this one, keep going, keep the trace
            log.exception("importing %s failed", path)
            results.append(ImportResult(path, None, f"could not be imported ({type(e).__name__})"))
    return results


IMAGE_SUFFIXES = {".jpg", ".jpeg", ".png", ".webp", ".tif", ".tiff", ".gif", ".heic", ".heif"}


def expand_paths(paths: Iterable[Path]) -> list[Path]:
    """Dropped files as they are; dropped folders as the image files inside them, sorted, no hidden files."""
    out: list[Path] = []
    for p in paths:
        if p.is_dir():
            out += sorted(
                f
                for f in p.rglob("*")
                if f.is_file()
                and f.suffix.lower() in IMAGE_SUFFIXES
                and not any(part.startswith(".") for part in f.relative_to(p).parts)
            )
        else:
            out.append(p)
    return out
