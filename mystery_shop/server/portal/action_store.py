"""Action plans on the server (issue 31): opened when a visit is published, worked on in the portal.

``open_for`` runs inside ``index.catch_up``'s transaction for the visits it saw
published, in SEQ order: each finding of the visit (``domain.actions.findings``,
under the client's rules for the form) opens an action whose id is made of the
visit and the finding, so a re-publication opens nothing twice; an action of the
visit whose finding the revised report no longer has (an appeal restored the
points) is closed as withdrawn; and the location's earlier actions on the same
findings are judged held or recurred (``follow_up``). Every change is an entry
appended through ``append``, which folds the entries (``domain.actions.fold``)
and keeps the fold on the action's row for the board.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Sequence
from typing import Any

from sqlalchemy import and_, select, update
from sqlalchemy.orm import Session

from mystery_shop.domain.action_figures import ActionRow as ActionFigureRow
from mystery_shop.domain.actions import (
    ActionRules,
    ActionState,
    Entry,
    Event,
    Loop,
    Outcome,
    Status,
    action_id,
    check,
    due_at,
    findings,
    fold,
    follow_up,
    owners,
    rules_for,
    step,
)
from mystery_shop.domain.answers import Answers
from mystery_shop.domain.forms import Form
from mystery_shop.domain.scoring import score_visit
from mystery_shop.domain.workflow import Role

from ..models import Record, User, utcnow
from .models import PortalAction, PortalActionEntry, PortalVisit
from .visit_data import FORMS, read_answers

log = logging.getLogger(__name__)

PA, PE = PortalAction, PortalActionEntry
WITHDRAWN_NOTE = "The revised report no longer has this finding (an appeal restored the points)."


def client_rules(s: Session, client_ids: set[str]) -> dict[tuple[str, str], ActionRules]:
    """The synced ``action_rule`` records of these clients, by (client, form id; "" every form)."""
    if not client_ids:
        return {}
    q = select(Record.client_id, Record.data).where(Record.kind == "action_rule",
                                                    Record.client_id.in_(sorted(client_ids)))  # fmt: skip
    return {(str(cid), str(d.get("form_id") or "")): ActionRules.from_settings(d.get("settings")) for cid, d in
            s.execute(q)}  # fmt: skip


def open_for(s: Session, visit_ids: Sequence[str], *, now: dt.datetime | None = None) -> int:
    """Open (and judge) the actions of newly published visits; returns how many actions were opened."""
    if not visit_ids:
        return 0
    rows = {r.visit_id: r for r in s.scalars(select(PortalVisit).where(PortalVisit.visit_id.in_(list(visit_ids))))}
    rules = client_rules(s, {r.client_id for r in rows.values()})
    # A client with no rules and no actions has nothing to open or judge: its visits are not even scored (a new
    # server's first index build, a reindex).
    busy = {cid for cid, _ in rules} | set(s.scalars(select(PA.client_id).where(
        PA.client_id.in_({r.client_id for r in rows.values()})).distinct()))  # fmt: skip
    rows = {vid: r for vid, r in rows.items() if r.client_id in busy}
    if not rows:
        return 0
    answers = read_answers(s, list(rows))
    opened = 0
    for vid in dict.fromkeys(visit_ids):
        pv = rows.get(vid)
        form = FORMS.get(s, pv.form_key) if pv is not None else None
        if pv is None or form is None:
            continue  # not published any more, or its form does not parse: nothing to open
        try:
            score = score_visit(form, answers.get(vid, Answers()), detail=True)
        except (KeyError, TypeError, ValueError, ArithmeticError) as e:
            log.warning("published visit %s cannot be scored for its action plan: %r", vid, e)
            continue
        own = rules_for(rules, pv.client_id, form.id)
        found = findings(form, score, own) if own is not None and own.enabled else []
        at = pv.published_at or now or utcnow()
        have = {a.id: a for a in s.scalars(select(PA).where(PA.visit_id == vid))}
        for f in found:
            aid = action_id(vid, f.key)
            if aid in have:
                continue
            assert own is not None
            s.add(PA(id=aid, client_id=pv.client_id, location_id=pv.location_id, location=pv.location, visit_id=vid,
                     scheduled_date=pv.scheduled_date, form_key=pv.form_key, finding=f.key, section_id=f.section_id,
                     trigger=f.trigger.value, critical=f.critical, title=_title(form, f.question_id, f.section_id),
                     opened_at=at, due_at=due_at(at, f, own), status=Status.OPEN.value))  # fmt: skip
            s.add(PE(action_id=aid, event=Event.OPENED.value, at=at, note="", visit_id=vid))
            opened += 1
        s.flush()
        keys = {action_id(vid, f.key) for f in found}
        for aid, a in have.items():
            if aid not in keys and a.status not in (Status.VERIFIED.value, Status.WITHDRAWN.value):
                append(s, aid, Entry(Event.WITHDRAWN, at, None, WITHDRAWN_NOTE, visit_id=vid))
        earlier = select(PA).where(PA.client_id == pv.client_id, PA.location_id == pv.location_id,
                                   PA.outcome.is_(None), PA.visit_id != vid, PA.scheduled_date <= pv.scheduled_date,
                                   PA.status != Status.WITHDRAWN.value)  # fmt: skip
        loops = [Loop(a.id, a.finding, a.scheduled_date) for a in s.scalars(earlier)]
        for old, entry in follow_up(loops, vid, pv.scheduled_date, score, own or ActionRules(), found):
            problem = append(s, old, Entry(entry.event, at, None, visit_id=vid, link=entry.link), server=True)
            if problem is None and entry.link:
                s.execute(update(PA).where(PA.id == entry.link).values(recurs=old))
    return opened


def _title(form: Form, question_id: str | None, section_id: str) -> str:
    for section in form.sections:
        if section.id == section_id:
            if question_id is None:
                return section.title
            for q in section.questions:
                if q.id == question_id:
                    return q.text
    return question_id or section_id


def now() -> dt.datetime:
    """The clock actions are overdue by (the pages, the reminders); a test sets it."""
    return utcnow()


def row_state(a: Any) -> ActionState:
    """What ``shown_status`` needs of an action, from its row (the kept fold)."""
    return ActionState(Status(a.status), a.opened_at)


def fold_or_none(entries: Sequence[Entry]) -> ActionState | None:
    return fold(entries) if entries else None


def history(s: Session, aid: str) -> list[Entry]:
    rows = s.scalars(select(PE).where(PE.action_id == aid).order_by(PE.id))
    return [Entry(Event(r.event), r.at, r.actor_id, r.note or "", tuple(r.photos or ()), r.visit_id, r.link)
            for r in rows]  # fmt: skip


def state_of(s: Session, aid: str) -> ActionState | None:
    entries = history(s, aid)
    return fold(entries) if entries else None


def append(s: Session, aid: str, entry: Entry, *, head_office: bool = True, server: bool = False) -> str | None:
    """Add ``entry`` to the action's history if its state allows it (``domain.actions.check``) and keep the new
    fold on the row; returns why not, else None. ``server``: the server's own entry (held, recurred, withdrawn),
    dated no earlier than the last one."""
    row = s.execute(select(PA).where(PA.id == aid).with_for_update()).scalar_one_or_none()
    if row is None:
        return "there is no such action"
    state = state_of(s, aid)
    if server and state is not None and state.history and entry.at < state.history[-1].at:
        entry = Entry(entry.event, state.history[-1].at, entry.actor_id, entry.note, entry.photos, entry.visit_id,
                      entry.link)  # fmt: skip
    problem = check(state, entry, head_office=head_office)
    if problem:
        return problem
    new = step(state, entry)
    s.add(PE(action_id=aid, event=entry.event.value, at=entry.at, actor_id=entry.actor_id, note=entry.note,
             photos=list(entry.photos) or None, visit_id=entry.visit_id, link=entry.link))  # fmt: skip
    s.execute(update(PA).where(PA.id == aid).values(
        status=new.status.value, done_at=new.done_at, verified_at=new.verified_at,
        outcome=new.outcome.value if new.outcome else None))  # fmt: skip
    return None


def waiting_past(now: dt.datetime) -> object:
    """SQL: the actions overdue at ``now`` (``domain.actions.is_overdue``)."""
    waiting = [Status.OPEN.value, Status.IN_PROGRESS.value, Status.REOPENED.value]
    return and_(PA.status.in_(waiting), PA.due_at < now)


def owners_of(s: Session, client_id: str, location_id: str) -> list[str]:
    """The user ids who own a location's actions (``domain.actions.owners``): its managers, else head office."""
    q = select(User.id, User.locations).where(User.role == Role.CLIENT.value, User.client_id == client_id,
                                              User.disabled.is_(False))  # fmt: skip
    return owners(location_id, [(uid, frozenset(p) if p is not None else None) for uid, p in s.execute(q)])


def figure_rows(s: Session, where: Sequence[Any]) -> list[ActionFigureRow]:
    """The actions matching ``where`` as the figures read them (the kept fold of each), and each one's title."""
    q = select(PA.location, PA.finding, PA.title, PA.due_at, PA.status, PA.opened_at, PA.done_at, PA.verified_at,
               PA.outcome).where(*where)  # fmt: skip
    out = []
    for loc, finding, title, due, status, opened, done, verified, outcome in s.execute(q):
        st = ActionState(Status(status), opened, done, verified, Outcome(outcome) if outcome else None)
        out.append(ActionFigureRow(loc, title or finding, due, st))
    return out
