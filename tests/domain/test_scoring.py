"""Scoring one visit, rule by rule, against FORMS.md.

Every expected number is worked out by hand in the comment next to it; none is
copied from the code's output.
"""

from __future__ import annotations

from fractions import Fraction as F
from typing import Any

import pytest
import yaml

from mystery_shop.domain.answers import check_answers
from mystery_shop.domain.forms import Form, Stage
from mystery_shop.domain.numbers import display, round_half_up
from mystery_shop.domain.scoring import QuestionState, VisitScore, score_visit
from mystery_shop.formats import parse_form

# ---------------------------------------------------------------- helpers


def q(qid: str, qtype: str, **kw: Any) -> dict[str, Any]:
    return {"id": qid, "text": f"Question {qid}", "type": qtype, **kw}


def sec(sid: str, *questions: dict[str, Any], **kw: Any) -> dict[str, Any]:
    return {"id": sid, "title": f"Section {sid}", **kw, "questions": list(questions)}


def make_form(*sections: dict[str, Any], **top: Any) -> Form:
    doc = {"id": "t", "version": 1, "title": "Test form", **top, "sections": list(sections)}
    return parse_form(yaml.safe_dump(doc, sort_keys=False), "t.yaml")


def run(
    form: Form,
    values: dict[str, Any],
    na: tuple[str, ...] = (),
    overrides: dict[str, tuple[object, object]] | None = None,
) -> VisitScore:
    answers, problems = check_answers(form, values, na, overrides)
    assert problems == []
    return score_visit(form, answers, detail=True)


def one(question: dict[str, Any], value: Any) -> tuple[F | None, F]:
    """(earned, possible) of a lone question answered ``value``."""
    s = run(make_form(sec("s", question)), {question["id"]: value})
    assert s.questions is not None
    r = s.questions[question["id"]]
    return r.earned, r.possible


# ---------------------------------------------------------------- question types


def test_yes_no_default_points_is_one() -> None:
    assert one(q("a", "yes_no"), "yes") == (F(1), F(1))
    assert one(q("a", "yes_no"), "no") == (F(0), F(1))


def test_yes_no_points() -> None:
    assert one(q("a", "yes_no", points=5), "yes") == (F(5), F(5))
    assert one(q("a", "yes_no", points=5), "no") == (F(0), F(5))


def test_yes_no_expected_no() -> None:
    # expected: no -> "no" earns the points, "yes" earns 0
    assert one(q("a", "yes_no", points=3, expected="no"), "no") == (F(3), F(3))
    assert one(q("a", "yes_no", points=3, expected="no"), "yes") == (F(0), F(3))


def test_yes_no_expected_no_written_bare_in_yaml() -> None:
    text = """\
id: t
version: 1
title: T
sections:
  - id: s
    title: S
    questions:
      - {id: a, text: A, type: yes_no, points: 2, expected: no}
"""
    form = parse_form(text, "t.yaml")
    assert form.sections[0].questions[0].expected == "no"
    # "no" is the expected answer: 2 of 2
    assert run(form, {"a": "no"}).sections[0].earned == F(2)
    assert run(form, {"a": "yes"}).sections[0].earned == F(0)


CHOICE = q(
    "c",
    "choice",
    choices=[{"value": "a", "points": 3}, {"value": "b", "points": 1.5}, {"value": "c", "points": 0}],
)


@pytest.mark.parametrize(("value", "earned"), [("a", F(3)), ("b", F(3, 2)), ("c", F(0))])
def test_choice(value: str, earned: F) -> None:
    # possible = highest choice points = 3
    assert one(CHOICE, value) == (earned, F(3))


MULTI = q(
    "m",
    "multi",
    choices=[
        {"value": "x", "points": 2},
        {"value": "y", "points": 3},
        {"value": "z", "points": -1},
        {"value": "w", "points": 0},
    ],
)


@pytest.mark.parametrize(
    ("value", "earned"),
    [
        (["x"], F(2)),
        (["x", "y"], F(5)),  # 2 + 3
        (["x", "z"], F(1)),  # 2 - 1
        (["z"], F(0)),  # -1 clamped at 0
        (["z", "w"], F(0)),  # -1 + 0 clamped at 0
        ([], F(0)),
        (["x", "y", "z", "w"], F(4)),  # 2 + 3 - 1 + 0
    ],
)
def test_multi_without_cap(value: list[str], earned: F) -> None:
    # possible = sum of positive choice points = 2 + 3 = 5
    assert one(MULTI, value) == (earned, F(5))


@pytest.mark.parametrize(
    ("value", "earned"),
    [
        (["x", "y"], F(4)),  # 5 capped at 4
        (["y"], F(3)),
        (["y", "z"], F(2)),  # 3 - 1
        (["z"], F(0)),  # clamped at 0
    ],
)
def test_multi_with_cap(value: list[str], earned: F) -> None:
    # possible = points (the cap) = 4
    assert one({**MULTI, "points": 4}, value) == (earned, F(4))


