"""Push batches: applied in one transaction, each operation's result stored with the change.

A replayed batch (the reply was lost after the commit) gets the stored
results and changes nothing; so does a replayed operation in a new batch. An
id reused with different content is refused (422): it is a bug, not a retry.

The hot path of the sync server (a visit of 250 answers is one push), so it
runs on one connection in one transaction, from the bearer token to the
stored results, with as few statements as the rules allow (PostgreSQL: the
caller; the batch claimed and the operations' stored results; the records
read; one statement that takes the SEQ numbers and writes everything; the
commit). The body is parsed and checked by pydantic in one pass
(``model_validate_json``), the answers are plain dicts, the reply's JSON is
encoded once (orjson) and nothing goes through the ORM.
"""

from __future__ import annotations

import hashlib
import json
import logging
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

import orjson
from pydantic import ValidationError
from sqlalchemy import Connection, Table, insert, select, text
from sqlalchemy.exc import IntegrityError, OperationalError

from mystery_shop.sync.protocol import PushChange, PushRequest

from .auth import caller_for
from .config import DEFAULT_ZONE
from .db import Database
from .errors import ApiError, describe
from .models import OpResult as StoredResult
from .models import PushBatch, utcnow
from .push import apply_change, result
from .push_checks import Context
from .records import SEQ_BATCH, Results, Row, StaleRead, Writer, dumps, resolve, stored_answer
from .scope import Caller

log = logging.getLogger(__name__)
ATTEMPTS = 6
RESULTS: Table = StoredResult.__table__  # type: ignore[assignment]
BATCHES: Table = PushBatch.__table__  # type: ignore[assignment]
# PostgreSQL: the batch claimed (a concurrent copy of it waits here, then finds it) and the stored results of
# its operations with their SEQ (their batch's first number plus their position), in one statement.
_STORED_PG = (
    "SELECT o.op_id, o.user_id, o.payload_hash, o.result::text, o.rev, o.pos + b.seq_base "
    "FROM op_results AS o LEFT JOIN push_batches AS b ON b.batch_id = o.batch_id "
    "WHERE o.op_id = ANY(ARRAY(SELECT json_array_elements_text(CAST(:ops AS json))))"
)
_CLAIM_PG = text(
    "WITH claim AS (INSERT INTO push_batches (batch_id, user_id, payload_hash, created_at) "
    "VALUES (:batch, :user_id, :hash, :now) ON CONFLICT (batch_id) DO NOTHING RETURNING 1) "
    "SELECT (SELECT count(*) FROM claim), s.* FROM (SELECT 1) AS one LEFT JOIN (" + _STORED_PG + ") AS s ON true"
)
# Digests made by this version start with this; older ones (plain SHA-256 of ``json.dumps``) are still honoured.
V2 = "2:"


def push(db: Database, authorization: str | None, body: bytes, content_type: str | None,
         has_blob: Callable[[str], bool],
         default_zone: Callable[[], str] = lambda: DEFAULT_ZONE) -> tuple[bytes, str]:  # fmt: skip
    """The push route: the caller, the batch applied (retried whole when two writers collide: a unique key, a
    deadlock, a busy SQLite); the reply's JSON (``PushResponse``) and the caller's user name."""
    req: PushRequest | None = None
    for attempt in range(ATTEMPTS):
        try:
            with db.transaction() as conn:
                caller = caller_for(conn, authorization)  # 401 before any complaint about the body
                if req is None:
                    req = parse(body, content_type)
                return _push_once(conn, caller, req, has_blob, default_zone), caller.username
        except (IntegrityError, OperationalError, StaleRead) as e:
            if attempt == ATTEMPTS - 1 or "disk is full" in str(e):
                raise
            log.info("push batch %s collided (%s); retrying", req.batch if req else "?", type(e).__name__)
            time.sleep(0.01 * 2**attempt)
    raise AssertionError("unreachable")  # pragma: no cover


def parse(body: bytes, content_type: str | None) -> PushRequest:
    """The request, parsed and checked in one pass (a malformed one is a 422, as FastAPI's own would be)."""
    mime = (content_type or "application/json").split(";", 1)[0].strip().lower()
    if mime != "application/json" and not (mime.startswith("application/") and mime.endswith("+json")):
        raise ApiError(422, f"body: a push is JSON, not {mime}")
    try:
        return PushRequest.model_validate_json(body)
    except ValidationError as e:
        raise ApiError(422, describe(e.errors(include_url=False), prefix="body")) from None


# ------------------------------------------------------------ digests


