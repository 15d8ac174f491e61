"""The figures across visits computed the direct way, scoring every visit: the code
``domain.figures.period_figures`` had before visits kept digests, kept as the oracle
the digest path must equal (tests/domain/test_figures_digest.py)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from fractions import Fraction
from typing import Any, NamedTuple

from mystery_shop.domain.figures import (
    QuestionRate,
    VisitFacts,
    ces_mean,
    csat_percent,
    duration_stats,
    group,
    nps,
    summarize,
)
from mystery_shop.domain.forms import QuestionType, Stage
from mystery_shop.domain.scoring import QuestionState, VisitScore, score_visit


class Scored(NamedTuple):
    facts: VisitFacts
    score: VisitScore


class Figures(NamedTuple):
    visits: tuple[Scored, ...]
    fields: dict[str, Any]  # PeriodFigures' other fields by name


def direct_figures(visits: Sequence[VisitFacts], *, top_failed: int = 10) -> Figures:
    scored = [Scored(v, score_visit(v.form, v.answers, detail=True)) for v in visits]
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
    return Figures(
        tuple(scored),
        {
            "totals": summarize(t for _, t in totals if t is not None),
            "by_location": by_location,
            "by_month": dict(sorted(by_month.items())),
            "by_section": group(section_pairs),
            "by_stage": {st: by_stage[st] for st in Stage if st in by_stage},
            "heat_map": group(heat_pairs),
            "section_titles": section_titles,
            "csat": csat_percent(ratings[QuestionType.CSAT]),
            "nps": nps(ratings[QuestionType.NPS]),
            "ces": ces_mean(ratings[QuestionType.CES]),
            "rating_counts": {
                t.value: len(ratings[t]) for t in (QuestionType.CSAT, QuestionType.CES, QuestionType.NPS)
            },
            "durations": {qid: d for qid, xs in durations.items() if (d := duration_stats(xs)) is not None},
            "expected_rates": {qid: QuestionRate(qid, question_texts[qid], h, n) for qid, (h, n) in expected.items()},
            "most_failed": most_failed,
            "question_texts": question_texts,
        },
    )