@pytest.mark.parametrize(("value", "earned"), [(1, F(0)), (2, F(1, 4)), (4, F(3, 4)), (5, F(1))])
def test_scale_default_range_and_points(value: int, earned: F) -> None:
    # (v - 1) / (5 - 1) * 1
    assert one(q("s1", "scale"), value) == (earned, F(1))


@pytest.mark.parametrize(("value", "earned"), [(0, F(0)), (7, F(7, 2)), (10, F(5))])
def test_scale_custom_range(value: int, earned: F) -> None:
    # (v - 0) / (10 - 0) * 5: 7 -> 35/10 = 7/2
    assert one(q("s1", "scale", min=0, max=10, points=5), value) == (earned, F(5))


def test_scale_custom_min_above_one() -> None:
    # (3 - 2) / (4 - 2) * 3 = 3/2
    assert one(q("s1", "scale", min=2, max=4, points=3), 3) == (F(3, 2), F(3))
    # (2 - 2) / 2 * 3 = 0
    assert one(q("s1", "scale", min=2, max=4, points=3), 2) == (F(0), F(3))


DURATION = q(
    "d",
    "duration",
    thresholds=[{"max": 30, "points": 4}, {"max": 60, "points": 2}, {"max": 120, "points": 1}],
)


@pytest.mark.parametrize(
    ("seconds", "earned"),
    [
        (0, F(4)),
        (29.9, F(4)),
        (30, F(4)),  # exactly at the first max: still within it
        (30.0, F(4)),
        (30.5, F(2)),
        (60, F(2)),  # exactly at the second max
        (61, F(1)),
        (120, F(1)),  # exactly at the last max
        (120.01, F(0)),  # above the last: 0
        (5000, F(0)),
    ],
)
def test_duration_thresholds(seconds: float, earned: F) -> None:
    # possible = the first threshold's points = 4
    assert one(DURATION, seconds) == (earned, F(4))


@pytest.mark.parametrize(("seconds", "earned"), [(2.5, F(3)), (2.6, F(0)), (2, F(3))])
def test_duration_decimal_max_is_exact(seconds: float, earned: F) -> None:
    assert one(q("d", "duration", thresholds=[{"max": 2.5, "points": 3}]), seconds) == (earned, F(3))


@pytest.mark.parametrize(("value", "earned"), [(1, F(0)), (4, F(3)), (5, F(4))])
def test_csat_with_points(value: int, earned: F) -> None:
    # (v - 1) / 4 * 4: 4 -> 3
    assert one(q("r", "csat", points=4), value) == (earned, F(4))


@pytest.mark.parametrize(("value", "earned"), [(1, F(0)), (5, F(4)), (7, F(6))])
def test_ces_with_points(value: int, earned: F) -> None:
    # (v - 1) / 6 * 6: 5 -> 4
    assert one(q("r", "ces", points=6), value) == (earned, F(6))


@pytest.mark.parametrize(("value", "earned"), [(0, F(0)), (7, F(7, 2)), (10, F(5))])
def test_nps_with_points(value: int, earned: F) -> None:
    # v / 10 * 5: 7 -> 35/10 = 7/2
    assert one(q("r", "nps", points=5), value) == (earned, F(5))


@pytest.mark.parametrize(
    ("qtype", "value"),
    [
        ("csat", 4),
        ("ces", 6),
        ("nps", 9),
        ("number", 12.5),
        ("text", "fine"),
        ("date", "2024-03-01"),
        ("time", "09:30"),
    ],
)
def test_unscored_types(qtype: str, value: Any) -> None:
    form = make_form(sec("s", q("u", qtype)))
    s = run(form, {"u": value})
    assert s.questions is not None
    assert s.questions["u"].state is QuestionState.ANSWERED
    assert s.questions["u"].earned is None
    assert s.questions["u"].possible == 0
    # nothing scored: section possible 0 -> score null; total null, grade null
    assert s.sections[0].earned == 0
    assert s.sections[0].possible == 0
    assert s.sections[0].score is None
    assert s.total is None
    assert s.grade is None


def test_unscored_question_beside_scored_changes_nothing() -> None:
    form = make_form(sec("s", q("a", "yes_no", points=2), q("n", "number"), q("t", "text"), q("r", "csat")))
    s = run(form, {"a": "yes", "n": 3, "t": "x", "r": 1})
    # only a counts: 2 / 2
    assert (s.sections[0].earned, s.sections[0].possible, s.total) == (F(2), F(2), F(100))


# ---------------------------------------------------------------- N/A


