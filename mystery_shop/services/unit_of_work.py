"""One path for every write: check, change, audit entry, outbox entry, commit, and what changed.

A service opens ``unit_of_work`` with the workflow's decision (``domain.workflow.decide``); a refused one
raises before anything is written. Inside, the service changes its rows and says what it did through the
``Work`` it is handed: ``audit`` (the visit's audit trail) and ``record`` (the sync outbox) run in the same
transaction, so a write never lands without its audit entry or its sync change (ODK Central attaches the
audit to the query the same way). After the commit the ``Changes`` go to the workspace's ``ChangeHub``:
the app's screens refresh only what changed (Anki's ``OpChanges``), the CLI has no listener.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, insert
from sqlalchemy.orm import Session

from mystery_shop.domain.kinds import AUDIT_EVENTS
from mystery_shop.domain.messages import sentence
from mystery_shop.domain.workflow import Decision
from mystery_shop.store import models as m

from .changes import NOTHING, Changes
from .outbox import record_audit, record_change
from .rows import ServiceError

if TYPE_CHECKING:
    from .workspace_protocol import WorkspaceView

CATALOGUE_KINDS = frozenset({"client", "location"})
VISIT_KINDS = frozenset({"visit", "transition"})  # the record's id is the visit's


class Work:
    """A write in progress: its transaction, the acting user, and what it has changed so far."""

    def __init__(self, actor_id: str, session: Session | None, conn: Connection | None) -> None:
        self.actor_id = actor_id
        self.session = session
        self._conn = conn
        self.changes = NOTHING

    @property
    def s(self) -> Session:
        assert self.session is not None, "this unit of work runs on a plain connection"
        return self.session

    @property
    def connection(self) -> Connection:
        if self.session is not None:
            return self.session.connection()
        assert self._conn is not None
        return self._conn

    def touch(self, visits: Collection[str] = (), *, catalogue: bool = False, forms: bool = False) -> None:
        self.changes |= Changes(frozenset(visits), catalogue, forms)

    def audit(
        self,
        visit_id: str,
        kind: str,
        detail: str = "",
        *,
        from_status: str | None = None,
        to_status: str | None = None,
        at: dt.datetime | None = None,
    ) -> None:
        """The visit's audit entry for this write, by this user, in this transaction. One that is not a status
        change (``domain.kinds.AUDIT_EVENTS``) is queued for sync too, so every trail holds it."""
        if kind in AUDIT_EVENTS and from_status is None and to_status is None:
            record_audit(self.session if self.session is not None else self.connection, visit_id, kind,
                         self.actor_id, detail, at)  # fmt: skip
            self.touch([visit_id])
            return
        now = m.utcnow()
        values: dict[str, Any] = {
            "visit_id": visit_id, "kind": kind, "from_status": from_status, "to_status": to_status,
            "actor_id": self.actor_id, "detail": detail, "at": at or now,
        }  # fmt: skip
        if self.session is not None:
            self.session.add(m.AuditEntry(**values))
        else:
            self.connection.execute(insert(m.AuditEntry).values(id=m.new_id(), rev=0, updated_at=now, **values))
        self.touch([visit_id])

    def record(self, kind: str, record_id: str, fields: dict[str, Any], base_rev: int = 0) -> None:
        """The change's sync outbox entry (``outbox.record_change``), and what it changed on screen."""
        record_change(self.session if self.session is not None else self.connection, kind, record_id, fields, base_rev)
        visit = record_id if kind in VISIT_KINDS else fields.get("visit_id")
        self.touch([visit] if isinstance(visit, str) else (), catalogue=kind in CATALOGUE_KINDS, forms=kind == "form")


def refuse_unless(decision: Decision | None) -> None:
    """The workflow's refusal as the error a person reads."""
    if decision is not None and not decision:
        raise ServiceError(sentence(decision.reason))


@contextmanager
def unit_of_work(
    ws: WorkspaceView,
    check: Decision | None = None,
    *,
    visits: Collection[str] = (),
    plain: bool = False,
) -> Iterator[Work]:
    """Check, then one transaction (an ORM session, or with ``plain`` the answer path's bare connection),
    committed when the block ends; the changes are published after the commit, never for a rolled-back one.
    ``visits``: the visits the write changes, when its outbox entries do not name them."""
    refuse_unless(check)
    if plain:
        with ws.engine.begin() as conn:
            work = Work(ws.me.id, None, conn)
            work.touch(visits)
            yield work
    else:
        with ws.sessions.begin() as s:
            work = Work(ws.me.id, s, None)
            work.touch(visits)
            yield work
    ws.changes.publish(work.changes)
