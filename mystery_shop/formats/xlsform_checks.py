"""The XLSForm ``checks`` sheet: a form's quality checks (FORMS.md), one row each, written and read back.

Columns: ``id``; ``check`` (comment_on_fail, rule, photo_on_fail or visit_minutes); ``question`` (the
rule's required question, or the photo_on_fail questions separated by spaces); ``when_question`` and
``when_values`` (a rule's condition, values separated by spaces); ``values`` (the required answer, or
answers), ``min``, ``max`` (min_words for comment_on_fail, minutes for visit_minutes), ``answered``
(yes); ``block`` (yes); ``message`` (and ``message::LANGUAGE``). ODK tools ignore the sheet.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from mystery_shop.domain.forms import Form, FormCheck, Requirement, ShowIf
from mystery_shop.domain.messages import msg
from mystery_shop.domain.texts import Translations

if TYPE_CHECKING:
    from .xlsform_sheets import Sheet

KINDS = ("comment_on_fail", "rule", "photo_on_fail", "visit_minutes")
COLUMNS = ["id", "check", "question", "when_question", "when_values", "values", "min", "max", "answered", "block"]
ABOUT = [
    ("id, check", "checks", "a quality check: comment_on_fail, rule, photo_on_fail or visit_minutes (FORMS.md)"),
    ("question, values, min, max, answered", "checks", "what a rule requires of its question; min is also "
     "comment_on_fail's words and visit_minutes' minutes; photo_on_fail lists its questions in question"),
    ("when_question, when_values", "checks", "a rule applies only while this question has one of these values"),
    ("block, message", "checks", "block: yes stops the submit; message: the rule's text, per language"),
]  # fmt: skip


def check_rows(form: Form, message_cols: list[str]) -> list[list[Any]]:
    """The checks sheet's rows (header first) for ``form``; ``message_cols`` as the languages' columns."""
    rows: list[list[Any]] = [[*COLUMNS, *message_cols]]
    other = form.languages[1:]
    for c in form.checks:
        cells: dict[str, Any] = {"id": c.id, "block": "yes" if c.block else None}
        if c.comment_min_words is not None:
            cells.update(check="comment_on_fail", min=c.comment_min_words)
        elif c.photo_on_fail:
            cells.update(check="photo_on_fail", question=" ".join(c.photo_on_fail))
        elif c.visit_min_minutes is not None:
            cells.update(check="visit_minutes", min=_num(c.visit_min_minutes))
        elif c.require is not None:
            r = c.require
            cells.update(check="rule", question=r.question, answered="yes" if r.answered else None)
            cells.update(values=" ".join(r.values) if r.values else None, min=_num(r.min), max=_num(r.max))
            if c.when is not None:
                cells.update(when_question=c.when.question, when_values=" ".join(c.when.values))
        texts = [c.message, *(c.translations.get("message", lang) for lang in other)]
        rows.append([cells.get(name) for name in COLUMNS] + texts[: len(message_cols)])
    return rows


def _num(x: Any) -> int | float | None:
    if x is None:
        return None
    return x.numerator if x.denominator == 1 else float(x)


def read_checks(importer: Any, sheet: Sheet | None) -> tuple[FormCheck, ...]:
    """The checks of a ``checks`` sheet; a row that cannot be a check is reported and left out."""
    if sheet is None:
        return ()
    out = []
    for row, cells in sheet.rows:
        kind = sheet.text(cells, "check")
        cid = sheet.text(cells, "id")
        if not cid and not kind:
            continue
        if kind not in KINDS:
            importer.report(sheet, row, "check", msg("'{kind}' is not a kind of check: left out", kind=kind))
            continue
        importer.origin[("checks", len(out))] = (sheet, row)
        message, message_tr = importer.split(importer.texts(sheet, cells, "message"))
        check = FormCheck(
            id=cid,
            block=sheet.text(cells, "block").lower() in ("yes", "true", "1"),
            message=message,
            translations=Translations.of({"message": message_tr}),
        )
        lo = importer.number(sheet, row, cells, "min", "min")
        question = sheet.text(cells, "question")
        if kind == "comment_on_fail":
            check = FormCheck(check.id, check.block, comment_min_words=int(lo) if lo is not None else 1)
        elif kind == "photo_on_fail":
            check = FormCheck(check.id, check.block, photo_on_fail=tuple(question.split()))
        elif kind == "visit_minutes":
            check = FormCheck(check.id, check.block, visit_min_minutes=lo if lo is not None else 0)  # type: ignore[arg-type]
        else:
            values = sheet.text(cells, "values").split()
            answered = sheet.text(cells, "answered").lower() in ("yes", "true", "1")
            hi = importer.number(sheet, row, cells, "max", "max")
            require = Requirement(question, values=tuple(values) or None, min=None if values else lo,
                                  max=None if values else hi, answered=answered)  # fmt: skip
            when_q = sheet.text(cells, "when_question")
            when = ShowIf(when_q, tuple(sheet.text(cells, "when_values").split())) if when_q else None
            check = FormCheck(check.id, check.block, when=when, require=require, message=check.message,
                              translations=check.translations)  # fmt: skip
        out.append(check)
    return tuple(out)