def test_na_left_out_of_earned_and_possible() -> None:
    form = make_form(sec("s", q("a", "yes_no", points=2, na=True), q("b", "yes_no", points=3), q("c", "scale")))
    s = run(form, {"b": "yes", "c": 3}, na=("a",))
    # a is N/A: earned 3 + (3-1)/4 = 7/2, possible 3 + 1 = 4
    assert s.sections[0].earned == F(7, 2)
    assert s.sections[0].possible == F(4)
    assert s.total == F(175, 2)  # 100 * (7/2) / 4 = 87.5
    assert s.complete is True
    assert s.missing == ()
    assert s.questions is not None
    assert s.questions["a"].state is QuestionState.NA


def test_all_na_gives_null_total_and_grade() -> None:
    form = make_form(sec("s", q("a", "yes_no", na=True), q("b", "scale", na=True)))
    s = run(form, {}, na=("a", "b"))
    assert s.sections[0].score is None
    assert s.total is None
    assert s.grade is None
    assert s.complete is True
    assert s.to_json()["total"] is None
    assert s.to_json()["grade"] is None
    assert s.to_json()["sections"][0]["score"] is None


def test_na_critical_question_does_not_fail() -> None:
    form = make_form(sec("s", q("a", "yes_no", critical="visit", na=True), q("b", "yes_no")))
    s = run(form, {"b": "yes"}, na=("a",))
    assert s.critical_failures == ()
    assert s.total == F(100)


# ---------------------------------------------------------------- show_if


def test_show_if_equals_hidden_ignores_stored_answer() -> None:
    form = make_form(
        sec(
            "s",
            q("visited", "yes_no", points=1),
            q("clean", "yes_no", points=4, show_if={"question": "visited", "equals": "yes"}),
        )
    )
    # visited = no: clean hidden, its stored answer "yes" ignored -> 0 / 1
    s = run(form, {"visited": "no", "clean": "yes"})
    assert (s.sections[0].earned, s.sections[0].possible) == (F(0), F(1))
    assert s.questions is not None
    assert s.questions["clean"].state is QuestionState.HIDDEN
    # hidden and unanswered: not required
    s = run(form, {"visited": "no"})
    assert s.missing == ()
    assert s.complete is True
    # shown: counts, 1 + 4 of 1 + 4
    s = run(form, {"visited": "yes", "clean": "yes"})
    assert (s.sections[0].earned, s.sections[0].possible) == (F(5), F(5))
    # shown but unanswered: missing
    s = run(form, {"visited": "yes"})
    assert s.missing == ("clean",)
    assert s.complete is False


def test_show_if_in_on_choice_parent() -> None:
    form = make_form(
        sec(
            "s",
            q("how", "choice", choices=[{"value": "phone", "points": 1}, {"value": "web", "points": 1}, "mail"]),
            q("wait", "yes_no", points=2, show_if={"question": "how", "in": ["phone", "web"]}),
        )
    )
    s = run(form, {"how": "web", "wait": "yes"})
    assert (s.sections[0].earned, s.sections[0].possible) == (F(3), F(3))  # 1 + 2 of 1 + 2
    s = run(form, {"how": "mail", "wait": "yes"})
    assert (s.sections[0].earned, s.sections[0].possible) == (F(0), F(1))  # mail earns 0 of 1; wait hidden
    assert s.missing == ()


def test_show_if_on_multi_parent_holds_when_any_chosen_value_matches() -> None:
    form = make_form(
        sec(
            "s",
            q("seen", "multi", choices=[{"value": "a", "points": 1}, {"value": "b", "points": 1}, "c"]),
            q("follow", "yes_no", points=3, show_if={"question": "seen", "equals": "b"}),
        )
    )
    s = run(form, {"seen": ["a", "b"], "follow": "no"})
    assert (s.sections[0].earned, s.sections[0].possible) == (F(2), F(5))  # 1 + 1 + 0 of 2 + 3
    s = run(form, {"seen": ["a", "c"], "follow": "yes"})
    assert (s.sections[0].earned, s.sections[0].possible) == (F(1), F(2))  # follow hidden
    s = run(form, {"seen": [], "follow": "yes"})
    assert (s.sections[0].earned, s.sections[0].possible) == (F(0), F(2))


def test_show_if_on_scale_parent() -> None:
    form = make_form(
        sec(
            "s",
            q("mood", "scale", points=4),
            q("why", "yes_no", points=1, show_if={"question": "mood", "in": [1, 2]}),
        )
    )
    s = run(form, {"mood": 2, "why": "yes"})
    # mood 2: (2-1)/4*4 = 1; why shown: 1 -> 2 of 5
    assert (s.sections[0].earned, s.sections[0].possible) == (F(2), F(5))
    s = run(form, {"mood": 3, "why": "yes"})
    assert (s.sections[0].earned, s.sections[0].possible) == (F(2), F(4))  # (3-1)/4*4 = 2 of 4


