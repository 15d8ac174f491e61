"""check_answers: every answer that does not fit its question is an error naming the question."""

from __future__ import annotations

from fractions import Fraction as F
from typing import Any

import pytest
import yaml

from mystery_shop.domain.answers import AnswerError, AnswerProblem, Override, check_answers, normalize_value
from mystery_shop.domain.forms import Form
from mystery_shop.formats import parse_form


def q(qid: str, qtype: str, **kw: Any) -> dict[str, Any]:
    return {"id": qid, "text": f"Question {qid}", "type": qtype, **kw}


def make_form(*questions: dict[str, Any]) -> Form:
    doc = {"id": "t", "version": 1, "title": "T", "sections": [{"id": "s", "title": "S", "questions": list(questions)}]}
    return parse_form(yaml.safe_dump(doc, sort_keys=False), "t.yaml")


FORM = make_form(
    q("yn", "yes_no", points=2, na=True),
    q("ch", "choice", choices=[{"value": "a", "points": 2}, {"value": "b", "points": 1}, 3]),
    q("mu", "multi", choices=[{"value": "x", "points": 1}, {"value": "y", "points": 1}]),
    q("sc", "scale", min=0, max=10, points=5),
    q("du", "duration", thresholds=[{"max": 60, "points": 3}]),
    q("cs", "csat"),
    q("ce", "ces"),
    q("np", "nps"),
    q("nu", "number"),
    q("tx", "text", na=True),
    q("dt", "date"),
    q("tm", "time"),
)

GOOD = {
    "yn": "yes",
    "ch": "a",
    "mu": ["x", "y"],
    "sc": 10,
    "du": 12.5,
    "cs": 5,
    "ce": 1,
    "np": 0,
    "nu": -3.5,
    "tx": "",
    "dt": "2024-02-29",
    "tm": "23:59",
}


def problems(values: dict[str, Any], na: tuple[str, ...] = (), overrides: Any = None) -> list[str]:
    _, found = check_answers(FORM, values, na, overrides)
    return [str(p) for p in found]


def test_good_answers_have_no_problems() -> None:
    answers, found = check_answers(FORM, GOOD)
    assert found == []
    assert dict(answers.values) == GOOD


def test_unknown_question_id() -> None:
    _, found = check_answers(FORM, {"nope": "yes", "yn": "yes"})
    assert found == [AnswerProblem("nope", "no such question in this form")]
    assert str(found[0]) == "nope: no such question in this form"


@pytest.mark.parametrize(
    ("qid", "value", "message"),
    [
        ("yn", "maybe", "'maybe' is not yes or no"),
        ("yn", "Yes", "'Yes' is not yes or no"),
        ("yn", 1, "1 is not yes or no"),
        ("ch", "c", "'c' is not one of the choices (a, b, 3)"),
        ("ch", ["a"], "['a'] is not one of the choices (a, b, 3)"),
        ("ch", True, "True is not one of the choices (a, b, 3)"),
        ("mu", "x", "expects a list of choice values"),
        ("mu", ["x", "z"], "'z' is not one of the choices (x, y)"),
        ("mu", ["x", "x"], "'x' is chosen twice"),
        ("sc", 11, "11 is not a whole number from 0 to 10"),
        ("sc", -1, "-1 is not a whole number from 0 to 10"),
        ("sc", 2.5, "2.5 is not a whole number from 0 to 10"),
        ("sc", "5", "'5' is not a whole number from 0 to 10"),
        ("sc", True, "True is not a whole number from 0 to 10"),
        ("cs", 0, "0 is not a whole number from 1 to 5"),
        ("cs", 6, "6 is not a whole number from 1 to 5"),
        ("ce", 8, "8 is not a whole number from 1 to 7"),
        ("ce", 0, "0 is not a whole number from 1 to 7"),
        ("np", 11, "11 is not a whole number from 0 to 10"),
        ("np", -1, "-1 is not a whole number from 0 to 10"),
        ("du", -1, "-1 is not a number of seconds (0 or more)"),
        ("du", "30", "'30' is not a number of seconds (0 or more)"),
        ("du", float("nan"), "nan is not a number of seconds (0 or more)"),
        ("du", float("inf"), "inf is not a number of seconds (0 or more)"),
        ("du", False, "False is not a number of seconds (0 or more)"),
        ("nu", "3", "'3' is not a number"),
        ("tx", 3, "3 is not text"),
        ("dt", "2024-02-30", "'2024-02-30' is not a date as YYYY-MM-DD"),
        ("dt", "1/2/2024", "'1/2/2024' is not a date as YYYY-MM-DD"),
        ("tm", "24:00", "'24:00' is not a time as HH:MM"),
        ("tm", "9:30", "'9:30' is not a time as HH:MM"),
        ("yn", None, "no value given (leave the question out, or mark it N/A)"),
    ],
)
def test_value_that_does_not_fit(qid: str, value: Any, message: str) -> None:
    answers, found = check_answers(FORM, {qid: value})
    assert found == [AnswerProblem(qid, message)]
    assert qid not in answers.values


