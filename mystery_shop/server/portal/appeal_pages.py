"""Appeals on the portal: what a report's page shows of them, filing one (with evidence files), withdrawing it.

A client account (of the visit's location: ``queries.visit`` is the scope)
appeals a question that lost points of a published report, within the client's
window, one open appeal per question (``domain.appeals``). The form is
multipart (the evidence files): read here with the standard library, at most
``MAX_BODY`` bytes. Each file is checked like a photo (its first bytes, its
size, and an image must decode); a bad one is refused with its reason and the
rest are kept. Filings are counted per account by the server's limiter, as
password tries are: a burst of them waits.
"""

from __future__ import annotations

import hashlib
import io
from collections.abc import AsyncIterator
from fractions import Fraction

from fastapi import APIRouter, Request
from fastapi.responses import Response
from starlette.concurrency import run_in_threadpool

from mystery_shop.catalogue import render as render_message
from mystery_shop.domain import appeals as ap
from mystery_shop.domain.answers import Answers
from mystery_shop.domain.messages import msg
from mystery_shop.domain.scoring import QuestionState, score_visit
from mystery_shop.domain.workflow import Role

from .. import appeals as server_appeals
from .. import throttle
from ..models import utcnow
from ..records import Writer
from . import index, queries
from .appeal_view import appeal_records, state_of, window_days
from .deps import check_form, signed_in_async, state
from .language import current, pt, pt_noop
from .report_pages import detail_page
from .sessions import PortalUser
from .web import PREFIX, PortalError, Upload, form, multipart, redirect

router = APIRouter(prefix=PREFIX, include_in_schema=False)
MAX_BODY = ap.MAX_FILES * ap.MAX_FILE_BYTES + (1 << 20)  # the files and the fields


# ------------------------------------------------------------ filing


async def _multipart(request: Request) -> tuple[dict[str, str], list[Upload]]:
    """The appeal form: multipart (its evidence files), or urlencoded from a script (no files)."""
    kind = request.headers.get("content-type", "")
    if kind.startswith("application/x-www-form-urlencoded"):
        return await form(request), []
    if not kind.startswith("multipart/form-data"):
        raise PortalError(400, pt_noop("That form could not be read."))
    return await multipart(request, MAX_BODY, PortalError(413, pt_noop("That form is too large.")))


def check_file(data: bytes) -> str | None:
    """Why an evidence file is refused (a Message), or None: its size and first bytes, and an image decodes."""
    problem = ap.file_problem(len(data), data[:16])
    if problem:
        return problem
    if ap.file_kind(data[:16]) == "pdf":
        return None if b"%%EOF" in data[-1024:] else msg("the PDF is cut short")
    from mystery_shop.photos.decode import decode
    from mystery_shop.photos.errors import PhotoRefused

    try:
        decode(io.BytesIO(data), 64)
    except PhotoRefused as e:
        return str(e)
    except OSError:
        return msg("the image is damaged")
    return None


async def _chunks(data: bytes) -> AsyncIterator[bytes]:
    yield data


@router.post("/reports/{visit_id}/appeals")
async def file_appeal(visit_id: str, request: Request) -> Response:
    user = await signed_in_async(request)
    fields, uploads = await _multipart(request)
    check_form(request, user, fields)
    if user.role is not Role.CLIENT:
        raise PortalError(403, pt_noop("Appeals are filed by the client."))
    counted = await run_in_threadpool(throttle.claim, state(request).db, [f"user:appeal:{user.user_id}"])
    if counted.refused:
        raise PortalError(429, pt_noop("Too many appeals at once."), pt_noop("Wait a few minutes and try again."))
    checked = [(u, await run_in_threadpool(check_file, u.data)) for u in uploads[: ap.MAX_FILES + 1]]
    if len(uploads) > ap.MAX_FILES:
        checked = checked[: ap.MAX_FILES] + [(u, msg("an appeal takes at most {max} files", max=ap.MAX_FILES))
                                             for u in uploads[ap.MAX_FILES:]]  # fmt: skip
    good = [u for u, problem in checked if problem is None]
    for u in good:
        sha = hashlib.sha256(u.data).hexdigest()
        await state(request).blobs.receive(sha, _chunks(u.data), len(u.data))
    problem = await run_in_threadpool(_file, request, user, visit_id, fields, good)
    if problem:
        raise PortalError(422, pt_noop("The appeal was not filed."), render_message(current(), problem))
    refused = [pt("{file} was refused: {reason}").format(file=u.filename, reason=render_message(current(), p))
               for u, p in checked if p is not None]  # fmt: skip
    if refused:  # the appeal is filed with the good files; the page says which were not, and why
        notices = [pt("Your appeal is filed. The firm will answer it here."), *refused]
        return await run_in_threadpool(detail_page, request, user, visit_id, notices)
    return redirect(f"{PREFIX}/reports/{visit_id}?appeal=filed")


