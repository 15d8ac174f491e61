"""Scoring a visit against its form, exactly as FORMS.md says.

Arithmetic is exact. A form is compiled once into a ``_Plan``: every point
value a question can earn is scaled by one common denominator ``D`` so the
per-visit loop adds plain integers; only an override (a supervisor's arbitrary
decimal) brings a Fraction into the sums, which stay exact either way.
Fractions are made from the sums only when a figure is read.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from fractions import Fraction
from typing import Any

from .answers import Answers, AnswerValue
from .forms import (
    RATING_TYPES,
    CriticalScope,
    Form,
    GradeBand,
    Question,
    QuestionType,
    Stage,
)

Scaled = int | Fraction  # points times the plan's denominator


class QuestionState(StrEnum):
    HIDDEN = "hidden"  # show_if does not hold
    NA = "na"
    UNANSWERED = "unanswered"
    ANSWERED = "answered"


@dataclass(frozen=True, slots=True)
class QuestionResult:
    id: str
    state: QuestionState
    earned: Fraction | None  # None when not applicable or unscored
    possible: Fraction
    overridden: bool
    critical_failed: bool


@dataclass(frozen=True, slots=True)
class SectionScore:
    id: str
    earned: Fraction
    possible: Fraction
    critical_failed: bool  # a section-scope critical question in it failed

    @property
    def score(self) -> Fraction | None:
        return None if self.possible == 0 else 100 * self.earned / self.possible


@dataclass(frozen=True, slots=True)
class Ratings:
    """The visit's CSAT (1-5), CES (1-7) and NPS (0-10) answers; the mean where a form asks twice."""

    csat: Fraction | None = None
    ces: Fraction | None = None
    nps: Fraction | None = None


@dataclass(frozen=True, slots=True)
class VisitScore:
    form_id: str
    form_version: int
    total: Fraction | None
    grade: GradeBand | None
    complete: bool
    missing: tuple[str, ...]  # shown, required, unanswered question ids
    critical_failures: tuple[str, ...]  # question ids, in form order
    sections: tuple[SectionScore, ...]
    stages: Mapping[Stage, Fraction | None]  # journey order, stages the form uses
    ratings: Ratings
    questions: Mapping[str, QuestionResult] | None = None  # with detail=True

    def section(self, section_id: str) -> SectionScore:
        for s in self.sections:
            if s.id == section_id:
                return s
        raise KeyError(section_id)

    def to_json(self) -> dict[str, Any]:
        """The ``score --json`` shape of FORMS.md: unrounded floats, null where undefined."""
        return {
            "form": self.form_id,
            "version": self.form_version,
            "total": _f(self.total),
            "grade": self.grade.label if self.grade else None,
            "complete": self.complete,
            "missing": list(self.missing),
            "critical_failures": list(self.critical_failures),
            "sections": [
                {
                    "id": s.id,
                    "earned": float(s.earned),
                    "possible": float(s.possible),
                    "score": _f(s.score),
                    "critical_failed": s.critical_failed,
                }
                for s in self.sections
            ],
            "stages": {st.value: _f(v) for st, v in self.stages.items()},
            "ratings": {
                "csat": _f(self.ratings.csat),
                "ces": _f(self.ratings.ces),
                "nps": _f(self.ratings.nps),
            },
        }


def _f(x: Fraction | None) -> float | None:
    return None if x is None else float(x)


def grade_for(total: Fraction | None, bands: tuple[GradeBand, ...]) -> GradeBand | None:
    """The highest band whose min is at most ``total`` (compared exactly, unrounded)."""
    if total is None:
        return None
    best: GradeBand | None = None
    for band in bands:
        if band.min <= total and (best is None or band.min > best.min):
            best = band
    return best


# ---------------------------------------------------------------- the plan

_YES_NO, _TABLE, _MULTI, _DURATION, _UNSCORED = range(5)


@dataclass(frozen=True, slots=True)
class _QPlan:
    id: str
    section: int
    kind: int
    table: Mapping[Any, int] | None  # answer -> scaled earned (yes_no, choice, scale, ratings, multi)
    thresholds: tuple[tuple[Fraction, int], ...]
    possible: int  # scaled
    critical: CriticalScope | None
    required: bool
    show_if: tuple[str, frozenset[str]] | None
    rating: QuestionType | None


@dataclass(frozen=True, slots=True)
class _Plan:
    denominator: int
    questions: tuple[_QPlan, ...]
    n_sections: int


