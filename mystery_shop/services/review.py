"""A supervisor's review of a submitted visit: comment, override, return, approve, publish.

Each action is checked by ``domain.workflow.decide`` (the rules the server
enforces too) and written with its audit-log entry in one transaction.
"""

from __future__ import annotations

import tempfile
from dataclasses import replace
from fractions import Fraction
from pathlib import Path
from typing import TYPE_CHECKING

from mystery_shop.domain.answers import Override, override_problem
from mystery_shop.domain.messages import msg, sentence
from mystery_shop.domain.numbers import to_fraction
from mystery_shop.domain.scoring import score_visit
from mystery_shop.domain.workflow import Action
from mystery_shop.store import models as m

from . import signed_reports
from .changes import Changes
from .period import store_digests
from .rows import ReviewCommentRow, ServiceError
from .unit_of_work import Work, refuse_unless
from .visit_editor import VisitEditor

if TYPE_CHECKING:
    from .report_signing import Signing


def _check(ed: VisitEditor, action: Action) -> None:
    refuse_unless(ed.decision(action))


def add_comment(ed: VisitEditor, question_id: str | None, text: str) -> Changes:
    """A review comment on one question, or on the whole visit (``question_id`` None)."""
    _check(ed, Action.COMMENT)
    text = text.strip()
    if not text:
        raise ServiceError(msg("The comment is empty."))
    if question_id is not None:
        ed.question(question_id)
    with ed.write(Action.COMMENT) as w:
        c = m.ReviewComment(visit_id=ed.id, question_id=question_id, author_id=ed.ws.me.id, text=text)
        w.s.add(c)
        w.s.flush()
        w.record("review_comment", c.id, {"visit_id": ed.id, "question_id": question_id, "text": text})
        w.audit(ed.id, "comment", f"{question_id or 'visit'}: {text}")
    return w.changes


def override_score(ed: VisitEditor, question_id: str, points: Fraction | float | int | str, reason: str) -> Changes:
    """Replace a question's earned points (within [0, possible]) with a required reason."""
    _check(ed, Action.OVERRIDE)
    q = ed.question(question_id)
    try:
        exact = to_fraction(points)
    except (ValueError, ZeroDivisionError):
        raise ServiceError(msg("{points!r} is not a number of points.", points=points)) from None
    problem = override_problem(q, exact, reason)
    if problem:
        raise ServiceError(sentence(problem))
    before = ed.score.questions[question_id].earned if ed.score.questions else None
    text = _decimal_text(exact)
    answers = replace(ed.answers, overrides={**ed.answers.overrides, question_id: Override(exact, reason.strip())})
    score = score_visit(ed.form, answers, detail=True)
    with ed.write(Action.OVERRIDE) as w:
        o = m.ScoreOverride(
            visit_id=ed.id, question_id=question_id, points=text, reason=reason.strip(), author_id=ed.ws.me.id
        )
        w.s.add(o)
        w.s.flush()
        was = "unanswered" if before is None else _decimal_text(before)
        w.record(
            "score_override",
            o.id,
            {"visit_id": ed.id, "question_id": question_id, "points": text, "reason": reason.strip()},
        )
        w.audit(ed.id, "override", f"{question_id}: {was} -> {text} points: {reason.strip()}")
        ed._store_score(w, score, auditor_edit=False)
    ed.answers, ed.score = answers, score
    return w.changes


def return_visit(ed: VisitEditor, comment: str) -> Changes:
    """Send the visit back to its auditor; the comment saying why is required."""
    _check(ed, Action.RETURN)
    text = comment.strip()
    if not text:
        raise ServiceError(msg("Say what the auditor should fix: returning a visit needs a comment."))

    def keep_comment(w: Work) -> None:
        # Queued before the transition, so the server takes it while the visit is still under review,
        # and the auditor's laptop shows it with the returned visit.
        c = m.ReviewComment(visit_id=ed.id, question_id=None, author_id=ed.ws.me.id, text=text)
        w.s.add(c)
        w.s.flush()
        w.record("review_comment", c.id, {"visit_id": ed.id, "question_id": None, "text": text})

    return ed._transition(Action.RETURN, text, also=keep_comment)


