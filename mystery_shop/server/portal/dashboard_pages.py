"""A client's period: the dashboard, its period report as PDF, and its data as CSV or XLSX."""

from __future__ import annotations

import datetime as dt
import io

from fastapi import APIRouter, Request
from fastapi.responses import Response
from starlette.concurrency import run_in_threadpool

from mystery_shop import __version__
from mystery_shop.domain.answers import Answers
from mystery_shop.domain.export_table import ExportVisit, export_table
from mystery_shop.domain.figures import VisitFacts
from mystery_shop.domain.periods import DEFAULT_DAYS, PRESETS
from mystery_shop.domain.workflow import VisitStatus
from mystery_shop.reports.data import Branding, ReportInfo, new_report_id
from mystery_shop.reports.period_data import period_report_data
from mystery_shop.reports.tables import write_table

from . import dashboard, index, queries
from .branding import client_logo, firm
from .deps import Span, choose_client, frame, fresh, signed_in, span, state
from .report_pages import span_params
from .sessions import PortalUser
from .web import PREFIX, SECURITY_HEADERS, PortalError, attachment, query, render

router = APIRouter(prefix=PREFIX, include_in_schema=False)
DASH_PRESETS = [(label, str(days) if days else "custom") for label, days in PRESETS]
MEDIA = {"csv": "text/csv; charset=utf-8", "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"}


def _period(request: Request, user: PortalUser) -> tuple[str, str, dt.date, dt.date, dashboard.Period, Span]:
    """The client and period asked for, and its figures; 403 for a role without figures, 404 for a foreign client."""
    if not queries.may_see_figures(user):
        raise PortalError(403, "The dashboard is for the firm's supervisors and its clients.",
                          "Your reports are under Reports.")  # fmt: skip
    fresh(request)
    st = state(request)
    asked = span(request, default=str(DEFAULT_DAYS))
    start, end = asked.start, asked.end
    assert start is not None  # a dashboard always has a period
    assert end is not None
    with st.db.read() as s:
        clients = queries.clients_for(s, user)
        client = choose_client(request, user, clients, required=True)
        if client is None:
            raise PortalError(404, "There are no clients here yet.")
        period = dashboard.load(s, client, start, end)
    return client, dict(clients)[client], start, end, period, asked


@router.get("/dashboard")
def dashboard_page(request: Request) -> Response:
    user = signed_in(request)
    client, name, start, end, period, asked = _period(request, user)
    st = state(request)
    with st.db.read() as s:
        clients = queries.clients_for(s, user)
        location_ids = {n: lid for lid, n in queries.locations_for(s, user, client)}
    links = {"client": client if len(clients) > 1 else "", "period": "custom", "from": start.isoformat(),
             "to": end.isoformat()}  # fmt: skip
    links = {k: v for k, v in links.items() if v}
    here = {"client": client if len(clients) > 1 else "", **span_params(asked)}
    return render(
        request, "dashboard.html",
        **frame(request, user, title="Dashboard", clients=clients, client=client, client_name=name,
                client_logo=client, presets=DASH_PRESETS, period=asked, start=start, end=end,
                view=dashboard.view(period, links, location_ids), here=query(here), notices=list(asked.notices)),
    )  # fmt: skip


@router.get("/dashboard/report.pdf")
async def period_pdf(request: Request) -> Response:
    """The period report of the dashboard's figures (the app's renderer; unsigned: the server holds no key)."""
    user = await run_in_threadpool(signed_in, request)
    _, name, start, end, period, _ = await run_in_threadpool(_period, request, user)
    body = await run_in_threadpool(_period_pdf, request, name, start, end, period)
    return _download(body, "application/pdf", f"Period report {name} {start.isoformat()} to {end.isoformat()}.pdf")


def _period_pdf(request: Request, client_name: str, start: dt.date, end: dt.date, period: dashboard.Period) -> bytes:
    from mystery_shop.reports.period_report import render_period_report

    st = state(request)
    now = dt.datetime.now().astimezone()
    brand = firm(st.config.data_dir)
    info = ReportInfo(
        report_id=new_report_id("P", now), generated_at=now, app_version=__version__,
        branding=Branding(brand.name, brand.logo, client_logo(st.config.data_dir, period.client_id)),
    )  # fmt: skip
    with st.db.read() as s:
        people = queries.names(s, "person", {a for a in period.auditors.values() if a}, "display_name")
    about = {vid: (people.get(a or "", ""), VisitStatus.PUBLISHED.label) for vid, a in period.auditors.items()}
    out = io.BytesIO()
    render_period_report(period_report_data(info, client_name, start, end, period.figures, about), out)
    return out.getvalue()


@router.get("/dashboard/visits.{fmt}")
async def period_data(fmt: str, request: Request) -> Response:
    """The period's published visits, one row each with every answer (the app's export, same columns)."""
    if fmt not in MEDIA:
        raise PortalError(404, "There is no such download here.")
    user = await run_in_threadpool(signed_in, request)
    _, name, start, end, period, _ = await run_in_threadpool(_period, request, user)
    body = await run_in_threadpool(_table, request, fmt, name, start, end, period)
    return _download(body, MEDIA[fmt], f"Visits {name} {start.isoformat()} to {end.isoformat()}.{fmt}")


def _table(
    request: Request, fmt: str, client_name: str, start: dt.date, end: dt.date, period: dashboard.Period
) -> bytes:
    st = state(request)
    ids = [sv.facts.visit_id for sv in period.figures.visits]
    with st.db.read() as s:
        answers = index.read_answers(s, ids)
        people = queries.names(s, "person", {a for a in period.auditors.values() if a}, "display_name")
    rows = [
        ExportVisit(
            VisitFacts(f.visit_id, f.location, f.date, f.form, answers.get(f.visit_id, Answers())),
            sv,
            client_name,
            people.get(period.auditors.get(f.visit_id) or "", ""),
            VisitStatus.PUBLISHED.value,
        )
        for sv in period.figures.visits
        if (f := sv.facts) is not None
    ]
    header, table = export_table(rows)
    out = io.BytesIO()
    write_table(out, fmt, header, table, client=client_name, start=start, end=end)
    return out.getvalue()


def _download(body: bytes, media: str, filename: str) -> Response:
    headers = {k: v for k, v in SECURITY_HEADERS.items() if k != "Content-Security-Policy"}
    headers["Content-Disposition"] = attachment(filename)
    return Response(body, media_type=media, headers=headers)
