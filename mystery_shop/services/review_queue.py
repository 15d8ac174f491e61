"""The review queue: submitted visits, oldest submission first, each with its evidence flags.

One query for the visits, one for their photos and one for photos reused in
other visits; the flags themselves come from ``domain.evidence``, the same
rules the visit screen and the report apply.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from dataclasses import dataclass

from sqlalchemy import func, select

from mystery_shop.domain.checks import CheckResult
from mystery_shop.domain.evidence import FlagCode, PhotoFacts, VisitFacts, check_photo, photo_count_problems
from mystery_shop.domain.messages import join
from mystery_shop.domain.workflow import VisitStatus
from mystery_shop.store import models as m

from . import review
from .quality import all_checks, risk
from .workspace import Workspace


@dataclass(frozen=True, slots=True)
class QueueRow:
    id: str
    submitted_at: dt.datetime | None
    scheduled_date: dt.date
    client_id: str
    client: str
    location_id: str
    location: str
    auditor_id: str | None
    auditor: str
    form_id: str
    form_title: str
    score: float | None
    grade: str | None
    complete: bool  # every shown, required question answered: else the score is "so far"
    critical_failed: bool
    flags: frozenset[FlagCode]
    flag_reasons: tuple[str, ...]  # one line per flagged photo or touchpoint
    checks: tuple[CheckResult, ...] = ()  # the form's quality checks and those across visits (services.quality)

    @property
    def risk(self) -> int:
        return risk(self.checks)


def review_queue(ws: Workspace, status: VisitStatus = VisitStatus.SUBMITTED) -> list[QueueRow]:
    """The visits waiting for review, the riskiest first (by their checks), then the longest-waiting."""
    v, loc, c, f, p, a = m.Visit, m.Location, m.Client, m.FormVersion, m.Person, m.AuditEntry
    submitted = (
        select(a.visit_id, func.max(a.at).label("at"))
        .where(a.kind == "transition", a.to_status == VisitStatus.SUBMITTED.value)
        .group_by(a.visit_id)
        .subquery()
    )
    q = (
        select(v, submitted.c.at, c.id, c.name, loc, f.title, p.display_name)
        .join(loc, v.location_id == loc.id)
        .join(c, loc.client_id == c.id)
        .join(f, (f.form_id == v.form_id) & (f.version == v.form_version))
        .outerjoin(p, v.auditor_id == p.id)
        .outerjoin(submitted, submitted.c.visit_id == v.id)
        .where(v.status == status.value)
    )
    with ws.sessions() as s:
        rows = s.execute(q).all()
        ids = [r[0].id for r in rows]
        photos: dict[str, list[m.Photo]] = defaultdict(list)
        for ph in s.scalars(select(m.Photo).where(m.Photo.visit_id.in_(ids), m.Photo.deleted.is_(False))):
            photos[ph.visit_id].append(ph)
        hashes = {ph.sha256 for phs in photos.values() for ph in phs}
        uses: dict[str, set[str]] = defaultdict(set)
        for i in range(0, len(hashes), 500):
            chunk = list(hashes)[i : i + 500]
            for sha, vid in s.execute(
                select(m.Photo.sha256, m.Photo.visit_id).where(m.Photo.sha256.in_(chunk), m.Photo.deleted.is_(False))
            ):
                uses[sha].add(vid)
    checks = all_checks(ws) if status is not VisitStatus.DRAFT else {}
    tz = dt.datetime.now().astimezone().tzinfo
    out = []
    for visit, at, client_id, client, location, title, auditor in rows:
        facts = VisitFacts(visit.scheduled_date, visit.started_at, location.latitude, location.longitude, tz)
        codes: set[FlagCode] = set()
        reasons: list[str] = []
        for ph in photos.get(visit.id, []):
            others = uses.get(ph.sha256, set()) - {visit.id}
            for flag in check_photo(PhotoFacts(ph.sha256, ph.taken_at, ph.latitude, ph.longitude), facts, others):
                codes.add(flag.code)
                reasons.append(join((f"{ph.filename or 'photo'}:", flag.reason)))
        form = ws.form(visit.form_id, visit.form_version)
        counts = Counter(ph.section_id for ph in photos.get(visit.id, []))
        for problem in photo_count_problems(form.sections, counts):
            codes.add(problem.code)
            reasons.append(problem.reason)
        out.append(
            QueueRow(
                visit.id,
                at,
                visit.scheduled_date,
                client_id,
                client,
                location.id,
                location.name,
                visit.auditor_id,
                auditor or "",
                visit.form_id,
                title,
                visit.score_total,
                visit.grade,
                bool(visit.complete),
                bool(visit.critical_failed),
                frozenset(codes),
                tuple(reasons),
                tuple(checks.get(visit.id, ())),
            )
        )
    oldest = dt.datetime.max.replace(tzinfo=dt.UTC)
    out.sort(key=lambda r: (-r.risk, r.submitted_at or oldest, r.scheduled_date, r.id))
    return out


def is_clean(row: QueueRow) -> bool:
    """No quality check and no evidence flag: nothing a supervisor needs to read before approving."""
    return not row.checks and not row.flags


def approve_clean(ws: Workspace, visit_ids: list[str]) -> tuple[list[str], int]:
    """Approve those of ``visit_ids`` that are submitted and clean, each with its own audit entry.

    Returns the approved ids and how many were left for reading (flagged, or no longer submitted).
    """
    queue = {r.id: r for r in review_queue(ws)}
    approved = []
    for visit_id in visit_ids:
        row = queue.get(visit_id)
        if row is not None and is_clean(row):
            review.approve(ws.open_visit(visit_id))
            approved.append(visit_id)
    return approved, len(visit_ids) - len(approved)
