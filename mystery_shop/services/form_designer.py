"""Designing a form: the edits a form author makes, checked by the loader's rules, with undo and redo.

``FormDraft`` holds an immutable domain ``Form`` and replaces it on every edit,
so undo is a stack of earlier forms and every state is checked whole by
``validate_form`` (the same rules as a YAML file; each problem carries the
path of the field it is about, for the designer to show it there). Saving
writes YAML over the file's old text, keeping its comments and order where it
can; a version already in the profile is never written again: saving makes
the next version. Publishing adds the saved version to the profile, from
where sync takes it to the server. No Qt here: the designer window drives it.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from fractions import Fraction
from pathlib import Path
from typing import Any

from sqlalchemy import select

from mystery_shop.domain.form_rules import DISCRETE_TYPES, Problem, format_path, validate_form
from mystery_shop.domain.forms import (
    Choice,
    Form,
    FormCheck,
    Question,
    QuestionType,
    Requirement,
    Section,
    ShowIf,
    Threshold,
)
from mystery_shop.domain.messages import join, msg, msgn
from mystery_shop.formats import parse_form
from mystery_shop.formats.form_yaml_write import dump_form, update_form_yaml
from mystery_shop.store import models as m

from .rows import FormRow, ServiceError

T = QuestionType
FieldPath = tuple[str | int, ...]
POINTS_TYPES = (T.YES_NO, T.MULTI, T.SCALE, T.CSAT, T.CES, T.NPS)


def blank_form(form_id: str = "new-form") -> Form:
    """A form to start from: one touchpoint with one yes/no question."""
    question = Question("question_1", "New question", T.YES_NO)
    return Form(form_id, 1, "New form", (Section("touchpoint_1", "New touchpoint", (question,)),))


class FormDraft:
    """A form being designed, with its undo history and where it is saved."""

    def __init__(self, form: Form, *, source: str | None = None, path: Path | None = None, taken: int = 0) -> None:
        self.form = form
        self.source = source  # the YAML text it was read from: its comments are kept on save
        self.path = path
        self.taken = taken  # versions up to this one are in the profile already: never written again
        self.saved = form
        self._undo: list[tuple[Form, str]] = []
        self._redo: list[tuple[Form, str]] = []
        self._problems: tuple[Form, list[Problem]] | None = None

    @classmethod
    def from_file(cls, path: Path, taken: int = 0) -> FormDraft:
        text = path.read_text(encoding="utf-8")
        return cls(parse_form(text, str(path)), source=text, path=path, taken=taken)

    # ------------------------------------------------------------ state

    @property
    def dirty(self) -> bool:
        return self.form != self.saved

    @property
    def undo_label(self) -> str | None:
        return self._undo[-1][1] if self._undo else None

    @property
    def redo_label(self) -> str | None:
        return self._redo[-1][1] if self._redo else None

    def problems(self) -> list[Problem]:
        if self._problems is None or self._problems[0] is not self.form:
            self._problems = (self.form, validate_form(self.form))
        return self._problems[1]

    def problems_at(self, path: FieldPath, *, exact: bool = False) -> list[str]:
        """Messages of the problems about ``path`` (and, unless ``exact``, about anything under it)."""
        n = len(path)
        return [
            p.message if len(p.path) == n else join((f"{format_path(p.path[n:])}:", p.message))
            for p in self.problems()
            if (p.path == path if exact else p.path[:n] == path)
        ]

    def question(self, si: int, qi: int) -> Question:
        return self.form.sections[si].questions[qi]

    def earlier_questions(self, si: int, qi: int) -> list[Question]:
        """The questions a show_if of question (si, qi) may name: earlier, with a set of answers."""
        out = []
        for s_index, s in enumerate(self.form.sections):
            for q_index, q in enumerate(s.questions):
                if (s_index, q_index) >= (si, qi):
                    return out
                if q.type in DISCRETE_TYPES:
                    out.append(q)
        return out

    # ------------------------------------------------------------ undo

    def apply(self, form: Form, label: str) -> None:
        if form == self.form:
            return
        self._undo.append((self.form, label))
        self._redo.clear()
        self.form = form

    def undo(self) -> str | None:
        if not self._undo:
            return None
        form, label = self._undo.pop()
        self._redo.append((self.form, label))
        self.form = form
        return label

    def redo(self) -> str | None:
        if not self._redo:
            return None
        form, label = self._redo.pop()
        self._undo.append((self.form, label))
        self.form = form
        return label

    # ------------------------------------------------------------ sections

    def _sections(self, sections: list[Section], label: str) -> None:
        self.apply(dataclasses.replace(self.form, sections=tuple(sections)), label)

    def add_section(self, index: int | None = None) -> int:
        sections = list(self.form.sections)
        index = len(sections) if index is None else index
        sid = _unique("touchpoint", {s.id for s in sections})
        qid = _unique("question", {q.id for q in self.form.questions()})
        sections.insert(index, Section(sid, "New touchpoint", (Question(qid, "New question", T.YES_NO),)))
        self._sections(sections, "add a touchpoint")
        return index

    def duplicate_section(self, si: int) -> int:
        sections = list(self.form.sections)
        s = sections[si]
        taken = {q.id for q in self.form.questions()}
        copies = []
        for q in s.questions:
            copies.append(dataclasses.replace(q, id=_unique(f"{q.id}_copy", taken)))
            taken.add(copies[-1].id)
        sid = _unique(f"{s.id}_copy", {x.id for x in sections})
        sections.insert(si + 1, dataclasses.replace(s, id=sid, title=f"{s.title} (copy)", questions=tuple(copies)))
        self._sections(sections, f"duplicate “{s.title}”")
        return si + 1

    def delete_section(self, si: int) -> None:
        sections = list(self.form.sections)
        removed = sections.pop(si)
        self._sections(sections, f"delete “{removed.title}”")

    def move_section(self, src: int, dst: int) -> None:
        sections = list(self.form.sections)
        s = sections.pop(src)
        sections.insert(dst, s)
        self._sections(sections, f"move “{s.title}”")

    def update_section(self, si: int, **changes: Any) -> None:
        sections = list(self.form.sections)
        sections[si] = dataclasses.replace(sections[si], **changes)
        self._sections(sections, f"change {', '.join(changes)} of “{sections[si].title}”")

    # ------------------------------------------------------------ questions

    def _questions(self, si: int, questions: list[Question], label: str) -> None:
        sections = list(self.form.sections)
        sections[si] = dataclasses.replace(sections[si], questions=tuple(questions))
        self._sections(sections, label)

    def add_question(self, si: int, index: int | None = None, qtype: QuestionType = T.YES_NO) -> int:
        questions = list(self.form.sections[si].questions)
        index = len(questions) if index is None else index
        qid = _unique("question", {q.id for q in self.form.questions()})
        questions.insert(index, retyped(Question(qid, "New question", T.YES_NO), qtype))
        self._questions(si, questions, "add a question")
        return index

    def duplicate_question(self, si: int, qi: int) -> int:
        questions = list(self.form.sections[si].questions)
        q = questions[qi]
        questions.insert(
            qi + 1, dataclasses.replace(q, id=_unique(f"{q.id}_copy", {x.id for x in self.form.questions()}))
        )
        self._questions(si, questions, f"duplicate “{q.text}”")
        return qi + 1

    def delete_question(self, si: int, qi: int) -> None:
        questions = list(self.form.sections[si].questions)
        removed = questions.pop(qi)
        self._questions(si, questions, f"delete “{removed.text}”")

    def move_question(self, src: tuple[int, int], dst: tuple[int, int]) -> None:
        """Move question ``src`` (section, index) to ``dst``; the index is counted after it has been taken out."""
        sections = [list(s.questions) for s in self.form.sections]
        q = sections[src[0]].pop(src[1])
        sections[dst[0]].insert(min(dst[1], len(sections[dst[0]])), q)
        new = [dataclasses.replace(s, questions=tuple(qs)) for s, qs in zip(self.form.sections, sections, strict=True)]
        self._sections(new, f"move “{q.text}”")

    def update_question(self, si: int, qi: int, **changes: Any) -> None:
        """Change fields of a question; a new type drops what the type does not take, a new id follows in show_ifs."""
        q = self.question(si, qi)
        new = retyped(q, changes.pop("type")) if "type" in changes else q
        new = dataclasses.replace(new, **changes)
        questions = list(self.form.sections[si].questions)
        questions[qi] = new
        sections = list(self.form.sections)
        sections[si] = dataclasses.replace(sections[si], questions=tuple(questions))
        checks = self.form.checks
        if new.id != q.id:
            sections = [_renamed_in_show_ifs(s, q.id, new.id) for s in sections]
            checks = tuple(_renamed_in_check(c, q.id, new.id) for c in checks)
        what = ", ".join(changes) or "type"
        self.apply(
            dataclasses.replace(self.form, sections=tuple(sections), checks=checks), f"change {what} of “{q.text}”"
        )

    # ------------------------------------------------------------ the form

    def update_form(self, **changes: Any) -> None:
        self.apply(dataclasses.replace(self.form, **changes), f"change {', '.join(changes)} of the form")

    # ------------------------------------------------------------ quality checks

    def _checks(self, checks: list[FormCheck], label: str) -> None:
        self.apply(dataclasses.replace(self.form, checks=tuple(checks)), label)

    def add_check(self, kind: str) -> int:
        """Add a check of ``kind`` (its YAML key) at the end, made to pass the form's rules where it can."""
        checks = list(self.form.checks)
        taken = {c.id for c in checks}
        base = "rule" if kind == "require" else kind.replace("_", "-")
        cid = next(x for n in range(1, len(taken) + 2) if (x := base if n == 1 else f"{base}-{n}") not in taken)
        checks.append(blank_check(self.form, kind, cid))
        self._checks(checks, f"add check “{cid}”")
        return len(checks) - 1

    def update_check(self, index: int, **changes: Any) -> None:
        """Change fields of check ``index``; a new ``kind`` keeps only its id and whether it blocks."""
        checks = list(self.form.checks)
        old = checks[index]
        kind = changes.pop("kind", None)
        new = old if kind is None or kind == old.kind else blank_check(self.form, kind, old.id, block=old.block)
        checks[index] = dataclasses.replace(new, **changes)
        self._checks(checks, f"change {', '.join(changes) or 'kind'} of check “{old.id}”")

    def delete_check(self, index: int) -> None:
        checks = list(self.form.checks)
        removed = checks.pop(index)
        self._checks(checks, f"delete check “{removed.id}”")

    # ------------------------------------------------------------ saving and publishing

    @property
    def version_to_save(self) -> int:
        """The version saving writes: this one, unless the profile has it already."""
        return self.form.version if self.form.version > self.taken else self.taken + 1

    def yaml_text(self) -> str:
        form = dataclasses.replace(self.form, version=self.version_to_save)
        return update_form_yaml(self.source, form) if self.source else dump_form(form)

    def save(self, path: Path | None = None) -> Path:
        """Write the form (as ``version_to_save``) to ``path`` or where it was last saved."""
        target = path or self.path
        if target is None:
            raise ServiceError(msg("Choose where to save the form."))
        if self.problems():
            raise ServiceError(msgn("The form has %n problem(s) to fix before it can be saved.", len(self.problems())))
        text = self.yaml_text()
        try:
            target.write_text(text, encoding="utf-8")
        except OSError as e:
            raise ServiceError(msg("{target}: cannot save ({error}).", target=target, error=e.strerror or e)) from None
        form = dataclasses.replace(self.form, version=self.version_to_save)
        if form != self.form:
            self.apply(form, "save as a new version")
        self.source, self.path, self.saved = text, target, self.form
        return target

    def publish(self, ws: Any) -> FormRow:
        """Add the saved version to the profile (immutable from now on); sync takes it to the server."""
        if self.dirty or self.source is None:
            raise ServiceError(msg("Save the form before publishing it."))
        row: FormRow = ws.add_form_source(self.source, str(self.path or self.form.id))
        self.taken = max(self.taken, row.version)
        return row


