"""The laptop's side of sync: the outbox, the cursor, refusals, and applying pulled records.

Its own engine on the profile's database, with foreign keys off: pages arrive
in SEQ order, not in dependency order (a location edited after a visit was
planned comes after the visit), and the server keeps references whole. Every
step is one transaction that also moves the bookmark it depends on, so a sync
cut at any point resumes from where the database says it stands.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import json
import logging
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Date, LargeBinary, Table, delete, event, func, select, update
from sqlalchemy.dialects.sqlite import insert
from sqlalchemy.orm import Session

from mystery_shop.domain.forms import Form
from mystery_shop.domain.kinds import AUDIT_EVENTS, KINDS
from mystery_shop.domain.workflow import Action, VisitStatus, next_status
from mystery_shop.formats import parse_form
from mystery_shop.store import models as m
from mystery_shop.store.db import make_engine, open_database
from mystery_shop.store.scores import refresh_scores

from .protocol import CHECKED_KINDS, Change, OpResult, photo_blobs, summary_hash

log = logging.getLogger(__name__)

LOCAL_USER = "me"  # the profile's own person (services.workspace.LOCAL_USER)
# Each kind's table, from its declaration (``domain.kinds``; ``report`` is pushed when published, never pulled).
TABLES: dict[str, Table] = {name: m.Base.metadata.tables[k.table] for name, k in KINDS.items()}
# Records with nothing hanging off them: when the server refuses one it never had, the local copy goes
# (the refusal keeps what was sent, for a person to see) -- unless a reconcile sent it again (REPLAYED).
LEAF_KINDS = frozenset(name for name, k in KINDS.items() if k.leaf)
# What a visit's score is made of: pulling any of these rescores the visit (store.scores).
SCORED_KINDS = frozenset(name for name, k in KINDS.items() if k.scored)
# What a push sends of each kind: its declared fields less those only the server writes (status, the score).
SENT: dict[str, frozenset[str]] = {
    name: frozenset(f for f, spec in k.fields.items() if not spec.server) for name, k in KINDS.items()
}


# Bookmarks of a reconcile's replays (sync/reconcile.py): the operations it queued, {op id: the visit it belongs
# to, or ""}, and those refused for the server's present state of that visit, which wait for the visit to move.
REPLAYED = "replayed"
WAITING = "waiting"
# A replay refused with these waits: 404 the visit (or the photo's bytes) is not back yet, 409 the visit's state.
WAIT_CODES = frozenset({404, 409})


@dataclass(frozen=True, slots=True)
class PendingOp:
    op_id: str
    seq: int
    kind: str
    record_id: str
    fields: dict[str, Any]
    base_rev: int


@dataclass(frozen=True, slots=True)
class Issue:
    op_id: str
    kind: str
    record_id: str
    status: str  # conflict | rejected
    code: int
    reason: str
    local: dict[str, Any]
    server: dict[str, Any] | None

    def line(self) -> str:
        return f"{self.kind} {self.record_id[:8]}: {self.status} ({self.code}): {self.reason}"


def _fk_off(dbapi_conn: Any, _record: Any) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA foreign_keys=OFF")
    cur.close()


# ------------------------------------------------------------ values between columns and JSON


def to_json(value: Any) -> Any:
    if isinstance(value, dt.datetime):
        return value.isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, bytes):
        return base64.b64encode(value).decode()
    return value


def _from_json(table: Table, name: str, value: Any) -> Any:
    if value is None:
        return None
    col = table.c[name]
    if isinstance(col.type, m.UtcDateTime):
        t = dt.datetime.fromisoformat(value)
        return t if t.tzinfo else t.replace(tzinfo=dt.UTC)
    if isinstance(col.type, Date):
        return dt.date.fromisoformat(value[:10])
    if isinstance(col.type, LargeBinary):
        return base64.b64decode(value)
    return value


def _row(table: Table, data: dict[str, Any]) -> dict[str, Any]:
    return {k: _from_json(table, k, v) for k, v in data.items() if k in table.c and k not in ("id", "rev")}


class LocalStore:
    def __init__(self, db_path: Path) -> None:
        open_database(db_path).kw["bind"].dispose()  # create or migrate it as the app would
        self.engine = make_engine(db_path)
        event.listen(self.engine, "connect", _fk_off)  # after make_engine's pragmas, so it wins

    def close(self) -> None:
        self.engine.dispose()

    # ------------------------------------------------------------ bookmarks

    def state(self, key: str, default: Any = None) -> Any:
        with self.engine.connect() as conn:
            return _state(conn, key, default)

    def set_state(self, **values: Any) -> None:
        with self.engine.begin() as conn:
            for key, value in values.items():
                _set_state(conn, key, value)

    # ------------------------------------------------------------ the outbox

    def pending(self, limit: int, up_to_seq: int | None = None) -> list[PendingOp]:
        t = m.OutboxEntry
        q = select(t.op_id, t.seq, t.kind, t.record_id, t.fields, t.base_rev).order_by(t.seq).limit(limit)
        if up_to_seq is not None:
            q = q.where(t.seq <= up_to_seq)
        with self.engine.connect() as conn:
            return [PendingOp(*r) for r in conn.execute(q)]

    def pending_count(self) -> int:
        with self.engine.connect() as conn:
            return int(conn.scalar(select(func.count()).select_from(m.OutboxEntry)) or 0)

    def last_outbox_seq(self) -> int:
        with self.engine.connect() as conn:
            return int(conn.scalar(select(func.max(m.OutboxEntry.seq))) or 0)

    def wire_data(self, ops: list[PendingOp]) -> list[dict[str, Any]]:
        """What each operation sends: its changed fields, with what the server needs from the record itself."""
        with self.engine.connect() as conn:
            return [self._wire(conn, op) for op in ops]

    def _wire(self, conn: Connection, op: PendingOp) -> dict[str, Any]:
        allowed = SENT.get(op.kind, frozenset())
        data = {k: v for k, v in op.fields.items() if k in allowed}
        if op.kind in ("visit", "photo"):
            # The whole header or photo as it stands: the outbox lists what changed, the server wants it whole.
            row = _fetch(conn, op.kind, op.record_id)
            if row is not None:
                data |= {k: to_json(v) for k, v in row.items() if k in allowed}
        elif op.kind == "form":
            form_id, _, version = op.record_id.rpartition("@")
            title = conn.scalar(
                select(m.FormVersion.title).where(
                    m.FormVersion.form_id == form_id, m.FormVersion.version == int(version or 0)
                )
            )
            if title:
                data["title"] = title
        return data

    def store_results(self, ops: list[PendingOp], sent: list[dict[str, Any]], results: list[OpResult]) -> list[Issue]:
        """The server's answers, in one transaction: revisions, refusals kept, outbox rows gone."""
        by_op = {r.op: r for r in results}
        issues: list[Issue] = []
        with self.engine.begin() as conn:
            answered = [op.op_id for op in ops if op.op_id in by_op]
            conn.execute(delete(m.OutboxEntry).where(m.OutboxEntry.op_id.in_(answered)))
            pending = _pending_records(conn)  # what is still queued stays on top of a server copy adopted here
            replayed: dict[str, str] = dict(_state(conn, REPLAYED, {}))
            waiting: list[dict[str, Any]] = list(_state(conn, WAITING, []))
            for op, data in zip(ops, sent, strict=True):
                res = by_op.get(op.op_id)
                if res is None:
                    continue  # not answered (cannot happen with a whole reply): stays queued
                replay = op.op_id in replayed
                visit_id = replayed.pop(op.op_id, "")
                if res.status == "applied":
                    _set_rev(conn, op.kind, res.id, res.rev)
                    continue
                issue = Issue(op.op_id, op.kind, op.record_id, res.status, res.code, res.reason,
                              {"fields": op.fields, "sent": data, "base_rev": op.base_rev}, res.server)  # fmt: skip
                if replay and res.status == "conflict" and _holds(res.server, op, data):
                    # Another laptop put back the same values first: kept for the record, resolved, not shown.
                    _keep_issue(conn, issue)
                    conn.execute(update(m.SyncIssue).where(m.SyncIssue.op_id == op.op_id).values(
                        resolved_at=m.utcnow()))  # fmt: skip
                    _apply(conn, _change(res.server), pending)
                    continue
                _keep_issue(conn, issue)
                issues.append(issue)
                if replay and visit_id and res.status == "rejected" and res.code in WAIT_CODES:
                    # History made on several laptops comes back one laptop at a time: this may be refused only
                    # because another laptop has not put back what came before it (a return before a resubmit).
                    waiting.append(_waiting(conn, op, visit_id))
                if res.server and res.server.get("kind") in TABLES:
                    change = _change(res.server)
                    if change.kind == op.kind and change.id != op.record_id:
                        _delete(conn, op.kind, op.record_id)  # the same answer under another device's id
                    _apply(conn, change, pending)
                elif op.kind in LEAF_KINDS and not replay:  # a replay is kept: the server once had it
                    _delete(conn, op.kind, op.record_id)
            _set_state(conn, REPLAYED, replayed)
            _set_state(conn, WAITING, waiting)
        return issues

    def refuse(self, op: PendingOp, sent: dict[str, Any], code: int, reason: str) -> Issue:
        """A single operation the server refused as a request (e.g. 413, 422): kept, and off the queue."""
        issue = Issue(op.op_id, op.kind, op.record_id, "rejected", code, reason,
                      {"fields": op.fields, "sent": sent, "base_rev": op.base_rev}, None)  # fmt: skip
        with self.engine.begin() as conn:
            _keep_issue(conn, issue)
            conn.execute(delete(m.OutboxEntry).where(m.OutboxEntry.op_id == op.op_id))
            replayed = dict(_state(conn, REPLAYED, {}))
            if replayed.pop(op.op_id, None) is not None:
                _set_state(conn, REPLAYED, replayed)
        return issue

    def issues(self, *, include_resolved: bool = False) -> list[Issue]:
        t = m.SyncIssue
        q = select(t.op_id, t.kind, t.record_id, t.status, t.code, t.reason, t.local, t.server).order_by(t.created_at)
        if not include_resolved:
            q = q.where(t.resolved_at.is_(None))
        with self.engine.connect() as conn:
            return [Issue(*r) for r in conn.execute(q)]

    def resolve(self, op_id: str) -> None:
        with self.engine.begin() as conn:
            conn.execute(update(m.SyncIssue).where(m.SyncIssue.op_id == op_id).values(resolved_at=m.utcnow()))

    # ------------------------------------------------------------ pulling

    def apply_page(self, changes: list[Change], cursor: int, *, seen: set[tuple[str, str]] | None = None) -> set[str]:
        """Apply one page and move the cursor, in one transaction; returns the photo hashes it brought."""
        shas: set[str] = set()
        rescore: set[str] = set()
        with self.engine.begin() as conn:
            pending = _pending_records(conn)
            for ch in changes:
                if not _apply(conn, ch, pending):
                    continue
                if ch.kind == "photo" and not ch.data.get("deleted"):
                    shas |= photo_blobs(ch.data)
                if ch.kind == "appeal_file" and isinstance(ch.data.get("sha256"), str):
                    shas.add(ch.data["sha256"])  # an appeal's evidence, shown beside the finding
                if ch.kind in SCORED_KINDS:
                    rescore.add(ch.id if ch.kind == "visit" else str(ch.data.get("visit_id", "")))
                if seen is not None:
                    seen.add((ch.kind, ch.id))
            if rescore:  # in the same transaction: the stored figures never lag the answers they come from
                with Session(bind=conn) as s:
                    refresh_scores(s, rescore, lambda fid, v: _form(s, fid, v))
                    s.flush()
            _set_state(conn, "cursor", cursor)
        return shas

    def summary(self) -> dict[str, tuple[int, str]]:
        with self.engine.connect() as conn:
            out = {}
            for kind in CHECKED_KINDS:
                pairs = _synced(conn, kind)
                out[kind] = (len(pairs), summary_hash(pairs))
            return out

    def photos_without_blob(self, has: Any) -> set[str]:
        with self.engine.connect() as conn:
            rows = conn.execute(select(m.Photo.sha256, m.Photo.annotated_sha256).where(m.Photo.deleted.is_(False)))
            evidence = conn.execute(select(m.AppealFile.sha256))
            return {s for row in [*rows, *evidence] for s in row if s and not has(s)}

    # ------------------------------------------------------------ the account

    def adopt_identity(self, user: dict[str, Any]) -> None:
        """Make the profile's own person the server's user: same id, role and name, references moved along."""
        with self.engine.begin() as conn:
            people = TABLES["person"]
            me = conn.execute(select(people.c.id).where(people.c.username == LOCAL_USER)).scalar()
            new = user["id"]
            if me is not None and me != new:
                for table, col in _PERSON_REFS:
                    conn.execute(update(table).where(table.c[col] == me).values({col: new}))
                for op_id, fields in conn.execute(select(m.OutboxEntry.op_id, m.OutboxEntry.fields)):
                    if me in fields.values():
                        moved = {k: new if v == me else v for k, v in fields.items()}
                        conn.execute(update(m.OutboxEntry).where(m.OutboxEntry.op_id == op_id).values(fields=moved))
                conn.execute(delete(people).where(people.c.id == new))
                conn.execute(update(people).where(people.c.id == me).values(id=new))
            values = {"display_name": user["display_name"], "role": user["role"]}
            if me is None:
                conn.execute(insert(people).values(id=new, username=LOCAL_USER, rev=0, updated_at=m.utcnow(), **values))
            else:
                conn.execute(update(people).where(people.c.id == new).values(**values))


