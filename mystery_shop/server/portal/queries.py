"""What the portal reads: who may see which published visits, the list with its filters, one visit, a period.

Every read goes through ``in_scope``: a client user sees its organisation's
published visits, a supervisor those of their client (every client's when
they have none), an auditor their own, an admin everything. A visit outside
the scope does not exist (404), whatever the reason.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from typing import Any

from sqlalchemy import ColumnElement, and_, false, func, select, true
from sqlalchemy.orm import Session

from mystery_shop.domain.workflow import Role

from ..models import Record
from .language import pt_noop
from .memo import Memo
from .models import PortalVisit
from .sessions import PortalUser

PV = PortalVisit
PER_PAGE = 25
MAX_SEARCH = 200


def in_scope(user: PortalUser) -> ColumnElement[bool]:
    if user.role is Role.ADMIN or (user.role is Role.SUPERVISOR and user.client_id is None):
        return true()
    if user.role is Role.CLIENT:
        return location_scope(user, PV.client_id, PV.location_id)
    if user.role is Role.SUPERVISOR:
        return PV.client_id == user.client_id if user.client_id else false()
    if user.role is Role.AUDITOR:
        return PV.auditor_id == user.user_id
    return false()  # pragma: no cover


def location_scope(user: PortalUser, client_column: Any, location_column: Any) -> ColumnElement[bool]:
    """``domain.access.LocationScope.sees`` as SQL over a table's client and location columns (a client account;
    any other role: nothing). Every page and download built on reports filters with it."""
    scope = user.scope
    if scope is None or scope.client_id is None:
        return false()
    if scope.locations is None:
        return client_column == scope.client_id
    return and_(client_column == scope.client_id, location_column.in_(sorted(scope.locations)))


def scope_key(user: PortalUser) -> tuple[str, str | None, tuple[str, ...] | None]:
    """Users with this key see the same visits (``in_scope``): what is kept per process is kept per key."""
    places = tuple(sorted(user.locations)) if user.locations is not None else None
    return (user.role.value, user.user_id if user.role is Role.AUDITOR else user.client_id, places)


def may_see_figures(user: PortalUser) -> bool:
    """The dashboard, the period report and the data export: a client's, its supervisors', an admin's."""
    return user.role in (Role.CLIENT, Role.SUPERVISOR, Role.ADMIN)


def clients_for(s: Session, user: PortalUser) -> list[tuple[str, str]]:
    """(id, name) of the clients whose visits ``user`` may see, by name: one for a client user."""
    q = select(Record.id, Record.data).where(Record.kind == "client")
    if user.role is Role.AUDITOR:
        mine = select(PV.client_id).where(PV.auditor_id == user.user_id).distinct()
        q = q.where(Record.id.in_(mine))
    elif not (user.role is Role.ADMIN or (user.role is Role.SUPERVISOR and user.client_id is None)):
        q = q.where(Record.id == (user.client_id or ""))
    rows = [(rid, str(data.get("name") or "")) for rid, data in s.execute(q)]
    return sorted(rows, key=lambda r: (r[1].casefold(), r[0]))


# ------------------------------------------------------------ the list


@dataclass(frozen=True)
class ListQuery:
    client_id: str | None = None
    start: dt.date | None = None
    end: dt.date | None = None
    location_id: str | None = None
    grade: str | None = None
    q: str = ""
    sort: str = "date"
    page: int = 1

    def with_(self, **changes: Any) -> ListQuery:
        return replace(self, **changes)


SORTS: dict[str, tuple[str, list[Any]]] = {
    "date": (pt_noop("Newest first"), [PV.scheduled_date.desc(), PV.visit_id]),
    "date_asc": (pt_noop("Oldest first"), [PV.scheduled_date.asc(), PV.visit_id]),
    "score": (pt_noop("Highest score"), [PV.total.desc().nulls_last(), PV.scheduled_date.desc(), PV.visit_id]),
    "score_asc": (pt_noop("Lowest score"), [PV.total.asc().nulls_last(), PV.scheduled_date.desc(), PV.visit_id]),
    "location": (pt_noop("Location A–Z"), [func.lower(PV.location), PV.scheduled_date.desc(), PV.visit_id]),
}


@dataclass(frozen=True, slots=True)
class ReportRow:
    visit_id: str
    client_id: str
    date: dt.date
    location: str
    form_title: str
    score: str  # "77.8", "" when the visit has no total
    grade: str
    grade_colour: str
    report_number: str
    report_size: int | None
    signed_at: dt.datetime | None

    @property
    def has_report(self) -> bool:
        return self.report_size is not None


@dataclass(frozen=True)
class ReportPage:
    rows: list[ReportRow]
    total: int
    page: int
    pages: int


