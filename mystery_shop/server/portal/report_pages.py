"""The published visits: the list (period, location, grade, search, sort, pages), one visit, its signed PDF."""

from __future__ import annotations

import re
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import FileResponse, Response

from mystery_shop.domain.digest import VisitDigest
from mystery_shop.domain.figures import ScoredVisit, VisitRef
from mystery_shop.domain.periods import PRESETS
from mystery_shop.domain.scoring import QuestionState
from mystery_shop.reports.period_data import journey_order
from mystery_shop.reports.text import stage_label

from ..models import Record
from . import appeal_view, index, queries
from .deps import Span, choose_client, frame, fresh, page_number, signed_in, span, state
from .language import current, day, num, pt, pt_noop
from .sessions import PortalUser
from .web import PREFIX, SECURITY_HEADERS, PortalError, attachment, query, render

router = APIRouter(prefix=PREFIX, include_in_schema=False)
# (label, value): labels in English, read in the reader's language on the page (``presets``)
LIST_PRESETS = [(pt_noop("All dates"), "all")] + [(label, str(days) if days else "custom") for label, days in PRESETS]


def presets(choices: list[tuple[str, str]]) -> list[tuple[str, str]]:
    return [(pt(label), value) for label, value in choices]


def span_params(s: Span) -> dict[str, str]:
    if s.preset == "custom":
        return {"period": "custom", "from": s.start.isoformat() if s.start else "",
                "to": s.end.isoformat() if s.end else ""}  # fmt: skip
    return {"period": s.preset}


@router.get("/reports")
def report_list(request: Request) -> Response:
    user = signed_in(request)
    version = fresh(request)
    st = state(request)
    period = span(request, default="all")
    p = request.query_params
    with st.db.read() as s:
        clients = queries.clients_for(s, user)
        client = choose_client(request, user, clients, required=False)
        locations, grades = queries.choices(s, user, client, version)
        location = p.get("location", "").strip()
        grade = p.get("grade", "").strip()
        sort = p.get("sort", "date") if p.get("sort") in queries.SORTS else "date"
        q = p.get("q", "").strip()[: queries.MAX_SEARCH]
        wanted = queries.ListQuery(client, period.start, period.end, location or None, grade or None, q, sort,
                                   page_number(request))  # fmt: skip
        result = queries.report_page(s, user, wanted, version)
    names = dict(clients)
    params: dict[str, Any] = {"client": client if len(clients) > 1 else "", **span_params(period),
                              "location": location, "grade": grade, "q": q, "sort": sort}  # fmt: skip
    pages = [(n, query(params, page=n)) for n in _page_numbers(result.page, result.pages)]
    return render(
        request, "reports.html",
        **frame(
            request, user, title=pt("Reports"), clients=clients, client=client, client_name=names.get(client or "", ""),
            client_logo=client or "", show_client=len(clients) > 1 and not client, names=names,
            presets=presets(LIST_PRESETS), period=period, locations=locations, location=location, grades=grades,
            grade=grade,
            q=q, sort=sort, sorts=[(k, pt(v[0])) for k, v in queries.SORTS.items()], result=result, pages=pages,
            prev=query(params, page=result.page - 1) if result.page > 1 else "",
            next=query(params, page=result.page + 1) if result.page < result.pages else "",
            notices=list(period.notices),
        ),
    )  # fmt: skip


def _page_numbers(page: int, pages: int) -> list[int]:
    """The pages to link: the first, the last, and two either side of this one."""
    keep = {1, pages, *range(max(1, page - 2), min(pages, page + 2) + 1)}
    return sorted(keep)


@router.get("/reports/{visit_id}")
def report_detail(visit_id: str, request: Request) -> Response:
    user = signed_in(request)
    fresh(request)
    said = appeal_view.notice(request)
    return detail_page(request, user, visit_id, [said] if said else [])


