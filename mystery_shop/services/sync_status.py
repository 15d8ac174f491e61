"""What the app shows about sync: the account, when it last synced, what waits, what was refused and why.

Reads are a few small queries on the workspace's own engine (cheap enough to
run on a timer in the UI). Refusals are turned into rows a person can read:
what the change was, what the server said, both versions side by side, and
what to do next. ``use_mine`` and ``dismiss`` resolve one; ``sign_out``
forgets the token (and revokes it on the server when it can be reached).
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Date, DateTime, TypeDecorator, func, select, text, update

from mystery_shop.domain.forms import Question, QuestionType
from mystery_shop.domain.messages import msg
from mystery_shop.domain.workflow import Role, VisitStatus
from mystery_shop.store import models as m

from .rows import PersonRow, ServiceError
from .unit_of_work import unit_of_work
from .workspace import LOCAL_USER, Workspace

log = logging.getLogger(__name__)

# Outbox operations name their visit either as the record itself or in their fields.
_WAITING_VISITS = text(
    "SELECT count(DISTINCT CASE WHEN kind IN ('visit', 'transition') THEN record_id "
    "ELSE json_extract(fields, '$.visit_id') END) FROM outbox"
)
FIELD_LABELS = {
    "value": "Answer", "na": "N/A", "comment": "Comment", "status": "Status", "scheduled_date": "Date",
    "due_date": "Due", "scenario": "Scenario", "auditor_id": "Auditor", "location_id": "Location",
    "signed_by": "Signed by", "signed_at": "Signed at", "caption": "Caption", "filename": "File",
    "deleted": "Deleted", "text": "Comment", "points": "Points", "reason": "Reason", "name": "Name",
    "address": "Address", "archived": "Archived", "action": "Action", "detail": "Comment",
}  # fmt: skip
# Fields that say where a record belongs rather than what it holds: not worth a line in the comparison.
_PLUMBING = frozenset({"visit_id", "question_id", "section_id", "form_id", "form_version", "client_id", "sha256",
                       "created_at", "position", "size", "width", "height", "annotated_sha256", "score_total",
                       "grade", "complete", "signature_png", "attestation"})  # fmt: skip
ACTIONS = {"submit": "Submitting", "return": "Returning", "approve": "Approving", "publish": "Publishing"}
# Conflicts a person can settle by sending their own version again, on top of the server's.
RESENDABLE = frozenset({"answer", "visit", "client", "location"})


@dataclass(frozen=True, slots=True)
class SyncStatus:
    """The sync state of a profile at one moment."""

    server: str = ""
    username: str = ""
    role: Role | None = None
    last_sync: dt.datetime | None = None
    last_attempt: dt.datetime | None = None
    last_error: str = ""
    pending: int = 0  # operations in the outbox
    visits_waiting: int = 0  # distinct visits those operations touch
    refusals: int = 0  # open conflicts and rejections
    outbox_seq: int = 0  # the newest queued operation: grows with every local change

    @property
    def has_account(self) -> bool:
        return bool(self.server)


@dataclass(frozen=True, slots=True)
class FieldDiff:
    label: str
    mine: str
    theirs: str

    @property
    def differs(self) -> bool:
        return self.mine != self.theirs


@dataclass(frozen=True, slots=True)
class RefusalRow:
    """One change the server did not take, as a person reads it."""

    op_id: str
    kind: str
    record_id: str
    status: str  # conflict | rejected
    code: int
    reason: str  # the server's words
    created_at: dt.datetime | None
    resolved: bool
    title: str  # what the change was
    context: str  # which visit (client · location · date), or ""
    where: str  # the same, short (location · date), for a list line
    visit_id: str | None
    advice: str  # what the person can do
    fields: list[FieldDiff] = field(default_factory=list)
    can_use_mine: bool = False

    @property
    def headline(self) -> str:
        return "Conflict" if self.status == "conflict" else "Refused"

    def details(self) -> str:
        """Plain text for the clipboard: everything a person helping them needs."""
        lines = [f"{self.headline}: {self.title}", f"Server said ({self.code}): {self.reason}"]
        if self.context:
            lines.append(f"Visit: {self.context}")
        lines += [f"  {f.label}: this laptop {f.mine!r}, server {f.theirs!r}" for f in self.fields]
        lines += [f"Record: {self.kind} {self.record_id}", f"Operation: {self.op_id}"]
        if self.created_at is not None:
            lines.append(f"When: {self.created_at.isoformat(timespec='seconds')}")
        return "\n".join(lines)


# ------------------------------------------------------------ the status


def read_status(ws: Workspace) -> SyncStatus:
    with ws.engine.connect() as conn:
        state: dict[str, Any] = {row.key: row.value for row in conn.execute(select(m.SyncState.key, m.SyncState.value))}
        pending, top = conn.execute(select(func.count(), func.coalesce(func.max(m.OutboxEntry.seq), 0))).one()
        visits = (conn.execute(_WAITING_VISITS).scalar() or 0) if pending else 0
        refusals = conn.scalar(select(func.count()).select_from(m.SyncIssue).where(m.SyncIssue.resolved_at.is_(None)))
    account = state.get("account") or {}
    role = str(account.get("role") or "")
    return SyncStatus(
        server=account.get("server", ""),
        username=account.get("username", ""),
        role=Role(role) if role in Role._value2member_map_ else None,
        last_sync=_time(state.get("last_sync")),
        last_attempt=_time(state.get("last_attempt")),
        last_error=state.get("last_error") or "",
        pending=int(pending),
        visits_waiting=int(visits),
        refusals=int(refusals or 0),
        outbox_seq=int(top),
    )


def has_token(ws: Workspace, status: SyncStatus) -> bool:
    """Whether this profile holds a sign-in for its account (in the keyring or the private file)."""
    from mystery_shop.sync.tokens import TokenStore

    if not status.has_account:
        return False
    return TokenStore(ws.profile.root).load(status.server, status.username) is not None


def current_user(ws: Workspace) -> PersonRow:
    """The profile's own person as the database has it now (sign-in and sync change it under the workspace)."""
    with ws.sessions() as s:
        p = s.scalar(select(m.Person).where(m.Person.username == LOCAL_USER))
        if p is None:
            return ws.me
        return PersonRow(p.id, p.username, p.display_name, Role(p.role))