def _earnable(q: Question) -> list[Fraction]:
    """Every value (besides 0) that ``q`` can earn, to find the common denominator."""
    t = q.type
    possible = q.possible_points()
    if t is QuestionType.YES_NO:
        return [possible]
    if t in (QuestionType.CHOICE, QuestionType.MULTI):
        return [c.points for c in q.choices] + [possible]
    if t is QuestionType.DURATION:
        return [th.points for th in q.thresholds]
    if t is QuestionType.SCALE or t in RATING_TYPES:
        lo, hi = q.scale_range
        return [Fraction(v - lo, hi - lo) * possible for v in range(lo, hi + 1)]
    return []


# Compiled plans by form identity: hashing a whole frozen form per visit would
# cost more than scoring it. The form is kept in the entry so its id stays unique.
_PLANS: dict[int, tuple[Form, _Plan]] = {}


def _plan(form: Form) -> _Plan:
    hit = _PLANS.get(id(form))
    if hit is not None and hit[0] is form:
        return hit[1]
    if len(_PLANS) > 256:
        _PLANS.clear()
    plan = _compile(form)
    _PLANS[id(form)] = (form, plan)
    return plan


def _compile(form: Form) -> _Plan:
    fractions = [f for q in form.questions() for f in _earnable(q)]
    d = 1
    for f in fractions:
        d = math.lcm(d, f.denominator)

    def scaled(x: Fraction) -> int:
        v = x * d
        assert v.denominator == 1
        return v.numerator

    plans: list[_QPlan] = []
    for si, section in enumerate(form.sections):
        for q in section.questions:
            t = q.type
            possible = q.possible_points()
            table: dict[Any, int] | None = None
            thresholds: tuple[tuple[Fraction, int], ...] = ()
            if t is QuestionType.YES_NO:
                kind = _YES_NO
                other = "no" if q.expected == "yes" else "yes"
                table = {q.expected: scaled(possible), other: 0}
            elif t is QuestionType.CHOICE:
                kind = _TABLE
                table = {c.value: scaled(c.points) for c in q.choices}
            elif t is QuestionType.MULTI:
                kind = _MULTI
                table = {c.value: scaled(c.points) for c in q.choices}
            elif t is QuestionType.SCALE or t in RATING_TYPES:
                kind = _TABLE
                lo, hi = q.scale_range
                table = {v: scaled(Fraction(v - lo, hi - lo) * possible) for v in range(lo, hi + 1)}
            elif t is QuestionType.DURATION:
                kind = _DURATION
                thresholds = tuple((th.max, scaled(th.points)) for th in q.thresholds)
            else:
                kind = _UNSCORED
            if possible == 0 and kind is not _UNSCORED:
                kind = _UNSCORED  # e.g. a rating without points: answered, but earns nothing
            plans.append(
                _QPlan(
                    id=q.id,
                    section=si,
                    kind=kind,
                    table=table,
                    thresholds=thresholds,
                    possible=scaled(possible) if possible else 0,
                    critical=q.critical,
                    required=q.is_required,
                    show_if=(q.show_if.question, frozenset(q.show_if.values)) if q.show_if else None,
                    rating=t if t in RATING_TYPES else None,
                )
            )
    return _Plan(d, tuple(plans), len(form.sections))


def _shows(cond: tuple[str, frozenset[str]], given: Mapping[str, AnswerValue]) -> bool:
    parent = given.get(cond[0])
    if parent is None:
        return False
    if isinstance(parent, list):
        return not cond[1].isdisjoint(parent)
    return str(parent) in cond[1]


# ---------------------------------------------------------------- scoring


