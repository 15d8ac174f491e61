"""The portal's dashboard, period report and data export: the app's figures, from the same code, to the digit."""

from __future__ import annotations

import calendar
import csv
import dataclasses
import datetime as dt
import html
import io
import re

from openpyxl import load_workbook
from pypdf import PdfReader
from server.portal_support import World, signed_in

from mystery_shop.domain.figures import PeriodFigures
from mystery_shop.domain.numbers import display
from mystery_shop.domain.workflow import VisitStatus
from mystery_shop.server.portal import dashboard, index
from mystery_shop.services.export import export_rows
from mystery_shop.services.period import load_period


def comparable(f: PeriodFigures) -> dict[str, object]:
    out = {k.name: getattr(f, k.name) for k in dataclasses.fields(f) if k.name != "visits"}
    out["visits"] = [(sv.facts.visit_id, sv.facts.location, sv.facts.date, sv.facts.form.key, sv.digest)
                     for sv in f.visits]  # fmt: skip
    return out


def test_the_dashboard_has_the_apps_figures(world: World, laptop) -> None:  # type: ignore[no-untyped-def]
    live = world.live
    sue = laptop("sue")
    assert sue.sync().exit_code == 0
    start, end = dt.date.today() - dt.timedelta(days=365), dt.date.today()
    app = load_period(sue.ws, "Acme", start, end, states=[VisitStatus.PUBLISHED])
    index.catch_up(live.db)
    with live.db.read() as s:
        portal = dashboard.load(s, world.firm.client_id, start, end)
    assert comparable(portal.figures) == comparable(app.figures())
    assert len(portal.figures.visits) == 3, "published only: the approved visit is not the client's yet"

    b = signed_in(live, "carl")
    page = b.get("/portal/dashboard?period=365").text
    f = portal.figures
    assert f.totals is not None
    assert f'<span class="tile-value">{display(f.totals.mean)}</span>' in page
    assert "Mean score by month" in page and "<svg" in page and 'role="img"' in page
    assert "Entrance and greeting" in page, "the heat map's touchpoints"
    for r in f.most_failed:
        assert r.text in page
    # Drill-down: each month of the trend and each location of the ranking opens the list of its visits.
    hrefs = {html.unescape(h) for h in re.findall(r'href="(/portal/reports\?[^"]+)"', page)}
    months = set()
    for key in f.by_month:
        first = dt.date.fromisoformat(key + "-01")
        last = first.replace(day=calendar.monthrange(first.year, first.month)[1])
        months.add(f"/portal/reports?period=custom&from={max(first, start)}&to={min(last, end)}")
    assert months and months <= hrefs, ("a month's link", sorted(hrefs))
    where = f"/portal/reports?period=custom&from={start}&to={end}&location={world.firm.location_id}"
    assert len(f.by_location) == 1 and where in hrefs, ("the location's link", sorted(hrefs))
    listed = b.get(where)
    assert listed.status_code == 200 and "High Street" in listed.text
    b.close()


def test_the_period_report_and_the_data_are_the_apps(world: World, laptop) -> None:  # type: ignore[no-untyped-def]
    live = world.live
    sue = laptop("sue")
    assert sue.sync().exit_code == 0
    b = signed_in(live, "carl")
    r = b.get("/portal/dashboard/report.pdf?period=365")
    assert r.status_code == 200 and r.headers["content-type"] == "application/pdf"
    assert "Period report Acme" in r.headers["content-disposition"]
    text = " ".join(p.extract_text() for p in PdfReader(io.BytesIO(r.content)).pages)
    start, end = dt.date.today() - dt.timedelta(days=365), dt.date.today()
    app = load_period(sue.ws, "Acme", start, end, states=[VisitStatus.PUBLISHED])
    totals = app.figures().totals
    assert totals is not None
    assert "Acme" in text and "3 visits" in text and display(totals.mean) in text
    assert "alice" in text, "the auditor, by name"
    assert "published, at" in text and "approved" not in text, "the portal counts published visits only"

    header, rows = export_rows(app)
    got = b.get("/portal/dashboard/visits.csv?period=365")
    assert got.status_code == 200 and got.content.startswith(b"\xef\xbb\xbf"), "UTF-8 with a BOM, for Excel"
    table = list(csv.reader(io.StringIO(got.content.decode("utf-8-sig"))))
    assert table[0] == header
    assert table[1:] == [[_csv(v) for v in row] for row in rows]
    xlsx = load_workbook(io.BytesIO(b.get("/portal/dashboard/visits.xlsx?period=365").content))
    sheet = list(xlsx["Visits"].iter_rows(values_only=True))
    assert list(sheet[0]) == header and len(sheet) == 1 + len(rows)
    assert xlsx["About"]["B1"].value == "Acme"
    assert b.get("/portal/dashboard/visits.json?period=365").status_code == 404
    b.close()


def test_an_empty_period_and_a_bad_date(world: World) -> None:
    b = signed_in(world.live, "carl")
    page = b.get("/portal/dashboard?period=custom&from=2001-01-01&to=2001-01-31")
    assert page.status_code == 200 and "No visits were published for this period yet." in page.text
    swapped = b.get("/portal/dashboard?period=custom&from=2001-01-31&to=2001-01-01").text
    assert "the dates were swapped" in swapped
    pdf = b.get("/portal/dashboard/report.pdf?period=custom&from=2001-01-01&to=2001-01-31")
    text = " ".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf.content)).pages)
    assert "No published visits" in text and "approved" not in text, "the portal counts published visits only"
    b.close()


def _csv(value: object) -> str:
    return "" if value is None else str(value)


def test_the_dashboard_counts_the_checks_across_visits_as_the_supervisors_queue(world: World, laptop) -> None:  # type: ignore[no-untyped-def]
    """Issue 32: the server finds the checks across visits from the synced records with the laptop's code."""
    from mystery_shop.domain.cross_checks import cross_visit_checks
    from mystery_shop.server.portal import checks
    from mystery_shop.services.quality import client_settings, load_visits

    live = world.live
    sue = laptop("sue")
    assert sue.sync().exit_code == 0
    on_laptop = cross_visit_checks([lv.record for lv in load_visits(sue.ws)], client_settings(sue.ws))
    acme = {*world.visits["Acme"], world.approved["Acme"]}
    with live.db.read() as s:
        on_server = checks.client_cross_checks(s, world.firm.client_id)
    assert on_server == {k: v for k, v in on_laptop.items() if k in acme}
    assert {c.code.value for found in on_server.values() for c in found} == {"repeat-visit"}  # alice, every 10 days

    index.catch_up(live.db)
    start, end = dt.date.today() - dt.timedelta(days=365), dt.date.today()
    with live.db.read() as s:
        period = dashboard.load(s, world.firm.client_id, start, end)
    published = set(world.visits["Acme"])
    assert period.checks == {k: ("repeat-visit",) for k in on_server if k in published}
    page = signed_in(live, "carl")
    html = page.get("/portal/dashboard?period=365").text
    page.close()
    tile = f'<span class="tile-label">Quality checks</span><span class="tile-value">{len(period.checks)}</span>'
    assert tile in html and f"repeat-visit {len(period.checks)}" in html
