"""Figures across visits (FORMS.md "Across visits"), hand-computed, through ``period_figures``."""

from __future__ import annotations

import datetime as dt
from fractions import Fraction as F
from typing import Any

import pytest
import yaml

from mystery_shop.domain.answers import check_answers
from mystery_shop.domain.figures import (
    DurationStats,
    QuestionRate,
    Summary,
    VisitFacts,
    csat_percent,
    duration_stats,
    median,
    nps,
    period_figures,
)
from mystery_shop.domain.forms import Form, Stage
from mystery_shop.formats import parse_form


def q(qid: str, qtype: str, **kw: Any) -> dict[str, Any]:
    return {"id": qid, "text": f"Question {qid}", "type": qtype, **kw}


def make_form(*sections: dict[str, Any]) -> Form:
    doc = {"id": "t", "version": 1, "title": "T", "sections": list(sections)}
    return parse_form(yaml.safe_dump(doc, sort_keys=False), "t.yaml")


FORM = make_form(
    {
        "id": "s1",
        "title": "Greeting",
        "stage": "purchase",
        "questions": [
            q("greeted", "yes_no"),
            q("rude", "yes_no", expected="no"),
            q("wait", "duration", thresholds=[{"max": 60, "points": 2}]),
        ],
    },
    {
        "id": "s2",
        "title": "Feedback",
        "stage": "service",
        "questions": [q("sat", "csat"), q("eff", "ces"), q("rec", "nps"), q("fixed", "yes_no", points=2)],
    },
)


def facts(visit_id: str, location: str, day: str, **values: Any) -> VisitFacts:
    answers, problems = check_answers(FORM, values)
    assert problems == []
    return VisitFacts(visit_id, location, dt.date.fromisoformat(day), FORM, answers)


# Hand-scored visits (s1 out of 1 + 1 + 2 = 4, s2 out of 2):
VISITS = [
    # s1: 1 + 1 + 2 = 4/4 (100); s2 2/2 (100); total 100
    facts("v1", "A", "2024-01-10", greeted="yes", rude="no", wait=30, sat=5, eff=7, rec=10, fixed="yes"),
    # s1: 0/4 (0); s2 0/2 (0); total 0
    facts("v2", "A", "2024-01-20", greeted="no", rude="yes", wait=90, sat=4, eff=5, rec=9, fixed="no"),
    # s1: 1 + 1 + 0 = 2/4 (50); s2 2/2 (100); total 100 * 4/6 = 200/3
    facts("v3", "B", "2024-02-05", greeted="yes", rude="no", wait=61, sat=3, eff=4, rec=6, fixed="yes"),
    # s1: 1 + 0 + 2 = 3/4 (75); s2 0/2 (0); total 100 * 3/6 = 50
    facts("v4", "B", "2024-02-15", greeted="yes", rude="yes", wait=45, sat=1, eff=2, rec=7, fixed="no"),
    # s1 4/4 (100); s2 2/2 (100); total 100; no ces, no nps
    facts("v5", "C", "2024-02-28", greeted="yes", rude="no", wait=10, sat=2, fixed="yes"),
]


@pytest.fixture(scope="module")
def figures():  # type: ignore[no-untyped-def]
    # given out of date order: the figures sort them
    return period_figures([VISITS[3], VISITS[0], VISITS[4], VISITS[2], VISITS[1]])


def test_visits_sorted_by_date(figures) -> None:  # type: ignore[no-untyped-def]
    assert [sv.facts.visit_id for sv in figures.visits] == ["v1", "v2", "v3", "v4", "v5"]
    assert [sv.score.total for sv in figures.visits] == [F(100), F(0), F(200, 3), F(50), F(100)]


def test_csat_percent(figures) -> None:  # type: ignore[no-untyped-def]
    # csat answers 5, 4, 3, 1, 2: two are 4 or 5 -> 2/5 = 40 %
    assert figures.csat == F(40)
    assert figures.rating_counts == {"csat": 5, "ces": 4, "nps": 4}


