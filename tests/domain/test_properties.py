"""Properties of scoring that hold for every valid form and visit (hypothesis)."""

from __future__ import annotations

import dataclasses
import math
from fractions import Fraction as F
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from mystery_shop.domain.answers import Answers, Override, check_answers
from mystery_shop.domain.form_rules import validate_form
from mystery_shop.domain.forms import (
    Choice,
    CriticalScope,
    Form,
    Question,
    QuestionType,
    Section,
    ShowIf,
    Stage,
    Threshold,
)
from mystery_shop.domain.scoring import VisitScore, score_visit

SETTINGS = settings(max_examples=150, deadline=None)

T = QuestionType
points_st = st.one_of(st.integers(0, 10).map(F), st.fractions(0, 10, max_denominator=8))


@st.composite
def questions(draw: st.DrawFn, qid: str) -> Question:
    t = draw(st.sampled_from(list(QuestionType)))
    kw: dict[str, Any] = {}
    if t in (T.YES_NO, T.SCALE):
        kw["points"] = draw(st.none() | points_st)
    if t is T.YES_NO:
        kw["expected"] = draw(st.sampled_from(["yes", "no"]))
    if t is T.SCALE:
        lo = draw(st.integers(-3, 3))
        kw["min"], kw["max"] = lo, draw(st.integers(lo + 1, lo + 6))
    if t in (T.CHOICE, T.MULTI):
        low = -3 if t is T.MULTI else 0
        pts = draw(st.lists(st.integers(low, 5), min_size=1, max_size=4))
        kw["choices"] = tuple(Choice(f"c{i}", F(p)) for i, p in enumerate(pts))
        if t is T.MULTI:
            kw["points"] = draw(st.none() | points_st)
    if t is T.DURATION:
        n = draw(st.integers(1, 3))
        steps = draw(st.lists(st.integers(1, 60), min_size=n, max_size=n))
        drops = draw(st.lists(st.integers(0, 3), min_size=n, max_size=n))
        top = draw(st.integers(0, 6)) + sum(drops)
        maxes, acc = [], 0
        for s in steps:
            acc += s
            maxes.append(acc)
        pts, p = [], top
        for d in drops:
            pts.append(p)
            p -= d
        kw["thresholds"] = tuple(Threshold(F(m), F(p)) for m, p in zip(maxes, pts, strict=True))
    if t in (T.CSAT, T.CES, T.NPS):
        kw["points"] = draw(st.none() | points_st)
    q = Question(qid, f"Question {qid}", t, na=draw(st.booleans()), required=draw(st.none() | st.booleans()), **kw)
    if q.is_scored:
        q = dataclasses.replace(q, critical=draw(st.none() | st.sampled_from(list(CriticalScope))))
    return q


@st.composite
def forms(draw: st.DrawFn, weighted: bool | None = None, n_sections: tuple[int, int] = (1, 4)) -> Form:
    if weighted is None:
        weighted = draw(st.booleans())
    sections = []
    n = 0
    earlier: list[Question] = []
    for si in range(draw(st.integers(*n_sections))):
        qs = []
        for _ in range(draw(st.integers(1, 4))):
            q = draw(questions(f"q{n}"))
            n += 1
            yes_nos = [p for p in earlier if p.type is T.YES_NO]
            if yes_nos and draw(st.integers(0, 3)) == 0:
                parent = draw(st.sampled_from(yes_nos))
                q = dataclasses.replace(q, show_if=ShowIf(parent.id, (draw(st.sampled_from(["yes", "no"])),)))
            qs.append(q)
            earlier.append(q)
        sections.append(
            Section(
                f"s{si}",
                f"Section {si}",
                tuple(qs),
                stage=draw(st.none() | st.sampled_from(list(Stage))),
                weight=F(draw(st.integers(1, 5))) if weighted else None,
            )
        )
    form = Form("prop", 1, "Property form", tuple(sections))
    assert validate_form(form) == []
    return form


