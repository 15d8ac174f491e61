"""What a photo's EXIF says: orientation, capture time, GPS position."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PIL import Image

ORIENTATION = 0x0112
DATETIME = 0x0132
EXIF_IFD = 0x8769
GPS_IFD = 0x8825
DATETIME_ORIGINAL = 0x9003
OFFSET_TIME_ORIGINAL = 0x9011
OFFSET_TIME = 0x9010
GPS_LAT_REF, GPS_LAT, GPS_LON_REF, GPS_LON = 1, 2, 3, 4


def orientation(exif: Image.Exif) -> int:
    value = exif.get(ORIENTATION, 1)
    return value if isinstance(value, int) and 1 <= value <= 8 else 1


def capture_time(exif: Image.Exif) -> dt.datetime | None:
    """DateTimeOriginal with its offset where present (aware), else naive; DateTime as a fallback."""
    sub = exif.get_ifd(EXIF_IFD)
    raw = sub.get(DATETIME_ORIGINAL) or exif.get(DATETIME)
    if not isinstance(raw, str):
        return None
    try:
        when = dt.datetime.strptime(raw.strip("\x00 "), "%Y:%m:%d %H:%M:%S")
    except ValueError:
        return None
    offset = sub.get(OFFSET_TIME_ORIGINAL) or sub.get(OFFSET_TIME)
    if isinstance(offset, str):
        tz = _offset(offset.strip("\x00 "))
        if tz is not None:
            return when.replace(tzinfo=tz)
    return when


def _offset(text: str) -> dt.timezone | None:
    try:
        sign = -1 if text.startswith("-") else 1
        hours, minutes = text.lstrip("+-").split(":")
        return dt.timezone(sign * dt.timedelta(hours=int(hours), minutes=int(minutes)))
    except ValueError:
        return None


def gps(exif: Image.Exif) -> tuple[float, float] | None:
    """Decimal degrees (south and west negative), or None."""
    g = exif.get_ifd(GPS_IFD)
    try:
        lat = _degrees(g[GPS_LAT]) * (-1 if str(g.get(GPS_LAT_REF, "N")).upper().startswith("S") else 1)
        lon = _degrees(g[GPS_LON]) * (-1 if str(g.get(GPS_LON_REF, "E")).upper().startswith("W") else 1)
    except (KeyError, TypeError, ValueError, ZeroDivisionError):
        return None
    if not (-90 <= lat <= 90 and -180 <= lon <= 180):
        return None
    return lat, lon


def _degrees(parts: Any) -> float:
    d, m, s = (float(x) for x in parts)
    return d + m / 60 + s / 3600
