"""Checking and decoding an image file: only what Pillow reads fully, in a format we keep.

A JPEG is decoded in draft mode, scaled by libjpeg to the smallest 1/1, 1/2,
1/4 or 1/8 that still covers the size the caller needs: a 12 MP photo is never
decoded at full size for a 1600 px copy. Draft mode only skips work in the
inverse DCT; every byte of the entropy-coded data is still read, so a file cut
short fails here (``ImageFile.LOAD_TRUNCATED_IMAGES`` stays False).
"""

from __future__ import annotations

import errno
import math
import warnings
from dataclasses import dataclass
from typing import BinaryIO

from PIL import Image, ImageFile, UnidentifiedImageError

from mystery_shop.domain.messages import msg

from . import exif as ex
from .errors import PhotoRefused

# Above any phone or camera (108 MP phones, 102 MP medium format): beyond this a file is treated as a bomb. Pillow
# warns above it and raises above twice it, in Image.open, before anything is decoded.
MAX_PIXELS = 120_000_000
Image.MAX_IMAGE_PIXELS = MAX_PIXELS
# A phone's panorama is at most about 1:10; a 1 x 99,000,000 PNG of a few KB (2.1 GB to decode) is a bomb by shape.
MAX_ASPECT = 30


def too_large(width: int, height: int) -> PhotoRefused | None:
    """The refusal of an image of this size (from its header), or None."""
    if width * height > MAX_PIXELS:
        return PhotoRefused(msg("the image is too large ({w} x {h} px, more than {mp} MP)", w=width, h=height,
                                mp=MAX_PIXELS // 1_000_000))  # fmt: skip
    if max(width, height) > 10_000 and max(width, height) > MAX_ASPECT * max(1, min(width, height)):
        return PhotoRefused(msg("the image is too large for its shape ({w} x {h} px): not a photo", w=width, h=height))
    return None


def image_size(fh: BinaryIO) -> tuple[int, int]:
    """An image's size read from its header, nothing decoded; PhotoRefused when it cannot be read or is too large."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", Image.DecompressionBombWarning)  # refused below, with its size
        try:
            with Image.open(fh) as im:
                size = im.size
        except Image.DecompressionBombError:
            raise PhotoRefused(msg("the image is too large (more than {mp} megapixels)", mp=MAX_PIXELS // 1_000_000)
                               ) from None  # fmt: skip
        except (UnidentifiedImageError, SyntaxError, ValueError, EOFError, OSError):
            raise PhotoRefused(msg("not an image Pillow can read")) from None
    refused = too_large(*size)
    if refused is not None:
        raise refused
    return size


# Pillow's format name -> the name we report. MPO is how Pillow names many camera JPEGs (an
# extra preview image after the first); the first image is an ordinary JPEG.
SUPPORTED = {"JPEG": "JPEG", "MPO": "JPEG", "PNG": "PNG", "WEBP": "WebP", "TIFF": "TIFF", "GIF": "GIF"}
_HEIF_BRANDS = {b"heic", b"heix", b"hevc", b"hevx", b"heim", b"heis", b"hevm", b"hevs", b"mif1", b"msf1"}
_AVIF_BRANDS = {b"avif", b"avis"}


@dataclass(slots=True)
class Decoded:
    image: Image.Image  # RGB, possibly scaled down by draft mode, still as stored (not upright)
    format: str  # one of SUPPORTED's values
    width: int  # the full picture's size after orientation
    height: int
    orientation: int  # EXIF 1..8
    exif: Image.Exif


def sniff(head: bytes) -> None:
    """Refuse by the first bytes what Pillow would misname or we do not keep."""
    if not head:
        raise PhotoRefused(msg("the file is empty"))
    if head[4:8] == b"ftyp":
        brand = head[8:12]
        if brand in _HEIF_BRANDS:
            raise PhotoRefused(
                msg("HEIC is not supported: export it as JPEG (on an iPhone: Settings > Camera > Formats)")
            )
        if brand in _AVIF_BRANDS:
            raise PhotoRefused(msg("AVIF is not supported: export it as JPEG"))


CUT_SHORT = msg("the file is cut short: the image is incomplete (copy it again from the camera or phone)")


def decode(fh: BinaryIO, long_side: int | None) -> Decoded:
    """Open, check and decode the image in ``fh``, at least ``long_side`` px long (None: full size).

    Raises PhotoRefused with a reason for anything that is not a complete, supported,
    sanely sized image; OSError with an errno when the file itself cannot be read.
    """
    try:
        im = Image.open(fh)
    except UnidentifiedImageError:
        raise PhotoRefused(msg("not an image Pillow can read")) from None
    except Image.DecompressionBombError:
        raise PhotoRefused(
            msg("the image is too large (more than {mp} megapixels)", mp=MAX_PIXELS // 1_000_000)
        ) from None
    except (SyntaxError, ValueError, EOFError) as e:
        raise PhotoRefused(msg("the image is damaged ({error})", error=e)) from None
    except OSError as e:
        if e.errno is not None:
            raise  # the file could not be read: the caller says so
        # Pillow says "Truncated File Read" when the headers end early.
        raise (
            PhotoRefused(CUT_SHORT)
            if "runcated" in str(e)
            else PhotoRefused(msg("the image is damaged ({error})", error=e))
        ) from None
    fmt = SUPPORTED.get(im.format or "")
    if fmt is None:
        raise PhotoRefused(
            msg("{format} images are not supported: use JPEG, PNG, WebP, TIFF or GIF", format=im.format)
            if im.format
            else msg("this image format is not supported: use JPEG, PNG, WebP, TIFF or GIF")
        )
    full_w, full_h = im.size
    refused = too_large(full_w, full_h)  # also covers Pillow's warning band, without touching warning filters
    if refused is not None:
        raise refused
    if fmt == "JPEG" and long_side and max(full_w, full_h) > long_side:
        k = long_side / max(full_w, full_h)
        im.draft("RGB", (math.ceil(full_w * k), math.ceil(full_h * k)))
    _load(im)
    exif = im.getexif()  # after load: a PNG may keep its eXIf chunk after the pixels
    turn = ex.orientation(exif)
    width, height = (full_h, full_w) if ex.swaps_sides(turn) else (full_w, full_h)
    return Decoded(_rgb(im), fmt, width, height, turn, exif)


def _load(im: Image.Image) -> None:
    if ImageFile.LOAD_TRUNCATED_IMAGES:  # a global some code sets; a truncated photo must be refused, not padded
        raise RuntimeError("PIL.ImageFile.LOAD_TRUNCATED_IMAGES is set: photos cannot be checked for truncation")
    try:
        im.load()
    except OSError as e:
        if e.errno is not None and e.errno not in (errno.EINVAL,):
            raise  # the file could not be read: the caller says so
        if "truncated" in str(e) or "broken data stream" in str(e):
            raise PhotoRefused(CUT_SHORT) from None
        raise PhotoRefused(msg("the image data is damaged ({error})", error=e)) from None
    except (SyntaxError, ValueError, EOFError, Image.DecompressionBombError) as e:
        raise PhotoRefused(msg("the image data is damaged ({error})", error=e)) from None


def _rgb(im: Image.Image) -> Image.Image:
    """Any mode as RGB: transparency on white, 16-bit scaled rather than clipped."""
    if im.mode == "RGB":
        return im
    if im.mode in ("I;16", "I;16L", "I;16B", "I;16N", "I"):
        im = im.convert("I").point(lambda v: v * (1 / 256)).convert("L")
    if im.mode == "P" and "transparency" in im.info:
        im = im.convert("RGBA")
    if im.mode in ("RGBA", "LA", "PA", "RGBa", "La"):
        im = im.convert("RGBA")
        page = Image.new("RGB", im.size, "white")
        page.paste(im, mask=im.getchannel("A"))
        return page
    return im.convert("RGB")
