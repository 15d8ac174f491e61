"""A client's period: the dashboard, its period report as PDF, and its data as CSV or XLSX."""

from __future__ import annotations

import datetime as dt
import io
from dataclasses import dataclass
from fractions import Fraction
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import Response
from starlette.concurrency import run_in_threadpool

from mystery_shop import __version__
from mystery_shop.domain.action_figures import action_figures, most_recurring
from mystery_shop.domain.answers import Answers
from mystery_shop.domain.export_table import ExportVisit, export_table
from mystery_shop.domain.figures import VisitFacts
from mystery_shop.domain.periods import DEFAULT_DAYS, PRESETS
from mystery_shop.domain.workflow import VisitStatus
from mystery_shop.reports.data import Branding, ReportInfo, new_report_id
from mystery_shop.reports.language import report_language, rt
from mystery_shop.reports.period_data import build_period_report_data
from mystery_shop.reports.tables import write_table

from . import appeal_view, dashboard, index, queries
from .action_pages import now, scope
from .action_store import PA, figure_rows
from .branding import client_logo, firm
from .deps import Span, choose_client, frame, fresh, signed_in, signed_in_async, span, state
from .language import current, num, pt, pt_noop
from .report_pages import presets, span_params
from .sessions import PortalUser
from .web import PREFIX, SECURITY_HEADERS, PortalError, attachment, query, render

router = APIRouter(prefix=PREFIX, include_in_schema=False)
DASH_PRESETS = [(label, str(days) if days else "custom") for label, days in PRESETS]
MEDIA = {"csv": "text/csv; charset=utf-8", "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"}


@dataclass(frozen=True)
class Asked:
    """The client and period a dashboard request is about, with their figures."""

    client: str
    name: str
    clients: list[tuple[str, str]]
    span: Span
    start: dt.date
    end: dt.date
    period: dashboard.Period
    version: int


def _asked(request: Request, user: PortalUser) -> Asked:
    """403 for a role without figures, 404 for a client not the user's."""
    if not queries.may_see_figures(user):
        raise PortalError(403, pt_noop("The dashboard is for the firm's supervisors and its clients."),
                          pt_noop("Your reports are under Reports."))  # fmt: skip
    version = fresh(request)
    asked = span(request, default=str(DEFAULT_DAYS))
    start, end = asked.start, asked.end
    assert start is not None  # a dashboard always has a period
    assert end is not None
    with state(request).db.read() as s:
        clients = queries.clients_for(s, user)
        client = choose_client(request, user, clients, required=True)
        if client is None:
            raise PortalError(404, pt_noop("There are no clients here yet."))
        period = dashboard.load(s, client, start, end, version, current(), user.locations)
    return Asked(client, dict(clients)[client], clients, asked, start, end, period, version)


@router.get("/dashboard")
def dashboard_page(request: Request) -> Response:
    user = signed_in(request)
    a = _asked(request, user)
    with state(request).db.read() as s:
        location_ids = {n: lid for lid, n in queries.choices(s, user, a.client, a.version)[0]}
        appealed, appealed_by = appeal_view.period_figures(
            s, {sv.facts.visit_id: sv.facts.location for sv in a.period.figures.visits if sv.facts is not None}
        )
        acts = action_view(s, user, a.client, a.start, a.end)
    several = a.client if len(a.clients) > 1 else ""
    links = {k: v for k, v in {"client": several, "period": "custom", "from": a.start.isoformat(),
                               "to": a.end.isoformat()}.items() if v}  # fmt: skip
    here = query({"client": several, **span_params(a.span)})
    return render(
        request, "dashboard.html",
        **frame(request, user, title=pt("Dashboard"), clients=a.clients, client=a.client, client_name=a.name,
                client_logo=a.client, presets=presets(DASH_PRESETS), period=a.span, start=a.start, end=a.end,
                view=dashboard.view(a.period, links, location_ids), here=here, notices=list(a.span.notices),
                appealed=appealed, appealed_by=appealed_by, pct=_pct, days=_days, acts=acts),
    )  # fmt: skip


