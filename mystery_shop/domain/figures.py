"""Figures across visits (FORMS.md, "Across visits"): the period report and the
dashboard both call ``period_figures`` so the two always agree.
"""

from __future__ import annotations

import datetime as dt
import gc
import json
from collections import Counter
from collections.abc import Callable, Hashable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from fractions import Fraction
from itertools import chain
from typing import Any, NamedTuple, TypeVar

from .answers import Answers
from .digest import KIND_RATING, DigestScore, Layout, VisitDigest, digest_visit, layout
from .forms import Form, QuestionType, Stage
from .numbers import to_fraction

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


def _extreme(xs: Sequence[Fraction | int], fs: list[float], pick: Callable[..., Any]) -> Fraction:
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
#
# ``period_figures`` = digest every visit (``digest.digest_visit``: the scoring) + ``aggregate``
# (adding the digests up). The services keep each approved visit's digest in the store, so a
# dashboard over 20,000 visits only adds up.


class VisitRef(NamedTuple):
    """Which visit a figure counts: its place, day and form (a named tuple: a period makes 20,000)."""

    visit_id: str
    location: str
    date: dt.date
    form: Form


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


class ScoredVisit(NamedTuple):
    """One visit behind a period's figures: which it is (``facts``: id, location, date, form) and its digest.

    ``score`` reads the digest the way a ``VisitScore`` is read: total, grade,
    critical failures, section and stage scores, question states and points.
    """

    facts: VisitRef | VisitFacts
    digest: VisitDigest

    @property
    def score(self) -> DigestScore:
        return DigestScore(self.facts.form, self.digest)


@dataclass(frozen=True)
class PeriodFigures:
    visits: tuple[ScoredVisit, ...]  # in date order
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


@contextmanager
def collector_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector while a period's visits are built.

    20,000 visits are some 100,000 new objects, none of them in a reference
    cycle; allocating them sets off full collections that walk every object of
    the app, each time finding nothing to free, and those cost more than the
    building itself. Reference counting still frees everything as usual.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def period_figures(visits: Sequence[VisitFacts], *, top_failed: int = 10) -> PeriodFigures:
    """Every across-visit figure of FORMS.md for ``visits`` (of one or several forms): each
    visit scored into its digest, then the digests added up."""
    return aggregate([ScoredVisit(v, digest_visit(v.form, v.answers)) for v in visits], top_failed=top_failed)


def aggregate(visits: Iterable[ScoredVisit], *, top_failed: int = 10) -> PeriodFigures:
    """The figures of ``visits`` from their digests: the same figures as scoring every visit,
    their keys in the order scoring the visits in date order would first meet them.

    Values are counted as the digests hold them (exact text, small integers), per
    form and location where it matters, and each distinct value is read once.
    """
    lines = sorted(visits, key=_when)
    refs = [sv.facts for sv in lines]
    digests = [sv.digest for sv in lines]
    locations = [r.location for r in refs]
    form_ids = [id(r.form) for r in refs]
    forms = dict(zip(form_ids, [r.form for r in refs], strict=True))  # first-seen order
    exact = _Exact()

    totals = [d.total for d in digests]
    month_of = {day: day.strftime("%Y-%m") for day in {r.date for r in refs}}
    by_location = _per_key(Counter(zip(locations, totals, strict=True)), exact)
    by_month = _per_key(Counter(zip([month_of[r.date] for r in refs], totals, strict=True)), exact)
    total_counts = Counter(totals)
    total_counts.pop(None, None)

    section_titles, heat_counts, section_counts, cells = _section_figures(forms, form_ids, locations, digests)

    stage_counts: dict[Stage, dict[str, int]] = {}
    q = _QuestionCounts()
    for form_id, form in forms.items():
        indices: Sequence[int]
        if len(forms) == 1:
            indices, group = range(len(digests)), digests
        else:
            indices = [i for i, f in enumerate(form_ids) if f == form_id]
            group = [digests[i] for i in indices]
        lay = layout(form)
        _stage_counts(lay, group, [c for (f, _), c in cells.items() if f == form_id], stage_counts)
        q.add(lay, indices, group)

    ratings = q.ratings
    question_texts = {qid: text for qid, (_, text) in sorted(q.seen.items(), key=lambda kv: kv[1][0])}
    most_failed = sorted(
        (QuestionRate(qid, question_texts[qid], h, n) for qid, (h, n) in q.failed.items() if h),
        key=lambda r: (-r.percent, -r.hits, r.question),
    )[:top_failed]
    return PeriodFigures(
        visits=tuple(lines),
        totals=exact.summary(total_counts) if total_counts else None,  # type: ignore[arg-type]
        by_location=dict(sorted(by_location.items(), key=lambda kv: (-kv[1].mean, kv[0]))),
        by_month=dict(sorted(by_month.items())),
        by_section={sid: exact.summary(section_counts[sid]) for sid in section_titles if sid in section_counts},
        by_stage={st: exact.summary(stage_counts[st]) for st in Stage if stage_counts.get(st)},
        heat_map={key: exact.summary(c) for key, c in heat_counts.items() if c},
        section_titles=section_titles,
        csat=csat_percent(ratings[QuestionType.CSAT]),
        nps=nps(ratings[QuestionType.NPS]),
        ces=ces_mean(ratings[QuestionType.CES]),
        rating_counts={t.value: len(ratings[t]) for t in (QuestionType.CSAT, QuestionType.CES, QuestionType.NPS)},
        durations={
            qid: s
            for qid in sorted(q.durations, key=q.duration_order.__getitem__)
            if (s := duration_stats(q.durations[qid])) is not None
        },
        expected_rates={
            qid: QuestionRate(qid, question_texts[qid], *q.expected[qid])
            for qid in sorted(q.expected, key=q.expected_order.__getitem__)
        },
        most_failed=most_failed,
        question_texts=question_texts,
    )