def value_for(draw: st.DrawFn, q: Question) -> Any:
    t = q.type
    if t is T.YES_NO:
        return draw(st.sampled_from(["yes", "no"]))
    if t is T.CHOICE:
        return draw(st.sampled_from([c.value for c in q.choices]))
    if t is T.MULTI:
        return draw(st.lists(st.sampled_from([c.value for c in q.choices]), unique=True))
    if t is T.SCALE or t in (T.CSAT, T.CES, T.NPS):
        lo, hi = q.scale_range
        return draw(st.integers(lo, hi))
    if t is T.DURATION:
        return draw(st.integers(0, 200) | st.floats(0, 200, allow_nan=False))
    if t is T.NUMBER:
        return draw(st.integers(-100, 100))
    if t is T.TEXT:
        return draw(st.text(max_size=5))
    if t is T.DATE:
        return "2024-05-06"
    return "12:30"


@st.composite
def answers_for(draw: st.DrawFn, form: Form) -> Answers:
    values: dict[str, Any] = {}
    na: list[str] = []
    overrides: dict[str, tuple[object, object]] = {}
    for q in form.questions():
        how = draw(st.sampled_from(["answer", "answer", "answer", "skip", "na"]))
        if how == "na" and q.na:
            na.append(q.id)
        elif how != "skip":
            values[q.id] = value_for(draw, q)
            if q.is_scored and draw(st.integers(0, 4)) == 0:
                # a decimal at most k/4 of the possible points (a float above an exact 53/6 would not fit)
                share = q.possible_points() * F(draw(st.integers(0, 4)), 4)
                overrides[q.id] = (math.floor(share * 100) / 100, "supervisor")
    answers, problems = check_answers(form, values, na, overrides)
    assert problems == []
    return answers


@st.composite
def visits(draw: st.DrawFn, **kw: Any) -> tuple[Form, Answers]:
    form = draw(forms(**kw))
    return form, draw(answers_for(form))


def in_range(x: F | None) -> bool:
    return x is None or 0 <= x <= 100


# ---------------------------------------------------------------- properties


@SETTINGS
@given(visits())
def test_scores_stay_between_0_and_100(visit: tuple[Form, Answers]) -> None:
    form, answers = visit
    s = score_visit(form, answers)
    assert in_range(s.total)
    for sec in s.sections:
        assert in_range(sec.score)
        assert 0 <= sec.earned <= sec.possible
    for v in s.stages.values():
        assert in_range(v)


@SETTINGS
@given(visits())
def test_total_null_exactly_when_nothing_scored(visit: tuple[Form, Answers]) -> None:
    form, answers = visit
    s = score_visit(form, answers)
    assert (s.total is None) == all(sec.possible == 0 for sec in s.sections)
    assert (s.grade is None) == (s.total is None)
    if s.total is not None:
        assert s.grade is not None
        assert s.grade.min <= s.total
        assert not any(s.grade.min < b.min <= s.total for b in form.grade_bands)


@SETTINGS
@given(visits(), st.data())
def test_unscored_na_question_changes_nothing(visit: tuple[Form, Answers], data: st.DataObject) -> None:
    form, answers = visit
    si = data.draw(st.integers(0, len(form.sections) - 1))
    extra = Question("extra", "Any remarks?", data.draw(st.sampled_from([T.TEXT, T.NUMBER, T.CSAT])), na=True)
    sections = list(form.sections)
    sections[si] = dataclasses.replace(sections[si], questions=(*sections[si].questions, extra))
    with_extra = dataclasses.replace(form, sections=tuple(sections))
    answered = dataclasses.replace(answers, values={**answers.values, "extra": 3 if extra.type is not T.TEXT else "x"})
    marked_na = dataclasses.replace(answers, na=answers.na | {"extra"})
    base = score_visit(form, answers).to_json()
    a = score_visit(with_extra, answered).to_json()
    b = score_visit(with_extra, marked_na).to_json()
    if extra.type is T.CSAT:  # an unscored rating still reports its value
        a["ratings"] = base["ratings"]
    assert a == b == base


