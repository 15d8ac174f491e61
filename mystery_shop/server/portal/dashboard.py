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
from collections import Counter
from dataclasses import dataclass, field
from fractions import Fraction
from typing import Any
from urllib.parse import urlencode

from sqlalchemy import select
from sqlalchemy.orm import Session

from mystery_shop.domain.digest import VisitDigest
from mystery_shop.domain.figures import PeriodFigures, ScoredVisit, Summary, VisitRef, aggregate, collector_paused
from mystery_shop.domain.forms import Form
from mystery_shop.domain.languages import SOURCE
from mystery_shop.domain.numbers import NPS_PLACES, display
from mystery_shop.domain.periods import PRESETS, preset_range
from mystery_shop.reports.period_data import section_groups
from mystery_shop.reports.text import stage_label
from mystery_shop.reports.theme import DANGER, heat_colour, hex_of, score_colour, seconds

from ..db import Database
from . import checks, index, queries
from .charts import Bar, Point, bar_chart, trend_chart
from .language import count, month, num, pt, ptn
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
    checks: dict[str, tuple[str, ...]] = field(default_factory=dict)  # visit id -> codes of the checks across visits


CACHE: Memo[Period] = Memo(32)


def load(s: Session, client_id: str, start: dt.date, end: dt.date, version: int | None = None,
         language: str | None = None, locations: frozenset[str] | None = None) -> Period:  # fmt: skip
    """The period's figures; with the index ``version`` they are kept for it, without it always computed. With
    ``locations`` (a location-scoped account's), of those locations only.

    With a ``language``, the forms' own texts (touchpoints, questions) are in it where a form is written in it
    (``Form.in_language``: the same ids, points and rules, so the same figures)."""
    if version is None:
        return _compute(s, client_id, start, end, language, locations)
    places = tuple(sorted(locations)) if locations is not None else None
    return CACHE.get((client_id, start, end, version, language, places),
                     lambda: _compute(s, client_id, start, end, language, locations))  # fmt: skip


def _in_language(form: Form | None, language: str | None) -> Form | None:
    return form.in_language(language) if form is not None and language else form


def _compute(s: Session, client_id: str, start: dt.date, end: dt.date, language: str | None = None,
             locations: frozenset[str] | None = None) -> Period:  # fmt: skip
    rows = queries.period_rows(s, client_id, start, end, locations)
    forms = {k: _in_language(index.FORMS.get(s, k), language) for k in {r[3] for r in rows}}
    from_json = VisitDigest.from_json
    with collector_paused():
        visits = [
            ScoredVisit(VisitRef(vid, location, day, form), from_json(digest))
            for vid, location, day, form_key, digest, _ in rows
            if (form := forms[form_key]) is not None
        ]
        figures = aggregate(visits)
    used = [f for f in forms.values() if f is not None]
    across = checks.client_cross_checks(s, client_id) if rows else {}
    flagged = {r[0]: tuple(sorted({c.code.value for c in across[r[0]]})) for r in rows if across.get(r[0])}
    return Period(client_id, start, end, figures, {r[0]: r[5] for r in rows}, used, flagged)


