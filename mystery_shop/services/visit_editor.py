"""One visit opened for work: its form, answers and score in memory, every change
written through to the database in its own transaction before it returns.

There is no Save: when ``set_answer`` returns, the answer is committed with
``synchronous=FULL`` and survives the laptop losing power.
"""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Callable, Mapping
from contextlib import AbstractContextManager
from dataclasses import replace
from fractions import Fraction
from typing import TYPE_CHECKING, Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from mystery_shop.domain.answers import AnswerError, Answers, AnswerValue, Override, normalize_value
from mystery_shop.domain.checks import CheckResult, VisitFacts, submit_refusal, visit_checks, visit_minutes
from mystery_shop.domain.choices import unknown
from mystery_shop.domain.forms import Form, Question
from mystery_shop.domain.messages import join, message_of, msg
from mystery_shop.domain.readiness import MissingItem, missing_items
from mystery_shop.domain.scoring import VisitScore, score_visit
from mystery_shop.domain.workflow import STATE_WORDS, Action, Decision, VisitStatus, decide, next_status
from mystery_shop.photos.errors import PhotoRefused
from mystery_shop.photos.signature import signature_png
from mystery_shop.store import models as m
from mystery_shop.store.answer_writes import mark_started, store_score, upsert_answer

from .changes import Changes
from .rows import AuditRow, OverrideRow, PhotoRow, ReviewCommentRow, ServiceError, VisitHeader
from .unit_of_work import Work, refuse_unless, unit_of_work

if TYPE_CHECKING:
    from .workspace_protocol import WorkspaceView

log = logging.getLogger(__name__)

ATTESTATION = (
    "I confirm that I carried out this visit in person as described, and that the answers, "
    "timings and photos in this report are a true record of what I experienced."
)


UNSIGN = "unsign"  # the audit entry of a signature cleared by a change after signing


class SignatureRefused(ServiceError):
    """The signature image is not one: not an image, cut short, empty or blank."""


