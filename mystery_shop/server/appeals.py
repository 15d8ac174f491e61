"""Appeals on the server: the records a decision or an auditor's account arrives as, and the chain of one appeal.

The rules are ``domain.appeals``; this module reads an appeal's chain from the
records and checks what a push brings against it. Filing and withdrawing are
the portal's (``portal/appeal_pages.py``), which writes through ``file`` and
``withdraw`` here, so every write of an appeal goes through the same writer
and SEQ as a push, and laptops pull them.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from fractions import Fraction
from typing import Any

from mystery_shop.domain import appeals as ap
from mystery_shop.domain.numbers import to_fraction
from mystery_shop.domain.scoring import QuestionState, score_visit
from mystery_shop.domain.workflow import Role, VisitStatus

from . import visit_rules
from .push_checks import Conflict, Context, Refused, visit_of
from .records import Row, Writer

_CHAIN = ("appeal_decision", "appeal_account")


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat()


def chain(w: Writer, appeal: Row) -> list[Row]:
    """The decision and account records of one appeal, oldest first."""
    rows = [
        r for kind in _CHAIN for r in w.of_visit(appeal.visit_id or "", kind) if r.data.get("appeal_id") == appeal.id
    ]
    return sorted(rows, key=lambda r: str(r.data.get("created_at") or ""))


def state(w: Writer, appeal: Row) -> ap.State:
    events = []
    for r in chain(w, appeal):
        what = str(r.data.get("outcome") or "") if r.kind == "appeal_decision" else f"account_{r.data.get('what')}"
        events.append(ap.Event(what, str(r.data.get("created_at") or "")))
    return ap.state_of(events)


def question_points(w: Writer, visit: Row, question_id: str) -> tuple[Fraction | None, Fraction] | None:
    """(earned, possible) of a question of the visit as the server scores it now; None: not a scored question."""
    form = visit_rules.FORMS.get(f"{visit.data.get('form_id')}@{visit.data.get('form_version')}", _source(w, visit))
    if form is None:
        return None
    rows = [r for r in w.of_visit(visit.id) if r.kind in ("answer", "score_override")]
    try:
        result = score_visit(form, visit_rules.answers_of(rows), detail=True)
    except (KeyError, TypeError, ValueError, ArithmeticError):
        return None
    q = result.questions.get(question_id)
    if q is None or q.state is QuestionState.HIDDEN:
        return None
    return q.earned, q.possible


def _source(w: Writer, visit: Row) -> str | None:
    rec = w.get("form", f"{visit.data.get('form_id')}@{visit.data.get('form_version')}")
    return None if rec is None else str(rec.data.get("source") or "")


# ------------------------------------------------------------ pushed by laptops


def push_not_pushed(ctx: Context, ch: Any) -> Row:
    raise Refused(403, "appeals and their evidence are filed by clients on the portal, not pushed")


def _append_once(ctx: Context, ch: Any) -> Row | None:
    rec = ctx.writer.get(ch.kind, ch.id)
    if rec is None:
        return None
    same = {k: v for k, v in rec.data.items() if k in ch.data} == ch.data
    if same or rec.last_device == ctx.caller.device_id:
        return rec
    raise Refused(409, f"an {ch.kind.replace('_', ' ')} cannot be changed once written", rec)


def _appeal(ctx: Context, appeal_id: object) -> tuple[Row, Row]:
    appeal = ctx.writer.get("appeal", appeal_id) if isinstance(appeal_id, str) else None
    if appeal is None:
        raise Refused(404, f"no appeal {appeal_id}")
    return appeal, visit_of(ctx, appeal.visit_id)  # not the caller's visit: no such appeal either


def push_decision(ctx: Context, ch: Any) -> Row:
    """A supervisor accepts or declines: once per appeal (a second decision is a conflict its maker is shown)."""
    done = _append_once(ctx, ch)
    if done is not None:
        return done
    appeal, visit = _appeal(ctx, ch.data.get("appeal_id"))
    if ctx.caller.role not in (Role.SUPERVISOR, Role.ADMIN):
        raise Refused(403, "only a supervisor decides an appeal")
    if ch.data.get("outcome") == ap.Outcome.WITHDRAWN.value:
        raise Refused(403, "only the appellant withdraws an appeal, on the portal")
    earlier = ctx.writer.by_natural_key("appeal_decision", appeal.id)
    if earlier is not None:
        raise Conflict(earlier, f"the appeal was {earlier.data.get('outcome')} already")
    points = _points(ch.data.get("points"))
    qid = str(appeal.data.get("question_id") or "")
    found = question_points(ctx.writer, visit, qid)
    if found is None:
        raise Refused(409, f"{qid} is not a scored question of the visit's form", visit)
    earned, possible = found
    problem = ap.decision_problem(state(ctx.writer, appeal), ch.data.get("outcome"), points, possible,
                                  ch.data.get("reply"), earned)  # fmt: skip
    if problem:
        raise Refused(409 if "closed" in problem else 422, problem)
    data = {**ch.data, "visit_id": visit.id, "author_id": ctx.caller.user_id}
    data.setdefault("created_at", _now())
    return ctx.writer.put(ch.kind, ch.id, data, visit_id=visit.id, client_id=visit.client_id, natural_key=appeal.id)


def push_account(ctx: Context, ch: Any) -> Row:
    """A supervisor asks the visit's auditor for their account; the auditor answers it."""
    done = _append_once(ctx, ch)
    if done is not None:
        return done
    appeal, visit = _appeal(ctx, ch.data.get("appeal_id"))
    what = ch.data.get("what")
    if what == "request" and ctx.caller.role not in (Role.SUPERVISOR, Role.ADMIN):
        raise Refused(403, "only a supervisor asks for the auditor's account")
    if what == "answer" and visit.auditor_id != ctx.caller.user_id:
        raise Refused(403, "only the visit's auditor gives their account")
    current = state(ctx.writer, appeal)
    if not current.is_open:
        raise Refused(409, "the appeal is closed already")
    if what == "answer" and current is not ap.State.ACCOUNT_ASKED:
        raise Refused(409, "nobody asked for an account of this appeal")
    if not str(ch.data.get("text") or "").strip():
        raise Refused(422, "an account needs a text")
    data = {**ch.data, "visit_id": visit.id, "author_id": ctx.caller.user_id}
    data.setdefault("created_at", _now())
    return ctx.writer.put(ch.kind, ch.id, data, visit_id=visit.id, client_id=visit.client_id)


