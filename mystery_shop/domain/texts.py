"""Translations of a form's texts, and the language codes they are keyed by.

A text-bearing object of a form (the form, a section, a question, a choice, a
grade band) keeps its default-language texts in its plain fields (``title``,
``text``, ``help``, ``label``...) and the other languages in ``translations``:
field name -> language -> text. Nothing a visit stores or scores is a text, so
answers and scores never depend on the language a form is shown in.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

# A language is written as a code: "en", "pl", "pt-BR", "zh-Hant" (BCP 47), or,
# for XLSForms that name a language without a code, a name such as "kinyarwanda".
LANGUAGE = re.compile(r"^[A-Za-z][A-Za-z0-9]*(?:[-_][A-Za-z0-9]+)*$")
MAX_LANGUAGE_LENGTH = 35


def is_language(code: str) -> bool:
    return len(code) <= MAX_LANGUAGE_LENGTH and LANGUAGE.match(code) is not None


def base_language(code: str) -> str:
    """``pt-BR`` -> ``pt``: the primary subtag, lower-cased, for matching a preference."""
    return re.split(r"[-_]", code, maxsplit=1)[0].lower()


@dataclass(frozen=True, slots=True)
class Translations:
    """Texts in languages other than the form's default, per field.

    Immutable and hashable like the dataclasses that hold it; build one with
    ``Translations.of({"text": {"pl": "..."}})``.
    """

    items: tuple[tuple[str, tuple[tuple[str, str], ...]], ...] = ()

    @classmethod
    def of(cls, fields: Mapping[str, Mapping[str, str]]) -> Translations:
        return cls(
            tuple(
                (name, tuple((lang, text) for lang, text in texts.items()))
                for name, texts in fields.items()
                if texts  # a field with no translation is left out, so equal contents compare equal
            )
        )

    def __bool__(self) -> bool:
        return bool(self.items)

    def field(self, name: str) -> dict[str, str]:
        """``{language: text}`` of field ``name`` (empty when it has none)."""
        for field_name, texts in self.items:
            if field_name == name:
                return dict(texts)
        return {}

    def get(self, name: str, language: str) -> str | None:
        for field_name, texts in self.items:
            if field_name == name:
                for lang, text in texts:
                    if lang == language:
                        return text
        return None

    def as_dict(self) -> dict[str, dict[str, str]]:
        return {name: dict(texts) for name, texts in self.items}

    def languages(self) -> set[str]:
        return {lang for _, texts in self.items for lang, _ in texts}

    def with_text(self, name: str, language: str, text: str | None) -> Translations:
        """A copy with field ``name`` in ``language`` set to ``text`` (removed when None or blank)."""
        fields = self.as_dict()
        texts = fields.setdefault(name, {})
        if text is None or not text.strip():
            texts.pop(language, None)
        else:
            texts[language] = text
        return Translations.of(fields)

    def without(self, languages: Iterable[str]) -> Translations:
        drop = set(languages)
        return Translations.of(
            {name: {lang: t for lang, t in texts.items() if lang not in drop} for name, texts in self.as_dict().items()}
        )


NO_TRANSLATIONS = Translations()
