"""Check a report (issue 26): a client uploads a PDF and learns whether it is a report the firm published for
them, unchanged since it was signed.

Two facts decide it: the file's signature, checked by the code of the ``verify`` command
(``reports.verification.verify_pdf``: intact, covering the whole file), and its SHA-256 being the signed report of
a published visit this user may see (the portal's index keeps each visit's). A PDF signed by anyone else, or a
report of another client, is "not one of your reports", not a reason to say whose it is. The upload is not trusted:
at most ``MAX_BYTES``, a PDF by its first bytes, posted from the portal's own page with the session's token,
counted against a limit per account (``throttle``); it is checked in a temporary file and forgotten; whatever it
holds, the answer is a page, never a traceback.
"""

from __future__ import annotations

import hashlib
import logging
import tempfile
from dataclasses import dataclass
from email.message import Message
from pathlib import Path

from fastapi import APIRouter, Request
from fastapi.responses import Response
from sqlalchemy import select
from starlette.concurrency import run_in_threadpool

from mystery_shop.reports.verification import Verification, verify_pdf

from .. import throttle
from .deps import check_form, frame, fresh, signed_in, signed_in_async, state
from .language import day, pt, pt_noop, ptn
from .models import PortalVisit
from .queries import in_scope
from .sessions import PortalUser
from .web import PREFIX, PortalError, render, same_origin

log = logging.getLogger(__name__)
router = APIRouter(prefix=PREFIX, include_in_schema=False)
PATH = PREFIX + "/check"
MAX_BYTES = 32 << 20  # a signed report with its photos is a few MB; the gate lets this path's body through
_OVERHEAD = 64 << 10  # the form's other field and the multipart framing
MAX_PARTS = 8


@dataclass(frozen=True)
class Verdict:
    genuine: bool
    headline: str
    detail: str
    visit_id: str = ""  # the report's page, when it is one of the user's
    technical: tuple[str, ...] = ()  # the verifier's own words (English, as ``mystery-shop verify`` prints them)


@router.get("/check")
def check_form_page(request: Request) -> Response:
    user = signed_in(request)
    return _page(request, user)


@router.post("/check")
async def check_upload(request: Request) -> Response:
    user = await signed_in_async(request)
    if not same_origin(request):
        check_form(request, user, {})  # refused: a form posted from another site
    counted = await run_in_threadpool(throttle.claim, state(request).db, [f"check:{user.username.casefold()}"])
    if counted.refused:  # counted before the body is read: a flood of uploads costs a row, not a parse
        seconds = int(counted.refused.total_seconds() + 0.999)
        response = _page(request, user, status=429,
                         error=ptn("Too many checks: try again in %n second(s).", seconds) if seconds < 90 else
                         ptn("Too many checks: try again in %n minute(s).", round(seconds / 60)))  # fmt: skip
        response.headers["Retry-After"] = throttle.retry_after(counted.refused)
        return response
    fields, pdf = await _multipart(request)
    check_form(request, user, fields)
    if not pdf:
        return _page(request, user, status=422, error=pt("Choose the report's PDF file first."))
    if b"%PDF-" not in pdf[:1024]:
        return _page(request, user, status=422, error=pt("That file is not a PDF. Choose the report's PDF file."))
    verdict = await run_in_threadpool(_judge, request, user, pdf)
    return _page(request, user, verdict=verdict)


def _page(request: Request, user: PortalUser, *, status: int = 200, error: str = "",
          verdict: Verdict | None = None) -> Response:  # fmt: skip
    return render(request, "check.html", status, **frame(request, user, title=pt("Check a report"), error=error,
                                                          verdict=verdict, max_mb=MAX_BYTES >> 20))  # fmt: skip


