"""Action plans' rules (domain/actions.py, action_figures.py): findings, due times, the fold, held/recurred, figures."""

from __future__ import annotations

import datetime as dt
import statistics
from fractions import Fraction as F
from typing import Any

import pytest
import yaml
from hypothesis import given
from hypothesis import strategies as st

from mystery_shop.domain.action_figures import ActionRow, action_figures, figures_of, most_recurring
from mystery_shop.domain.actions import (
    ActionRules,
    Entry,
    Event,
    Loop,
    Outcome,
    Status,
    Trigger,
    action_id,
    check,
    days_between,
    due_at,
    findings,
    fold,
    follow_up,
    owners,
    settings_problem,
    shown_status,
    step,
)
from mystery_shop.domain.answers import check_answers
from mystery_shop.domain.forms import Form
from mystery_shop.domain.scoring import VisitScore, score_visit
from mystery_shop.formats import parse_form

T0 = dt.datetime(2030, 3, 1, 9, 0, tzinfo=dt.UTC)  # a fixed instant the tests reason from; never the real clock


def q(qid: str, qtype: str = "yes_no", **kw: Any) -> dict[str, Any]:
    return {"id": qid, "text": f"Question {qid}", "type": qtype, **kw}


def form_of(*sections: tuple[str, list[dict[str, Any]]]) -> Form:
    doc = {"id": "t", "version": 1, "title": "T", "sections": [
        {"id": sid, "title": sid, "questions": qs} for sid, qs in sections]}  # fmt: skip
    return parse_form(yaml.safe_dump(doc, sort_keys=False), "t.yaml")


FORM = form_of(
    ("door", [q("clean"), q("greet", critical="section"), q("note", "text")]),
    ("till", [q("receipt", points=3), q("smile", "choice", choices=[
        {"value": "wide", "points": 2}, {"value": "some", "points": 1}, {"value": "none", "points": 0}])]),
)  # fmt: skip


def score(values: dict[str, Any], form: Form = FORM) -> VisitScore:
    answers, problems = check_answers(form, values, (), None)
    assert problems == []
    return score_visit(form, answers, detail=True)


ALL_PASS = {"clean": "yes", "greet": "yes", "note": "x", "receipt": "yes", "smile": "wide"}


def test_zero_and_critical_open_one_finding_each_in_form_order() -> None:
    s = score({**ALL_PASS, "clean": "no", "greet": "no", "smile": "none"})
    got = findings(FORM, s, ActionRules())
    assert [(f.key, f.trigger, f.critical) for f in got] == [
        ("q:clean", Trigger.ZERO, False),
        ("q:greet", Trigger.CRITICAL, True),  # critical and earned nothing: one finding, the critical one
        ("q:smile", Trigger.ZERO, False),
    ]


def test_rules_switch_triggers_off() -> None:
    s = score({**ALL_PASS, "clean": "no", "greet": "no"})
    assert [f.key for f in findings(FORM, s, ActionRules(zero=False))] == ["q:greet"]
    only_zero = findings(FORM, s, ActionRules(critical=False))
    assert [(f.key, f.trigger, f.critical) for f in only_zero] == [("q:clean", Trigger.ZERO, False),
                                                                   ("q:greet", Trigger.ZERO, True)]  # fmt: skip
    assert findings(FORM, s, ActionRules(zero=False, critical=False)) == []


def test_a_touchpoint_below_the_threshold() -> None:
    # till: receipt yes (3 of 3) and smile "some" (1 of 2) = 4/5 = 80 %; door: clean no -> 0 of 2 = 0 %
    s = score({**ALL_PASS, "clean": "no", "smile": "some"})
    rules = ActionRules(zero=False, critical=False, section_below=F(80))
    assert [(f.key, f.score) for f in findings(FORM, s, rules)] == [("s:door", F(50))]  # greet yes: 1 of 2
    rules = ActionRules(zero=False, critical=False, section_below=F(81))
    assert [f.key for f in findings(FORM, s, rules)] == ["s:door", "s:till"]  # 80 < 81: below


def test_unanswered_and_unscored_questions_open_nothing() -> None:
    s = score({"greet": "yes", "note": "terrible"})
    assert findings(FORM, s, ActionRules()) == []