def test_show_if_chain_parent_hidden_hides_child() -> None:
    form = make_form(
        sec(
            "s",
            q("a", "yes_no", points=1),
            q("b", "yes_no", points=2, show_if={"question": "a", "equals": "yes"}),
            q("c", "yes_no", points=4, show_if={"question": "b", "equals": "yes"}),
        )
    )
    # a = no hides b; b's stored "yes" is ignored so c is hidden too: 0 of 1
    s = run(form, {"a": "no", "b": "yes", "c": "yes"})
    assert (s.sections[0].earned, s.sections[0].possible) == (F(0), F(1))
    assert s.questions is not None
    assert s.questions["b"].state is QuestionState.HIDDEN
    assert s.questions["c"].state is QuestionState.HIDDEN
    assert run(form, {"a": "no"}).missing == ()
    # a = yes, b = yes: everything shown, 7 of 7
    s = run(form, {"a": "yes", "b": "yes", "c": "yes"})
    assert (s.sections[0].earned, s.sections[0].possible) == (F(7), F(7))
    # a = yes, b unanswered: b missing, c hidden (its parent has no answer)
    assert run(form, {"a": "yes"}).missing == ("b",)


def test_hidden_critical_question_does_not_fail() -> None:
    form = make_form(
        sec(
            "s",
            q("a", "yes_no"),
            q("b", "yes_no", critical="visit", show_if={"question": "a", "equals": "yes"}),
        )
    )
    s = run(form, {"a": "no", "b": "no"})
    assert s.critical_failures == ()
    assert s.total == F(0)  # 0 of 1 from a alone, not a critical zero
    assert s.sections[0].possible == F(1)


def test_show_if_on_a_parent_in_an_earlier_section() -> None:
    form = make_form(
        sec("s1", q("a", "yes_no")),
        sec("s2", q("b", "yes_no", points=2, show_if={"question": "a", "equals": "no"})),
    )
    s = run(form, {"a": "yes", "b": "yes"})
    assert s.sections[1].possible == F(0)
    assert s.sections[1].score is None
    s = run(form, {"a": "no", "b": "yes"})
    assert (s.sections[1].earned, s.sections[1].possible) == (F(2), F(2))
    assert s.total == F(200, 3)  # 100 * 2 / 3


# ---------------------------------------------------------------- missing, required


def test_missing_in_form_order_and_required_defaults() -> None:
    form = make_form(
        sec("s1", q("a", "yes_no"), q("t", "text"), q("n", "number"), q("d", "date"), q("tm", "time")),
        sec("s2", q("r", "csat"), q("c", "choice", choices=[{"value": "x", "points": 1}]), q("m", "ces")),
    )
    s = run(form, {})
    # scored questions and ratings are required by default; number/text/date/time are not
    assert s.missing == ("a", "r", "c", "m")
    assert s.complete is False
    assert s.to_json()["missing"] == ["a", "r", "c", "m"]
    assert s.to_json()["complete"] is False


def test_required_overrides() -> None:
    form = make_form(sec("s", q("a", "yes_no", required=False), q("t", "text", required=True), q("b", "yes_no")))
    s = run(form, {"b": "yes"})
    assert s.missing == ("t",)
    s = run(form, {"b": "yes", "t": "ok"})
    assert s.missing == ()
    assert s.complete is True
    # a unanswered and not required: left out, 1 of 1
    assert (s.sections[0].earned, s.sections[0].possible) == (F(1), F(1))


def test_unanswered_is_left_out_of_possible() -> None:
    form = make_form(sec("s", q("a", "yes_no", points=3), q("b", "yes_no", points=1)))
    s = run(form, {"b": "yes"})
    assert (s.sections[0].earned, s.sections[0].possible) == (F(1), F(1))
    assert s.total == F(100)
    assert s.missing == ("a",)


# ---------------------------------------------------------------- critical


def test_section_critical_failure() -> None:
    form = make_form(
        sec("s1", q("a", "yes_no", points=2, critical="section"), q("b", "yes_no", points=3)),
        sec("s2", q("c", "yes_no", points=4)),
    )
    s = run(form, {"a": "no", "b": "yes", "c": "yes"})
    s1, s2 = s.sections
    # s1: a fails -> earned 0 (not 3), possible 5, score 0
    assert (s1.earned, s1.possible, s1.score, s1.critical_failed) == (F(0), F(5), F(0), True)
    assert (s2.earned, s2.possible, s2.score, s2.critical_failed) == (F(4), F(4), F(100), False)
    assert s.critical_failures == ("a",)
    # total, no weights: 100 * (0 + 4) / (5 + 4) = 400/9
    assert s.total == F(400, 9)
    j = s.to_json()
    assert j["sections"][0] == {"id": "s1", "earned": 0.0, "possible": 5.0, "score": 0.0, "critical_failed": True}
    assert j["critical_failures"] == ["a"]


