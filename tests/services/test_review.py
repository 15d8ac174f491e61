"""A supervisor's review: comments, overrides with reasons, return, approve, publish."""

from __future__ import annotations

from fractions import Fraction
from pathlib import Path

import pytest
from sqlalchemy import select

from mystery_shop.domain.workflow import VisitStatus
from mystery_shop.services import reports, review
from mystery_shop.services.report_signing import load_signing
from mystery_shop.services.rows import ServiceError
from mystery_shop.store import models as m
from support.images import SIGNATURE
from support.keys import FIRM_PASSPHRASE
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


def test_return_needs_a_comment_then_auditor_can_edit(submitted, firm_p12: Path) -> None:
    ed = submitted
    with pytest.raises(ServiceError, match="needs a comment"):
        review.return_visit(ed, " ")
    review.add_comment(ed, "wait", "Check the stopwatch, please")
    review.return_visit(ed, "Two things to fix")
    assert ed.header.status is VisitStatus.RETURNED
    comments = [(c.question_id, c.text) for c in ed.review_comments()]
    assert comments == [("wait", "Check the stopwatch, please"), (None, "Two things to fix")]
    ed.set_answer("wait", 25)  # editable again
    ed.sign(SIGNATURE, "Zoë")  # the change cleared the signature
    ed.submit()
    review.approve(ed)
    with pytest.raises(ServiceError, match="none yet: sign its report"):
        review.publish(ed)
    assert ed.header.status is VisitStatus.APPROVED
    review.publish(ed, sign=load_signing(firm_p12, FIRM_PASSPHRASE))
    assert ed.header.status is VisitStatus.PUBLISHED
    moves = [(a.from_status, a.to_status) for a in ed.audit_trail() if a.kind in ("plan", "transition")]
    assert moves == [
        (None, None),  # planned: an entry of its own ("plan"), synced like the moves
        ("draft", "submitted"),
        ("submitted", "returned"),
        ("returned", "submitted"),
        ("submitted", "approved"),
        ("approved", "published"),
    ]


def test_publishing_sends_the_signed_report_it_was_approved_with(submitted, firm_p12: Path, tmp_path: Path) -> None:
    """The newest report signed while the visit was approved goes with it: its PDF as a blob, its record
    queued before the publish command; reports signed before approval, or not signed, are not kept."""
    ed = submitted
    ws = ed.ws
    sign = load_signing(firm_p12, FIRM_PASSPHRASE)
    reports.visit_report(ws, ed.id, tmp_path / "draft.pdf", sign=sign)  # submitted: a draft, NOT APPROVED
    review.approve(ed)
    assert not review.has_signed_report(ed)
    reports.visit_report(ws, ed.id, tmp_path / "unsigned.pdf")
    assert not review.has_signed_report(ed)
    first = reports.visit_report(ws, ed.id, tmp_path / "first.pdf", sign=sign)
    newest = reports.visit_report(ws, ed.id, tmp_path / "newest.pdf", sign=sign)
    assert review.has_signed_report(ed)
    (tmp_path / "newest.pdf").unlink()  # the file the supervisor wrote may go: the kept copy is what counts
    sent = review.publish(ed)
    assert (sent.report_id, sent.sha256) == (newest.report_id, newest.sha256) != (first.report_id, first.sha256)
    with ws.blobs.open(sent.sha256) as fh:
        pdf = fh.read()
    assert len(pdf) == sent.size == newest.size and pdf.startswith(b"%PDF-")
    with ws.sessions() as s:
        queued = [(o.kind, o.record_id, o.fields) for o in s.scalars(select(m.OutboxEntry).order_by(m.OutboxEntry.seq))]
    kinds = [k for k, _, _ in queued]
    assert kinds[-2:] == ["report", "transition"], "the report goes just before the command"
    _, rid, fields = queued[kinds.index("report")]
    assert rid == sent.id and fields["sha256"] == sent.sha256 and fields["report_id"] == sent.report_id
    assert fields["visit_id"] == ed.id and fields["signer"] == "Larkspur Field Research"
    assert queued[-1][2]["action"] == "publish"
    assert sum(a.kind == "report" for a in ed.audit_trail()) == 3, "every signing stays in the audit trail"


def test_a_change_after_a_return_clears_the_signature(submitted) -> None:
    """The attestation covers the answers as signed: a returned visit changed is signed again before it goes."""
    ed = submitted
    review.return_visit(ed, "Check the waiting time")
    ws = ed.ws
    again = ws.open_visit(ed.id)
    assert again.header.has_signature  # returned, not yet changed: the signature stands
    again.set_answer("wait", 12)
    assert not again.header.has_signature and again.header.signed_by is None
    with pytest.raises(ServiceError, match="signature"):
        again.submit()
    fresh = ws.open_visit(ed.id)  # as stored, not only in this editor
    assert not fresh.header.has_signature and fresh.signature_png() is None
    trail = fresh.audit_trail()
    assert trail[-1].kind == "unsign" and "changed after signing" in trail[-1].detail
    with ws.sessions() as s:
        queued = s.scalars(
            select(m.OutboxEntry.fields).where(m.OutboxEntry.kind == "visit", m.OutboxEntry.record_id == ed.id)
        ).all()
    assert {"signed_by": None, "signed_at": None} in queued  # the server hears of it with the header
    fresh.set_answer("wait", 15)  # unsigned: no second entry
    assert [a.kind for a in ws.open_visit(ed.id).audit_trail()].count("unsign") == 1
    fresh.sign(SIGNATURE, "Zoë")
    fresh.submit()
    assert fresh.header.status is VisitStatus.SUBMITTED


def test_a_returned_visit_unchanged_keeps_its_signature(submitted) -> None:
    review.return_visit(submitted, "Just checking")
    ed = submitted.ws.open_visit(submitted.id)
    ed.submit()
    assert ed.header.status is VisitStatus.SUBMITTED and ed.header.has_signature
