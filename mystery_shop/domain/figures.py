"""Figures across visits (FORMS.md, "Across visits"): the period report and the
dashboard both call ``period_figures`` so the two always agree.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Callable, Hashable, Iterable, Sequence
from dataclasses import dataclass, field
from fractions import Fraction
from typing import Any, TypeVar

from .answers import Answers
from .forms import Form, QuestionType, Stage
from .numbers import to_fraction
from .scoring import QuestionState, VisitScore, score_visit

K = TypeVar("K", bound=Hashable)


@dataclass(frozen=True, slots=True)
class Summary:
    count: int
    mean: Fraction
    min: Fraction
    max: Fraction


def exact_sum(values: Iterable[Fraction | int]) -> Fraction:
    """The exact sum, adding numerators per denominator: a Fraction addition per value
    costs a gcd each, and 20,000 visits' figures are millions of them."""
    by_den: dict[int, int] = {}
    for x in values:
        if not isinstance(x, (int, Fraction)):
            x = Fraction(x)
        d = x.denominator
        by_den[d] = by_den.get(d, 0) + x.numerator
    return sum((Fraction(n, d) for d, n in by_den.items()), Fraction(0))


def _extreme(xs: list[Fraction | int], fs: list[float], pick: Callable[..., Any]) -> Fraction:
    """min or max, exactly: by float first (rounding keeps the order), then exactly among the float ties."""
    f = pick(fs)
    return Fraction(pick(x for x, fx in zip(xs, fs, strict=True) if fx == f))


def summarize(values: Iterable[Fraction | int]) -> Summary | None:
    """Count, mean, min and max of ``values``; None when there are none."""
    xs = list(values)
    if not xs:
        return None
    fs = [float(x) for x in xs]
    return Summary(len(xs), exact_sum(xs) / len(xs), _extreme(xs, fs, min), _extreme(xs, fs, max))


def median(values: Iterable[Fraction | int]) -> Fraction | None:
    xs = sorted(Fraction(v) for v in values)
    if not xs:
        return None
    mid = len(xs) // 2
    return xs[mid] if len(xs) % 2 else (xs[mid - 1] + xs[mid]) / 2


def mean(values: Iterable[Fraction | int]) -> Fraction | None:
    xs = list(values)
    return exact_sum(xs) / len(xs) if xs else None


def csat_percent(values: Iterable[int | Fraction]) -> Fraction | None:
    """% of CSAT answers that are 4 or 5."""
    xs = list(values)
    return Fraction(100 * sum(1 for v in xs if v >= 4), len(xs)) if xs else None


def nps(values: Iterable[int | Fraction]) -> Fraction | None:
    """% promoters (9-10) minus % detractors (0-6), from -100 to 100."""
    xs = list(values)
    if not xs:
        return None
    promoters = sum(1 for v in xs if v >= 9)
    detractors = sum(1 for v in xs if v <= 6)
    return Fraction(100 * (promoters - detractors), len(xs))


def ces_mean(values: Iterable[int | Fraction]) -> Fraction | None:
    return mean(values)


def rate(hits: int, count: int) -> Fraction | None:
    """``hits`` as a % of ``count``."""
    return Fraction(100 * hits, count) if count else None


@dataclass(frozen=True, slots=True)
class DurationStats:
    count: int
    mean: Fraction
    median: Fraction


def duration_stats(values: Iterable[int | float | Fraction]) -> DurationStats | None:
    raw = list(values)
    if raw and all(type(v) is int for v in raw):  # whole seconds, the usual case: plain ints, same result
        ints = sorted(int(v) for v in raw)
        n, mid = len(ints), len(ints) // 2
        middle = Fraction(ints[mid]) if n % 2 else Fraction(ints[mid - 1] + ints[mid], 2)
        return DurationStats(n, Fraction(sum(ints), n), middle)
    xs = [to_fraction(v) for v in raw]
    if not xs:
        return None
    m = median(xs)
    assert m is not None
    return DurationStats(len(xs), sum(xs, Fraction(0)) / len(xs), m)


def group(pairs: Iterable[tuple[K, Fraction | None]]) -> dict[K, Summary]:
    """Summaries of the non-null values per key, keys in first-seen order."""
    buckets: dict[K, list[Fraction]] = {}
    for key, value in pairs:
        bucket = buckets.setdefault(key, [])
        if value is not None:
            bucket.append(value)
    out: dict[K, Summary] = {}
    for key, xs in buckets.items():
        s = summarize(xs)
        if s is not None:
            out[key] = s
    return out


# ---------------------------------------------------------------- a period


@dataclass(frozen=True, slots=True)
class VisitFacts:
    """What the figures need of one visit: its place, day, form and answers."""

    visit_id: str
    location: str
    date: dt.date
    form: Form
    answers: Answers


@dataclass(frozen=True, slots=True)
class QuestionRate:
    """How often a question met its expectation: yes/no rate, or failures of scored questions."""

    question: str
    text: str
    hits: int
    count: int

    @property
    def percent(self) -> Fraction:
        return Fraction(100 * self.hits, self.count)