_PERSON_REFS: list[tuple[Table, str]] = [
    (TABLES["visit"], "auditor_id"),
    (TABLES["review_comment"], "author_id"),
    (TABLES["score_override"], "author_id"),
    (TABLES["transition"], "actor_id"),
]


def _form(s: Session, form_id: str, version: int) -> Form:
    source = s.scalar(
        select(m.FormVersion.source).where(m.FormVersion.form_id == form_id, m.FormVersion.version == version)
    )
    if source is None:  # the visit came before its form: scored when the form arrives with the next visit change
        raise LookupError(f"form {form_id}@{version} is not here yet")
    return parse_form(source, f"{form_id}@{version}")


def _state(conn: Connection, key: str, default: Any = None) -> Any:
    value = conn.scalar(select(m.SyncState.value).where(m.SyncState.key == key))
    return default if value is None else value


def _set_state(conn: Connection, key: str, value: Any) -> None:
    stmt = insert(m.SyncState).values(key=key, value=value)
    conn.execute(stmt.on_conflict_do_update(index_elements=["key"], set_={"value": stmt.excluded.value}))


def _keep_issue(conn: Connection, issue: Issue) -> None:
    stmt = insert(m.SyncIssue).values(
        op_id=issue.op_id, kind=issue.kind, record_id=issue.record_id, status=issue.status, code=issue.code,
        reason=issue.reason, local=json.loads(json.dumps(issue.local, default=str)), server=issue.server,
        created_at=m.utcnow(),
    )  # fmt: skip
    conn.execute(stmt.on_conflict_do_nothing())


