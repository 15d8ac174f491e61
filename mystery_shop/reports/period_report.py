"""The period report: one client over a date range, with the dashboard's figures.

Every number comes from ``domain.figures.period_figures`` (handed in by the
services as ``PeriodReportData.figures``), so the report and the dashboard
agree to the decimal.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any, BinaryIO

from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Paragraph, Spacer

from mystery_shop.domain.figures import Summary
from mystery_shop.domain.numbers import NPS_PLACES

from . import charts
from .blocks import brand_row, callout, data_table, kpi_tiles, signature_block
from .data import PeriodReportData, RenderResult
from .language import date_span, english, month_year, number, report_language, rt, rtn
from .layout import BoxRecorder, PageDecor, ReportDoc, content_width
from .text import stage_label
from .theme import (
    DANGER,
    WARN,
    WARN_BG,
    WHITE,
    Styles,
    esc,
    heat_colour,
    hex_of,
    num,
    score_colour,
    seconds,
    short_day,
)

HEAT_MIN_COL = 54.0  # narrowest location column in the heat map
HEAT_LABEL = 136.0  # the touchpoint column


def render_period_report(data: PeriodReportData, out: Path | BinaryIO) -> RenderResult:
    with report_language(data.info.language):
        return _render(data, out)


def _render(data: PeriodReportData, out: Path | BinaryIO) -> RenderResult:
    r = _PeriodReport(data)
    span = period_words(data.start, data.end)
    doc = ReportDoc(
        out,
        data.info,
        PageDecor(
            firm=data.info.branding.firm_name or rt("Mystery shopping report"),
            title=rt("Period report"),
            subject=f"{data.client} · {span}",
            report_id=data.info.report_id,
            reference=rt("{client}, {start} to {end}").format(
                client=data.client, start=data.start.isoformat(), end=data.end.isoformat()
            ),
            app_version=data.info.app_version,
            generated_at=data.info.generated_at,
        ),
        title=rt("Period report: {client}, {span}").format(client=data.client, span=span),
        subject=rt("Mystery shopping results of {client} from {start} to {end}").format(
            client=data.client, start=data.start, end=data.end
        ),
    )
    pages = doc.render(r.story())
    b = data.info.branding
    return RenderResult(pages, r.recorder.box, (b.firm_logo is not None) + (b.client_logo is not None))


def period_words(start: dt.date, end: dt.date) -> str:
    """ "1 September – 30 November 2026"; the year once when both ends share it (Babel's interval
    format in the report's language: "1. Sept. – 30. Nov. 2026")."""
    if not english():
        return date_span(start, end)
    if start.year == end.year:
        first = f"{start.day} {start:%B}" if start.month != end.month or start.day != end.day else ""
        if start == end:
            return f"{end.day} {end:%B %Y}"
        return f"{first} – {end.day} {end:%B %Y}"
    return f"{start.day} {start:%B %Y} – {end.day} {end:%B %Y}"


class _PeriodReport:
    def __init__(self, data: PeriodReportData) -> None:
        self.d = data
        self.f = data.figures
        self.s = Styles()
        self.width = content_width(data.info.page_size)
        self.recorder = BoxRecorder()

    def story(self) -> list[Flowable]:
        out = self.opening()
        if not self.f.visits:
            out.append(
                callout(
                    [Paragraph(self._none_text(), self.s.body)],
                    self.width,
                    ground=WARN_BG,
                    edge=WARN,
                )
            )
        else:
            out += self.locations()
            out += self.trend()
            out += self.stages()
            out += self.heat_map()
            out += self.durations()
            out += self.most_failed()
            out += self.visit_list()
        out += self.closing()
        return out

    def _none_text(self) -> str:
        if self.d.published_only:
            return rt("No published visits were scheduled in this period.")
        return rt("No approved or published visits were scheduled in this period.")

    # ------------------------------------------------------------ opening: who, when, the key figures

    def opening(self) -> list[Flowable]:
        d, f, s, w = self.d, self.f, self.s, self.width
        b = d.info.branding
        n = len(f.visits)
        locations = len(f.by_location)
        out: list[Flowable] = [
            brand_row(w, b.firm_name, b.firm_logo, d.client, b.client_logo),
            Spacer(1, 26),
            Paragraph(rt("MYSTERY SHOPPING PERIOD REPORT"), s.kicker),
            Paragraph(esc(d.client), s.title),
            Spacer(1, 2),
            Paragraph(
                f"{period_words(d.start, d.end)}  ·  "
                + rt("{visits} at {locations}").format(
                    visits=rtn("%n visit(s)", n), locations=rtn("%n location(s)", locations)
                ),
                s.subtitle,
            ),
            Spacer(1, 18),
        ]
        t = f.totals
        counts = f.rating_counts
        tiles = [
            (
                rt("Visits"),
                number(str(n)),
                (
                    rt("published, at {locations}") if d.published_only else rt("approved or published, at {locations}")
                ).format(locations=rtn("%n location(s)", locations)),
                None,
            ),
            (
                rt("Mean score"),
                num(t.mean) if t else "—",
                rt("of 100, over all visits"),
                score_colour(_f(t.mean) if t else None),
            ),
            (rt("Range"), f"{num(t.min)}–{num(t.max)}" if t else "—", rt("lowest to highest visit total"), None),
            (
                "CSAT",
                _pct(f.csat),
                rt("happy or very happy, of {answers}").format(answers=rtn("%n answer(s)", counts.get("csat", 0))),
                None,
            ),
            (
                "NPS",
                _signed(f.nps, NPS_PLACES),
                rt("promoters − detractors, of {answers}").format(answers=rtn("%n answer(s)", counts.get("nps", 0))),
                None,
            ),
            (
                "CES",
                num(f.ces),
                rt("mean ease, 1–7, of {answers}").format(answers=rtn("%n answer(s)", counts.get("ces", 0))),
                None,
            ),
        ]
        out.append(kpi_tiles(tiles, w, s))
        out.append(Spacer(1, 8))
        return out

    # ------------------------------------------------------------ locations

    def locations(self) -> list[Flowable]:
        s, w = self.s, self.width
        rows: list[list[Any]] = [
            [
                Paragraph("#", s.head),
                Paragraph(rt("Location"), s.head),
                Paragraph(rt("Visits"), s.head_right),
                Paragraph(rt("Mean"), s.head_right),
                Paragraph(rt("Lowest"), s.head_right),
                Paragraph(rt("Highest"), s.head_right),
                Paragraph(rt("Spread on 0–100 (dot: mean)"), s.head),
            ]
        ]
        bar_w = 128.0
        for rank, (location, summary) in enumerate(self.f.by_location.items(), start=1):
            colour = score_colour(_f(summary.mean))
            rows.append(
                [
                    Paragraph(str(rank), s.cell),
                    Paragraph(esc(location), s.cell),
                    Paragraph(str(summary.count), s.cell_right),
                    Paragraph(f'<font color="{_hex(colour)}"><b>{num(summary.mean)}</b></font>', s.cell_right),
                    Paragraph(num(summary.min), s.cell_right),
                    Paragraph(num(summary.max), s.cell_right),
                    charts.spread_bar(_f(summary.mean), _f(summary.min), _f(summary.max), bar_w),
                ]
            )
        widths = [22.0, 0.0, 40.0, 44.0, 44.0, 46.0, bar_w + 12]
        widths[1] = w - sum(widths)
        return [
            Paragraph(rt("Locations, ranked by mean score"), s.h2),
            data_table(rows, widths, right=(2, 3, 4, 5)),
            Spacer(1, 6),
        ]

    def trend(self) -> list[Flowable]:
        s = self.s
        points = [
            charts.TrendPoint(_month(k), _f(v.mean), _f(v.min), _f(v.max), v.count) for k, v in self.f.by_month.items()
        ]
        return [
            KeepTogether(
                [
                    Paragraph(rt("Score by month"), s.h2),
                    charts.trend_chart(points, self.width, 150),
                    Paragraph(rt("Line: the month's mean visit total. Grey bar: its lowest to highest visit."), s.tiny),
                ]
            ),
            Spacer(1, 6),
        ]

    def stages(self) -> list[Flowable]:
        s = self.s
        if not self.f.by_stage:
            return []
        items = [
            charts.BarItem(stage_label(st), _f(v.mean), note=rtn("%n visit(s)", v.count))
            for st, v in self.f.by_stage.items()
        ]
        return [
            KeepTogether(
                [
                    Paragraph(rt("Score by journey stage"), s.h2),
                    charts.bar_chart(items, self.width, label_width=110),
                    Paragraph(rt("Mean of the visits' stage scores (points earned of possible in the stage)."), s.tiny),
                ]
            ),
            Spacer(1, 6),
        ]

    # ------------------------------------------------------------ heat map

    def heat_map(self) -> list[Flowable]:
        s, w, f = self.s, self.width, self.f
        locations = list(f.by_location)  # best first
        per_table = max(1, int((w - HEAT_LABEL - HEAT_MIN_COL) // HEAT_MIN_COL))  # after the "All" column
        groups = self.d.section_groups or (("", tuple(f.section_titles.items())),)
        out: list[Flowable] = [
            CondPageBreak(220),
            Paragraph(rt("Touchpoints by location"), s.h2),
            Paragraph(
                rt(
                    "Mean touchpoint score at each location (locations ranked as above); “All” is the mean over "
                    "every visit. An empty cell: the location's visits did not include this touchpoint."
                ),
                s.note,
            ),
            Spacer(1, 6),
        ]
        chunks = [locations[i : i + per_table] for i in range(0, len(locations), per_table)] or [[]]
        for k, chunk in enumerate(chunks):
            col_w = (w - HEAT_LABEL) / (len(chunk) + 1) if chunk else w - HEAT_LABEL
            col_w = min(col_w, 80.0)
            header = [Paragraph(rt("Touchpoint"), s.head), Paragraph(rt("All"), s.head_centre)]
            header += [Paragraph(esc(loc), s.heat_head) for loc in chunk]
            rows: list[list[Any]] = [header]
            extra: list[tuple[Any, ...]] = [
                ("VALIGN", (1, 0), (-1, 0), "BOTTOM"),
                ("LEFTPADDING", (1, 0), (-1, 0), 2),
                ("RIGHTPADDING", (1, 0), (-1, 0), 2),
            ]
            for title, sections in groups:
                if len(groups) > 1:
                    rows.append([Paragraph(f"<b>{esc(title)}</b>", s.small)] + [""] * (len(chunk) + 1))
                    r = len(rows) - 1
                    extra += [("SPAN", (0, r), (-1, r)), ("TOPPADDING", (0, r), (-1, r), 8)]
                for sid, stitle in sections:
                    overall = f.by_section.get(sid)
                    row: list[Any] = [Paragraph(esc(stitle), s.cell), self._heat_cell(overall)]
                    r = len(rows)
                    extra.append(("BACKGROUND", (1, r), (1, r), heat_colour(_f(overall.mean) if overall else None)))
                    for c, loc in enumerate(chunk, start=2):
                        cell = f.heat_map.get((sid, loc))
                        row.append(self._heat_cell(cell))
                        extra.append(("BACKGROUND", (c, r), (c, r), heat_colour(_f(cell.mean) if cell else None)))
                    rows.append(row)
            widths = [w - col_w * (len(chunk) + 1), *([col_w] * (len(chunk) + 1))]
            extra += [
                ("LINEBELOW", (0, 1), (-1, -1), 1.2, WHITE),
                ("LINEAFTER", (0, 1), (-1, -1), 1.2, WHITE),
                ("LINEAFTER", (1, 0), (1, -1), 1.6, WHITE),
            ]
            if k:
                out.append(Spacer(1, 10))
            out.append(data_table(rows, widths, centre=tuple(range(1, len(chunk) + 2)), extra=extra, padding=4))
        legend = [
            (f"{lo}", charts_colour)
            for lo, charts_colour in (
                (0, heat_colour(0)),
                (60, heat_colour(60)),
                (80, heat_colour(80)),
                (100, heat_colour(100)),
            )
        ]
        out += [Spacer(1, 5), charts.legend_swatches(legend, w), Spacer(1, 6)]
        return out

    def _heat_cell(self, summary: Summary | None) -> Paragraph:
        if summary is None:
            return Paragraph("", self.s.tiny_centre)
        return Paragraph(f"<b>{num(summary.mean)}</b>", self.s.tiny_centre)

    # ------------------------------------------------------------ timed questions, failures

    def durations(self) -> list[Flowable]:
        s, w, f = self.s, self.width, self.f
        if not f.durations:
            return []
        rows: list[list[Any]] = [
            [
                Paragraph(rt("Touchpoint"), s.head),
                Paragraph(rt("Timed question"), s.head),
                Paragraph(rt("Answers"), s.head_right),
                Paragraph(rt("Mean"), s.head_right),
                Paragraph(rt("Median"), s.head_right),
            ]
        ]
        for qid, st in f.durations.items():
            rows.append(
                [
                    Paragraph(esc(self.d.question_sections.get(qid, "")), s.small_ink),
                    Paragraph(esc(f.question_texts.get(qid, qid)), s.cell),
                    Paragraph(number(str(st.count)), s.cell_right),
                    Paragraph(f"<b>{seconds(st.mean)}</b>", s.cell_right),
                    Paragraph(seconds(st.median), s.cell_right),
                ]
            )
        widths = [118.0, 0.0, 58.0, 54.0, 54.0]
        widths[1] = w - sum(widths)
        return [
            CondPageBreak(120),
            Paragraph(rt("Timed questions"), s.h2),
            data_table(rows, widths, right=(2, 3, 4)),
            Spacer(1, 6),
        ]

    def most_failed(self) -> list[Flowable]:
        s, w, f = self.s, self.width, self.f
        out: list[Flowable] = [CondPageBreak(140), Paragraph(rt("The ten questions most often failed"), s.h2)]
        if not f.most_failed:
            return [*out, Paragraph(rt("No scored question earned 0 points in this period."), s.note), Spacer(1, 6)]
        rows: list[list[Any]] = [
            [
                Paragraph("#", s.head),
                Paragraph(rt("Question"), s.head),
                Paragraph(rt("Failed"), s.head_right),
                Paragraph(rt("Rate"), s.head_right),
                Paragraph("", s.head),
            ]
        ]
        bar_w = 90.0
        for rank, q in enumerate(f.most_failed, start=1):
            section = self.d.question_sections.get(q.question, "")
            rows.append(
                [
                    Paragraph(str(rank), s.cell),
                    [Paragraph(esc(q.text), s.cell), Paragraph(esc(section), s.tiny)]
                    if section
                    else Paragraph(esc(q.text), s.cell),
                    Paragraph(rt("{v} of {n}").format(v=q.hits, n=q.count), s.cell_right),
                    Paragraph(f"<b>{num(q.percent)} %</b>", s.cell_right),
                    charts.score_bar(float(q.percent), bar_w, 7, DANGER),
                ]
            )
        widths = [22.0, 0.0, 56.0, 50.0, bar_w + 10]
        widths[1] = w - sum(widths)
        out += [
            data_table(rows, widths, right=(2, 3)),
            Paragraph(
                rt("Failed: a scored question that earned 0 points, of the visits where it was answered."), s.tiny
            ),
            Spacer(1, 6),
        ]
        return out

    # ------------------------------------------------------------ the visits

    def visit_list(self) -> list[Flowable]:
        s, w = self.s, self.width
        rows: list[list[Any]] = [
            [
                Paragraph(rt(h), s.head_right if h == "Score" else s.head)
                for h in ("Date", "Location", "Form", "Auditor", "Score", "Grade", "Status", "Visit")
            ]
        ]
        for v in self.d.visits:
            grade = esc(v.grade) or "—"
            if v.grade_colour:
                grade = f'<font color="{v.grade_colour}">■</font> {grade}'
            score = f"<b>{num(v.total)}</b>" + (' <font color="#b42318">⚠</font>' if v.critical else "")
            rows.append(
                [
                    Paragraph(short_day(v.date), s.small_ink),
                    Paragraph(esc(v.location), s.small_ink),
                    Paragraph(esc(v.form), s.small_ink),
                    Paragraph(esc(v.auditor) or "—", s.small_ink),
                    Paragraph(score, s.cell_right),
                    Paragraph(grade, s.small_ink),
                    Paragraph(esc(v.status), s.small_ink),
                    Paragraph(v.visit_id[:8], s.small),
                ]
            )
        widths = [62.0, 0.0, 86.0, 78.0, 44.0, 64.0, 60.0, 50.0]  # room for a state in German: Genehmigt
        widths[1] = w - sum(widths)
        return [
            CondPageBreak(160),
            Paragraph(rt("Visits in the period"), s.h2),
            data_table(rows, widths, right=(4,), padding=3.2),
            Paragraph(
                "⚠ " + rt("a critical question failed on this visit. Visit: the first characters of its id."), s.tiny
            ),
            Spacer(1, 6),
        ]

    # ------------------------------------------------------------ about the figures, signature

    def closing(self) -> list[Flowable]:
        d, s = self.d, self.s
        notes = [
            (
                rt(
                    "Visits counted: published visits scheduled from {start} to {end}; visits not yet published "
                    "are not results yet."
                )
                if d.published_only
                else rt(
                    "Visits counted: approved and published visits scheduled from {start} to {end}; drafts and "
                    "visits still in review are not results yet."
                )
            ).format(start=d.start.isoformat(), end=d.end.isoformat()),
            rt(
                "Scores are exact and shown rounded half-up to one decimal. CSAT: % of answers 4 or 5 on 1–5. "
                "NPS: % of 9–10 minus % of 0–6. CES: mean of the 1–7 answers. Timings: mean and median seconds."
            ),
        ]
        block: list[Flowable] = [Paragraph(rt("About these figures"), s.h3)]
        block += [Paragraph(esc(n), s.note) for n in notes]
        block.append(Spacer(1, 12))
        block += signature_block(
            d.info, s, self.recorder, rt("Any change to this file after signing breaks the signature.")
        )
        return [CondPageBreak(170), KeepTogether(block)]


def _f(x: Any) -> float:
    return float(x)


def _pct(x: Any) -> str:
    return "—" if x is None else f"{num(x)} %"


def _signed(x: Any, places: int = 1) -> str:
    if x is None:
        return "—"
    text = num(x, places)
    return f"+{text}" if x > 0 else text


def _month(key: str) -> str:
    day = dt.date.fromisoformat(key + "-01")
    return day.strftime("%b %Y") if english() else month_year(day)


def _hex(c: Any) -> str:
    return hex_of(c)
