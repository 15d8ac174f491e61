"""The checks across visits on the server, for the portal's figures: the same domain code as a supervisor's queue.

A client's judged visits (every status past draft), their answers and live photos are read from the synced
records in two queries, turned into ``domain.cross_checks.VisitRecord`` by ``FormFacts.record`` (the laptop's
builder) and judged by ``cross_visit_checks`` with the client's own thresholds (its synced ``check_settings``).
The dashboard counts the period's published visits that a check stands against; its figures are kept per
index version, so this runs once per publish, not per page view.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from mystery_shop.domain.answers import AnswerValue
from mystery_shop.domain.checks import CheckResult
from mystery_shop.domain.cross_checks import CheckSettings, FormFacts, VisitRecord, cross_visit_checks

from ..models import Record
from . import index

DRAFT = "draft"


def client_cross_checks(s: Session, client_id: str) -> dict[str, list[CheckResult]]:
    """The checks across visits that fire on ``client_id``'s judged visits, per visit id (as the queue finds)."""
    R = Record
    visits = s.execute(
        select(R.id, R.auditor_id, R.data).where(R.kind == "visit", R.client_id == client_id, R.status != DRAFT)
    ).all()
    judged = select(R.id).where(R.kind == "visit", R.client_id == client_id, R.status != DRAFT).scalar_subquery()
    answers: dict[str, list[tuple[str, AnswerValue | None, bool, str]]] = defaultdict(list)
    photos: dict[str, list[str]] = defaultdict(list)
    for kind, vid, data in s.execute(
        select(R.kind, R.visit_id, R.data).where(R.kind.in_(("answer", "photo")), R.visit_id.in_(judged))
    ):
        if kind == "answer":
            answers[vid].append((str(data.get("question_id")), data.get("value"), bool(data.get("na")),
                                 str(data.get("comment") or "")))  # fmt: skip
        elif not data.get("deleted") and data.get("sha256"):
            photos[vid].append(str(data["sha256"]))
    client = s.scalar(select(R.data).where(R.kind == "client", R.id == client_id))
    settings = {client_id: CheckSettings.from_json((client or {}).get("check_settings"))}
    facts: dict[str, FormFacts | None] = {}
    records = []
    for vid, auditor_id, data in visits:
        key = f"{data.get('form_id')}@{data.get('form_version')}"
        if key not in facts:
            form = index.FORMS.get(s, key)
            facts[key] = None if form is None else FormFacts(form)
        ff, day = facts[key], _date(data.get("scheduled_date"))
        if ff is None or day is None:
            continue  # a form this server cannot read, or a visit without its day: nothing to compare
        visit = VisitRecord(
            id=vid,
            client_id=client_id,
            location_id=str(data.get("location_id")),
            auditor_id=auditor_id,
            form_id=str(data.get("form_id")),
            day=day,
            total=data.get("score_total"),
            started_at=_time(data.get("started_at")),
            finished_at=_time(data.get("finished_at")),
        )
        records.append(ff.record(visit, answers.get(vid, ()), photos.get(vid, ()))[0])
    return cross_visit_checks(records, settings)


def _date(v: Any) -> dt.date | None:
    try:
        return dt.date.fromisoformat(v) if isinstance(v, str) else v if isinstance(v, dt.date) else None
    except ValueError:
        return None


def _time(v: Any) -> dt.datetime | None:
    try:
        return dt.datetime.fromisoformat(v) if isinstance(v, str) else None
    except ValueError:
        return None