def refresh_identity(ws: Workspace) -> bool:
    """Point ``ws.me`` at the profile's person as it is now; True when the id or role changed."""
    now = current_user(ws)
    changed = (now.id, now.role) != (ws.me.id, ws.me.role)
    ws.me = now
    return changed


# ------------------------------------------------------------ refusals


def refusals(ws: Workspace, *, include_resolved: bool = False) -> list[RefusalRow]:
    t = m.SyncIssue
    q = select(t).order_by(t.created_at.desc())
    if not include_resolved:
        q = q.where(t.resolved_at.is_(None))
    with ws.sessions() as s:
        issues = list(s.scalars(q))
        return [_row(ws, s, i) for i in issues]


def refusal(ws: Workspace, op_id: str) -> RefusalRow:
    with ws.sessions() as s:
        issue = s.get(m.SyncIssue, op_id)
        if issue is None:
            raise ServiceError(msg("That refused change is no longer listed."))
        return _row(ws, s, issue)


def dismiss(ws: Workspace, op_id: str) -> None:
    """Accept the server's version: the refusal leaves the list (it stays in the database, resolved)."""
    with ws.sessions.begin() as s:
        s.execute(update(m.SyncIssue).where(m.SyncIssue.op_id == op_id).values(resolved_at=m.utcnow()))


def use_mine(ws: Workspace, op_id: str) -> None:
    """Settle a conflict for this laptop's version: make it again on top of the server's, to be sent next sync."""
    row = refusal(ws, op_id)
    if not row.can_use_mine:
        raise ServiceError(msg("This change cannot be sent again; only its details can be kept."))
    with ws.sessions() as s:
        issue = s.get(m.SyncIssue, op_id)
        assert issue is not None
        sent = dict(issue.local.get("sent") or {})
        server = issue.server or {}
    if row.kind == "answer":
        _answer_again(ws, sent, server)
    else:
        _record_again(ws, row.kind, server, sent)
    dismiss(ws, op_id)


def _answer_again(ws: Workspace, sent: dict[str, Any], server: dict[str, Any]) -> None:
    data = server.get("data") or {}
    visit_id = data.get("visit_id") or sent.get("visit_id")
    question = data.get("question_id") or sent.get("question_id")
    if not isinstance(visit_id, str) or not isinstance(question, str):
        raise ServiceError(msg("This refused answer does not say which visit and question it was for."))
    ed = ws.open_visit(visit_id)
    if "comment" in sent:
        ed.set_comment(question, sent.get("comment") or "")
    if sent.get("na"):
        ed.set_na(question, True)
    elif "value" in sent:
        ed.set_answer(question, sent["value"])