def approve(ed: VisitEditor) -> Changes:
    """Approve the visit, and keep its digest (what the period figures need of it) in the same transaction."""
    _check(ed, Action.APPROVE)
    return ed._transition(Action.APPROVE, "", also=lambda w: store_digests(w.s, [(ed.id, ed.form)]))


NEEDS_REPORT = msg(
    "Publishing sends the client the visit's signed report, and this visit has none yet: sign its report "
    "(Approve and sign, or export the report with the firm's certificate), then publish."
)


def open_comments(ed: VisitEditor) -> list[ReviewCommentRow]:
    """The review comments made since the visit was last submitted: approving now, the auditor never sees
    them (a return would have sent them), so the approval confirmation lists them."""
    submitted = [a.at for a in ed.audit_trail() if a.kind == "transition" and a.to_status == "submitted"]
    since = submitted[-1] if submitted else None
    return [c for c in ed.review_comments() if since is None or c.created_at >= since]


def has_signed_report(ed: VisitEditor) -> bool:
    """Whether publishing can send a report signed already (else it needs the firm's key to sign one)."""
    with ed.ws.sessions() as s:
        return signed_reports.newest(s, ed.ws.blobs, ed.id) is not None


def publish(ed: VisitEditor, sign: Signing | None = None) -> signed_reports.SignedReportRow:
    """Make an approved visit's report visible to the client: its newest signed report goes to the server with
    it (the PDF as a blob, the record before the publish command), signed now with ``sign`` when it has none."""
    with ed.ws.sessions() as s:
        revising = signed_reports.needs_revision(s, ed.id)
    if revising:
        return reissue(ed, sign)
    _check(ed, Action.PUBLISH)
    with ed.ws.sessions() as s:
        report = signed_reports.newest(s, ed.ws.blobs, ed.id)
    if report is None:
        if sign is None:
            raise ServiceError(NEEDS_REPORT)
        report = _sign_now(ed, sign)
    chosen = report
    ed._transition(Action.PUBLISH, f"published for the client with the signed report {report.report_id}",
                   also=lambda w: signed_reports.queue(w.s, chosen, ed.ws.me.id))  # fmt: skip
    return report


def reissue(ed: VisitEditor, sign: Signing | None) -> signed_reports.SignedReportRow:
    """Publish a revised report of a published visit whose score an accepted appeal changed: signed now, sent as
    the visit's newest ``report`` (the portal shows it as current and keeps the earlier ones, superseded)."""
    if sign is None:
        raise ServiceError(msg("An accepted appeal changed this published visit: sign its revised report "
                               "(give the signing key)."))  # fmt: skip
    report = _sign_now(ed, sign)
    with ed.ws.sessions.begin() as s:
        signed_reports.queue(s, report, ed.ws.me.id)
        s.add(m.AuditEntry(visit_id=ed.id, kind="report", actor_id=ed.ws.me.id,
                           detail=f"revised report {report.report_id} published after an accepted appeal"))  # fmt: skip
    return report


def _sign_now(ed: VisitEditor, sign: Signing) -> signed_reports.SignedReportRow:
    """Sign the visit's report for publishing; the PDF is kept in the blob store (the file written goes)."""
    from .reports import visit_report

    with tempfile.TemporaryDirectory(dir=ed.ws.profile.root, prefix=".publish-") as folder:
        visit_report(ed.ws, ed.id, Path(folder) / f"report-{ed.id[:8]}.pdf", sign=sign)
    with ed.ws.sessions() as s:
        report = signed_reports.newest(s, ed.ws.blobs, ed.id)
    if report is None:  # pragma: no cover - visit_report keeps an approved visit's signed report
        raise ServiceError(msg("The signed report was not kept; nothing was published."))
    return report


def _decimal_text(x: Fraction) -> str:
    if x.denominator == 1:
        return str(x.numerator)
    return format(float(x), "g") if Fraction(float(x)) == x else f"{x.numerator}/{x.denominator}"
