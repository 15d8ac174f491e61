"""What a photo's EXIF says: orientation, capture time, GPS position.

Cameras write odd things (bytes for text, zero denominators, NUL padding);
anything that does not parse reads as "not there", never as an error.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from typing import Any

from PIL import Image

ORIENTATION = 0x0112
DATETIME = 0x0132
EXIF_IFD = 0x8769
GPS_IFD = 0x8825
DATETIME_ORIGINAL = 0x9003
OFFSET_TIME = 0x9010  # the offset of DateTime
OFFSET_TIME_ORIGINAL = 0x9011  # the offset of DateTimeOriginal
GPS_LAT_REF, GPS_LAT, GPS_LON_REF, GPS_LON = 1, 2, 3, 4

# EXIF orientation -> the transpose that makes the stored pixels upright
UPRIGHT = {
    2: Image.Transpose.FLIP_LEFT_RIGHT,
    3: Image.Transpose.ROTATE_180,
    4: Image.Transpose.FLIP_TOP_BOTTOM,
    5: Image.Transpose.TRANSPOSE,
    6: Image.Transpose.ROTATE_270,
    7: Image.Transpose.TRANSVERSE,
    8: Image.Transpose.ROTATE_90,
}

_OFFSET = re.compile(r"^([+-])(\d{2}):?(\d{2})$")


def orientation(exif: Image.Exif) -> int:
    """1..8; 1 (as stored) when missing or nonsense."""
    value = exif.get(ORIENTATION, 1)
    return value if isinstance(value, int) and 1 <= value <= 8 else 1


def swaps_sides(turn: int) -> bool:
    """Orientations 5-8 turn the picture a quarter: width and height trade places."""
    return turn >= 5


def capture_time(exif: Image.Exif) -> dt.datetime | None:
    """DateTimeOriginal (aware when OffsetTimeOriginal is there), else DateTime (with OffsetTime), else None.

    A time without an offset is naive: the camera's clock, local to wherever it was set.
    """
    sub = exif.get_ifd(EXIF_IFD)
    when = _datetime(sub.get(DATETIME_ORIGINAL))
    offset = sub.get(OFFSET_TIME_ORIGINAL)
    if when is None:
        when = _datetime(exif.get(DATETIME))
        offset = sub.get(OFFSET_TIME)
    if when is None:
        return None
    tz = _offset(offset)
    return when.replace(tzinfo=tz) if tz is not None else when


def gps(exif: Image.Exif) -> tuple[float, float] | None:
    """(latitude, longitude) in decimal degrees, south and west negative; None when missing or invalid."""
    g = exif.get_ifd(GPS_IFD)
    if GPS_LAT not in g or GPS_LON not in g:
        return None
    try:
        lat = _degrees(g[GPS_LAT]) * (-1 if _text(g.get(GPS_LAT_REF)).upper().startswith("S") else 1)
        lon = _degrees(g[GPS_LON]) * (-1 if _text(g.get(GPS_LON_REF)).upper().startswith("W") else 1)
    except (TypeError, ValueError, ZeroDivisionError):
        return None
    if not (math.isfinite(lat) and math.isfinite(lon) and -90 <= lat <= 90 and -180 <= lon <= 180):
        return None
    return lat, lon


def _text(value: Any) -> str:
    if isinstance(value, bytes):
        value = value.decode("ascii", "replace")
    return value.strip("\x00 ") if isinstance(value, str) else ""


def _datetime(value: Any) -> dt.datetime | None:
    try:
        return dt.datetime.strptime(_text(value)[:19], "%Y:%m:%d %H:%M:%S")
    except ValueError:  # empty, "0000:00:00 00:00:00", or a format nobody agreed on
        return None


def _offset(value: Any) -> dt.timezone | None:
    m = _OFFSET.match(_text(value))
    if m is None:
        return None
    delta = dt.timedelta(hours=int(m[2]), minutes=int(m[3]))
    if delta >= dt.timedelta(hours=24):
        return None
    return dt.timezone(-delta if m[1] == "-" else delta)


def _degrees(parts: Any) -> float:
    """Degrees, minutes, seconds as rationals; some writers give fewer parts."""
    values = [float(x) for x in (parts if isinstance(parts, tuple | list) else (parts,))]
    if not 1 <= len(values) <= 3:
        raise ValueError("GPS coordinate with no parts")
    return float(sum(v / 60**i for i, v in enumerate(values)))
