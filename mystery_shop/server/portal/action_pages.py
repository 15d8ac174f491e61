"""Portal → Actions (issue 31): the board by location and status, one action with its finding and history, the
owner's "done" with proof photos, head office's verify or reopen, the finding's and the proof's photos.

Who sees what is ``domain.access`` through ``queries.location_scope`` on every page and download (a client
account's locations; the firm's staff read their clients' actions, they do not work them). An action outside the
scope does not exist (404). Forms carry the session's CSRF token; a person writes at most ``WRITES_PER_MINUTE``
entries a minute (429), counted in the database so every worker counts the same.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import FileResponse, Response
from markupsafe import Markup, escape
from PIL import Image, ImageOps
from sqlalchemy import ColumnElement, false, func, select, true
from sqlalchemy.orm import Session
from starlette.concurrency import run_in_threadpool

from mystery_shop.domain.actions import BOARD, NOTE, OVERDUE, PHOTOS, Entry, Event, Status, shown_status
from mystery_shop.domain.workflow import Role
from mystery_shop.photos.decode import decode, sniff
from mystery_shop.photos.errors import PhotoRefused
from mystery_shop.reports.tables import write_table

from ..models import Record, User
from . import action_store, queries
from .deps import Span, check_form, choose_client, frame, fresh, signed_in, signed_in_async, span, state
from .language import pt, pt_noop
from .models import PortalAction, PortalActionEntry
from .report_pages import LIST_PRESETS, presets, span_params
from .sessions import PortalUser
from .web import PREFIX, SECURITY_HEADERS, PortalError, attachment, form, multipart, query, redirect, render

router = APIRouter(prefix=PREFIX, include_in_schema=False)
PA, PE = PortalAction, PortalActionEntry
LIMIT = 100  # actions listed on one board page (the counts above it cover them all)
WRITES_PER_MINUTE = 20
MAX_PHOTO = 15 << 20  # bytes of one proof photo
MAX_BODY = PHOTOS * MAX_PHOTO + (64 << 10)
COLUMNS = list(PA.__table__.columns)  # rows as plain tuples: read after the session, and cheap by the thousand
SORTS = {"due": (PA.due_at, PA.location), "opened": (PA.opened_at.desc(), PA.location),
         "location": (PA.location, PA.due_at)}  # fmt: skip
STATUS_WORDS = {Status.OPEN.value: pt_noop("Open"), Status.IN_PROGRESS.value: pt_noop("In progress"),
                OVERDUE: pt_noop("Overdue"), Status.REOPENED.value: pt_noop("Reopened"),
                Status.DONE.value: pt_noop("Done"), Status.VERIFIED.value: pt_noop("Verified"),
                Status.WITHDRAWN.value: pt_noop("Withdrawn after appeal")}  # fmt: skip
EVENT_WORDS = {Event.OPENED.value: pt_noop("Opened by the published report"), Event.STARTED.value: pt_noop("Started"),
               Event.DONE.value: pt_noop("Done"), Event.VERIFIED.value: pt_noop("Verified"),
               Event.REOPENED.value: pt_noop("Reopened"), Event.WITHDRAWN.value: pt_noop("Withdrawn after appeal"),
               Event.HELD.value: pt_noop("Held at the next visit"),
               Event.RECURRED.value: pt_noop("Recurred at the next visit")}  # fmt: skip


def now() -> dt.datetime:
    """The server's clock for overdue; tests move it."""
    return action_store.now()


def scope(user: PortalUser) -> ColumnElement[bool]:
    """The actions ``user`` may see: a client account's locations; a supervisor's client; an admin's all."""
    if user.role is Role.CLIENT:
        return queries.location_scope(user, PA.client_id, PA.location_id)
    if user.role is Role.ADMIN or (user.role is Role.SUPERVISOR and user.client_id is None):
        return true()
    if user.role is Role.SUPERVISOR:
        return PA.client_id == user.client_id
    return false()


def head_office(user: PortalUser) -> bool:
    """Verifies and reopens: a client account over the whole client."""
    return user.role is Role.CLIENT and user.locations is None


