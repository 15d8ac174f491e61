"""Real image files for tests, with EXIF written by Pillow."""

from __future__ import annotations

from fractions import Fraction
from pathlib import Path

from PIL import Image

from mystery_shop.photos import exif as ex

# EXIF orientation -> how to store an upright picture so that a viewer applying the tag shows it upright
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
    """White, with a red block in the top-left corner: orientation is visible in any copy."""
    im = Image.new("RGB", (width, height), "white")
    im.paste((220, 0, 0), (0, 0, width // 4, height // 4))
    return im


def _dms(value: float) -> tuple[Fraction, Fraction, Fraction]:
    value = abs(value)
    d = int(value)
    m = int((value - d) * 60)
    s = round(((value - d) * 60 - m) * 60 * 1000)
    return (Fraction(d), Fraction(m), Fraction(s, 1000))


def write_jpeg(
    path: Path,
    im: Image.Image | None = None,
    *,
    orientation: int = 1,
    taken: str | None = None,
    offset: str | None = None,
    gps: tuple[float, float] | None = None,
    quality: int = 90,
) -> Path:
    im = im or upright()
    if STORE_AS[orientation] is not None:
        im = im.transpose(STORE_AS[orientation])
    exif = Image.Exif()
    exif[ex.ORIENTATION] = orientation
    if taken:
        sub = exif.get_ifd(ex.EXIF_IFD)
        sub[ex.DATETIME_ORIGINAL] = taken
        if offset:
            sub[ex.OFFSET_TIME_ORIGINAL] = offset
    if gps:
        g = exif.get_ifd(ex.GPS_IFD)
        g[ex.GPS_LAT_REF] = "N" if gps[0] >= 0 else "S"
        g[ex.GPS_LAT] = _dms(gps[0])
        g[ex.GPS_LON_REF] = "E" if gps[1] >= 0 else "W"
        g[ex.GPS_LON] = _dms(gps[1])
    im.save(path, "JPEG", quality=quality, exif=exif)
    return path