def _when(sv: ScoredVisit) -> tuple[dt.date, str]:
    return sv.facts.date, sv.facts.visit_id


def _add(counts: dict[Any, int], key: Any, n: int) -> None:
    counts[key] = counts.get(key, 0) + n


class _Exact:
    """Exact values from digest text, each distinct text read once."""

    def __init__(self) -> None:
        self._read: dict[str, Fraction] = {}

    def __call__(self, text: str) -> Fraction:
        x = self._read.get(text)
        if x is None:
            x = self._read[text] = Fraction(text)
        return x

    def summary(self, counts: Mapping[str, int]) -> Summary:
        """The Summary of values given as {exact text: how many times} (at least one)."""
        n = 0
        by_den: dict[int, int] = {}
        xs = []
        for text, k in counts.items():
            x = self(text)
            xs.append(x)
            n += k
            by_den[x.denominator] = by_den.get(x.denominator, 0) + x.numerator * k
        fs = [x.numerator / x.denominator for x in xs]  # int / int rounds correctly: the order holds
        total = sum((Fraction(num, den) for den, num in by_den.items()), Fraction(0))
        return Summary(n, total / n, _extreme(xs, fs, min), _extreme(xs, fs, max))


def _per_key(counts: Mapping[tuple[K, str | None], int], exact: _Exact) -> dict[K, Summary]:
    """Summaries per key of counted (key, exact text) pairs; null values left out, and keys with only those."""
    per: dict[K, dict[str, int]] = {}
    for (key, text), n in counts.items():
        if text is not None:
            per.setdefault(key, {})[text] = n
    return {key: exact.summary(c) for key, c in per.items()}


def _section_figures(
    forms: dict[int, Form], form_ids: list[int], locations: list[str], digests: list[VisitDigest]
) -> tuple[
    dict[str, str],
    dict[tuple[str, str], dict[str, int]],
    dict[str, dict[str, int]],
    dict[tuple[int, str], list[Counter[str]]],
]:
    """Section titles, and section scores counted per (section, location) and per section, in the
    order scoring the visits would meet them; and the counts per (form, location) they come from."""
    section_titles: dict[str, str] = {}
    for form in forms.values():
        for section in form.sections:
            section_titles.setdefault(section.id, section.title)
    cells = _section_counts(form_ids, locations, digests)
    heat_counts: dict[tuple[str, str], dict[str, int]] = {}
    section_counts: dict[str, dict[str, int]] = {}
    for (form_id, location), columns in cells.items():
        for section, counts in zip(forms[form_id].sections, columns, strict=True):
            cell = heat_counts.setdefault((section.id, location), {})
            for text, n in counts.items():
                if text:
                    _add(cell, text, n)
                    _add(section_counts.setdefault(section.id, {}), text, n)
    return section_titles, heat_counts, section_counts, cells


