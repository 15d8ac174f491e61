"""Appeals in the app: the supervisors' queue, deciding (accept = an override of the question), the auditor's account.

Appeals arrive by sync (the portal files them on the server); a decision and an
account are records of their own, queued for the server in the same
transaction as what they change here. The rules are ``domain.appeals``.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass, replace
from fractions import Fraction

from sqlalchemy import select
from sqlalchemy.orm import Session

from mystery_shop.domain import appeals as ap
from mystery_shop.domain.answers import Override, override_problem
from mystery_shop.domain.messages import msg, sentence
from mystery_shop.domain.numbers import to_fraction
from mystery_shop.domain.scoring import score_visit
from mystery_shop.domain.workflow import Role, VisitStatus
from mystery_shop.store import models as m

from .outbox import record_change
from .rows import ServiceError
from .unit_of_work import unit_of_work
from .visit_editor import VisitEditor
from .workspace import Workspace


@dataclass(frozen=True)
class EvidenceRow:
    sha256: str
    filename: str
    size: int
    media_type: str


@dataclass(frozen=True)
class AccountRow:
    what: str  # request, answer
    text: str
    at: dt.datetime


@dataclass(frozen=True)
class AppealRow:
    id: str
    visit_id: str
    question_id: str
    category: ap.Category
    argument: str
    filed_at: dt.datetime
    state: ap.State
    location: str
    client: str
    client_id: str
    auditor_id: str | None
    scheduled_date: dt.date
    published_at: dt.datetime | None
    window_days: int | None
    files: tuple[EvidenceRow, ...] = ()
    accounts: tuple[AccountRow, ...] = ()
    outcome_reply: str = ""
    outcome_points: str | None = None
    decided_at: dt.datetime | None = None

    @property
    def deadline(self) -> dt.datetime | None:
        """When the client's appeal window of the visit closes (the filing was inside it)."""
        return None if self.published_at is None else ap.deadline(self.published_at, self.window_days)

    def days_open(self, now: dt.datetime) -> int:
        return ap.days_open(self.filed_at, self.decided_at or now)


def _aware(t: dt.datetime) -> dt.datetime:
    return t if t.tzinfo else t.replace(tzinfo=dt.UTC)


def appeals(ws: Workspace, *, open_only: bool = False, visit_id: str | None = None) -> list[AppealRow]:
    """The appeals this laptop holds, oldest first; ``open_only``: those still waiting for a decision."""
    with ws.sessions() as s:
        q = select(m.Appeal).order_by(m.Appeal.created_at, m.Appeal.id)
        if visit_id:
            q = q.where(m.Appeal.visit_id == visit_id)
        found = list(s.scalars(q))
        if not found:
            return []
        ids = [a.id for a in found]
        files: dict[str, list[EvidenceRow]] = {}
        for f in s.scalars(
            select(m.AppealFile).where(m.AppealFile.appeal_id.in_(ids)).order_by(m.AppealFile.created_at)
        ):
            files.setdefault(f.appeal_id, []).append(EvidenceRow(f.sha256, f.filename, f.size, f.media_type))
        accounts: dict[str, list[AccountRow]] = {}
        for a in s.scalars(select(m.AppealAccount).where(m.AppealAccount.appeal_id.in_(ids))):
            accounts.setdefault(a.appeal_id, []).append(AccountRow(a.what, a.text, _aware(a.created_at)))
        decisions: dict[str, m.AppealDecision] = {}
        for d in s.scalars(select(m.AppealDecision).where(m.AppealDecision.appeal_id.in_(ids))
                           .order_by(m.AppealDecision.created_at)):  # fmt: skip
            decisions.setdefault(d.appeal_id, d)  # the first: the server keeps one per appeal
        out = []
        for a in found:
            visit = s.get(m.Visit, a.visit_id)
            if visit is None:
                continue
            location = s.get(m.Location, visit.location_id)
            client = s.get(m.Client, location.client_id) if location is not None else None
            published = s.scalar(
                select(m.AuditEntry.at).where(m.AuditEntry.visit_id == visit.id, m.AuditEntry.kind == "transition",
                                              m.AuditEntry.to_status == VisitStatus.PUBLISHED.value)
                .order_by(m.AuditEntry.at)
            )  # fmt: skip
            d = decisions.get(a.id)
            mine = sorted(accounts.get(a.id, []), key=lambda r: r.at)
            events = [ap.Event(f"account_{r.what}", r.at.isoformat()) for r in mine]
            if d is not None:
                events.append(ap.Event(d.outcome, _aware(d.created_at).isoformat()))
            row = AppealRow(
                a.id, a.visit_id, a.question_id, ap.Category(a.category), a.argument, _aware(a.created_at),
                ap.state_of(events), location.name if location else "", client.name if client else "",
                client.id if client else "", visit.auditor_id, visit.scheduled_date,
                _aware(published) if published else None, client.appeal_window_days if client else None,
                tuple(files.get(a.id, [])), tuple(mine), (d.reply or "") if d else "", d.points if d else None,
                _aware(d.created_at) if d else None,
            )  # fmt: skip
            if not open_only or row.state.is_open:
                out.append(row)
        return out


def appeal(ws: Workspace, appeal_id: str) -> AppealRow:
    """One appeal by its id or the start of it (as ``review decide`` takes it)."""
    rows = [a for a in appeals(ws) if a.id == appeal_id or (len(appeal_id) >= 6 and a.id.startswith(appeal_id))]
    if len(rows) != 1:
        if not rows:
            raise ServiceError(msg("No appeal {appeal!r}.", appeal=appeal_id))
        raise ServiceError(msg("{appeal!r} is the start of several appeals: give more of it.", appeal=appeal_id))
    return rows[0]