@SETTINGS
@given(visits(weighted=True), st.fractions(F(1, 100), 50).filter(lambda f: f > 0))
def test_scaling_every_weight_changes_nothing(visit: tuple[Form, Answers], factor: F) -> None:
    form, answers = visit
    scaled = dataclasses.replace(
        form,
        sections=tuple(dataclasses.replace(s, weight=s.weight * factor) for s in form.sections),  # type: ignore[operator]
    )
    a, b = score_visit(form, answers), score_visit(scaled, answers)
    assert a.total == b.total
    assert a.to_json() == b.to_json()


@SETTINGS
@given(visits(weighted=False, n_sections=(1, 1)), st.fractions(F(1, 10), 20).filter(lambda f: f > 0))
def test_one_section_scores_the_same_weighted_or_not(visit: tuple[Form, Answers], weight: F) -> None:
    form, answers = visit
    weighted = dataclasses.replace(form, sections=(dataclasses.replace(form.sections[0], weight=weight),))
    a, b = score_visit(form, answers), score_visit(weighted, answers)
    assert a.total == b.total
    assert a.to_json() == b.to_json()


@SETTINGS
@given(visits(weighted=False))
def test_unweighted_total_is_points_ratio(visit: tuple[Form, Answers]) -> None:
    form, answers = visit
    s = score_visit(form, answers)
    earned = sum((sec.earned for sec in s.sections), F(0))
    possible = sum((sec.possible for sec in s.sections), F(0))
    if s.critical_failures and any(form.question(q).critical is CriticalScope.VISIT for q in s.critical_failures):  # type: ignore[union-attr]
        assert s.total == 0
    elif possible:
        assert s.total == 100 * earned / possible
    else:
        assert s.total is None


@SETTINGS
@given(visits(), st.data())
def test_answer_to_hidden_question_changes_nothing(visit: tuple[Form, Answers], data: st.DataObject) -> None:
    form, answers = visit
    parent = Question("gate", "Gate?", T.YES_NO)
    hidden = data.draw(questions("child"))
    hidden = dataclasses.replace(hidden, show_if=ShowIf("gate", ("yes",)))
    last = form.sections[-1]
    gated = dataclasses.replace(
        form, sections=(*form.sections[:-1], dataclasses.replace(last, questions=(*last.questions, parent, hidden)))
    )
    assert validate_form(gated) == []
    closed = dataclasses.replace(answers, values={**answers.values, "gate": "no"})
    child_value = value_for(data.draw, hidden)
    with_child = dataclasses.replace(closed, values={**closed.values, "child": child_value})
    a, b = score_visit(gated, closed), score_visit(gated, with_child)
    assert a.to_json() == b.to_json()
    assert "child" not in a.missing


@SETTINGS
@given(visits())
def test_override_with_the_earned_points_changes_nothing(visit: tuple[Form, Answers]) -> None:
    form, answers = visit
    plain = dataclasses.replace(answers, overrides={})
    detail = score_visit(form, plain, detail=True)
    assert detail.questions is not None
    same = {
        qid: Override(r.earned, "confirmed")
        for qid, r in detail.questions.items()
        if r.earned is not None and r.possible > 0
    }
    again = score_visit(form, dataclasses.replace(plain, overrides=same))
    assert again.to_json() == score_visit(form, plain).to_json()


@SETTINGS
@given(visits())
def test_missing_lists_exactly_the_shown_required_unanswered(visit: tuple[Form, Answers]) -> None:
    form, answers = visit
    s = score_visit(form, answers, detail=True)
    assert s.questions is not None
    for qid in s.missing:
        q = form.question(qid)
        assert q is not None
        assert q.is_required
        assert qid not in answers.values
        assert qid not in answers.na
    assert s.complete == (s.missing == ())


def _json_floats_match(s: VisitScore) -> bool:
    j = s.to_json()
    return j["total"] == (None if s.total is None else float(s.total))


@SETTINGS
@given(visits())
def test_json_is_the_exact_values_as_floats(visit: tuple[Form, Answers]) -> None:
    form, answers = visit
    assert _json_floats_match(score_visit(form, answers))