def test_section_critical_passing_keeps_earned() -> None:
    form = make_form(sec("s1", q("a", "yes_no", points=2, critical="section"), q("b", "yes_no", points=3)))
    s = run(form, {"a": "yes", "b": "no"})
    assert (s.sections[0].earned, s.sections[0].critical_failed) == (F(2), False)
    assert s.total == F(40)  # 100 * 2 / 5


def test_critical_on_scale_fails_only_at_zero_points() -> None:
    form = make_form(sec("s", q("a", "scale", points=4, critical="section"), q("b", "yes_no")))
    s = run(form, {"a": 2, "b": "yes"})  # (2-1)/4*4 = 1 earned: not a failure
    assert s.critical_failures == ()
    assert s.sections[0].earned == F(2)
    s = run(form, {"a": 1, "b": "yes"})  # 0 earned: fails
    assert s.critical_failures == ("a",)
    assert s.sections[0].earned == F(0)


def test_visit_critical_failure() -> None:
    form = make_form(
        sec("s1", q("a", "yes_no", points=2, critical="visit"), q("b", "yes_no", points=3), stage="purchase"),
        sec("s2", q("c", "yes_no", points=4), stage="service"),
    )
    s = run(form, {"a": "no", "b": "yes", "c": "yes"})
    assert s.total == F(0)
    assert s.grade is not None
    assert s.grade.label == "Poor"
    assert s.critical_failures == ("a",)
    # sections and stages still reported: s1 3 of 5 (a visit critical does not zero its section)
    s1, s2 = s.sections
    assert (s1.earned, s1.possible, s1.score, s1.critical_failed) == (F(3), F(5), F(60), False)
    assert (s2.earned, s2.possible, s2.score) == (F(4), F(4), F(100))
    assert s.stages == {Stage.PURCHASE: F(60), Stage.SERVICE: F(100)}
    assert s.to_json()["total"] == 0.0
    assert s.to_json()["grade"] == "Poor"


def test_critical_failures_listed_in_form_order() -> None:
    form = make_form(
        sec("s1", q("a", "yes_no", critical="visit"), q("b", "yes_no", critical="section")),
        sec("s2", q("c", "yes_no", critical="section")),
    )
    s = run(form, {"c": "no", "a": "no", "b": "no"})
    assert s.critical_failures == ("a", "b", "c")


# ---------------------------------------------------------------- totals


def test_total_without_weights_sums_points_not_scores() -> None:
    form = make_form(
        sec("s1", q("a", "yes_no"), q("b", "yes_no")),
        sec("s2", q("c", "yes_no", points=3)),
    )
    s = run(form, {"a": "yes", "b": "no", "c": "yes"})
    # s1: 1 of 2 (50), s2: 3 of 3 (100); total 100 * 4 / 5 = 80 (a mean of scores would be 75)
    assert [x.score for x in s.sections] == [F(50), F(100)]
    assert s.total == F(80)


def test_total_with_weights_is_weighted_mean_of_scores() -> None:
    form = make_form(
        sec("s1", q("a", "yes_no"), q("b", "yes_no"), weight=1),
        sec("s2", q("c", "yes_no", points=3), weight=3),
    )
    s = run(form, {"a": "yes", "b": "no", "c": "yes"})
    # (1 * 50 + 3 * 100) / (1 + 3) = 350 / 4 = 87.5
    assert s.total == F(175, 2)
    assert s.to_json()["total"] == 87.5


def test_weighted_total_skips_sections_with_null_score() -> None:
    form = make_form(
        sec("s1", q("a", "yes_no"), q("b", "yes_no"), weight=1),
        sec("s2", q("c", "yes_no", points=3), weight=3),
        sec("s3", q("d", "yes_no", na=True), q("e", "text"), weight=6),
    )
    s = run(form, {"a": "yes", "b": "no", "c": "yes", "e": "x"}, na=("d",))
    assert s.sections[2].score is None
    # s3 left out: (1 * 50 + 3 * 100) / 4 = 87.5 (with s3 as 0 it would be 35)
    assert s.total == F(175, 2)


def test_weighted_total_with_decimal_weights() -> None:
    form = make_form(
        sec("s1", q("a", "yes_no"), weight=0.5),
        sec("s2", q("b", "scale"), weight=1.5),
    )
    s = run(form, {"a": "no", "b": 4})
    # s1 0, s2 (4-1)/4 = 75; (0.5 * 0 + 1.5 * 75) / 2 = 56.25
    assert s.total == F(225, 4)


def test_weighted_total_with_section_critical_uses_zero_score() -> None:
    form = make_form(
        sec("s1", q("a", "yes_no", critical="section"), q("b", "yes_no"), weight=1),
        sec("s2", q("c", "yes_no"), weight=1),
    )
    s = run(form, {"a": "no", "b": "yes", "c": "yes"})
    # s1 0 (failed), s2 100: (0 + 100) / 2 = 50
    assert s.total == F(50)


