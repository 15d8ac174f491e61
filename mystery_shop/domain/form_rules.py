"""The rules a well-formed audit form obeys (FORMS.md), checked on domain objects.

Every problem is reported at once, each with the path of the field it concerns
(``sections[1].questions[0].thresholds``) so a loader can name the file line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .forms import (
    RATING_TYPES,
    Form,
    Question,
    QuestionType,
    TextOwner,
)
from .texts import is_language

SLUG = re.compile(r"^[a-z0-9][a-z0-9_-]*$")

Path = tuple[str | int, ...]


@dataclass(frozen=True, slots=True)
class Problem:
    """One thing wrong with a form.

    ``path`` is the field named in the message; ``at`` (when given) is a more
    precise place whose line the loader reports, e.g. the offending threshold.
    """

    path: Path
    message: str
    at: Path | None = None

    @property
    def where(self) -> Path:
        return self.at if self.at is not None else self.path


def format_path(path: Path) -> str:
    """``("sections", 1, "questions", 0, "id")`` -> ``sections[1].questions[0].id``."""
    out = ""
    for part in path:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += ("." if out else "") + part
    return out or "(form)"


# Question types whose answers are a small set of values a show_if can name.
DISCRETE_TYPES = (
    frozenset({QuestionType.YES_NO, QuestionType.CHOICE, QuestionType.MULTI, QuestionType.SCALE}) | RATING_TYPES
)


def possible_values(q: Question) -> frozenset[str] | None:
    """The answer values a question can take, as strings; None if unbounded."""
    if q.type is QuestionType.YES_NO:
        return frozenset({"yes", "no"})
    if q.type in (QuestionType.CHOICE, QuestionType.MULTI):
        return frozenset(c.value for c in q.choices)
    if q.type is QuestionType.SCALE or q.type in RATING_TYPES:
        lo, hi = q.scale_range
        if lo >= hi:
            return None
        return frozenset(str(v) for v in range(lo, hi + 1))
    return None


def validate_form(form: Form) -> list[Problem]:
    problems: list[Problem] = []
    add = problems.append

    if not SLUG.match(form.id):
        add(Problem(("id",), f"{form.id!r} is not a slug (lower-case letters, digits, '-' and '_')"))
    if form.version < 1:
        add(Problem(("version",), "must be a positive integer"))
    if not form.title.strip():
        add(Problem(("title",), "must not be empty"))
    if not form.sections:
        add(Problem(("sections",), "a form needs at least one section"))

    _check_grade_bands(form, add)
    _check_languages(form, add)

    weighted = [s.weight is not None for s in form.sections]
    if any(weighted) and not all(weighted):
        for i, s in enumerate(form.sections):
            if s.weight is None:
                add(Problem(("sections", i, "weight"), "either every section has a weight or none has"))
    if all(weighted) and form.sections:
        for i, s in enumerate(form.sections):
            if s.weight is not None and s.weight < 0:
                add(Problem(("sections", i, "weight"), "must not be negative"))
        if all(s.weight == 0 for s in form.sections):
            add(Problem(("sections",), "at least one section weight must be above 0"))

    section_ids: dict[str, int] = {}
    seen: dict[str, Question] = {}  # question id -> question, in form order
    for si, section in enumerate(form.sections):
        sp: Path = ("sections", si)
        if not SLUG.match(section.id):
            add(Problem((*sp, "id"), f"{section.id!r} is not a slug"))
        if section.id in section_ids:
            add(
                Problem(
                    (*sp, "id"), f"duplicate section id {section.id!r} (first at sections[{section_ids[section.id]}])"
                )
            )
        section_ids.setdefault(section.id, si)
        if not section.title.strip():
            add(Problem((*sp, "title"), "must not be empty"))
        if section.photos.min < 0:
            add(Problem((*sp, "photos", "min"), "must not be negative"))
        if section.photos.max < section.photos.min:
            add(Problem((*sp, "photos", "max"), "must be at least min"))
        if not section.questions:
            add(Problem((*sp, "questions"), "a section needs at least one question"))
        for qi, q in enumerate(section.questions):
            qp: Path = (*sp, "questions", qi)
            for problem in _check_question(q, qp, seen):
                add(problem)
            if q.id not in seen:
                seen[q.id] = q
    return problems


def _check_grade_bands(form: Form, add: callable) -> None:  # type: ignore[valid-type]
    mins = [b.min for b in form.grade_bands]
    if 0 not in mins:
        add(Problem(("grade_bands",), "must include a band with min: 0"))
    seen: set[object] = set()
    for i, band in enumerate(form.grade_bands):
        if band.min in seen:
            add(Problem(("grade_bands", i, "min"), f"duplicate min {_num(band.min)}"))
        seen.add(band.min)
        if not 0 <= band.min <= 100:
            add(Problem(("grade_bands", i, "min"), "must be between 0 and 100"))
        if not band.label.strip():
            add(Problem(("grade_bands", i, "label"), "must not be empty"))


def _check_languages(form: Form, add: callable) -> None:  # type: ignore[valid-type]
    """Languages are codes, listed once; every translation is in one of them, beside a default-language text."""
    seen: set[str] = set()
    for i, lang in enumerate(form.languages):
        if not is_language(lang):
            add(Problem(("languages", i), f"{lang!r} is not a language code (such as en, pl or pt-BR)"))
        if lang in seen:
            add(Problem(("languages", i), f"{lang!r} is listed twice"))
        seen.add(lang)
    default = form.default_language
    owners: list[tuple[Path, TextOwner]] = [((), form)]
    owners += [(("grade_bands", bi), b) for bi, b in enumerate(form.grade_bands)]
    for si, sec in enumerate(form.sections):
        owners.append((("sections", si), sec))
        for qi, q in enumerate(sec.questions):
            owners.append((("sections", si, "questions", qi), q))
            owners += [(("sections", si, "questions", qi, "choices", ci), c) for ci, c in enumerate(q.choices)]
    for path, owner in owners:
        for name, texts in owner.translations.items:
            fp: Path = (*path, name)
            if not form.languages:
                add(Problem(fp, "a translated text needs the form's languages (languages: [en, pl], default first)"))
                continue
            if not getattr(owner, name):
                add(Problem(fp, f"has translations but no text in the default language {default!r}"))
            for lang, text in texts:
                if lang == default:
                    add(Problem((*fp, lang), f"{lang!r} is the default language: its text is the plain one"))
                elif lang not in seen:
                    known = ", ".join(form.languages)
                    add(Problem((*fp, lang), f"{lang!r} is not one of the form's languages ({known})"))
                elif not text.strip():
                    add(Problem((*fp, lang), "must not be empty"))


def _num(x: object) -> str:
    from fractions import Fraction

    if isinstance(x, Fraction) and x.denominator == 1:
        return str(x.numerator)
    if isinstance(x, Fraction):
        return str(float(x))
    return str(x)


def _check_question(q: Question, qp: Path, seen: dict[str, Question]) -> list[Problem]:
    out: list[Problem] = []
    add = out.append
    t = q.type

    if not SLUG.match(q.id):
        add(Problem((*qp, "id"), f"{q.id!r} is not a slug"))
    if q.id in seen:
        add(Problem((*qp, "id"), f"duplicate question id {q.id!r}: ids must be unique in the whole form"))
    if not q.text.strip():
        add(Problem((*qp, "text"), "must not be empty"))

    # choices
    if t in (QuestionType.CHOICE, QuestionType.MULTI):
        if not q.choices:
            add(Problem((*qp, "choices"), f"a {t.value} question needs choices"))
        values: set[str] = set()
        for ci, c in enumerate(q.choices):
            if c.value in values:
                add(Problem((*qp, "choices"), f"duplicate choice value {c.value!r}", at=(*qp, "choices", ci)))
            values.add(c.value)
            if t is QuestionType.CHOICE and c.points < 0:
                add(Problem((*qp, "choices", ci, "points"), "must not be negative on a choice question"))
    elif q.choices:
        add(Problem((*qp, "choices"), f"choices are only for choice and multi questions, not {t.value}"))

    # points
    if q.points is not None:
        if t in (QuestionType.CHOICE, QuestionType.DURATION):
            add(
                Problem(
                    (*qp, "points"),
                    f"points are not given on a {t.value} question: "
                    + (
                        "each choice carries its points"
                        if t is QuestionType.CHOICE
                        else "the thresholds carry the points"
                    ),
                )
            )
        elif t not in (QuestionType.YES_NO, QuestionType.MULTI, QuestionType.SCALE) and t not in RATING_TYPES:
            add(Problem((*qp, "points"), f"a {t.value} question is unscored and takes no points"))
        elif q.points < 0:
            add(Problem((*qp, "points"), "must not be negative"))

    # thresholds
    if t is QuestionType.DURATION:
        if not q.thresholds:
            add(Problem((*qp, "thresholds"), "a duration question needs thresholds"))
        for i, th in enumerate(q.thresholds):
            if th.max < 0:
                add(Problem((*qp, "thresholds"), "max must not be negative", at=(*qp, "thresholds", i)))
            if th.points < 0:
                add(Problem((*qp, "thresholds"), "points must not be negative", at=(*qp, "thresholds", i)))
            if i > 0:
                prev = q.thresholds[i - 1]
                if th.max <= prev.max:
                    add(Problem((*qp, "thresholds"), "max must increase", at=(*qp, "thresholds", i)))
                if th.points > prev.points:
                    add(Problem((*qp, "thresholds"), "points must not increase", at=(*qp, "thresholds", i)))
    elif q.thresholds:
        add(Problem((*qp, "thresholds"), f"thresholds are only for duration questions, not {t.value}"))

    # expected
    if t is QuestionType.YES_NO:
        if q.expected not in ("yes", "no"):
            add(Problem((*qp, "expected"), "must be yes or no"))
    elif q.expected != "yes":
        add(Problem((*qp, "expected"), f"expected is only for yes_no questions, not {t.value}"))

    _check_range(q, qp, add)

    if q.critical is not None and not q.is_scored:
        add(Problem((*qp, "critical"), "only a question that can earn points can be critical"))

    if q.show_if is not None:
        _check_show_if(q, qp, seen, add)
    return out


def _check_range(q: Question, qp: Path, add: callable) -> None:  # type: ignore[valid-type]
    """Scale: a whole-number range; number: optional bounds, and ``whole`` for whole numbers only."""
    t = q.type
    if t is QuestionType.SCALE:
        for name, bound in (("min", q.min), ("max", q.max)):
            if bound is not None and bound != int(bound):
                add(Problem((*qp, name), "must be a whole number on a scale question"))
        lo, hi = q.scale_range
        if lo >= hi:
            add(Problem((*qp, "max"), f"must be greater than min ({lo})"))
    elif t is QuestionType.NUMBER:
        if q.min is not None and q.max is not None and q.min > q.max:
            add(Problem((*qp, "max"), f"must be at least min ({_num(q.min)})"))
        if q.whole:
            for name, bound in (("min", q.min), ("max", q.max)):
                if bound is not None and bound != int(bound):
                    add(Problem((*qp, name), "must be a whole number when whole: true"))
    elif q.min is not None or q.max is not None:
        add(
            Problem(
                (*qp, "min" if q.min is not None else "max"),
                f"min and max are only for scale and number questions, not {t.value}",
            )
        )
    if q.whole and t is not QuestionType.NUMBER:
        add(Problem((*qp, "whole"), f"whole is only for number questions, not {t.value}"))


def _check_show_if(q: Question, qp: Path, seen: dict[str, Question], add: callable) -> None:  # type: ignore[valid-type]
    cond = q.show_if
    assert cond is not None
    path: Path = (*qp, "show_if", "question")
    if cond.question == q.id:
        add(Problem(path, "a question cannot depend on itself"))
        return
    parent = seen.get(cond.question)
    if parent is None:
        add(Problem(path, f"{cond.question!r} is not an earlier question in this form"))
        return
    if parent.type not in DISCRETE_TYPES:
        add(
            Problem(
                path,
                f"{cond.question!r} is a {parent.type.value} question; "
                "show_if needs a yes_no, choice, multi, scale or rating question",
            )
        )
        return
    allowed = possible_values(parent)
    if not cond.values:
        add(Problem((*qp, "show_if"), "needs equals: VALUE or in: [VALUES]"))
    for v in cond.values:
        if allowed is not None and v not in allowed:
            add(
                Problem(
                    (*qp, "show_if"),
                    f"{cond.question!r} cannot take the value {v!r} "
                    f"(it takes {', '.join(sorted(allowed, key=_sort_key))})",
                )
            )


def _sort_key(v: str) -> tuple[int, object]:
    return (0, int(v)) if v.lstrip("-").isdigit() else (1, v)
