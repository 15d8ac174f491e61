"""The translation functions for user-facing strings (STYLE.md 9), and loading a language.

Every string a person reads goes through ``tr`` (or ``trn`` when it holds a
count) with one context, so ``scripts/translations.py`` finds them all and Qt's
``.qm`` files in ``resources/translations/`` translate them. English is the
source language: with no translator installed the text is shown as written.
"""

from __future__ import annotations

import datetime as dt
import logging
from fractions import Fraction

from PySide6.QtCore import QCoreApplication, QDate, QLibraryInfo, QLocale, Qt, QTime, QTranslator

from mystery_shop.domain.languages import SHIPPED
from mystery_shop.domain.messages import message_of, render
from mystery_shop.domain.numbers import display
from mystery_shop.resources import resource

log = logging.getLogger(__name__)

CONTEXT = "mystery-shop"
LANGUAGES = SHIPPED  # code -> the language's own name, as Settings lists them
QM_PREFIX = "mystery_shop"


def tr(text: str, context: str = CONTEXT) -> str:
    return QCoreApplication.translate(context, text)


def trn(text: str, n: int, context: str = CONTEXT) -> str:
    """A text with a count: ``%n`` in it becomes ``n``, in the plural form the language needs for ``n``."""
    return QCoreApplication.translate(context, text, None, n)


def tr_noop(text: str) -> str:
    """Marks a literal for extraction where it is defined; ``tr`` translates it where it is shown."""
    return text


def message_text(text: str | BaseException) -> str:
    """What our own code says to a person (a Message, or an exception raised with one) in the app's language.

    A plain text (already through ``tr``, or from elsewhere) comes back as it is.
    """
    if isinstance(text, BaseException):
        text = message_of(text)
    return render(text, tr, trn)


def number_text(x: Fraction | None, places: int = 1) -> str:
    """A score as people read it in the app's language: the house rounding (display), the locale's decimal sign."""
    return display(x, places).replace(".", QLocale().decimalPoint())


def label_text(value: str) -> str:
    """A name domain/ keeps as a value ("post_purchase", "draft"), as words in the app's language."""
    return tr(value.replace("_", " ").capitalize())


def date_text(day: dt.date, pattern: str = "ddd dd MMM yyyy") -> str:
    """A date with the day's and month's names in the app's language (strftime's %a %b are always English)."""
    return QLocale().toString(QDate(day.year, day.month, day.day), pattern)


def date_time_text(when: dt.datetime, seconds: bool = False) -> str:
    """A moment in local time: 'Fri 04 Dec 2026, 14:05' in the app's language."""
    local = when.astimezone()
    time = QTime(local.hour, local.minute, local.second).toString("HH:mm:ss" if seconds else "HH:mm")
    return f"{date_text(local.date())}, {time}"


def translations_dir() -> str:
    return str(resource("translations"))


def pick_language(choice: str | None, locale: QLocale | None = None) -> str:
    """The language to show: the Settings choice if it is one we ship, else the system's, else English."""
    if choice is not None and choice in LANGUAGES:
        return choice
    for name in (locale or QLocale.system()).uiLanguages():
        code = name.replace("_", "-").split("-")[0].lower()
        if code in LANGUAGES:
            return code
    return "en"


def layout_direction(choice: str | None, locale: QLocale | None = None) -> Qt.LayoutDirection:
    """Right to left for a right-to-left language: the chosen one, else the system's (even one not shipped)."""
    return (QLocale(choice) if choice else locale or QLocale.system()).textDirection()


_installed: list[QTranslator] = []
_current = ["en"]  # the language installed last


def current_language() -> str:
    return _current[0]


def language_name(code: str) -> str:
    """A language as its speakers name it: "Polski", "Deutsch"; a code no locale knows stays as written."""
    if code in LANGUAGES:
        return LANGUAGES[code]
    name = QLocale(code).nativeLanguageName()
    return name[:1].upper() + name[1:] if name and QLocale(code).language() != QLocale.Language.C else code


def install_language(code: str) -> bool:
    """Translate the app (and Qt's own dialogs) into ``code`` from now on; False if its .qm is missing.

    English too has a file: the singular and plural forms of the counted texts (``trn``).
    """
    app = QCoreApplication.instance()
    assert app is not None
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    _current[0] = code
    ours = QTranslator(app)
    found = ours.load(f"{QM_PREFIX}_{code}", translations_dir())
    if found:
        app.installTranslator(ours)
        _installed.append(ours)
    else:
        log.warning("no translation file %s_%s.qm in %s: run scripts/dev.sh setup", QM_PREFIX, code, translations_dir())
    # Qt's own texts (the buttons of QMessageBox, QDialogButtonBox...), where the wheel ships them.
    qt = QTranslator(app)
    if qt.load(f"qtbase_{code}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        _installed.append(qt)
    # Numbers and dates in Qt's widgets follow the language too; English keeps the system's conventions.
    QLocale.setDefault(QLocale.system() if code == "en" else QLocale(code))
    return found