@router.get("/dashboard/report.pdf")
async def period_pdf(request: Request) -> Response:
    """The period report of the dashboard's figures (the app's renderer; unsigned: the server holds no key)."""
    user = await signed_in_async(request)
    a = await run_in_threadpool(_asked, request, user)
    body = await run_in_threadpool(_period_pdf, request, a.name, a.start, a.end, a.period, current())
    name = pt("Period report {client} {start} to {end}").format(client=a.name, start=a.start.isoformat(),
                                                                 end=a.end.isoformat())  # fmt: skip
    return _download(body, "application/pdf", name + ".pdf")


def _period_pdf(request: Request, client_name: str, start: dt.date, end: dt.date, period: dashboard.Period,
                language: str) -> bytes:  # fmt: skip
    """The period report in the language of the one who downloads it, the page's: the reader chose it (or their
    browser did), where the client record's report language is the firm's choice for the reports it sends."""
    from mystery_shop.reports.period_report import render_period_report

    st = state(request)
    now = dt.datetime.now().astimezone()
    brand = firm(st.config.data_dir)
    info = ReportInfo(
        report_id=new_report_id("P", now), generated_at=now, app_version=__version__,
        branding=Branding(brand.name, brand.logo, client_logo(st.config.data_dir, period.client_id)),
        language=language,
    )  # fmt: skip
    with st.db.read() as s:
        people = queries.names(s, "person", {a for a in period.auditors.values() if a}, "display_name")
    out = io.BytesIO()
    with report_language(language):  # the data's words (states, stages, grade bands) too, not only the drawing's
        status = rt(VisitStatus.PUBLISHED.label)
        about = {vid: (people.get(a or "", ""), status) for vid, a in period.auditors.items()}
        render_period_report(
            build_period_report_data(info, client_name, start, end, period.figures, about, published_only=True), out
        )
    return out.getvalue()


@router.get("/dashboard/visits.{fmt}")
async def period_data(fmt: str, request: Request) -> Response:
    """The period's published visits, one row each with every answer (the app's export, same columns)."""
    if fmt not in MEDIA:
        raise PortalError(404, pt_noop("There is no such download here."))
    user = await signed_in_async(request)
    a = await run_in_threadpool(_asked, request, user)
    body = await run_in_threadpool(_table, request, fmt, a.name, a.start, a.end, a.period)
    name = pt("Visits {client} {start} to {end}").format(client=a.name, start=a.start.isoformat(),
                                                         end=a.end.isoformat())  # fmt: skip
    return _download(body, MEDIA[fmt], f"{name}.{fmt}")


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


def _pct(x: Any) -> str:
    return "—" if x is None else num(x * 100) + " %"


def _days(x: float | None) -> str:
    return "—" if x is None else num(Fraction(round(x, 1)).limit_denominator(10))


def _download(body: bytes, media: str, filename: str) -> Response:
    headers = {k: v for k, v in SECURITY_HEADERS.items() if k != "Content-Security-Policy"}
    headers["Content-Disposition"] = attachment(filename)
    return Response(body, media_type=media, headers=headers)


def action_view(s: Any, user: PortalUser, client: str, start: dt.date, end: dt.date) -> dict[str, Any] | None:
    """The action plans' figures of the period (visits' dates) by location (``domain.action_figures``, as the app's
    dashboard reads them); None when there are none."""
    rows = figure_rows(s, [scope(user), PA.client_id == client, PA.scheduled_date >= start, PA.scheduled_date <= end])
    if not rows:
        return None
    total, by = action_figures(rows, now())

    def line(f: Any) -> tuple[int, int, int, str, str]:
        rate = f.recurrence_rate
        return (f.opened, f.closed_on_time, f.overdue, num(f.median_days) if f.median_days is not None else "—",
                f"{num(rate * 100)} %" if rate is not None else "—")  # fmt: skip

    return {"total": line(total), "by": [(loc, line(f)) for loc, f in by.items()], "recurring": most_recurring(rows)}
