"""Reconciling both ways with a server whose history changed (SYNC.md, docs/sync.md "A restored server").

It runs when the server shows a new epoch, when a cursor is ahead of it (410)
and when the sanity check disagrees: each means the server may have lost
writes this laptop saw. The laptop forgets its cursor and:

1. pulls everything from SEQ 0, except that a record this laptop holds at a
   higher revision than the server's is kept (the server lost that revision);
2. asks the server about the records it holds that the pull did not bring
   (``/sync/hidden``): the ones the server holds and no longer shows this
   caller are dropped; the ones it lacks, with the ones kept in step 1, are
   queued to be pushed again, ahead of the outbox, in dependency order, and
   the server's rules decide them as any push (a refusal is kept, never lost);
3. then the ordinary push and pull follow.

Nothing is deleted because the server lacks it. The bookmark ``reconcile`` is
set before step 1 and cleared in the transaction that queues step 2, so a sync
cut anywhere starts the reconcile over.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable
from typing import Any

from sqlalchemy import Connection, delete, func, insert, select, update

from mystery_shop.domain.workflow import TRANSITIONS
from mystery_shop.store import models as m

from .local import (
    REPLAYED,
    SENT,
    TABLES,
    WAITING,
    LocalStore,
    PendingOp,
    _delete,
    _pending_records,
    _set_state,
    _state,
    _synced,
    to_json,
)
from .protocol import Change, ChangesPage, RecordRef

log = logging.getLogger(__name__)

# The kinds pushed again, in the order a server needs them (a visit before its answers, a submit last).
ORDER = ("client", "location", "visit", "answer", "photo", "review_comment", "score_override", "audit_entry",
         "transition")  # fmt: skip
# Kinds the server writes in its caller's name: only the ones this laptop's user wrote go again.
AUTHOR = {"review_comment": "author_id", "score_override": "author_id", "audit_entry": "actor_id",
          "transition": "actor_id"}  # fmt: skip
ACTION_TO = {target.value: action.value for action, (_, target) in TRANSITIONS.items()}
STATE = "reconcile"
HIDDEN_CHUNK = 5000


def begin(local: LocalStore, epoch: str, why: str) -> None:
    """Forget the cursor; reconcile at this sync and at every one after until it is done."""
    log.warning("reconciling with the server both ways: %s", why)
    with local.engine.begin() as conn:
        _set_state(conn, STATE, why)
        _set_state(conn, "cursor", 0)
        if epoch:
            _set_state(conn, "epoch", epoch)


def pending(local: LocalStore) -> bool:
    return bool(local.state(STATE))


def pull_all(
    local: LocalStore, fetch: Callable[[int], ChangesPage], on_page: Callable[[ChangesPage], None]
) -> tuple[dict[tuple[str, str], int], dict[tuple[str, str], int], int, set[str]]:
    """Step 1. Returns the server's revisions, the records kept as newer here, the last cursor, the photos wanted."""
    server: dict[tuple[str, str], int] = {}
    kept: dict[tuple[str, str], int] = {}
    wanted: set[str] = set()
    cursor = 0
    while True:
        page = fetch(cursor)
        on_page(page)
        newer = _newer_here(local, page.changes)
        for ch in page.changes:
            server[(ch.kind, ch.id)] = ch.rev
            if (ch.kind, ch.id) in newer:
                kept[(ch.kind, ch.id)] = ch.rev
        wanted |= local.apply_page([c for c in page.changes if (c.kind, c.id) not in newer], 0)
        cursor = page.next
        if not page.more:
            return server, kept, cursor, wanted


def _newer_here(local: LocalStore, changes: list[Change]) -> set[tuple[str, str]]:
    by_kind: dict[str, dict[str, int]] = {}
    for ch in changes:
        if ch.kind in ORDER and ch.kind != "transition":
            by_kind.setdefault(ch.kind, {})[ch.id] = ch.rev
    out: set[tuple[str, str]] = set()
    with local.engine.connect() as conn:
        for kind, revs in by_kind.items():
            t = TABLES[kind]
            for rid, rev in conn.execute(select(t.c.id, t.c.rev).where(t.c.id.in_(list(revs)))):
                if rev > revs[rid]:
                    out.add((kind, rid))
    return out


def settle(
    local: LocalStore,
    server: dict[tuple[str, str], int],
    kept: dict[tuple[str, str], int],
    cursor: int,
    me: str,
    ask_hidden: Callable[[list[RecordRef]], list[RecordRef]],
) -> tuple[int, int]:
    """Step 2: drop what the server said left this caller's scope, queue the rest it lacks. (dropped, queued)"""
    with local.engine.connect() as conn:
        unseen = [(k, rid) for k in ORDER for rid, _ in _synced(conn, k) if (k, rid) not in server]
    hidden: set[tuple[str, str]] = set()
    for i in range(0, len(unseen), HIDDEN_CHUNK):
        refs = [RecordRef(kind=k, id=rid) for k, rid in unseen[i : i + HIDDEN_CHUNK]]  # type: ignore[arg-type]
        hidden |= {(r.kind, r.id) for r in ask_hidden(refs)}
    lacking = {key: 0 for key in unseen if key not in hidden}
    again = kept | lacking
    with local.engine.begin() as conn:
        queued_records = _pending_records(conn)
        dropped = 0
        for kind, rid in hidden:
            if (kind, rid) not in queued_records:
                _delete(conn, kind, rid)
                dropped += 1
        ops = [op for kind in ORDER for op in _ops(conn, kind, again, me)]
        for kind in ORDER:
            # Until the server answers, each counts as what the server has of it: nothing (a new record, rev 0,
            # as if made here) or the revision it holds. A refusal then leaves no record the server lacks
            # looking synced, which would fail every sanity check after and reconcile for ever.
            for (k, rid), rev in again.items():
                if k == kind:
                    _set_rev_to(conn, kind, rid, rev)
        _queue(conn, ops)
        # The revisions this reconcile met start from another history: whatever waits is tried once more after it.
        _set_state(conn, WAITING, [{**w, "visit_rev": -1} for w in _state(conn, WAITING, [])])
        _set_state(conn, "cursor", cursor)
        conn.execute(delete(m.SyncState).where(m.SyncState.key == STATE))
    if dropped or ops:
        log.warning("reconciled: %d records left this laptop's scope, %d pushed again", dropped, len(ops))
    return dropped, len(ops)


