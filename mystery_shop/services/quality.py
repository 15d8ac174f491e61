"""Quality checks over the profile's visits: each visit's form checks plus the checks across visits.

A few queries (visits, the stamps of their answers and photos, then the
answers and photos of the visits that changed since the last load) read what
the checks need; the rules
are ``domain.checks`` (one visit, from its form) and ``domain.cross_checks``
(across visits, with each client's thresholds). Drafts are left out: a visit
is judged once its auditor has submitted it.
"""

from __future__ import annotations

import weakref
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ScalarSelect, String, func, select, type_coerce
from sqlalchemy.orm import Session

from mystery_shop.domain.answers import Answers, AnswerValue
from mystery_shop.domain.checks import CheckResult, Severity, VisitFacts, visit_checks, visit_minutes
from mystery_shop.domain.cross_checks import CheckSettings, FormFacts, VisitRecord, cross_visit_checks
from mystery_shop.domain.messages import msg
from mystery_shop.domain.workflow import VisitStatus
from mystery_shop.store import models as m

from .rows import ServiceError
from .unit_of_work import unit_of_work
from .workspace_protocol import WorkspaceView

JUDGED = tuple(s.value for s in VisitStatus if s is not VisitStatus.DRAFT)


@dataclass(frozen=True, slots=True)
class LoadedVisit:
    """One visit as the checks read it: the record for the checks across visits, and its own form checks."""

    record: VisitRecord
    own: tuple[CheckResult, ...]


def client_settings(ws: WorkspaceView) -> dict[str, CheckSettings]:
    with ws.sessions() as s:
        return {
            cid: CheckSettings.from_json(raw) for cid, raw in s.execute(select(m.Client.id, m.Client.check_settings))
        }


def set_client_settings(ws: WorkspaceView, client_id: str, settings: CheckSettings) -> None:
    """Keep a client's thresholds; they sync with the client."""
    with unit_of_work(ws) as w:
        c = w.s.get(m.Client, client_id)
        if c is None:
            raise ServiceError(msg("That client no longer exists."))
        c.check_settings = settings.to_json()
        fields = {"name": c.name, "archived": c.archived, "language": c.language, "check_settings": c.check_settings}
        w.record("client", c.id, fields, c.rev)


def load_visits(ws: WorkspaceView, statuses: Iterable[str] = JUDGED) -> list[LoadedVisit]:
    """Every visit in ``statuses`` with what its checks read; a visit unchanged since the last load is not re-read.

    A visit's stamp is its row (status, times, total, client) with the count, latest change and revisions of its
    answers and photos, read by two aggregate queries; only visits whose stamp moved have their answers and photos
    read and their own form checks worked out again. A judged visit seldom changes, so a review queue's reload
    reads the visits' rows and those aggregates, not every answer again.
    """
    statuses = sorted(statuses)
    v, loc, a, p = m.Visit, m.Location, m.Answer, m.Photo
    judged = select(v.id).where(v.status.in_(statuses)).scalar_subquery()
    with ws.sessions() as s:
        rows = s.execute(
            select(v.id, loc.client_id, v.location_id, v.auditor_id, v.form_id, v.form_version, v.scheduled_date,
                   v.score_total, v.started_at, v.finished_at, v.rev, _as_text(v.updated_at))
            .join(loc, v.location_id == loc.id)
            .where(v.status.in_(statuses))
        ).all()  # fmt: skip
        answer_stamps = {
            r[0]: tuple(r[1:])
            for r in s.execute(
                select(a.visit_id, func.count(), func.max(_as_text(a.updated_at)), func.sum(a.rev))
                .where(a.visit_id.in_(judged))
                .group_by(a.visit_id)
            )
        }
        photo_stamps = {
            r[0]: tuple(r[1:])
            for r in s.execute(
                select(p.visit_id, func.count(), func.max(_as_text(p.updated_at)), func.sum(p.rev), func.sum(p.deleted))
                .where(p.visit_id.in_(judged))
                .group_by(p.visit_id)
            )
        }
        cache = _cache(ws, tuple(statuses))
        stamps = {r[0]: (tuple(r), answer_stamps.get(r[0]), photo_stamps.get(r[0])) for r in rows}
        hits = {k: v for k, (stamp, v) in list(cache.items()) if stamps.get(k) == stamp}
        stale = [r for r in rows if r[0] not in hits]
        answers, photos = _read(s, [r[0] for r in stale], judged)
    forms: dict[tuple[str, int], FormFacts] = {}
    fresh: dict[str, LoadedVisit] = {}
    for row in stale:
        facts = forms.get((row[4], row[5]))
        if facts is None:
            facts = forms[(row[4], row[5])] = FormFacts(ws.form(row[4], row[5]))
        fresh[row[0]] = _loaded(row, facts, answers.get(row[0], ()), photos.get(row[0], ()))
        cache[row[0]] = (stamps[row[0]], fresh[row[0]])
    for gone in cache.keys() - stamps.keys():
        cache.pop(gone, None)  # pop: a load in another thread may have dropped it already
    # from this load's own findings: another thread's load may change the shared cache meanwhile
    return [fresh[r[0]] if r[0] in fresh else hits[r[0]] for r in rows]


