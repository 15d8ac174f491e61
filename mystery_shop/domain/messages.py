"""Messages for a person that can be shown in any language: English as a str, the template kept.

Our own code raises refusals (ServiceError, PhotoRefused, SyncError...) and
writes sentences (evidence flags, photo count notes) far from the screen or
report that shows them, and in no particular language. ``msg()`` makes such a
text: a ``Message`` is a ``str`` whose value is the English text, so logs, the
CLI, ``str(exc)`` and every test that reads English keep working, and it keeps
its template and values, so whoever shows it can render it in a language:
``catalogue.render(code, m)`` (reports, anything without Qt) or
``ui.i18n.message_text(m)`` (the screens, through Qt's translator).

    msg("No visit {visit!r}.", visit=visit_id)
    msgn("the same photo is used in %n other visit(s)", n)

Templates are found by ``scripts/translations.py`` (the literal first argument
of ``msg``/``msgn``) and translated in the same .ts files as the screens.
A counted template is written the Qt way, with ``%n`` and the English plural
as "(s)": its English text is the template with "(s)" dropped for 1 and read as
"s" otherwise (the English .ts holds the same two forms). Values that are
Messages are rendered in the same language as the whole. Pure standard library.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import Any

Translate = Callable[[str], str]
TranslateN = Callable[[str, int], str]


def english_plural(template: str, n: int) -> str:
    """The English form of a counted template: "(s)" dropped for one, "s" otherwise; ``%n`` is ``n``."""
    return template.replace("(s)", "" if n == 1 else "s").replace("%n", str(n))


def _as_is(text: str) -> str:
    return text


class Message(str):
    """A text for a person: its str value is English; ``render_with`` writes it in another language."""

    template: str
    values: Mapping[str, Any]
    n: int | None

    def __new__(cls, template: str, values: Mapping[str, Any] | None = None, n: int | None = None) -> Message:
        values = dict(values or {})
        english = _fill(english_plural(template, n) if n is not None else template, values, _as_is, english_plural)
        self = super().__new__(cls, english)
        self.template, self.values, self.n = template, values, n
        return self

    def render_with(self, translate: Translate, translate_n: TranslateN) -> str:
        """The text in the language of ``translate`` (plain) and ``translate_n`` (counted, ``%n`` filled)."""
        text = translate(self.template) if self.n is None else translate_n(self.template, self.n)
        return _fill(text, self.values, translate, translate_n)

    def __reduce__(self) -> tuple[Any, ...]:  # pickled as what it is made of, not as its English text
        return (Message, (self.template, self.values, self.n))


def _fill(text: str, values: Mapping[str, Any], translate: Translate, translate_n: TranslateN) -> str:
    if not values:
        return text
    rendered = {k: v.render_with(translate, translate_n) if isinstance(v, Message) else v for k, v in values.items()}
    return text.format(**rendered)


class _Sentence(Message):
    """A clause ("this visit is not yours") shown as a sentence: a capital first letter and a full stop."""

    clause: Message

    def __new__(cls, clause: Message) -> _Sentence:
        self = str.__new__(cls, _sentence(str(clause)))
        self.template, self.values, self.n, self.clause = "", {}, None, clause
        return self

    def render_with(self, translate: Translate, translate_n: TranslateN) -> str:
        return _sentence(self.clause.render_with(translate, translate_n))

    def __reduce__(self) -> tuple[Any, ...]:
        return (_Sentence, (self.clause,))


def _sentence(text: str) -> str:
    # Every shipped language writes a sentence this way (Latin script, a full stop at the end).
    text = text[:1].upper() + text[1:]
    return text if text.endswith((".", "!", "?")) else text + "."


class _Joined(Message):
    """Parts shown one after another with a separator that needs no translation (a space, a new line)."""

    parts: tuple[str, ...]
    sep: str

    def __new__(cls, parts: Iterable[str], sep: str) -> _Joined:
        parts = tuple(parts)
        self = str.__new__(cls, sep.join(str(p) for p in parts))
        self.template, self.values, self.n, self.parts, self.sep = "", {}, None, parts, sep
        return self

    def render_with(self, translate: Translate, translate_n: TranslateN) -> str:
        return self.sep.join(p.render_with(translate, translate_n) if isinstance(p, Message) else p for p in self.parts)

    def __reduce__(self) -> tuple[Any, ...]:
        return (_Joined, (self.parts, self.sep))


def msg(template: str, /, **values: Any) -> Message:
    """A text for a person, ``{name}`` placeholders filled from ``values`` (``{name!r}``, ``{x:g}`` as in format)."""
    return Message(template, values)


def msgn(template: str, n: int, /, **values: Any) -> Message:
    """A counted text: ``%n`` is ``n``, in the plural form each language needs ("1 wizyta, 2 wizyty, 5 wizyt")."""
    return Message(template, values, n)


def sentence(clause: str) -> str:
    """A clause as a sentence: "this visit is not yours" -> "This visit is not yours."; a Message stays one."""
    return _Sentence(clause) if isinstance(clause, Message) else _sentence(clause)


def join(parts: Iterable[str], sep: str = " ") -> Message:
    """Messages (or plain texts, shown as they are) one after another: lines of a list, sentences of a paragraph."""
    return _Joined(parts, sep)


def message_of(exc: BaseException) -> str:
    """What an exception says to a person: its Message when it was raised with one, else ``str(exc)``.

    ``str(exc)`` of an exception raised with a Message is its English text only (str() makes a plain str).
    """
    if len(exc.args) == 1 and isinstance(exc.args[0], Message):
        return exc.args[0]
    return str(exc)


def render(message: str, translate: Translate, translate_n: TranslateN) -> str:
    """A Message in the language of ``translate``/``translate_n``; any other text as it is."""
    return message.render_with(translate, translate_n) if isinstance(message, Message) else str(message)
