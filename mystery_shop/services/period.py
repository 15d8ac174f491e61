"""The visits of one client over a date range, as the facts the figures need.

The period report, the dashboard and the data export all start here, and all
compute their figures with ``domain.figures.period_figures``, so they agree.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from fractions import Fraction

from sqlalchemy import Text, select, type_coerce

from mystery_shop.domain.answers import Answers, AnswerValue, Override
from mystery_shop.domain.figures import PeriodFigures, VisitFacts, period_figures
from mystery_shop.domain.workflow import VisitStatus
from mystery_shop.store import models as m

from .rows import ServiceError
from .workspace import Workspace

# Visits that count in a client's figures: reviewed and accepted.
REPORTED_STATES = (VisitStatus.APPROVED, VisitStatus.PUBLISHED)


@dataclass(frozen=True)
class PeriodVisit:
    facts: VisitFacts
    client: str
    auditor: str
    status: VisitStatus


@dataclass(frozen=True)
class Period:
    client_id: str
    client: str
    start: dt.date
    end: dt.date
    visits: list[PeriodVisit]

    def figures(self) -> PeriodFigures:
        return period_figures([v.facts for v in self.visits])


def load_period(
    ws: Workspace,
    client: str,
    start: dt.date,
    end: dt.date,
    *,
    states: Iterable[VisitStatus] = REPORTED_STATES,
) -> Period:
    """The visits of ``client`` (a name or id) scheduled from ``start`` to ``end`` inclusive."""
    if end < start:
        raise ServiceError(f"The period ends ({end}) before it starts ({start}).")
    with ws.sessions() as s:
        c = s.get(m.Client, client) or s.scalar(select(m.Client).where(m.Client.name == client))
        if c is None:
            raise ServiceError(f"No client called {client!r}.")
        rows = s.execute(
            select(m.Visit, m.Location.name, m.Person.display_name)
            .join(m.Location, m.Visit.location_id == m.Location.id)
            .outerjoin(m.Person, m.Visit.auditor_id == m.Person.id)
            .where(
                m.Location.client_id == c.id,
                m.Visit.scheduled_date >= start,
                m.Visit.scheduled_date <= end,
                m.Visit.status.in_([st.value for st in states]),
            )
            .order_by(m.Visit.scheduled_date, m.Visit.id)
        ).all()
        ids = [v.id for v, _, _ in rows]
        answers = _answers(s, ids)
        client_name, client_id = c.name, c.id
    visits = []
    for v, location, auditor in rows:
        form = ws.form(v.form_id, v.form_version)
        facts = VisitFacts(v.id, location, v.scheduled_date, form, answers.get(v.id, Answers()))
        visits.append(PeriodVisit(facts, client_name, auditor or "", VisitStatus(v.status)))
    return Period(client_id, client_name, start, end, visits)


def _answers(s, visit_ids: list[str]) -> dict[str, Answers]:  # type: ignore[no-untyped-def]
    """Answers and overrides of many visits in two queries (chunked for SQLite's variable limit)."""
    values: dict[str, dict[str, AnswerValue]] = defaultdict(dict)
    na: dict[str, set[str]] = defaultdict(set)
    overrides: dict[str, dict[str, Override]] = defaultdict(dict)
    # The JSON is decoded here, once per distinct text: answers repeat ("yes", 4, 42...), and
    # decoding 400,000 of them one by one is most of a large period's load time.
    raw = type_coerce(m.Answer.value, Text)
    decoded: dict[str, AnswerValue] = {}
    for i in range(0, len(visit_ids), 500):
        chunk = visit_ids[i : i + 500]
        for vid, qid, text, is_na in s.execute(
            select(m.Answer.visit_id, m.Answer.question_id, raw, m.Answer.na).where(m.Answer.visit_id.in_(chunk))
        ):
            if is_na:
                na[vid].add(qid)
            elif not isinstance(text, str):  # SQLite gives numbers back as numbers (the column's affinity)
                if text is not None:
                    values[vid][qid] = text
            elif text != "null":
                value = decoded.get(text)
                if value is None:
                    value = json.loads(text)
                    if not isinstance(value, list):  # lists are answers of their own, never shared
                        decoded[text] = value
                values[vid][qid] = value
        for o in s.scalars(
            select(m.ScoreOverride).where(m.ScoreOverride.visit_id.in_(chunk)).order_by(m.ScoreOverride.created_at)
        ):
            overrides[o.visit_id][o.question_id] = Override(Fraction(o.points), o.reason)
    return {
        vid: Answers(values.get(vid, {}), frozenset(na.get(vid, ())), overrides.get(vid, {}))
        for vid in set(values) | set(na) | set(overrides)
    }
