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
from .messages import msg
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
    message: str  # a Message (msg()): English as a str, in the designer's language on screen
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
        add(Problem(("id",), msg("{id!r} is not a slug (lower-case letters, digits, '-' and '_')", id=form.id)))
    if form.version < 1:
        add(Problem(("version",), msg("must be a positive integer")))
    if not form.title.strip():
        add(Problem(("title",), msg("must not be empty")))
    if not form.sections:
        add(Problem(("sections",), msg("a form needs at least one section")))

    _check_grade_bands(form, add)
    _check_languages(form, add)

    weighted = [s.weight is not None for s in form.sections]
    if any(weighted) and not all(weighted):
        for i, s in enumerate(form.sections):
            if s.weight is None:
                add(Problem(("sections", i, "weight"), msg("either every section has a weight or none has")))
    if all(weighted) and form.sections:
        for i, s in enumerate(form.sections):
            if s.weight is not None and s.weight < 0:
                add(Problem(("sections", i, "weight"), msg("must not be negative")))
        if all(s.weight == 0 for s in form.sections):
            add(Problem(("sections",), msg("at least one section weight must be above 0")))

    section_ids: dict[str, int] = {}
    seen: dict[str, Question] = {}  # question id -> question, in form order
    for si, section in enumerate(form.sections):
        sp: Path = ("sections", si)
        if not SLUG.match(section.id):
            add(Problem((*sp, "id"), msg("{id!r} is not a slug", id=section.id)))
        if section.id in section_ids:
            add(
                Problem(
                    (*sp, "id"),
                    msg(
                        "duplicate section id {id!r} (first at sections[{first}])",
                        id=section.id,
                        first=section_ids[section.id],
                    ),
                )
            )
        section_ids.setdefault(section.id, si)
        if not section.title.strip():
            add(Problem((*sp, "title"), msg("must not be empty")))
        if section.photos.min < 0:
            add(Problem((*sp, "photos", "min"), msg("must not be negative")))
        if section.photos.max < section.photos.min:
            add(Problem((*sp, "photos", "max"), msg("must be at least min")))
        if not section.questions:
            add(Problem((*sp, "questions"), msg("a section needs at least one question")))
        for qi, q in enumerate(section.questions):
            qp: Path = (*sp, "questions", qi)
            for problem in _check_question(q, qp, seen):
                add(problem)
            if q.id not in seen:
                seen[q.id] = q
    _check_checks(form, seen, add)
    return problems


NUMERIC_TYPES = frozenset({QuestionType.DURATION, QuestionType.NUMBER, QuestionType.SCALE}) | RATING_TYPES


def _check_checks(form: Form, questions: dict[str, Question], add: callable) -> None:  # type: ignore[valid-type]
    """Quality checks name questions of this form, with values and bounds those questions can take."""
    ids: set[str] = set()
    for i, check in enumerate(form.checks):
        cp: Path = ("checks", i)
        if not SLUG.match(check.id):
            add(Problem((*cp, "id"), msg("{id!r} is not a slug", id=check.id)))
        elif check.id in ids:
            add(Problem((*cp, "id"), msg("duplicate check id {id!r}", id=check.id)))
        ids.add(check.id)
        if check.comment_min_words is not None and check.comment_min_words < 1:
            add(Problem((*cp, "comment_on_fail", "min_words"), msg("must be at least 1")))
        if check.visit_min_minutes is not None and check.visit_min_minutes < 0:
            add(Problem((*cp, "visit_minutes", "min"), msg("must not be negative")))
        if check.kind == "photo_on_fail" and not check.photo_on_fail:
            add(Problem((*cp, "photo_on_fail"), msg("choose at least one question")))
        for key, given in (("when", check.when is not None), ("message", check.message is not None)):
            if given and check.kind != "require":
                add(Problem((*cp, key), msg("{key} is only for a rule (require)", key=key)))
        for j, qid in enumerate(check.photo_on_fail):
            q = questions.get(qid)
            if q is None:
                add(Problem((*cp, "photo_on_fail", j), msg("unknown question")))
            elif not q.is_scored:
                add(
                    Problem(
                        (*cp, "photo_on_fail", j), msg("{question!r} earns no points: it cannot fail", question=qid)
                    )
                )
        if check.when is not None:
            if not check.when.values:
                add(Problem((*cp, "when"), msg("needs equals: VALUE or in: [VALUES]")))
            _check_values(questions, check.when.question, check.when.values, (*cp, "when"), add)
        req = check.require
        if req is not None:
            rp: Path = (*cp, "require")
            q = questions.get(req.question)
            if q is None:
                add(Problem((*rp, "question"), msg("unknown question")))
            elif req.values is not None:
                if not req.values:
                    add(Problem(rp, msg("needs equals: VALUE or in: [VALUES]")))
                _check_values(questions, req.question, req.values, rp, add)
            elif not req.answered and req.min is None and req.max is None:
                add(Problem(rp, msg("give min, max or both")))
            elif (req.min is not None or req.max is not None) and q.type not in NUMERIC_TYPES:
                add(Problem((*rp, "question"), msg("{question!r} is not answered with a number", question=q.id)))
            elif req.min is not None and req.max is not None and req.min > req.max:
                add(Problem((*rp, "max"), msg("must be at least min ({min})", min=_num(req.min))))


