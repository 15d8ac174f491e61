"""A supervisor's review: comments, overrides with reasons, return, approve, publish."""

from __future__ import annotations

from fractions import Fraction
from pathlib import Path

import pytest

from mystery_shop.domain.workflow import VisitStatus
from mystery_shop.services import review
from mystery_shop.services.rows import ServiceError
from mystery_shop.store import models as m
from support.images import SIGNATURE
from support.workspaces import make_workspace


@pytest.fixture
def submitted(tmp_path: Path):
    ws, visit_id = make_workspace(tmp_path)
    ed = ws.open_visit(visit_id)
    ed.set_answers({"greeted": "no", "wait": 42, "mood": 5})
    ed.sign(SIGNATURE, "Zoë")
    with ws.sessions.begin() as s:
        s.add(m.Photo(visit_id=visit_id, section_id="greeting", sha256="0" * 64))
    ed.submit()
    yield ed
    ws.close()


def test_review_is_refused_before_submission(tmp_path: Path) -> None:
    ws, visit_id = make_workspace(tmp_path)
    ed = ws.open_visit(visit_id)
    with pytest.raises(ServiceError, match="not under review"):
        review.add_comment(ed, None, "hello")
    with pytest.raises(ServiceError, match="Cannot approve a draft"):
        review.approve(ed)


def test_override_lifts_a_critical_failure_and_is_audited(submitted) -> None:
    ed = submitted
    assert ed.score.section("greeting").critical_failed
    assert ed.score.section("greeting").earned == 0
    with pytest.raises(ServiceError, match="needs a reason"):
        review.override_score(ed, "greeted", 2.5, "  ")
    with pytest.raises(ServiceError, match="between 0 and 5"):
        review.override_score(ed, "greeted", 6, "generous")
    review.override_score(ed, "greeted", "2.5", "greeted at 35 s, near enough")
    section = ed.score.section("greeting")
    assert not section.critical_failed
    assert section.earned == Fraction(9, 2)  # 2.5 + 2 for the wait
    reopened = ed.ws.open_visit(ed.id)
    assert reopened.answers.overrides["greeted"].points == Fraction(5, 2)
    assert reopened.score.total == ed.score.total
    [o] = reopened.overrides()
    assert (o.points, o.reason) == (Fraction(5, 2), "greeted at 35 s, near enough")
    assert any(a.kind == "override" and "0 -> 2.5" in a.detail for a in reopened.audit_trail())


def test_return_needs_a_comment_then_auditor_can_edit(submitted) -> None:
    ed = submitted
    with pytest.raises(ServiceError, match="needs a comment"):
        review.return_visit(ed, " ")
    review.add_comment(ed, "wait", "Check the stopwatch, please")
    review.return_visit(ed, "Two things to fix")
    assert ed.header.status is VisitStatus.RETURNED
    comments = [(c.question_id, c.text) for c in ed.review_comments()]
    assert comments == [("wait", "Check the stopwatch, please"), (None, "Two things to fix")]
    ed.set_answer("wait", 25)  # editable again
    ed.submit()
    review.approve(ed)
    review.publish(ed)
    assert ed.header.status is VisitStatus.PUBLISHED
    moves = [(a.from_status, a.to_status) for a in ed.audit_trail() if a.kind == "transition"]
    assert moves == [
        (None, "draft"),
        ("draft", "submitted"),
        ("submitted", "returned"),
        ("returned", "submitted"),
        ("submitted", "approved"),
        ("approved", "published"),
    ]
