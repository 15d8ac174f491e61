"""A client's period on the portal: the desktop dashboard's and the period report's figures, from the same code.

``load`` reads the period's published visits from the index (one query:
place, day, form, digest) and adds them up with ``domain.figures.aggregate``,
the call behind the desktop dashboard and the period report. ``view`` turns
the figures into what the page shows. Figures are kept per process for the
index version they were made from, so a dashboard opened again costs nothing
until something is published.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from fractions import Fraction
from typing import Any
from urllib.parse import urlencode

from sqlalchemy import select
from sqlalchemy.orm import Session

from mystery_shop.domain.digest import VisitDigest
from mystery_shop.domain.figures import PeriodFigures, ScoredVisit, Summary, VisitRef, aggregate, collector_paused
from mystery_shop.domain.forms import Form
from mystery_shop.domain.numbers import display
from mystery_shop.domain.periods import PRESETS, preset_range
from mystery_shop.reports.period_data import section_groups
from mystery_shop.reports.text import stage_label
from mystery_shop.reports.theme import DANGER, heat_colour, hex_of, score_colour, seconds

from ..db import Database
from . import index, queries
from .charts import Bar, Point, bar_chart, trend_chart
from .memo import Memo
from .models import PortalVisit


@dataclass(frozen=True)
class Period:
    client_id: str
    start: dt.date
    end: dt.date
    figures: PeriodFigures
    auditors: dict[str, str | None]  # visit id -> auditor id
    forms: list[Form] = field(default_factory=list)


CACHE: Memo[Period] = Memo(32)


def load(s: Session, client_id: str, start: dt.date, end: dt.date, version: int | None = None) -> Period:
    """The period's figures; with the index ``version`` they are kept for it, without it always computed."""
    if version is None:
        return _compute(s, client_id, start, end)
    return CACHE.get((client_id, start, end, version), lambda: _compute(s, client_id, start, end))


def _compute(s: Session, client_id: str, start: dt.date, end: dt.date) -> Period:
    rows = queries.period_rows(s, client_id, start, end)
    forms = {k: index.FORMS.get(s, k) for k in {r[3] for r in rows}}
    from_json = VisitDigest.from_json
    with collector_paused():
        visits = [
            ScoredVisit(VisitRef(vid, location, day, form), from_json(digest))
            for vid, location, day, form_key, digest, _ in rows
            if (form := forms[form_key]) is not None
        ]
        figures = aggregate(visits)
    used = [f for f in forms.values() if f is not None]
    return Period(client_id, start, end, figures, {r[0]: r[5] for r in rows}, used)


def warm(db: Database, version: int) -> int:
    """Compute every client's dashboards of the preset periods ahead of the first open (the timer does, after the
    index changed): a client opening its dashboard gets it at once. Returns how many were computed."""
    days = [d for _, d in PRESETS if d]
    with db.read() as s:
        clients = [c for (c,) in s.execute(select(PortalVisit.client_id).distinct())]
        for client in clients:
            for d in days:
                start, end = preset_range(d)
                load(s, client, start, end, version)
    return len(clients) * len(days)


# ------------------------------------------------------------ what the page shows


@dataclass(frozen=True, slots=True)
class Tile:
    label: str
    value: str
    note: str


@dataclass(frozen=True, slots=True)
class HeatCell:
    text: str
    colour: str
    title: str
    href: str = ""


@dataclass(frozen=True)
class HeatMap:
    locations: list[tuple[str, str]]  # (name, href to its visits)
    groups: list[tuple[str, list[tuple[str, HeatCell, list[HeatCell]]]]]  # (form, [(touchpoint, all, cells)])


@dataclass(frozen=True)
class View:
    visits: int
    tiles: list[Tile]
    trend: Any
    locations: Any
    stages: Any
    failed: Any
    heat: HeatMap
    months: list[tuple[str, Summary, str]]  # (label, figures, href): the trend as a table
    ranked: list[tuple[str, Summary, str]]
    stage_rows: list[tuple[str, Summary]]
    failed_rows: list[tuple[str, int, int, str]]  # (question, failed, of, rate)
    durations: list[tuple[str, int, str, str]]  # (question, answers, mean, median)


