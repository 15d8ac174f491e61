"""Demo visits made to trip each quality check (issue 32), so a newcomer sees every check in the queue.

Each is an ordinary demo visit with one thing wrong on purpose: a failure without a comment, a rule
broken, a failed bill without its photo, a visit too short or answered too fast, a comment and a photo
used twice, an auditor who answers everything the same, an auditor far above the others. The blocking
rule is on a draft: the auditor meets it in the finish dialog.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from typing import Any

from sqlalchemy import select, update

from mystery_shop.domain.forms import Form
from mystery_shop.domain.workflow import VisitStatus
from mystery_shop.store import models as m

from .rows import LocationRow, PersonRow
from .signature_art import signature_png
from .workspace import Workspace

Answerer = Callable[[Any, float, random.Random], object]
Finisher = Callable[[Workspace, str, VisitStatus, str, random.Random], None]
Photographer = Callable[[Workspace, Any, Form, VisitStatus, random.Random], None]

REUSED = "The fitting room was closed with no sign saying why."


NOTES = ["Seen at {t}: {what}, not as the standard asks.", "At {t}, {what}: no.", "{what}? Not on this visit ({t}).",
         "Checked twice around {t}; {what} was not the case."]  # fmt: skip


def explain_failures(ed: Any, rng: random.Random, skip: set[str] | None = None, share: float = 1.0) -> None:
    """Write what a careful auditor writes beside each failed question (each note worded for its visit)."""
    for q in ed.form.questions():
        r = ed.score.questions.get(q.id) if ed.score.questions else None
        if r is None or not (r.possible > 0 and r.earned == 0) or q.id in (skip or ()) or q.id in ed.comments:
            continue
        if rng.random() < share:
            t = f"{rng.randint(9, 18)}:{rng.randint(0, 59):02d}"
            ed.set_comment(q.id, rng.choice(NOTES).format(t=t, what=q.text.rstrip("?").lower()))


def add_tripping_visits(
    ws: Workspace,
    forms: dict[str, Form],
    locations: dict[str, list[LocationRow]],  # form id -> where its visits go
    auditors: list[PersonRow],
    supervisor_id: str,
    *,
    answer: Answerer,
    finish: Finisher,
    photograph: Photographer,
    scenario: Callable[[str, int], str],
    seed: int = 32,
) -> int:
    """Add the tripping visits; returns how many were made (none for a sample form that is missing)."""
    rng = random.Random(seed)
    today = dt.date.today()
    made: list[str] = []
    zoe, tomasz, amara = auditors[:3]

    def visit(form_id: str, n: int, auditor: PersonRow, day: dt.date, status: VisitStatus = VisitStatus.SUBMITTED,
              values: dict[str, object] | None = None, comments: dict[str, str] | None = None, skill: float = 1.0,
              explain: str = "", minutes: float | None = None,
              seed_answers: int | None = None) -> str | None:  # fmt: skip
        form = forms.get(form_id)
        if form is None:
            return None
        places = locations[form_id]
        visit_id = ws.create_visit(
            form.id, places[n % len(places)].id, day, auditor_id=auditor.id, scenario=scenario(form.id, n)
        )
        ed = ws.open_visit(visit_id)
        answers_rng = random.Random(seed_answers) if seed_answers is not None else rng
        base = {q.id: v for q in form.questions() if (v := answer(q, skill, answers_rng)) is not None}
        ed.set_answers({**base, **(values or {})})
        explain_failures(ed, rng, skip=set(comments or {}))
        for qid, text in (comments or {}).items():
            ed.set_comment(qid, text)
        photograph(ws, ed, form, status, rng)
        if status is not VisitStatus.DRAFT:
            ed.sign(signature_png(auditor.display_name), auditor.display_name)
            finish(ws, visit_id, status, supervisor_id, rng)
            with ws.sessions.begin() as s:
                v = s.get(m.Visit, visit_id)
                assert v is not None
                if minutes is not None and v.started_at is not None:
                    v.finished_at = v.started_at + dt.timedelta(minutes=minutes)
                if explain:
                    s.execute(
                        update(m.AuditEntry)
                        .where(m.AuditEntry.visit_id == visit_id, m.AuditEntry.to_status == "submitted")
                        .values(detail=explain)
                    )
        made.append(visit_id)
        return visit_id

    week = today - dt.timedelta(days=9)
    # comment-missing: a failure left unexplained
    visit("retail-store-visit", 0, zoe, week, values={"staff_on_phone": "yes"}, comments={"staff_on_phone": ""},
          explain="Forgot the note; the assistant took a personal call at the till.")  # fmt: skip
    # rule, a warning: not resolved, yet resolved within a minute
    visit("contact-centre-audit", 1, tomasz, week, values={"call_resolved": "no", "call_resolution_time": 40},
          explain="The agent hung up after 40 seconds.")  # fmt: skip
    # rule, a block: on a draft, as the auditor meets it before submitting
    visit("retail-store-visit", 1, tomasz, today, status=VisitStatus.DRAFT,
          values={"greeted": "no", "wait_to_greet": 12})  # fmt: skip
    # photo-missing: the bill was wrong and nobody photographed it
    visit("restaurant-visit", 0, amara, today, values={"bill_correct": "no"}, explain="The bill was taken away.")
    # too-short: six minutes in a bank branch
    visit("bank-branch-visit", 0, tomasz, week, minutes=6, explain="The branch closed early.")
    # too-fast: a whole call audit signed twenty seconds after the first answer
    visit("contact-centre-audit", 2, zoe, week, minutes=0.05)
    # comment-reused: the same sentence in two visits
    for n, who in ((2, zoe), (3, tomasz)):
        visit("retail-store-visit", n, who, week, values={"entrance_clean": "no"}, comments={"entrance_clean": REUSED})
    # photo-reused: one photo in two visits
    if len(made) >= 2:
        with ws.sessions.begin() as s:
            photo = s.scalars(select(m.Photo).where(m.Photo.visit_id == made[0])).first()
            if photo is not None:
                s.add(m.Photo(visit_id=made[-1], section_id=photo.section_id, sha256=photo.sha256,
                              filename=photo.filename, taken_at=photo.taken_at))  # fmt: skip
    # straight-lining: an auditor's last five call audits (today's), answered identically
    for k in range(5):
        visit("contact-centre-audit", 3 + k, amara, today, seed_answers=5)
    # auditor-outlier: in one month, one auditor's perfect scores beside the others' ordinary ones
    month = (today.replace(day=1) - dt.timedelta(days=1)).replace(day=20)
    for k in range(8):
        visit("restaurant-visit", k, amara, month - dt.timedelta(days=k), skill=1.0)
        for who, n in ((zoe, k + 1), (tomasz, k + 2))[
            : 2 if k < 6 else 0
        ]:  # ordinary: no critical failure, middling elsewhere
            visit("restaurant-visit", n, who, month - dt.timedelta(days=k), skill=0.55,
                  values={"bill_correct": "yes", "main_quality": 4})  # fmt: skip
    return len(made)
