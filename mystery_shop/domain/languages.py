"""The languages the app and its reports ship in: one list for the screens, the reports and Settings."""

from __future__ import annotations

# code -> the language's own name, as a person looking for it reads it. English is the source language.
SHIPPED: dict[str, str] = {"en": "English", "pl": "Polski", "de": "Deutsch", "fr": "Français", "es": "Español"}
SOURCE = "en"


def shipped(code: str | None) -> bool:
    return code in SHIPPED