class VisitEditor:
    def __init__(
        self,
        ws: WorkspaceView,
        header: VisitHeader,
        form: Form,
        answers: Answers,
        comments: dict[str, str],
    ) -> None:
        self.ws = ws
        self.header = header
        self.form = form
        self.answers = answers
        self.comments = comments
        self.score = score_visit(form, answers, detail=True)

    # ------------------------------------------------------------ loading

    @classmethod
    def load(cls, ws: WorkspaceView, visit_id: str) -> VisitEditor:
        with ws.sessions() as s:
            header = load_header(s, visit_id)
            form = ws.form(header.form_id, header.form_version)
            values: dict[str, AnswerValue] = {}
            na: set[str] = set()
            comments: dict[str, str] = {}
            for a in s.scalars(select(m.Answer).where(m.Answer.visit_id == visit_id)):
                if a.na:
                    na.add(a.question_id)
                elif a.value is not None:
                    values[a.question_id] = a.value
                if a.comment:
                    comments[a.question_id] = a.comment
            overrides = {o.question_id: Override(o.points, o.reason) for o in _overrides(s, visit_id)}
        answers = Answers(values, frozenset(na), overrides)
        return cls(ws, header, form, answers, comments)

    @property
    def id(self) -> str:
        return self.header.id

    @property
    def editable(self) -> bool:
        return bool(decide(self.ws.me.role, Action.EDIT, self.header.status, own=True))

    def question(self, question_id: str) -> Question:
        q = self.form.question(question_id)
        if q is None:
            raise ServiceError(unknown("question", question_id, [q.id for q in self.form.questions()]))
        return q

    # ------------------------------------------------------------ answering

    def set_answer(self, question_id: str, value: object) -> VisitScore:
        """Answer a question (``None`` clears the answer); durable when it returns."""
        q = self.question(question_id)
        clean = None if value is None else self._normalize(q, value)
        values = dict(self.answers.values)
        if clean is None:
            values.pop(question_id, None)
        else:
            values[question_id] = clean
        answers = replace(self.answers, values=values, na=self.answers.na - {question_id})
        return self._write_answer(q, answers, {"value": clean, "na": False})

    def set_na(self, question_id: str, na: bool) -> VisitScore:
        q = self.question(question_id)
        if na and not q.na:
            raise ServiceError(msg("{text!r} cannot be answered N/A.", text=q.text))
        values = dict(self.answers.values)
        if na:
            values.pop(question_id, None)
        answers = replace(
            self.answers, values=values, na=self.answers.na | {question_id} if na else self.answers.na - {question_id}
        )
        # Unticking N/A keeps whatever value the question has: the row, the sync change and the score all
        # say the same (writing only ``na`` would clear the stored value under a score that still counts it).
        return self._write_answer(q, answers, {"value": values.get(question_id), "na": na})

    def set_comment(self, question_id: str, text: str) -> None:
        q = self.question(question_id)
        self.comments = {**self.comments, question_id: text}
        if not text:
            self.comments.pop(question_id)
        self._write_answer(q, self.answers, {"comment": text})

    def set_answers(self, values: Mapping[str, object], na: frozenset[str] | set[str] = frozenset()) -> VisitScore:
        """Apply many answers at once (the CLI's answers file): all or nothing, one transaction."""
        self._check_editable()
        problems: list[str] = []
        clean: dict[str, AnswerValue] = {}
        for qid, raw in values.items():
            q = self.form.question(qid)
            if q is None:
                problems.append(msg("{question}: no such question in this form", question=qid))
                continue
            try:
                clean[qid] = normalize_value(q, raw)
            except AnswerError as e:
                problems.append(join((f"{qid}:", message_of(e))))
        for qid in na:
            q = self.form.question(qid)
            if q is None or not q.na:
                problems.append(
                    msg("{question}: N/A is not allowed on this question", question=qid)
                    if q
                    else msg("{question}: no such question in this form", question=qid)
                )
        if problems:
            raise ServiceError(join(problems, "\n"))
        new_values = {**{k: v for k, v in self.answers.values.items() if k not in na}, **clean}
        answers = replace(self.answers, values=new_values, na=(self.answers.na - set(clean)) | set(na))
        score = score_visit(self.form, answers, detail=True)
        with self.write(Action.EDIT, plain=True) as w:
            for qid, value in clean.items():
                self._upsert(w, qid, {"value": value, "na": False})
            for qid in na:
                self._upsert(w, qid, {"value": None, "na": True})
            self._store_score(w, score)
            self.void_signature(w)
        self.answers, self.score = answers, score
        return score

    def _normalize(self, q: Question, value: object) -> AnswerValue:
        try:
            return normalize_value(q, value)
        except AnswerError as e:
            raise ServiceError(join((f"{q.text}:", message_of(e)))) from None

    def decision(self, action: Action) -> Decision:
        """May this user do ``action`` on this visit now (``domain.workflow``)?"""
        return decide(self.ws.me.role, action, self.header.status, own=True)

    def _check_editable(self) -> None:
        refuse_unless(self.decision(Action.EDIT))

    def write(self, action: Action, *, plain: bool = False) -> AbstractContextManager[Work]:
        """A unit of work on this visit, checked for ``action`` (``unit_of_work``)."""
        return unit_of_work(self.ws, self.decision(action), visits=[self.id], plain=plain)

    def _write_answer(self, q: Question, answers: Answers, fields: dict[str, Any]) -> VisitScore:
        self._check_editable()
        score = score_visit(self.form, answers, detail=True)
        with self.write(Action.EDIT, plain=True) as w:
            self._upsert(w, q.id, fields)
            self._store_score(w, score)
            self.void_signature(w)
        self.answers, self.score = answers, score
        return score

    def void_signature(self, w: Work) -> None:
        """The auditor's attestation covers the answers and photos as they were signed: a change after signing
        (typically after a return) clears the signature, in the change's own transaction, so the visit is
        signed again before it is submitted again. Said in the audit trail; synced as the visit's header."""
        if not self.header.has_signature:
            return
        now = m.utcnow()
        visits = m.Visit.__table__
        conn = w.connection
        conn.execute(
            update(visits)
            .where(visits.c.id == self.id)
            .values(signature_png=None, signed_by=None, signed_at=None, attestation=None, updated_at=now)
        )
        rev = conn.execute(select(visits.c.rev).where(visits.c.id == self.id)).scalar_one()
        w.record("visit", self.id, {"signed_by": None, "signed_at": None}, rev)
        w.audit(self.id, UNSIGN, "signature cleared: changed after signing", at=now)
        self.header = replace(self.header, signed_by=None, signed_at=None, attestation=None, has_signature=False)

    def _upsert(self, w: Work, question_id: str, fields: dict[str, Any]) -> None:
        """Insert or update one answer and queue it for sync, in the caller's transaction."""
        answer_id, rev = upsert_answer(w.connection, self.id, question_id, fields, m.utcnow())
        w.record("answer", answer_id, {"visit_id": self.id, "question_id": question_id, **fields}, rev)

    def _store_score(self, w: Work, score: VisitScore, *, auditor_edit: bool = True) -> None:
        """Keep the visit row's score in step (the list shows it without rescoring every visit).

        For an auditor's edit the visit must still be editable in the database, not
        just in this window: if it was submitted or reviewed meanwhile, the whole
        transaction is refused.
        """
        now = m.utcnow()
        conn = w.connection
        total = None if score.total is None else float(score.total)
        grade = score.grade.label if score.grade else None
        failed = bool(score.critical_failures)
        if not store_score(
            conn, self.id, total, grade, score.complete, now, editable_only=auditor_edit, critical_failed=failed
        ):
            status = conn.exec_driver_sql("SELECT status FROM visits WHERE id = ?", (self.id,)).scalar()
            self.header = replace(self.header, status=VisitStatus(status))
            raise ServiceError(
                msg("The visit is {status} and can no longer be changed.", status=STATE_WORDS[VisitStatus(status)])
            )
        if self.header.started_at is None:
            mark_started(conn, self.id, now)
            self.header = replace(self.header, started_at=now)

    # ------------------------------------------------------------ finishing

    def photo_counts(self) -> dict[str, int]:
        return dict(Counter(p.section_id for p in self.photos()))

    def missing_items(self) -> list[MissingItem]:
        return missing_items(self.form, self.score, self.photo_counts(), signed=self.header.has_signature)

    def checks(self, language: str | None = None) -> list[CheckResult]:
        """The form's quality checks that fire now (an unsigned visit's length runs to this moment)."""
        h = self.header
        minutes = visit_minutes(h.started_at, h.finished_at or m.utcnow())
        facts = VisitFacts(self.comments, self.photo_counts(), minutes)
        return visit_checks(self.form, self.answers, facts, score=self.score, language=language)

    def sign(self, image: bytes, signer: str, attestation: str = ATTESTATION) -> Changes:
        """Sign the visit with a signature image (the pad's PNG, or a file) and the attestation."""
        self._check_editable()
        if not signer.strip():
            raise ServiceError(msg("Type your name beside your signature."))
        try:
            png = signature_png(image)
        except PhotoRefused as e:
            raise SignatureRefused(msg("The signature cannot be used: {reason}.", reason=e.reason)) from None
        now = m.utcnow()
        with self.write(Action.EDIT) as w:
            v = w.s.get(m.Visit, self.id)
            assert v is not None
            v.signature_png, v.signed_by, v.signed_at, v.attestation = png, signer.strip(), now, attestation
            v.finished_at = v.finished_at or now
            w.record("visit", self.id, {"signed_by": signer.strip(), "signed_at": now.isoformat()}, v.rev)
            w.audit(self.id, "sign", f"signed by {signer.strip()}", at=now)
        self.header = replace(
            self.header,
            signed_by=signer.strip(),
            signed_at=now,
            attestation=attestation,
            has_signature=True,
            finished_at=self.header.finished_at or now,
        )
        return w.changes

    def signature_png(self) -> bytes | None:
        with self.ws.sessions() as s:
            return s.scalar(select(m.Visit.signature_png).where(m.Visit.id == self.id))

    def submit(self, explanation: str = "") -> Changes:
        """Submit for review; refused with the list of what is missing while incomplete.

        A blocking check refuses it too, and a warning unless ``explanation`` explains it: the explanation
        travels as the submit's detail (its audit entry, synced), where the server and the review read it.
        """
        refuse_unless(self.decision(Action.SUBMIT))
        items = self.missing_items()
        if items:
            lines = join((join(("  -", i.message)) for i in items), "\n")
            raise ServiceError(msg("The visit cannot be submitted yet:\n{items}", items=lines))
        fired = self.checks()
        refusal = submit_refusal(fired, explanation)
        if refusal is not None:
            lines = join((join(("  -", c.message)) for c in fired), "\n")
            raise ServiceError(join((refusal, lines), "\n"))
        detail = explanation.strip() if fired else ""
        # The score goes with the submit: answers pulled from another laptop do not rescore this one's row.
        return self._transition(Action.SUBMIT, detail, also=lambda w: self._store_score(w, self.score))

    def _transition(self, action: Action, detail: str, also: Callable[[Work], object] | None = None) -> Changes:
        """Move the visit to its next status, with the audit entry (and ``also``) in one checked transaction;
        what it changed."""
        new = next_status(action, self.header.status)
        now = m.utcnow()  # when it happened on this device: the server keeps it, and when it heard of it
        with self.write(action) as w:
            if also is not None:
                also(w)
            v = w.s.get(m.Visit, self.id)
            assert v is not None
            old = v.status
            v.status = new.value
            w.audit(self.id, "transition", detail, from_status=old, to_status=new.value, at=now)
            change = {"action": action.value, "detail": detail, "at": now.isoformat()}
            w.record("transition", self.id, change, v.rev)
        self.header = replace(self.header, status=new)
        return w.changes

    # ------------------------------------------------------------ what the visit holds

    def review_comments(self) -> list[ReviewCommentRow]:
        with self.ws.sessions() as s:
            q = (
                select(m.ReviewComment, m.Person.display_name)
                .join(m.Person, m.ReviewComment.author_id == m.Person.id)
                .where(m.ReviewComment.visit_id == self.id)
                .order_by(m.ReviewComment.created_at)
            )
            return [ReviewCommentRow(c.id, c.question_id, name, c.text, c.created_at) for c, name in s.execute(q)]

    def overrides(self) -> list[OverrideRow]:
        with self.ws.sessions() as s:
            return _overrides(s, self.id)

    def audit_trail(self) -> list[AuditRow]:
        with self.ws.sessions() as s:
            q = (
                select(m.AuditEntry, m.Person.display_name)
                .outerjoin(m.Person, m.AuditEntry.actor_id == m.Person.id)
                .where(m.AuditEntry.visit_id == self.id)
                .order_by(m.AuditEntry.at)
            )
            return [
                AuditRow(a.kind, a.from_status, a.to_status, name or "", a.detail, a.at, a.received_at)
                for a, name in s.execute(q)
            ]

    def photos(self) -> list[PhotoRow]:
        with self.ws.sessions() as s:
            q = (
                select(m.Photo)
                .where(m.Photo.visit_id == self.id, m.Photo.deleted.is_(False))
                .order_by(m.Photo.section_id, m.Photo.position, m.Photo.created_at)
            )
            return [photo_row(p) for p in s.scalars(q)]