def _file(request: Request, user: PortalUser, visit_id: str, fields: dict[str, str], good: list[Upload]) -> str | None:
    st = state(request)
    with st.db.read() as s:
        row = queries.visit(s, user, visit_id)
        if row is None:
            raise PortalError(404, pt_noop("There is no such report here."))
        form = index.FORMS.get(s, row.form_key)
        answers = index.read_answers(s, [visit_id]).get(visit_id) or Answers()
    question = fields.get("question", "")
    with st.db.write() as s:
        appeals, _, chain = appeal_records(s, visit_id)
        open_q = {str(a.data.get("question_id")) for a in appeals if state_of(a, chain).is_open}
        result = score_visit(form, answers, detail=True).questions.get(question) if form is not None else None
        earned = result.earned if result is not None and result.state is not QuestionState.HIDDEN else None
        possible = result.possible if result is not None else Fraction(0)
        filing = ap.Filing(row.published_at or utcnow(), window_days(s, row.client_id), utcnow(), open_q)
        problem = ap.filing_problem(filing, question, earned, possible, fields.get("category"),
                                    fields.get("argument"), len(good))  # fmt: skip
        if problem:
            return problem
        w = Writer(s)
        visit = w.get("visit", visit_id)
        assert visit is not None
        evidence = [
            server_appeals.Evidence(hashlib.sha256(u.data).hexdigest(), u.filename, len(u.data),
                                    ap.FILE_TYPES[ap.file_kind(u.data[:16]) or "pdf"])
            for u in good
        ]  # fmt: skip
        rec = server_appeals.file(w, visit, user.user_id, question, str(fields.get("category")),
                                  str(fields.get("argument")), evidence)  # fmt: skip
        w.finish()
        if st.config.mail:  # the client's supervisors hear of it: a link, never its content
            from sqlalchemy import or_, select

            from ..models import User
            from .mail import queue_appeal_mail

            staff = s.scalars(select(User.id).where(
                User.role == Role.SUPERVISOR.value, or_(User.client_id == row.client_id, User.client_id.is_(None)),
                User.email.is_not(None), User.disabled.is_(False)))  # fmt: skip
            queue_appeal_mail(s, "appeal_filed", rec.id, list(staff))
    return None


@router.post("/reports/{visit_id}/appeals/{appeal_id}/withdraw")
async def withdraw_appeal(visit_id: str, appeal_id: str, request: Request) -> Response:
    data = await form(request)
    user = await signed_in_async(request)
    check_form(request, user, data)
    problem = await run_in_threadpool(_withdraw, request, user, visit_id, appeal_id)
    if problem:
        raise PortalError(409, pt_noop("The appeal was not withdrawn."), render_message(current(), problem))
    return redirect(f"{PREFIX}/reports/{visit_id}?appeal=withdrawn")


def _withdraw(request: Request, user: PortalUser, visit_id: str, appeal_id: str) -> str | None:
    st = state(request)
    with st.db.read() as s:
        row = queries.visit(s, user, visit_id)
    if row is None or user.role is not Role.CLIENT:
        raise PortalError(404, pt_noop("There is no such appeal here."))
    with st.db.write() as s:
        w = Writer(s)
        appeal = w.get("appeal", appeal_id)
        if appeal is None or appeal.visit_id != visit_id:
            raise PortalError(404, pt_noop("There is no such appeal here."))
        problem = ap.withdraw_problem(server_appeals.state(w, appeal))
        if problem:
            return problem
        server_appeals.withdraw(w, appeal, user.user_id)
        w.finish()
    return None
