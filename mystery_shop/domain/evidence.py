"""Evidence checks on a visit's photos: each flag says why in words.

Shown in the visit screen, carried to the review and printed in the report.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Collection
from dataclasses import dataclass
from enum import StrEnum

EARTH_RADIUS_M = 6_371_008.8


class FlagCode(StrEnum):
    NO_TIME = "no_capture_time"
    OTHER_DAY = "other_day"
    FAR_FROM_START = "far_from_start"
    FAR_AWAY = "far_from_location"
    REUSED = "used_in_another_visit"


@dataclass(frozen=True, slots=True)
class EvidenceRules:
    max_hours_from_start: float = 3.0
    max_distance_m: float = 500.0


@dataclass(frozen=True, slots=True)
class Flag:
    code: FlagCode
    reason: str


@dataclass(frozen=True, slots=True)
class PhotoFacts:
    sha256: str
    taken_at: dt.datetime | None  # aware, or naive local camera time
    latitude: float | None
    longitude: float | None


@dataclass(frozen=True, slots=True)
class VisitFacts:
    day: dt.date  # the visit's date, local to where it happened
    started_at: dt.datetime | None  # aware
    latitude: float | None  # the location's coordinates
    longitude: float | None
    tz: dt.tzinfo | None = None  # the visit's local zone, for photos with an aware time


def distance_m(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in metres (haversine)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_RADIUS_M * math.asin(math.sqrt(a))


def describe_distance(metres: float) -> str:
    return f"{metres:.0f} m" if metres < 1000 else f"{metres / 1000:.1f} km"


def check_photo(
    photo: PhotoFacts,
    visit: VisitFacts,
    other_visits_with_hash: Collection[str] = (),
    rules: EvidenceRules = EvidenceRules(),
) -> list[Flag]:
    """Every evidence flag of one photo, in a fixed order."""
    flags: list[Flag] = []
    t = photo.taken_at
    if t is None:
        flags.append(Flag(FlagCode.NO_TIME, "no capture time in the photo"))
    else:
        local = t.astimezone(visit.tz) if (t.tzinfo and visit.tz) else t
        if local.date() != visit.day:
            flags.append(
                Flag(
                    FlagCode.OTHER_DAY,
                    f"taken on {local.date().isoformat()}, not on the visit's day ({visit.day.isoformat()})",
                )
            )
        if visit.started_at is not None and t.tzinfo is not None:
            hours = abs((t - visit.started_at).total_seconds()) / 3600
            if hours > rules.max_hours_from_start:
                flags.append(
                    Flag(
                        FlagCode.FAR_FROM_START,
                        f"taken {hours:.1f} h from the visit's start (more than {rules.max_hours_from_start:g} h)",
                    )
                )
    if None not in (photo.latitude, photo.longitude, visit.latitude, visit.longitude):
        d = distance_m(photo.latitude, photo.longitude, visit.latitude, visit.longitude)  # type: ignore[arg-type]
        if d > rules.max_distance_m:
            flags.append(Flag(FlagCode.FAR_AWAY, f"taken {describe_distance(d)} from the location"))
    if other_visits_with_hash:
        n = len(other_visits_with_hash)
        flags.append(Flag(FlagCode.REUSED, f"the same photo is used in {n} other visit{'s' if n != 1 else ''}"))
    return flags
