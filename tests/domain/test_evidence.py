"""Evidence flags on plain data, with distances worked out by hand, and the photo count per touchpoint."""

from __future__ import annotations

import datetime as dt
import math

import pytest

from mystery_shop.domain.evidence import (
    EARTH_RADIUS_M,
    EvidenceRules,
    FlagCode,
    PhotoFacts,
    VisitFacts,
    check_photo,
    describe_distance,
    distance_m,
    photo_count_problems,
)
from mystery_shop.domain.forms import PhotoRule, Question, QuestionType, Section

UTC = dt.UTC
SANTIAGO = dt.timezone(dt.timedelta(hours=-3))
SHA = "a" * 64
# one degree along a meridian: 2 * pi * 6,371,008.8 m / 360 = 111,195.08 m
METRES_PER_DEGREE = 111_195.08
VISIT = VisitFacts(
    day=dt.date(2026, 11, 20),
    started_at=dt.datetime(2026, 11, 20, 10, 0, tzinfo=SANTIAGO),
    latitude=-33.45,
    longitude=-70.66,
    tz=SANTIAGO,
)


def at(hour: int, minute: int = 0, day: int = 20, tz: dt.tzinfo | None = SANTIAGO) -> dt.datetime:
    return dt.datetime(2026, 11, day, hour, minute, tzinfo=tz)


IN_TIME = at(10, 30)
DEFAULT_RULES = EvidenceRules()


def photo(taken: dt.datetime | None = IN_TIME, lat: float | None = None, lon: float | None = None) -> PhotoFacts:
    return PhotoFacts(SHA, taken, lat, lon)


def codes(p: PhotoFacts, visit: VisitFacts = VISIT, others=(), rules: EvidenceRules = DEFAULT_RULES) -> list[str]:
    return [f.code for f in check_photo(p, visit, others, rules)]


def test_haversine_by_hand() -> None:
    assert distance_m(0, 0, 1, 0) == pytest.approx(METRES_PER_DEGREE, abs=0.01)
    assert distance_m(0, 0, 0, 1) == pytest.approx(METRES_PER_DEGREE, abs=0.01)  # along the equator too
    # at 60 degrees north a degree of longitude is about cos(60) = half as long:
    # 2R asin(cos 60 * sin 0.5 deg) = 2 * 6371008.8 * asin(0.5 * 0.00872654) = 55,597.0 m
    assert distance_m(60, 0, 60, 1) == pytest.approx(55_597.0, abs=0.5)
    assert distance_m(0, 0, 0, 180) == pytest.approx(math.pi * EARTH_RADIUS_M)  # antipodes: half way round
    assert distance_m(-33.45, -70.66, -33.45, -70.66) == 0
    assert distance_m(10, 179.9, 10, -179.9) == pytest.approx(distance_m(10, 0, 10, 0.2))  # across the date line


def test_distances_in_words() -> None:
    assert describe_distance(0) == "0 m"
    assert describe_distance(499.6) == "500 m"
    assert describe_distance(999.4) == "999 m"
    assert describe_distance(999.6) == "1.0 km"  # never "1000 m"
    assert describe_distance(2_345) == "2.3 km"
    assert describe_distance(250_000) == "250 km"


def test_a_good_photo_has_no_flags() -> None:
    assert check_photo(photo(at(10, 30), -33.451, -70.661), VISIT) == []


def test_no_capture_time() -> None:
    [flag] = check_photo(photo(None), VISIT)
    assert (flag.code, flag.reason) == (FlagCode.NO_TIME, "no capture time in the photo")


def test_the_day_is_the_visits_local_day() -> None:
    # 01:30 UTC on the 21st is 22:30 on the 20th in Santiago: the visit's day (but 12.5 h after the start)
    assert codes(photo(at(1, 30, day=21, tz=UTC))) == [FlagCode.FAR_FROM_START]
    # 02:00 UTC on the 20th is 23:00 on the 19th in Santiago
    [other_day, far] = check_photo(photo(at(2, 0, day=20, tz=UTC)), VISIT)
    assert other_day.code is FlagCode.OTHER_DAY
    assert other_day.reason == "taken on 2026-11-19, not on the visit's day (2026-11-20)"
    assert far.reason == "taken 11.0 h before the visit started (more than 3 h)"
    # a naive camera time is read as the visit's local time
    assert codes(photo(at(23, 59, day=19, tz=None))) == [FlagCode.OTHER_DAY, FlagCode.FAR_FROM_START]
    assert codes(photo(at(11, 0, tz=None))) == []


