"""The visits of one client over a date range, and their figures.

The period report, the dashboard and the data export all start here, and all
compute their figures with ``domain.figures`` (``aggregate`` of the visits'
digests, which is what ``period_figures`` does after scoring), so they agree.

Figures come from each visit's digest (``domain.digest``), kept in the
``visit_digests`` table: written when a visit is approved, and computed and
stored here for a reported visit that has none or a stale one (approved on
another laptop and synced, or by an older version of the app). So opening a
dashboard over 20,000 visits reads 20,000 small rows and scores nothing. The
answers themselves are read only when someone asks for a visit's ``facts``
(the export), and then for the whole period in one go.
"""

from __future__ import annotations

import datetime as dt
import logging
import threading
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import String, and_, delete, insert, select, type_coerce
from sqlalchemy.orm import Session

from mystery_shop.domain.answers import Answers
from mystery_shop.domain.choices import unknown
from mystery_shop.domain.digest import FORMAT, VisitDigest, digest_visit
from mystery_shop.domain.figures import PeriodFigures, ScoredVisit, VisitFacts, VisitRef, aggregate, collector_paused
from mystery_shop.domain.forms import Form
from mystery_shop.domain.messages import msg
from mystery_shop.domain.workflow import VisitStatus
from mystery_shop.store import models as m
from mystery_shop.store.scores import read_answers

from .rows import ServiceError
from .workspace import Workspace

log = logging.getLogger(__name__)

# Visits that count in a client's figures: reviewed and accepted (and locked: their digests are kept).
REPORTED_STATES = (VisitStatus.APPROVED, VisitStatus.PUBLISHED)
CHUNK = 500  # visits per query or transaction (SQLite's bound-variable limit; short write locks)


class _AnswerSource:
    """The answers of a period's visits, read in one go the first time any is asked for."""

    def __init__(self, ws: Workspace, visit_ids: list[str]) -> None:
        self._ws = ws
        self._ids = visit_ids
        self._answers: dict[str, Answers] | None = None
        self._lock = threading.Lock()

    def answers(self, visit_id: str) -> Answers:
        with self._lock:
            if self._answers is None:
                with self._ws.sessions() as s:
                    self._answers = read_answers(s, self._ids)
        return self._answers.get(visit_id, Answers())


@dataclass(frozen=True)
class PeriodVisit:
    scored: ScoredVisit  # which visit (``scored.facts``: id, location, date, form) and its digest
    client: str
    auditor: str
    status: VisitStatus
    _source: _AnswerSource = field(repr=False, compare=False)

    @property
    def ref(self) -> VisitRef | VisitFacts:
        return self.scored.facts

    @property
    def visit_id(self) -> str:
        return self.scored.facts.visit_id

    @property
    def facts(self) -> VisitFacts:
        """The visit with its answers. The first call reads the answers of every visit of the
        period, in one go; ``ref`` and ``scored`` have the rest without reading any."""
        r = self.scored.facts
        return VisitFacts(r.visit_id, r.location, r.date, r.form, self._source.answers(r.visit_id))


@dataclass(frozen=True)
class Period:
    client_id: str
    client: str
    start: dt.date
    end: dt.date
    visits: list[PeriodVisit]

    def figures(self) -> PeriodFigures:
        with collector_paused():
            return aggregate([v.scored for v in self.visits])


def load_period(
    ws: Workspace,
    client: str,
    start: dt.date,
    end: dt.date,
    *,
    states: Iterable[VisitStatus] = REPORTED_STATES,
) -> Period:
    """The visits of ``client`` (a name or id) scheduled from ``start`` to ``end`` inclusive, with their digests."""
    if end < start:
        raise ServiceError(msg("The period ends ({end}) before it starts ({start}).", end=end, start=start))
    with ws.sessions() as s:
        c = s.get(m.Client, client) or s.scalar(select(m.Client).where(m.Client.name == client))
        if c is None:
            raise ServiceError(unknown("client", client, s.scalars(select(m.Client.name).order_by(m.Client.name))))
        client_name, client_id = c.name, c.id
        with collector_paused():
            rows = _visit_rows(s, client_id, start, end, states)
    forms = {key: ws.form(*key) for key in {(r.form_id, r.form_version) for r in rows}}
    days = {text: dt.date.fromisoformat(text) for text in {r.day for r in rows}}
    status_of = {st.value: st for st in VisitStatus}
    missing = [(r.id, forms[r.form_id, r.form_version], status_of[r.status]) for r in rows if r.digest is None]
    computed = _digests_for(ws, missing) if missing else {}
    source = _AnswerSource(ws, [r.id for r in rows])
    from_json = VisitDigest.from_json
    with collector_paused():
        visits = [
            PeriodVisit(
                ScoredVisit(
                    VisitRef(vid, location, days[day], forms[form_id, version]),
                    computed[vid] if data is None else from_json(data),
                ),
                client_name,
                auditor or "",
                status_of[status],
                source,
            )
            for vid, day, form_id, version, status, location, auditor, data in rows
        ]
    return Period(client_id, client_name, start, end, visits)


