"""Audit forms written as XLSForm workbooks (openpyxl) that ``xlsform_import`` reads back as the same form.

The survey, choices and settings sheets are a valid XLSForm (pyxform converts
them); scoring is in our extra columns and the grade bands in a ``scoring``
sheet, which ODK tools ignore. An ``about`` sheet explains the columns to the
person who edits the workbook.
"""

from __future__ import annotations

from fractions import Fraction
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

from mystery_shop.domain.cells import formula_like
from mystery_shop.domain.forms import RATING_RANGES, Form, Question, QuestionType, Section
from mystery_shop.domain.texts import Translations

from .xlsform_checks import ABOUT as CHECKS_ABOUT
from .xlsform_checks import check_rows
from .xlsform_expr import range_to_constraint, show_if_to_relevant
from .xlsform_sheets import language_header

T = QuestionType
SURVEY_SCORING = ["audit_type", "points", "critical", "na", "expected", "thresholds"]
SECTION_SCORING = ["weight", "stage", "channel", "photos_min", "photos_max"]
ABOUT = [
    ("column", "sheet", "what it holds"),
    (
        "type, name, label, hint, required, relevant, constraint, parameters",
        "survey",
        "as in any XLSForm (xlsform.org)",
    ),
    (
        "label::LANGUAGE, hint::LANGUAGE",
        "survey, choices, scoring",
        "a text in another language, e.g. label::Polski (pl)",
    ),
    ("audit_type", "survey", "yes_no, scale, duration, csat, ces or nps where the XLSForm type alone does not say"),
    ("points", "survey", "points a yes/no, scale, multi (a cap) or rating question earns; blank: none"),
    ("points", "choices", "points the choice earns"),
    ("critical", "survey", "section or visit: a failed answer zeroes the touchpoint or the visit"),
    ("na", "survey", "yes: the auditor may answer N/A"),
    ("expected", "survey", "no: on a yes/no question, 'no' is the good answer"),
    ("thresholds", "survey", "a duration's points: SECONDS:POINTS; ... such as 30:4; 60:2"),
    ("weight, stage, channel", "survey (begin group)", "the touchpoint's weight, journey stage and channel"),
    ("photos_min, photos_max", "survey (begin group)", "how many photos the touchpoint needs and allows"),
    ("min, label, color", "scoring", "grade bands: the label of the highest band whose min the total reaches"),
]
HEADER_FILL = PatternFill("solid", fgColor="DDE6F0")
SCORING_FILL = PatternFill("solid", fgColor="FCE9C8")


def export_xlsform(form: Form, path: str | Path) -> None:
    """Write ``form`` as an XLSForm workbook at ``path``."""
    langs = form.languages
    wb = Workbook()
    survey = wb.active
    survey.title = "survey"
    label_cols = _lang_columns("label", langs)
    hint_cols = _lang_columns("hint", langs)
    header = ["type", "name", *label_cols, *hint_cols, "required", "relevant", "constraint", "parameters"]
    header += SURVEY_SCORING + SECTION_SCORING
    survey.append(header)
    choices = wb.create_sheet("choices")
    choices.append(["list_name", "name", *label_cols, "points"])
    col = {name: i for i, name in enumerate(header)}

    def row(**cells: Any) -> None:
        out: list[Any] = [None] * len(header)
        for name, value in cells.items():
            out[col[name]] = value
        survey.append(out)

    questions = {q.id: q for q in form.questions()}
    yes_no_list = next(n for n in ("yes_no", *(f"yes_no_{i}" for i in range(2, 999))) if n not in questions)
    uses_yes_no = False
    for s in form.sections:
        row(type="begin_group", name=s.id, **_texts(label_cols, s.title, s.translations, "title"), **_section_cells(s))
        if s.description:
            row(type="note", name=f"{s.id}_about", **_texts(label_cols, s.description, s.translations, "description"))
        for q in s.questions:
            cells = _question_cells(q, questions, yes_no_list)
            cells.update(_texts(label_cols, q.text, q.translations, "text"))
            if q.help:
                cells.update(_texts(hint_cols, q.help, q.translations, "help"))
            row(**cells)
            if q.type is T.YES_NO:
                uses_yes_no = True
            elif q.choices:
                for c in q.choices:
                    label = _texts(label_cols, c.label, c.translations, "label") if c.label is not None else {}
                    choices.append(
                        [q.id, c.value, *[label.get(h) for h in label_cols], _num(c.points) if c.points else None]
                    )
        row(type="end_group")
    if uses_yes_no:
        for value in ("yes", "no"):
            choices.append([yes_no_list, value, *([value.capitalize()] + [None] * (len(label_cols) - 1)), None])

    settings = wb.create_sheet("settings")
    # pyxform takes no translated form_title: the other languages' titles go in a column it ignores
    title_cols = ["form_title", *[f"title_translation::{language_header(lang)}" for lang in langs[1:]]]
    desc_cols = ["description", *[f"description::{language_header(lang)}" for lang in langs[1:]]]
    settings.append(["form_id", "version", *title_cols, *desc_cols, "default_language"])
    settings.append(
        [
            form.id,
            form.version,
            *_texts(title_cols, form.title, form.translations, "title").values(),
            *(
                _texts(desc_cols, form.description, form.translations, "description").values()
                if form.description
                else [None] * len(desc_cols)
            ),
            language_header(langs[0]) if langs else None,
        ]
    )
    scoring = wb.create_sheet("scoring")
    scoring.append(["min", *label_cols, "color"])
    for b in form.grade_bands:
        scoring.append([_num(b.min), *_texts(label_cols, b.label, b.translations, "label").values(), b.color])
    sheets = [survey, choices, settings, scoring]
    if form.checks:
        checks = wb.create_sheet("checks")
        for line in check_rows(form, _lang_columns("message", langs)):
            checks.append(line)
        sheets.append(checks)
    about = wb.create_sheet("about")
    for line in ABOUT + (CHECKS_ABOUT if form.checks else []):
        about.append(list(line))
    for ws in (*sheets, about):
        _literal_text(ws)
        _style(ws, scoring_columns=set(SURVEY_SCORING + SECTION_SCORING + ["points", "min", "color"]))
    wb.save(path)