def _as_text(column: Any) -> Any:
    """A time as the store keeps it: a stamp compares it, so it is not turned into a datetime (10,000s per load)."""
    return type_coerce(column, String)


_Stamp = tuple[object, ...]
_CACHE: weakref.WeakKeyDictionary[object, dict[tuple[str, ...], dict[str, tuple[_Stamp, LoadedVisit]]]] = (
    weakref.WeakKeyDictionary()
)
_IN_CHUNK = 500  # ids per IN (...): SQLite's bound-parameter limit


def _cache(ws: WorkspaceView, statuses: tuple[str, ...]) -> dict[str, tuple[_Stamp, LoadedVisit]]:
    """What the last load of this workspace found, per visit: its stamp and what the checks read of it."""
    return _CACHE.setdefault(ws, {}).setdefault(statuses, {})


def _read(
    s: Session, ids: list[str], judged: ScalarSelect[str]
) -> tuple[dict[str, list[tuple[str, AnswerValue | None, bool, str]]], dict[str, list[tuple[str, str]]]]:
    """The answers and live photos of visits ``ids`` (all judged visits at once when that is most of them)."""
    answers: dict[str, list[tuple[str, AnswerValue | None, bool, str]]] = defaultdict(list)
    photos: dict[str, list[tuple[str, str]]] = defaultdict(list)
    if not ids:
        return answers, photos
    a, p = m.Answer, m.Photo
    wanted = set(ids)
    chunks = [judged] if len(ids) > _IN_CHUNK else [ids]
    for chunk in chunks:
        for vid, qid, value, na, comment in s.execute(
            select(a.visit_id, a.question_id, a.value, a.na, a.comment).where(a.visit_id.in_(chunk))
        ):
            if vid in wanted:
                answers[vid].append((qid, value, na, comment))
        for vid, sha, section in s.execute(
            select(p.visit_id, p.sha256, p.section_id).where(p.visit_id.in_(chunk), p.deleted.is_(False))
        ):
            if vid in wanted:
                photos[vid].append((sha, section))
    return answers, photos


def _loaded(
    row: Sequence[Any],
    facts: FormFacts,
    answers: Iterable[tuple[str, AnswerValue | None, bool, str]],
    photos: Sequence[tuple[str, str]],
) -> LoadedVisit:
    vid, client_id, location_id, auditor_id, form_id, _version, day, total, started, finished = row[:10]
    visit = VisitRecord(vid, client_id, location_id, auditor_id, form_id, day, total,
                        started_at=started, finished_at=finished)  # fmt: skip
    record, values, na = facts.record(visit, answers, (sha for sha, _ in photos))
    own: tuple[CheckResult, ...] = ()
    if facts.form.checks:
        counts = Counter(section for _, section in photos)
        minutes = visit_minutes(started, finished)
        own = tuple(visit_checks(facts.form, Answers(values, na), VisitFacts(dict(record.comments), counts, minutes)))
    return LoadedVisit(record, own)


def all_checks(ws: WorkspaceView, visits: list[LoadedVisit] | None = None) -> dict[str, list[CheckResult]]:
    """Each judged visit's checks: its form's, then those across visits (visits with none map to [])."""
    visits = load_visits(ws) if visits is None else visits
    across = cross_visit_checks((lv.record for lv in visits), client_settings(ws))
    return {lv.record.id: [*lv.own, *across.get(lv.record.id, [])] for lv in visits}


def checks_of(ws: WorkspaceView, visit_id: str) -> list[CheckResult] | None:
    """One visit's checks with the others it is compared with; None for a draft (its form checks are the editor's)."""
    return all_checks(ws).get(visit_id)


def risk(checks: Iterable[CheckResult]) -> int:
    """How much a visit's checks ask of a reader: a block counts as three warnings."""
    return sum(3 if c.severity is Severity.BLOCK else 1 for c in checks)