def test_nps(figures) -> None:  # type: ignore[no-untyped-def]
    # nps answers 10, 9, 6, 7: promoters 2 (50 %), detractors 1 (25 %; 7 is passive) -> 25
    assert figures.nps == F(25)


def test_ces_mean(figures) -> None:  # type: ignore[no-untyped-def]
    # ces answers 7, 5, 4, 2 -> 18 / 4 = 4.5
    assert figures.ces == F(9, 2)


def test_duration_mean_and_median_odd_count(figures) -> None:  # type: ignore[no-untyped-def]
    # waits 30, 90, 61, 45, 10: mean 236/5 = 47.2; sorted 10 30 45 61 90 -> median 45
    assert figures.durations == {"wait": DurationStats(5, F(236, 5), F(45))}


def test_duration_mean_and_median_even_count() -> None:
    fig = period_figures(VISITS[:4])
    # waits 30, 90, 61, 45: mean 226/4 = 56.5; sorted 30 45 61 90 -> median (45 + 61) / 2 = 53
    assert fig.durations == {"wait": DurationStats(4, F(113, 2), F(53))}


def test_duration_stats_decimals_exact() -> None:
    # 0.1, 0.2: mean 0.15 exactly, median (0.1 + 0.2) / 2 = 0.15
    assert duration_stats([0.1, 0.2]) == DurationStats(2, F(3, 20), F(3, 20))
    assert duration_stats([]) is None


def test_yes_no_expected_rates(figures) -> None:  # type: ignore[no-untyped-def]
    rates = figures.expected_rates
    # greeted yes in v1 v3 v4 v5: 4/5 = 80 %
    assert rates["greeted"] == QuestionRate("greeted", "Question greeted", 4, 5)
    assert rates["greeted"].percent == F(80)
    # rude (expected no) no in v1 v3 v5: 3/5 = 60 %
    assert (rates["rude"].hits, rates["rude"].count, rates["rude"].percent) == (3, 5, F(60))
    # fixed (the resolution rate) yes in v1 v3 v5: 60 %
    assert rates["fixed"].percent == F(60)
    assert set(rates) == {"greeted", "rude", "fixed"}


def test_totals_summary(figures) -> None:  # type: ignore[no-untyped-def]
    # totals 100, 0, 200/3, 50, 100: sum 250 + 200/3 = 950/3, mean 190/3
    assert figures.totals == Summary(5, F(190, 3), F(0), F(100))


def test_totals_per_location_ranked_best_first(figures) -> None:  # type: ignore[no-untyped-def]
    # A: 100, 0 -> 50; B: 200/3, 50 -> (350/3)/2 = 175/3; C: 100
    assert figures.by_location == {
        "C": Summary(1, F(100), F(100), F(100)),
        "B": Summary(2, F(175, 3), F(50), F(200, 3)),
        "A": Summary(2, F(50), F(0), F(100)),
    }
    assert list(figures.by_location) == ["C", "B", "A"]


def test_totals_per_month(figures) -> None:  # type: ignore[no-untyped-def]
    # 2024-01: 100, 0 -> 50; 2024-02: 200/3, 50, 100 -> (650/3)/3 = 650/9
    assert figures.by_month == {
        "2024-01": Summary(2, F(50), F(0), F(100)),
        "2024-02": Summary(3, F(650, 9), F(50), F(100)),
    }
    assert list(figures.by_month) == ["2024-01", "2024-02"]


def test_per_section_and_stage(figures) -> None:  # type: ignore[no-untyped-def]
    # s1 scores 100, 0, 50, 75, 100 -> 325/5 = 65; s2 100, 0, 100, 0, 100 -> 60
    assert figures.by_section == {
        "s1": Summary(5, F(65), F(0), F(100)),
        "s2": Summary(5, F(60), F(0), F(100)),
    }
    assert figures.by_stage == {
        Stage.PURCHASE: Summary(5, F(65), F(0), F(100)),
        Stage.SERVICE: Summary(5, F(60), F(0), F(100)),
    }
    assert figures.section_titles == {"s1": "Greeting", "s2": "Feedback"}
    # (s1, B): 50, 75 -> 62.5
    assert figures.heat_map[("s1", "B")] == Summary(2, F(125, 2), F(50), F(75))