def detail_page(request: Request, user: PortalUser, visit_id: str, notices: list[str]) -> Response:
    """A published report's page: the visit, its signed report, its touchpoints, its appeals."""
    st = state(request)
    with st.db.read() as s:
        row = queries.visit(s, user, visit_id)
        if row is None:
            raise PortalError(404, pt_noop("There is no such report here."), pt_noop("It may not be published yet."))
        client = queries.names(s, "client", {row.client_id}, "name").get(row.client_id, "")
        loc = s.get(Record, ("location", row.location_id))
        address = str(loc.data.get("address") or "") if loc is not None else ""
        form = index.FORMS.get(s, row.form_key)
        form = form.in_language(current()) if form is not None else None  # where the form is written in it
        answers = index.read_answers(s, [visit_id]).get(visit_id)
        appeals = appeal_view.block(s, user, row, form, answers)
        revisions = appeal_view.revisions(s, row)
    # The items whose points a supervisor adjusted on review, so that "No — 1 / 1" does not read as an error;
    # the reason stays internal (the firm's copy of the report).
    overridden = set(answers.overrides) if answers is not None else set()
    adjusted = [q.text for q in form.questions() if q.id in overridden] if form is not None else []
    sections: list[tuple[str, str, str]] = []
    stages: list[tuple[str, str]] = []
    if form is not None and row.digest:
        score = ScoredVisit(VisitRef(row.visit_id, row.location, row.scheduled_date, form),
                            VisitDigest.from_json(row.digest)).score  # fmt: skip
        by_id = {sec.id: sec.score for sec in score.sections}
        asked = {q for q, r in score.questions.items() if r.state is not QuestionState.HIDDEN}
        for sec in journey_order(form):
            if any(q.id in asked for q in sec.questions):
                sections.append((sec.title, stage_label(sec.stage), num(by_id.get(sec.id))))
        stages = [(stage_label(st_), num(v)) for st_, v in score.stages.items()]
    return render(
        request, "report.html",
        **frame(request, user, title=f"{row.location}, {day(row.scheduled_date)}", row=row, client_name=client,
                client_logo=row.client_id, address=address,
                sections=sections, stages=stages, adjusted=adjusted, appeals=appeals,
                categories=[(v, pt(label)) for v, label in appeal_view.CATEGORIES], notices=notices,
                max_files=appeal_view.ap.MAX_FILES, revisions=revisions),
    )  # fmt: skip


@router.get("/reports/{visit_id}/report.pdf")
def report_pdf(visit_id: str, request: Request) -> Response:
    """The signed PDF exactly as the supervisor's app signed and uploaded it."""
    user = signed_in(request)
    st = state(request)
    with st.db.read() as s:
        row = queries.visit(s, user, visit_id)
    if row is None:
        fresh(request)  # published a moment ago, perhaps
        with st.db.read() as s:
            row = queries.visit(s, user, visit_id)
    if row is None:
        raise PortalError(404, pt_noop("There is no such report here."))
    if not row.report_sha256:
        raise PortalError(404, pt_noop("This visit's signed report is not on the server."),
                          pt_noop("It was published by a version of the app that did not upload reports."))  # fmt: skip
    path = st.blobs.path(row.report_sha256)
    if not path.is_file():
        raise PortalError(404, pt_noop("This visit's signed report is missing on the server."),
                          pt_noop("Tell the firm."))  # fmt: skip
    headers = {k: v for k, v in SECURITY_HEADERS.items() if k != "Content-Security-Policy"}
    headers["Content-Disposition"] = attachment(report_filename(row))
    return FileResponse(path, media_type="application/pdf", headers=headers)


@router.get("/reports/{visit_id}/revisions/{record_id}.pdf")
def revision_pdf(visit_id: str, record_id: str, request: Request) -> Response:
    """An earlier (superseded) signed report of the visit, its bytes as they were signed then."""
    user = signed_in(request)
    st = state(request)
    with st.db.read() as s:
        row = queries.visit(s, user, visit_id)
        rec = s.get(Record, ("report", record_id)) if row is not None else None
        found = (
            (rec.blob, str(rec.data.get("report_id") or "")) if rec is not None and rec.visit_id == visit_id else None
        )
    if row is None or found is None or not found[0]:
        raise PortalError(404, pt_noop("There is no such report here."))
    path = st.blobs.path(found[0])
    if not path.is_file():
        raise PortalError(
            404, pt_noop("This visit's signed report is missing on the server."), pt_noop("Tell the firm.")
        )
    headers = {k: v for k, v in SECURITY_HEADERS.items() if k != "Content-Security-Policy"}
    number = found[1] or record_id[:8]
    headers["Content-Disposition"] = attachment(report_filename(row)[:-4] + f" {number} superseded.pdf")
    return FileResponse(path, media_type="application/pdf", headers=headers)


def report_filename(row: Any) -> str:
    base = f"{row.scheduled_date.isoformat()} {row.location} {row.report_number or row.visit_id[:8]}"
    return re.sub(r'[\\/:*?"<>|\x00-\x1f]+', "-", base).strip(" .-")[:120] + ".pdf"
