"""Push batches: applied in one transaction, each operation's result stored with the change.

A replayed batch (the reply was lost after the commit) gets the stored
results and changes nothing; so does a replayed operation in a new batch. An
id reused with different content is refused (422): it is a bug, not a retry.
"""

from __future__ import annotations

import hashlib
import json
import logging
import time
from collections.abc import Callable
from typing import Any

from sqlalchemy import Table, insert, select, text
from sqlalchemy.exc import IntegrityError, OperationalError
from sqlalchemy.orm import Session

from mystery_shop.sync.protocol import OpResult, PushChange, PushRequest

from .db import Database
from .errors import ApiError
from .models import OpResult as StoredResult
from .models import PushBatch, utcnow
from .push import Context, apply_change
from .records import Row, StaleRead, Writer
from .scope import Caller

log = logging.getLogger(__name__)
ATTEMPTS = 6
RESULTS: Table = StoredResult.__table__  # type: ignore[assignment]
# PostgreSQL: a batch's results in one statement, from arrays, whatever their number.
_RESULTS_PG = text(
    "INSERT INTO op_results (op_id, user_id, payload_hash, result, created_at) "
    "SELECT u.op_id, :user_id, u.payload_hash, u.result, :created_at "
    "FROM json_to_recordset(CAST(:rows AS json)) AS u(op_id text, payload_hash text, result json)"
)


def digest(payload: Any) -> str:
    return hashlib.sha256(json.dumps(payload, sort_keys=True, separators=(",", ":")).encode()).hexdigest()


def op_digest(ch: PushChange) -> str:
    return digest({"kind": ch.kind, "id": ch.id, "base_rev": ch.base_rev, "data": ch.data})


def push(db: Database, caller: Caller, req: PushRequest, has_blob: Callable[[str], bool]) -> list[OpResult]:
    """Apply a batch; retried whole when two writers collide (a unique key, a deadlock, a busy SQLite)."""
    for attempt in range(ATTEMPTS):
        try:
            with db.write() as s:
                return _push_once(s, caller, req, has_blob)
        except (IntegrityError, OperationalError, StaleRead) as e:
            if attempt == ATTEMPTS - 1 or "disk is full" in str(e):
                raise
            log.info("push batch %s collided (%s); retrying", req.batch, type(e).__name__)
            time.sleep(0.01 * 2**attempt)
    raise AssertionError("unreachable")  # pragma: no cover


def _push_once(s: Session, caller: Caller, req: PushRequest, has_blob: Callable[[str], bool]) -> list[OpResult]:
    whole = digest({"device": req.device, "changes": [c.model_dump(mode="json") for c in req.changes]})
    batch = s.get(PushBatch, req.batch)
    if batch is not None:
        if batch.user_id != caller.user_id or batch.payload_hash != whole:
            raise ApiError(422, f"batch {req.batch} was sent before with different content")
        return [OpResult.model_validate(r) for r in batch.results]
    batch = PushBatch(batch_id=req.batch, user_id=caller.user_id, payload_hash=whole, results=[])
    s.add(batch)
    s.flush()  # claims the batch id now: a concurrent copy of this batch waits here, then finds the results

    ops = [c.op for c in req.changes]
    stored = {r.op_id: r for r in s.scalars(select(StoredResult).where(StoredResult.op_id.in_(ops)))}
    writer = Writer(s, caller.device_id)
    keys = [(c.kind, c.id) for c in req.changes]
    visits = {c.data["visit_id"] for c in req.changes if isinstance(c.data.get("visit_id"), str)}
    visits |= {c.id for c in req.changes if c.kind in ("visit", "transition")}
    writer.preload(keys + [("visit", v) for v in visits], visits)
    ctx = Context(writer, caller, has_blob)

    results: list[tuple[OpResult, Row | None, bool]] = []  # (result, record written, new)
    seen: dict[str, str] = {}
    for ch in req.changes:
        h = op_digest(ch)
        old = stored.get(ch.op)
        if old is not None or ch.op in seen:
            same = old.payload_hash == h and old.user_id == caller.user_id if old is not None else seen[ch.op] == h
            if not same:
                reason = "operation id reused with different content"
                results.append((OpResult(op=ch.op, id=ch.id, status="rejected", code=422, reason=reason), None, False))
            elif old is not None:
                results.append((OpResult.model_validate(old.result), None, False))
            else:  # the same operation twice in one batch: the first one's result stands
                first = next(r for r in results if r[0].op == ch.op)
                results.append((first[0], first[1], False))
            continue
        seen[ch.op] = h
        result, rec = apply_change(ctx, ch)
        results.append((result, rec, True))

    writer.finish()  # SEQ numbers: the last writes before the commit
    out: list[OpResult] = []
    fresh: list[tuple[str, str, dict[str, Any]]] = []  # (op, payload hash, result) to store
    dumped: list[dict[str, Any]] = []
    for result, rec, new in results:
        if rec is not None:
            result.seq = rec.seq or 0
        dump = result.model_dump()
        if new:
            fresh.append((result.op, seen[result.op], dump))
        out.append(result)
        dumped.append(dump)
    _store_results(s, caller.user_id, fresh)
    batch.results = dumped
    return out


def _store_results(s: Session, user_id: str, fresh: list[tuple[str, str, dict[str, Any]]]) -> None:
    if not fresh:
        return
    conn = s.connection()
    now = utcnow()
    if conn.dialect.name == "postgresql":
        rows = json.dumps([{"op_id": op, "payload_hash": h, "result": d} for op, h, d in fresh])
        conn.execute(_RESULTS_PG, {"rows": rows, "user_id": user_id, "created_at": now})
    else:
        rows = [{"op_id": op, "user_id": user_id, "payload_hash": h, "result": d, "created_at": now}
                for op, h, d in fresh]  # fmt: skip
        conn.execute(insert(RESULTS), rows)
