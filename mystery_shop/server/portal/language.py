"""The portal in its reader's language: which language a request is answered in, its words, numbers and dates.

The language is the account's own choice (Account page, ``users.language``),
else the first shipped language of the browser's ``Accept-Language``, else
English. It is held where the reports hold theirs (``reports.language``): the
middleware sets the browser's for the whole request, ``deps.signed_in`` the
account's once the user is known; so ``rt()`` of the report code (stage names,
grade bands) and the period report the portal renders follow it too.

The words come from the app's one catalogue (``mystery_shop/catalogue.py``,
the ``.ts`` files): ``pt()``/``ptn()``/``pt_noop()`` in the portal's Python
(``scripts/translations.py`` extracts their literals, like ``rt()``), and
``_()``/``ngettext()`` in the templates (Jinja2's i18n extension, newstyle:
``_("Signed in as %(name)s", name=...)``, escaped; the extractor reads them
with ``Environment.extract_translations``).
"""

from __future__ import annotations

import datetime as dt
from fractions import Fraction

from babel.dates import format_date
from babel.numbers import format_decimal

from mystery_shop.catalogue import translate, translate_n
from mystery_shop.domain.languages import SHIPPED, SOURCE, shipped
from mystery_shop.domain.numbers import display
from mystery_shop.reports.language import current, english, number, use_language

__all__ = ["SHIPPED", "choose", "current", "from_header", "pt", "pt_noop", "ptn", "speak"]


def from_header(header: str | None) -> str | None:
    """The first shipped language of an ``Accept-Language`` header, by its weights ("pl-PL,pl;q=0.9,en;q=0.8")."""
    wanted: list[tuple[float, int, str]] = []
    for i, part in enumerate((header or "")[:500].split(",")):
        tag, _, params = part.strip().partition(";")
        weight = 1.0
        for param in params.split(";"):
            key, _, value = param.strip().partition("=")
            if key.strip() == "q":
                try:
                    weight = float(value)
                except ValueError:
                    weight = 0.0
        if tag.strip() and weight > 0:
            wanted.append((-weight, i, tag.strip().lower()))
    for _, _, tag in sorted(wanted):
        code = tag.replace("_", "-").split("-")[0]
        if shipped(code):
            return code
    return None


def choose(account: str | None, header: str | None) -> str:
    """The account's choice, else the browser's first shipped language, else English."""
    if account and shipped(account):
        return account
    return from_header(header) or SOURCE


def speak(code: str | None) -> None:
    """Answer in ``code`` for the rest of this request (nothing when the account has no choice of its own)."""
    if code and shipped(code):
        use_language(code)


# ------------------------------------------------------------ words


def pt(text: str) -> str:
    """``text`` in the request's language."""
    return translate(current(), text)


def pt_noop(text: str) -> str:
    """Marks a literal for extraction where it is defined; ``pt`` (or the error page) translates it where shown."""
    return text


def ptn(text: str, n: int) -> str:
    """A counted text: ``%n`` the count, ``%Ln`` the count with the language's digit grouping ("1 234")."""
    return translate_n(current(), text, n).replace("%Ln", count(n))


def gettext(text: str) -> str:
    """The templates' ``_()`` (Jinja2 wraps it: the result is marked safe, then ``%(name)s`` filled in, escaped)."""
    return translate(current(), text)


def label(text: str | None) -> str:
    """A label from the data (a form's grade band): the catalogue's word for it if it is one of the app's own
    ("Excellent"), else as written. A plain string, escaped like any value: never ``_()``, which marks its result
    safe and reads ``%`` as a placeholder."""
    return translate(current(), text) if text else ""


def ngettext(singular: str, plural: str, n: int) -> str:
    """The templates' ``ngettext()``: the catalogue files the text under its plural, with the language's forms."""
    if english():
        return singular if n == 1 else plural
    return translate_n(current(), plural, n)


# ------------------------------------------------------------ numbers and dates


def count(n: int) -> str:
    return f"{n:,}" if english() else format_decimal(n, locale=current())


def num(x: Fraction | str | None) -> str:
    """A score or a figure the house way ("77.8", "—"), with the language's decimal sign ("77,8")."""
    return number(x if isinstance(x, str) else display(x))


def day(d: dt.date | None) -> str:
    if d is None:
        return ""
    return f"{d.day} {d:%b %Y}" if english() else format_date(d, "medium", locale=current())


def moment(t: dt.datetime | None) -> str:
    if t is None:
        return ""
    u = t.astimezone(dt.UTC)
    return f"{day(u.date())}, {u:%H:%M} UTC"


def month(d: dt.date, *, short: bool = False) -> str:
    """A month as a chart's label ("Nov 26") or a table's ("Nov 2026")."""
    if english():
        return d.strftime("%b %y" if short else "%b %Y")
    return format_date(d, "LLL yy" if short else "LLL y", locale=current())


def size(n: int | None) -> str:
    if n is None:
        return ""
    if n < 1024:
        return ptn("%Ln byte(s)", n)
    if n < 1 << 20:
        return pt("{n} KB").format(n=number(f"{n / 1024:.0f}"))
    return pt("{n} MB").format(n=number(f"{n / (1 << 20):.1f}"))
