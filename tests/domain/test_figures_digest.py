"""The digest path gives the figures of scoring every visit, identically.

``period_figures`` scores each visit once into a digest (``domain.digest``) and
adds the digests up (``figures.aggregate``); the store keeps the digests of
approved visits so a dashboard only adds up. Here, on random visits of the
sample forms and of random forms, every figure equals the direct way's
(``figures_reference``: scoring every visit and adding up the scores), its keys
in the same order; each visit reads the same (total, grade, sections, stages,
question states and points); and the visits behind every figure are the same.
"""

from __future__ import annotations

import datetime as dt
from fractions import Fraction as F
from pathlib import Path
from typing import Any

from figures_reference import Figures, direct_figures
from hypothesis import given, settings
from hypothesis import strategies as st
from test_properties import answers_for, forms

from mystery_shop.domain.answers import Answers
from mystery_shop.domain.digest import VisitDigest, digest_visit
from mystery_shop.domain.drill import Figure, Kind, visits_behind
from mystery_shop.domain.figures import PeriodFigures, ScoredVisit, VisitFacts, aggregate, period_figures
from mystery_shop.domain.forms import Form
from mystery_shop.formats import load_form

SAMPLE_FORMS = [load_form(p) for p in sorted((Path(__file__).parents[2] / "forms").glob("*.yaml"))]
LOCATIONS = ["North", "South", "Harbour", "Station"]
DAY0 = dt.date(2026, 1, 20)


@st.composite
def periods(draw: st.DrawFn, form_pool: st.SearchStrategy[Form]) -> list[VisitFacts]:
    """Visits of one to three forms at a few locations over some months, in no particular order."""
    pool = draw(st.lists(form_pool, min_size=1, max_size=3))
    visits = []
    for i in range(draw(st.integers(0, 24))):
        form = draw(st.sampled_from(pool))
        day = DAY0 + dt.timedelta(days=draw(st.integers(0, 80)))  # a few months, some days shared
        visit_id = f"{draw(st.integers(0, 99)):02d}-{i}"
        visits.append(VisitFacts(visit_id, draw(st.sampled_from(LOCATIONS)), day, form, draw(answers_for(form))))
    return visits


def figures_to_drill(want: Figures) -> list[Figure]:
    f = want.fields
    out = [Figure(Kind.TOTAL), Figure(Kind.CSAT), Figure(Kind.NPS), Figure(Kind.CES)]
    out += [Figure(Kind.LOCATION, k) for k in f["by_location"]] + [Figure(Kind.MONTH, k) for k in f["by_month"]]
    out += [Figure(Kind.SECTION, k) for k in f["section_titles"]] + [Figure(Kind.CELL, k) for k in f["heat_map"]]
    out += [Figure(Kind.STAGE, st.value) for st in f["by_stage"]]
    return out + [Figure(Kind.FAILED, qid) for qid in f["question_texts"]]


def assert_identical(got: PeriodFigures, want: Figures) -> None:
    for name, value in want.fields.items():
        mine = getattr(got, name)
        assert mine == value, name
        if isinstance(value, dict):
            assert list(mine.items()) == list(value.items()), f"{name}: order"
    assert [sv.facts.visit_id for sv in got.visits] == [sv.facts.visit_id for sv in want.visits]
    for line, ref in zip(got.visits, want.visits, strict=True):
        mine, score = line.score, ref.score
        assert (mine.total, mine.grade, mine.critical_failures) == (score.total, score.grade, score.critical_failures)
        assert [(s.id, s.score) for s in mine.sections] == [(s.id, s.score) for s in score.sections]
        assert list(mine.stages.items()) == list(score.stages.items())
        assert score.questions is not None
        assert list(mine.questions) == list(score.questions)
        for qid, r in score.questions.items():
            q = mine.questions[qid]
            assert (q.state, q.earned, q.possible) == (r.state, r.earned, r.possible), qid
    for figure in figures_to_drill(want):
        assert visits_behind(got, figure) == visits_behind(want, figure), figure  # type: ignore[arg-type]


def stored(visits: list[VisitFacts]) -> PeriodFigures:
    """The figures from digests as the store gives them back (JSON)."""
    return aggregate([ScoredVisit(v, VisitDigest.from_json(digest_visit(v.form, v.answers).to_json())) for v in visits])


@settings(max_examples=120, deadline=None)
@given(periods(st.sampled_from(SAMPLE_FORMS)))
def test_sample_forms_digest_path_equals_scoring_every_visit(visits: list[VisitFacts]) -> None:
    want = direct_figures(visits)
    assert_identical(period_figures(visits), want)
    assert_identical(stored(visits), want)


@settings(max_examples=120, deadline=None)
@given(periods(forms()))
def test_random_forms_digest_path_equals_scoring_every_visit(visits: list[VisitFacts]) -> None:
    # random forms share question and section ids with other types, titles, stages and weights
    want = direct_figures(visits)
    assert_identical(period_figures(visits), want)
    assert_identical(stored(visits), want)


def test_top_failed_cuts_the_same_list() -> None:
    form = SAMPLE_FORMS[-1]
    visits = [
        VisitFacts(f"v{i}", "North", DAY0, form, Answers({q.id: "no" for q in form.questions() if q.type == "yes_no"}))
        for i in range(3)
    ]
    assert (
        period_figures(visits, top_failed=2).most_failed == direct_figures(visits, top_failed=2).fields["most_failed"]
    )
    assert len(period_figures(visits, top_failed=2).most_failed) == 2


def test_answers_outside_the_checks_add_up_the_same() -> None:
    """Values no check would let in (ratings off their scales) and decimal seconds still count
    exactly as scoring every visit counts them: the digest keeps them as they are."""
    from test_figures import make_form, q

    form = make_form(
        {
            "id": "s",
            "title": "S",
            "questions": [
                q("sat", "csat"),
                q("eff", "ces"),
                q("rec", "nps"),
                q("wait", "duration", thresholds=[{"max": 9, "points": 1}]),
            ],
        }
    )
    odd: list[dict[str, Any]] = [
        {"sat": 4, "eff": 0, "rec": 11, "wait": 2.5},
        {"sat": 5, "eff": 7, "rec": 10, "wait": 0.1},
        {"sat": 9, "eff": 1, "rec": 0, "wait": 12},
    ]
    visits = [VisitFacts(f"v{i}", "X", DAY0, form, Answers(v)) for i, v in enumerate(odd)]
    want = direct_figures(visits)
    assert_identical(period_figures(visits), want)
    assert_identical(stored(visits), want)
    assert want.fields["ces"] == F(8, 3)  # (0 + 7 + 1) / 3
    assert want.fields["nps"] == F(100, 3)  # 11 and 10 promoters, 0 a detractor


def test_a_digest_round_trips_through_json() -> None:
    form = SAMPLE_FORMS[0]
    d = digest_visit(form, Answers({form.questions()[0].id: "yes"}))
    assert VisitDigest.from_json(d.to_json()) == d