def load_header(s: Session, visit_id: str) -> VisitHeader:
    row = s.execute(
        select(m.Visit, m.Location, m.Client, m.Person)
        .join(m.Location, m.Visit.location_id == m.Location.id)
        .join(m.Client, m.Location.client_id == m.Client.id)
        .outerjoin(m.Person, m.Visit.auditor_id == m.Person.id)
        .where(m.Visit.id == visit_id)
    ).first()
    if row is None:
        raise ServiceError(msg("No visit {visit!r}.", visit=visit_id))
    v, loc, c, p = row
    return VisitHeader(
        id=v.id,
        form_id=v.form_id,
        form_version=v.form_version,
        client_id=c.id,
        client=c.name,
        location_id=loc.id,
        location=loc.name,
        address=loc.address,
        latitude=loc.latitude,
        longitude=loc.longitude,
        auditor_id=v.auditor_id,
        auditor=p.display_name if p else "",
        scheduled_date=v.scheduled_date,
        due_date=v.due_date,
        scenario=v.scenario,
        status=VisitStatus(v.status),
        started_at=v.started_at,
        finished_at=v.finished_at,
        signed_by=v.signed_by,
        signed_at=v.signed_at,
        attestation=v.attestation,
        has_signature=v.signature_png is not None,
        time_zone=loc.time_zone,
    )


def _overrides(s: Session, visit_id: str) -> list[OverrideRow]:
    """The overrides in force: the newest per question (the table is append-only)."""
    q = (
        select(m.ScoreOverride, m.Person.display_name)
        .join(m.Person, m.ScoreOverride.author_id == m.Person.id)
        .where(m.ScoreOverride.visit_id == visit_id)
        .order_by(m.ScoreOverride.created_at)
    )
    newest: dict[str, OverrideRow] = {}
    for o, name in s.execute(q):
        newest[o.question_id] = OverrideRow(o.id, o.question_id, Fraction(o.points), o.reason, name, o.created_at)
    return list(newest.values())


def photo_row(p: m.Photo) -> PhotoRow:
    return PhotoRow(
        p.id,
        p.section_id,
        p.question_id,
        p.sha256,
        p.filename,
        p.width,
        p.height,
        p.taken_at,
        p.latitude,
        p.longitude,
        p.caption,
        p.position,
        p.annotated_sha256,
    )