def _record_again(ws: Workspace, kind: str, server: dict[str, Any], sent: dict[str, Any]) -> None:
    # Imported here: the protocol's pydantic models are not needed to show the sync state at start-up.
    from mystery_shop.sync.local import SENT, TABLES

    table = TABLES[kind]
    fields = {k: v for k, v in sent.items() if k in SENT[kind] and k in table.c}
    record_id, rev = str(server.get("id")), int(server.get("rev") or 0)
    with unit_of_work(ws) as w:
        if fields:
            values = {k: _column_value(table.c[k].type, v) for k, v in fields.items()}
            w.s.execute(table.update().where(table.c.id == record_id).values(**values))
        w.record(kind, record_id, fields, rev)


def _column_value(kind: Any, value: Any) -> Any:
    """A value as it travelled (JSON) back into its column's type."""
    if value is None or not isinstance(value, str):
        return value
    if isinstance(kind, TypeDecorator):
        kind = kind.impl
    if isinstance(kind, DateTime):
        t = dt.datetime.fromisoformat(value)
        return t if t.tzinfo else t.replace(tzinfo=dt.UTC)
    if isinstance(kind, Date):
        return dt.date.fromisoformat(value[:10])
    return value


def _row(ws: Workspace, s: Any, issue: m.SyncIssue) -> RefusalRow:
    local = issue.local or {}
    sent: dict[str, Any] = dict(local.get("sent") or local.get("fields") or {})
    server: dict[str, Any] = issue.server or {}
    visit_id = _visit_of(issue.kind, issue.record_id, sent, server)
    visit = s.get(m.Visit, visit_id) if visit_id else None
    question = _question(ws, visit, sent.get("question_id") or (server.get("data") or {}).get("question_id"))
    title = _title(issue.kind, sent, server, question)
    context, where = _context(s, visit)
    fields = _fields(issue.kind, sent, server, question)
    can = issue.status == "conflict" and issue.kind in RESENDABLE and issue.resolved_at is None
    if can and issue.kind == "answer" and visit is not None and not VisitStatus(visit.status).editable:
        can = False
    status = visit.status if visit is not None else None
    return RefusalRow(
        op_id=issue.op_id, kind=issue.kind, record_id=issue.record_id, status=issue.status, code=issue.code,
        reason=issue.reason, created_at=issue.created_at, resolved=issue.resolved_at is not None, title=title,
        context=context, where=where, visit_id=visit_id, fields=fields, can_use_mine=can,
        advice=advice(issue.kind, issue.status, issue.code, issue.reason, status, can),
    )  # fmt: skip


def _visit_of(kind: str, record_id: str, sent: dict[str, Any], server: dict[str, Any]) -> str | None:
    if kind in ("visit", "transition"):
        return record_id
    data = server.get("data") or {}
    found = sent.get("visit_id") or data.get("visit_id")
    return str(found) if found else None


def _question(ws: Workspace, visit: Any, question_id: Any) -> Question | None:
    if visit is None or not isinstance(question_id, str):
        return None
    try:
        return ws.form(visit.form_id, visit.form_version).question(question_id)
    except ServiceError:
        return None


def _title(kind: str, sent: dict[str, Any], server: dict[str, Any], question: Question | None) -> str:
    data = server.get("data") or {}
    question_id = sent.get("question_id") or data.get("question_id")
    if kind in ("answer", "score_override") and question_id:
        what = "Answer to" if kind == "answer" else "Score override on"
        if kind == "answer" and "value" not in sent and "na" not in sent:
            what = "Comment on"
        return f"{what} “{question.text if question is not None else question_id}”"
    if kind == "transition":
        action = str(sent.get("action") or "")
        return f"{ACTIONS.get(action, action.capitalize() or 'Changing')} the visit"
    if kind == "photo":
        return f"Photo {sent.get('filename') or data.get('filename') or ''}".strip()
    if kind == "review_comment":
        return "Review comment"
    if kind == "visit":
        return "Visit details"
    if kind in ("client", "location"):
        return f"{kind.capitalize()} “{sent.get('name') or data.get('name') or ''}”"
    return kind.replace("_", " ").capitalize()


def _context(s: Any, visit: Any) -> tuple[str, str]:
    if visit is None:
        return "", ""
    loc = s.get(m.Location, visit.location_id)
    client = s.get(m.Client, loc.client_id) if loc is not None else None
    when = visit.scheduled_date.isoformat()
    parts = [client.name if client else "", loc.name if loc else "", when]
    return " · ".join(p for p in parts if p), " · ".join(p for p in parts[1:] if p)