def _change(server: dict[str, Any]) -> Change:
    return Change(kind=server["kind"], id=server["id"], rev=server["rev"], seq=server.get("seq", 0),
                  data=server["data"])  # fmt: skip


def _holds(server: dict[str, Any] | None, op: PendingOp, sent: dict[str, Any]) -> bool:
    """The server's copy is this record with every value sent: a conflict only in revision."""
    if not server or server.get("kind") != op.kind or server.get("id") != op.record_id:
        return False
    theirs = server.get("data") or {}
    return all(theirs.get(k) == v for k, v in sent.items())


def _waiting(conn: Connection, op: PendingOp, visit_id: str) -> dict[str, Any]:
    """A refused replay, to be queued again when its visit's revision is no longer the one it met."""
    visits = TABLES["visit"]
    rev = conn.scalar(select(visits.c.rev).where(visits.c.id == visit_id)) or 0
    return {"op_id": op.op_id, "kind": op.kind, "record_id": op.record_id, "fields": op.fields,
            "base_rev": op.base_rev, "visit_id": visit_id, "visit_rev": int(rev)}  # fmt: skip


def _pending_records(conn: Connection) -> dict[tuple[str, str], list[PendingOp]]:
    out: dict[tuple[str, str], list[PendingOp]] = defaultdict(list)
    t = m.OutboxEntry
    for r in conn.execute(select(t.op_id, t.seq, t.kind, t.record_id, t.fields, t.base_rev).order_by(t.seq)):
        op = PendingOp(*r)
        out[("visit" if op.kind == "transition" else op.kind, op.record_id)].append(op)
    return out


