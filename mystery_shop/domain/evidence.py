"""Evidence checks on a visit's photos, and the photo count of each touchpoint.

Plain data in, plain data out: each flag carries a stable code (for filters,
sync and reports) and a reason in words for the auditor, the supervisor and
the client's report. Nothing here reads a file or the database.

Times: a photo's capture time is aware when the camera wrote an offset; a
naive one is the camera's clock, taken to be the visit's local time (cameras
are set to the time where they are).
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass
from enum import StrEnum

from .forms import Section
from .messages import msg, msgn

EARTH_RADIUS_M = 6_371_008.8  # the mean radius (IUGG), what haversine distances are usually quoted with


class FlagCode(StrEnum):
    NO_TIME = "no_capture_time"
    OTHER_DAY = "other_day"
    FAR_FROM_START = "far_from_start"
    FAR_AWAY = "far_from_location"
    REUSED = "used_in_another_visit"
    TOO_FEW = "too_few_photos"
    TOO_MANY = "too_many_photos"


@dataclass(frozen=True, slots=True)
class EvidenceRules:
    """The settings; a photo exactly at a limit passes."""

    max_hours_from_start: float = 3.0
    max_distance_m: float = 500.0


@dataclass(frozen=True, slots=True)
class Flag:
    code: FlagCode
    reason: str  # a Message: English as it is, rendered in a report's or the app's language


@dataclass(frozen=True, slots=True)
class PhotoFacts:
    sha256: str
    taken_at: dt.datetime | None  # aware, or naive camera time
    latitude: float | None
    longitude: float | None


@dataclass(frozen=True, slots=True)
class VisitFacts:
    day: dt.date  # the visit's date where it happened
    started_at: dt.datetime | None  # aware (or naive local time)
    latitude: float | None  # the location's coordinates
    longitude: float | None
    tz: dt.tzinfo | None = None  # the visit's zone; None: started_at's zone, else naive times compare as they are


def distance_m(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in metres (haversine, spherical earth: within 0.5 % of the ellipsoid)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_RADIUS_M * math.asin(min(1.0, math.sqrt(a)))


def describe_distance(metres: float) -> str:
    """ "480 m", "2.3 km"; never "1000 m"."""
    if round(metres) < 1000:
        return f"{metres:.0f} m"
    return f"{metres / 1000:.1f} km" if metres < 100_000 else f"{metres / 1000:.0f} km"


def _hours(h: float) -> str:
    return f"{h:.1f} h" if h < 48 else msgn("%n day(s)", round(h / 24))


def check_photo(
    photo: PhotoFacts,
    visit: VisitFacts,
    other_visits_with_hash: Collection[str] = (),
    rules: EvidenceRules = EvidenceRules(),
) -> list[Flag]:
    """Every evidence flag of one photo, in a fixed order (time, place, reuse).

    ``other_visits_with_hash``: the other visits (ids or names) that use a photo with the same SHA-256.
    """
    flags = _time_flags(photo.taken_at, visit, rules)
    far = _distance_flag(photo, visit, rules)
    if far is not None:
        flags.append(far)
    if other_visits_with_hash:
        n = len(other_visits_with_hash)
        flags.append(Flag(FlagCode.REUSED, msgn("the same photo is used in %n other visit(s)", n)))
    return flags


def _time_flags(taken: dt.datetime | None, visit: VisitFacts, rules: EvidenceRules) -> list[Flag]:
    if taken is None:
        return [Flag(FlagCode.NO_TIME, msg("no capture time in the photo"))]
    flags = []
    tz = visit.tz or (visit.started_at.tzinfo if visit.started_at is not None else None)
    local = _in_zone(taken, tz)
    if local.date() != visit.day:
        flags.append(
            Flag(
                FlagCode.OTHER_DAY,
                msg(
                    "taken on {taken}, not on the visit's day ({day})",
                    taken=local.date().isoformat(),
                    day=visit.day.isoformat(),
                ),
            )
        )
    if visit.started_at is not None:
        start = _in_zone(visit.started_at, tz)
        if (local.tzinfo is None) == (start.tzinfo is None):  # else there is nothing sane to compare
            hours = abs((local - start).total_seconds()) / 3600
            if hours > rules.max_hours_from_start:
                took, limit = _hours(hours), rules.max_hours_from_start
                if local < start:
                    why = msg("taken {time} before the visit started (more than {limit:g} h)", time=took, limit=limit)
                else:
                    why = msg("taken {time} after the visit started (more than {limit:g} h)", time=took, limit=limit)
                flags.append(Flag(FlagCode.FAR_FROM_START, why))
    return flags


def _in_zone(t: dt.datetime, tz: dt.tzinfo | None) -> dt.datetime:
    """An aware time in the visit's zone; a naive one read as the visit's local time."""
    if tz is None:
        return t
    return t.astimezone(tz) if t.tzinfo is not None else t.replace(tzinfo=tz)


def _distance_flag(photo: PhotoFacts, visit: VisitFacts, rules: EvidenceRules) -> Flag | None:
    if photo.latitude is None or photo.longitude is None or visit.latitude is None or visit.longitude is None:
        return None
    d = distance_m(photo.latitude, photo.longitude, visit.latitude, visit.longitude)
    if d <= rules.max_distance_m:
        return None
    return Flag(FlagCode.FAR_AWAY, msg("taken {distance} from the location", distance=describe_distance(d)))


@dataclass(frozen=True, slots=True)
class PhotoCountProblem:
    section_id: str
    title: str
    count: int
    min: int
    max: int
    code: FlagCode  # TOO_FEW or TOO_MANY
    reason: str


def photo_count_problems(
    sections: Iterable[Section],
    counts: Mapping[str, int],
    not_applicable: Collection[str] = (),
) -> list[PhotoCountProblem]:
    """The touchpoints with fewer photos than their ``photos.min`` or more than their ``photos.max``, in form order.

    ``counts``: photos per section id (missing: none); ``not_applicable``: sections skipped in this visit,
    which need no photos (too many is still reported).
    """
    problems = []
    for s in sections:
        n = counts.get(s.id, 0)
        rule = s.photos
        if n < rule.min and s.id not in not_applicable:
            need = msg(
                "{touchpoint}: {photos}, at least {min} needed", touchpoint=s.title, photos=_photos(n), min=rule.min
            )
            problems.append(PhotoCountProblem(s.id, s.title, n, rule.min, rule.max, FlagCode.TOO_FEW, need))
        elif n > rule.max:
            problems.append(
                PhotoCountProblem(
                    s.id,
                    s.title,
                    n,
                    rule.min,
                    rule.max,
                    FlagCode.TOO_MANY,
                    msg(
                        "{touchpoint}: {photos}, at most {max} allowed",
                        touchpoint=s.title,
                        photos=_photos(n),
                        max=rule.max,
                    ),
                )
            )
    return problems


def _photos(n: int) -> str:
    return msg("no photos") if n == 0 else msgn("%n photo(s)", n)
