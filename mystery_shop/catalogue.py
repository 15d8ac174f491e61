"""The app's translations read without Qt: for the reports, the services' messages and the portal.

The screens translate through Qt (``ui/i18n.py`` loads the compiled ``.qm``);
everything else that writes for a person in a language reads the same
``resources/translations/mystery_shop_<code>.ts`` files (the files Qt Linguist
edits and ``scripts/translations.py`` checks) with ElementTree, so there is one
catalogue whoever writes the text.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from functools import cache

from babel import Locale

from mystery_shop.domain import messages
from mystery_shop.domain.languages import SOURCE, shipped
from mystery_shop.resources import resource


@cache
def _catalog(code: str) -> dict[str, tuple[str, ...]]:
    """source -> translation (or its plural forms), the finished ones of the language's .ts file."""
    path = resource("translations", f"mystery_shop_{code}.ts")
    if not path.exists():
        return {}
    out: dict[str, tuple[str, ...]] = {}
    for message in ET.parse(path).getroot().iter("message"):
        node = message.find("translation")
        if node is None or node.get("type") in ("unfinished", "vanished", "obsolete"):
            continue
        forms = tuple(f.text or "" for f in node.findall("numerusform")) or (node.text or "",)
        out[message.findtext("source") or ""] = forms
    return out


def translate(code: str, text: str) -> str:
    """``text`` in language ``code`` (as written when it has no translation, or for English)."""
    if code == SOURCE or not shipped(code):
        return text
    return _catalog(code).get(text, (text,))[0] or text


def translate_n(code: str, text: str, n: int) -> str:
    """A counted text, ``%n`` in it: the plural form language ``code`` needs for ``n``."""
    forms = _catalog(code).get(text) if shipped(code) else None
    if not forms:
        return text.replace("%n", str(n))
    return forms[_plural_index(code, n, len(forms))].replace("%n", str(n))


def render(code: str, message: str) -> str:
    """A Message (domain/messages.py) in language ``code``, its values too; any other text as it is."""
    return messages.render(message, lambda text: translate(code, text), lambda text, n: translate_n(code, text, n))


def _plural_index(code: str, n: int, count: int) -> int:
    # Qt's numerus forms are in the order of the CLDR categories the language uses: one, (few, many | other).
    category = Locale.parse(code).plural_form(n)
    order = {"one": 0, "two": 1, "few": 1, "many": 2}.get(category, count - 1) if count > 2 else int(category != "one")
    return min(order, count - 1)