_ROW = (PV.visit_id, PV.client_id, PV.scheduled_date, PV.location, PV.form_title, PV.score_text, PV.grade,
        PV.grade_colour, PV.report_number, PV.report_size, PV.report_signed_at)  # fmt: skip


def filters(user: PortalUser, query: ListQuery) -> list[ColumnElement[bool]]:
    where = [in_scope(user)]
    if query.client_id:
        where.append(PV.client_id == query.client_id)
    if query.start:
        where.append(PV.scheduled_date >= query.start)
    if query.end:
        where.append(PV.scheduled_date <= query.end)
    if query.location_id:
        where.append(PV.location_id == query.location_id)
    if query.grade:
        where.append(PV.grade == query.grade)
    for word in query.q.casefold().split()[:8]:
        escaped = word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        where.append(PV.search.like(f"%{escaped}%", escape="\\"))
    return where


COUNTS: Memo[int] = Memo(1024)
CHOICES: Memo[tuple[list[tuple[str, str]], list[str]]] = Memo(256)


def report_page(s: Session, user: PortalUser, query: ListQuery, version: int | None = None) -> ReportPage:
    """A page of the list; with the index ``version``, the count of the matching rows is kept for it."""
    where = and_(*filters(user, query))

    def count() -> int:
        return int(s.scalar(select(func.count()).select_from(PV).where(where)) or 0)

    key = (scope_key(user), query.with_(sort="", page=0), version)
    total = count() if version is None else COUNTS.get(key, count)
    pages = max(1, -(-total // PER_PAGE))
    page = min(max(1, query.page), pages)
    order = SORTS.get(query.sort, SORTS["date"])[1]
    rows = s.execute(select(*_ROW).where(where).order_by(*order).limit(PER_PAGE).offset((page - 1) * PER_PAGE))
    return ReportPage([ReportRow(*r) for r in rows], total, page, pages)


def choices(
    s: Session, user: PortalUser, client_id: str | None, version: int
) -> tuple[list[tuple[str, str]], list[str]]:
    """The list's location and grade choices, kept for the index version."""
    key = (scope_key(user), client_id, version)
    return CHOICES.get(key, lambda: (locations_for(s, user, client_id), grades_for(s, user, client_id)))


def locations_for(s: Session, user: PortalUser, client_id: str | None) -> list[tuple[str, str]]:
    """(id, name) of the locations with published visits the user may see (of one client, when given)."""
    where = [in_scope(user)] + ([PV.client_id == client_id] if client_id else [])
    rows = s.execute(select(PV.location_id, PV.location).where(*where).distinct())
    return sorted(((lid, name) for lid, name in rows), key=lambda r: (r[1].casefold(), r[0]))


def grades_for(s: Session, user: PortalUser, client_id: str | None) -> list[str]:
    """The grade labels the user's visits have, best first."""
    where = [in_scope(user), PV.grade != ""] + ([PV.client_id == client_id] if client_id else [])
    rows = s.execute(select(PV.grade, func.max(PV.grade_min)).where(*where).group_by(PV.grade))
    return [g for g, _ in sorted(rows, key=lambda r: (-(r[1] or 0), r[0]))]


def visit(s: Session, user: PortalUser, visit_id: str) -> PortalVisit | None:
    """One published visit the user may see, or None (not there, or not theirs: the same to them)."""
    row = s.scalar(select(PV).where(PV.visit_id == visit_id, in_scope(user)))
    if row is not None:
        s.expunge(row)  # read after the session ends
    return row


# ------------------------------------------------------------ a period


def period_rows(
    s: Session, client_id: str, start: dt.date, end: dt.date, locations: frozenset[str] | None = None
) -> list[tuple[Any, ...]]:
    """(visit id, location, day, form key, digest, auditor id) of a client's published visits in a period; with
    ``locations``, of those locations only (a location-scoped account's figures)."""
    where = [PV.client_id == client_id, PV.scheduled_date >= start, PV.scheduled_date <= end, PV.digest.is_not(None)]
    if locations is not None:
        where.append(PV.location_id.in_(sorted(locations)))
    q = (
        select(PV.visit_id, PV.location, PV.scheduled_date, PV.form_key, PV.digest, PV.auditor_id)
        .where(*where)
        .order_by(PV.scheduled_date, PV.visit_id)
    )
    return [tuple(r) for r in s.execute(q)]


def names(s: Session, kind: str, ids: set[str], field: str) -> dict[str, str]:
    """``field`` of the records of ``kind`` with these ids (people's or clients' names)."""
    out: dict[str, str] = {}
    items = sorted(ids)
    for i in range(0, len(items), 500):
        chunk = items[i : i + 500]
        for rid, data in s.execute(select(Record.id, Record.data).where(Record.kind == kind, Record.id.in_(chunk))):
            out[rid] = str(data.get(field) or "")
    return out
