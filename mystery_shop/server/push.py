"""Applying pushed operations, one kind at a time, with the rules of SYNC.md "Who wins".

Every field of a change is checked against its kind's declaration first
(``domain.kinds``: type, limits, fields only the server writes), then by the
kind's handler. Each handler checks everything first and writes last
(``Writer.put``), so a refused operation leaves nothing behind in the batch's
transaction. Status changes are commands checked by ``domain.workflow`` (the
app's own rules); answers are checked against their form's question and the
score is the server's own (``visit_rules``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from mystery_shop.domain.catalogue import client_key, location_key
from mystery_shop.domain.kinds import AUDIT_EVENTS, KINDS
from mystery_shop.domain.workflow import TRANSITIONS, Action, Role, VisitStatus, decide, next_status
from mystery_shop.sync.protocol import PushChange

from . import appeals, visit_rules
from .blob_access import may_name
from .push_checks import (
    SHA,
    Conflict,
    Context,
    Refused,
    check_base,
    decide_for,
    merged,
    require_role,
    text_field,
    unchanged,
    visit_of,
)
from .quality import checks_refusal
from .records import Row
from .scope import owns
from .signed_reports import push_report, require_report


def public(rec: Row | None) -> dict[str, Any] | None:
    """The server's copy of a record, as a conflict or a refusal carries it."""
    if rec is None:
        return None
    return {"kind": rec.kind, "id": rec.id, "rev": rec.rev, "seq": rec.seq or 0, "data": rec.data}


