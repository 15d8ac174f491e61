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

from . import charts
from .blocks import brand_row, callout, data_table, kpi_tiles, signature_block
from .data import PeriodReportData, RenderResult
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
    plural,
    score_colour,
    seconds,
    short_day,
)

HEAT_MIN_COL = 54.0  # narrowest location column in the heat map
HEAT_LABEL = 136.0  # the touchpoint column


def render_period_report(data: PeriodReportData, out: Path | BinaryIO) -> RenderResult:
    r = _PeriodReport(data)
    span = period_words(data.start, data.end)
    doc = ReportDoc(
        out,
        data.info,
        PageDecor(
            firm=data.info.branding.firm_name or "Mystery shopping report",
            title="Period report",
            subject=f"{data.client} · {span}",
            report_id=data.info.report_id,
            reference=f"{data.client}, {data.start.isoformat()} to {data.end.isoformat()}",
            app_version=data.info.app_version,
            generated_at=data.info.generated_at,
        ),
        title=f"Period report: {data.client}, {span}",
        subject=f"Mystery shopping results of {data.client} from {data.start} to {data.end}",
    )
    pages = doc.render(r.story())
    b = data.info.branding
    return RenderResult(pages, r.recorder.box, (b.firm_logo is not None) + (b.client_logo is not None))