def test_weighted_visit_critical_total_zero() -> None:
    form = make_form(sec("s1", q("a", "yes_no", critical="visit"), weight=2), sec("s2", q("b", "yes_no"), weight=1))
    s = run(form, {"a": "no", "b": "yes"})
    assert s.total == F(0)


def test_no_applicable_scored_question_weighted() -> None:
    form = make_form(sec("s1", q("a", "text"), weight=1), sec("s2", q("b", "yes_no", na=True), weight=2))
    s = run(form, {"a": "x"}, na=("b",))
    assert s.total is None
    assert s.grade is None


def test_nothing_answered_total_null() -> None:
    form = make_form(sec("s1", q("a", "yes_no")))
    s = run(form, {})
    assert s.total is None
    assert s.grade is None
    assert s.complete is False


# ---------------------------------------------------------------- stages


def test_stage_scores() -> None:
    form = make_form(
        sec("s1", q("a", "yes_no"), q("b", "yes_no"), stage="purchase"),
        sec("s2", q("c", "yes_no", points=3), stage="service"),
        sec("s3", q("d", "yes_no", points=3), stage="purchase"),
        sec("s4", q("e", "text"), stage="awareness"),
        sec("s5", q("f", "yes_no")),
    )
    s = run(form, {"a": "yes", "b": "no", "c": "no", "d": "yes", "e": "x", "f": "yes"})
    # purchase: s1 1/2 + s3 3/3 -> 100 * 4 / 5 = 80; service 0/3 -> 0; awareness: nothing scored -> null
    # s5 has no stage; stages in journey order
    assert list(s.stages.items()) == [(Stage.AWARENESS, None), (Stage.PURCHASE, F(80)), (Stage.SERVICE, F(0))]
    assert s.to_json()["stages"] == {"awareness": None, "purchase": 80.0, "service": 0.0}
    assert list(s.to_json()["stages"]) == ["awareness", "purchase", "service"]


def test_stage_score_after_section_critical() -> None:
    form = make_form(
        sec("s1", q("a", "yes_no", critical="section"), q("b", "yes_no", points=3), stage="service"),
        sec("s2", q("c", "yes_no", points=4), stage="service"),
    )
    s = run(form, {"a": "no", "b": "yes", "c": "yes"})
    # s1 earned 0 after the failure: 100 * (0 + 4) / (4 + 4) = 50
    assert s.stages == {Stage.SERVICE: F(50)}


def test_no_stages_gives_empty_mapping() -> None:
    s = run(make_form(sec("s", q("a", "yes_no"))), {"a": "yes"})
    assert s.stages == {}
    assert s.to_json()["stages"] == {}


# ---------------------------------------------------------------- grades


def _total_form(earned: float, lost: float, **top: Any) -> VisitScore:
    """A visit whose total is exactly 100 * earned / (earned + lost)."""
    form = make_form(sec("s", q("a", "yes_no", points=earned), q("b", "yes_no", points=lost)), **top)
    return run(form, {"a": "yes", "b": "no"})


@pytest.mark.parametrize(
    ("earned", "lost", "total", "label"),
    [
        (9, 1, F(90), "Excellent"),  # exactly 90
        (8999, 1001, F(8999, 100), "Good"),  # 89.99
        (3, 1, F(75), "Good"),  # exactly 75
        (7499, 2501, F(7499, 100), "Fair"),  # 74.99
        (74.9999, 25.0001, F(749999, 10000), "Fair"),  # 74.9999 shows as 75.0 but is below 75
        (3, 2, F(60), "Fair"),  # exactly 60
        (5999, 4001, F(5999, 100), "Poor"),  # 59.99
        (1, 0.0001, F(1000000, 10001), "Excellent"),  # 99.990...
    ],
)
def test_default_grade_bands_exact_at_min(earned: float, lost: float, total: F, label: str) -> None:
    s = _total_form(earned, lost)
    assert s.total == total
    assert s.grade is not None
    assert s.grade.label == label
    assert s.to_json()["grade"] == label


def test_total_zero_is_poor_and_hundred_excellent() -> None:
    form = make_form(sec("s", q("a", "yes_no")))
    assert run(form, {"a": "no"}).to_json()["grade"] == "Poor"
    assert run(form, {"a": "yes"}).to_json()["grade"] == "Excellent"


def test_grade_display_rounds_but_grade_does_not() -> None:
    s = _total_form(74.9999, 25.0001)
    assert display(s.total) == "75.0"
    assert s.to_json()["grade"] == "Fair"