def _fetch(conn: Connection, kind: str, record_id: str) -> dict[str, Any] | None:
    table = TABLES[kind]
    row = conn.execute(select(table).where(table.c.id == record_id)).mappings().first()
    return dict(row) if row is not None else None


def _delete(conn: Connection, kind: str, record_id: str) -> None:
    table = TABLES[kind]
    if kind == "form":
        form_id, _, version = record_id.rpartition("@")
        conn.execute(delete(table).where(table.c.form_id == form_id, table.c.version == int(version or 0)))
    else:
        conn.execute(delete(table).where(table.c.id == record_id))


def _set_rev(conn: Connection, kind: str, record_id: str, rev: int) -> None:
    table = TABLES["visit" if kind == "transition" else kind]
    if "rev" in table.c:
        conn.execute(update(table).where(table.c.id == record_id, table.c.rev < rev).values(rev=rev))


def _synced(conn: Connection, kind: str) -> list[tuple[str, int]]:
    table = TABLES[kind]
    q = select(table.c.id, table.c.rev).where(table.c.rev > 0)
    if kind == "transition":  # the audit log holds two synced kinds, and entries that travel as other records
        q = q.where(table.c.kind == "transition")
    elif kind == "audit_entry":
        q = q.where(table.c.kind.in_(AUDIT_EVENTS))
    return [(r[0], r[1]) for r in conn.execute(q)]