def _canonical(value: Any) -> bytes:
    try:
        return orjson.dumps(value, option=orjson.OPT_SORT_KEYS)
    except TypeError:  # an integer beyond 64 bits: the standard encoder takes it
        return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()


def op_digest(ch: PushChange) -> str:
    payload = {"kind": ch.kind, "id": ch.id, "base_rev": ch.base_rev, "data": ch.data}
    return V2 + hashlib.blake2b(_canonical(payload), digest_size=31).hexdigest()  # 64 characters, as before


def batch_digest(device: str, changes: Sequence[PushChange], hashes: list[str]) -> str:
    lines = "\n".join(f"{c.op} {h}" for c, h in zip(changes, hashes, strict=True))
    return V2 + hashlib.blake2b(f"{device}\n{lines}".encode(), digest_size=31).hexdigest()


def _legacy(payload: Any) -> str:
    return hashlib.sha256(json.dumps(payload, sort_keys=True, separators=(",", ":")).encode()).hexdigest()


def _same_op(stored: str, new: str, ch: PushChange) -> bool:
    if stored.startswith(V2):
        return stored == new
    return stored == _legacy({"kind": ch.kind, "id": ch.id, "base_rev": ch.base_rev, "data": ch.data})


def _same_batch(stored: str, new: str, req: PushRequest) -> bool:
    if stored.startswith(V2):
        return stored == new
    return stored == _legacy({"device": req.device, "changes": [c.model_dump(mode="json") for c in req.changes]})


# ------------------------------------------------------------ one attempt


@dataclass(slots=True)
class Stored:
    """An operation's stored result, as read: whole (``result``), or its revision only (applied), with its SEQ."""

    user_id: str
    payload_hash: str
    result: dict[str, Any] | None
    rev: int | None
    seq: int | None

    def answer(self, ch: PushChange) -> dict[str, Any]:
        return stored_answer(ch.op, ch.id, self.result, self.rev, self.seq)


def _push_once(conn: Connection, caller: Caller, req: PushRequest, has_blob: Callable[[str], bool],
               default_zone: Callable[[], str]) -> bytes:  # fmt: skip
    hashes = [op_digest(c) for c in req.changes]
    whole = batch_digest(req.device, req.changes, hashes)
    stored = _claim(conn, caller, req, whole)
    if stored is None:  # sent before: the stored answers, or a refusal
        return _replay(conn, caller, req, whole, hashes)

    writer = Writer(conn, caller.device_id)
    keys: list[tuple[str, str]] = [(c.kind, c.id) for c in req.changes]
    visits = {c.data["visit_id"] for c in req.changes if isinstance(c.data.get("visit_id"), str)}
    visits |= {c.id for c in req.changes if c.kind in ("visit", "transition")}
    for c in req.changes:  # what the checks will look up: read with the rest
        if c.kind == "transition":
            keys.append(("transition", c.op))  # the audit entry is written under the command's id
        elif c.kind == "visit" and isinstance(c.data.get("location_id"), str):
            form = f"{c.data.get('form_id')}@{c.data.get('form_version')}"
            keys += [("location", c.data["location_id"]), ("form", form)]
        elif c.kind == "location" and isinstance(c.data.get("client_id"), str):
            keys.append(("client", c.data["client_id"]))
    writer.preload(keys, visits)
    ctx = Context(writer, caller, has_blob, default_zone)
    fresh: list[tuple[str, str, dict[str, Any], Row | None, str]] = []  # to store: (op, hash, answer, record, id)

    def apply(ch: PushChange, h: str) -> tuple[dict[str, Any], Row | None]:
        answer, rec = apply_change(ctx, ch)
        fresh.append((ch.op, h, answer, rec, ch.id))
        return answer, rec

    replies = _answers(caller, req, hashes, stored, apply)
    writer.finish(Results(caller.user_id, req.batch, fresh, replies))  # SEQ numbers: the last writes
    return _reply([d for d, _ in replies])