def test_hours_from_the_start_at_the_boundary() -> None:
    assert codes(photo(at(13, 0))) == []  # exactly 3 h is allowed
    assert codes(photo(at(7, 0))) == []
    late = check_photo(photo(at(13, 0) + dt.timedelta(seconds=1)), VISIT)
    assert [(f.code, f.reason) for f in late] == [
        (FlagCode.FAR_FROM_START, "taken 3.0 h after the visit started (more than 3 h)")
    ]
    assert codes(photo(at(6, 59))) == [FlagCode.FAR_FROM_START]
    assert codes(photo(at(15, 0)), rules=EvidenceRules(max_hours_from_start=5)) == []
    unstarted = VisitFacts(VISIT.day, None, VISIT.latitude, VISIT.longitude, SANTIAGO)
    assert codes(photo(at(20, 0)), unstarted) == []  # nothing to compare with


def test_distance_from_the_location_at_the_boundary() -> None:
    # metres due north of the location: an arc of metres / R radians along the meridian
    def north(metres: float) -> PhotoFacts:
        return photo(at(10, 30), VISIT.latitude + math.degrees(metres / EARTH_RADIUS_M), VISIT.longitude)

    assert distance_m(VISIT.latitude, VISIT.longitude, north(500).latitude, VISIT.longitude) == pytest.approx(500)
    assert codes(north(499.9)) == []
    exact = distance_m(VISIT.latitude, VISIT.longitude, north(500).latitude, VISIT.longitude)
    assert codes(north(500), rules=EvidenceRules(max_distance_m=exact)) == []  # exactly at the limit passes
    assert codes(north(500), rules=EvidenceRules(max_distance_m=exact - 0.001)) == [FlagCode.FAR_AWAY]
    [flag] = check_photo(north(500.2), VISIT)
    assert (flag.code, flag.reason) == (FlagCode.FAR_AWAY, "taken 500 m from the location")
    assert check_photo(north(2_300), VISIT)[0].reason == "taken 2.3 km from the location"
    assert codes(north(2_300), rules=EvidenceRules(max_distance_m=3_000)) == []
    assert codes(photo(at(10, 30), None, None)) == []  # no GPS in the photo: nothing to say
    no_place = VisitFacts(VISIT.day, VISIT.started_at, None, None, SANTIAGO)
    assert codes(north(9_000), no_place) == []


def test_the_same_photo_in_other_visits() -> None:
    [flag] = check_photo(photo(), VISIT, {"visit-7"})
    assert (flag.code, flag.reason) == (FlagCode.REUSED, "the same photo is used in 1 other visit")
    assert check_photo(photo(), VISIT, ["v1", "v2"])[0].reason == "the same photo is used in 2 other visits"


def test_every_flag_at_once_in_a_fixed_order() -> None:
    bad = photo(at(9, 0, day=18), VISIT.latitude + 0.1, VISIT.longitude)
    assert codes(bad, others={"v1"}) == [
        FlagCode.OTHER_DAY,
        FlagCode.FAR_FROM_START,
        FlagCode.FAR_AWAY,
        FlagCode.REUSED,
    ]


def section(sid: str, lo: int, hi: int) -> Section:
    q = Question(id=f"{sid}-q", text="?", type=QuestionType.YES_NO)
    return Section(id=sid, title=sid.title(), questions=(q,), photos=PhotoRule(min=lo, max=hi))


def test_photo_count_per_touchpoint() -> None:
    sections = [section("entrance", 2, 4), section("counter", 0, 1), section("exit", 1, 20), section("till", 1, 3)]
    problems = photo_count_problems(sections, {"entrance": 1, "counter": 2, "till": 3})
    assert [(p.section_id, p.code, p.count, p.reason) for p in problems] == [
        ("entrance", FlagCode.TOO_FEW, 1, "Entrance: 1 photo, at least 2 needed"),
        ("counter", FlagCode.TOO_MANY, 2, "Counter: 2 photos, at most 1 allowed"),
        ("exit", FlagCode.TOO_FEW, 0, "Exit: no photos, at least 1 needed"),
    ]
    # at the limits: fine
    assert photo_count_problems(sections, {"entrance": 4, "counter": 1, "exit": 1, "till": 1}) == []
    # a touchpoint not applicable in this visit needs no photos, but too many is still too many
    skipped = photo_count_problems(
        sections, {"counter": 3, "till": 1, "entrance": 2}, not_applicable={"exit", "counter"}
    )
    assert [(p.section_id, p.code) for p in skipped] == [("counter", FlagCode.TOO_MANY)]
