"""Who may see what: the filters behind every read, and ownership of a visit (ARCHITECTURE.md, Roles).

An auditor sees their own visits; a supervisor the visits of their client (all
clients when they have none); a client user only its organisation's published
visits; an admin everything. Everyone on the staff sees people, forms, clients
and locations. A visit that is not yours does not exist (404).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from sqlalchemy import ColumnElement, and_, or_, true
from sqlalchemy.orm import aliased

from mystery_shop.domain.workflow import Role, VisitStatus
from mystery_shop.sync.protocol import PUSH_ONLY_KINDS

from .models import Record

VisitRow = aliased(Record, name="v")  # the visit a record belongs to (itself, for a visit)
CLIENT_KINDS = ("visit", "answer", "photo", "score_override")  # what a published report shows


class VisitLike(Protocol):
    """A visit as ``owns`` reads it: a ``Record``, or a writer's ``Row``."""

    @property
    def client_id(self) -> str | None: ...
    @property
    def auditor_id(self) -> str | None: ...
    @property
    def status(self) -> str | None: ...


@dataclass(frozen=True, slots=True)
class Caller:
    user_id: str
    username: str
    role: Role
    client_id: str | None
    device_id: str

    @property
    def staff(self) -> bool:
        return self.role is not Role.CLIENT


def owns(caller: Caller, visit: VisitLike) -> bool:
    """``own`` in the sense of ``domain.workflow.decide``."""
    if caller.role is Role.ADMIN:
        return True
    if caller.role is Role.AUDITOR:
        return visit.auditor_id == caller.user_id
    if caller.role is Role.SUPERVISOR:
        return caller.client_id is None or visit.client_id == caller.client_id
    return visit.client_id == caller.client_id  # a client user: its organisation


def may_view(caller: Caller, visit: VisitLike) -> bool:
    if caller.role is Role.CLIENT:
        return owns(caller, visit) and visit.status == VisitStatus.PUBLISHED.value
    return owns(caller, visit)


def visible(caller: Caller) -> ColumnElement[bool]:
    """The records ``caller`` may pull, over ``Record`` outer-joined with its visit as ``VisitRow``.

    Never a push-only kind (a signed report: the portal serves it, laptops never pull it)."""
    return and_(Record.kind.notin_(PUSH_ONLY_KINDS), _visible(caller))


def _visible(caller: Caller) -> ColumnElement[bool]:
    r, v = Record, VisitRow
    if caller.role is Role.ADMIN or (caller.role is Role.SUPERVISOR and caller.client_id is None):
        return true()
    if caller.role is Role.SUPERVISOR:
        return or_(r.kind.in_(("person", "form")), r.client_id == caller.client_id)
    if caller.role is Role.AUDITOR:
        return or_(r.kind.in_(("person", "form", "client", "location")), v.auditor_id == caller.user_id)
    return or_(
        r.kind == "form",
        and_(r.kind == "client", r.id == caller.client_id),
        and_(r.kind == "location", r.client_id == caller.client_id),
        and_(r.kind.in_(CLIENT_KINDS), r.client_id == caller.client_id, v.status == VisitStatus.PUBLISHED.value),
    )


def join_visit() -> ColumnElement[bool]:
    return and_(VisitRow.kind == "visit", VisitRow.id == Record.visit_id)
