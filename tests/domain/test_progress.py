"""An incomplete visit's figures say so: the share answered, "so far", and no grade for a client."""

from __future__ import annotations

from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from mystery_shop.domain.progress import Progress, grade_text, progress, total_text
from mystery_shop.domain.scoring import score_visit
from mystery_shop.formats import parse_form

FORM = """
id: p
version: 1
title: P
sections:
  - id: a
    title: A
    questions:
      - {id: q1, text: One, type: yes_no, points: 5}
      - {id: q2, text: Two, type: yes_no, points: 5}
      - {id: q3, text: Three, type: yes_no, points: 5, show_if: {question: q1, equals: "no"}}
      - {id: note, text: Notes, type: text}
"""


def test_progress_counts_shown_required_questions_only() -> None:
    from mystery_shop.domain.answers import Answers

    form = parse_form(FORM, "p.yaml")
    score = score_visit(form, Answers(values={"q1": "yes"}), detail=True)
    p = progress(form, score)
    assert (p.answered, p.required, p.complete) == (1, 2, False)  # q3 hidden, the note not required
    assert p.line() == "1 of 2 required answered (50 %)"
    assert total_text(score.total, score.complete) == "100.0 so far"
    assert grade_text(score.grade.label if score.grade else None, score.complete, for_client=True) == ""
    done = score_visit(form, Answers(values={"q1": "no", "q2": "yes", "q3": "yes"}), detail=True)
    assert progress(form, done) == Progress(3, 3) and done.complete
    assert total_text(done.total, done.complete) == "66.7"


def test_without_detail_progress_is_refused() -> None:
    from mystery_shop.domain.answers import Answers

    form = parse_form(FORM, "p.yaml")
    with pytest.raises(ValueError, match="detail"):
        progress(form, score_visit(form, Answers(values={})))


@given(st.integers(0, 400), st.integers(1, 400))
def test_the_share_is_never_rounded_up_to_complete(answered: int, required: int) -> None:
    p = Progress(min(answered, required), required)
    assert p.share == Fraction(min(answered, required), required)
    assert (p.percent() == "100 %") == p.complete


@pytest.mark.parametrize(
    ("grade", "complete", "client", "text"),
    [("Good", True, False, "Good"), ("Good", True, True, "Good"), ("Good", False, False, "Good so far"),
     ("Good", False, True, ""), (None, False, False, "")],
)  # fmt: skip
def test_grade_words(grade: str | None, complete: bool, client: bool, text: str) -> None:
    assert grade_text(grade, complete, for_client=client) == text
