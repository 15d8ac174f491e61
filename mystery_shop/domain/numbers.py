"""Exact numbers inside, floats and rounded text only at the edge."""

from __future__ import annotations

import math
from fractions import Fraction


def to_fraction(x: int | float | str | Fraction) -> Fraction:
    """The exact value a person meant: ``2.3`` is 23/10, not the nearest binary float."""
    if isinstance(x, Fraction):
        return x
    if isinstance(x, int):
        return Fraction(x)
    return Fraction(str(x))


def round_half_up(x: Fraction, places: int = 1) -> Fraction:
    """Round half away from zero to ``places`` decimals, exactly (77.75 -> 77.8)."""
    scale = 10**places
    scaled = abs(x) * scale
    r = Fraction(math.floor(scaled + Fraction(1, 2)), scale)
    return r if x >= 0 else -r


# NPS (promoters − detractors, in points of 100) is shown whole, "+60" or "-50", on every screen and page.
NPS_PLACES = 0


def display(x: Fraction | None, places: int = 1) -> str:
    """``x`` rounded half-up for people: ``Fraction(700, 9)`` -> ``"77.8"``; None -> ``"—"``."""
    if x is None:
        return "—"
    r = round_half_up(x, places)
    return f"{r.numerator / r.denominator:.{places}f}" if places else str(int(r))