def accepted_override(ctx: Context, visit: Row, data: dict[str, Any]) -> None:
    """An override that names an appeal (on a published visit): its appeal was accepted with these points."""
    decision = ctx.writer.by_natural_key("appeal_decision", str(data.get("appeal_id")))
    appeal = ctx.writer.get("appeal", data.get("appeal_id"))
    if decision is None or appeal is None or appeal.visit_id != visit.id:
        raise Refused(409, "an override for an appeal needs the appeal accepted first", visit)
    if decision.data.get("outcome") != ap.Outcome.ACCEPTED.value:
        raise Refused(409, f"the appeal was {decision.data.get('outcome')}: no override comes from it", visit)
    if appeal.data.get("question_id") != data.get("question_id"):
        raise Refused(422, "an appeal's override is of the appealed question")
    if _points(data.get("points")) != _points(decision.data.get("points")):
        raise Refused(422, "an appeal's override has the points it was accepted with")


def _points(value: object) -> Fraction | None:
    if value is None:
        return None
    try:
        return to_fraction(value)  # type: ignore[arg-type]
    except (TypeError, ValueError, ZeroDivisionError):
        raise Refused(422, f"{value!r} is not a number of points") from None


# ------------------------------------------------------------ written for the portal


@dataclass(frozen=True)
class Evidence:
    sha256: str
    filename: str
    size: int
    media_type: str


def file(w: Writer, visit: Row, author_id: str, question_id: str, category: str, argument: str,
         files: list[Evidence]) -> Row:  # fmt: skip
    """Write a checked appeal and its evidence records (the caller checked it with ``domain.appeals``)."""
    if visit.status != VisitStatus.PUBLISHED.value:  # pragma: no cover - the portal shows published visits only
        raise ValueError("an appeal is of a published visit")
    appeal_id = str(uuid.uuid4())
    now = _now()
    data = {"visit_id": visit.id, "question_id": question_id, "category": category, "argument": argument.strip(),
            "author_id": author_id, "created_at": now}  # fmt: skip
    rec = w.put("appeal", appeal_id, data, visit_id=visit.id, client_id=visit.client_id)
    for f in files:
        w.put("appeal_file", str(uuid.uuid4()), {"appeal_id": appeal_id, "visit_id": visit.id, "sha256": f.sha256,
              "filename": f.filename, "size": f.size, "media_type": f.media_type, "created_at": now},
              visit_id=visit.id, client_id=visit.client_id, blob=f.sha256)  # fmt: skip
    return rec


def withdraw(w: Writer, appeal: Row, author_id: str) -> Row:
    data = {"appeal_id": appeal.id, "visit_id": appeal.visit_id, "outcome": ap.Outcome.WITHDRAWN.value,
            "points": None, "reply": "", "author_id": author_id, "created_at": _now()}  # fmt: skip
    return w.put("appeal_decision", str(uuid.uuid4()), data, visit_id=appeal.visit_id, client_id=appeal.client_id,
                 natural_key=appeal.id)  # fmt: skip
