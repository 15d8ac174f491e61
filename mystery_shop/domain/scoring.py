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
from functools import cached_property
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


# Raised whenever a change to this module could change a stored score: a profile whose visits were
# scored by another version is rescored once when opened (store.scores), so no stale figure survives.
SCORER_VERSION = 3  # 3: the row also keeps whether a critical question failed


class QuestionState(StrEnum):
    HIDDEN = "hidden"  # show_if does not hold
    NA = "na"
    UNANSWERED = "unanswered"
    ANSWERED = "answered"


class QuestionResult:
    """One question's state and points in a scored visit; Fractions made when read."""

    __slots__ = ("_d", "_earned", "_possible", "critical_failed", "id", "overridden", "state")

    def __init__(
        self,
        id: str,
        state: QuestionState,
        earned: Scaled | None,
        possible: int,
        d: int,
        overridden: bool = False,
        critical_failed: bool = False,
    ) -> None:
        self.id = id
        self.state = state
        self._earned = earned
        self._possible = possible
        self._d = d
        self.overridden = overridden
        self.critical_failed = critical_failed

    @property
    def earned(self) -> Fraction | None:
        """Points earned; None when not applicable (hidden, N/A, unanswered) or unscored."""
        return None if self._earned is None else _unscale(self._earned, self._d)

    @property
    def possible(self) -> Fraction:
        return Fraction(self._possible, self._d)

    def __repr__(self) -> str:
        return f"QuestionResult({self.id!r}, {self.state.value}, earned={self.earned}, possible={self.possible})"


class SectionScore:
    """A section's earned and possible points; exact Fractions made when read.

    Sums are kept scaled by the form plan's denominator so scoring a visit
    builds no Fraction until somebody asks for a figure.
    """

    __slots__ = ("_d", "_earned", "_possible", "critical_failed", "id")

    def __init__(self, id: str, earned: Scaled, possible: int, denominator: int, critical_failed: bool) -> None:
        self.id = id
        self._earned = earned
        self._possible = possible
        self._d = denominator
        self.critical_failed = critical_failed  # a section-scope critical question in it failed

    @property
    def earned(self) -> Fraction:
        return _unscale(self._earned, self._d)

    @property
    def possible(self) -> Fraction:
        return Fraction(self._possible, self._d)

    @property
    def score(self) -> Fraction | None:
        return None if self._possible == 0 else _ratio(self._earned, self._possible)

    def __repr__(self) -> str:
        return (
            f"SectionScore({self.id!r}, earned={self.earned}, possible={self.possible}, failed={self.critical_failed})"
        )


def _ratio(earned: Scaled, possible: int) -> Fraction:
    """100 x earned / possible, exactly (both in the same scaled units)."""
    return Fraction(100 * earned, possible) if isinstance(earned, int) else 100 * earned / possible


@dataclass(frozen=True, slots=True)
class Ratings:
    """The visit's CSAT (1-5), CES (1-7) and NPS (0-10) answers; the mean where a form asks twice."""

    csat: Fraction | None = None
    ces: Fraction | None = None
    nps: Fraction | None = None


@dataclass(frozen=True)
class VisitScore:
    form_id: str
    form_version: int
    total: Fraction | None
    grade: GradeBand | None
    complete: bool
    missing: tuple[str, ...]  # shown, required, unanswered question ids
    critical_failures: tuple[str, ...]  # question ids, in form order
    sections: tuple[SectionScore, ...]
    ratings: Ratings
    questions: Mapping[str, QuestionResult] | None = None  # with detail=True
    # (stage, scaled earned, scaled possible) in journey order, for ``stages``
    stage_sums: tuple[tuple[Stage, Scaled, int], ...] = ()

    @cached_property
    def stages(self) -> dict[Stage, Fraction | None]:
        """Stage scores in journey order, for the stages the form uses."""
        return {st: (None if p == 0 else _ratio(e, p)) for st, e, p in self.stage_sums}

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

_TABLE, _MULTI, _DURATION, _UNSCORED = range(4)

