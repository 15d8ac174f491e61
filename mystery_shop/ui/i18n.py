"""The one translation function for user-facing strings (STYLE.md 9).

Every string a person reads goes through ``tr`` so a translation can be added
later without touching the screens; today it returns the text as written.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def tr(text: str, context: str = "mystery-shop") -> str:
    return QCoreApplication.translate(context, text)
