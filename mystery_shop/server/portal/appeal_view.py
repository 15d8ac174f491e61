"""What a report's page shows of its appeals (each question that lost points, the appeals filed, the revisions),
and the appeal figures of a period: read by the report and dashboard pages and by the filing routes."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from fastapi import Request

from mystery_shop.catalogue import render as render_message
from mystery_shop.domain import appeals as ap
from mystery_shop.domain.answers import Answers
from mystery_shop.domain.forms import Form
from mystery_shop.domain.scoring import QuestionState, score_visit
from mystery_shop.domain.workflow import Role

from ..models import Record, utcnow
from .language import current, num, pt
from .sessions import PortalUser


@dataclass(frozen=True)
class Appealable:
    question_id: str
    text: str
    earned: str
    possible: str
    open_appeal: bool


@dataclass(frozen=True)
class AppealView:
    id: str
    question: str
    category: str
    argument: str
    state: ap.State
    state_label: str
    filed_at: dt.datetime
    reply: str
    files: list[str]
    mine: bool
    points: str = ""  # an accepted appeal's new points of the question
    decided_at: dt.datetime | None = None


@dataclass(frozen=True)
class AppealsBlock:
    """What the report's page shows of appeals: the questions one may appeal, the appeals filed, the window."""

    can_file: bool
    deadline: dt.datetime | None
    window_open: bool
    questions: list[Appealable]
    appeals: list[AppealView]


def appeal_records(s: Any, visit_id: str) -> tuple[list[Record], list[Record], list[Record]]:
    from sqlalchemy import select

    rows = list(s.scalars(select(Record).where(Record.visit_id == visit_id,
                                              Record.kind.in_(("appeal", "appeal_file", "appeal_decision",
                                                               "appeal_account")))))  # fmt: skip
    by = {k: [r for r in rows if r.kind == k] for k in ("appeal", "appeal_file", "appeal_decision", "appeal_account")}
    return by["appeal"], by["appeal_file"], by["appeal_decision"] + by["appeal_account"]


def state_of(appeal: Record, chain: list[Record]) -> ap.State:
    events = []
    for r in chain:
        if r.data.get("appeal_id") != appeal.id:
            continue
        what = str(r.data.get("outcome") or "") if r.kind == "appeal_decision" else f"account_{r.data.get('what')}"
        events.append(ap.Event(what, str(r.data.get("created_at") or "")))
    return ap.state_of(events)


def window_days(s: Any, client_id: str) -> int | None:
    rec = s.get(Record, ("client", client_id))
    value = rec.data.get("appeal_window_days") if rec is not None else None
    return value if isinstance(value, int) else None


def block(s: Any, user: PortalUser, row: Any, form: Form | None, answers: Answers | None) -> AppealsBlock:
    """The appeals part of a report's page (``row``: the visit's index row, in the user's scope)."""
    appeals, files, chain = appeal_records(s, row.visit_id)
    states = {a.id: state_of(a, chain) for a in appeals}
    open_q = {str(a.data.get("question_id")) for a in appeals if states[a.id].is_open}
    texts = {q.id: q.text for q in form.questions()} if form is not None else {}
    questions: list[Appealable] = []
    if form is not None:
        score = score_visit(form, answers or Answers(), detail=True)
        for q in form.questions():
            r = score.questions.get(q.id)
            if r is None or r.state is QuestionState.HIDDEN or not ap.lost_points(r.earned, r.possible):
                continue
            questions.append(Appealable(q.id, q.text, num(r.earned), num(r.possible), q.id in open_q))
    deadline = ap.deadline(row.published_at, window_days(s, row.client_id)) if row.published_at else None
    views = []
    for a in sorted(appeals, key=lambda a: str(a.data.get("created_at") or "")):
        decision = next((r for r in chain if r.kind == "appeal_decision" and r.data.get("appeal_id") == a.id), None)
        views.append(AppealView(
            a.id, texts.get(str(a.data.get("question_id")), str(a.data.get("question_id"))),
            render_message(current(), ap.Category(a.data["category"]).label), str(a.data.get("argument") or ""),
            states[a.id], render_message(current(), states[a.id].label), _time(a.data.get("created_at")),
            str(decision.data.get("reply") or "") if decision is not None else "",
            [str(f.data.get("filename") or "") for f in files if f.data.get("appeal_id") == a.id],
            a.data.get("author_id") == user.user_id,
            str(decision.data.get("points") or "") if decision is not None else "",
            _time(decision.data.get("created_at")) if decision is not None else None,
        ))  # fmt: skip
    window_open = deadline is not None and utcnow() <= deadline
    return AppealsBlock(user.role is Role.CLIENT and window_open, deadline, window_open, questions, views)


def _time(value: object) -> dt.datetime:
    try:
        t = dt.datetime.fromisoformat(str(value))
    except ValueError:
        return utcnow()
    return t if t.tzinfo else t.replace(tzinfo=dt.UTC)


CATEGORIES = [(c.value, c.label) for c in ap.Category]


def period_figures(s: Any, visits: dict[str, str]) -> tuple[ap.AppealFigures, list[tuple[str, ap.AppealFigures]]]:
    """Appeal rate, share accepted and median days to a decision over a period's published visits (visit id ->
    its location's name), and the same by location: the dashboard's, from ``domain.appeals.figures``."""
    from sqlalchemy import select

    facts: list[ap.AppealFacts] = []
    ids = sorted(visits)
    for i in range(0, len(ids), 500):
        chunk = ids[i : i + 500]
        kinds = ("appeal", "appeal_decision", "appeal_account")
        rows = list(s.scalars(select(Record).where(Record.visit_id.in_(chunk), Record.kind.in_(kinds))))
        chain = [r for r in rows if r.kind != "appeal"]
        for a in (r for r in rows if r.kind == "appeal"):
            done = next((r for r in chain if r.kind == "appeal_decision" and r.data.get("appeal_id") == a.id), None)
            vid = a.visit_id or ""
            facts.append(ap.AppealFacts(vid, visits.get(vid, ""), _time(a.data.get("created_at")), state_of(a, chain),
                                        _time(done.data.get("created_at")) if done else None))  # fmt: skip
    places = sorted(set(visits.values()), key=str.casefold)
    by_place = [(p, ap.figures({v for v, loc in visits.items() if loc == p}, facts)) for p in places]
    return ap.figures(set(visits), facts), [(p, f) for p, f in by_place if f.appeals]


@dataclass(frozen=True)
class Revision:
    record_id: str
    number: str
    signed_at: dt.datetime
    sha256: str
    current: bool


def revisions(s: Any, row: Any) -> list[Revision]:
    """The visit's signed reports, newest first: the current one, then those an accepted appeal superseded."""
    from sqlalchemy import select

    recs = list(s.scalars(select(Record).where(Record.kind == "report", Record.visit_id == row.visit_id)
                          .order_by(Record.seq.desc())))  # fmt: skip
    return [Revision(r.id, str(r.data.get("report_id") or ""), _time(r.data.get("signed_at")), r.blob or "",
                     i == 0) for i, r in enumerate(recs)]  # fmt: skip


def notice(request: Request) -> str:
    """The line a report's page shows after a filing or a withdrawal."""
    said = request.query_params.get("appeal")
    if said == "filed":
        return pt("Your appeal is filed. The firm will answer it here.")
    if said == "withdrawn":
        return pt("Your appeal is withdrawn.")
    return ""