# One compiled question, a plain tuple because the per-visit loop unpacks it:
# (id, section index, kind, answer -> scaled points table, duration thresholds,
#  scaled possible, critical scope, required, show_if (parent id, values),
#  rating type, whether a later question's show_if reads this answer)
_Row = tuple[
    str,
    int,
    int,
    "Mapping[Any, int] | None",
    "tuple[tuple[int | Fraction, int], ...]",
    int,
    "CriticalScope | None",
    bool,
    "tuple[str, frozenset[str]] | None",
    "QuestionType | None",
    bool,
]


@dataclass(frozen=True, slots=True)
class _Plan:
    denominator: int
    rows: tuple[_Row, ...]
    n_sections: int
    stage_of: tuple[Stage | None, ...]  # per section
    stages: tuple[Stage, ...]  # used, in journey order


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
    d = 1
    for q in form.questions():
        for f in _earnable(q):
            d = math.lcm(d, f.denominator)

    def scaled(x: Fraction) -> int:
        v = x * d
        assert v.denominator == 1
        return v.numerator

    parents = {q.show_if.question for q in form.questions() if q.show_if is not None}
    rows: list[_Row] = []
    for si, section in enumerate(form.sections):
        for q in section.questions:
            t = q.type
            possible = q.possible_points()
            table: dict[Any, int] | None = None
            thresholds: tuple[tuple[int | Fraction, int], ...] = ()
            kind = _TABLE
            if t is QuestionType.YES_NO:
                other = "no" if q.expected == "yes" else "yes"
                table = {q.expected: scaled(possible), other: 0}
            elif t is QuestionType.CHOICE:
                table = {c.value: scaled(c.points) for c in q.choices}
            elif t is QuestionType.MULTI:
                kind = _MULTI
                table = {c.value: scaled(c.points) for c in q.choices}
            elif t is QuestionType.SCALE or t in RATING_TYPES:
                lo, hi = q.scale_range
                table = {v: scaled(Fraction(v - lo, hi - lo) * possible) for v in range(lo, hi + 1)}
            elif t is QuestionType.DURATION:
                kind = _DURATION
                # An integral limit compares exactly with an int or float answer as it is.
                thresholds = tuple(
                    (th.max.numerator if th.max.denominator == 1 else th.max, scaled(th.points)) for th in q.thresholds
                )
            else:
                kind = _UNSCORED
            if possible == 0:
                kind = _UNSCORED  # e.g. a rating without points: answered, but earns nothing
            rows.append(
                (
                    q.id,
                    si,
                    kind,
                    table,
                    thresholds,
                    scaled(possible) if possible else 0,
                    q.critical,
                    q.is_required,
                    (q.show_if.question, frozenset(q.show_if.values)) if q.show_if else None,
                    t if t in RATING_TYPES else None,
                    q.id in parents,
                )
            )
    stage_of = tuple(s.stage for s in form.sections)
    return _Plan(d, tuple(rows), len(form.sections), stage_of, tuple(st for st in Stage if st in stage_of))


def _shows(cond: tuple[str, frozenset[str]], given: Mapping[str, AnswerValue]) -> bool:
    parent = given.get(cond[0])
    if parent is None:
        return False
    if isinstance(parent, list):
        return not cond[1].isdisjoint(parent)
    return str(parent) in cond[1]


# ---------------------------------------------------------------- scoring

_NO_RATINGS = Ratings()