def may_work(user: PortalUser) -> bool:
    """Starts and marks done: any client account that sees the action (the firm's staff read only)."""
    return user.role is Role.CLIENT


@dataclass(frozen=True)
class BoardQuery:
    client: str | None
    location: str | None
    status: str | None
    sort: str
    start: dt.date | None = None
    end: dt.date | None = None


def board_filters(user: PortalUser, q: BoardQuery, at: dt.datetime) -> list[ColumnElement[bool]]:
    out = [scope(user)]
    if q.client:
        out.append(PA.client_id == q.client)
    if q.location:
        out.append(PA.location_id == q.location)
    if q.start:
        out.append(PA.scheduled_date >= q.start)
    if q.end:
        out.append(PA.scheduled_date <= q.end)
    if q.status == OVERDUE:
        out.append(action_store.waiting_past(at))  # type: ignore[arg-type]
    elif q.status in (Status.OPEN.value, Status.IN_PROGRESS.value, Status.REOPENED.value):
        out += [PA.status == q.status, PA.due_at >= at]  # not overdue: that column has them
    elif q.status:
        out.append(PA.status == q.status)
    return out


def board(s: Session, user: PortalUser, q: BoardQuery, at: dt.datetime) -> dict[str, Any]:
    """The counts by location and status (one grouped query) and the actions listed (at most ``LIMIT``)."""
    late = action_store.waiting_past(at)
    base = board_filters(user, BoardQuery(q.client, q.location, None, q.sort, q.start, q.end), at)
    counts: dict[tuple[str, str], dict[str, int]] = {}
    # Counted from the index (client, location, status, due) alone; the names from the catalogue's locations.
    grouped = select(PA.location_id, PA.status, late, func.count()).where(*base).group_by(
        PA.location_id, PA.status, late)  # fmt: skip
    found = s.execute(grouped).all()
    where = select(Record.id, Record.data["name"].as_string()).where(
        Record.kind == "location", Record.id.in_({lid for lid, *_ in found}))  # fmt: skip
    names = {str(rid): str(name or "") for rid, name in s.execute(where)}
    for lid, status, is_late, n in found:
        cell = counts.setdefault((str(names.get(lid) or lid), lid), dict.fromkeys(BOARD, 0))
        cell[OVERDUE if is_late else status] += int(n)
    wanted = select(*COLUMNS).where(*board_filters(user, q, at)).order_by(*SORTS[q.sort]).limit(LIMIT + 1)
    rows = list(s.execute(wanted))
    return {"counts": sorted(counts.items()), "rows": rows[:LIMIT], "more": len(rows) > LIMIT}


def board_cells(counts: list[tuple[tuple[str, str], dict[str, int]]], base: str, words: dict[str, str]) -> list[Any]:
    """The board's rows of counts as HTML, one string per location: 500 locations x 7 statuses are 3,500 cells,
    written here in a few milliseconds rather than by the template's loop (escaped as the template would)."""
    labels = [(key, escape(words[key])) for key in BOARD]
    out = []
    for (name, lid), cell in counts:
        link = f"?{escape(base)}&amp;location={escape(lid)}"
        parts = [f'<th scope="row"><a href="{link}">{escape(name)}</a></th>']
        for key, label in labels:
            n = cell[key]
            late = " late" if key == OVERDUE and n else ""
            body = f'<a href="{link}&amp;status={key}">{n}</a>' if n else '<span class="muted">0</span>'
            parts.append(f'<td class="num{late}" data-label="{label}">{body}</td>')
        out.append(Markup("".join(parts)))
    return out


def _query(request: Request, user: PortalUser, clients: list[tuple[str, str]], period: Span) -> BoardQuery:
    p = request.query_params
    client = choose_client(request, user, clients, required=False)
    status = p.get("status", "").strip()
    sort = p.get("sort", "due")
    return BoardQuery(client, p.get("location", "").strip() or None, status if status in BOARD else None,
                      sort if sort in SORTS else "due", period.start, period.end)  # fmt: skip