def warm(db: Database, version: int) -> int:
    """Compute every client's dashboards of the preset periods ahead of the first open (the timer does, after the
    index changed): a client opening its dashboard gets it at once. Returns how many were computed."""
    days = [d for _, d in PRESETS if d]
    with db.read() as s:
        clients = [c for (c,) in s.execute(select(PortalVisit.client_id).distinct())]
        for client in clients:
            for d in days:
                start, end = preset_range(d)
                load(s, client, start, end, version, SOURCE)  # the language of most readers, for a guess
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
        Tile(pt("Visits"), count(n), ptn("published, at %Ln location(s)", len(f.by_location))),
        Tile(
            pt("Mean score"),
            num(t.mean) if t else "—",
            pt("of 100; {low} to {high}").format(low=num(t.min), high=num(t.max)) if t else pt("no scored visits"),
        ),
        Tile(pt("CSAT"), _pct(f.csat), ptn("%Ln answer(s) rating 4 or 5", counts.get("csat", 0))),
        Tile(pt("NPS"), _signed(f.nps), ptn("%Ln answer(s), promoters − detractors", counts.get("nps", 0))),
        Tile(pt("CES"), num(f.ces), ptn("%Ln answer(s), mean of 1–7", counts.get("ces", 0))),
        _checks_tile(p),
    ]
    months = []
    points = []
    for key, summary in f.by_month.items():
        first = dt.date.fromisoformat(key + "-01")
        last = _month_end(first)
        href = visits_href(**{"from": max(first, p.start).isoformat(), "to": min(last, p.end).isoformat()})
        months.append((month(first), summary, href))
        points.append(Point(month(first), float(summary.mean), float(summary.min), float(summary.max),
                            num(summary.mean), href, _visits(summary.count)))  # fmt: skip
    ranked = []
    location_bars = []
    for name, summary in f.by_location.items():
        lid = location_ids.get(name, "")
        href = visits_href(location=lid) if lid else ""
        ranked.append((name, summary, href))
        note = pt("{visits}, {low} to {high}").format(visits=_visits(summary.count), low=num(summary.min),
                                                      high=num(summary.max))  # fmt: skip
        location_bars.append(Bar(name, float(summary.mean), num(summary.mean), _score(summary.mean), href, note))
    stage_rows = [(stage_label(st), s) for st, s in f.by_stage.items()]
    stage_bars = [Bar(label, float(s.mean), num(s.mean), _score(s.mean), "", _visits(s.count))
                  for label, s in stage_rows]  # fmt: skip
    danger = hex_of(DANGER)
    failed_rows = [(r.text, r.hits, r.count, _pct(r.percent)) for r in f.most_failed]
    failed_bars = [Bar(r.text, float(r.percent), _pct(r.percent), danger, "",
                       ptn("failed in {hits} of %Ln visit(s)", r.count).format(hits=count(r.hits)))
                   for r in f.most_failed]  # fmt: skip
    durations = [
        (f.question_texts.get(qid, qid), st.count, seconds(st.mean), seconds(st.median))
        for qid, st in f.durations.items()
    ]
    return View(
        visits=n,
        tiles=tiles,
        trend=trend_chart(points, pt("Mean score by month"), desc=_describe(months)),
        locations=bar_chart(location_bars, pt("Locations ranked by mean score")),
        stages=bar_chart(stage_bars, pt("Mean score by journey stage")),
        failed=bar_chart(failed_bars, pt("The questions most often failed")),
        heat=_heat_map(p, visits_href, location_ids),
        months=months,
        ranked=ranked,
        stage_rows=stage_rows,
        failed_rows=failed_rows,
        durations=durations,
    )


def _checks_tile(p: Period) -> Tile:
    """How many of the period's visits a check across visits stands against, and which checks (issue 32)."""
    codes = Counter(code for found in p.checks.values() for code in found)
    note = ", ".join(f"{code} {n}" for code, n in sorted(codes.items())) or pt("none flagged")
    return Tile(pt("Quality checks"), count(len(p.checks)), note)


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
                cells.append(_cell(cell, pt("{touchpoint} at {location}").format(touchpoint=stitle, location=loc),
                                   hrefs[loc]))  # fmt: skip
            rows.append((stitle, _cell(overall, pt("{touchpoint}, all locations").format(touchpoint=stitle)), cells))
        out.append((title, rows))
    return HeatMap([(n, hrefs[n]) for n in names], out)


def _cell(s: Summary | None, what: str, href: str = "") -> HeatCell:
    if s is None:
        return HeatCell("", hex_of(heat_colour(None)), pt("{what}: not on this location's forms").format(what=what))
    title = _mean_over(what, s)
    return HeatCell(num(s.mean), hex_of(heat_colour(float(s.mean))), title, href)


def _describe(months: list[tuple[str, Summary, str]]) -> str:
    return "; ".join(_mean_over(label, s) for label, s, _ in months)


def _mean_over(what: str, s: Summary) -> str:
    # One counted text, not "{visits}" filled in: "over" asks for its own case in Polish ("z 3 wizyt").
    return ptn("{what}: mean {mean} over %Ln visit(s)", s.count).format(what=what, mean=num(s.mean))


def _score(x: Fraction) -> str:
    return hex_of(score_colour(float(x)))


def _pct(x: Fraction | None) -> str:
    return "—" if x is None else pt("{value}%").format(value=num(x))  # "72,5 %" in French


def _signed(x: Fraction | None) -> str:
    return "—" if x is None else ("+" if x > 0 else "") + num(display(x, NPS_PLACES))


def _visits(n: int) -> str:
    return ptn("%Ln visit(s)", n)


def _month_end(first: dt.date) -> dt.date:
    nxt = dt.date(first.year + (first.month == 12), first.month % 12 + 1, 1)
    return nxt - dt.timedelta(days=1)