def _section_counts(
    form_ids: list[int], locations: list[str], digests: list[VisitDigest]
) -> dict[tuple[int, str], list[Counter[str]]]:
    """Per (form, location), first-seen order: each section's scores counted {exact text ("" null): how many}."""
    groups: dict[tuple[int, str], list[str]] = {}
    for key, d in zip(zip(form_ids, locations, strict=True), digests, strict=True):
        g = groups.get(key)
        if g is None:
            g = groups[key] = []
        g.append(d.sections)
    return {
        key: [Counter(column) for column in zip(*(s.split(",") for s in g), strict=True)] for key, g in groups.items()
    }


def _stage_counts(
    lay: Layout,
    group: Sequence[VisitDigest],
    section_columns: list[list[Counter[str]]],
    out: dict[Stage, dict[str, int]],
) -> None:
    """Add one form's stage scores to ``out``: kept in the digests, or a one-section stage's section's."""
    if lay.stored_stages and group:
        columns = zip(*(d.stage_scores(lay) for d in group), strict=True)
        for st, column in zip(lay.stored_stages, columns, strict=True):
            acc = out.setdefault(st, {})
            for text, n in Counter(column).items():
                if text:
                    _add(acc, text, n)
    for st, section in lay.single_stage.items():
        acc = out.setdefault(st, {})
        for per_section in section_columns:
            for text, n in per_section[section].items():
                if text:
                    _add(acc, text, n)


class _QuestionCounts:
    """Question figures added up form by form: answered counts from the states, facts from the marks."""

    def __init__(self) -> None:
        # question id -> ((first visit that answered it, its position in that visit's form), its text there)
        self.seen: dict[str, tuple[tuple[int, int], str]] = {}
        self.ratings: dict[QuestionType, list[Any]] = {t: [] for t in KIND_RATING.values()}
        self.durations: dict[str, list[Any]] = {}
        self.duration_order: dict[str, tuple[int, int]] = {}
        self.expected: dict[str, list[int]] = {}  # question id -> [hits, count]
        self.expected_order: dict[str, tuple[int, int]] = {}
        self.failed: dict[str, list[int]] = {}

    def add(self, lay: Layout, indices: Sequence[int], group: Sequence[VisitDigest]) -> None:
        """One form's visits (``indices``: their places in the period, date order)."""
        states = [d.states for d in group]
        first: dict[str, int] = {}
        for i, s in zip(indices, states, strict=True):
            if s not in first:
                first[s] = i
        answered = [0] * len(lay.questions)  # per question: how many visits answered it
        first_answered = [0] * len(lay.questions)  # and the first of them
        for s, n in Counter(states).items():
            f = first[s]
            for p, letter in enumerate(s):
                if letter == "a":
                    if not answered[p] or f < first_answered[p]:
                        first_answered[p] = f
                    answered[p] += n
        marks = {int(k): n for k, n in Counter(chain.from_iterable(d.marks.split() for d in group)).items()}
        for p, q in enumerate(lay.questions):
            n = answered[p]
            if not n:
                continue
            key = (first_answered[p], p)
            if q.id not in self.seen or key < self.seen[q.id][0]:
                self.seen[q.id] = (key, q.text)
            if q.type is QuestionType.YES_NO:
                _merge(self.expected, self.expected_order, q.id, key, marks.get(lay.hit_field[p], 0), n)
            if p in lay.fail_field:
                acc = self.failed.setdefault(q.id, [0, 0])
                acc[0] += marks.get(lay.fail_field[p], 0)
                acc[1] += n
            if q.type is QuestionType.DURATION:
                self.duration_order[q.id] = min(key, self.duration_order.get(q.id, key))
        for t, (lo, hi, first_field) in lay.rating_fields.items():
            for v in range(lo, hi + 1):
                self.ratings[t].extend([v] * marks.get(first_field + v - lo, 0))
        for part, n in Counter(chain.from_iterable(d.values.split() for d in group)).items():
            kind, qid, raw = part.split("|", 2)
            value = json.loads(raw)
            if kind == "d":
                self.durations.setdefault(qid, []).extend([value] * n)
            else:
                self.ratings[KIND_RATING[kind]].extend([value] * n)


def _merge(
    acc: dict[str, list[int]], order: dict[str, tuple[int, int]], qid: str, key: tuple[int, int], hits: int, n: int
) -> None:
    a = acc.setdefault(qid, [0, 0])
    a[0] += hits
    a[1] += n
    order[qid] = min(key, order.get(qid, key))
