"""Quality checks over the profile's visits: each visit's form checks plus the checks across visits.

Three queries (visits, answers, photos) read what the checks need; the rules
are ``domain.checks`` (one visit, from its form) and ``domain.cross_checks``
(across visits, with each client's thresholds). Drafts are left out: a visit
is judged once its auditor has submitted it.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import select

from mystery_shop.domain.answers import Answers, AnswerValue
from mystery_shop.domain.checks import CheckResult, Severity, VisitFacts, visit_checks, visit_minutes, word_count
from mystery_shop.domain.cross_checks import CheckSettings, VisitRecord, cross_visit_checks
from mystery_shop.domain.forms import Form
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
    """Every visit in ``statuses`` with what its checks read (three queries, whatever the number of visits)."""
    v, loc = m.Visit, m.Location
    with ws.sessions() as s:
        rows = s.execute(
            select(v.id, loc.client_id, v.location_id, v.auditor_id, v.form_id, v.form_version, v.scheduled_date,
                   v.score_total, v.started_at, v.finished_at)
            .join(loc, v.location_id == loc.id)
            .where(v.status.in_(list(statuses)))
        ).all()  # fmt: skip
        ids = {r[0] for r in rows}
        answers: dict[str, list[tuple[str, AnswerValue | None, bool, str]]] = defaultdict(list)
        a = m.Answer
        for vid, qid, value, na, comment in s.execute(select(a.visit_id, a.question_id, a.value, a.na, a.comment)):
            if vid in ids:
                answers[vid].append((qid, value, na, comment))
        photos: dict[str, list[tuple[str, str]]] = defaultdict(list)
        p = m.Photo
        for vid, sha, section in s.execute(select(p.visit_id, p.sha256, p.section_id).where(p.deleted.is_(False))):
            if vid in ids:
                photos[vid].append((sha, section))
    forms: dict[tuple[str, int], _FormFacts] = {}
    out = []
    for vid, client_id, location_id, auditor_id, form_id, version, day, total, started, finished in rows:
        facts = forms.get((form_id, version))
        if facts is None:
            facts = forms[(form_id, version)] = _FormFacts(ws.form(form_id, version))
        values: dict[str, AnswerValue] = {}
        na: set[str] = set()
        comments: dict[str, str] = {}
        for qid, value, is_na, comment in answers.get(vid, ()):
            if is_na:
                na.add(qid)
            elif value is not None:
                values[qid] = value
            if comment:
                comments[qid] = comment
        own: tuple[CheckResult, ...] = ()
        if facts.form.checks:
            counts = Counter(section for _, section in photos.get(vid, ()))
            own = tuple(
                visit_checks(
                    facts.form,
                    Answers(values, frozenset(na)),
                    VisitFacts(comments, counts, visit_minutes(started, finished)),
                )
            )
        record = VisitRecord(
            id=vid,
            client_id=client_id,
            location_id=location_id,
            auditor_id=auditor_id,
            form_id=form_id,
            day=day,
            total=total,
            scored_answers={q: x for q, x in values.items() if q in facts.scored},
            comments=comments,
            photos=frozenset(sha for sha, _ in photos.get(vid, ())),
            started_at=started,
            finished_at=finished,
            reading_words=sum(facts.words.get(q, 0) for q in values),
        )
        out.append(LoadedVisit(record, own))
    return out


class _FormFacts:
    """What the checks need of a form, worked out once per form version."""

    def __init__(self, form: Form) -> None:
        self.form = form
        self.scored = frozenset(q.id for q in form.questions() if q.is_scored)
        self.words = {q.id: word_count(q.text) for q in form.questions()}


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
