"""The catalogue's rules, once for the app and the server: clients, locations, their names, places and clocks.

A client's name is unique ignoring case ("ACME" and "Acme" are one client), and
so is a location's name within its client; a place has both coordinates or
neither, each in range; a time zone is an IANA name; a client's reports are in
a shipped language or English (none). The app refuses these before a change is
queued, the server refuses them when they are pushed, with the same words.
"""

from __future__ import annotations

from .languages import SHIPPED, SOURCE, shipped
from .messages import msg
from .zones import zone_problem

__all__ = ["client_key", "coordinates_problem", "language_problem", "location_key", "name_problem", "zone_problem"]


def name_key(name: str) -> str:
    """What two names must differ in to be two names: case and the spaces around them do not count."""
    return name.strip().casefold()


def client_key(name: str) -> str:
    return name_key(name)


def location_key(client_id: str, name: str) -> str:
    return f"{client_id}/{name_key(name)}"


def name_problem(name: object, what: str) -> str | None:
    """Why ``name`` cannot name a client or a location (``what``: "client" or "location"); None when it can."""
    if not isinstance(name, str) or not name.strip():
        return msg("A client needs a name.") if what == "client" else msg("A location needs a name.")
    return None


def coordinates_problem(lat: object, lon: object) -> str | None:
    """Both coordinates or neither, each a number in its range."""
    if (lat is None) != (lon is None):
        return msg("Give both latitude and longitude, or neither.")
    if lat is None:
        return None
    if not _number(lat) or not -90 <= lat <= 90:  # type: ignore[operator]
        return msg("Latitude must be between -90 and 90.")
    if not _number(lon) or not -180 <= lon <= 180:  # type: ignore[operator]
        return msg("Longitude must be between -180 and 180.")
    return None


def language_problem(code: object) -> str | None:
    """A client's report language: a shipped one, or none (English)."""
    if code is None or code == SOURCE or (isinstance(code, str) and shipped(code)):
        return None
    return msg("Reports are written in {languages}, not {code!r}.", languages=", ".join(SHIPPED), code=code)


def time_zone_problem(name: object) -> str | None:
    """A location's clock: an IANA zone name, or none (the computer's own)."""
    if name is None:
        return None
    if not isinstance(name, str):
        return msg("time_zone is an IANA zone name or null")
    return zone_problem(name)


def _number(value: object) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool) and value == value
