"""Real image files for tests, made with Pillow; EXIF written by tag number (not with our own exif module)."""

from __future__ import annotations

import struct
import zlib
from fractions import Fraction
from pathlib import Path

from PIL import Image

RED = (220, 0, 0)

# EXIF orientation -> how to store an upright picture so that a viewer applying the tag shows it upright
# (the inverse of what the viewer does: 6 means "turn 90 degrees clockwise to view", so store it turned
# 90 degrees counter-clockwise, which is Pillow's ROTATE_90).
STORE_AS = {
    1: None,
    2: Image.Transpose.FLIP_LEFT_RIGHT,
    3: Image.Transpose.ROTATE_180,
    4: Image.Transpose.FLIP_TOP_BOTTOM,
    5: Image.Transpose.TRANSPOSE,
    6: Image.Transpose.ROTATE_90,
    7: Image.Transpose.TRANSVERSE,
    8: Image.Transpose.ROTATE_270,
}


def upright(width: int = 600, height: int = 400) -> Image.Image:
    """White with a red block in the top-left corner: any turn or mirror shows."""
    im = Image.new("RGB", (width, height), "white")
    im.paste(RED, (0, 0, width // 4, height // 4))
    return im


def dms(value: float) -> tuple[Fraction, Fraction, Fraction]:
    value = abs(value)
    d = int(value)
    m = int((value - d) * 60)
    return Fraction(d), Fraction(m), Fraction(round(((value - d) * 60 - m) * 60 * 10_000), 10_000)


def exif_for(
    *,
    orientation: int = 1,
    taken: str | None = None,
    offset: str | None = None,
    datetime: str | None = None,
    datetime_offset: str | None = None,
    gps: tuple[float, float] | None = None,
) -> Image.Exif:
    exif = Image.Exif()
    exif[0x0112] = orientation
    if datetime:
        exif[0x0132] = datetime  # DateTime, in IFD0
    sub = exif.get_ifd(0x8769)  # the Exif IFD
    if taken:
        sub[0x9003] = taken  # DateTimeOriginal
    if offset:
        sub[0x9011] = offset  # OffsetTimeOriginal
    if datetime_offset:
        sub[0x9010] = datetime_offset  # OffsetTime
    if gps:
        g = exif.get_ifd(0x8825)  # the GPS IFD
        g[1] = "N" if gps[0] >= 0 else "S"
        g[2] = dms(gps[0])
        g[3] = "E" if gps[1] >= 0 else "W"
        g[4] = dms(gps[1])
    return exif


def write_jpeg(path: Path, im: Image.Image | None = None, *, orientation: int = 1, quality: int = 90, **exif) -> Path:
    """``im`` (upright) stored as a camera with that orientation would store it."""
    im = im if im is not None else upright()
    turn = STORE_AS[orientation]
    if turn is not None:
        im = im.transpose(turn)
    im.save(path, "JPEG", quality=quality, exif=exif_for(orientation=orientation, **exif))
    return path


def noisy(width: int, height: int) -> Image.Image:
    return Image.effect_noise((width, height), 50).convert("RGB")


def png_claiming(path: Path, width: int, height: int) -> Path:
    """A tiny PNG whose header claims ``width`` x ``height`` 1-bit pixels (a decompression bomb)."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    rows = zlib.compress(b"\x00" * (1 + (width + 7) // 8) * 16)  # a few rows of zeros; the rest is missing
    ihdr = struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0)
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", rows) + chunk(b"IEND", b""))
    return path


def heic_header(path: Path) -> Path:
    """The start of an iPhone HEIC: an ISO-BMFF ftyp box with the heic brand."""
    path.write_bytes(b"\x00\x00\x00\x18ftypheic\x00\x00\x00\x00mif1heic" + b"\x00" * 200)
    return path


def signature_png(width: int = 300, height: int = 100) -> bytes:
    """A signature as the pad makes one: dark strokes on a transparent PNG."""
    import io

    from PIL import ImageDraw

    im = Image.new("RGBA", (width, height), (255, 255, 255, 0))
    ImageDraw.Draw(im).line([(10, 70), (80, 20), (150, 80), (290, 30)], fill=(20, 40, 110, 255), width=4)
    out = io.BytesIO()
    im.save(out, format="PNG")
    return out.getvalue()


SIGNATURE = signature_png()