def _visit_rows(
    s: Session, client_id: str, start: dt.date, end: dt.date, states: Iterable[VisitStatus]
) -> Sequence[Any]:
    """id, day (ISO), form_id, form_version, status, location, auditor, digest (fresh, or None) per visit, by date.

    Plain columns and the day as text: 20,000 ORM objects or date conversions cost more than the figures.
    """
    fresh = and_(
        m.VisitDigest.visit_id == m.Visit.id,
        m.VisitDigest.form_id == m.Visit.form_id,
        m.VisitDigest.form_version == m.Visit.form_version,
        m.VisitDigest.format == FORMAT,
    )
    query = (
        select(
            m.Visit.id,
            type_coerce(m.Visit.scheduled_date, String).label("day"),
            m.Visit.form_id,
            m.Visit.form_version,
            m.Visit.status,
            m.Location.name.label("location"),
            m.Person.display_name.label("auditor"),
            m.VisitDigest.data.label("digest"),
        )
        .join(m.Location, m.Visit.location_id == m.Location.id)
        .outerjoin(m.Person, m.Visit.auditor_id == m.Person.id)
        .outerjoin(m.VisitDigest, fresh)
        .where(
            m.Location.client_id == client_id,
            m.Visit.scheduled_date >= start,
            m.Visit.scheduled_date <= end,
            m.Visit.status.in_([st.value for st in states]),
        )
        .order_by(m.Visit.scheduled_date, m.Visit.id)
    )
    return s.connection().execute(query).all()  # Core, not the ORM: plain rows


def _digests_for(ws: Workspace, visits: list[tuple[str, Form, VisitStatus]]) -> dict[str, VisitDigest]:
    """Digests of visits that have no fresh one: reported visits' are stored (a chunk per
    transaction, so the write lock is short); others' (drafts under way) only computed."""
    kept = [(vid, form) for vid, form, status in visits if status in REPORTED_STATES]
    passing = [(vid, form) for vid, form, status in visits if status not in REPORTED_STATES]
    if kept:
        log.info("computing the digests of %d reported visits", len(kept))
    out: dict[str, VisitDigest] = {}
    for i in range(0, len(kept), CHUNK):
        with ws.sessions.begin() as s:
            out.update(store_digests(s, kept[i : i + CHUNK]))
    with ws.sessions() as s:
        for i in range(0, len(passing), CHUNK):
            chunk = passing[i : i + CHUNK]
            answers = read_answers(s, [vid for vid, _ in chunk])
            out.update((vid, digest_visit(form, answers.get(vid, Answers()))) for vid, form in chunk)
    return out


def store_digests(s: Session, visits: Sequence[tuple[str, Form]]) -> dict[str, VisitDigest]:
    """Score ``visits`` (id, its form) from their answers as stored and keep their digests,
    in the caller's transaction (e.g. the approval's).

    The delete comes first: it takes the database's write lock, so the answers read
    next cannot change before the digests made from them are committed.
    """
    ids = [vid for vid, _ in visits]
    s.execute(delete(m.VisitDigest).where(m.VisitDigest.visit_id.in_(ids)))
    answers = read_answers(s, ids)
    now = m.utcnow()
    out: dict[str, VisitDigest] = {}
    rows = []
    for vid, form in visits:
        d = out[vid] = digest_visit(form, answers.get(vid, Answers()))
        rows.append(
            {
                "visit_id": vid,
                "form_id": form.id,
                "form_version": form.version,
                "format": FORMAT,
                "data": d.to_json(),
                "computed_at": now,
            }
        )
    if rows:
        s.execute(insert(m.VisitDigest), rows)
    return out
