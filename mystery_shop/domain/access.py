"""A client account's scope: the whole client (head office) or some of its locations (a store or regional manager).

The one rule every portal surface asks (``sees``): the list, a report, its PDF,
the dashboard's figures and downloads, the publish notices, and whatever is
built on reports later (appeals, action plans). A location outside the scope
does not exist for the account (404), as another client's does not.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

SEPARATOR = ";"


@dataclass(frozen=True, slots=True)
class LocationScope:
    """``locations`` None: every location of the account's client; else only those location ids."""

    client_id: str | None
    locations: frozenset[str] | None = None

    def sees(self, client_id: str | None, location_id: str | None) -> bool:
        """May the account see this location of this client."""
        if self.client_id is None or client_id != self.client_id:
            return False
        return self.locations is None or (location_id or "") in self.locations

    @property
    def whole_client(self) -> bool:
        return self.locations is None


def location_names(text: str) -> list[str]:
    """The location names of ``--locations "A;B"``: trimmed, empty ones dropped, each once (ignoring case)."""
    out: dict[str, str] = {}
    for part in text.split(SEPARATOR):
        name = part.strip()
        if name:
            out.setdefault(name.casefold(), name)
    return list(out.values())


def stored(locations: Iterable[str] | None) -> list[str] | None:
    """How a scope's location ids are kept (sorted, each once); None: the whole client."""
    return None if locations is None else sorted(set(locations))