def period_words(start: dt.date, end: dt.date) -> str:
    """ "1 September – 30 November 2026"; the year once when both ends share it."""
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
                    [Paragraph("No approved or published visits were scheduled in this period.", self.s.body)],
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

    # ------------------------------------------------------------ opening: who, when, the key figures

    def opening(self) -> list[Flowable]:
        d, f, s, w = self.d, self.f, self.s, self.width
        b = d.info.branding
        n = len(f.visits)
        locations = len(f.by_location)
        out: list[Flowable] = [
            brand_row(w, b.firm_name, b.firm_logo, d.client, b.client_logo),
            Spacer(1, 26),
            Paragraph("MYSTERY SHOPPING PERIOD REPORT", s.kicker),
            Paragraph(esc(d.client), s.title),
            Spacer(1, 2),
            Paragraph(
                f"{period_words(d.start, d.end)}  ·  {plural(n, 'visit')} at {plural(locations, 'location')}",
                s.subtitle,
            ),
            Spacer(1, 18),
        ]
        t = f.totals
        counts = f.rating_counts
        tiles = [
            ("Visits", str(n), f"approved or published, at {plural(locations, 'location')}", None),
            (
                "Mean score",
                num(t.mean) if t else "—",
                "of 100, over all visits",
                score_colour(_f(t.mean) if t else None),
            ),
            ("Range", f"{num(t.min)}–{num(t.max)}" if t else "—", "lowest to highest visit total", None),
            ("CSAT", _pct(f.csat), f"happy or very happy, of {plural(counts.get('csat', 0), 'answer')}", None),
            ("NPS", _signed(f.nps), f"promoters − detractors, of {plural(counts.get('nps', 0), 'answer')}", None),
            ("CES", num(f.ces), f"mean ease, 1–7, of {plural(counts.get('ces', 0), 'answer')}", None),
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
                Paragraph("Location", s.head),
                Paragraph("Visits", s.head_right),
                Paragraph("Mean", s.head_right),
                Paragraph("Lowest", s.head_right),
                Paragraph("Highest", s.head_right),
                Paragraph("Spread on 0–100 (dot: mean)", s.head),
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
            Paragraph("Locations, ranked by mean score", s.h2),
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
                    Paragraph("Score by month", s.h2),
                    charts.trend_chart(points, self.width, 150),
                    Paragraph("Line: the month's mean visit total. Grey bar: its lowest to highest visit.", s.tiny),
                ]
            ),
            Spacer(1, 6),
        ]

    def stages(self) -> list[Flowable]:
        s = self.s
        if not self.f.by_stage:
            return []
        items = [
            charts.BarItem(stage_label(st), _f(v.mean), note=f"{plural(v.count, 'visit')}")
            for st, v in self.f.by_stage.items()
        ]
        return [
            KeepTogether(
                [
                    Paragraph("Score by journey stage", s.h2),
                    charts.bar_chart(items, self.width, label_width=110),
                    Paragraph("Mean of the visits' stage scores (points earned of possible in the stage).", s.tiny),
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
            Paragraph("Touchpoints by location", s.h2),
            Paragraph(
                "Mean touchpoint score at each location (locations ranked as above); “All” is the mean over every "
                "visit. An empty cell: the location's visits did not include this touchpoint.",
                s.note,
            ),
            Spacer(1, 6),
        ]
        chunks = [locations[i : i + per_table] for i in range(0, len(locations), per_table)] or [[]]
        for k, chunk in enumerate(chunks):
            col_w = (w - HEAT_LABEL) / (len(chunk) + 1) if chunk else w - HEAT_LABEL
            col_w = min(col_w, 80.0)
            header = [Paragraph("Touchpoint", s.head), Paragraph("All", s.head_centre)]
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
                Paragraph("Touchpoint", s.head),
                Paragraph("Timed question", s.head),
                Paragraph("Answers", s.head_right),
                Paragraph("Mean", s.head_right),
                Paragraph("Median", s.head_right),
            ]
        ]
        for qid, st in f.durations.items():
            rows.append(
                [
                    Paragraph(esc(self.d.question_sections.get(qid, "")), s.small_ink),
                    Paragraph(esc(f.question_texts.get(qid, qid)), s.cell),
                    Paragraph(str(st.count), s.cell_right),
                    Paragraph(f"<b>{seconds(st.mean)}</b>", s.cell_right),
                    Paragraph(seconds(st.median), s.cell_right),
                ]
            )
        widths = [118.0, 0.0, 48.0, 54.0, 54.0]
        widths[1] = w - sum(widths)
        return [
            CondPageBreak(120),
            Paragraph("Timed questions", s.h2),
            data_table(rows, widths, right=(2, 3, 4)),
            Spacer(1, 6),
        ]

    def most_failed(self) -> list[Flowable]:
        s, w, f = self.s, self.width, self.f
        out: list[Flowable] = [CondPageBreak(140), Paragraph("The ten questions most often failed", s.h2)]
        if not f.most_failed:
            return [*out, Paragraph("No scored question earned 0 points in this period.", s.note), Spacer(1, 6)]
        rows: list[list[Any]] = [
            [
                Paragraph("#", s.head),
                Paragraph("Question", s.head),
                Paragraph("Failed", s.head_right),
                Paragraph("Rate", s.head_right),
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
                    Paragraph(f"{q.hits} of {q.count}", s.cell_right),
                    Paragraph(f"<b>{num(q.percent)} %</b>", s.cell_right),
                    charts.score_bar(float(q.percent), bar_w, 7, DANGER),
                ]
            )
        widths = [22.0, 0.0, 56.0, 50.0, bar_w + 10]
        widths[1] = w - sum(widths)
        out += [
            data_table(rows, widths, right=(2, 3)),
            Paragraph("Failed: a scored question that earned 0 points, of the visits where it was answered.", s.tiny),
            Spacer(1, 6),
        ]
        return out

    # ------------------------------------------------------------ the visits

    def visit_list(self) -> list[Flowable]:
        s, w = self.s, self.width
        rows: list[list[Any]] = [
            [
                Paragraph(h, s.head_right if h == "Score" else s.head)
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
        widths = [62.0, 0.0, 86.0, 78.0, 44.0, 64.0, 48.0, 50.0]
        widths[1] = w - sum(widths)
        return [
            CondPageBreak(160),
            Paragraph("Visits in the period", s.h2),
            data_table(rows, widths, right=(4,), padding=3.2),
            Paragraph("⚠ a critical question failed on this visit. Visit: the first characters of its id.", s.tiny),
            Spacer(1, 6),
        ]

    # ------------------------------------------------------------ about the figures, signature

    def closing(self) -> list[Flowable]:
        d, s = self.d, self.s
        notes = [
            "Visits counted: approved and published visits scheduled from "
            f"{d.start.isoformat()} to {d.end.isoformat()}; drafts and visits still in review are not results yet.",
            "Scores are exact and shown rounded half-up to one decimal. CSAT: % of answers 4 or 5 on 1–5. "
            "NPS: % of 9–10 minus % of 0–6. CES: mean of the 1–7 answers. Timings: mean and median seconds.",
        ]
        block: list[Flowable] = [Paragraph("About these figures", s.h3)]
        block += [Paragraph(esc(n), s.note) for n in notes]
        block.append(Spacer(1, 12))
        block += signature_block(
            d.info, s, self.recorder, "Any change to this file after signing breaks the signature."
        )
        return [CondPageBreak(170), KeepTogether(block)]


def _f(x: Any) -> float:
    return float(x)


def _pct(x: Any) -> str:
    return "—" if x is None else f"{num(x)} %"


def _signed(x: Any) -> str:
    if x is None:
        return "—"
    text = num(x)
    return f"+{text}" if x > 0 else text


def _month(key: str) -> str:
    return dt.date.fromisoformat(key + "-01").strftime("%b %Y")


def _hex(c: Any) -> str:
    return hex_of(c)
