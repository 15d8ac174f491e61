"""Spreadsheet cells that cannot be formulas: the one rule for every CSV and XLSX the product writes.

A text from the field (an answer, a comment, a location's name) that begins
with ``= + - @``, a tab or a carriage return is read by Excel and LibreOffice
as a formula (``=HYPERLINK("http://…","click me")``), or as the start of one
(OWASP, "CSV Injection"). Such a text is written with a leading apostrophe,
which spreadsheets show as text; numbers stay numbers (a ``float``, or a text
that is a plain number such as ``-3.5``).
"""

from __future__ import annotations

import re
from typing import Any

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_PLAIN_NUMBER = re.compile(r"[+-]?(\d+(\.\d*)?|\.\d+)")


def formula_like(value: Any) -> bool:
    """True for a text a spreadsheet would compute rather than show."""
    return isinstance(value, str) and value.startswith(FORMULA_START) and _PLAIN_NUMBER.fullmatch(value) is None


def neutral(value: Any) -> Any:
    """``value`` as a cell that shows what it says: a formula-like text behind an apostrophe, the rest as it is."""
    return "'" + value if formula_like(value) else value


def neutral_row(row: list[Any]) -> list[Any]:
    return [neutral(v) for v in row]