def retyped(q: Question, qtype: QuestionType) -> Question:
    """``q`` as a question of ``qtype``: what the new type does not take is dropped, what it needs is added."""
    keep_choices = qtype in (T.CHOICE, T.MULTI)
    choices = q.choices if keep_choices else ()
    if keep_choices and not choices:
        choices = (Choice("option_1", Fraction(1), "Option 1"), Choice("option_2", Fraction(0), "Option 2"))
    thresholds = q.thresholds if qtype is T.DURATION else ()
    if qtype is T.DURATION and not thresholds:
        thresholds = (Threshold(Fraction(30), Fraction(2)), Threshold(Fraction(60), Fraction(1)))
    ranged = qtype in (T.SCALE, T.NUMBER) and q.type in (T.SCALE, T.NUMBER)
    new = dataclasses.replace(
        q,
        type=qtype,
        choices=choices,
        thresholds=thresholds,
        points=q.points if qtype in POINTS_TYPES and q.type in POINTS_TYPES else None,
        expected=q.expected if qtype is T.YES_NO else "yes",
        min=q.min if ranged else None,
        max=q.max if ranged else None,
        whole=q.whole and qtype is T.NUMBER,
    )
    return new if new.is_scored or new.critical is None else dataclasses.replace(new, critical=None)


