"""How one XLSForm survey row becomes a question: its type, range, scoring, required and show_if.

A mixin of the importer (``xlsform_import``), kept apart so each file holds one concern.
"""

from __future__ import annotations

import dataclasses
import re
from fractions import Fraction
from typing import Any

from mystery_shop.domain.forms import (
    RATING_RANGES,
    REQUIRED_BY_DEFAULT,
    Choice,
    CriticalScope,
    Question,
    QuestionType,
    ShowIf,
    Threshold,
)
from mystery_shop.domain.messages import Message, message_of, msg

from .xlsform_expr import Unexpressible, constraint_to_range, relevant_to_show_if
from .xlsform_sheets import Sheet
from .xlsform_types import NO, YES, T, parameters, slug


class QuestionRows:
    """The question-building half of the importer; ``survey``, ``report``, ``number``, ``stack``, ``by_name``
    and ``choice_rows`` come from it."""

    survey: Sheet
    lists: dict[str, list[tuple[int, Choice]]]
    choice_rows: dict[str, dict[str, int]]
    by_name: dict[str, Question]
    stack: list[Any]

    def report(self, sheet: Sheet, row: int, column: str, message: Message) -> None:
        raise NotImplementedError

    def number(self, sheet: Sheet, row: int, cells: list[Any], column: str, what: str) -> Fraction | None:
        raise NotImplementedError

    def typed_question(
        self, row: int, cells: list[Any], kind: str, list_name: str | None, used: set[str]
    ) -> tuple[QuestionType, dict[str, Any]] | None:
        sheet = self.survey
        wanted = sheet.text(cells, "audit_type").lower()
        audit_type: QuestionType | None = None
        if wanted:
            try:
                audit_type = QuestionType(wanted)
            except ValueError:
                self.report(
                    sheet,
                    row,
                    "audit_type",
                    msg("'{value}' is not one of: {options}", value=wanted, options=", ".join(t.value for t in T)),
                )
        if kind in ("select_one", "select_multiple"):
            choices = self.lists.get(list_name or "")
            if not choices:
                self.report(
                    sheet, row, "type", msg("no choices list '{list}' in the choices sheet: left out", list=list_name)
                )
                return None
            self.choice_rows[slug(sheet.text(cells, "name"), "q")] = {c.value: r for r, c in choices}
            values = tuple(c for _, c in choices)
            if kind == "select_multiple":
                return self.checked(row, audit_type, T.MULTI, (T.MULTI,)), {"choices": values}
            return self.select_one(row, values, audit_type)
        if kind in ("integer", "decimal"):
            return self.number_question(row, cells, kind == "integer", audit_type)
        if kind == "range":
            return self.range_question(row, cells, audit_type)
        plain = {"text": T.TEXT, "date": T.DATE, "time": T.TIME}[kind]
        return self.checked(row, audit_type, plain, (plain,)), {}

    def checked(
        self, row: int, wanted: QuestionType | None, derived: QuestionType, allowed: tuple[QuestionType, ...]
    ) -> QuestionType:
        if wanted is None or wanted is derived:
            return derived
        if wanted in allowed:
            return wanted
        self.report(
            self.survey,
            row,
            "audit_type",
            msg(
                "a {wanted} question cannot be this row's type: read as {derived}",
                wanted=wanted.value,
                derived=derived.value,
            ),
        )
        return derived

    def select_one(
        self, row: int, choices: tuple[Choice, ...], wanted: QuestionType | None
    ) -> tuple[QuestionType, dict[str, Any]]:
        values = sorted(c.value for c in choices)
        yes_no_list = values == ["no", "yes"]
        if wanted is T.YES_NO and not yes_no_list:
            self.report(
                self.survey,
                row,
                "audit_type",
                msg("a yes_no question needs a list of exactly 'yes' and 'no': read as choice"),
            )
            wanted = T.CHOICE
        points = {c.value: c.points for c in choices}
        if yes_no_list and wanted in (None, T.YES_NO) and not (points["yes"] > 0 and points["no"] > 0):
            expected = "no" if points["no"] > 0 else "yes"
            kw: dict[str, Any] = {"expected": expected}
            if points[expected] > 0:
                kw["points"] = points[expected]
            return T.YES_NO, kw
        return self.checked(row, wanted, T.CHOICE, (T.CHOICE,)), {"choices": choices}

    def number_question(
        self, row: int, cells: list[Any], whole: bool, wanted: QuestionType | None
    ) -> tuple[QuestionType, dict[str, Any]]:
        sheet = self.survey
        lo = hi = None
        constraint = sheet.text(cells, "constraint")
        if constraint:
            try:
                lo, hi, note = constraint_to_range(constraint, whole)
                if note:
                    self.report(sheet, row, "constraint", note)
            except Unexpressible as e:
                self.report(
                    sheet,
                    row,
                    "constraint",
                    msg("'{constraint}' is not kept: {why}", constraint=constraint, why=message_of(e)),
                )
        thresholds = self.thresholds(row, cells)
        if thresholds or wanted is T.DURATION:
            if not thresholds:
                self.report(
                    sheet,
                    row,
                    "thresholds",
                    msg("a duration needs thresholds (such as '30:4; 60:2'): read as a number"),
                )
            else:
                return T.DURATION, {"thresholds": thresholds}
        if wanted in (T.SCALE, *RATING_RANGES):
            return self.ranged(row, wanted, lo, hi, "constraint")
        self.checked(row, wanted, T.NUMBER, (T.NUMBER,))
        return T.NUMBER, {"min": lo, "max": hi, "whole": whole}

    def range_question(
        self, row: int, cells: list[Any], wanted: QuestionType | None
    ) -> tuple[QuestionType, dict[str, Any]]:
        sheet = self.survey
        params = parameters(sheet.text(cells, "parameters"))
        try:
            start = Fraction(params.get("start", "1"))
            end = Fraction(params.get("end", "10"))
            step = Fraction(params.get("step", "1"))
        except ValueError:
            self.report(
                sheet,
                row,
                "parameters",
                msg(
                    "'{parameters}' is not start=N end=N step=N: read as 1 to 10",
                    parameters=sheet.text(cells, "parameters"),
                ),
            )
            start, end, step = Fraction(1), Fraction(10), Fraction(1)
        whole = start.denominator == 1 and step.denominator == 1
        if step != 1 or not whole or (wanted is not None and wanted not in (T.SCALE, *RATING_RANGES)):
            if wanted is not None and wanted is not T.NUMBER:
                self.checked(row, wanted, T.NUMBER, (T.NUMBER,))
            self.report(
                sheet,
                row,
                "parameters",
                msg(
                    "a range in steps of {step}: read as a number from {start} to {end}",
                    step=step,
                    start=start,
                    end=end,
                ),
            )
            return T.NUMBER, {"min": start, "max": end, "whole": whole and step.denominator == 1}
        return self.ranged(row, wanted or T.SCALE, start, end, "parameters")

    def ranged(
        self, row: int, qtype: QuestionType, lo: Fraction | None, hi: Fraction | None, column: str
    ) -> tuple[QuestionType, dict[str, Any]]:
        if qtype in RATING_RANGES:
            if (lo, hi) != (None, None) and (lo, hi) != tuple(map(Fraction, RATING_RANGES[qtype])):
                a, b = RATING_RANGES[qtype]
                self.report(
                    self.survey,
                    row,
                    column,
                    msg("a {type} answer is always {a} to {b}: the range here is not kept", type=qtype.value, a=a, b=b),
                )
            return qtype, {}
        if lo is None or hi is None or lo.denominator != 1 or hi.denominator != 1:
            self.report(self.survey, row, column, msg("a scale needs whole-number bounds: read as 1 to 5"))
            return T.SCALE, {}
        return T.SCALE, {"min": int(lo), "max": int(hi)}

    def thresholds(self, row: int, cells: list[Any]) -> tuple[Threshold, ...]:
        text = self.survey.text(cells, "thresholds")
        if not text:
            return ()
        out = []
        for part in re.split(r"[;,]", text):
            m = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*[:=]\s*(\d+(?:\.\d+)?)\s*", part)
            if not m:
                self.report(
                    self.survey,
                    row,
                    "thresholds",
                    msg("'{text}' is not 'SECONDS:POINTS; ...' (such as '30:4; 60:2'): not kept", text=text),
                )
                return ()
            out.append(Threshold(Fraction(m.group(1)), Fraction(m.group(2))))
        return tuple(out)

    def scoring_fields(self, row: int, cells: list[Any], q: Question) -> Question:
        sheet = self.survey
        kw: dict[str, Any] = {}
        points = self.number(sheet, row, cells, "points", "points")
        if points is not None:
            if q.type in (T.YES_NO, T.SCALE, T.MULTI) or q.type in RATING_RANGES:
                kw["points"] = None if points == 1 and q.type in (T.YES_NO, T.SCALE) else points
            else:
                why = (
                    msg("each choice carries its points (choices sheet)")
                    if q.type is T.CHOICE
                    else (
                        msg("the thresholds carry the points")
                        if q.type is T.DURATION
                        else msg("a {type} question earns none", type=q.type.value)
                    )
                )
                self.report(sheet, row, "points", msg("points not kept: {why}", why=why))
        elif q.type is T.SCALE or (q.type is T.YES_NO and q.points is None):
            kw["points"] = Fraction(0)  # blank points in a workbook: not scored
        elif q.type is T.YES_NO and q.points == 1:
            kw["points"] = None  # the default
        critical = sheet.text(cells, "critical").lower()
        if critical in ("section", "visit"):
            kw["critical"] = CriticalScope(critical)
        elif critical in YES:
            kw["critical"] = CriticalScope.SECTION
        elif critical not in NO:
            self.report(sheet, row, "critical", msg("'{value}' is not section or visit: not kept", value=critical))
        na = sheet.text(cells, "na").lower()
        if na in YES:
            kw["na"] = True
        elif na not in NO:
            self.report(sheet, row, "na", msg("'{value}' is not yes or no: N/A not allowed", value=na))
        expected = sheet.text(cells, "expected").lower()
        if expected:
            if q.type is T.YES_NO and expected in ("yes", "no"):
                kw["expected"] = expected
            else:
                self.report(sheet, row, "expected", msg("expected (yes or no) is only for yes/no questions: not kept"))
        q = dataclasses.replace(q, **kw)
        if q.critical is not None and not q.is_scored:
            self.report(sheet, row, "critical", msg("only a question that earns points can be critical: not kept"))
            q = dataclasses.replace(q, critical=None)
        return q

    def required(self, row: int, cells: list[Any], q: Question) -> bool | None:
        text = self.survey.text(cells, "required").lower()
        if text in YES:
            value = True
        elif text in NO:
            value = False
        else:
            self.report(
                self.survey, row, "required", msg("'{text}' is a condition: the question is not required", text=text)
            )
            value = False
        return None if value == (q.type in REQUIRED_BY_DEFAULT) else value

    def show_if(self, row: int, cells: list[Any], q: Question) -> ShowIf | None:
        sheet = self.survey
        own = sheet.text(cells, "relevant")
        group = self.stack[-1] if self.stack else None
        expr, where_row, column = (
            (own, row, "relevant")
            if own
            else ((group.relevant, group.row, "relevant") if group and group.relevant else ("", row, ""))
        )
        if not expr:
            return None
        if own and group is not None and group.relevant:
            self.report(
                sheet,
                row,
                "relevant",
                msg("both this row and its group (row {row}) have a relevant: only this row's is kept", row=group.row),
            )
        try:
            name, values = relevant_to_show_if(expr, self.by_name.get)
        except Unexpressible as e:
            if own:
                why = msg(
                    "relevant '{expr}' is not kept, the question is always shown: {why}", expr=expr, why=message_of(e)
                )
            else:
                why = msg(
                    "relevant '{expr}' (the relevant of the group on row {row}) is not kept, "
                    "the question is always shown: {why}",
                    expr=expr,
                    row=where_row,
                    why=message_of(e),
                )
            self.report(sheet, row, column if own else "type", why)
            return None
        return ShowIf(self.by_name[name].id, values)

    # ------------------------------------------------------------ the form