def result(
    op: str,
    record_id: str,
    status: str,
    *,
    rev: int = 0,
    code: int = 200,
    reason: str = "",
    server: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """One operation's answer as the wire has it (``protocol.OpResult``), a plain dict: no model per answer."""
    return {"op": op, "id": record_id, "status": status, "rev": rev, "seq": 0, "reason": reason, "code": code,
            "server": server}  # fmt: skip


def apply_change(ctx: Context, ch: PushChange) -> tuple[dict[str, Any], Row | None]:
    """The result of one operation (its SEQ is filled in once the batch is numbered)."""
    try:
        spec = KINDS[ch.kind]
        if not spec.pushed:
            raise Refused(403, f"{ch.kind} records are written by the server only")
        problems = spec.field_problems(ch.data)
        if problems:
            raise Refused(422, "; ".join(problems))
        rec = HANDLERS[ch.kind](ctx, ch)
        return result(ch.op, rec.id, "applied", rev=rec.rev), rec
    except Conflict as c:
        server = public(c.server)
        return result(ch.op, ch.id, "conflict", rev=c.server.rev, code=409, reason=c.reason, server=server), None
    except Refused as r:
        rev = r.server.rev if r.server is not None else 0
        return result(ch.op, ch.id, "rejected", rev=rev, code=r.code, reason=r.reason, server=public(r.server)), None


# ------------------------------------------------------------ the catalog


def push_client(ctx: Context, ch: PushChange) -> Row:
    require_role(ctx, {Role.ADMIN, Role.SUPERVISOR}, "clients")
    if ctx.caller.role is Role.SUPERVISOR and ctx.caller.client_id not in (None, ch.id):
        raise Refused(404, f"no client {ch.id}")
    rec = ctx.writer.get("client", ch.id)
    data = merged(rec, ch, {"name": "", "archived": False, "language": None, "check_settings": None})
    _rules("client", data)
    key = client_key(data["name"])
    return _catalogue(ctx, ch, rec, data, key, f"there is already a client called {data['name']!r}", ch.id)


def push_location(ctx: Context, ch: PushChange) -> Row:
    require_role(ctx, {Role.ADMIN, Role.SUPERVISOR}, "locations")
    rec = ctx.writer.get("location", ch.id)
    data = merged(rec, ch, {"address": "", "latitude": None, "longitude": None, "archived": False,
                             "time_zone": None})  # fmt: skip
    if not data["time_zone"]:  # as ``server locations import`` does: the location's clock, never the printer's
        data["time_zone"] = ctx.default_zone()
    _rules("location", data)
    client = ctx.writer.get("client", data.get("client_id"))
    if client is None or (ctx.caller.role is Role.SUPERVISOR and ctx.caller.client_id not in (None, client.id)):
        raise Refused(422, f"no client {data.get('client_id')}")
    if rec is not None and rec.client_id != client.id:
        raise Refused(422, "a location cannot move to another client")
    key = location_key(client.id, data["name"])
    clash = f"this client already has a location called {data['name']!r}"
    return _catalogue(ctx, ch, rec, data, key, clash, client.id)


def push_action_rule(ctx: Context, ch: PushChange) -> Row:
    """A client's action-plan rules for one form (or every form, ""): the firm's staff set them, one per pair."""
    require_role(ctx, {Role.ADMIN, Role.SUPERVISOR}, "action plan rules")
    rec = ctx.writer.get("action_rule", ch.id)
    data = merged(rec, ch, {"form_id": "", "settings": None})
    _rules("action_rule", data)
    client = ctx.writer.get("client", data.get("client_id"))
    if client is None or (ctx.caller.role is Role.SUPERVISOR and ctx.caller.client_id not in (None, client.id)):
        raise Refused(422, f"no client {data.get('client_id')}")
    if rec is not None and (rec.client_id != client.id or rec.data.get("form_id") != data["form_id"]):
        raise Refused(422, "a rule keeps its client and form")
    key = f"{client.id}/{data['form_id']}"
    return _catalogue(ctx, ch, rec, data, key, "this client already has rules for that form", client.id)


def _rules(kind: str, data: dict[str, Any]) -> None:
    """The kind's rules on the record as it would stand (``domain.catalogue``: the app checks the same)."""
    problems = KINDS[kind].record_problems(data)
    if problems:
        raise Refused(422, "; ".join(problems))


def _catalogue(ctx: Context, ch: PushChange, rec: Row | None, data: dict[str, Any], key: str, clash: str,
               client_id: str) -> Row:  # fmt: skip
    """A mutable record with a natural key: the key is free, the base is current, then written (unless unchanged)."""
    other = ctx.writer.by_natural_key(ch.kind, key)
    if other is not None and other.id != ch.id:
        if not owns(ctx.caller, other):  # another client's: the name is taken, its record is none of this caller's
            raise Refused(409, clash)
        raise Conflict(other, clash)
    if rec is not None:
        check_base(ctx, rec, ch)
        if unchanged(rec, data):
            return rec
    return ctx.writer.put(ch.kind, ch.id, data, client_id=client_id, natural_key=key)


def push_form(ctx: Context, ch: PushChange) -> Row:
    """A form version is immutable once published: the same text again is a no-op, other text a refusal."""
    require_role(ctx, {Role.ADMIN, Role.SUPERVISOR}, "forms")
    source = text_field(ch.data, "source")
    form_id, _, version = ch.id.rpartition("@")
    if not form_id or not version.isdigit():
        raise Refused(422, "a form's id is FORM@VERSION")
    rec = ctx.writer.get("form", ch.id)
    if rec is not None:
        if rec.data.get("source") == source:
            return rec
        raise Refused(409, f"form {ch.id} is published already with different content", rec)
    form = visit_rules.FORMS.get(ch.id, source)
    if form is None:
        raise Refused(422, f"form {ch.id} does not parse: validate it with `mystery-shop validate`")
    title = ch.data.get("title") or form_id
    data = {"form_id": form_id, "version": int(version), "title": str(title), "source": source}
    return ctx.writer.put("form", ch.id, data)


# ------------------------------------------------------------ visits and what they hold


def push_visit(ctx: Context, ch: PushChange) -> Row:
    rec = ctx.writer.get("visit", ch.id)
    if rec is None:
        return _plan_visit(ctx, ch)
    visit_of(ctx, ch.id)
    fields = dict(ch.data)  # ``status`` and the score never get here (domain.kinds: written by the server)
    if fields.get("location_id", rec.data["location_id"]) != rec.data["location_id"]:
        raise Refused(422, "a visit stays at the location it was planned for")
    check_base(ctx, rec, ch)
    data = {**rec.data, **fields}
    if unchanged(rec, data):
        return rec
    reassigned = data.get("auditor_id") != rec.auditor_id
    if reassigned:
        require_role(ctx, {Role.ADMIN, Role.SUPERVISOR}, "who a visit is assigned to")
    planned = {k for k, v in fields.items() if rec.data.get(k) != v} & {"auditor_id", "scheduled_date", "due_date",
                                                                         "scenario"}  # fmt: skip
    if planned:
        decide_for(ctx, Action.PLAN, rec, rec)  # a published visit's plan is what its client reads: final
    if set(fields) - {"auditor_id", "scheduled_date", "due_date", "scenario"} or ctx.caller.role is Role.AUDITOR:
        decide_for(ctx, Action.EDIT, rec, rec)
    auditor = data.get("auditor_id")
    out = ctx.writer.put(
        "visit", rec.id, data, visit_id=rec.id, client_id=rec.client_id, auditor_id=auditor, status=rec.status
    )
    if reassigned:
        ctx.writer.touch_visit(rec.id)  # the new auditor's laptop has never seen its answers
    return out


def _plan_visit(ctx: Context, ch: PushChange) -> Row:
    data = dict(ch.data)
    location = ctx.writer.get("location", data.get("location_id"))
    if location is None:
        raise Refused(422, f"no location {data.get('location_id')}")
    form_key = f"{data.get('form_id')}@{data.get('form_version')}"
    if _form(ctx, form_key) is None:
        raise Refused(422, f"no form {form_key} on the server")
    auditor = data.get("auditor_id") or ctx.caller.user_id
    probe = Row("visit", ch.id, auditor_id=auditor, client_id=location.client_id)
    own = owns(ctx.caller, probe)
    if ctx.caller.role is Role.SUPERVISOR and not own:
        raise Refused(422, f"no location {location.id}")  # another client's location: not revealed
    decision = decide(ctx.caller.role, Action.PLAN, None, own=own)
    if not decision:
        raise Refused(403, decision.reason)
    data.update(auditor_id=auditor, status=VisitStatus.DRAFT.value)
    return ctx.writer.put(
        "visit", ch.id, data, visit_id=ch.id, client_id=location.client_id, auditor_id=auditor,
        status=VisitStatus.DRAFT.value,
    )  # fmt: skip


def push_answer(ctx: Context, ch: PushChange) -> Row:
    w = ctx.writer
    rec = w.get("answer", ch.id)
    visit = visit_of(ctx, rec.visit_id if rec is not None else ch.data.get("visit_id"))
    if ch.data.get("visit_id", visit.id) != visit.id:
        raise Refused(422, "an answer cannot move to another visit")
    question = rec.data["question_id"] if rec is not None else text_field(ch.data, "question_id")
    if ch.data.get("question_id", question) != question:
        raise Refused(422, "an answer cannot move to another question")
    key = f"{visit.id}:{question}"
    if rec is None:
        other = w.by_natural_key("answer", key, visit.id)
        if other is not None:  # another device answered this question first
            decide_for(ctx, Action.EDIT, visit, other)
            raise Conflict(other, "another device answered this question first")
    decide_for(ctx, Action.EDIT, visit, rec)
    if rec is not None:
        check_base(ctx, rec, ch)
    data = merged(rec, ch, {"visit_id": visit.id, "question_id": question, "value": None, "na": False, "comment": ""})
    if not unchanged(rec, data):
        form = _form(ctx, f"{visit.data.get('form_id')}@{visit.data.get('form_version')}")
        if form is None:
            raise Refused(409, "the visit's form is not on the server or does not parse", visit)
        problem = visit_rules.answer_problem(form, question, data["value"], data["na"])
        if problem:
            raise Refused(422, problem)
    if unchanged(rec, data):
        return rec  # type: ignore[return-value]
    return w.put("answer", ch.id, data, visit_id=visit.id, client_id=visit.client_id, natural_key=key)


def push_photo(ctx: Context, ch: PushChange) -> Row:
    rec = ctx.writer.get("photo", ch.id)
    visit = visit_of(ctx, rec.visit_id if rec is not None else ch.data.get("visit_id"))
    if ch.data.get("visit_id", visit.id) != visit.id:
        raise Refused(422, "a photo cannot move to another visit")
    decide_for(ctx, Action.EDIT, visit, rec)
    if rec is not None:
        check_base(ctx, rec, ch)
    data = merged(rec, ch, {"visit_id": visit.id, "question_id": None, "caption": "", "position": 0,
                             "deleted": False})  # fmt: skip
    text_field(data, "section_id")
    if not isinstance(data.get("sha256"), str) or not SHA.match(data["sha256"]):
        raise Refused(422, "a photo needs the SHA-256 of its bytes")
    _rules("photo", data)
    old = {rec.data.get("sha256"), rec.data.get("annotated_sha256")} if rec is not None else set()
    named = {data["sha256"], data.get("annotated_sha256")} - old - {None}
    if any(not may_name(ctx.writer.conn, ctx.caller, sha) for sha in named):
        raise Refused(404, "upload the photo's bytes before the photo (PUT /blobs/{sha256})")  # a hash opens nothing
    if unchanged(rec, data):
        return rec  # type: ignore[return-value]
    return ctx.writer.put("photo", ch.id, data, visit_id=visit.id, client_id=visit.client_id, blob=data["sha256"])


def _append_only(action: Action) -> Callable[[Context, PushChange], Row]:
    def push(ctx: Context, ch: PushChange) -> Row:
        rec = ctx.writer.get(ch.kind, ch.id)
        visit = visit_of(ctx, rec.visit_id if rec is not None else ch.data.get("visit_id"))
        if rec is not None:  # written before: the same again is a no-op, a change is refused
            same = {k: v for k, v in rec.data.items() if k in ch.data} == ch.data
            if same or rec.last_device == ctx.caller.device_id:
                return rec
            raise Refused(409, f"a {ch.kind.replace('_', ' ')} cannot be changed once written", rec)
        if action is Action.OVERRIDE and ch.data.get("appeal_id"):  # an accepted appeal's, on a published visit
            require_role(ctx, {Role.ADMIN, Role.SUPERVISOR}, "overrides")
            appeals.accepted_override(ctx, visit, ch.data)
        else:
            decide_for(ctx, action, visit)
        data = {**ch.data, "visit_id": visit.id, "author_id": ctx.caller.user_id}
        data.setdefault("created_at", _now())
        if action is Action.COMMENT:
            text_field(data, "text")
        else:
            form = _form(ctx, f"{visit.data.get('form_id')}@{visit.data.get('form_version')}")
            if form is None:
                raise Refused(409, "the visit's form is not on the server or does not parse", visit)
            problem = visit_rules.override_problem_of(form, text_field(data, "question_id"), data.get("points"),
                                                      data.get("reason"))  # fmt: skip
            if problem:
                raise Refused(422, problem)
        return ctx.writer.put(ch.kind, ch.id, data, visit_id=visit.id, client_id=visit.client_id)

    return push


def push_transition(ctx: Context, ch: PushChange) -> Row:
    """A workflow command on the visit ``ch.id``: checked against the server's copy of the visit."""
    visit = visit_of(ctx, ch.id)
    try:
        action = Action(str(ch.data.get("action")))
    except ValueError:
        raise Refused(422, f"unknown action {ch.data.get('action')!r}") from None
    if action not in TRANSITIONS:
        raise Refused(422, f"{action.value} does not change a visit's status")
    decide_for(ctx, action, visit, visit)
    form = _form(ctx, f"{visit.data.get('form_id')}@{visit.data.get('form_version')}")
    rows = ctx.writer.of_visit(visit.id)
    if action is Action.SUBMIT:
        why = "the visit's form is not on the server or does not parse" if form is None else (
            visit_rules.not_ready(form, visit, rows, ctx.has_blob))  # fmt: skip
        if why:
            raise Refused(409, why, visit)
        refusal = checks_refusal(ctx.writer, visit, str(ch.data.get("detail") or ""))
        if refusal is not None:
            raise Refused(409, refusal, visit)
    if action is Action.PUBLISH:
        require_report(ctx, visit)
    old = VisitStatus(visit.status or "")
    new = next_status(action, old)
    # The score is the server's own, from the answers and overrides it holds: what a laptop says is not taken.
    score = visit_rules.score_fields(visit_rules.score(form, rows) if form is not None else None)
    data = {**visit.data, "status": new.value, **score}
    out = ctx.writer.put(
        "visit", visit.id, data, visit_id=visit.id, client_id=visit.client_id, auditor_id=visit.auditor_id,
        status=new.value,
    )  # fmt: skip
    entry = {
        "visit_id": visit.id, "action": action.value, "from_status": old.value, "to_status": new.value,
        "actor_id": ctx.caller.user_id, "detail": str(ch.data.get("detail") or ""),
    }  # fmt: skip
    entry["received_at"] = _now()
    entry["at"] = device_time(ch.data.get("at"), entry["received_at"])
    ctx.writer.put("transition", ch.op, entry, visit_id=visit.id, client_id=visit.client_id)
    if action is Action.PUBLISH:
        ctx.writer.touch_visit(visit.id)  # the client's users see it from now on
    return out


def push_audit_entry(ctx: Context, ch: PushChange) -> Row:
    """An audit entry made on a device (``domain.kinds.AUDIT_EVENTS``), kept as it happened there: the server adds
    who sent it and when it received it. Planned: by whoever may plan the visit; signed or cleared: by its auditor
    while it is theirs to change (the entry travels before the submit that follows it); a review's comment or
    override: by a supervisor; a signed report: by whoever may see the visit (signing needs the firm's key)."""
    event = str(ch.data.get("kind"))
    if event not in AUDIT_EVENTS:  # (a value out of them is refused with the field's checks; a missing one here)
        raise Refused(422, f"kind is required: one of {', '.join(AUDIT_EVENTS)}")
    rec = ctx.writer.get("audit_entry", ch.id)
    visit = visit_of(ctx, rec.visit_id if rec is not None else ch.data.get("visit_id"))
    if rec is not None:  # written before: a replay from its device is a no-op, a change is refused
        if rec.last_device == ctx.caller.device_id or rec.data.get("detail") == ch.data.get("detail"):
            return rec
        raise Refused(409, "an audit entry cannot be changed once written", rec)
    if event == "plan":
        decide_for(ctx, Action.PLAN, visit)
    elif event in ("sign", "unsign"):
        if visit.auditor_id != ctx.caller.user_id:
            raise Refused(403, "only the visit's auditor signs it")
        decide_for(ctx, Action.EDIT, visit)
    elif event in ("comment", "override"):  # the review's own record was checked as it came (COMMENT, OVERRIDE)
        require_role(ctx, {Role.ADMIN, Role.SUPERVISOR}, "a visit's review")
    received = _now()
    data = {
        "visit_id": visit.id,
        "kind": event,
        "detail": str(ch.data.get("detail") or ""),
        "actor_id": ctx.caller.user_id,
        "at": device_time(ch.data.get("at"), received),
        "received_at": received,
    }
    return ctx.writer.put("audit_entry", ch.id, data, visit_id=visit.id, client_id=visit.client_id)


def push_person(ctx: Context, ch: PushChange) -> Row:
    raise Refused(403, "people are managed on the server (mystery-shop server users)")


def _form(ctx: Context, key: str) -> Any:
    """The parsed form ``form@version`` as the server holds it, or None."""

    rec = ctx.writer.get("form", key)
    return visit_rules.FORMS.get(key, None if rec is None else str(rec.data.get("source") or ""))


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat()


def device_time(sent: object, received: str) -> str:
    """When the device says it happened (an offline submit is applied minutes or days later); the server's
    time when it says nothing usable, or a moment after the server received it (a clock running ahead)."""
    try:
        at = dt.datetime.fromisoformat(str(sent))
    except ValueError:
        return received
    if at.tzinfo is None or at > dt.datetime.fromisoformat(received) + dt.timedelta(minutes=5):
        return received
    return at.astimezone(dt.UTC).isoformat()


HANDLERS: dict[str, Callable[[Context, PushChange], Row]] = {
    "report": push_report,
    "person": push_person,
    "client": push_client,
    "location": push_location,
    "form": push_form,
    "visit": push_visit,
    "answer": push_answer,
    "photo": push_photo,
    "review_comment": _append_only(Action.COMMENT),
    "score_override": _append_only(Action.OVERRIDE),
    "transition": push_transition,
    "audit_entry": push_audit_entry,
    "appeal": appeals.push_not_pushed,
    "appeal_file": appeals.push_not_pushed,
    "appeal_decision": appeals.push_decision,
    "appeal_account": appeals.push_account,
    "action_rule": push_action_rule,
}