@dataclass(frozen=True, slots=True)
class ScoredVisit:
    facts: VisitFacts
    score: VisitScore


@dataclass(frozen=True)
class PeriodFigures:
    visits: tuple[ScoredVisit, ...]
    totals: Summary | None
    by_location: dict[str, Summary]  # ranked best mean first
    by_month: dict[str, Summary]  # "YYYY-MM", in date order
    by_section: dict[str, Summary]  # section id -> section scores
    by_stage: dict[Stage, Summary]
    heat_map: dict[tuple[str, str], Summary]  # (section id, location) -> section scores
    section_titles: dict[str, str]
    csat: Fraction | None
    nps: Fraction | None
    ces: Fraction | None
    rating_counts: dict[str, int]
    durations: dict[str, DurationStats]  # question id -> seconds
    expected_rates: dict[str, QuestionRate]  # yes/no questions: % answered as expected
    most_failed: list[QuestionRate] = field(default_factory=list)  # failures: scored, earned 0
    question_texts: dict[str, str] = field(default_factory=dict)


def period_figures(visits: Sequence[VisitFacts], *, top_failed: int = 10) -> PeriodFigures:
    """Every across-visit figure of FORMS.md for ``visits`` (of one or several forms)."""
    scored = [ScoredVisit(v, score_visit(v.form, v.answers, detail=True)) for v in visits]
    scored.sort(key=lambda sv: (sv.facts.date, sv.facts.visit_id))

    totals = [(sv, sv.score.total) for sv in scored]
    by_location = group((sv.facts.location, t) for sv, t in totals)
    by_location = dict(sorted(by_location.items(), key=lambda kv: (-kv[1].mean, kv[0])))
    by_month = group((sv.facts.date.strftime("%Y-%m"), t) for sv, t in totals)

    section_titles: dict[str, str] = {}
    question_texts: dict[str, str] = {}
    section_pairs: list[tuple[str, Fraction | None]] = []
    heat_pairs: list[tuple[tuple[str, str], Fraction | None]] = []
    stage_pairs: list[tuple[Stage, Fraction | None]] = []
    ratings: dict[QuestionType, list[int]] = defaultdict(list)
    durations: dict[str, list[int | float]] = defaultdict(list)
    expected: dict[str, list[int]] = {}  # qid -> [hits, count]
    failed: dict[str, list[int]] = {}

    for sv in scored:
        form, score = sv.facts.form, sv.score
        for section, s in zip(form.sections, score.sections, strict=True):
            section_titles.setdefault(section.id, section.title)
            section_pairs.append((section.id, s.score))
            heat_pairs.append(((section.id, sv.facts.location), s.score))
        stage_pairs.extend(score.stages.items())
        assert score.questions is not None
        for q in form.questions():
            result = score.questions[q.id]
            if result.state is not QuestionState.ANSWERED:
                continue
            question_texts.setdefault(q.id, q.text)
            value = sv.facts.answers.values[q.id]
            if q.type in (QuestionType.CSAT, QuestionType.CES, QuestionType.NPS):
                ratings[q.type].append(value)  # type: ignore[arg-type]
            elif q.type is QuestionType.DURATION:
                durations[q.id].append(value)  # type: ignore[arg-type]
            if q.type is QuestionType.YES_NO:
                acc = expected.setdefault(q.id, [0, 0])
                acc[0] += value == q.expected
                acc[1] += 1
            if result.earned is not None and result.possible > 0:
                acc = failed.setdefault(q.id, [0, 0])
                acc[0] += result.earned == 0
                acc[1] += 1

    most_failed = sorted(
        (QuestionRate(qid, question_texts[qid], h, n) for qid, (h, n) in failed.items() if h),
        key=lambda r: (-r.percent, -r.hits, r.question),
    )[:top_failed]
    by_stage = group(stage_pairs)
    return PeriodFigures(
        visits=tuple(scored),
        totals=summarize(t for _, t in totals if t is not None),
        by_location=by_location,
        by_month=dict(sorted(by_month.items())),
        by_section=group(section_pairs),
        by_stage={st: by_stage[st] for st in Stage if st in by_stage},
        heat_map=group(heat_pairs),
        section_titles=section_titles,
        csat=csat_percent(ratings[QuestionType.CSAT]),
        nps=nps(ratings[QuestionType.NPS]),
        ces=ces_mean(ratings[QuestionType.CES]),
        rating_counts={t.value: len(ratings[t]) for t in (QuestionType.CSAT, QuestionType.CES, QuestionType.NPS)},
        durations={qid: s for qid, xs in durations.items() if (s := duration_stats(xs)) is not None},
        expected_rates={qid: QuestionRate(qid, question_texts[qid], h, n) for qid, (h, n) in expected.items()},
        most_failed=most_failed,
        question_texts=question_texts,
    )
