"""What a committed write changed, and who hears of it: the app's screens refresh only that.

Anki's pattern (``aqt/operations``): an operation returns its ``OpChanges`` and each screen refreshes
what they touch, skipping the changes it made itself (its ``origin``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Changes:
    """What one write changed, for the screens that show it."""

    visits: frozenset[str] = frozenset()  # the visits whose list line may read differently
    catalogue: bool = False  # clients or locations (their names are in every line)
    forms: bool = False

    def __bool__(self) -> bool:
        return bool(self.visits) or self.catalogue or self.forms

    def __or__(self, other: Changes) -> Changes:
        return Changes(self.visits | other.visits, self.catalogue or other.catalogue, self.forms or other.forms)


NOTHING = Changes()

Listener = Callable[[Changes, object], None]
_origin: ContextVar[object] = ContextVar("change_origin", default=None)


@contextmanager
def acting_for(origin: object) -> Iterator[None]:
    """Writes made inside are ``origin``'s (a screen): it skips its own changes when the hub tells of them.
    A context variable, so it follows the write onto a background task (``ui.tasks`` copies the context)."""
    token = _origin.set(origin)
    try:
        yield
    finally:
        _origin.reset(token)


class ChangeHub:
    """Who hears of committed writes. Listeners run in the writer's thread: the app's relays them to its own."""

    def __init__(self) -> None:
        self._listeners: list[Listener] = []

    def subscribe(self, listener: Listener) -> Callable[[], None]:
        """Hear of every commit's changes; returns what stops it."""
        self._listeners.append(listener)
        return lambda: self._listeners.remove(listener) if listener in self._listeners else None

    def publish(self, changes: Changes) -> None:
        if not changes:
            return
        origin = _origin.get()
        for listener in list(self._listeners):
            listener(changes, origin)
