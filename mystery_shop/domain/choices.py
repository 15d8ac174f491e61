"""Saying what a mistyped name could have been: the valid ones, the closest first."""

from __future__ import annotations

import difflib
from collections.abc import Callable, Iterable

from .messages import Message, join, msg, msgn

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

    With ``owner``: ``Acme has no location 'Nowhere'. ...``. ``what`` is translated when it is one of ``_NONE``.
    """
    names = list(dict.fromkeys(valid))
    close = close_matches(given, names)
    ordered = close + [n for n in names if n not in close]
    if owner:
        has_none = _OWNER_HAS_NONE.get(what)
        line = (
            has_none(owner, given)
            if has_none
            else msg("{owner} has no {what} {given!r}.", owner=owner, what=what, given=given)
        )
    else:
        none = _NONE.get(what)
        line = none(given) if none else msg("No {what} {given!r}.", what=what, given=given)  # ``what`` as it is
    if not ordered:
        return join([line, msg("There is none yet.")])
    parts = [line]
    if close:
        parts.append(msg("Did you mean {name!r}?", name=close[0]))
    known = ", ".join(repr(n) for n in ordered[:SHOWN])
    if len(ordered) > SHOWN:
        parts.append(msgn("Known: {names} and %n more.", len(ordered) - SHOWN, names=known))
    else:
        parts.append(msg("Known: {names}.", names=known))
    return join(parts)


# A sentence for each kind of name: how "no" agrees with the noun is each language's grammar.
_NONE: dict[str, Callable[[str], Message]] = {
    "client": lambda g: msg("No client {given!r}.", given=g),
    "location": lambda g: msg("No location {given!r}.", given=g),
    "form": lambda g: msg("No form {given!r}.", given=g),
    "touchpoint": lambda g: msg("No touchpoint {given!r}.", given=g),
    "question": lambda g: msg("No question {given!r}.", given=g),
    "time zone": lambda g: msg("No time zone {given!r}.", given=g),
}
_OWNER_HAS_NONE: dict[str, Callable[[str, str], Message]] = {
    "location": lambda o, g: msg("{owner} has no location {given!r}.", owner=o, given=g),
    "question": lambda o, g: msg("Touchpoint {owner!r} has no question {given!r}.", owner=o, given=g),
}