@router.get("/actions")
def action_board(request: Request) -> Response:
    user = signed_in(request)
    fresh(request)
    st = state(request)
    at = now()
    period = span(request, default="all")
    with st.db.read() as s:
        clients = queries.clients_for(s, user)
        q = _query(request, user, clients, period)
        found = board(s, user, q, at)
        locations = sorted({(name, lid) for name, lid in (k for k, _ in found["counts"])})
    params = {"client": q.client or "", "location": q.location or "", "status": q.status or "", "sort": q.sort,
              **span_params(period)}  # fmt: skip
    words = {k: pt(v) for k, v in STATUS_WORDS.items()}
    base = query({k: v for k, v in params.items() if k not in ("location", "status")})
    names = dict(clients)
    return render(request, "actions.html", **frame(
        request, user, title=pt("Actions"), clients=clients, client=q.client, client_name=names.get(q.client or "", ""),
        client_logo=q.client or "", q=q, locations=locations, presets=presets(LIST_PRESETS), period=period,
        notices=list(period.notices), statuses=[(k, pt(STATUS_WORDS[k])) for k in BOARD],
        words=words, counts=board_cells(found["counts"], base, words), rows=found["rows"],
        more=found["more"], limit=LIMIT, shown=lambda a: shown_status(action_store.row_state(a), a.due_at, at),
 export=query({k: v for k, v in params.items() if k != "sort"}),
        sorts=[("due", pt("Due date")), ("opened", pt("Newest first")), ("location", pt("Location"))]))  # fmt: skip


EXPORT = ["action_id", "location", "visit_date", "finding", "subject", "critical", "trigger", "opened_at", "due_at",
          "status", "done_at", "verified_at", "outcome", "repeats"]  # fmt: skip
MEDIA = {"csv": "text/csv; charset=utf-8", "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"}


@router.get("/actions/export.{fmt}")
def action_export(fmt: str, request: Request) -> Response:
    """The actions of a period (by visit date; the board's filters) as CSV or XLSX, every row, no limit."""
    if fmt not in MEDIA:
        raise PortalError(404, pt_noop("There is no such download here."))
    user = signed_in(request)
    fresh(request)
    st = state(request)
    at = now()
    period = span(request, default="91")
    with st.db.read() as s:
        clients = queries.clients_for(s, user)
        q = _query(request, user, clients, period)
        rows = list(s.execute(select(*COLUMNS).where(*board_filters(user, q, at)).order_by(*SORTS[q.sort])))
    table = [[a.id, a.location, a.scheduled_date, a.title, a.finding.partition(":")[2], "yes" if a.critical else "",
              a.trigger, _naive(a.opened_at), _naive(a.due_at), shown_status(action_store.row_state(a), a.due_at, at),
              _naive(a.done_at), _naive(a.verified_at), a.outcome or "", a.recurs or ""] for a in rows]  # fmt: skip
    start = period.start or min((a.scheduled_date for a in rows), default=at.date())
    end = period.end or max((a.scheduled_date for a in rows), default=at.date())
    out = io.BytesIO()
    name = dict(clients).get(q.client or "", "") if q.client else ""
    write_table(out, fmt, EXPORT, table, client=name, start=start, end=end)
    headers = {k: v for k, v in SECURITY_HEADERS.items() if k != "Content-Security-Policy"}
    filename = pt("Actions {start} to {end}").format(start=start.isoformat(), end=end.isoformat())
    headers["Content-Disposition"] = attachment(f"{filename}.{fmt}")
    return Response(out.getvalue(), media_type=MEDIA[fmt], headers=headers)


def _naive(t: dt.datetime | None) -> dt.datetime | str:
    """A time as a spreadsheet takes it (UTC, no zone: openpyxl refuses aware times); "" when none."""
    return "" if t is None else t.astimezone(dt.UTC).replace(tzinfo=None, microsecond=0)


def _action(s: Session, user: PortalUser, aid: str) -> Any:
    row = s.execute(select(*COLUMNS).where(PA.id == aid, scope(user))).first()
    if row is None:
        raise PortalError(404, pt_noop("There is no such action here."))
    return row


