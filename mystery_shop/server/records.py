"""Writing records: revisions, and SEQ numbers handed out so that writes commit in SEQ order.

The gap SYNC.md warns about: with a plain sequence, a transaction that took
SEQ 7 may commit after one that took SEQ 8, and a reader who already paged
past 8 never sees 7. Here the SEQ numbers come from one counter row, updated
at the end of the write transaction: the row stays locked until the commit,
so the next writer gets its numbers only after this one is visible. A reader
that first reads the counter and then pages ``seq <= counter`` can never skip
a row (``tests/server/test_seq_gap.py`` checks it on PostgreSQL).

A ``Writer`` reads records as plain ``Row`` objects and keeps its writes in
memory; ``finish`` takes the SEQ numbers and writes every touched record. On
PostgreSQL that is one statement, prepared before the counter is touched: it
bumps the counter, inserts and updates the records with ``seq = base + pos``
and stores the push's results (``Results``), so the counter row is held for
that statement and the commit only. Rows are written only by the holder of
the counter, so two writers never wait on each other's records; an update
that finds the record changed since it was read (another writer committed in
between) raises ``StaleRead`` and the batch is applied again from the start.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
from dataclasses import dataclass, field
from typing import Any

import orjson
from sqlalchemy import Connection, Select, Table, TextClause, bindparam, insert, select, text, update
from sqlalchemy.orm import Session

from .models import Counter, Record, utcnow

RECORDS: Table = Record.__table__  # type: ignore[assignment]
COLUMNS = ("kind", "id", "rev", "seq", "visit_id", "client_id", "auditor_id", "status", "natural_key", "blob",
           "last_device", "data", "updated_at")  # fmt: skip
_SELECT = [RECORDS.c[c] for c in COLUMNS]
_T = RECORDS.c
# PostgreSQL reads: the ids as one JSON document (one statement text whatever their number, so psycopg and the
# server cache it; psycopg's array adapter costs more than the query), the data as text for orjson.
_COLS_PG = ", ".join("data::text" if c == "data" else c for c in COLUMNS)
_PRELOAD_PG = text(
    f"SELECT {_COLS_PG} FROM records WHERE (kind, id) IN "
    "(SELECT k, i FROM json_to_recordset(CAST(:keys AS json)) AS t(k text, i text)) "
    f"UNION ALL SELECT {_COLS_PG} FROM records WHERE visit_id = ANY(ARRAY("
    "SELECT json_array_elements_text(CAST(:visits AS json))))"
)
# A whole push's records in one document each (encoded in one call, parsed by the server), not a row of
# parameters per record.
_SHAPE = (
    "kind text, id text, rev int, pos int, visit_id text, client_id text, auditor_id text, status text, "
    "natural_key text, blob text, last_device text, data json, updated_at timestamptz"
)
_WRITTEN = [c if c != "seq" else "pos" for c in COLUMNS]
# SQLite (executemany): the columns to set are the keys of each row's parameters.
_NUMBER = update(RECORDS).where(_T.kind == bindparam("b_kind"), _T.id == bindparam("b_id"))
_UPDATE = _NUMBER.where(_T.rev == bindparam("b_old"))


class StaleRead(Exception):
    """A record changed between this transaction's read and its write: apply the batch again."""


@dataclass(eq=False, slots=True)
class Row:
    """One record as a writer sees it: the columns of ``records``, no ORM state."""

    kind: str
    id: str
    rev: int = 1
    seq: int | None = None
    visit_id: str | None = None
    client_id: str | None = None
    auditor_id: str | None = None
    status: str | None = None
    natural_key: str | None = None
    blob: str | None = None
    last_device: str | None = None
    data: dict[str, Any] = field(default_factory=dict)
    updated_at: dt.datetime | None = None