def _check_values(questions: dict[str, Question], qid: str, values: tuple[str, ...], path: Path, add: callable) -> None:  # type: ignore[valid-type]
    q = questions.get(qid)
    if q is None:
        add(Problem((*path, "question"), msg("unknown question")))
        return
    allowed = possible_values(q)
    for v in values:
        if allowed is not None and v not in allowed:
            add(
                Problem(
                    path,
                    msg(
                        "{question!r} cannot take the value {value!r} (it takes {values})",
                        question=qid,
                        value=v,
                        values=", ".join(sorted(allowed, key=_sort_key)),
                    ),
                )
            )


def _check_grade_bands(form: Form, add: callable) -> None:  # type: ignore[valid-type]
    mins = [b.min for b in form.grade_bands]
    if 0 not in mins:
        add(Problem(("grade_bands",), msg("must include a band with min: 0")))
    seen: set[object] = set()
    for i, band in enumerate(form.grade_bands):
        if band.min in seen:
            add(Problem(("grade_bands", i, "min"), msg("duplicate min {min}", min=_num(band.min))))
        seen.add(band.min)
        if not 0 <= band.min <= 100:
            add(Problem(("grade_bands", i, "min"), msg("must be between 0 and 100")))
        if not band.label.strip():
            add(Problem(("grade_bands", i, "label"), msg("must not be empty")))


def _check_languages(form: Form, add: callable) -> None:  # type: ignore[valid-type]
    """Languages are codes, listed once; every translation is in one of them, beside a default-language text."""
    seen: set[str] = set()
    for i, lang in enumerate(form.languages):
        if not is_language(lang):
            add(Problem(("languages", i), msg("{lang!r} is not a language code (such as en, pl or pt-BR)", lang=lang)))
        if lang in seen:
            add(Problem(("languages", i), msg("{lang!r} is listed twice", lang=lang)))
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
                add(
                    Problem(
                        fp, msg("a translated text needs the form's languages (languages: [en, pl], default first)")
                    )
                )
                continue
            if not getattr(owner, name):
                add(
                    Problem(
                        fp, msg("has translations but no text in the default language {default!r}", default=default)
                    )
                )
            for lang, text in texts:
                if lang == default:
                    add(
                        Problem(
                            (*fp, lang), msg("{lang!r} is the default language: its text is the plain one", lang=lang)
                        )
                    )
                elif lang not in seen:
                    known = ", ".join(form.languages)
                    add(
                        Problem(
                            (*fp, lang),
                            msg("{lang!r} is not one of the form's languages ({known})", lang=lang, known=known),
                        )
                    )
                elif not text.strip():
                    add(Problem((*fp, lang), msg("must not be empty")))


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
        add(Problem((*qp, "id"), msg("{id!r} is not a slug", id=q.id)))
    if q.id in seen:
        add(Problem((*qp, "id"), msg("duplicate question id {id!r}: ids must be unique in the whole form", id=q.id)))
    if not q.text.strip():
        add(Problem((*qp, "text"), msg("must not be empty")))

    # choices
    if t in (QuestionType.CHOICE, QuestionType.MULTI):
        if not q.choices:
            add(Problem((*qp, "choices"), msg("a {type} question needs choices", type=t.value)))
        values: set[str] = set()
        for ci, c in enumerate(q.choices):
            if c.value in values:
                add(
                    Problem(
                        (*qp, "choices"),
                        msg("duplicate choice value {value!r}", value=c.value),
                        at=(*qp, "choices", ci),
                    )
                )
            values.add(c.value)
            if t is QuestionType.CHOICE and c.points < 0:
                add(Problem((*qp, "choices", ci, "points"), msg("must not be negative on a choice question")))
    elif q.choices:
        add(Problem((*qp, "choices"), msg("choices are only for choice and multi questions, not {type}", type=t.value)))

    # points
    if q.points is not None:
        if t in (QuestionType.CHOICE, QuestionType.DURATION):
            add(
                Problem(
                    (*qp, "points"),
                    msg("points are not given on a choice question: each choice carries its points")
                    if t is QuestionType.CHOICE
                    else msg("points are not given on a duration question: the thresholds carry the points"),
                )
            )
        elif t not in (QuestionType.YES_NO, QuestionType.MULTI, QuestionType.SCALE) and t not in RATING_TYPES:
            add(Problem((*qp, "points"), msg("a {type} question is unscored and takes no points", type=t.value)))
        elif q.points < 0:
            add(Problem((*qp, "points"), msg("must not be negative")))

    # thresholds
    if t is QuestionType.DURATION:
        if not q.thresholds:
            add(Problem((*qp, "thresholds"), msg("a duration question needs thresholds")))
        for i, th in enumerate(q.thresholds):
            if th.max < 0:
                add(Problem((*qp, "thresholds"), msg("max must not be negative"), at=(*qp, "thresholds", i)))
            if th.points < 0:
                add(Problem((*qp, "thresholds"), msg("points must not be negative"), at=(*qp, "thresholds", i)))
            if i > 0:
                prev = q.thresholds[i - 1]
                if th.max <= prev.max:
                    add(Problem((*qp, "thresholds"), msg("max must increase"), at=(*qp, "thresholds", i)))
                if th.points > prev.points:
                    add(Problem((*qp, "thresholds"), msg("points must not increase"), at=(*qp, "thresholds", i)))
    elif q.thresholds:
        add(Problem((*qp, "thresholds"), msg("thresholds are only for duration questions, not {type}", type=t.value)))

    # expected
    if t is QuestionType.YES_NO:
        if q.expected not in ("yes", "no"):
            add(Problem((*qp, "expected"), msg("must be yes or no")))
    elif q.expected != "yes":
        add(Problem((*qp, "expected"), msg("expected is only for yes_no questions, not {type}", type=t.value)))

    _check_range(q, qp, add)

    if q.critical is not None and not q.is_scored:
        add(Problem((*qp, "critical"), msg("only a question that can earn points can be critical")))

    if q.show_if is not None:
        _check_show_if(q, qp, seen, add)
    return out