def test_due_times_and_ids() -> None:
    s = score({**ALL_PASS, "clean": "no", "greet": "no"})
    fs = findings(FORM, s, ActionRules(due_days=7, critical_due_days=2))
    assert [due_at(T0, f, ActionRules(due_days=7, critical_due_days=2)) for f in fs] == [
        T0 + dt.timedelta(days=7), T0 + dt.timedelta(days=2)]  # fmt: skip
    assert action_id("v1", fs[0].key) == "v1:q:clean" == action_id("v1", "q:clean")


def test_settings_round_trip_and_bad_values_keep_defaults() -> None:
    r = ActionRules(zero=False, critical=True, section_below=F(75), due_days=10, critical_due_days=1)
    assert ActionRules.from_settings(r.settings()) == r
    assert ActionRules.from_settings({"due_days": -1, "section_below": 500, "zero": True}) == ActionRules()
    assert ActionRules.from_settings(None) == ActionRules()
    assert settings_problem({"due_days": 2.5}) is not None
    assert settings_problem({"section_below": 0}) is not None
    assert settings_problem(r.settings()) is None


def test_owners_are_the_location_managers_else_head_office() -> None:
    accounts = [("hq", None), ("m1", frozenset({"L1"})), ("m2", frozenset({"L1", "L2"})), ("m3", frozenset({"L3"}))]
    assert owners("L1", accounts) == ["m1", "m2"]
    assert owners("L9", accounts) == ["hq"]


def opened() -> Entry:
    return Entry(Event.OPENED, T0, visit_id="v1")


def at(days: float) -> dt.datetime:
    return T0 + dt.timedelta(days=days)


def test_the_loop_as_a_fold() -> None:
    log = [opened(), Entry(Event.STARTED, at(1), "m1"), Entry(Event.DONE, at(2), "m1", "Cleaned", ("a" * 64,)),
           Entry(Event.REOPENED, at(3), "hq", "Still dirty"), Entry(Event.DONE, at(4), "m1", "Cleaned again"),
           Entry(Event.VERIFIED, at(5), "hq")]  # fmt: skip
    st_ = fold(log)
    assert st_.status is Status.VERIFIED
    assert st_.closed_at == at(4)  # the "done" head office accepted
    assert [e.event for e in st_.history] == [e.event for e in log]


def test_what_may_follow_what() -> None:
    s = fold([opened()])
    assert check(s, Entry(Event.VERIFIED, at(1), "hq")) is not None  # nothing done yet
    assert check(s, Entry(Event.DONE, at(1), "m1", "  ")) is not None  # a "done" says what
    assert check(s, Entry(Event.DONE, at(1), "m1", "x")) is None
    done = step(s, Entry(Event.DONE, at(1), "m1", "x"))
    assert check(done, Entry(Event.VERIFIED, at(2), "m1"), head_office=False) is not None
    assert check(done, Entry(Event.REOPENED, at(2), "hq")) is not None  # a reason is required
    assert check(done, Entry(Event.DONE, at(0.5), "m1", "y")) is not None  # not before the last entry
    assert check(None, Entry(Event.DONE, at(1), "m1", "x")) is not None
    assert check(s, opened()) is not None


def test_an_entry_its_state_did_not_allow_is_skipped_by_the_fold() -> None:
    st_ = fold([opened(), Entry(Event.VERIFIED, at(1), "hq"), Entry(Event.STARTED, at(2), "m1")])
    assert st_.status is Status.IN_PROGRESS and len(st_.history) == 2
    with pytest.raises(ValueError):
        fold([Entry(Event.DONE, at(1), "m1", "x")])


def test_withdrawn_after_appeal_and_overdue_from_the_clock() -> None:
    s = fold([opened()])
    due = at(7)
    assert shown_status(s, due, at(7)) == "open"
    assert shown_status(s, due, at(7.001)) == "overdue"
    done = step(s, Entry(Event.DONE, at(8), "m1", "x"))
    assert shown_status(done, due, at(30)) == "done"  # the owner did their part: head office's move
    w = step(s, Entry(Event.WITHDRAWN, at(3), None, "appeal upheld"))
    assert shown_status(w, due, at(30)) == "withdrawn"