def score_visit(form: Form, answers: Answers, *, detail: bool = False) -> VisitScore:
    """Score one visit. ``answers`` must fit the form (see ``check_answers``).

    With ``detail=True`` the result also holds every question's state and points.
    """
    plan = _plan(form)
    d = plan.denominator
    get = answers.values.get
    na = answers.na
    overrides = answers.overrides

    earned: list[Scaled] = [0] * plan.n_sections
    possible: list[int] = [0] * plan.n_sections
    section_failed = [False] * plan.n_sections
    shown: dict[str, AnswerValue] = {}  # answers that a later show_if reads
    missing: list[str] = []
    failures: list[str] = []
    visit_failed = False
    ratings: dict[QuestionType, list[int]] | None = None
    results: dict[str, QuestionResult] | None = {} if detail else None

    for qid, si, kind, table, thresholds, qpossible, critical, required, show_if, rating, parent in plan.rows:
        if show_if is not None and not _shows(show_if, shown):
            if results is not None:
                results[qid] = QuestionResult(qid, QuestionState.HIDDEN, None, qpossible, d)
            continue
        v = get(qid)
        if v is None:
            state = QuestionState.NA if qid in na else QuestionState.UNANSWERED
            if required and state is QuestionState.UNANSWERED:
                missing.append(qid)
            if results is not None:
                results[qid] = QuestionResult(qid, state, None, qpossible, d)
            continue
        if parent:
            shown[qid] = v
        if rating is not None:
            if ratings is None:
                ratings = {}
            ratings.setdefault(rating, []).append(v)  # type: ignore[arg-type]
        if kind == _UNSCORED:
            if results is not None:
                results[qid] = QuestionResult(qid, QuestionState.ANSWERED, None, 0, d)
            continue
        e: Scaled
        if kind == _TABLE:
            e = table[v]  # type: ignore[index]
        elif kind == _MULTI:
            e = sum(table[c] for c in v)  # type: ignore[index, union-attr]
            e = 0 if e < 0 else min(e, qpossible)
        else:  # duration: the first threshold whose max the seconds do not exceed
            e = 0
            for limit, pts in thresholds:
                secs = v if isinstance(limit, int) or not isinstance(v, float) else Fraction(str(v))
                if secs <= limit:  # type: ignore[operator]
                    e = pts
                    break
        override = overrides.get(qid) if overrides else None
        if override is not None:
            scaled_override = override.points * d
            e = scaled_override.numerator if scaled_override.denominator == 1 else scaled_override
        failed = critical is not None and e == 0
        if failed:
            failures.append(qid)
            if critical is CriticalScope.SECTION:
                section_failed[si] = True
            else:
                visit_failed = True
        earned[si] += e
        possible[si] += qpossible
        if results is not None:
            results[qid] = QuestionResult(qid, QuestionState.ANSWERED, e, qpossible, d, override is not None, failed)

    for si, failed in enumerate(section_failed):
        if failed:
            earned[si] = 0
    total = Fraction(0) if visit_failed else _total(form, plan, earned, possible)
    return VisitScore(
        form_id=form.id,
        form_version=form.version,
        total=total,
        grade=grade_for(total, form.grade_bands),
        complete=not missing,
        missing=tuple(missing),
        critical_failures=tuple(failures),
        sections=tuple(
            SectionScore(s.id, earned[i], possible[i], d, section_failed[i]) for i, s in enumerate(form.sections)
        ),
        ratings=_ratings(ratings) if ratings else _NO_RATINGS,
        questions=results,
        stage_sums=_stage_sums(plan, earned, possible),
    )


def _unscale(x: Scaled, d: int) -> Fraction:
    return Fraction(x, d) if isinstance(x, int) else x / d


def _total(form: Form, plan: _Plan, earned: list[Scaled], possible: list[int]) -> Fraction | None:
    if not form.weighted:
        p = sum(possible)
        return None if p == 0 else _ratio(sum(earned), p)
    num = Fraction(0)
    den = Fraction(0)
    for section, e, p in zip(form.sections, earned, possible, strict=True):
        if p == 0:
            continue  # a section with a null score is left out of the weighted mean
        w = section.weight or Fraction(0)
        num += w * _ratio(e, p)
        den += w
    return None if den == 0 else num / den


def _stage_sums(plan: _Plan, earned: list[Scaled], possible: list[int]) -> tuple[tuple[Stage, Scaled, int], ...]:
    if not plan.stages:
        return ()
    sums = {st: [0, 0] for st in plan.stages}
    for stage, e, p in zip(plan.stage_of, earned, possible, strict=True):
        if stage is not None:
            acc = sums[stage]
            acc[0] += e
            acc[1] += p
    return tuple((st, e, p) for st, (e, p) in sums.items())


def _ratings(ratings: dict[QuestionType, list[int]]) -> Ratings:
    return Ratings(
        csat=_mean(ratings.get(QuestionType.CSAT)),
        ces=_mean(ratings.get(QuestionType.CES)),
        nps=_mean(ratings.get(QuestionType.NPS)),
    )


def _mean(xs: list[int] | None) -> Fraction | None:
    return None if not xs else Fraction(sum(xs), len(xs))
