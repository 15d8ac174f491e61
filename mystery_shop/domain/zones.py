"""A location's time zone: the clock a report prints the visit's times by.

A location names an IANA zone ("Europe/Warsaw"); none means the computer's own.
Times are kept in UTC and turned into the location's time only to be read, with
the zone named, so a Łódź visit reads 10:02 CET wherever the report is made.
"""

from __future__ import annotations

import datetime as dt
import functools
import zoneinfo

from .choices import unknown


@functools.cache
def known_zones() -> frozenset[str]:
    return frozenset(zoneinfo.available_timezones())


def zone_problem(name: str | None) -> str | None:
    """Why ``name`` is not a time zone, naming the close ones; None when it is one (or not given)."""
    if not name:
        return None
    if name in known_zones():
        return None
    return unknown("time zone", name, sorted(known_zones()))


def zone(name: str | None) -> dt.tzinfo:
    """The zone called ``name``, or the computer's own when none is given."""
    if name:
        return zoneinfo.ZoneInfo(name)
    local = dt.datetime.now().astimezone().tzinfo
    assert local is not None
    return local


def local_time(t: dt.datetime | None, name: str | None) -> dt.datetime | None:
    """``t`` (naive means UTC, as the store keeps it) on the location's clock."""
    if t is None:
        return None
    if t.tzinfo is None:
        t = t.replace(tzinfo=dt.UTC)
    return t.astimezone(zone(name))


def zone_label(t: dt.datetime, name: str | None) -> str:
    """How a report names the zone of ``t``: "CET (Europe/Warsaw)", or the computer's abbreviation."""
    abbreviation = t.tzname() or ""
    if name and abbreviation and abbreviation != name:
        return f"{abbreviation} ({name})"
    return name or abbreviation