@dataclass
class Results:
    """A push's answers, stored by ``finish`` with the records: each carries the SEQ its record got.

    ``fresh``: (op id, payload hash, result, record, the change's record id) for ``op_results``; ``replies``:
    (result, record) for every operation of the batch in order. A result's ``seq`` is set from its record.
    """

    user_id: str
    batch_id: str
    fresh: list[tuple[str, str, dict[str, Any], Row | None, str]]
    replies: list[tuple[dict[str, Any], Row | None]]

    def rows(self, pos: dict[int, int]) -> list[dict[str, Any]]:
        """``op_results`` rows: an answer applied with a new SEQ as its revision and position (``models.OpResult``),
        any other whole (its SEQ from ``pos`` when it has one)."""
        out = []
        for op, h, d, rec, record_id in self.fresh:
            p = pos.get(id(rec)) if rec is not None else None
            row: dict[str, Any] = {"op_id": op, "h": h, "pos": p}
            if p is not None and _rebuilt(d, op, record_id):
                row["rev"] = d["rev"]
            else:
                row["r"] = d
            out.append(row)
        return out


def _rebuilt(d: dict[str, Any], op: str, record_id: str) -> bool:
    """Whether ``_applied`` rebuilds the answer ``d`` (its ``seq`` aside): ``d == _applied(...)``, without the dict."""
    return (d["status"] == "applied" and d["id"] == record_id and d["op"] == op and d["code"] == 200
            and d["reason"] == "" and d["server"] is None and len(d) == 8 and d["seq"] == 0)  # fmt: skip


def _applied(op: str, record_id: str, rev: int) -> dict[str, Any]:
    """An answer stored as its revision and position only, as it is rebuilt (``seq`` 0: filled in from them)."""
    return {"op": op, "id": record_id, "status": "applied", "rev": rev, "seq": 0, "reason": "", "code": 200,
            "server": None}  # fmt: skip


def stored_answer(op: str, record_id: str, result: dict[str, Any] | None, rev: int | None, seq: int | None
                  ) -> dict[str, Any]:  # fmt: skip
    """A stored answer as the wire has it: rebuilt from its revision (``result`` NULL) or as stored; ``seq`` (the
    batch's first number plus the stored position) when it got one."""
    out = _applied(op, record_id, rev or 0) if result is None else dict(result)
    if seq is not None:
        out["seq"] = seq
    return out