def score_visit(form: Form, answers: Answers, *, detail: bool = False) -> VisitScore:
    """Score one visit. ``answers`` must fit the form (see ``check_answers``).

    With ``detail=True`` the result also holds every question's state and points.
    """
    plan = _plan(form)
    d = plan.denominator
    values = answers.values
    na = answers.na
    overrides = answers.overrides

    earned: list[Scaled] = [0] * plan.n_sections
    possible: list[int] = [0] * plan.n_sections
    section_failed = [False] * plan.n_sections
    visible: dict[str, AnswerValue] = {}  # answers of shown, applicable questions
    missing: list[str] = []
    failures: list[str] = []
    visit_failed = False
    ratings: dict[QuestionType, list[int]] = {}
    results: dict[str, QuestionResult] | None = {} if detail else None

    for q in plan.questions:
        if q.show_if is not None and not _shows(q.show_if, visible):
            if results is not None:
                results[q.id] = _result(q, QuestionState.HIDDEN, None, d, False, False)
            continue
        v = values.get(q.id)
        if v is None:
            state = QuestionState.NA if q.id in na else QuestionState.UNANSWERED
            if state is QuestionState.UNANSWERED and q.required:
                missing.append(q.id)
            if results is not None:
                results[q.id] = _result(q, state, None, d, False, False)
            continue
        visible[q.id] = v
        if q.rating is not None:
            ratings.setdefault(q.rating, []).append(v)  # type: ignore[arg-type]
        kind = q.kind
        if kind == _UNSCORED:
            if results is not None:
                results[q.id] = _result(q, QuestionState.ANSWERED, None, d, False, False)
            continue
        e: Scaled
        if kind in (_YES_NO, _TABLE):
            e = q.table[v]  # type: ignore[index]
        elif kind == _MULTI:
            e = sum(q.table[c] for c in v)  # type: ignore[index, union-attr]
            e = 0 if e < 0 else q.possible if e > q.possible else e
        else:  # duration
            secs = Fraction(str(v)) if isinstance(v, float) else v
            e = 0
            for limit, pts in q.thresholds:
                if secs <= limit:  # type: ignore[operator]
                    e = pts
                    break
        override = overrides.get(q.id) if overrides else None
        if override is not None:
            e = override.points * d
            if e.denominator == 1:
                e = e.numerator
        failed = q.critical is not None and e == 0
        if failed:
            failures.append(q.id)
            if q.critical is CriticalScope.SECTION:
                section_failed[q.section] = True
            else:
                visit_failed = True
        si = q.section
        earned[si] += e
        possible[si] += q.possible
        if results is not None:
            results[q.id] = _result(q, QuestionState.ANSWERED, e, d, override is not None, failed)

    for si, failed in enumerate(section_failed):
        if failed:
            earned[si] = 0

    sections = tuple(
        SectionScore(s.id, _unscale(earned[i], d), Fraction(possible[i], d), section_failed[i])
        for i, s in enumerate(form.sections)
    )
    total = _total(form, earned, possible, sections)
    if visit_failed:
        total = Fraction(0)
    return VisitScore(
        form_id=form.id,
        form_version=form.version,
        total=total,
        grade=grade_for(total, form.grade_bands),
        complete=not missing,
        missing=tuple(missing),
        critical_failures=tuple(failures),
        sections=sections,
        stages=_stages(form, earned, possible),
        ratings=Ratings(
            csat=_mean(ratings.get(QuestionType.CSAT)),
            ces=_mean(ratings.get(QuestionType.CES)),
            nps=_mean(ratings.get(QuestionType.NPS)),
        ),
        questions=results,
    )


def _unscale(x: Scaled, d: int) -> Fraction:
    return Fraction(x, d) if isinstance(x, int) else x / d


def _result(
    q: _QPlan, state: QuestionState, e: Scaled | None, d: int, overridden: bool, failed: bool
) -> QuestionResult:
    return QuestionResult(
        id=q.id,
        state=state,
        earned=None if e is None else _unscale(e, d),
        possible=Fraction(q.possible, d),
        overridden=overridden,
        critical_failed=failed,
    )


def _total(
    form: Form, earned: list[Scaled], possible: list[int], sections: tuple[SectionScore, ...]
) -> Fraction | None:
    if not form.weighted:
        p = sum(possible)
        if p == 0:
            return None
        e = sum(earned)
        return Fraction(100 * e, p) if isinstance(e, int) else 100 * e / p
    num = Fraction(0)
    den = Fraction(0)
    for section, s in zip(form.sections, sections, strict=True):
        score = s.score
        if score is None:
            continue
        w = section.weight or Fraction(0)
        num += w * score
        den += w
    return None if den == 0 else num / den


def _stages(form: Form, earned: list[Scaled], possible: list[int]) -> dict[Stage, Fraction | None]:
    sums: dict[Stage, list[Scaled]] = {}
    for i, section in enumerate(form.sections):
        if section.stage is None:
            continue
        acc = sums.setdefault(section.stage, [0, 0])
        acc[0] += earned[i]
        acc[1] += possible[i]
    return {st: (None if sums[st][1] == 0 else 100 * Fraction(sums[st][0]) / sums[st][1]) for st in Stage if st in sums}


def _mean(xs: list[int] | None) -> Fraction | None:
    return None if not xs else Fraction(sum(xs), len(xs))
