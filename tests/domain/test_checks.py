"""Quality checks of one visit (FORMS.md "Quality checks"): each fires on a visit made to trip it, not its near miss."""

from __future__ import annotations

from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from mystery_shop.domain.answers import Answers
from mystery_shop.domain.checks import CheckCode, VisitFacts, submit_refusal, visit_checks, word_count
from mystery_shop.formats.form_yaml import FormError, parse_form

FORM = """
id: shop
version: 1
languages: [en, pl]
title: Shop
sections:
  - id: greeting
    title: Entrance
    questions:
      - {id: greeted, text: "Greeted?", type: yes_no, points: 5}
      - {id: tidy, text: "Tidy?", type: yes_no, points: 2, na: true}
      - id: wait_to_greet
        text: Seconds to greet
        type: duration
        thresholds: [{max: 30, points: 4}, {max: 60, points: 2}]
  - id: till
    title: Till
    questions:
      - {id: queue, text: Queue seconds, type: duration, thresholds: [{max: 120, points: 3}]}
      - {id: note, text: Notes, type: text}
checks:
  - id: explain-failures
    comment_on_fail: {min_words: 5}
  - id: greeting-vs-wait
    when: {question: greeted, equals: "no"}
    require: {question: wait_to_greet, min: 30}
    message: {en: "Not greeted, yet acknowledged within 30 s?", pl: "Brak powitania, a obsługa w 30 s?"}
    block: true
  - id: photo-of-failure
    photo_on_fail: [tidy, greeted]
  - id: long-enough
    visit_minutes: {min: 10}
"""


@pytest.fixture(scope="module")
def form():  # type: ignore[no-untyped-def]
    return parse_form(FORM, "shop.yaml")


GOOD = {"greeted": "yes", "tidy": "yes", "wait_to_greet": 10, "queue": 60}


def run(form, values, *, na=(), comments=None, photos=None, minutes=Fraction(20), language=None):  # type: ignore[no-untyped-def]
    facts = VisitFacts(comments or {}, photos or {}, minutes)
    return visit_checks(form, Answers(values, frozenset(na)), facts, language=language)


def codes(results):  # type: ignore[no-untyped-def]
    return [(r.code.value, r.check, r.severity.value, r.question) for r in results]


def test_a_clean_visit_trips_nothing(form) -> None:  # type: ignore[no-untyped-def]
    assert run(form, GOOD) == []


def test_a_failed_question_needs_a_comment_of_enough_words(form) -> None:  # type: ignore[no-untyped-def]
    values = {**GOOD, "tidy": "no"}
    photos = {"greeting": 1}
    assert codes(run(form, values, photos=photos, comments={"tidy": "four words only here"})) == [
        ("comment-missing", "explain-failures", "warning", "tidy")
    ]
    assert run(form, values, photos=photos, comments={"tidy": "five words are just enough"}) == []


def test_a_comment_check_skips_na_and_a_question_that_earned_something(form) -> None:  # type: ignore[no-untyped-def]
    assert run(form, {**GOOD, "tidy": "no"}, na=(), photos={"greeting": 1}) != []
    assert run(form, {k: v for k, v in GOOD.items() if k != "tidy"}, na=("tidy",)) == []
    # 45 s earns 2 of 4: not a failure, no comment needed
    assert run(form, {**GOOD, "wait_to_greet": 45}) == []


def test_a_rule_blocks_with_its_message_in_the_visit_language(form) -> None:  # type: ignore[no-untyped-def]
    values = {**GOOD, "greeted": "no", "wait_to_greet": 29}
    comments = {"greeted": "nobody looked up from the phone"}
    res = run(form, values, comments=comments, photos={"greeting": 2})
    assert codes(res) == [("rule", "greeting-vs-wait", "block", "wait_to_greet")]
    assert res[0].message == "Not greeted, yet acknowledged within 30 s?"
    assert run(form, values, comments=comments, photos={"greeting": 2}, language="pl")[0].message == (
        "Brak powitania, a obsługa w 30 s?"
    )
    # near miss: exactly 30 s holds; greeted: the rule does not apply
    assert run(form, {**values, "wait_to_greet": 30}, comments=comments, photos={"greeting": 2}) == []
    assert run(form, {**GOOD, "wait_to_greet": 5}) == []


def test_a_photo_is_required_when_a_listed_question_fails(form) -> None:  # type: ignore[no-untyped-def]
    values = {**GOOD, "greeted": "no", "tidy": "no", "wait_to_greet": 40}
    comments = {"greeted": "one two three four five", "tidy": "one two three four five"}
    # form order, then question order within the check: greeted before tidy
    assert codes(run(form, values, comments=comments)) == [
        ("photo-missing", "photo-of-failure", "warning", "greeted"),
        ("photo-missing", "photo-of-failure", "warning", "tidy"),
    ]
    assert run(form, values, comments=comments, photos={"greeting": 1}) == []


