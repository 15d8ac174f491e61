"""Evidence flags, with distances computed by hand."""

from __future__ import annotations

import datetime as dt

import pytest

from mystery_shop.domain.evidence import (
    EvidenceRules,
    FlagCode,
    PhotoFacts,
    VisitFacts,
    check_photo,
    describe_distance,
    distance_m,
)

UTC = dt.UTC
VISIT = VisitFacts(
    day=dt.date(2026, 11, 20),
    started_at=dt.datetime(2026, 11, 20, 10, 0, tzinfo=UTC),
    latitude=51.5,
    longitude=-0.12,
    tz=UTC,
)


def codes(photo: PhotoFacts, others=()) -> list[FlagCode]:
    return [f.code for f in check_photo(photo, VISIT, others)]


def test_distance_one_degree_of_latitude() -> None:
    # one degree along a meridian: 2 * pi * 6371008.8 / 360 = 111,195.08 m
    assert distance_m(0, 0, 1, 0) == pytest.approx(111_195.08, abs=0.01)
    assert distance_m(51.5, -0.12, 51.5, -0.12) == 0
    assert describe_distance(499.6) == "500 m"
    assert describe_distance(2_345) == "2.3 km"


def test_a_good_photo_has_no_flags() -> None:
    ok = PhotoFacts("a" * 64, dt.datetime(2026, 11, 20, 11, 30, tzinfo=UTC), 51.501, -0.121)
    assert codes(ok) == []


def test_each_flag() -> None:
    assert codes(PhotoFacts("a" * 64, None, None, None)) == [FlagCode.NO_TIME]
    yesterday = PhotoFacts("a" * 64, dt.datetime(2026, 11, 19, 23, 0, tzinfo=UTC), None, None)
    assert codes(yesterday) == [FlagCode.OTHER_DAY, FlagCode.FAR_FROM_START]
    late = PhotoFacts("a" * 64, dt.datetime(2026, 11, 20, 13, 1, tzinfo=UTC), None, None)
    flags = check_photo(late, VISIT)
    assert [f.code for f in flags] == [FlagCode.FAR_FROM_START]
    assert flags[0].reason == "taken 3.0 h from the visit's start (more than 3 h)"
    at_limit = PhotoFacts("a" * 64, dt.datetime(2026, 11, 20, 13, 0, tzinfo=UTC), None, None)
    assert codes(at_limit) == []  # exactly 3 h is allowed
    # 0.02 degrees of latitude north: 2223.9 m
    far = PhotoFacts("a" * 64, dt.datetime(2026, 11, 20, 10, 5, tzinfo=UTC), 51.52, -0.12)
    [flag] = check_photo(far, VISIT)
    assert flag.code is FlagCode.FAR_AWAY
    assert flag.reason == "taken 2.2 km from the location"
    reused = PhotoFacts("a" * 64, dt.datetime(2026, 11, 20, 10, 5, tzinfo=UTC), None, None)
    assert check_photo(reused, VISIT, {"v1", "v2"})[0].reason == "the same photo is used in 2 other visits"


def test_rules_are_settings() -> None:
    near = PhotoFacts("a" * 64, dt.datetime(2026, 11, 20, 10, 5, tzinfo=UTC), 51.503, -0.12)  # 333.6 m
    assert check_photo(near, VISIT) == []
    strict = EvidenceRules(max_hours_from_start=1, max_distance_m=300)
    assert [f.code for f in check_photo(near, VISIT, rules=strict)] == [FlagCode.FAR_AWAY]