def test_every_problem_is_reported() -> None:
    found = problems({"yn": "maybe", "sc": 99, "zz": 1, "ch": "a"}, na=("ch", "nu"))
    assert found == [
        "yn: 'maybe' is not yes or no",
        "sc: 99 is not a whole number from 0 to 10",
        "zz: no such question in this form",
        "ch: N/A is not allowed on this question",
        "nu: N/A is not allowed on this question",
    ]


def test_yaml_style_booleans_accepted_for_yes_no() -> None:
    answers, found = check_answers(FORM, {"yn": True})
    assert found == []
    assert answers.values == {"yn": "yes"}
    answers, found = check_answers(FORM, {"yn": False})
    assert found == []
    assert answers.values == {"yn": "no"}


def test_normalized_values() -> None:
    ch, sc = FORM.question("ch"), FORM.question("sc")
    assert ch is not None
    assert sc is not None
    assert normalize_value(ch, 3) == "3"  # a whole-number choice value given as a number
    assert normalize_value(sc, 7.0) == 7
    assert isinstance(normalize_value(sc, 7.0), int)
    with pytest.raises(AnswerError):
        normalize_value(sc, 7.5)


def test_na_allowed() -> None:
    answers, found = check_answers(FORM, {}, na=("yn", "tx"))
    assert found == []
    assert answers.na == frozenset({"yn", "tx"})


def test_na_where_not_allowed() -> None:
    answers, found = check_answers(FORM, {}, na=("sc",))
    assert found == [AnswerProblem("sc", "N/A is not allowed on this question")]
    assert answers.na == frozenset()


def test_na_on_unknown_question() -> None:
    assert problems({}, na=("ghost",)) == ["ghost: marked N/A but there is no such question in this form"]


def test_both_answered_and_na() -> None:
    assert problems({"yn": "yes"}, na=("yn",)) == ["yn: both answered and marked N/A"]


# ---------------------------------------------------------------- overrides


def test_override_ok() -> None:
    answers, found = check_answers(FORM, {"yn": "no"}, overrides={"yn": (1.5, "  partly  ")})
    assert found == []
    assert answers.overrides == {"yn": Override(F(3, 2), "partly")}


@pytest.mark.parametrize("points", [0, 2, 2.0, 0.1])
def test_override_bounds_inclusive(points: float) -> None:
    # yn is worth 2: [0, 2] allowed
    assert problems({"yn": "no"}, overrides={"yn": (points, "r")}) == []


@pytest.mark.parametrize("points", [-0.01, 2.01, 3, -1])
def test_override_out_of_range(points: float) -> None:
    assert problems({"yn": "no"}, overrides={"yn": (points, "r")}) == ["yn: override points must be between 0 and 2"]


def test_override_range_of_decimal_possible() -> None:
    # sc possible 5; choice possible = highest choice = 2; duration possible = first threshold = 3
    assert problems({}, overrides={"ch": (2.5, "r")}) == ["ch: override points must be between 0 and 2"]
    assert problems({}, overrides={"du": (3.5, "r")}) == ["du: override points must be between 0 and 3"]
    assert problems({}, overrides={"sc": (5, "r")}) == []


@pytest.mark.parametrize("points", ["1", None, True, float("nan")])
def test_override_points_not_a_number(points: object) -> None:
    assert problems({}, overrides={"yn": (points, "r")}) == [f"yn: override points {points!r} is not a number"]


@pytest.mark.parametrize("reason", [None, "", "   ", 5])
def test_override_without_reason(reason: object) -> None:
    assert problems({}, overrides={"yn": (1, reason)}) == ["yn: an override needs a reason"]


@pytest.mark.parametrize("qid", ["tx", "nu", "cs", "dt"])
def test_override_on_unscored_question(qid: str) -> None:
    assert problems({}, overrides={qid: (0, "r")}) == [f"{qid}: override on a question that earns no points"]


def test_override_on_unknown_question() -> None:
    assert problems({}, overrides={"ghost": (1, "r")}) == ["ghost: override for a question not in this form"]