class Writer:
    """The records one write transaction reads and touches; ``finish`` numbers and writes them."""

    def __init__(self, session: Session | Connection, device: str | None = None) -> None:
        self.conn = session.connection() if isinstance(session, Session) else session
        self.pg = self.conn.dialect.name == "postgresql"
        self.device = device
        self.now = utcnow()  # the time of every write of this transaction
        self._rows: dict[tuple[str, str], Row | None] = {}  # read or written; None: not in the database
        self._stored_rev: dict[tuple[str, str], int] = {}  # the revision each row had when read
        self._touched: dict[tuple[str, str], Row] = {}  # in SEQ order
        self._changed: set[tuple[str, str]] = set()  # touched with new content (not only a new SEQ)
        self._by_key: dict[tuple[str, str], Row] = {}
        self._loaded_visits: set[str] = set()  # every record of these visits has been read

    def _load(self, stmt: Select[Any] | TextClause, params: dict[str, Any] | None = None) -> list[Row]:
        """The rows a query finds, each the writer's own copy when it has read or written it already."""
        out = []
        for values in self.conn.execute(stmt, params or {}):
            row = Row(*values)
            if isinstance(row.data, str):  # PostgreSQL's text of the JSON column
                row.data = loads(row.data)
            key = (row.kind, row.id)
            known = self._rows.get(key)
            if known is None:
                self._rows[key] = known = row
                self._stored_rev[key] = row.rev
                if row.natural_key:
                    self._by_key.setdefault((row.kind, row.natural_key), row)
            out.append(known)
        return out

    def preload(self, keys: list[tuple[str, str]], visit_ids: set[str]) -> None:
        """Read a batch's records and everything its visits hold: one query on PostgreSQL, not one per operation."""
        wanted = sorted({k for k in keys if k not in self._rows})
        visits = sorted(visit_ids - self._loaded_visits)
        if self.pg:
            if wanted or visits:
                params = {"keys": _json([{"k": k, "i": i} for k, i in wanted]), "visits": _json(visits)}
                self._load(_PRELOAD_PG, params)
        else:
            by_kind: dict[str, list[str]] = {}
            for kind, rid in wanted:
                by_kind.setdefault(kind, []).append(rid)
            for kind, ids in by_kind.items():
                for chunk in _chunks(ids, 500):
                    self._load(select(*_SELECT).where(_T.kind == kind, _T.id.in_(chunk)))
            for chunk in _chunks(visits, 500):
                self._load(select(*_SELECT).where(_T.visit_id.in_(chunk)))
        for key in wanted:
            self._rows.setdefault(key, None)
        self._loaded_visits |= set(visits)

    def get(self, kind: str, record_id: object) -> Row | None:
        if not isinstance(record_id, str):
            return None
        key = (kind, record_id)
        if key not in self._rows:
            found = self._load(select(*_SELECT).where(_T.kind == kind, _T.id == record_id))
            if not found:
                self._rows[key] = None
        return self._rows.get(key)

    def by_natural_key(self, kind: str, key: str, visit_id: str | None = None) -> Row | None:
        rec = self._by_key.get((kind, key))
        if rec is not None and rec.natural_key == key:
            return rec
        if visit_id in self._loaded_visits:  # every record of the visit is here already
            return None
        found = self._load(select(*_SELECT).where(_T.kind == kind, _T.natural_key == key))
        return next((r for r in found if r.natural_key == key), None)

    def of_visit(self, visit_id: str, kind: str | None = None) -> list[Row]:
        """The records of a visit (of one kind), as this transaction has them."""
        if visit_id not in self._loaded_visits:
            stmt = select(*_SELECT).where(_T.visit_id == visit_id)
            self._load(stmt if kind is None else stmt.where(_T.kind == kind))
        rows = [r for r in self._rows.values() if r is not None and r.visit_id == visit_id]
        return [r for r in rows if kind in (None, r.kind)]

    def put(
        self,
        kind: str,
        record_id: str,
        data: dict[str, Any],
        *,
        visit_id: str | None = None,
        client_id: str | None = None,
        auditor_id: str | None = None,
        status: str | None = None,
        natural_key: str | None = None,
        blob: str | None = None,
    ) -> Row:
        """Create the record, or replace its data and bump its revision."""
        key = (kind, record_id)
        rec = self._rows[key] if key in self._rows else self.get(kind, record_id)
        if rec is None:  # most of a push: made whole in one call (a push of 250 answers makes 250)
            rec = Row(kind, record_id, 1, None, visit_id, client_id, auditor_id, status, natural_key, blob, self.device,
                      data, self.now)  # fmt: skip
            self._rows[key] = rec
        else:
            rec.rev += 1
            rec.data = data
            rec.visit_id, rec.client_id, rec.auditor_id, rec.status = visit_id, client_id, auditor_id, status
            rec.natural_key, rec.blob = natural_key, blob
            rec.last_device = self.device
            rec.updated_at = self.now
        self._changed.add(key)
        self.touch(rec)
        return rec

    def touch(self, rec: Row) -> None:
        """Send the record again with a new SEQ (its revision stays): someone new may now see it."""
        self._touched[(rec.kind, rec.id)] = rec
        if rec.natural_key:
            self._by_key[(rec.kind, rec.natural_key)] = rec

    def touch_visit(self, visit_id: str) -> None:
        """Re-send a visit and everything in it, e.g. when it is published or given to another auditor."""
        for rec in self.of_visit(visit_id):
            if (rec.kind, rec.id) not in self._touched:
                self.touch(rec)

    def finish(self, results: Results | None = None) -> None:
        """Take SEQ numbers for the touched records, then write them (and ``results``): the last writes."""
        touched = list(self._touched.items())
        pos = {id(rec): i for i, (_, rec) in enumerate(touched, start=1)}
        if results is not None:  # an identical write is applied without a new SEQ: its answer has the record's own
            for answer, written in results.replies:
                if written is not None and id(written) not in pos:
                    answer["seq"] = written.seq or 0
        new: list[Row] = []
        changed: list[Row] = []
        moved: list[Row] = []
        for key, rec in touched:
            if key not in self._stored_rev:
                new.append(rec)
            else:
                (changed if key in self._changed else moved).append(rec)
        if self.pg:
            base = self._finish_pg(pos, new, changed, moved, results)
        else:
            base = self._finish_sqlite(pos, new, changed, moved, results)
        for key, rec in touched:
            rec.seq = base + pos[id(rec)]
            self._stored_rev[key] = rec.rev
        if results is not None:
            for answer, written in results.replies:
                if written is not None and id(written) in pos:
                    answer["seq"] = written.seq or 0
        self._touched.clear()
        self._changed.clear()

    def _finish_pg(
        self, pos: dict[int, int], new: list[Row], changed: list[Row], moved: list[Row], results: Results | None
    ) -> int:
        """The results first, then one statement that takes the counter: it is held for the records and the commit.

        A result whose record gets a SEQ is stored with its position in the batch (``op_results.pos``); the batch's
        first number (``push_batches.seq_base``) is written with the records, and a replay adds the two.
        """
        n = len(pos)
        if results is not None and results.fresh:
            params = {"user_id": results.user_id, "batch": results.batch_id, "now": self.now,
                      "fresh": _json(results.rows(pos))}  # fmt: skip
            self.conn.execute(_RESULTS_PG, params)
        if not n:
            return 0
        params = {"n": n, "batch": results.batch_id if results is not None else None}
        if new:
            for r in new:  # orjson encodes the rows themselves (dataclasses); ``seq`` holds the position until then
                r.seq = pos[id(r)]
            params["new"] = _json(new)
        if changed:
            params["changed"] = _json([{**_values(r, pos), "old": self._stored_rev[(r.kind, r.id)]} for r in changed])
        if moved:
            params["moved"] = _json([{"kind": r.kind, "id": r.id, "pos": pos[id(r)]} for r in moved])
        stmt = _finish_statement(bool(new), bool(changed), bool(moved), results is not None)
        base, updated = self.conn.execute(stmt, params).one()
        if updated != len(changed):
            raise StaleRead("a record changed on the server while this batch was applied")
        return int(base)

    def _finish_sqlite(
        self, pos: dict[int, int], new: list[Row], changed: list[Row], moved: list[Row], results: Results | None
    ) -> int:
        """SQLite: one writer at a time (BEGIN IMMEDIATE), in the server's process; executemany per kind of write."""
        n = len(pos)
        base = 0
        conn = self.conn
        if n:
            top = conn.execute(
                update(Counter).where(Counter.id == 1).values(value=Counter.value + n).returning(Counter.value)
            ).scalar_one()
            base = top - n

        def values(rec: Row) -> dict[str, Any]:
            return {c: getattr(rec, c) for c in COLUMNS} | {"seq": base + pos[id(rec)]}

        if new:
            conn.execute(insert(RECORDS), [values(r) for r in new])
        if changed:
            rows = [{**values(r), "b_kind": r.kind, "b_id": r.id, "b_old": self._stored_rev[(r.kind, r.id)]}
                    for r in changed]  # fmt: skip
            for row in rows:
                del row["kind"], row["id"]
            conn.execute(_UPDATE, rows)  # nothing can change in between: the write lock was taken at BEGIN
        if moved:
            conn.execute(_NUMBER, [{"b_kind": r.kind, "b_id": r.id, "seq": base + pos[id(r)]} for r in moved])
        if results is not None:
            from .models import OpResult, PushBatch

            if results.fresh:
                rows = [{"op_id": r["op_id"], "user_id": results.user_id, "payload_hash": r["h"], "result": r.get("r"),
                         "batch_id": results.batch_id, "rev": r.get("rev"), "pos": r["pos"], "created_at": self.now}
                        for r in results.rows(pos)]  # fmt: skip
                conn.execute(insert(OpResult), rows)
            batch = update(PushBatch).where(PushBatch.batch_id == results.batch_id)
            conn.execute(batch.values(seq_base=base if n else None))
        return base


