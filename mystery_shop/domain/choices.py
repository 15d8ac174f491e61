"""Saying what a mistyped name could have been: the valid ones, the closest first."""

from __future__ import annotations

import difflib
from collections.abc import Iterable

# Beyond this many the list is cut: a person reads the close matches, not a catalogue.
SHOWN = 12
# difflib's own default: below this two names are not alike.
ALIKE = 0.6


def _likeness(given: str, name: str) -> float:
    """1.0 for a name that holds what was typed ("Acme" in "Acme Retail"), else difflib's ratio."""
    a, b = given.strip().casefold(), name.casefold()
    if a and (a in b or b in a):
        return 1.0
    return difflib.SequenceMatcher(None, a, b).ratio()


def close_matches(given: str, valid: Iterable[str]) -> list[str]:
    """The names alike enough to ``given`` to be what was meant, the closest first."""
    scored = [(_likeness(given, n), i, n) for i, n in enumerate(dict.fromkeys(valid))]
    return [n for score, _, n in sorted(scored, key=lambda t: (-t[0], t[1])) if score >= ALIKE]


def unknown(what: str, given: str, valid: Iterable[str], *, owner: str | None = None) -> str:
    """One line: ``No touchpoint 'greting'. Did you mean 'greeting'? Known: 'greeting', 'entrance'.``

    With ``owner``: ``Acme has no location 'Nowhere'. ...``.
    """
    names = list(dict.fromkeys(valid))
    close = close_matches(given, names)
    ordered = close + [n for n in names if n not in close]
    line = f"{owner} has no {what} {given!r}." if owner else f"No {what} {given!r}."
    if not ordered:
        return f"{line} There is none yet."
    if close:
        line += f" Did you mean {close[0]!r}?"
    more = f" and {len(ordered) - SHOWN} more" if len(ordered) > SHOWN else ""
    return f"{line} Known: {', '.join(repr(n) for n in ordered[:SHOWN])}{more}."