def _apply(conn: Connection, ch: Change, pending: dict[tuple[str, str], list[PendingOp]]) -> bool:
    """Upsert one pulled record; where this device has pending changes to it, they stay on top.

    A record whose stored value does not fit its column (a server that let a bad value in) is skipped and
    logged, before anything is written: the rest of the page, and every later sync, go on."""
    table = TABLES[ch.kind]
    data = dict(ch.data)
    try:
        row = _row(table, data)
    except (ValueError, TypeError, binascii.Error) as e:
        log.warning("pulled %s %s has a value this app cannot store, skipped: %s", ch.kind, ch.id, e)
        return False
    if ch.kind == "form":
        conn.execute(insert(table).values(**row).on_conflict_do_nothing())
        return True
    if ch.kind == "transition":
        data["kind"] = "transition"
        row["kind"] = "transition"
        # The app wrote its own audit entry when it made the move; the server's copy replaces it.
        conn.execute(
            delete(table).where(
                table.c.visit_id == data.get("visit_id"), table.c.kind == "transition", table.c.rev == 0,
                table.c.to_status == data.get("to_status"),
            )
        )  # fmt: skip
    _make_room(conn, ch, data)
    if ch.kind == "person" and "username" in data:
        row["username"] = data["username"]  # the profile's own person keeps its local name (_make_room)
    row.update(id=ch.id, rev=ch.rev)
    if "updated_at" in table.c:
        row["updated_at"] = m.utcnow()
    stmt = insert(table).values(**row)
    conn.execute(stmt.on_conflict_do_update(index_elements=["id"], set_={k: v for k, v in row.items() if k != "id"}))
    key = ("visit" if ch.kind == "transition" else ch.kind, ch.id)
    if ch.kind != "transition" and key in pending:
        _replay(conn, ch, pending[key])
    return True


def _make_room(conn: Connection, ch: Change, data: dict[str, Any]) -> None:
    """A local record holding the same natural key (``domain.kinds``) under another id: the server's id wins, and
    what pointed at the local one follows it."""
    t = TABLES[ch.kind]
    if ch.kind == "person":
        mine = conn.scalar(select(t.c.id).where(t.c.id == ch.id, t.c.username == LOCAL_USER))
        if mine is not None:
            data["username"] = LOCAL_USER  # the profile's own person keeps its local name
        else:
            clash = t.c.username == data.get("username")
            conn.execute(update(t).where(clash, t.c.id != ch.id).values(username=t.c.username + "~" + t.c.id))
        return
    spec = KINDS[ch.kind]
    if not spec.natural_key:
        return
    key = spec.key_of(data)
    exact = [t.c[f] == data.get(f) for f in spec.natural_key if f != "name"]  # names compare ignoring case, below
    found = conn.execute(select(t.c.id, *(t.c[f] for f in spec.natural_key)).where(t.c.id != ch.id, *exact))
    for old, *values in found.all():
        if spec.key_of(dict(zip(spec.natural_key, values, strict=True))) != key:
            continue
        for kind, col in spec.referenced_by:
            child = TABLES[kind]
            conn.execute(update(child).where(child.c[col] == old).values({col: ch.id}))
        conn.execute(delete(t).where(t.c.id == old))


def _replay(conn: Connection, ch: Change, ops: list[PendingOp]) -> None:
    """Put this device's pending changes back on top of the pulled record, rebased on its revision."""
    table = TABLES[ch.kind]
    for op in ops:
        if op.kind == "transition":
            status = conn.scalar(select(table.c.status).where(table.c.id == ch.id))
            try:
                target = next_status(Action(str(op.fields.get("action"))), VisitStatus(str(status)))
            except ValueError:
                continue  # the server moved it elsewhere: the push will say whether the command still holds
            conn.execute(update(table).where(table.c.id == ch.id).values(status=target.value))
            continue
        fields = _row(table, {k: v for k, v in op.fields.items() if k != "status"})
        if fields:
            conn.execute(update(table).where(table.c.id == ch.id).values(**fields))
        conn.execute(update(m.OutboxEntry).where(m.OutboxEntry.op_id == op.op_id).values(base_rev=ch.rev))