def view(p: Period, links: dict[str, str], location_ids: dict[str, str]) -> View:
    """The page's figures; ``links`` are the list's query parameters for this client and period."""
    f = p.figures
    n = len(f.visits)

    def visits_href(**extra: str) -> str:
        return "/portal/reports?" + urlencode({**links, **extra})

    t = f.totals
    counts = f.rating_counts
    tiles = [
        Tile("Visits", f"{n:,}", f"published, at {_plural(len(f.by_location), 'location')}"),
        Tile(
            "Mean score",
            display(t.mean) if t else "—",
            f"of 100; {display(t.min)} to {display(t.max)}" if t else "no scored visits",
        ),
        Tile("CSAT", _pct(f.csat), f"{_plural(counts.get('csat', 0), 'answer')} rating 4 or 5"),
        Tile("NPS", _signed(f.nps), f"{_plural(counts.get('nps', 0), 'answer')}, promoters − detractors"),
        Tile("CES", display(f.ces), f"{_plural(counts.get('ces', 0), 'answer')}, mean of 1–7"),
    ]
    months = []
    points = []
    for key, summary in f.by_month.items():
        first = dt.date.fromisoformat(key + "-01")
        last = _month_end(first)
        href = visits_href(**{"from": max(first, p.start).isoformat(), "to": min(last, p.end).isoformat()})
        label = first.strftime("%b %Y")
        months.append((label, summary, href))
        points.append(Point(first.strftime("%b %y"), float(summary.mean), float(summary.min), float(summary.max),
                            display(summary.mean), href, _plural(summary.count, "visit")))  # fmt: skip
    ranked = []
    location_bars = []
    for name, summary in f.by_location.items():
        lid = location_ids.get(name, "")
        href = visits_href(location=lid) if lid else ""
        ranked.append((name, summary, href))
        note = f"{_plural(summary.count, 'visit')}, {display(summary.min)} to {display(summary.max)}"
        location_bars.append(Bar(name, float(summary.mean), display(summary.mean), _score(summary.mean), href, note))
    stage_rows = [(stage_label(st), s) for st, s in f.by_stage.items()]
    stage_bars = [Bar(label, float(s.mean), display(s.mean), _score(s.mean), "", _plural(s.count, "visit"))
                  for label, s in stage_rows]  # fmt: skip
    danger = hex_of(DANGER)
    failed_rows = [(r.text, r.hits, r.count, display(r.percent) + "%") for r in f.most_failed]
    failed_bars = [Bar(r.text, float(r.percent), display(r.percent) + "%", danger, "",
                       f"failed in {r.hits} of {_plural(r.count, 'visit')}") for r in f.most_failed]  # fmt: skip
    durations = [
        (f.question_texts.get(qid, qid), st.count, seconds(st.mean), seconds(st.median))
        for qid, st in f.durations.items()
    ]
    return View(
        visits=n,
        tiles=tiles,
        trend=trend_chart(points, "Mean score by month", desc=_describe(months)),
        locations=bar_chart(location_bars, "Locations ranked by mean score"),
        stages=bar_chart(stage_bars, "Mean score by journey stage"),
        failed=bar_chart(failed_bars, "The questions most often failed"),
        heat=_heat_map(p, visits_href, location_ids),
        months=months,
        ranked=ranked,
        stage_rows=stage_rows,
        failed_rows=failed_rows,
        durations=durations,
    )


def _heat_map(p: Period, visits_href: Any, location_ids: dict[str, str]) -> HeatMap:
    f = p.figures
    names = list(f.by_location)  # best first, as ranked
    groups, _ = section_groups(p.forms)
    if not groups:
        groups = (("", tuple(f.section_titles.items())),)
    hrefs = {n: visits_href(location=location_ids[n]) if n in location_ids else "" for n in names}
    out = []
    for title, sections in groups:
        rows = []
        for sid, stitle in sections:
            overall = f.by_section.get(sid)
            cells = []
            for loc in names:
                cell = f.heat_map.get((sid, loc))
                cells.append(_cell(cell, f"{stitle} at {loc}", hrefs[loc]))
            rows.append((stitle, _cell(overall, f"{stitle}, all locations"), cells))
        out.append((title, rows))
    return HeatMap([(n, hrefs[n]) for n in names], out)


def _cell(s: Summary | None, what: str, href: str = "") -> HeatCell:
    if s is None:
        return HeatCell("", hex_of(heat_colour(None)), f"{what}: not on this location's forms")
    return HeatCell(display(s.mean), hex_of(heat_colour(float(s.mean))),
                    f"{what}: mean {display(s.mean)} over {_plural(s.count, 'visit')}", href)  # fmt: skip


def _describe(months: list[tuple[str, Summary, str]]) -> str:
    return "; ".join(f"{label}: mean {display(s.mean)} over {_plural(s.count, 'visit')}" for label, s, _ in months)


def _score(x: Fraction) -> str:
    return hex_of(score_colour(float(x)))


def _pct(x: Fraction | None) -> str:
    return "—" if x is None else display(x) + "%"


def _signed(x: Fraction | None) -> str:
    return "—" if x is None else ("+" if x > 0 else "") + display(x, 0)


def _plural(n: int, word: str) -> str:
    return f"{n:,} {word}{'' if n == 1 else 's'}"


def _month_end(first: dt.date) -> dt.date:
    nxt = dt.date(first.year + (first.month == 12), first.month % 12 + 1, 1)
    return nxt - dt.timedelta(days=1)