def requeue(local: LocalStore) -> int:
    """Queue again, ahead of the outbox, the refused replays whose visit has moved since (``local.WAITING``); how
    many. Each goes under a new operation id (the server keeps its answer to the old one) and the refusal it got is
    marked resolved: if it is refused again, the new refusal is the one shown."""
    with local.engine.begin() as conn:
        waiting: list[dict[str, Any]] = list(_state(conn, WAITING, []))
        if not waiting:
            return 0
        visits = TABLES["visit"]
        ids = {w["visit_id"] for w in waiting}
        revs = {r.id: r.rev for r in conn.execute(select(visits.c.id, visits.c.rev).where(visits.c.id.in_(ids)))}
        due = [w for w in waiting if int(revs.get(w["visit_id"]) or 0) != w["visit_rev"]]
        if not due:
            return 0
        due.sort(key=lambda w: ORDER.index(w["kind"]))  # stable: moves keep the order they were made in
        ops = [(str(uuid.uuid4()), w["kind"], w["record_id"], w["fields"], w["base_rev"]) for w in due]
        _queue(conn, ops)
        _set_state(conn, WAITING, [w for w in waiting if w not in due])
        old = [w["op_id"] for w in due]
        conn.execute(update(m.SyncIssue).where(m.SyncIssue.op_id.in_(old)).values(resolved_at=m.utcnow()))
    log.info("%d refused replays go again: their visits moved on the server", len(ops))
    return len(ops)


def judged_by_an_older_server(local: LocalStore, ops: list[PendingOp], sent: list[dict[str, Any]]) -> None:
    """Operations a server that lost history answered before this laptop reconciled (the push that met its new
    epoch, and the rest of that push): treated as replays, so a refusal for a visit it lost waits, and nothing is
    removed from this laptop because of it."""
    with local.engine.begin() as conn:
        replayed = dict(_state(conn, REPLAYED, {}))
        for op, data in zip(ops, sent, strict=True):
            visit = _visit_of(op.kind, op.record_id, {**op.fields, **data})
            if not visit and op.kind in TABLES and "visit_id" in TABLES[op.kind].c:
                t = TABLES[op.kind]
                visit = str(conn.scalar(select(t.c.visit_id).where(t.c.id == op.record_id)) or "")
            replayed[op.op_id] = visit
        _set_state(conn, REPLAYED, replayed)


def _queue(conn: Connection, ops: list[tuple[str, str, str, dict[str, Any], int]]) -> None:
    """Operations put ahead of the outbox, in the order given, each a replay (``local.REPLAYED``)."""
    low = int(conn.scalar(select(func.min(m.OutboxEntry.seq))) or 1)
    for i, (op_id, kind, rid, fields, base) in enumerate(ops):
        conn.execute(
            insert(m.OutboxEntry).values(
                op_id=op_id, seq=low - len(ops) + i, kind=kind, record_id=rid, fields=fields, base_rev=base,
                created_at=m.utcnow(),
            )
        )  # fmt: skip
    replayed = dict(_state(conn, REPLAYED, {}))
    replayed |= {op_id: _visit_of(kind, rid, fields) for op_id, kind, rid, fields, _ in ops}
    _set_state(conn, REPLAYED, replayed)


def _visit_of(kind: str, record_id: str, fields: dict[str, Any]) -> str:
    if kind in ("visit", "transition"):  # a move names its visit as its record
        return record_id
    return str(fields.get("visit_id") or "")


def _set_rev_to(conn: Connection, kind: str, record_id: str, rev: int) -> None:
    t = TABLES[kind]
    conn.execute(update(t).where(t.c.id == record_id).values(rev=rev))


def _ops(
    conn: Connection, kind: str, again: dict[tuple[str, str], int], me: str
) -> list[tuple[str, str, str, dict[str, Any], int]]:
    ids = [rid for k, rid in again if k == kind]
    if not ids:
        return []
    t = TABLES[kind]
    rows = [dict(r) for r in conn.execute(select(t).where(t.c.id.in_(ids))).mappings()]
    author = AUTHOR.get(kind)
    if author:
        rows = [r for r in rows if r.get(author) == me]
    out = []
    if kind == "transition":
        # A workflow command, sent under the lost entry's id: the server names the entry after the operation,
        # so the entry comes back with the id this laptop has, not as a second one.
        for r in sorted(rows, key=lambda r: r["at"]):
            action = ACTION_TO.get(str(r["to_status"]))
            if action:
                out.append((r["id"], kind, r["visit_id"], {"action": action, "detail": r["detail"] or ""}, 0))
        return out
    allowed = SENT[kind]  # what a push sends: not the fields the server writes (a status, a score, who, when)
    for r in rows:
        fields = {k: to_json(v) for k, v in r.items() if k in allowed}
        out.append((str(uuid.uuid4()), kind, r["id"], fields, again[(kind, r["id"])]))
    return out