def test_most_failed_questions(figures) -> None:  # type: ignore[no-untyped-def]
    # earned 0: greeted v2 (1/5); rude v2 v4 (2/5); wait v2 v3 (2/5); fixed v2 v4 (2/5); ratings are unscored
    # order: highest % first, then most hits, then id
    assert [(r.question, r.hits, r.count) for r in figures.most_failed] == [
        ("fixed", 2, 5),
        ("rude", 2, 5),
        ("wait", 2, 5),
        ("greeted", 1, 5),
    ]
    assert figures.most_failed[0].percent == F(40)
    assert [r.question for r in period_figures(VISITS, top_failed=2).most_failed] == ["fixed", "rude"]


def test_na_and_hidden_answers_are_left_out() -> None:
    form = make_form(
        {
            "id": "s",
            "title": "S",
            "questions": [
                q("a", "yes_no", na=True),
                q("b", "yes_no", show_if={"question": "a", "equals": "yes"}),
                q("c", "csat", na=True),
            ],
        }
    )

    def visit(vid: str, values: dict[str, Any], na: tuple[str, ...]) -> VisitFacts:
        answers, problems = check_answers(form, values, na)
        assert problems == []
        return VisitFacts(vid, "X", dt.date(2024, 5, 1), form, answers)

    fig = period_figures(
        [
            visit("1", {"a": "yes", "b": "no", "c": 5}, ()),
            visit("2", {"a": "no", "b": "no", "c": 4}, ()),  # b hidden: its answer is ignored
            visit("3", {"b": "yes"}, ("a", "c")),  # a N/A hides b; nothing scored: total null
        ]
    )
    # a: yes, no -> 1/2; b: only visit 1 -> 0/1; csat 5, 4 -> 100 %
    assert (fig.expected_rates["a"].hits, fig.expected_rates["a"].count) == (1, 2)
    assert (fig.expected_rates["b"].hits, fig.expected_rates["b"].count) == (0, 1)
    assert fig.csat == F(100)
    # totals: visit 1 1/2 = 50, visit 2 0/1 = 0, visit 3 null (left out)
    assert fig.totals == Summary(2, F(25), F(0), F(50))


def test_location_with_only_null_totals_is_left_out() -> None:
    fig = period_figures([facts("n", "Z", "2024-03-01", eff=3)])
    assert fig.totals is None
    assert fig.by_location == {}
    assert fig.ces == F(3)
    assert fig.csat is None
    assert fig.nps is None


def test_empty_period() -> None:
    fig = period_figures([])
    assert (fig.totals, fig.csat, fig.nps, fig.ces) == (None, None, None, None)
    assert fig.by_location == {}
    assert fig.durations == {}
    assert fig.most_failed == []


@pytest.mark.parametrize(
    ("values", "expected"),
    [
        ([0, 6, 6, 6], F(-100)),  # all detractors
        ([9, 10], F(100)),
        ([7, 8], F(0)),  # passives only
        ([10, 0, 8], F(0)),  # 1/3 - 1/3
        ([10, 9, 8], F(200, 3)),  # 2/3 promoters, 0 detractors
    ],
)
def test_nps_formula(values: list[int], expected: F) -> None:
    assert nps(values) == expected


def test_csat_formula_and_median() -> None:
    assert csat_percent([3, 4]) == F(50)
    assert csat_percent([5, 5, 1]) == F(200, 3)
    assert csat_percent([]) is None
    assert median([3, 1, 2]) == F(2)
    assert median([4, 1, 3, 2]) == F(5, 2)
    assert median([]) is None