def test_custom_grade_bands_in_any_order() -> None:
    bands = [{"min": 0, "label": "Fail"}, {"min": 80, "label": "Top"}, {"min": 50, "label": "Pass"}]
    assert _total_form(1, 1, grade_bands=bands).to_json()["grade"] == "Pass"  # exactly 50
    assert _total_form(4999, 5001, grade_bands=bands).to_json()["grade"] == "Fail"  # 49.99
    assert _total_form(4, 1, grade_bands=bands).to_json()["grade"] == "Top"  # exactly 80
    assert _total_form(7999, 2001, grade_bands=bands).to_json()["grade"] == "Pass"  # 79.99


# ---------------------------------------------------------------- overrides


def test_override_replaces_earned() -> None:
    form = make_form(sec("s", q("a", "yes_no", points=4), q("b", "yes_no", points=1)))
    s = run(form, {"a": "no", "b": "yes"}, overrides={"a": (2.5, "partly")})
    # a: 2.5 instead of 0; 2.5 + 1 of 5 -> 70
    assert s.sections[0].earned == F(7, 2)
    assert s.total == F(70)
    assert s.questions is not None
    assert s.questions["a"].overridden is True
    assert s.questions["a"].earned == F(5, 2)
    # an override can also lower: a answered yes (4) overridden to 1
    s = run(form, {"a": "yes", "b": "yes"}, overrides={"a": (1, "late")})
    assert s.total == F(40)  # 100 * (1 + 1) / 5


def test_override_decimal_is_exact() -> None:
    form = make_form(sec("s", q("a", "yes_no", points=1), q("b", "yes_no", points=2)))
    s = run(form, {"a": "no", "b": "no"}, overrides={"a": (0.1, "r"), "b": (0.2, "r")})
    # 0.1 + 0.2 = 3/10 exactly (not 0.30000000000000004); 100 * 0.3 / 3 = 10
    assert s.sections[0].earned == F(3, 10)
    assert s.total == F(10)


def test_override_above_zero_lifts_critical_failure() -> None:
    form = make_form(
        sec("s1", q("a", "yes_no", points=2, critical="section"), q("b", "yes_no", points=3)),
        sec("s2", q("v", "yes_no", points=5, critical="visit")),
    )
    s = run(form, {"a": "no", "b": "yes", "v": "no"}, overrides={"a": (0.5, "ok"), "v": (1, "ok")})
    assert s.critical_failures == ()
    assert s.sections[0].critical_failed is False
    # s1: 0.5 + 3 = 3.5 of 5; s2 1 of 5; total 100 * 4.5 / 10 = 45
    assert s.sections[0].earned == F(7, 2)
    assert s.total == F(45)


def test_override_of_zero_on_critical_question_fails() -> None:
    form = make_form(sec("s1", q("a", "yes_no", points=2, critical="section"), q("b", "yes_no", points=3)))
    s = run(form, {"a": "yes", "b": "yes"}, overrides={"a": (0, "not really")})
    assert s.critical_failures == ("a",)
    assert s.sections[0].critical_failed is True
    assert s.sections[0].earned == F(0)
    assert s.total == F(0)  # 0 of 5

    form = make_form(sec("s1", q("a", "yes_no", critical="visit"), q("b", "yes_no")))
    s = run(form, {"a": "yes", "b": "yes"}, overrides={"a": (0, "not really")})
    assert s.total == F(0)
    assert s.sections[0].earned == F(1)  # b still reported


def test_override_on_multi_and_duration() -> None:
    form = make_form(sec("s", MULTI, DURATION))
    s = run(form, {"m": ["z"], "d": 500}, overrides={"m": (5, "all seen"), "d": (3, "clock wrong")})
    # m 5 of 5, d 3 of 4: 100 * 8 / 9
    assert s.total == F(800, 9)


# ---------------------------------------------------------------- ratings


def test_ratings_in_json() -> None:
    form = make_form(sec("s", q("a", "yes_no"), q("c", "csat"), q("e", "ces"), q("n", "nps")))
    j = run(form, {"a": "yes", "c": 4, "e": 6, "n": 9}).to_json()
    assert j["ratings"] == {"csat": 4.0, "ces": 6.0, "nps": 9.0}
    # ratings without points do not change the total
    assert j["total"] == 100.0


def test_ratings_mean_when_asked_twice() -> None:
    form = make_form(
        sec("s1", q("c1", "csat"), q("n1", "nps"), q("e1", "ces", points=6)),
        sec("s2", q("c2", "csat", points=4), q("n2", "nps"), q("n3", "nps")),
    )
    j = run(form, {"c1": 4, "c2": 5, "n1": 10, "n2": 3, "n3": 6, "e1": 7}).to_json()
    # csat (4 + 5) / 2 = 4.5; nps (10 + 3 + 6) / 3 = 19/3; ces 7
    assert j["ratings"] == {"csat": 4.5, "ces": 7.0, "nps": float(F(19, 3))}