def blank_check(form: Form, kind: str, cid: str, *, block: bool = False) -> FormCheck:
    """A new check of ``kind`` about the form's first questions that suit it (the author picks others)."""
    questions = list(form.questions())
    scored = [q.id for q in questions if q.is_scored]
    if kind == "comment_on_fail":
        return FormCheck(cid, block, comment_min_words=5)
    if kind == "visit_minutes":
        return FormCheck(cid, block, visit_min_minutes=Fraction(10))
    if kind == "photo_on_fail":
        return FormCheck(cid, block, photo_on_fail=tuple(scored[:1]))
    if kind != "require":
        raise ValueError(kind)
    first = questions[0].id if questions else ""
    return FormCheck(cid, block, require=Requirement(first, answered=True))


def _renamed_in_show_ifs(s: Section, old: str, new: str) -> Section:
    def fix(q: Question) -> Question:
        if q.show_if is not None and q.show_if.question == old:
            return dataclasses.replace(q, show_if=ShowIf(new, q.show_if.values))
        return q

    return dataclasses.replace(s, questions=tuple(map(fix, s.questions)))


def _renamed_in_check(c: FormCheck, old: str, new: str) -> FormCheck:
    when, req = c.when, c.require
    return dataclasses.replace(
        c,
        when=ShowIf(new, when.values) if when is not None and when.question == old else when,
        require=dataclasses.replace(req, question=new) if req is not None and req.question == old else req,
        photo_on_fail=tuple(new if x == old else x for x in c.photo_on_fail),
    )


def _unique(base: str, taken: Iterable[str]) -> str:
    used = set(taken)
    n = 1
    while f"{base}_{n}" in used:
        n += 1
    return base if base.endswith("_copy") and base not in used else f"{base}_{n}"


# ------------------------------------------------------------------ the profile's forms


def form_source(ws: Any, form_id: str, version: int) -> str:
    """The YAML text a form version was added to the profile with."""
    with ws.sessions() as s:
        source = s.scalar(
            select(m.FormVersion.source).where(m.FormVersion.form_id == form_id, m.FormVersion.version == version)
        )
    if source is None:
        raise ServiceError(msg("Form {form} version {version} is not in this profile.", form=form_id, version=version))
    return str(source)


def taken_version(ws: Any, form_id: str) -> int:
    """The newest version of ``form_id`` in the profile (0 when it has none): saving writes a higher one."""
    try:
        return int(ws.latest_form_version(form_id))
    except ServiceError:
        return 0


def open_from_profile(ws: Any, form_id: str, version: int) -> FormDraft:
    source = form_source(ws, form_id, version)
    return FormDraft(parse_form(source, f"{form_id}@{version}"), source=source, taken=taken_version(ws, form_id))