def finding_evidence(s: Session, a: Any) -> tuple[str, list[tuple[str, str]]]:
    """The auditor's comment on the question and its photos (sha, caption), as the client copy shows them: the
    photos not deleted, each as annotated where it was; a section's finding, every photo of the section."""
    comment = ""
    question = a.finding.partition(":")[2] if a.finding.startswith("q:") else None
    if question is not None:
        for data in s.scalars(select(Record.data).where(Record.kind == "answer", Record.visit_id == a.visit_id)):
            if data.get("question_id") == question:
                comment = str(data.get("comment") or "")
    photos: list[tuple[int, str, str]] = []
    for data in s.scalars(select(Record.data).where(Record.kind == "photo", Record.visit_id == a.visit_id)):
        if data.get("deleted"):
            continue
        # The question's own photos and its touchpoint's (no question named), as the report shows them together.
        asked = data.get("question_id")
        mine = asked == question if asked and question else data.get("section_id") == a.section_id
        if mine and data.get("sha256"):
            sha = str(data.get("annotated_sha256") or data["sha256"])
            photos.append((int(data.get("position") or 0), sha, str(data.get("caption") or "")))
    return comment, [(sha, cap) for _, sha, cap in sorted(photos)]


@router.get("/actions/{aid}")
def action_detail(aid: str, request: Request) -> Response:
    user = signed_in(request)
    fresh(request)  # published a moment ago, perhaps (a mailed link)
    st = state(request)
    at = now()
    with st.db.read() as s:
        a = _action(s, user, aid)
        entries = action_store.history(s, aid)
        comment, photos = finding_evidence(s, a)
        owner_ids = action_store.owners_of(s, a.client_id, a.location_id)
        who = select(User.id, User.display_name).where(
            User.id.in_(owner_ids + [e.actor_id for e in entries if e.actor_id]))  # fmt: skip
        people = {str(uid): str(name) for uid, name in s.execute(who)}
    state_ = action_store.fold_or_none(entries)
    status = shown_status(state_, a.due_at, at) if state_ else a.status
    moves = []
    if state_ is not None and may_work(user):
        if state_.status in (Status.OPEN, Status.REOPENED):
            moves.append("started")
        if state_.status in (Status.OPEN, Status.IN_PROGRESS, Status.REOPENED):
            moves.append("done")
        if head_office(user) and state_.status is Status.DONE:
            moves += ["verified", "reopened"]
        if head_office(user) and state_.status is Status.VERIFIED:
            moves.append("reopened")
    return render(request, "action.html", **frame(
        request, user, title=a.title[:80] or pt("Action"), a=a, now_status=status,
        status_word=pt(STATUS_WORDS.get(status, status)), entries=entries,
        event_words={k: pt(v) for k, v in EVENT_WORDS.items()}, people=people,
        owners=[people.get(o, "") for o in owner_ids], comment=comment, photos=photos, moves=moves,
        note_max=NOTE, photo_max=PHOTOS, client_logo=a.client_id,
        error=request.query_params.get("error", "")[:300]))  # fmt: skip


async def _read_form(request: Request) -> tuple[dict[str, str], list[bytes]]:
    """A posted form, urlencoded or multipart (proof photos): its fields and its files' bytes."""
    if not request.headers.get("content-type", "").startswith("multipart/form-data"):
        return await form(request), []
    too_large = PortalError(413, pt_noop("Those photos are too large."), pt_noop("Send at most five, 15 MB each."))
    fields, files = await multipart(request, MAX_BODY, too_large)
    return fields, [f.data for f in files if f.data]


def proof_folder(data_dir: Path) -> Path:
    return data_dir / "action-photos"


