"""Reading: pull pages by SEQ, the sanity-check summary, one visit with what it holds.

A page first reads the counter, then the rows with ``since < seq <= counter``:
every write numbered at or below the counter has committed (``records.py``),
so no page can skip a row that commits later with a lower number.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict

from sqlalchemy import select
from sqlalchemy.orm import Session

from mystery_shop.sync.protocol import (
    CHECKED_KINDS,
    PROTOCOL,
    Change,
    ChangesPage,
    KindSummary,
    RecordRef,
    SummaryResponse,
    VisitOut,
    summary_hash,
    unknown_to,
)

from .errors import ApiError
from .models import Counter, Record
from .scope import Caller, VisitRow, join_visit, may_view, visible


def counter(s: Session) -> int:
    return s.scalar(select(Counter.value).where(Counter.id == 1)) or 0


def change(rec: Record) -> Change:
    return Change.model_construct(kind=rec.kind, id=rec.id, rev=rec.rev, seq=rec.seq or 0, data=rec.data)


def page(s: Session, caller: Caller, since: int, limit: int, protocol: int = PROTOCOL) -> ChangesPage:
    """The records after ``since`` the caller may see, of the kinds an app of ``protocol`` knows."""
    top = counter(s)
    if since > top:
        # Ahead of the server: it was restored from a backup, or this is another server. Start over.
        raise ApiError(410, f"cursor {since} is ahead of the server ({top}): re-sync from the start")
    rows = list(
        s.scalars(
            select(Record)
            .outerjoin(VisitRow, join_visit())
            .where(Record.seq > since, Record.seq <= top, visible(caller), Record.kind.notin_(unknown_to(protocol)))
            .order_by(Record.seq)
            .limit(limit)
        )
    )
    more = len(rows) == limit
    # A short page means everything up to the counter was read, visible or not: skip past the rest.
    nxt = (rows[-1].seq or since) if more else top
    return ChangesPage(changes=[change(r) for r in rows], next=nxt, more=more, server_time=dt.datetime.now(dt.UTC))


def summary(s: Session, caller: Caller) -> SummaryResponse:
    pairs: dict[str, list[tuple[str, int]]] = defaultdict(list)
    query = (
        select(Record.kind, Record.id, Record.rev)
        .outerjoin(VisitRow, join_visit())
        .where(Record.kind.in_(CHECKED_KINDS), visible(caller))
    )
    top = counter(s)
    for kind, rid, rev in s.execute(query):
        pairs[kind].append((rid, rev))
    kinds = {k: KindSummary(count=len(pairs[k]), hash=summary_hash(pairs[k])) for k in CHECKED_KINDS}
    return SummaryResponse(kinds=kinds, seq=top)


def visit(s: Session, caller: Caller, visit_id: str, protocol: int = PROTOCOL) -> VisitOut:
    v = s.get(Record, ("visit", visit_id))
    if v is None or not may_view(caller, v):
        raise ApiError(404, f"no visit {visit_id}")
    rows = s.scalars(
        select(Record)
        .outerjoin(VisitRow, join_visit())
        .where(
            Record.visit_id == visit_id,
            Record.kind != "visit",
            visible(caller),
            Record.kind.notin_(unknown_to(protocol)),
        )
        .order_by(Record.seq)
    )
    return VisitOut(visit=change(v), records=[change(r) for r in rows])


def hidden(s: Session, caller: Caller, refs: list[RecordRef]) -> list[RecordRef]:
    """Of these records, the ones the server holds and does not show this caller: its word to drop them."""
    out: list[RecordRef] = []
    by_kind: dict[str, set[str]] = defaultdict(set)
    for ref in refs:
        by_kind[ref.kind].add(ref.id)
    for kind, ids in by_kind.items():
        held = set(s.scalars(select(Record.id).where(Record.kind == kind, Record.id.in_(ids))))
        if not held:
            continue
        shown = set(
            s.scalars(
                select(Record.id)
                .outerjoin(VisitRow, join_visit())
                .where(Record.kind == kind, Record.id.in_(held), visible(caller))
            )
        )
        out += [RecordRef(kind=kind, id=rid) for rid in sorted(held - shown)]  # type: ignore[arg-type]
    return out