def test_ratings_null_when_unanswered_na_or_hidden() -> None:
    form = make_form(
        sec(
            "s",
            q("a", "yes_no"),
            q("c", "csat", na=True),
            q("n", "nps", show_if={"question": "a", "equals": "yes"}),
            q("e", "ces", required=False),
        )
    )
    j = run(form, {"a": "no", "n": 10}, na=("c",)).to_json()
    assert j["ratings"] == {"csat": None, "ces": None, "nps": None}


# ---------------------------------------------------------------- the FORMS.md example

FORMS_MD_EXAMPLE = """\
id: retail-store-visit        # slug: ^[a-z0-9][a-z0-9_-]*$
version: 3                    # positive integer; a visit pins the version it was started on
title: Retail store visit
description: Mystery shop of a high-street store.   # optional
grade_bands:                  # optional; default below
  - {min: 90, label: Excellent}
  - {min: 75, label: Good}
  - {min: 60, label: Fair}
  - {min: 0,  label: Poor}
sections:                     # one section = one touchpoint; at least one
  - id: greeting
    title: Entrance and greeting
    stage: purchase           # optional journey stage: awareness | consideration | purchase | service | post_purchase
    channel: in_store         # optional: in_store | phone | web | email | chat | social | app | other
    weight: 20                # optional; either every section has a weight or none has
    photos: {min: 1, max: 10} # optional evidence rule for this touchpoint; default {min: 0, max: 20}
    questions:
      - id: greeted           # unique in the whole form; answers are keyed by it
        text: Were you greeted within 30 seconds of entering?
        type: yes_no
        points: 5
        critical: section
      - id: wait_to_greet
        text: Seconds until a staff member acknowledged you
        type: duration
        thresholds: [{max: 30, points: 4}, {max: 60, points: 2}]
        na: true
"""

FORMS_MD_JSON = {
    "form": "retail-store-visit",
    "version": 3,
    "total": 77.77777777777777,
    "grade": "Good",
    "complete": True,
    "missing": [],
    "critical_failures": [],
    "sections": [
        {"id": "greeting", "earned": 7.0, "possible": 9.0, "score": 77.77777777777777, "critical_failed": False}
    ],
    "stages": {"purchase": 77.77777777777777},
    "ratings": {"csat": None, "ces": None, "nps": None},
}


def test_forms_md_example_reproduced_exactly() -> None:
    form = parse_form(FORMS_MD_EXAMPLE, "forms/retail-store-visit.yaml")
    s = run(form, {"greeted": "yes", "wait_to_greet": 42})
    # greeted 5 of 5; 42 s is within 60: 2 of 4 -> 7 of 9 = 700/9 %
    assert s.total == F(700, 9)
    assert s.to_json() == FORMS_MD_JSON
    assert display(s.total) == "77.8"


def test_forms_md_example_section_critical_and_na() -> None:
    form = parse_form(FORMS_MD_EXAMPLE, "forms/retail-store-visit.yaml")
    s = run(form, {"greeted": "no", "wait_to_greet": 10})
    # greeted fails: section earned 0 of 9, one weighted section -> total 0, Poor
    assert s.to_json()["sections"][0] == {
        "id": "greeting",
        "earned": 0.0,
        "possible": 9.0,
        "score": 0.0,
        "critical_failed": True,
    }
    assert s.to_json()["total"] == 0.0
    assert s.to_json()["grade"] == "Poor"
    s = run(form, {"greeted": "yes"}, na=("wait_to_greet",))
    # wait N/A: 5 of 5
    assert s.to_json()["total"] == 100.0
    assert s.to_json()["grade"] == "Excellent"


# ---------------------------------------------------------------- display


@pytest.mark.parametrize(
    ("value", "shown"),
    [
        (F(7775, 100), "77.8"),  # 77.75 half-up
        (F(777499, 10000), "77.7"),  # 77.7499
        (F(5, 100), "0.1"),  # 0.05
        (F(100), "100.0"),
        (F(0), "0.0"),
        (F(25, 100), "0.3"),  # 0.25: half-up, not half-even
        (F(2675, 1000), "2.7"),  # 2.675 (as a float it would be 2.67499...)
        (F(700, 9), "77.8"),  # 77.777...
        (F(149, 2), "74.5"),
        (F(1, 3), "0.3"),
        (F(-5, 100), "-0.1"),  # half away from zero (NPS can be negative)
        (F(-1225, 100), "-12.3"),
        (None, "—"),
    ],
)
def test_display_half_up(value: F | None, shown: str) -> None:
    assert display(value) == shown


def test_round_half_up_exact() -> None:
    assert round_half_up(F(7775, 100)) == F(778, 10)
    assert round_half_up(F(5, 100)) == F(1, 10)
    assert round_half_up(F(4999, 100000)) == F(0)  # 0.04999
    assert round_half_up(F(125, 100), 0) == F(1)  # 1.25 -> 1
    assert round_half_up(F(15, 10), 0) == F(2)  # 1.5 -> 2
    assert display(F(15, 10), 0) == "2"
