"""The sync outbox as the services write to it: one queued change per write, in the writer's transaction.

Its own module so that the workspace, the visit editor, review, photos and sync
status all reach it without importing one another (SYNC.md: the outbox).
"""

from __future__ import annotations

import base64
import datetime as dt
from typing import Any

from sqlalchemy import Connection, insert
from sqlalchemy.orm import Session

from mystery_shop.domain.kinds import KINDS
from mystery_shop.store import models as m
from mystery_shop.store.answer_writes import queue_change


def record_change(
    db: Session | Connection, kind: str, record_id: str, fields: dict[str, Any], base_rev: int = 0
) -> None:
    """Queue a change for the sync engine, in the caller's transaction.

    The kind and its fields are the declared ones (``domain.kinds``): a field the wire does not carry is a
    mistake in the caller, caught here rather than as a refusal from the server days later."""
    unknown = set(fields) - set(KINDS[kind].fields)
    if unknown:
        raise ValueError(f"{kind} has no synced fields {', '.join(sorted(unknown))} (domain.kinds)")
    conn = db.connection() if isinstance(db, Session) else db
    queue_change(conn, kind, record_id, fields, base_rev, m.utcnow())


def record_audit(db: Session | Connection, visit_id: str, kind: str, actor_id: str | None, detail: str,
                 at: dt.datetime | None = None) -> None:  # fmt: skip
    """An audit entry that is not a status change (planned, signed, signature cleared: ``domain.kinds``'
    ``AUDIT_EVENTS``), written and queued in the caller's transaction, so it reaches the server and every trail.
    ``at``: when it happened here; the server adds when it received it."""
    conn = db.connection() if isinstance(db, Session) else db
    at = at or m.utcnow()
    entry = m.new_id()
    conn.execute(insert(m.AuditEntry).values(id=entry, rev=0, updated_at=at, at=at, visit_id=visit_id,
                                                       kind=kind, actor_id=actor_id, detail=detail))  # fmt: skip
    queue_change(conn, "audit_entry", entry, {"visit_id": visit_id, "kind": kind, "detail": detail,
                                              "at": at.isoformat()}, 0, at)  # fmt: skip


def record_of(kind: str, row: object) -> dict[str, Any]:
    """A new record's fields as the outbox queues them: every field its kind declares (not those only the server
    writes) that the row has, as JSON. The declaration says what a record is, not each service's hand-built dict."""
    out: dict[str, Any] = {}
    for name, spec in KINDS[kind].fields.items():
        if spec.server or not hasattr(row, name):
            continue
        value = getattr(row, name)
        if isinstance(value, dt.date | dt.datetime):
            value = value.isoformat()
        elif isinstance(value, bytes):
            value = base64.b64encode(value).decode()
        out[name] = value
    return out
