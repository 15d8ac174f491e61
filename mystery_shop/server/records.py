"""Writing records: revisions, and SEQ numbers handed out so that writes commit in SEQ order.

The gap SYNC.md warns about: with a plain sequence, a transaction that took
SEQ 7 may commit after one that took SEQ 8, and a reader who already paged
past 8 never sees 7. Here the SEQ numbers come from one counter row, updated
at the end of the write transaction: the row stays locked until the commit,
so the next writer gets its numbers only after this one is visible. A reader
that first reads the counter and then pages ``seq <= counter`` can never skip
a row (``tests/server/test_seq_gap.py`` checks it on PostgreSQL).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Table, bindparam, select, text, update
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import set_committed_value

from .models import Counter, Record, utcnow

RECORDS: Table = Record.__table__  # type: ignore[assignment]
_NUMBER_PG = text(
    "UPDATE records AS r SET seq = u.n + :first - 1 "
    "FROM unnest(CAST(:k AS text[]), CAST(:i AS text[])) WITH ORDINALITY AS u(kind, id, n) "
    "WHERE r.kind = u.kind AND r.id = u.id"
)


class Writer:
    """The records one write transaction touches; ``finish`` numbers them."""

    def __init__(self, session: Session, device: str | None = None) -> None:
        self.s = session
        self.device = device
        self._touched: dict[tuple[str, str], Record] = {}
        self._by_key: dict[tuple[str, str], Record] = {}
        self._absent: set[tuple[str, str]] = set()
        self._loaded_visits: set[str] = set()

    def preload(self, keys: list[tuple[str, str]], visit_ids: set[str]) -> None:
        """Read a batch's records and its visits' answers in two queries, not one per operation."""
        ids = {rid for _, rid in keys}
        found: set[tuple[str, str]] = set()
        for chunk in _chunks(sorted(ids), 500):
            for rec in self.s.scalars(select(Record).where(Record.id.in_(chunk))):
                found.add((rec.kind, rec.id))
                if rec.natural_key:
                    self._by_key.setdefault((rec.kind, rec.natural_key), rec)
        self._absent |= set(keys) - found
        for chunk in _chunks(sorted(visit_ids), 500):
            for rec in self.s.scalars(select(Record).where(Record.kind == "answer", Record.visit_id.in_(chunk))):
                self._by_key.setdefault(("answer", rec.natural_key or ""), rec)
        self._loaded_visits |= visit_ids

    def get(self, kind: str, record_id: object) -> Record | None:
        if not isinstance(record_id, str):
            return None
        rec = self._touched.get((kind, record_id))
        if rec is not None:
            return rec
        if (kind, record_id) in self._absent:
            return None
        return self.s.get(Record, (kind, record_id))

    def by_natural_key(self, kind: str, key: str, visit_id: str | None = None) -> Record | None:
        rec = self._by_key.get((kind, key))
        if rec is not None or visit_id in self._loaded_visits:
            return rec
        return self.s.scalar(select(Record).where(Record.kind == kind, Record.natural_key == key))

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
    ) -> Record:
        """Create the record, or replace its data and bump its revision."""
        rec = self.get(kind, record_id)
        if rec is None:
            rec = Record(kind=kind, id=record_id, rev=1, seq=None, data=data)
            self.s.add(rec)
            self._absent.discard((kind, record_id))
        else:
            rec.rev += 1
            rec.data = data
        rec.visit_id, rec.client_id, rec.auditor_id, rec.status = visit_id, client_id, auditor_id, status
        rec.natural_key, rec.blob = natural_key, blob
        rec.last_device = self.device
        rec.updated_at = utcnow()
        self.touch(rec)
        return rec

    def touch(self, rec: Record) -> None:
        """Send the record again with a new SEQ (its revision stays): someone new may now see it."""
        self._touched[(rec.kind, rec.id)] = rec
        if rec.natural_key:
            self._by_key[(rec.kind, rec.natural_key)] = rec

    def touch_visit(self, visit_id: str) -> None:
        """Re-send a visit and everything in it, e.g. when it is published or given to another auditor."""
        for rec in self.s.scalars(select(Record).where(Record.visit_id == visit_id)):
            if (rec.kind, rec.id) not in self._touched:
                self.touch(rec)

    def finish(self) -> None:
        """Number the touched records: the counter update is the last write before the commit."""
        if not self._touched:
            return
        self.s.flush()
        n = len(self._touched)
        top = self.s.execute(
            update(Counter).where(Counter.id == 1).values(value=Counter.value + n).returning(Counter.value)
        ).scalar_one()
        first = top - n + 1
        conn = self.s.connection()
        if conn.dialect.name == "postgresql":  # one statement, not one per record: a push of 250 answers is one
            kinds, ids = zip(*self._touched, strict=True)
            conn.execute(_NUMBER_PG, {"k": list(kinds), "i": list(ids), "first": first})
        else:  # SQLite runs in the server's process: a statement per record costs microseconds
            rows = [{"k": kind, "i": rid, "s": first + i} for i, (kind, rid) in enumerate(self._touched)]
            t = RECORDS
            stmt = update(t).where(t.c.kind == bindparam("k"), t.c.id == bindparam("i")).values(seq=bindparam("s"))
            conn.execute(stmt, rows)
        for i, rec in enumerate(self._touched.values()):
            set_committed_value(rec, "seq", first + i)  # in the database already: no second UPDATE
        self._touched.clear()
        self._by_key.clear()


def _chunks(items: list[str], size: int) -> list[list[str]]:
    return [items[i : i + size] for i in range(0, len(items), size)]