def _check_range(q: Question, qp: Path, add: callable) -> None:  # type: ignore[valid-type]
    """Scale: a whole-number range; number: optional bounds, and ``whole`` for whole numbers only."""
    t = q.type
    if t is QuestionType.SCALE:
        for name, bound in (("min", q.min), ("max", q.max)):
            if bound is not None and bound != int(bound):
                add(Problem((*qp, name), msg("must be a whole number on a scale question")))
        lo, hi = q.scale_range
        if lo >= hi:
            add(Problem((*qp, "max"), msg("must be greater than min ({lo})", lo=lo)))
    elif t is QuestionType.NUMBER:
        if q.min is not None and q.max is not None and q.min > q.max:
            add(Problem((*qp, "max"), msg("must be at least min ({min})", min=_num(q.min))))
        if q.whole:
            for name, bound in (("min", q.min), ("max", q.max)):
                if bound is not None and bound != int(bound):
                    add(Problem((*qp, name), msg("must be a whole number when whole: true")))
    elif q.min is not None or q.max is not None:
        add(
            Problem(
                (*qp, "min" if q.min is not None else "max"),
                msg("min and max are only for scale and number questions, not {type}", type=t.value),
            )
        )
    if q.whole and t is not QuestionType.NUMBER:
        add(Problem((*qp, "whole"), msg("whole is only for number questions, not {type}", type=t.value)))


def _check_show_if(q: Question, qp: Path, seen: dict[str, Question], add: callable) -> None:  # type: ignore[valid-type]
    cond = q.show_if
    assert cond is not None
    path: Path = (*qp, "show_if", "question")
    if cond.question == q.id:
        add(Problem(path, msg("a question cannot depend on itself")))
        return
    parent = seen.get(cond.question)
    if parent is None:
        add(Problem(path, msg("{question!r} is not an earlier question in this form", question=cond.question)))
        return
    if parent.type not in DISCRETE_TYPES:
        add(
            Problem(
                path,
                msg(
                    "{question!r} is a {type} question;"
                    " show_if needs a yes_no, choice, multi, scale or rating question",
                    question=cond.question,
                    type=parent.type.value,
                ),
            )
        )
        return
    allowed = possible_values(parent)
    if not cond.values:
        add(Problem((*qp, "show_if"), msg("needs equals: VALUE or in: [VALUES]")))
    for v in cond.values:
        if allowed is not None and v not in allowed:
            add(
                Problem(
                    (*qp, "show_if"),
                    msg(
                        "{question!r} cannot take the value {value!r} (it takes {values})",
                        question=cond.question,
                        value=v,
                        values=", ".join(sorted(allowed, key=_sort_key)),
                    ),
                )
            )


def _sort_key(v: str) -> tuple[int, object]:
    return (0, int(v)) if v.lstrip("-").isdigit() else (1, v)