@given(minutes=st.fractions(min_value=0, max_value=60), need=st.integers(0, 60))
def test_too_short_fires_exactly_below_the_minimum(minutes: Fraction, need: int) -> None:
    form = parse_form(FORM.replace("visit_minutes: {min: 10}", f"visit_minutes: {{min: {need}}}"))
    res = run(form, {**GOOD, "wait_to_greet": 0, "queue": 0}, minutes=minutes)
    assert (res != []) == (minutes < need)


@given(waits=st.tuples(st.integers(0, 600), st.integers(0, 600)), minutes=st.integers(10, 30))
def test_too_short_fires_when_the_timed_waits_do_not_fit_in_the_visit(waits: tuple[int, int], minutes: int) -> None:
    form = parse_form(FORM)
    values = {**GOOD, "wait_to_greet": waits[0], "queue": waits[1]}
    comments = {"wait_to_greet": "a b c d e", "queue": "a b c d e"}
    res = [r for r in run(form, values, comments=comments, minutes=Fraction(minutes)) if r.code is CheckCode.TOO_SHORT]
    assert (res != []) == (minutes * 60 < sum(waits))


def test_too_short_is_not_judged_without_the_visit_length(form) -> None:  # type: ignore[no-untyped-def]
    assert run(form, GOOD, minutes=None) == []
    assert codes(run(form, GOOD, minutes=Fraction(9))) == [("too-short", "long-enough", "warning", None)]


def test_a_hidden_question_is_not_checked() -> None:
    form = parse_form(
        FORM.replace(
            '      - {id: tidy, text: "Tidy?", type: yes_no, points: 2, na: true}',
            '      - {id: tidy, text: "Tidy?", type: yes_no, points: 2, na: true,'
            ' show_if: {question: greeted, equals: "yes"}}',
        )
    )
    values = {**GOOD, "greeted": "no", "tidy": "no", "wait_to_greet": 40}
    comments = {"greeted": "one two three four five"}
    assert codes(run(form, values, comments=comments, photos={"greeting": 1})) == []


def test_submitting_refuses_a_block_and_an_unexplained_warning(form) -> None:  # type: ignore[no-untyped-def]
    block = run(form, {**GOOD, "greeted": "no", "wait_to_greet": 1}, comments={"greeted": "a b c d e"})
    assert submit_refusal(block, "we know") is not None
    warn = run(form, GOOD, minutes=Fraction(5))
    assert submit_refusal(warn, "  ") is not None
    assert submit_refusal(warn, "the shop was empty") is None
    assert submit_refusal([], "") is None


def test_words_are_counted_by_spaces() -> None:
    assert word_count("  one\ttwo\nthree  ") == 3
    assert word_count("") == 0


@pytest.mark.parametrize(
    ("old", "new", "problem"),
    [
        ("require: {question: wait_to_greet, min: 30}", "require: {question: nope, min: 30}",
         "checks[1].require.question: unknown question"),
        ('when: {question: greeted, equals: "no"}', 'when: {question: greeted, equals: "maybe"}',
         "checks[1].when: 'greeted' cannot take the value 'maybe' (it takes no, yes)"),
        ("photo_on_fail: [tidy, greeted]", "photo_on_fail: [tidy, note]",
         "checks[2].photo_on_fail[1]: 'note' earns no points: it cannot fail"),
        ("comment_on_fail: {min_words: 5}", "comment_on_fail: {min_words: 0}",
         "checks[0].comment_on_fail.min_words: must be at least 1"),
        ("visit_minutes: {min: 10}", "visit_minutes: {min: 10}\n    comment_on_fail: {min_words: 2}",
         "checks[3]: give exactly one of: comment_on_fail, require, photo_on_fail, visit_minutes"),
        ("id: long-enough", "id: explain-failures", "checks[3].id: duplicate check id 'explain-failures'"),
        ("require: {question: wait_to_greet, min: 30}", "require: {question: note, min: 30}",
         "checks[1].require.question: 'note' is not answered with a number"),
    ],
)  # fmt: skip
def test_the_loader_names_the_line_and_path_of_a_bad_check(old: str, new: str, problem: str) -> None:
    with pytest.raises(FormError) as e:
        parse_form(FORM.replace(old, new), "shop.yaml")
    lines = str(e.value).splitlines()
    assert any(line.startswith("shop.yaml:") and line.split(": ", 1)[1] == problem for line in lines), lines
