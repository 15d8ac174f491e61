"""XLSForm workbooks (ODK, KoboToolbox) read into audit forms.

Groups become touchpoints (sections), select_one / select_multiple / integer /
decimal / range / text / date / time questions become ours, notes become a
touchpoint's description, image questions its photo rule, ``relevant`` becomes
``show_if`` and ``constraint`` on a number its range where they can be, and
``label::LANGUAGE`` / ``hint::LANGUAGE`` columns become the form's languages.
Scoring comes from our extra columns (docs/forms.md, "XLSForm"). Everything
that is not carried over as written is reported as FILE:SHEET:ROW:COLUMN: why;
the rules of FORMS.md are then checked on the result, as for a YAML file.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass, field
from fractions import Fraction
from pathlib import Path
from typing import Any

from mystery_shop.domain.form_rules import SLUG, format_path, validate_form
from mystery_shop.domain.form_rules import Path as FieldPath
from mystery_shop.domain.forms import (
    DEFAULT_GRADE_BANDS,
    Channel,
    Choice,
    Form,
    GradeBand,
    PhotoRule,
    Question,
    Section,
    Stage,
)
from mystery_shop.domain.messages import Message, join, msg
from mystery_shop.domain.numbers import to_fraction
from mystery_shop.domain.texts import Translations

from .xlsform_checks import read_checks
from .xlsform_questions import QuestionRows
from .xlsform_sheets import NotAnXlsForm, Sheet, XlsProblem, cell_text, language_code, read_workbook
from .xlsform_types import FIELD_COLUMNS, QUESTION_TYPES, REFUSED_TYPES, YES, parse_type, slug, unique, why_not_kept

# What a photo question row became, by (one is required, it has a label): whole sentences, for translating.
_PHOTO_QUESTION = {
    (False, False): msg("a photo question: counts toward the touchpoint's photos"),
    (True, False): msg("a photo question: counts toward the touchpoint's photos (one required)"),
    (False, True): msg(
        "a photo question: counts toward the touchpoint's photos; its label is added to the touchpoint's description"
    ),
    (True, True): msg(
        "a photo question: counts toward the touchpoint's photos (one required); "
        "its label is added to the touchpoint's description"
    ),
}


@dataclass
class XlsFormImport:
    """What reading a workbook gave: the form (None when it cannot be used) and what was not carried over."""

    form: Form | None
    problems: list[XlsProblem]
    questions_read: int = 0


def import_xlsform(path: str | Path, name: str | None = None) -> XlsFormImport:
    """Read the XLSForm at ``path``. NotAnXlsForm (one line) when the file is not an XLSForm at all."""
    path = Path(path)
    sheets = read_workbook(path)
    return _Importer(name or str(path), path.stem, sheets).run()


@dataclass
class _Group:
    row: int
    name: str
    texts: dict[str, dict[str, str]]  # field -> language -> text
    cells: list[Any]
    relevant: str = ""
    parent_titles: tuple[str, ...] = ()
    current: _SectionDraft | None = None
    parts: int = 0
    repeat: bool = False


@dataclass
class _SectionDraft:
    id: str
    row: int
    title: dict[str, str]
    group: _Group | None
    questions: list[tuple[int, Question]] = field(default_factory=list)
    description: dict[str, list[str]] = field(default_factory=dict)
    photos_required: int = 0
    photo_notes: list[str] = field(default_factory=list)


class _Importer(QuestionRows):
    def __init__(self, file: str, stem: str, sheets: dict[str, Sheet]) -> None:
        self.file = file
        self.stem = stem
        if "survey" not in sheets:
            names = ", ".join(s.name for s in sheets.values()) or msg("none")
            raise NotAnXlsForm(msg("not an XLSForm: it has no 'survey' sheet (its sheets: {names})", names=names))
        self.survey = sheets["survey"]
        if self.survey.column("type") is None:
            found = ", ".join(c.header for c in self.survey.columns) or msg("nothing")
            raise NotAnXlsForm(
                msg("not an XLSForm: the survey sheet has no 'type' column (row 1 has: {found})", found=found)
            )
        self.choices_sheet = sheets.get("choices")
        self.settings = sheets.get("settings")
        self.scoring = sheets.get("scoring")
        self.checks_sheet = sheets.get("checks")
        self.other_sheets = [
            s for k, s in sheets.items() if k not in ("survey", "choices", "settings", "scoring", "checks", "about")
        ]
        self.problems: list[XlsProblem] = []
        self.languages = self._languages()
        self.lists = self._choice_lists()
        self.sections: list[_SectionDraft] = []
        self.stack: list[_Group] = []
        self.loose: _SectionDraft | None = None
        self.by_name: dict[str, Question] = {}
        self.question_ids: set[str] = set()
        self.section_ids: set[str] = set()
        self.origin: dict[FieldPath, tuple[Sheet, int]] = {}
        self.choice_rows: dict[str, dict[str, int]] = {}
        self.form_notes: dict[str, list[str]] = {}
        self.questions_read = 0

    # ------------------------------------------------------------ reporting

    def report(self, sheet: Sheet, row: int, column: str, message: Message) -> None:
        letter = sheet.letter(column) if column and not column.isupper() else column
        self.problems.append(XlsProblem(self.file, sheet.name, row, letter, message))

    # ------------------------------------------------------------ languages and texts

    def _languages(self) -> tuple[str, ...]:
        found: list[str] = []
        for sheet in (s for s in (self.survey, self.choices_sheet, self.scoring, self.settings) if s is not None):
            for c in sheet.columns:
                if c.language_text is not None and c.name in ("label", "hint", "form_title", "description"):
                    if c.language is None:
                        why = msg("'{language}' names no language: column not read", language=c.language_text)
                        self.report(sheet, sheet.header_row, c.letter, why)
                    elif c.language not in found:
                        found.append(c.language)
        if not found:
            return ()
        default = found[0]
        wanted = self.setting("default_language")
        if wanted:
            code = language_code(wanted)
            if code in found:
                default = code
            elif code:
                default = code  # the plain label columns are in this language
                found.insert(0, code)
        return (default, *[lang for lang in found if lang != default])

    def texts(self, sheet: Sheet, cells: list[Any], name: str) -> dict[str, str]:
        """``{language: text}`` of a translatable column; a plain column counts as the default language."""
        if not self.languages:
            text = sheet.text(cells, name)
            return {"": text} if text else {}
        out = {}
        for lang in self.languages:
            text = sheet.text(cells, name, lang)
            if not text and lang == self.languages[0]:
                text = sheet.text(cells, name)
            if text:
                out[lang] = text
        return out

    def split(self, texts: dict[str, str]) -> tuple[str | None, dict[str, str]]:
        """(default text, other languages); a text with no default-language version borrows the first one."""
        if not texts:
            return None, {}
        default_lang = self.languages[0] if self.languages else ""
        default = texts.get(default_lang) or next(iter(texts.values()))
        return default, {lang: t for lang, t in texts.items() if lang != default_lang}

    def plain(self, text: str) -> dict[str, str]:
        return {self.languages[0] if self.languages else "": text}

    def setting(self, name: str, language: str | None = None) -> str:
        if self.settings is None or not self.settings.rows:
            return ""
        return self.settings.text(self.settings.rows[0][1], name, language)

    # ------------------------------------------------------------ choices

    def _choice_lists(self) -> dict[str, list[tuple[int, Choice]]]:
        lists: dict[str, list[tuple[int, Choice]]] = {}
        sheet = self.choices_sheet
        if sheet is None:
            return lists
        if sheet.column("list_name") is None:
            self.report(sheet, sheet.header_row, "", msg("the choices sheet has no list_name column: no choices read"))
            return lists
        for row, cells in sheet.rows:
            list_name = sheet.text(cells, "list_name")
            value = sheet.text(cells, "name")
            if not list_name:
                continue
            if not value:
                self.report(
                    sheet, row, "name", msg("a choice of list '{list}' without a name: left out", list=list_name)
                )
                continue
            if any(value == c.value for _, c in lists.get(list_name, [])):
                self.report(
                    sheet,
                    row,
                    "name",
                    msg("'{value}' is in list '{list}' twice: the second is left out", value=value, list=list_name),
                )
                continue
            label, other = self.split(self.texts(sheet, cells, "label"))
            points = self.number(sheet, row, cells, "points", msg("choice points")) or Fraction(0)
            lists.setdefault(list_name, []).append(
                (row, Choice(value, points, label, Translations.of({"label": other})))
            )
            self.not_kept(sheet, row, cells, {"list_name", "name", "label", "points"})
        return lists

    # ------------------------------------------------------------ cells

    def number(self, sheet: Sheet, row: int, cells: list[Any], column: str, what: str) -> Fraction | None:
        v = sheet.value(cells, column)
        text = cell_text(v)
        if not text:
            return None
        try:
            return to_fraction(v if isinstance(v, (int, float)) and not isinstance(v, bool) else text)
        except (ValueError, ZeroDivisionError):
            self.report(sheet, row, column, msg("{what} '{text}' is not a number: not kept", what=what, text=text))
            return None

    def not_kept(self, sheet: Sheet, row: int, cells: list[Any], used: set[str]) -> None:
        """Report every filled cell of ``row`` that was not used."""
        for c in sheet.columns:
            if c.index >= len(cells) or c.name in used or not cell_text(cells[c.index]):
                continue
            if c.language is not None and c.name in used:
                continue
            self.report(sheet, row, c.letter, why_not_kept(c.name, c.header))

    # ------------------------------------------------------------ the survey

    def run(self) -> XlsFormImport:
        for row, cells in self.survey.rows:
            self.survey_row(row, cells)
        for g in reversed(self.stack):
            self.report(
                self.survey,
                g.row,
                "type",
                msg("group '{group}' has no 'end group': it ends with the sheet", group=g.name),
            )
        for sheet in self.other_sheets:
            if sheet.rows:
                self.report(sheet, sheet.header_row, "", msg("not a sheet of an XLSForm: not read"))
        form = self.build_form()
        problems = self.problems
        if form is not None:
            rule_problems = validate_form(form)
            for p in rule_problems:
                sheet, row, column = self.locate(p.where)
                self.problems.append(
                    XlsProblem(self.file, sheet.name, row, column, join((f"{format_path(p.path)}:", p.message)))
                )
            if rule_problems:
                form = None
        return XlsFormImport(form, problems, self.questions_read)

    def survey_row(self, row: int, cells: list[Any]) -> None:
        sheet = self.survey
        raw = sheet.text(cells, "type")
        if not raw:
            self.report(sheet, row, "type", msg("a row without a type: left out"))
            return
        kind, list_name, or_other = parse_type(raw)
        if kind in ("begin_group", "begin_repeat"):
            self.begin_group(row, cells, repeat=kind == "begin_repeat")
        elif kind in ("end_group", "end_repeat"):
            if not self.stack:
                self.report(sheet, row, "type", msg("'{type}' without a matching begin: ignored", type=raw))
            else:
                self.stack.pop()
                if self.stack:
                    self.stack[-1].current = None  # what follows continues the outer group in a new touchpoint
        elif kind == "note":
            self.note(row, cells)
        elif kind == "image":
            self.image(row, cells)
        elif kind in QUESTION_TYPES:
            if raw.strip().lower() == "phone number":
                why = msg("'phone number' is read as a text question: its format is not checked")
                self.report(sheet, row, "type", why)
            self.question_row(row, cells, kind, list_name, or_other)
        elif kind in REFUSED_TYPES:
            if REFUSED_TYPES[kind]:
                self.report(sheet, row, "type", msg("'{type}' is {why}: left out", type=raw, why=REFUSED_TYPES[kind]))
        else:
            self.report(sheet, row, "type", msg("'{type}' is not a question type this app knows: left out", type=raw))

    def begin_group(self, row: int, cells: list[Any], repeat: bool) -> None:
        sheet = self.survey
        name = sheet.text(cells, "name") or f"group_{row}"
        g = _Group(row, name, {"label": self.texts(sheet, cells, "label")}, cells, sheet.text(cells, "relevant"))
        g.repeat = repeat
        if self.stack:
            outer = self.stack[-1]
            g.parent_titles = (*outer.parent_titles, self.split(outer.texts["label"])[0] or outer.name)
            g.relevant = g.relevant or outer.relevant
            if outer.relevant and sheet.text(cells, "relevant"):
                self.report(
                    sheet,
                    row,
                    "relevant",
                    msg("both this group and the group around it have a relevant: only this one is kept"),
                )
            outer.current = None
        if repeat:
            why = msg("a repeat: its questions are asked once (a checklist does not repeat)")
            self.report(sheet, row, "type", why)
        self.loose = None
        self.stack.append(g)
        used = {"type", "name", "label", "relevant", "weight", "stage", "channel", "photos_min", "photos_max", "hint"}
        self.not_kept(sheet, row, cells, used | ({"repeat_count"} if repeat else set()))
        hint = self.texts(sheet, cells, "hint")
        if hint:
            g.texts["hint"] = hint

    def section(self, row: int) -> _SectionDraft:
        """The touchpoint a question on ``row`` goes into, made when its first row arrives."""
        if not self.stack:
            if self.loose is None:
                n = sum(1 for s in self.sections if s.group is None)
                title = self.setting("form_title") or self.stem
                self.loose = self.new_section(row, "general" if not n else f"general_{n + 1}", self.plain(title), None)
            return self.loose
        g = self.stack[-1]
        if g.current is None:
            g.parts += 1
            title = self.split(g.texts["label"])[0] or g.name
            texts = dict(g.texts["label"]) or self.plain(g.name)
            if g.parent_titles:
                prefix = " › ".join(g.parent_titles)
                texts = {lang: f"{prefix} › {t}" for lang, t in texts.items()}
                why = msg("a group inside a group: becomes the touchpoint '{title}'", title=f"{prefix} › {title}")
                self.report(self.survey, g.row, "type", why)
            if g.parts > 1:
                texts = {lang: f"{t} (continued)" for lang, t in texts.items()}
            g.current = self.new_section(g.row if g.parts == 1 else row, g.name, texts, g)
            if "hint" in g.texts and g.parts == 1:
                for lang, t in g.texts["hint"].items():
                    g.current.description.setdefault(lang, []).append(t)
        return g.current

    def new_section(self, row: int, name: str, title: dict[str, str], group: _Group | None) -> _SectionDraft:
        sid = unique(slug(name, "section"), self.section_ids)
        draft = _SectionDraft(sid, row, title, group)
        self.sections.append(draft)
        return draft

    def note(self, row: int, cells: list[Any]) -> None:
        sheet = self.survey
        texts = self.texts(sheet, cells, "label")
        self.not_kept(sheet, row, cells, {"type", "name", "label", "relevant"})
        if sheet.text(cells, "relevant"):
            self.report(sheet, row, "relevant", msg("a note is always shown: its relevant is not kept"))
        if not self.stack and not self.sections:
            for lang, t in texts.items():
                self.form_notes.setdefault(lang, []).append(t)
            return
        draft = self.section(row)
        if draft.questions:
            self.report(sheet, row, "type", msg("a note between questions: kept in the touchpoint's description"))
        for lang, t in texts.items():
            draft.description.setdefault(lang, []).append(t)

    def image(self, row: int, cells: list[Any]) -> None:
        sheet = self.survey
        draft = self.section(row)
        required = sheet.text(cells, "required").lower() in YES
        draft.photos_required += required
        label = self.split(self.texts(sheet, cells, "label"))[0]
        if label:
            draft.photo_notes.append(label)
        self.report(
            sheet,
            row,
            "type",
            _PHOTO_QUESTION[bool(required), bool(label)],
        )
        self.not_kept(sheet, row, cells, {"type", "name", "label", "required", "hint", "relevant"})

    # ------------------------------------------------------------ questions

    def question_row(self, row: int, cells: list[Any], kind: str, list_name: str | None, or_other: bool) -> None:
        sheet = self.survey
        used = {"type", "name", "label", "hint", "required", "relevant", "constraint", "audit_type", "points",
                "critical", "na", "expected", "thresholds"}  # fmt: skip
        name = sheet.text(cells, "name") or sheet.text(cells, "$autoname")
        label, label_tr = self.split(self.texts(sheet, cells, "label"))
        if not name:
            name = slug(label or f"q{row}", "q")
            self.report(sheet, row, "name", msg("no name: called '{name}'", name=name))
        if not label:
            self.report(sheet, row, "label", msg("no label: the question's text is its name"))
            label = name
        if or_other:
            self.report(sheet, row, "type", msg("'or_other' is not kept: the auditor can add a comment instead"))
        built = self.typed_question(row, cells, kind, list_name, used)
        if built is None:
            return
        qtype, kw = built
        help_, help_tr = self.split(self.texts(sheet, cells, "hint"))
        qid = unique(slug(name, "q"), self.question_ids)
        if qid != slug(name, "q"):
            self.report(sheet, row, "name", msg("'{name}' is used twice: this one is called '{id}'", name=name, id=qid))
        q = Question(
            qid, label, qtype, help=help_, translations=Translations.of({"text": label_tr, "help": help_tr}), **kw
        )
        q = self.scoring_fields(row, cells, q)
        q = dataclasses.replace(q, required=self.required(row, cells, q), show_if=self.show_if(row, cells, q))
        self.not_kept(sheet, row, cells, used | ({"parameters"} if kind == "range" else set()))
        draft = self.section(row)
        draft.questions.append((row, q))
        self.by_name[name] = q
        self.questions_read += 1

    def build_form(self) -> Form | None:
        sections = []
        for si, draft in enumerate(self.sections):
            section = self.build_section(draft)
            self.origin[("sections", si)] = (self.survey, draft.row)
            for qi, (row, q) in enumerate(draft.questions):
                self.origin[("sections", si, "questions", qi)] = (self.survey, row)
                for ci, c in enumerate(q.choices):
                    choice_row = self.choice_rows.get(q.id, {}).get(c.value)
                    if choice_row and self.choices_sheet is not None:
                        self.origin[("sections", si, "questions", qi, "choices", ci)] = (self.choices_sheet, choice_row)
            if section.questions:
                sections.append(section)
            else:
                why = msg("touchpoint '{title}' has no questions left: left out", title=section.title)
                self.report(self.survey, draft.row, "type", why)
        if not sections:
            self.report(
                self.survey, self.survey.header_row, "type", msg("no question could be imported: there is no form")
            )
            return None
        form_id = self.setting("form_id") or self.stem
        fid = slug(form_id, "form").replace("_", "-") if not SLUG.match(form_id) else form_id
        if fid != form_id:
            self.report(
                self.settings or self.survey,
                2 if self.settings else 1,
                "form_id" if self.settings else "",
                msg("form id '{given}' is written '{id}'", given=form_id, id=fid),
            )
        title, title_tr = (
            self.split(self.setting_texts("form_title")) if self.setting_texts("form_title") else (fid, {})
        )
        desc_texts = self.setting_texts("description")
        for lang, notes in self.form_notes.items():
            desc_texts[lang] = "\n\n".join([*([desc_texts[lang]] if lang in desc_texts else []), *notes])
        description, description_tr = self.split(desc_texts)
        return Form(
            id=fid,
            version=self.version(),
            title=title or fid,
            description=description,
            sections=tuple(sections),
            grade_bands=self.bands(),
            languages=self.languages,
            translations=Translations.of({"title": title_tr, "description": description_tr}),
            checks=read_checks(self, self.checks_sheet),
        )

    def setting_texts(self, name: str) -> dict[str, str]:
        if self.settings is None or not self.settings.rows:
            return {}
        return self.texts(self.settings, self.settings.rows[0][1], name)

    def version(self) -> int:
        text = self.setting("version")
        if not text:
            return 1
        if text.isdigit() and int(text) > 0:
            return int(text)
        assert self.settings is not None
        self.report(
            self.settings,
            self.settings.rows[0][0],
            "version",
            msg("version '{text}' is not a whole number: the form is version 1", text=text),
        )
        return 1

    def build_section(self, draft: _SectionDraft) -> Section:
        sheet, g = self.survey, draft.group
        cells = g.cells if g else []
        row = g.row if g else draft.row
        title, title_tr = self.split(draft.title)
        desc = {lang: "\n\n".join(parts) for lang, parts in draft.description.items()}
        if draft.photo_notes:
            default = self.languages[0] if self.languages else ""
            desc[default] = "\n\n".join(
                [*([desc[default]] if default in desc else []), "Photos: " + "; ".join(draft.photo_notes)]
            )
        description, description_tr = self.split(desc)
        lo = self.number(sheet, row, cells, "photos_min", "photos_min") if g else None
        hi = self.number(sheet, row, cells, "photos_max", "photos_max") if g else None
        photos = PhotoRule(
            int(lo) if lo is not None else draft.photos_required,
            int(hi) if hi is not None else max(20, draft.photos_required),
        )
        return Section(
            id=draft.id,
            title=title or draft.id,
            questions=tuple(q for _, q in draft.questions),
            stage=self.enum(row, cells, "stage", Stage) if g else None,
            channel=self.enum(row, cells, "channel", Channel) if g else None,
            weight=self.number(sheet, row, cells, "weight", "weight") if g else None,
            photos=photos,
            description=description,
            translations=Translations.of({"title": title_tr, "description": description_tr}),
        )

    def enum(self, row: int, cells: list[Any], column: str, enum: type[Any]) -> Any:
        text = self.survey.text(cells, column)
        if not text:
            return None
        key = re.sub(r"[\s-]+", "_", text.strip().lower())
        try:
            return enum(key)
        except ValueError:
            self.report(
                self.survey,
                row,
                column,
                msg(
                    "'{value}' is not one of: {options}: not kept", value=text, options=", ".join(m.value for m in enum)
                ),
            )
            return None

    def bands(self) -> tuple[GradeBand, ...]:
        sheet = self.scoring
        if sheet is None or not sheet.rows:
            return DEFAULT_GRADE_BANDS
        self.origin[("grade_bands",)] = (sheet, sheet.header_row)
        out = []
        for bi, (row, cells) in enumerate(sheet.rows):
            lo = self.number(sheet, row, cells, "min", "min")
            label, label_tr = self.split(self.texts(sheet, cells, "label"))
            if lo is None or not label:
                self.report(
                    sheet, row, "min" if lo is None else "label", msg("a grade band needs a min and a label: left out")
                )
                continue
            color = sheet.text(cells, "color") or None
            if color and not re.fullmatch(r"#[0-9a-fA-F]{6}", color):
                self.report(sheet, row, "color", msg("'{color}' is not a colour as #rrggbb: not kept", color=color))
                color = None
            self.origin[("grade_bands", len(out))] = (sheet, row)
            out.append(GradeBand(lo, label, color, Translations.of({"label": label_tr})))
            self.not_kept(sheet, row, cells, {"min", "label", "color"})
            del bi
        return tuple(out) or DEFAULT_GRADE_BANDS

    def locate(self, path: FieldPath) -> tuple[Sheet, int, str]:
        """The cell a rule's problem is about: the row of the nearest object on the path, the field's column."""
        p = path
        while p and p not in self.origin:
            p = p[:-1]
        sheet, row = self.origin.get(p, (self.settings or self.survey, 2 if self.settings else 1))
        names = [x for x in path[len(p) :] if isinstance(x, str)]
        column = FIELD_COLUMNS.get(names[0], "") if names else ""
        if sheet is self.scoring:
            column = {"label": "label", "min": "min", "color": "color"}.get(names[0] if names else "", "")
        if sheet is self.choices_sheet:
            column = "points" if "points" in names else "name"
        return sheet, row, sheet.letter(column) if column else ""