def _lang_columns(name: str, langs: tuple[str, ...]) -> list[str]:
    return [f"{name}::{language_header(lang)}" for lang in langs] if langs else [name]


def _texts(columns: list[str], default: str | None, translations: Translations, field: str) -> dict[str, str | None]:
    """The cells of a translated text: the default language in the first column, the others after it."""
    other = translations.field(field)
    out: dict[str, str | None] = {columns[0]: default}
    for column in columns[1:]:
        lang = column.rpartition("(")[2].rstrip(")") if column.endswith(")") else column.partition("::")[2]
        out[column] = other.get(lang)
    return out


def _section_cells(s: Section) -> dict[str, Any]:
    cells: dict[str, Any] = {}
    if s.weight is not None:
        cells["weight"] = _num(s.weight)
    if s.stage is not None:
        cells["stage"] = s.stage.value
    if s.channel is not None:
        cells["channel"] = s.channel.value
    cells["photos_min"] = s.photos.min
    cells["photos_max"] = s.photos.max
    return cells


def _question_cells(q: Question, questions: dict[str, Question], yes_no_list: str) -> dict[str, Any]:
    t = q.type
    cells: dict[str, Any] = {"name": q.id, "required": "yes" if q.is_required else None}
    if t is T.YES_NO:
        cells["type"] = f"select_one {yes_no_list}"
        cells["points"] = _num(q.possible_points())
        if q.expected == "no":
            cells["expected"] = "no"
    elif t in (T.CHOICE, T.MULTI):
        cells["type"] = f"{'select_one' if t is T.CHOICE else 'select_multiple'} {q.id}"
        if t is T.CHOICE and sorted(c.value for c in q.choices) == ["no", "yes"]:
            cells["audit_type"] = "choice"  # else the yes/no list would read back as a yes_no question
        if t is T.MULTI and q.points is not None:
            cells["points"] = _num(q.points)
    elif t is T.SCALE or t in RATING_RANGES:
        lo, hi = q.scale_range
        cells["type"] = "range"
        cells["parameters"] = f"start={lo} end={hi} step=1"
        if t is T.SCALE:
            cells["points"] = _num(q.possible_points())
        else:
            cells["audit_type"] = t.value
            if q.points:
                cells["points"] = _num(q.points)
    elif t is T.DURATION:
        cells["type"] = "decimal"
        cells["audit_type"] = "duration"
        cells["constraint"] = ". >= 0"
        cells["thresholds"] = "; ".join(f"{_num(th.max)}:{_num(th.points)}" for th in q.thresholds)
    elif t is T.NUMBER:
        cells["type"] = "integer" if q.whole else "decimal"
        cells["constraint"] = range_to_constraint(q.min, q.max) or None
    else:
        cells["type"] = t.value  # text, date, time
    if q.critical is not None:
        cells["critical"] = q.critical.value
    if q.na:
        cells["na"] = "yes"
    if q.show_if is not None:
        cells["relevant"] = show_if_to_relevant(q.show_if.question, q.show_if.values, questions[q.show_if.question])
    return cells


def _num(x: Fraction | int) -> int | float:
    f = Fraction(x)
    return f.numerator if f.denominator == 1 else float(f)


def _literal_text(ws: Any) -> None:
    """A text that looks like a formula (``domain.cells``) is a text cell, never computed; written as it is, since
    the workbook is read back into the same form (an apostrophe would become part of a label)."""
    for r in ws.iter_rows():
        for cell in r:
            if formula_like(cell.value):
                cell.data_type = "s"


def _style(ws: Any, scoring_columns: set[str]) -> None:
    """Bold headers (our scoring columns tinted), the header row frozen, readable widths."""
    for cell in ws[1]:
        cell.font = Font(bold=True)
        cell.fill = SCORING_FILL if cell.value in scoring_columns else HEADER_FILL
    ws.freeze_panes = "A2"
    for i, column in enumerate(ws.iter_cols(values_only=True), start=1):
        width = max((len(str(v)) for v in column if v is not None), default=8)
        ws.column_dimensions[get_column_letter(i)].width = min(max(width + 2, 8), 60)
    for r in ws.iter_rows(min_row=2):
        for cell in r:
            cell.alignment = Alignment(vertical="top", wrap_text=isinstance(cell.value, str) and len(cell.value) > 60)