# PostgreSQL: a push's results, stored before the SEQ counter is taken (``Results.rows``).
_RESULTS_PG = text(
    "INSERT INTO op_results (op_id, user_id, payload_hash, result, batch_id, rev, pos, created_at) "
    "SELECT u.op_id, :user_id, u.h, u.r, :batch, u.rev, u.pos, :now "
    "FROM json_to_recordset(CAST(:fresh AS json)) AS u(op_id text, h text, r json, rev int, pos int)"
)
SEQ_POS, SEQ_BATCH = "seq_pos", "seq_batch"  # the marks of a result stored whole with its position (s0003 only)


@functools.cache
def _finish_statement(new: bool, changed: bool, moved: bool, batch: bool) -> TextClause:
    """PostgreSQL: the counter and the records in one statement (its parts as needed), the batch's first number."""
    ctes = ["c AS (UPDATE seq_counter SET value = value + :n WHERE id = 1 RETURNING value - :n AS base)"]
    if new:
        cols = ", ".join("c.base + u.seq" if c == "seq" else f"u.{c}" for c in COLUMNS)
        shape = _SHAPE.replace("pos int", "seq int")
        ctes.append(f"ins AS (INSERT INTO records ({', '.join(COLUMNS)}) SELECT {cols} "
                    f"FROM c, json_to_recordset(CAST(:new AS json)) AS u({shape}))")  # fmt: skip
    if changed:
        sets = ", ".join("seq = c.base + u.pos" if c == "pos" else f"{c} = u.{c}" for c in _WRITTEN[2:])
        ctes.append(f"upd AS (UPDATE records AS r SET {sets} "
                    f"FROM c, json_to_recordset(CAST(:changed AS json)) AS u({_SHAPE}, old int) "
                    "WHERE r.kind = u.kind AND r.id = u.id AND r.rev = u.old RETURNING 1)")  # fmt: skip
    if moved:
        ctes.append("mv AS (UPDATE records AS r SET seq = c.base + u.pos "
                    "FROM c, json_to_recordset(CAST(:moved AS json)) AS u(kind text, id text, pos int) "
                    "WHERE r.kind = u.kind AND r.id = u.id)")  # fmt: skip
    if batch:
        ctes.append("bat AS (UPDATE push_batches SET seq_base = c.base FROM c WHERE batch_id = :batch)")
    updated = "(SELECT count(*) FROM upd)" if changed else "0"
    return text(f"WITH {', '.join(ctes)} SELECT (SELECT base FROM c), {updated}")