def _answers(
    caller: Caller, req: PushRequest, hashes: list[str], stored: dict[str, Stored],
    apply: Callable[[PushChange, str], tuple[dict[str, Any], Row | None]],
) -> list[tuple[dict[str, Any], Row | None]]:  # fmt: skip
    """Every operation's answer, in order: the stored one when it was sent before, else ``apply``'s.

    A replayed batch runs this again with every operation stored, so it gets the same answers it got the first
    time (and so needs no copy of them of its own)."""
    replies: list[tuple[dict[str, Any], Row | None]] = []
    seen: dict[str, tuple[str, dict[str, Any], Row | None]] = {}
    for ch, h in zip(req.changes, hashes, strict=True):
        old = stored.get(ch.op)
        if old is not None or ch.op in seen:
            if old is not None:
                same = old.user_id == caller.user_id and _same_op(old.payload_hash, h, ch)
            else:
                same = seen[ch.op][0] == h
            if not same:
                reason = "operation id reused with different content"
                replies.append((result(ch.op, ch.id, "rejected", code=422, reason=reason), None))
            elif old is not None:
                replies.append((old.answer(ch), None))
            else:  # the same operation twice in one batch: the first one's result stands
                replies.append(seen[ch.op][1:])
            continue
        answer, rec = apply(ch, h)
        seen[ch.op] = (h, answer, rec)
        replies.append((answer, rec))
    return replies


def _claim(conn: Connection, caller: Caller, req: PushRequest, whole: str) -> dict[str, Stored] | None:
    """Claim the batch id; the stored results of its operations, or None when the batch was sent before."""
    if conn.dialect.name == "postgresql":
        params = {"batch": req.batch, "user_id": caller.user_id, "hash": whole, "now": utcnow(),
                  "ops": dumps([c.op for c in req.changes]).decode()}  # fmt: skip
        rows = conn.execute(_CLAIM_PG, params).all()
        if not rows or not rows[0][0]:
            return None
        return _resolved(conn, [r[1:] for r in rows if r[1] is not None])
    # SQLite: one writer at a time, so looking first cannot race
    if conn.execute(select(BATCHES.c.batch_id).where(BATCHES.c.batch_id == req.batch)).first() is not None:
        return None
    conn.execute(insert(BATCHES).values(batch_id=req.batch, user_id=caller.user_id, payload_hash=whole,
                                        created_at=utcnow()))  # fmt: skip
    return _stored(conn, [c.op for c in req.changes])


def _stored(conn: Connection, ops: list[str]) -> dict[str, Stored]:
    """The stored results of ``ops`` (any database)."""
    o, b = RESULTS.c, BATCHES.c
    q = select(o.op_id, o.user_id, o.payload_hash, o.result, o.rev, o.pos + b.seq_base).select_from(
        RESULTS.outerjoin(BATCHES, b.batch_id == o.batch_id)
    )
    rows: list[Sequence[Any]] = []
    for i in range(0, len(ops), 500):
        rows += conn.execute(q.where(o.op_id.in_(ops[i : i + 500]))).all()
    return _resolved(conn, rows)


def _resolved(conn: Connection, rows: list[Sequence[Any]]) -> dict[str, Stored]:
    """The rows of ``_stored`` by op id; results stored whole with a position by s0003's server get their SEQ
    from their batch's first number."""
    out = {}
    for op, user, h, res, rev, seq in rows:
        res = orjson.loads(res) if isinstance(res, str) else res
        out[op] = Stored(user, h, res, rev, seq)
    batches = {s.result[SEQ_BATCH] for s in out.values() if s.result is not None and SEQ_BATCH in s.result}
    if batches:
        q = select(BATCHES.c.batch_id, BATCHES.c.seq_base).where(BATCHES.c.batch_id.in_(batches))
        bases = {row[0]: row[1] for row in conn.execute(q)}
        for s in out.values():
            if s.result is not None and SEQ_BATCH in s.result:
                s.result = resolve(s.result, bases)
    return out


def _replay(conn: Connection, caller: Caller, req: PushRequest, whole: str, hashes: list[str]) -> bytes:
    c = BATCHES.c
    row = conn.execute(select(c.user_id, c.payload_hash, c.results, c.seq_base).where(c.batch_id == req.batch)).first()
    if row is None:  # pragma: no cover - claimed by a transaction that then rolled back: the retry claims it
        raise StaleRead(f"batch {req.batch} vanished")
    user, h, results, base = row
    if user != caller.user_id or not _same_batch(h, whole, req):
        raise ApiError(422, f"batch {req.batch} was sent before with different content")
    if results:  # stored by a server before s0005: the batch's own copy of its answers
        return _reply([resolve(r, {req.batch: base}) for r in results])
    # Read now, not with the claim: a concurrent copy of this batch committed while the claim waited for it.
    stored = _stored(conn, [ch.op for ch in req.changes])

    def missing(ch: PushChange, h: str) -> tuple[dict[str, Any], Row | None]:
        raise RuntimeError(f"batch {req.batch} is stored without the result of its operation {ch.op}")

    return _reply([d for d, _ in _answers(caller, req, hashes, stored, missing)])


def _reply(results: list[dict[str, Any]]) -> bytes:
    return b'{"results":' + dumps(results) + b"}"
