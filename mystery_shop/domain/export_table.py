"""The data export's table: one row per visit, one column per question, plus the section scores.

Visits of different forms go in one table: the columns are the union of the
forms' questions in form order (prefixed with the form id when two forms use
the same question id), blank where a visit's form has no such question. The
app (``services.export``) and the server's client portal build the same table.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from dataclasses import dataclass
from fractions import Fraction
from typing import Any

from .figures import ScoredVisit, VisitFacts
from .forms import Form, QuestionType
from .scoring import QuestionState

FIXED = ["visit_id", "date", "client", "location", "auditor", "status", "form", "form_version", "total", "grade"]
# The question ids whose points a supervisor adjusted on review, space-separated (the reason stays internal).
ADJUSTED = "adjusted_on_review"
# Scores (percent) are written rounded to this many decimals: 33.33, never 33.333333333333336.
SCORE_DECIMALS = 2


@dataclass(frozen=True, slots=True)
class ExportVisit:
    facts: VisitFacts  # the visit with its answers
    scored: ScoredVisit  # and its digest (the score)
    client: str
    auditor: str
    status: str  # the status value, "approved" or "published"


def export_table(visits: Sequence[ExportVisit]) -> tuple[list[str], list[list[Any]]]:
    """The header and the rows, in the order given; scores at ``SCORE_DECIMALS``, N/A as "N/A"; the visit's date
    and date answers as dates, numbers as numbers (a spreadsheet types them so)."""
    forms: dict[tuple[str, int], Form] = {}
    for v in visits:
        forms.setdefault(v.facts.form.key, v.facts.form)
    question_cols: list[tuple[str, str]] = []  # (form id, question id)
    section_cols: list[tuple[str, str]] = []
    seen_q: dict[str, str] = {}
    for form in forms.values():
        for section in form.sections:
            if (form.id, section.id) not in section_cols:
                section_cols.append((form.id, section.id))
            for q in section.questions:
                if (form.id, q.id) not in question_cols:
                    question_cols.append((form.id, q.id))
                    seen_q.setdefault(q.id, form.id)
    clash = {qid for fid, qid in question_cols if seen_q[qid] != fid}
    names = [f"{fid}.{qid}" if qid in clash else qid for fid, qid in question_cols]
    header = FIXED + names + [f"score.{fid}.{sid}" if len(forms) > 1 else f"score.{sid}" for fid, sid in section_cols]
    header.append(ADJUSTED)

    rows: list[list[Any]] = []
    for v in visits:
        f, score = v.facts, v.scored.score
        row: list[Any] = [
            f.visit_id,
            f.date,
            v.client,
            f.location,
            v.auditor,
            v.status,
            f.form.id,
            f.form.version,
            _num(score.total),
            score.grade.label if score.grade else "",
        ]
        for fid, qid in question_cols:
            if fid != f.form.id:
                row.append("")
                continue
            state = score.questions[qid].state
            if state is QuestionState.NA:
                row.append("N/A")
            elif state is QuestionState.ANSWERED:
                row.append(_answer(f.form, qid, f.answers.values[qid]))
            else:
                row.append("")
        by_section = {s.id: s for s in score.sections}
        for fid, sid in section_cols:
            row.append(_num(by_section[sid].score) if fid == f.form.id else "")
        row.append(" ".join(q.id for q in f.form.questions() if q.id in f.answers.overrides))
        rows.append(row)
    return header, rows


def _answer(form: Form, question_id: str, value: Any) -> Any:
    if isinstance(value, list):
        return json.dumps(value, ensure_ascii=False)
    q = form.question(question_id)
    if q is not None and q.type is QuestionType.DATE and isinstance(value, str):
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            return value
    return value


def _num(x: Any) -> Any:
    """A score at the stated precision: exact (a Fraction) rounded once, then a float that prints as rounded."""
    return "" if x is None else float(round(Fraction(x), SCORE_DECIMALS))