def _judge(request: Request, user: PortalUser, pdf: bytes) -> Verdict:
    sha = hashlib.sha256(pdf).hexdigest()
    fresh(request)  # published a moment ago, perhaps
    with state(request).db.read() as s:
        row = s.scalar(select(PortalVisit).where(PortalVisit.report_sha256 == sha, in_scope(user)))
        if row is not None:
            s.expunge(row)
    try:
        with tempfile.TemporaryDirectory(prefix="portal-check-") as folder:
            path = Path(folder) / "report.pdf"
            path.write_bytes(pdf)
            result = verify_pdf(path)
    except Exception:  # a file no parser foresaw: said as such, logged for the firm, never a traceback
        log.exception("checking an uploaded report failed")
        return Verdict(False, pt("The file could not be checked."),
                       pt("It is damaged or not a report. Download the report again from its page."))  # fmt: skip
    return verdict(result, row)


def verdict(result: Verification, row: PortalVisit | None) -> Verdict:
    """Genuine: the signature is intact over the whole file, and the file is a report published for this user."""
    # The portal vouches for the signer by the published report's hash, not by a certificate the client gives:
    # the command line's advice to give one (--trust) is not for this page.
    technical = tuple(r for r in result.reasons if "--trust" not in r)
    if not result.signed:
        return Verdict(False, pt("Not a signed report."), pt("The file has no digital signature."),
                       technical=technical)  # fmt: skip
    if not result.intact:
        return Verdict(False, pt("Not genuine: the file was changed after it was signed."),
                       pt("Its content no longer matches its signature. Download the report again from its page."),
                       technical=technical)  # fmt: skip
    if not result.ok:
        return Verdict(False, pt("Not genuine: something was added to the file after it was signed."),
                       pt("The signature covers only part of the file. Download the report again from its page."),
                       technical=technical)  # fmt: skip
    if row is None:
        return Verdict(False, pt("Signed and unchanged, but not one of your reports."),
                       pt("It is not a report published for you on this portal."), technical=technical)  # fmt: skip
    number = f" ({row.report_number})" if row.report_number else ""
    return Verdict(True, pt("Genuine: a report signed by the firm, unchanged since."),
                   pt("The report of {location}, {day}{number}, signed by {signer}.").format(
                       location=row.location, day=day(row.scheduled_date), number=number,
                       signer=result.signer or pt("the firm")),
                   visit_id=row.visit_id, technical=technical)  # fmt: skip


async def _multipart(request: Request) -> tuple[dict[str, str], bytes]:
    """A ``multipart/form-data`` body: its text fields, and the file's bytes (empty without one); refused past the
    size limit, as the body arrives."""
    message = Message()
    message["content-type"] = request.headers.get("content-type", "")
    boundary = message.get_param("boundary") if message.get_content_type() == "multipart/form-data" else None
    if not isinstance(boundary, str) or not 0 < len(boundary) <= 70:
        raise PortalError(400, pt_noop("That form could not be read."))
    too_large = PortalError(413, pt_noop("That file is too large to be a report."),
                            pt_noop("Reports are checked up to 32 MB."))  # fmt: skip
    length = request.headers.get("content-length", "")
    if length.isdigit() and int(length) > MAX_BYTES + _OVERHEAD:
        raise too_large
    body = bytearray()
    async for chunk in request.stream():
        body += chunk
        if len(body) > MAX_BYTES + _OVERHEAD:
            raise too_large
    return _parts(bytes(body), boundary.encode("latin-1"))


def _parts(body: bytes, boundary: bytes) -> tuple[dict[str, str], bytes]:
    fields: dict[str, str] = {}
    pdf = b""
    chunks = (b"\r\n" + body).split(b"\r\n--" + boundary)
    if len(chunks) < 2 or len(chunks) > MAX_PARTS + 2:
        raise PortalError(400, pt_noop("That form could not be read."))
    for chunk in chunks[1:]:
        if chunk.startswith(b"--"):
            break  # the closing delimiter
        head, sep, content = chunk.partition(b"\r\n\r\n")
        if not sep:
            raise PortalError(400, pt_noop("That form could not be read."))
        headers = Message()
        for line in head.decode("utf-8", "replace").split("\r\n")[1:]:
            header, colon, value = line.partition(":")
            if colon:
                headers[header.strip()] = value.strip()
        name = headers.get_param("name", header="content-disposition")
        if name == "report":
            pdf = content
        elif isinstance(name, str) and len(content) <= 4096:
            fields[name] = content.decode("utf-8", "replace")
    return fields, pdf