def _fields(kind: str, sent: dict[str, Any], server: dict[str, Any], question: Question | None) -> list[FieldDiff]:
    theirs = (server.get("data") or {}) if server.get("kind") == kind else {}
    if kind == "transition":
        status = (server.get("data") or {}).get("status") if server.get("kind") == "visit" else None
        return [FieldDiff("Action", show(sent.get("action")), "—"), FieldDiff("Visit status", "—", show(status))]
    out = []
    for k in sent:
        if k in _PLUMBING or (k == "na" and not sent[k] and not theirs.get(k)):
            continue  # where it belongs, or "not N/A" on both sides: nothing to compare
        label = FIELD_LABELS.get(k, k.replace("_", " ").capitalize())
        if k == "value" and question is not None:
            out.append(FieldDiff(label, answer_text(question, sent[k]), answer_text(question, theirs.get(k))))
        else:
            out.append(FieldDiff(label, show(sent[k]), show(theirs.get(k))))
    return out


def show(value: Any) -> str:
    """A field's value as a person reads it."""
    if value is None or value == "":
        return "—"
    if isinstance(value, bool):
        return "Yes" if value else "No"
    if isinstance(value, list):
        return ", ".join(show(v) for v in value) or "—"
    return str(value)


def answer_text(q: Question, value: Any) -> str:
    """An answer as the person gave it: a choice's label rather than its stored value."""
    if value is None:
        return "—"
    if q.type is QuestionType.YES_NO:
        return "Yes" if value == "yes" else "No"
    if q.type is QuestionType.CHOICE:
        c = q.choice(str(value))
        return c.text if c else str(value)
    if q.type is QuestionType.MULTI and isinstance(value, list):
        return ", ".join((c.text if (c := q.choice(v)) else str(v)) for v in value) or "—"
    return show(value)


def advice(kind: str, status: str, code: int, reason: str, visit_status: str | None, can_use_mine: bool) -> str:
    """What the person whose change it was can do about it, in words."""
    if status == "conflict":
        who = "Someone answered this question on another device" if kind == "answer" else "It was changed elsewhere"
        tail = (
            "Keep theirs, or use yours to send your version again."
            if can_use_mine
            else "Your version is kept here for reference."
        )
        return f"{who} before your change reached the server. This laptop now shows the server's version. {tail}"
    if "photos not uploaded" in reason:
        return (
            "The server does not have all of this visit's photos yet, so it was not submitted. It is back to "
            "draft on this laptop: check its photos are there, then submit it again."
        )
    if code == 409:
        now = f" (it is {visit_status} now)" if visit_status else ""
        return (
            f"The visit had already moved on{now} when your change arrived, so the server kept its version. "
            "Yours is kept here for reference. If it matters, ask your supervisor to return the visit to you "
            "and make the change again."
        )
    if code == 403:
        return "Your account may not make this change. Ask a supervisor if it needs doing."
    if code == 404:
        return (
            "The server does not show this visit to your account: it may have been given to another auditor. "
            "Ask your supervisor."
        )
    if code == 413:
        return "It is larger than the server accepts. For a photo, attach a smaller copy of it."
    return (
        "The server could not accept this change as it was sent. Copy the details and send them to whoever "
        "looks after your sync server."
    )


def _time(value: Any) -> dt.datetime | None:
    if not value:
        return None
    try:
        t = dt.datetime.fromisoformat(str(value))
    except ValueError:
        return None
    return t if t.tzinfo else t.replace(tzinfo=dt.UTC)


# ------------------------------------------------------------ signing out


def sign_out(ws: Workspace) -> None:
    """Forget this profile's sign-in; revoke the token on the server when it answers (waiting changes stay)."""
    from mystery_shop.sync.account import logout
    from mystery_shop.sync.tokens import TokenStore
    from mystery_shop.sync.transport import RetryPolicy, SyncError, Transport

    status = read_status(ws)
    if status.has_account:
        tokens = TokenStore(ws.profile.root)
        token = tokens.load(status.server, status.username)
        if token:
            try:
                with Transport(status.server, token, retry=RetryPolicy(attempts=1), timeout=5) as net:
                    net.request("POST", "/auth/logout")
            except SyncError as e:  # offline: the token is forgotten here; an admin can revoke the device
                log.info("could not revoke the token on %s: %s", status.server, e)
    logout(ws.profile.database)