def resolve(result: dict[str, Any], bases: dict[str, int | None]) -> dict[str, Any]:
    """A result stored by s0003's server as the wire has it: its SEQ from its batch's first number (``bases``:
    batch id -> it)."""
    if SEQ_POS not in result:
        return result
    out = {k: v for k, v in result.items() if k not in (SEQ_POS, SEQ_BATCH)}
    out["seq"] = (bases.get(result[SEQ_BATCH]) or 0) + result[SEQ_POS]
    return out


def _values(rec: Row, pos: dict[int, int]) -> dict[str, Any]:
    out = {c: getattr(rec, c) for c in COLUMNS}
    del out["seq"]
    out["pos"] = pos[id(rec)]
    return out


def dumps(value: Any) -> bytes:
    """JSON for the database and the wire: orjson, or the standard encoder for what orjson refuses (huge ints)."""
    try:
        return orjson.dumps(value)
    except TypeError:
        return json.dumps(value, default=_iso, separators=(",", ":")).encode()


def loads(text_: str) -> Any:
    """JSON from the database: orjson, or the standard decoder for what orjson refuses (a huge number stored by an
    older server: every push naming its visit would fail)."""
    try:
        return orjson.loads(text_)
    except orjson.JSONDecodeError:
        return json.loads(text_)


def _json(rows: list[Any]) -> str:
    return dumps(rows).decode()


def _iso(value: object) -> Any:
    if isinstance(value, dt.datetime):
        return value.isoformat()
    if isinstance(value, Row):
        return {c: getattr(value, c) for c in COLUMNS}
    raise TypeError(f"{type(value).__name__} is not JSON")


def _chunks(items: list[str], size: int) -> list[list[str]]:
    return [items[i : i + size] for i in range(0, len(items), size)]
