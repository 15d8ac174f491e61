"""Data export for a client's analysts: one row per visit, one column per question,
plus the section scores, as CSV or XLSX.

Visits of different forms go in one table: the columns are the union of the
forms' questions in form order (prefixed with the form id when two forms use
the same question id), blank where a visit's form has no such question.
"""

from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Any

from mystery_shop.domain.forms import Form
from mystery_shop.domain.scoring import QuestionState

from .period import Period
from .rows import ServiceError

FIXED = ["visit_id", "date", "client", "location", "auditor", "status", "form", "form_version", "total", "grade"]


def export_rows(period: Period) -> tuple[list[str], list[list[Any]]]:
    """The header and the rows of the export; numbers unrounded, N/A as "N/A"."""
    figures = period.figures()
    forms: dict[tuple[str, int], Form] = {}
    for v in period.visits:
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

    rows: list[list[Any]] = []
    for pv, sv in zip(period.visits, figures.visits, strict=True):
        f, score = pv.facts, sv.score
        row: list[Any] = [
            f.visit_id,
            f.date.isoformat(),
            pv.client,
            f.location,
            pv.auditor,
            pv.status.value,
            f.form.id,
            f.form.version,
            _num(score.total),
            score.grade.label if score.grade else "",
        ]
        assert score.questions is not None
        for fid, qid in question_cols:
            if fid != f.form.id:
                row.append("")
                continue
            state = score.questions[qid].state
            if state is QuestionState.NA:
                row.append("N/A")
            elif state is QuestionState.ANSWERED:
                value = f.answers.values[qid]
                row.append(json.dumps(value, ensure_ascii=False) if isinstance(value, list) else value)
            else:
                row.append("")
        by_section = {s.id: s for s in score.sections}
        for fid, sid in section_cols:
            row.append(_num(by_section[sid].score) if fid == f.form.id else "")
        rows.append(row)
    return header, rows


def _num(x: Any) -> Any:
    return "" if x is None else float(x)


def write_export(period: Period, out: Path) -> int:
    """Write the export to ``out`` (.csv or .xlsx); returns the number of visits written."""
    suffix = out.suffix.lower()
    if suffix not in (".csv", ".xlsx"):
        raise ServiceError(f"{out.name}: the export is written as .csv or .xlsx")
    header, rows = export_rows(period)
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_name(out.name + ".part")
    if suffix == ".csv":
        with tmp.open("w", newline="", encoding="utf-8-sig") as fh:  # the BOM makes Excel read UTF-8
            writer = csv.writer(fh)
            writer.writerow(header)
            writer.writerows(rows)
    else:
        _write_xlsx(tmp, header, rows, period)
    tmp.replace(out)
    return len(rows)


def _write_xlsx(path: Path, header: list[str], rows: list[list[Any]], period: Period) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Font

    wb = Workbook(write_only=False)
    ws = wb.active
    ws.title = "Visits"
    ws.append(header)
    for cell in ws[1]:
        cell.font = Font(bold=True)
    for row in rows:
        ws.append(row)
    ws.freeze_panes = "B2"
    meta = wb.create_sheet("About")
    meta.append(["Client", period.client])
    meta.append(["From", period.start.isoformat()])
    meta.append(["To", period.end.isoformat()])
    meta.append(["Visits", len(rows)])
    wb.save(path)
