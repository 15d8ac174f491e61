"""Writing records: revisions, and SEQ numbers handed out so that writes commit in SEQ order.

The gap SYNC.md warns about: with a plain sequence, a transaction that took
SEQ 7 may commit after one that took SEQ 8, and a reader who already paged
past 8 never sees 7. Here the SEQ numbers come from one counter row, updated
at the end of the write transaction: the row stays locked until the commit,
so the next writer gets its numbers only after this one is visible. A reader
that first reads the counter and then pages ``seq <= counter`` can never skip
a row (``tests/server/test_seq_gap.py`` checks it on PostgreSQL).

A ``Writer`` reads records as plain ``Row`` objects and keeps its writes in
memory; ``finish`` takes the SEQ numbers and writes every touched record in
a statement or three (a push of 250 answers is one INSERT, not 250 ORM
objects flushed one by one). Rows are written only by the holder of the
counter, so two writers never wait on each other's records; an update that
finds the record changed since it was read (another writer committed in
between) raises ``StaleRead`` and the batch is applied again from the start.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Select, Table, bindparam, insert, select, text, update
from sqlalchemy.orm import Session

from .models import Counter, Record, utcnow

RECORDS: Table = Record.__table__  # type: ignore[assignment]
COLUMNS = ("kind", "id", "rev", "seq", "visit_id", "client_id", "auditor_id", "status", "natural_key", "blob",
           "last_device", "data", "updated_at")  # fmt: skip
_SELECT = [RECORDS.c[c] for c in COLUMNS]
# PostgreSQL: a whole push's records in one statement each, whatever their number, passed as one JSON
# document (encoded in one call, parsed by the server) rather than as a row of parameters per record.
_SHAPE = (
    "kind text, id text, rev int, seq bigint, visit_id text, client_id text, auditor_id text, status text, "
    "natural_key text, blob text, last_device text, data json, updated_at timestamptz"
)
_INSERT_PG = text(
    f"INSERT INTO records ({', '.join(COLUMNS)}) SELECT {', '.join('u.' + c for c in COLUMNS)} "
    f"FROM json_to_recordset(CAST(:rows AS json)) AS u({_SHAPE})"
)
_UPDATE_PG = text(
    f"UPDATE records AS r SET {', '.join(f'{c} = u.{c}' for c in COLUMNS[2:])} "
    f"FROM json_to_recordset(CAST(:rows AS json)) AS u({_SHAPE}, old int) "
    "WHERE r.kind = u.kind AND r.id = u.id AND r.rev = u.old"
)
_NUMBER_PG = text(
    "UPDATE records AS r SET seq = u.seq "
    "FROM json_to_recordset(CAST(:rows AS json)) AS u(kind text, id text, seq bigint) "
    "WHERE r.kind = u.kind AND r.id = u.id"
)
_T = RECORDS.c
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


class Writer:
    """The records one write transaction reads and touches; ``finish`` numbers and writes them."""

    def __init__(self, session: Session, device: str | None = None) -> None:
        self.s = session
        self.device = device
        self._rows: dict[tuple[str, str], Row | None] = {}  # read or written; None: not in the database
        self._stored_rev: dict[tuple[str, str], int] = {}  # the revision each row had when read
        self._touched: dict[tuple[str, str], Row] = {}  # in SEQ order
        self._changed: set[tuple[str, str]] = set()  # touched with new content (not only a new SEQ)
        self._by_key: dict[tuple[str, str], Row] = {}
        self._loaded_visits: set[str] = set()

    def _load(self, stmt: Select[Any]) -> list[Row]:
        """The rows a query finds, each the writer's own copy when it has read or written it already."""
        out = []
        for values in self.s.execute(stmt):
            row = Row(*values)
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
        """Read a batch's records and its visits' answers in two queries, not one per operation."""
        by_kind: dict[str, set[str]] = {}
        for kind, rid in keys:
            if (kind, rid) not in self._rows:
                by_kind.setdefault(kind, set()).add(rid)
        for kind, ids in by_kind.items():
            for chunk in _chunks(sorted(ids), 500):
                self._load(select(*_SELECT).where(_T.kind == kind, _T.id.in_(chunk)))
            for rid in ids:
                self._rows.setdefault((kind, rid), None)
        for chunk in _chunks(sorted(visit_ids - self._loaded_visits), 500):
            self._load(select(*_SELECT).where(_T.kind == "answer", _T.visit_id.in_(chunk)))
        self._loaded_visits |= visit_ids

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
        if visit_id in self._loaded_visits:  # every answer of the visit is here already
            return None
        found = self._load(select(*_SELECT).where(_T.kind == kind, _T.natural_key == key))
        return next((r for r in found if r.natural_key == key), None)

    def of_visit(self, visit_id: str, kind: str | None = None) -> list[Row]:
        """The records of a visit (of one kind), as this transaction has them."""
        stmt = select(*_SELECT).where(_T.visit_id == visit_id)
        rows = {(r.kind, r.id): r for r in self._load(stmt if kind is None else stmt.where(_T.kind == kind))}
        for key, row in self._touched.items():
            if row.visit_id == visit_id and kind in (None, row.kind):
                rows.setdefault(key, row)
        return [r for r in rows.values() if r.visit_id == visit_id]

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
        rec = self.get(kind, record_id)
        if rec is None:
            rec = Row(kind, record_id, 1)
            self._rows[(kind, record_id)] = rec
        else:
            rec.rev += 1
        rec.data = data
        rec.visit_id, rec.client_id, rec.auditor_id, rec.status = visit_id, client_id, auditor_id, status
        rec.natural_key, rec.blob = natural_key, blob
        rec.last_device = self.device
        rec.updated_at = utcnow()
        self._changed.add((kind, record_id))
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

    def finish(self) -> None:
        """Take SEQ numbers for the touched records, then write them: the last writes before the commit."""
        if not self._touched:
            return
        n = len(self._touched)
        top = self.s.execute(
            update(Counter).where(Counter.id == 1).values(value=Counter.value + n).returning(Counter.value)
        ).scalar_one()
        new: list[Row] = []
        changed: list[Row] = []
        moved: list[Row] = []
        for seq, (key, rec) in enumerate(self._touched.items(), start=top - n + 1):
            rec.seq = seq
            if key not in self._stored_rev:
                new.append(rec)
            else:
                (changed if key in self._changed else moved).append(rec)
        conn = self.s.connection()
        if conn.dialect.name == "postgresql":
            if new:
                conn.execute(_INSERT_PG, {"rows": _json([_values(r) for r in new])})
            if changed:
                rows = [{**_values(r), "old": self._stored_rev[(r.kind, r.id)]} for r in changed]
                if conn.execute(_UPDATE_PG, {"rows": _json(rows)}).rowcount != len(changed):
                    raise StaleRead("a record changed on the server while this batch was applied")
            if moved:
                conn.execute(_NUMBER_PG, {"rows": _json([{"kind": r.kind, "id": r.id, "seq": r.seq} for r in moved])})
        else:  # SQLite: one writer at a time (BEGIN IMMEDIATE), in the server's process
            if new:
                conn.execute(insert(RECORDS), [_values(r) for r in new])
            if changed:
                rows = [{**_values(r), "b_kind": r.kind, "b_id": r.id, "b_old": self._stored_rev[(r.kind, r.id)]}
                        for r in changed]  # fmt: skip
                for row in rows:
                    del row["kind"], row["id"]
                conn.execute(_UPDATE, rows)
            if moved:
                conn.execute(_NUMBER, [{"b_kind": r.kind, "b_id": r.id, "seq": r.seq} for r in moved])
        for rec in self._touched.values():
            self._stored_rev[(rec.kind, rec.id)] = rec.rev
        self._touched.clear()
        self._changed.clear()


def _values(rec: Row) -> dict[str, Any]:
    return {c: getattr(rec, c) for c in COLUMNS}


def _json(rows: list[dict[str, Any]]) -> str:
    return json.dumps(rows, default=_iso)


def _iso(value: object) -> str:
    if isinstance(value, dt.datetime):
        return value.isoformat()
    raise TypeError(f"{type(value).__name__} is not JSON")


def _chunks(items: list[str], size: int) -> list[list[str]]:
    return [items[i : i + size] for i in range(0, len(items), size)]
