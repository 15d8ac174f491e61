"""Generated photos for demo visits: a drawn shop scene with EXIF capture time and GPS.

A few are deliberately off (another day, far from the store) so the evidence
flags have something to show.
"""

from __future__ import annotations

import datetime as dt
import random
from fractions import Fraction
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

from mystery_shop.photos import exif as ex
from mystery_shop.resources import resource

PALETTES = [((236, 230, 218), (120, 90, 60)), ((222, 232, 240), (40, 70, 110)), ((240, 226, 226), (140, 40, 50))]


def scene(rng: random.Random, label: str, size: tuple[int, int] = (1600, 1200)) -> Image.Image:
    """Shelves, a counter and a sign: recognisably a shop, different every time."""
    wall, accent = rng.choice(PALETTES)
    im = Image.new("RGB", size, wall)
    d = ImageDraw.Draw(im)
    w, h = size
    d.rectangle((0, int(h * 0.72), w, h), fill=(150, 140, 130))  # floor
    for i in range(rng.randint(3, 5)):  # shelves with goods
        x0 = int(w * (0.05 + i * 0.19))
        d.rectangle((x0, int(h * 0.2), x0 + int(w * 0.15), int(h * 0.7)), fill=(200, 190, 175), outline=accent, width=6)
        for shelf in range(4):
            y = int(h * (0.28 + shelf * 0.11))
            for k in range(5):
                colour = tuple(rng.randint(40, 230) for _ in range(3))
                d.rectangle((x0 + 10 + k * 34, y - 40, x0 + 38 + k * 34, y), fill=colour)
            d.line((x0, y, x0 + int(w * 0.15), y), fill=accent, width=5)
    sign = (int(w * 0.2), int(h * 0.04), int(w * 0.8), int(h * 0.14))
    d.rectangle(sign, fill=accent)
    # The shipped Unicode font (a store in Łódź keeps its accents), shrunk until the label fits the sign.
    size = max(24, h // 22)
    font = ImageFont.truetype(str(resource("fonts", "DejaVuSans-Bold.ttf")), size)
    while size > 12 and d.textlength(label, font=font) > (sign[2] - sign[0]) * 0.94:
        size -= 2
        font = font.font_variant(size=size)
    d.text(((sign[0] + sign[2]) // 2, (sign[1] + sign[3]) // 2), label, fill=(255, 255, 255), font=font, anchor="mm")
    return im


def _dms(value: float) -> tuple[Fraction, Fraction, Fraction]:
    value = abs(value)
    d = int(value)
    m = int((value - d) * 60)
    return Fraction(d), Fraction(m), Fraction(round(((value - d) * 60 - m) * 60 * 100), 100)


def demo_photo(
    path: Path, rng: random.Random, label: str, day: dt.date, lat: float | None, lon: float | None, *, off: bool = False
) -> Path:
    when = dt.datetime.combine(day - dt.timedelta(days=2) if off else day, dt.time(10, rng.randint(0, 59)))
    exif = Image.Exif()
    sub = exif.get_ifd(ex.EXIF_IFD)
    sub[ex.DATETIME_ORIGINAL] = when.strftime("%Y:%m:%d %H:%M:%S")
    if lat is not None and lon is not None:
        if off:
            lat += 0.05  # about 5.6 km away
        g = exif.get_ifd(ex.GPS_IFD)
        g[ex.GPS_LAT_REF], g[ex.GPS_LAT] = ("N" if lat >= 0 else "S"), _dms(lat)
        g[ex.GPS_LON_REF], g[ex.GPS_LON] = ("E" if lon >= 0 else "W"), _dms(lon)
    scene(rng, label).save(path, "JPEG", quality=85, exif=exif)
    return path
