"""The language a report is written in: its words, its numbers and its dates.

A report is written in its client's language (Report settings). The words come
from the app's own translations, read without Qt (``mystery_shop/catalogue.py``). Numbers and
dates are written by Babel from the CLDR: "12,5", "14. November 2026" (times
stay 24-hour "09:50", as all five shipped languages write them).
English keeps the house formats the reports have always had ("14 November 2026").

The language is the one of the ``report_language`` block being run: the data
of a report is built and the report drawn inside it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar, Token
from decimal import Decimal

from babel.dates import format_date, format_interval
from babel.numbers import format_decimal

from mystery_shop.catalogue import render, translate, translate_n
from mystery_shop.domain.languages import SOURCE, shipped

_language: ContextVar[str] = ContextVar("report_language", default=SOURCE)


@contextmanager
def report_language(code: str | None) -> Iterator[str]:
    """Write what is built or drawn inside in ``code`` (English for None or a language not shipped)."""
    token = use_language(code)
    try:
        yield _language.get()
    finally:
        reset_language(token)


def use_language(code: str | None) -> Token[str]:
    """Write in ``code`` from here to the end of the current context: the portal sets a request's language once
    it knows it (the browser's, then the account's), where no single block holds the whole request."""
    return _language.set(code if code is not None and shipped(code) else SOURCE)


def reset_language(token: Token[str]) -> None:
    _language.reset(token)


def current() -> str:
    return _language.get()


def english() -> bool:
    return _language.get() == SOURCE


# ---------------------------------------------------------------- words


def rt(text: str) -> str:
    """``text`` in the report's language (as written when it has no translation)."""
    return translate(current(), text)


def rt_noop(text: str) -> str:
    """Marks a literal for extraction where it is defined; ``rt`` translates it where it is written."""
    return text


def rtn(text: str, n: int) -> str:
    """A counted text, ``%n`` in it: the plural form the report's language needs for ``n``."""
    return translate_n(current(), text, n)


def rmsg(message: str) -> str:
    """A Message our own code wrote (an evidence flag, a photo count note) in the report's language."""
    return render(current(), message)


# ---------------------------------------------------------------- numbers and dates


def number(text: str) -> str:
    """A number already rounded and written the house way ("12.5", "-3"), in the report's language ("12,5")."""
    if english() or not text or not text.lstrip("+-−").replace(".", "", 1).isdigit():
        return text
    sign = "+" if text.startswith("+") else ""
    value = Decimal(text.lstrip("+").replace("−", "-"))
    places = len(text.partition(".")[2])  # as many decimals as the house rounding wrote: 100.0 stays 100,0
    pattern = "#,##0" + ("." + "0" * places if places else "")
    return sign + format_decimal(value, format=pattern, locale=current())


def long_date(d: dt.date) -> str:
    return format_date(d, "long", locale=current())


def short_date(d: dt.date) -> str:
    return format_date(d, "medium", locale=current())


def date_span(start: dt.date, end: dt.date) -> str:
    """A period in the report's language, the year once when both ends share it: "1.–30. Nov. 2026"."""
    if start == end:
        return long_date(end)
    return format_interval(start, end, "yMMMMd", locale=current())


def month_year(d: dt.date) -> str:
    return format_date(d, "MMM y", locale=current())