def test_held_and_recurred() -> None:
    loops = [Loop("v1:q:clean", "q:clean", dt.date(2030, 3, 1)), Loop("v1:q:greet", "q:greet", dt.date(2030, 3, 1)),
             Loop("v0:q:clean", "q:clean", dt.date(2030, 2, 1)), Loop("v1:q:receipt", "q:receipt",
             dt.date(2030, 3, 1))]  # fmt: skip
    s = score({"clean": "yes", "greet": "no", "note": "x", "smile": "wide"})  # receipt unanswered: no verdict
    new = findings(FORM, s, ActionRules())
    got = follow_up(loops, "v2", dt.date(2030, 4, 1), s, ActionRules(), new)
    assert [(aid, e.event, e.link) for aid, e in got] == [
        ("v1:q:clean", Event.HELD, None),  # only the newest loop of a finding is judged
        ("v1:q:greet", Event.RECURRED, "v2:q:greet"),
    ]
    state = step(fold([opened()]), got[1][1].__class__(Event.RECURRED, at(40), visit_id="v2", link="v2:q:greet"))
    assert state.outcome is Outcome.RECURRED and state.recurred_as == "v2:q:greet"
    assert follow_up(loops, "v2", dt.date(2030, 1, 1), s, ActionRules(), new) == []  # an older visit judges nothing


def row(loc: str, opened_day: float, due_day: float, *events: tuple[Event, float], subject: str = "q") -> ActionRow:
    log = [Entry(Event.OPENED, at(opened_day))]
    log += [Entry(e, at(d), "u", "note") for e, d in events]
    return ActionRow(loc, subject, at(due_day), fold(log))


def test_figures_by_location_by_hand() -> None:
    rows = [
        row("A", 0, 7, (Event.DONE, 3), (Event.VERIFIED, 4)),  # closed on time, 3 days
        row("A", 0, 2, (Event.DONE, 5), (Event.VERIFIED, 6)),  # closed late, 5 days
        row("A", 0, 2),  # overdue at day 10
        row("B", 0, 30, (Event.DONE, 1)),  # done, not verified: neither closed nor overdue
        row("B", 0, 7, (Event.WITHDRAWN, 1)),
    ]
    total, by = action_figures(rows, at(10))
    assert (total.opened, total.closed_on_time, total.overdue, total.withdrawn) == (5, 1, 1, 1)
    assert total.median_days == F(4)  # median of 3 and 5
    assert by["A"].median_days == F(4) and by["B"].median_days is None
    assert total.recurrence_rate is None


def test_recurrence_rate_and_most_recurring() -> None:
    def judged(subject: str, outcome: Event) -> ActionRow:
        log = [Entry(Event.OPENED, at(0)), Entry(outcome, at(20), visit_id="v9")]
        return ActionRow("A", subject, at(7), fold(log))

    rows = [judged("a", Event.RECURRED), judged("a", Event.RECURRED), judged("b", Event.RECURRED),
            judged("c", Event.HELD)]  # fmt: skip
    assert figures_of(rows, at(30)).recurrence_rate == F(3, 4)
    assert most_recurring(rows) == [("a", 2), ("b", 1)]


@given(st.lists(st.tuples(st.integers(0, 50), st.integers(0, 50), st.booleans()), max_size=30))
def test_figures_arithmetic(spec: list[tuple[int, int, bool]]) -> None:
    """Opened counts every row; closed on time never exceeds the verified ones; the median is the statistics one."""
    rows = []
    for took, due, verified in spec:
        events = [(Event.DONE, float(took))] + ([(Event.VERIFIED, float(took))] if verified else [])
        rows.append(row("L", 0, due, *events))
    f = figures_of(rows, at(1000))
    assert f.opened == len(spec)
    verified = [took for took, _, v in spec if v]
    assert f.closed_on_time == sum(1 for took, due, v in spec if v and took <= due)
    assert f.median_days == (F(statistics.median(verified)) if verified else None)
    assert f.overdue == 0  # everything was done
    assert days_between(at(0), at(1.5)) == F(3, 2)