def keep_proof(data_dir: Path, data: bytes) -> str:
    """Check a proof photo as the app checks photos (``photos.decode``) and keep a JPEG copy of it (nothing of the
    sent file but its pixels: no metadata, no second payload); its SHA-256."""
    if len(data) > MAX_PHOTO:
        raise PhotoRefused(pt("the photo is larger than 15 MB"))
    sniff(data[:16])
    decode(io.BytesIO(data), 2000)  # complete, supported, sanely sized: else PhotoRefused with the reason
    with Image.open(io.BytesIO(data)) as im:
        upright = ImageOps.exif_transpose(im).convert("RGB")
    upright.thumbnail((2000, 2000))
    out = io.BytesIO()
    upright.save(out, "JPEG", quality=85)
    jpeg = out.getvalue()
    sha = hashlib.sha256(jpeg).hexdigest()
    path = proof_folder(data_dir) / sha[:2] / sha[2:]
    if not path.is_file():
        path.parent.mkdir(parents=True, exist_ok=True)
        temp = path.with_name(f".{sha[2:]}.{os.getpid()}")
        temp.write_bytes(jpeg)
        os.replace(temp, path)
    return sha


@router.post("/actions/{aid}")
async def action_write(aid: str, request: Request) -> Response:
    user = await signed_in_async(request)
    data, files = await _read_form(request)
    check_form(request, user, data)
    st = state(request)
    event = data.get("event", "")
    if event not in ("started", "done", "verified", "reopened") or not may_work(user):
        raise PortalError(403, pt_noop("You cannot do that to this action."))
    if len(files) > PHOTOS:
        return redirect(f"{PREFIX}/actions/{aid}?" + query({}, error=pt("Send at most five photos.")))
    try:
        shas = [await run_in_threadpool(keep_proof, st.config.data_dir, f) for f in files] if event == "done" else []
    except PhotoRefused as e:
        return redirect(f"{PREFIX}/actions/{aid}?" + query({}, error=pt("That photo was refused: {why}").format(
            why=str(e))))  # fmt: skip

    def write() -> str | None:
        at = now()
        with st.db.write() as s:
            _action(s, user, aid)
            recent = s.scalar(select(func.count()).select_from(PE).where(
                PE.actor_id == user.user_id, PE.at > at - dt.timedelta(minutes=1)))  # fmt: skip
            if int(recent or 0) >= WRITES_PER_MINUTE:
                raise PortalError(429, pt_noop("Too many changes at once."), pt_noop("Wait a minute and try again."))
            entry = Entry(Event(event), at, user.user_id, data.get("note", "").strip()[: NOTE + 1], tuple(shas))
            return action_store.append(s, aid, entry, head_office=head_office(user))

    problem = await run_in_threadpool(write)
    if problem:
        return redirect(f"{PREFIX}/actions/{aid}?" + query({}, error=pt(problem)))
    return redirect(f"{PREFIX}/actions/{aid}")


@router.get("/actions/{aid}/photos/{sha}")
def action_photo(aid: str, sha: str, request: Request) -> Response:
    """A photo of the action's finding (the auditor's) or of its proof (the owner's), to those who see the action."""
    user = signed_in(request)
    st = state(request)
    with st.db.read() as s:
        a = _action(s, user, aid)
        proof = {p for e in action_store.history(s, aid) for p in e.photos}
        finding = {p for p, _ in finding_evidence(s, a)[1]}
    if sha in proof:
        path = proof_folder(st.config.data_dir) / sha[:2] / sha[2:]
    elif sha in finding:
        path = st.blobs.path(sha)
    else:
        raise PortalError(404, pt_noop("There is no such photo here."))
    if not path.is_file():
        raise PortalError(404, pt_noop("This photo is missing on the server."), pt_noop("Tell the firm."))
    headers = {k: v for k, v in SECURITY_HEADERS.items() if k != "Content-Security-Policy"}
    headers["Cache-Control"] = "private, max-age=300"
    with path.open("rb") as fh:
        head = fh.read(16)
    return FileResponse(path, media_type=image_type(head), headers=headers)


def image_type(head: bytes) -> str:
    """The type of a photo by its first bytes (the formats the app keeps; anything else is not shown inline)."""
    if head.startswith(b"\xff\xd8"):
        return "image/jpeg"
    if head.startswith(b"\x89PNG"):
        return "image/png"
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "image/webp"
    return "application/octet-stream"