def _supervisor(ws: Workspace) -> None:
    if ws.me.role not in (Role.SUPERVISOR, Role.ADMIN):
        raise ServiceError(msg("Only a supervisor decides an appeal."))


def decline(ws: Workspace, appeal_id: str, reply: str) -> None:
    _supervisor(ws)
    a = appeal(ws, appeal_id)
    ed = VisitEditor.load(ws, a.visit_id)
    q = ed.question(a.question_id)
    result = ed.score.questions.get(q.id)
    problem = ap.decision_problem(a.state, ap.Outcome.DECLINED.value, None, q.possible_points(), reply,
                                  result.earned if result else None)  # fmt: skip
    if problem:
        raise ServiceError(sentence(problem))
    with ws.sessions.begin() as s:
        _decide(s, ws, a, ap.Outcome.DECLINED, None, reply.strip())


def accept(ws: Workspace, appeal_id: str, points: Fraction | float | int | str, reply: str) -> None:
    """Accept: the question's points become ``points`` (an override with the appeal as its reason, under the
    override rules), on the published visit; the revised report is signed and published again afterwards."""
    _supervisor(ws)
    a = appeal(ws, appeal_id)
    try:
        exact = to_fraction(points)
    except (ValueError, ZeroDivisionError, TypeError):
        raise ServiceError(msg("{points!r} is not a number of points.", points=points)) from None
    ed = VisitEditor.load(ws, a.visit_id)
    q = ed.question(a.question_id)
    result = ed.score.questions.get(q.id)
    problem = ap.decision_problem(a.state, ap.Outcome.ACCEPTED.value, exact, q.possible_points(), reply,
                                  result.earned if result else None)  # fmt: skip
    reason = ap.override_reason(a.id, reply)
    problem = problem or override_problem(q, exact, reason)
    if problem:
        raise ServiceError(sentence(problem))
    text = _decimal(exact)
    answers = replace(ed.answers, overrides={**ed.answers.overrides, q.id: Override(exact, reason)})
    score = score_visit(ed.form, answers, detail=True)
    with unit_of_work(ws) as w:  # the appeal's own rules were checked above
        _decide(w.s, ws, a, ap.Outcome.ACCEPTED, text, reply.strip())
        o = m.ScoreOverride(visit_id=a.visit_id, question_id=q.id, points=text, reason=reason, author_id=ws.me.id,
                            appeal_id=a.id)  # fmt: skip
        w.s.add(o)
        w.s.flush()
        was = "unanswered" if result is None or result.earned is None else _decimal(result.earned)
        w.record("score_override", o.id, {"visit_id": a.visit_id, "question_id": q.id, "points": text,
                                          "reason": reason, "appeal_id": a.id})  # fmt: skip
        w.audit(a.visit_id, "override", f"{q.id}: {was} -> {text} points: {reason}")
        ed._store_score(w, score, auditor_edit=False)


def _decide(s: Session, ws: Workspace, a: AppealRow, outcome: ap.Outcome, points: str | None, reply: str) -> None:
    d = m.AppealDecision(id=str(uuid.uuid4()), appeal_id=a.id, visit_id=a.visit_id, outcome=outcome.value,
                         points=points, reply=reply, author_id=ws.me.id)  # fmt: skip
    s.add(d)
    s.flush()
    s.add(m.AuditEntry(visit_id=a.visit_id, kind="appeal", actor_id=ws.me.id,
                       detail=f"appeal {a.id[:8]} on {a.question_id} {outcome.value}: {reply}"))  # fmt: skip
    record_change(s, "appeal_decision", d.id, {"appeal_id": a.id, "visit_id": a.visit_id, "outcome": outcome.value,
                                               "points": points, "reply": reply})  # fmt: skip


def ask_auditor(ws: Workspace, appeal_id: str, question: str) -> None:
    """Ask the visit's auditor for their account of the appealed finding."""
    _supervisor(ws)
    a = appeal(ws, appeal_id)
    if not a.state.is_open:
        raise ServiceError(sentence(msg("the appeal is closed already")))
    _account(ws, a, "request", question)


def give_account(ws: Workspace, appeal_id: str, text: str) -> None:
    """The auditor's account, answering a supervisor's request."""
    a = appeal(ws, appeal_id)
    if a.auditor_id != ws.me.id:
        raise ServiceError(msg("Only the visit's auditor gives their account."))
    if a.state is not ap.State.ACCOUNT_ASKED:
        raise ServiceError(msg("Nobody asked for an account of this appeal."))
    _account(ws, a, "answer", text)


def _account(ws: Workspace, a: AppealRow, what: str, text: str) -> None:
    text = text.strip()
    if not text:
        raise ServiceError(msg("The text is empty."))
    with ws.sessions.begin() as s:
        r = m.AppealAccount(id=str(uuid.uuid4()), appeal_id=a.id, visit_id=a.visit_id, what=what, text=text,
                            author_id=ws.me.id)  # fmt: skip
        s.add(r)
        s.flush()
        record_change(s, "appeal_account", r.id, {"appeal_id": a.id, "visit_id": a.visit_id, "what": what,
                                                  "text": text})  # fmt: skip


def _decimal(x: Fraction) -> str:
    if x.denominator == 1:
        return str(x.numerator)
    return format(float(x), "g") if Fraction(float(x)) == x else f"{x.numerator}/{x.denominator}"
