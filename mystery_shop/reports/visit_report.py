"""The visit report: what the client pays for.

Cover (logos, the visit's facts, the total as a large figure with its grade,
critical failures), a summary (touchpoints table, stage chart), each
touchpoint in journey order (questions, comments, overrides, photos),
stopwatch timings, customer ratings, and the sign-off (the auditor's drawn
signature and attestation, the approval, room for the firm's digital
signature).
"""

from __future__ import annotations

import logging
from fractions import Fraction
from pathlib import Path
from typing import Any, BinaryIO

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    PageBreak,
    Paragraph,
    Spacer,
    Table,
)

from mystery_shop.domain.forms import CriticalScope, QuestionType

from . import charts
from .blocks import brand_row, callout, data_table, fact_grid, pill, signature_block, table_style
from .data import PhotoItem, QuestionLine, RenderResult, SectionBlock, VisitReportData
from .images import ImageCache, PictureFlowable, fit, png_picture, print_copy
from .layout import BoxRecorder, PageDecor, ReportDoc, content_width
from .text import RATING_EXPLAINED, RATING_NAMES
from .theme import (
    DANGER,
    DANGER_BG,
    FAINT,
    HAIRLINE,
    MUTED,
    NAVY,
    PANEL,
    RULE,
    SHADE,
    WARN,
    WARN_BG,
    WHITE,
    Styles,
    band_colour,
    clock,
    day,
    esc,
    moment,
    num,
    points,
    seconds,
    short_moment,
)

log = logging.getLogger(__name__)

PHOTO_COLUMNS = 2
PHOTO_GAP = 12.0
PHOTO_ASPECT = 0.75  # the photo box's height / width: 4:3 photos fill it


def render_visit_report(
    data: VisitReportData, out: Path | BinaryIO, *, image_cache: ImageCache | None = None
) -> RenderResult:
    """Write the visit report PDF to ``out``; returns its page count and the reserved signature box."""
    r = _VisitReport(data, image_cache)
    doc = ReportDoc(
        out,
        data.info,
        PageDecor(
            firm=data.info.branding.firm_name or "Mystery shopping report",
            title="Visit report",
            subject=f"{data.client} · {data.location}",
            report_id=data.info.report_id,
            reference=f"Visit {data.visit_id}",
            app_version=data.info.app_version,
            generated_at=data.info.generated_at,
            watermark="" if data.final else "NOT APPROVED",
        ),
        title=f"Visit report: {data.location}, {day(data.visit_date)}",
        subject=f"{data.client}: {data.form_title} (visit {data.visit_id})",
    )
    pages = doc.render(r.story())
    box = r.recorder.box
    if box is not None and box.page != pages - 1:  # pragma: no cover - the space is the story's last flowable
        raise RuntimeError(f"the signature space landed on page {box.page + 1} of {pages}")
    return RenderResult(pages, box, r.images)


class _VisitReport:
    def __init__(self, data: VisitReportData, cache: ImageCache | None) -> None:
        self.d = data
        self.cache = cache
        self.s = Styles()
        self.width = content_width(data.info.page_size)
        self.recorder = BoxRecorder()
        self.images = 0

    def story(self) -> list[Flowable]:
        out: list[Flowable] = []
        out += self.cover()
        out.append(PageBreak())
        out += self.summary()
        for section in self.d.sections:
            out += self.section(section)
        out += self.timings()
        out += self.ratings()
        out += self.sign_off()
        return out

    # ------------------------------------------------------------ cover

    def cover(self) -> list[Flowable]:
        d, s, w = self.d, self.s, self.width
        b = d.info.branding
        out: list[Flowable] = [brand_row(w, b.firm_name, b.firm_logo, d.client, b.client_logo)]
        self.images += (b.firm_logo is not None) + (b.client_logo is not None)
        out += [
            Spacer(1, 44),
            Paragraph("MYSTERY SHOPPING VISIT REPORT", s.kicker),
            Paragraph(esc(d.location), s.title),
            Spacer(1, 2),
            Paragraph(esc(d.client) + (f"  ·  {esc(d.address)}" if d.address else ""), s.subtitle),
            Spacer(1, 22),
            self.score_panel(),
        ]
        if d.critical_failures:
            out += [Spacer(1, 10), self.critical_callout()]
        if not d.final:
            out += [
                Spacer(1, 10),
                callout(
                    [
                        Paragraph(
                            f"<b>Not approved.</b> This visit is {esc(d.status.lower())}: its answers and score "
                            "may still change in review. Only an approved visit's report is final.",
                            s.comment,
                        )
                    ],
                    w,
                    ground=WARN_BG,
                    edge=WARN,
                ),
            ]
        time_on_site = "—"
        if d.started_at is not None:
            time_on_site = clock(d.started_at) + (f" – {clock(d.finished_at)}" if d.finished_at else "")
            zone = d.started_at.tzname()
            time_on_site += f" {zone}" if zone else ""
        facts = [
            ("Client", d.client),
            ("Location", d.location),
            ("Address", d.address or "—"),
            ("Date of visit", day(d.visit_date)),
            ("Time of visit", time_on_site),
            ("Auditor", d.auditor or "—"),
            ("Audit form", d.form_title),
            ("Form id and version", f"{d.form_id}, version {d.form_version}"),
            ("Status", d.status),
        ]
        out += [Spacer(1, 20), fact_grid(facts, w, s)]
        if d.scenario:
            out += [Spacer(1, 8), Paragraph("SCENARIO", s.label), Paragraph(esc(d.scenario), s.body)]
        by = f" by {esc(b.firm_name)}" if b.firm_name else ""
        out += [
            Spacer(1, 26),
            Paragraph(
                f"Prepared for {esc(d.client)}{by}. Confidential: for the client’s own use. The report sets out "
                "what one mystery shopper experienced on one visit, scored against the audit form named above.",
                s.note,
            ),
        ]
        return out

    def score_panel(self) -> Table:
        d, s = self.d, self.s
        colour = band_colour(d.grade, d.grade_bands)
        big = ParagraphStyle("total", parent=s.big, textColor=colour)
        left = [
            Paragraph("TOTAL SCORE", s.label),
            Spacer(1, 4),
            Paragraph(num(d.total), big),
            Paragraph("out of 100" if d.total is not None else "no scored answers", s.note),
        ]
        right_w = self.width - 190 - 36
        bands = [(float(b.min), b.label, band_colour(b, d.grade_bands)) for b in d.grade_bands]
        right: list[Flowable] = [Paragraph("GRADE", s.label), Spacer(1, 5)]
        if d.grade is not None:
            right.append(pill(d.grade.label, colour, s, size=13))
        else:
            right.append(Paragraph("—", s.value))
        right += [
            Spacer(1, 12),
            charts.band_strip(bands, None if d.total is None else float(d.total), right_w),
            Spacer(1, 6),
            Paragraph(self.band_words(), s.tiny),
        ]
        t = Table([[left, right]], colWidths=[190, self.width - 190])
        t.setStyle(
            table_style(
                [
                    ("BACKGROUND", (0, 0), (-1, -1), PANEL),
                    ("LINEABOVE", (0, 0), (-1, 0), 2.5, colour),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 18),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 18),
                    ("TOPPADDING", (0, 0), (-1, -1), 14),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 16),
                    ("LINEAFTER", (0, 0), (0, 0), 0.6, RULE),
                ]
            )
        )
        return t

    def band_words(self) -> str:
        d = self.d
        ranked = sorted(d.grade_bands, key=lambda b: b.min, reverse=True)
        parts = [f"{esc(b.label)} from {points(b.min)}" for b in ranked]
        how = "weighted mean of the touchpoint scores" if d.weighted else "points earned of points possible"
        return "Bands: " + " · ".join(parts) + f". Total = {how}, rounded to one decimal."

    def critical_callout(self) -> Table:
        s = self.s
        rows: list[Flowable] = [Paragraph("⚠ Critical failure", s.danger)]
        for f in self.d.critical_failures:
            effect = (
                "the visit's total is set to 0"
                if f.scope is CriticalScope.VISIT
                else "this touchpoint's score is set to 0"
            )
            rows.append(Paragraph(f"<b>{esc(f.section)}</b>: “{esc(f.question)}” was not met, so {effect}.", s.comment))
        return callout(rows, self.width, ground=DANGER_BG, edge=DANGER)

    # ------------------------------------------------------------ summary

    def summary(self) -> list[Flowable]:
        d, s, w = self.d, self.s, self.width
        out: list[Flowable] = [Paragraph("Summary", s.h1)]
        weighted = d.weighted
        # columns: #, touchpoint, stage, [weight], points, score, bar
        head = ["#", "Touchpoint", "Stage", *(["Weight"] if weighted else []), "Points", "Score", ""]
        widths = [22.0, 0.0, 84.0, *([44.0] if weighted else []), 64.0, 44.0, 96.0]
        widths[1] = w - sum(widths)
        numeric = tuple(range(3, len(head) - 1))
        rows: list[list[Any]] = [[Paragraph(h, s.head_right if i in numeric else s.head) for i, h in enumerate(head)]]
        extra: list[tuple[Any, ...]] = []
        for i, sec in enumerate(d.sections, start=1):
            score = None if sec.score is None else float(sec.score)
            name = esc(sec.title)
            if sec.critical_failed:
                name += ' <font color="#b42318" size="6.4"><b>  CRITICAL FAILED</b></font>'
            weight = [Paragraph(points(sec.weight) if sec.weight is not None else "—", s.cell_right)]
            rows.append(
                [
                    Paragraph(str(sec.number), s.cell),
                    Paragraph(name, s.cell),
                    Paragraph(esc(sec.stage) or "—", s.small_ink),
                    *(weight if weighted else []),
                    Paragraph(f"{points(sec.earned)} / {points(sec.possible)}", s.cell_right),
                    Paragraph(f"<b>{num(sec.score)}</b>", s.cell_right),
                    charts.score_bar(score, 88, 7, self.grade_colour(score)),
                ]
            )
            if sec.critical_failed:
                extra.append(("BACKGROUND", (0, i), (-1, i), DANGER_BG))
        earned = sum((x.earned for x in d.sections), Fraction(0))
        possible = sum((x.possible for x in d.sections), Fraction(0))
        total = None if d.total is None else float(d.total)
        rows.append(
            [
                "",
                Paragraph("<b>Total</b>" + (" (weighted)" if weighted else ""), s.cell),
                "",
                *([""] if weighted else []),
                Paragraph(f"<b>{points(earned)} / {points(possible)}</b>", s.cell_right),
                Paragraph(f"<b>{num(d.total)}</b>", s.cell_right),
                charts.score_bar(total, 88, 7, self.grade_colour(total)),
            ]
        )
        n = len(rows) - 1
        extra += [("LINEABOVE", (0, n), (-1, n), 0.9, NAVY), ("LINEBELOW", (0, n), (-1, n), 0, WHITE)]
        out.append(data_table(rows, widths, right=numeric, extra=extra))
        if d.critical_failures and any(f.scope is CriticalScope.VISIT for f in d.critical_failures):
            out.append(Spacer(1, 4))
            out.append(Paragraph("A visit-level critical question failed: the total is 0 whatever the points.", s.note))
        if d.stages:
            items = [
                charts.BarItem(label, None if v is None else float(v), colour=self.grade_colour(v))
                for label, v in d.stages
            ]
            out += [
                Spacer(1, 8),
                Paragraph("Score by journey stage", s.h2),
                charts.bar_chart(items, w, label_width=110),
                Paragraph("A stage's score is the points earned of the points possible over its touchpoints.", s.tiny),
            ]
        return out

    def grade_colour(self, value: Any) -> Any:
        """The colour of the band ``value`` falls in, on this form's bands."""
        if value is None:
            return None
        bands = sorted(self.d.grade_bands, key=lambda b: b.min, reverse=True)
        for b in bands:
            if value >= b.min:
                return band_colour(b, self.d.grade_bands)
        return band_colour(bands[-1], self.d.grade_bands) if bands else None

    # ------------------------------------------------------------ touchpoints

    def section(self, sec: SectionBlock) -> list[Flowable]:
        s, w = self.s, self.width
        meta = [x for x in (sec.stage, sec.channel) if x]
        if sec.weight is not None:
            meta.append(f"weight {points(sec.weight)}")
        title = [
            Paragraph(f"{sec.number}&nbsp;&nbsp;{esc(sec.title)}", s.section_title),
            Paragraph(esc(" · ".join(meta)) if meta else "&nbsp;", s.section_meta),
        ]
        score_colour = self.grade_colour(None if sec.score is None else float(sec.score))
        score = [
            Paragraph(num(sec.score), s.section_score),
            Paragraph(
                f"{points(sec.earned)} of {points(sec.possible)} points" if sec.possible else "no scored answers",
                s.section_points,
            ),
        ]
        band = Table([[title, score]], colWidths=[w - 120, 120])
        band.setStyle(
            table_style(
                [
                    ("BACKGROUND", (0, 0), (-1, -1), NAVY),
                    ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 12),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 12),
                    ("TOPPADDING", (0, 0), (-1, -1), 8),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 9),
                    ("LINEBELOW", (0, 0), (-1, -1), 3, score_colour or FAINT),
                ]
            )
        )
        out: list[Flowable] = [CondPageBreak(180), Spacer(1, 6)]
        head: list[Flowable] = [band, Spacer(1, 6)]
        if sec.critical_failed:
            head += [
                callout(
                    [Paragraph("⚠ A critical question in this touchpoint was not met: it scores 0.", s.danger)],
                    w,
                    ground=DANGER_BG,
                    edge=DANGER,
                ),
                Spacer(1, 4),
            ]
        if sec.description:
            head.append(Paragraph(esc(sec.description), s.note))
        table = self.questions_table(sec)
        if len(sec.questions) <= 4:
            out.append(KeepTogether([*head, *table]))
        else:  # the page break above leaves room for the heading and the table's first rows
            out += [*head, *table]
        for note in sec.notes:
            out.append(Paragraph("⚠ " + esc(note), s.flag))
        if sec.photos:
            out += self.photo_grid(sec)
        out.append(Spacer(1, 12))
        return out

    def questions_table(self, sec: SectionBlock) -> list[Flowable]:
        s, w = self.s, self.width
        widths = [26.0, 0.0, 138.0, 52.0]
        widths[1] = w - sum(widths)
        rows: list[list[Any]] = [
            [
                Paragraph("#", s.head),
                Paragraph("Question", s.head),
                Paragraph("Answer", s.head),
                Paragraph("Points", s.head_right),
            ]
        ]
        extra: list[tuple[Any, ...]] = []
        for i, q in enumerate(sec.questions, start=1):
            rows.append(
                [
                    Paragraph(q.number, s.small),
                    self.question_cell(q),
                    self.answer_cell(q),
                    self.points_cell(q),
                ]
            )
            if q.critical_failed:
                extra.append(("BACKGROUND", (0, i), (-1, i), DANGER_BG))
        extra.append(("VALIGN", (0, 1), (-1, -1), "TOP"))
        if not sec.questions:
            rows.append(["", Paragraph("No questions in this touchpoint.", s.note), "", ""])
        table: list[Flowable] = [data_table(rows, widths, right=(3,), extra=extra, padding=5)]
        if any(q.override is not None for q in sec.questions):
            table += [
                Spacer(1, 2),
                Paragraph("* points set by a supervisor’s override; the reason is given with the question.", s.tiny),
            ]
        return table

    def question_cell(self, q: QuestionLine) -> list[Flowable]:
        s = self.s
        text = esc(q.text)
        if q.critical is not None:
            scope = "visit" if q.critical is CriticalScope.VISIT else "touchpoint"
            mark = "CRITICAL · FAILED" if q.critical_failed else "CRITICAL"
            colour = "#b42318" if q.critical_failed else "#8a5300"
            text += f' <font size="6.4" color="{colour}"><b>  {mark}</b> ({scope})</font>'
        cell: list[Flowable] = [Paragraph(text, s.cell)]
        if q.comment:
            cell.append(Paragraph(f"<b>Auditor:</b> {esc(q.comment)}", s.comment))
        for r in q.reviews:
            who = esc(r.author) + (f", {short_moment(r.at)}" if r.at else "")
            cell.append(Paragraph(f'<font color="#1d3557"><b>Supervisor</b> ({who}):</font> {esc(r.text)}', s.comment))
        if q.override is not None:
            o = q.override
            was = points(o.was) if o.was is not None else "no points"
            who = esc(o.author) + (f", {short_moment(o.at)}" if o.at else "")
            cell.append(
                Paragraph(
                    f'<font color="#8a5300"><b>Score overridden</b></font> from {was} to {points(o.points)} '
                    f"by {who}: {esc(o.reason)}",
                    s.comment,
                )
            )
        return cell

    def answer_cell(self, q: QuestionLine) -> Paragraph:
        s = self.s
        if q.state == "na":
            return Paragraph('<font color="#6b7280">N/A (not applicable)</font>', s.cell)
        if q.state == "unanswered" or not q.answer:
            return Paragraph('<font color="#9ca3af">Not answered</font>', s.cell)
        return Paragraph(esc(q.answer), s.cell)

    def points_cell(self, q: QuestionLine) -> Paragraph:
        s = self.s
        if not q.scored:
            return Paragraph('<font color="#9ca3af">unscored</font>', s.small_right)
        if q.state == "na":
            return Paragraph('<font color="#6b7280">N/A</font>', s.small_right)
        if q.earned is None:
            return Paragraph(f'<font color="#9ca3af">— / {points(q.possible)}</font>', s.cell_right)
        colour = "#b42318" if q.earned == 0 else "#1f2430"
        mark = "*" if q.override is not None else ""
        return Paragraph(
            f'<font color="{colour}"><b>{points(q.earned)}</b></font>{mark} / {points(q.possible)}', s.cell_right
        )

    # ------------------------------------------------------------ photos

    def photo_box(self) -> tuple[float, float]:
        cell_w = (self.width - PHOTO_GAP * (PHOTO_COLUMNS - 1)) / PHOTO_COLUMNS
        return cell_w, cell_w * PHOTO_ASPECT

    def photo_grid(self, sec: SectionBlock) -> list[Flowable]:
        s = self.s
        box_w, box_h = self.photo_box()
        cells = [self.photo_cell(sec, i, p, box_w, box_h) for i, p in enumerate(sec.photos, start=1)]
        rows: list[list[Any]] = []
        widths: list[float] = []
        for c in range(PHOTO_COLUMNS):
            if c:
                widths.append(PHOTO_GAP)
            widths.append(box_w)
        for k in range(0, len(cells), PHOTO_COLUMNS):
            row: list[Any] = []
            for c in range(PHOTO_COLUMNS):
                if c:
                    row.append("")
                row.append(cells[k + c] if k + c < len(cells) else "")
            rows.append(row)
        grid = Table(rows, colWidths=widths)
        grid.setStyle(
            table_style(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                    ("TOPPADDING", (0, 0), (-1, -1), 0),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 12),
                ]
            )
        )
        title = Paragraph(f"Photos of {esc(sec.title)} ({len(sec.photos)})", s.h3)
        return [CondPageBreak(box_h + 70), title, grid]

    def photo_cell(self, sec: SectionBlock, n: int, p: PhotoItem, box_w: float, box_h: float) -> list[Flowable]:
        s = self.s
        cell: list[Flowable] = [self.photo_frame(p, box_w, box_h), Spacer(1, 4)]
        caption = f"<b>{sec.number}.{chr(96 + n) if n <= 26 else n}</b>&nbsp; " + (
            esc(p.caption) if p.caption else '<font color="#6b7280">(no caption)</font>'
        )
        cell.append(Paragraph(caption, s.small_ink))
        meta = []
        meta.append(f"Taken {short_moment(p.taken_at)}" if p.taken_at else "No capture time")
        if p.question:
            meta.append(f"for {esc(p.question)}")
        cell.append(Paragraph(" · ".join(meta), s.tiny))
        for flag in p.flags:
            cell.append(Paragraph("⚠ " + esc(flag), s.flag))
        return cell

    def photo_frame(self, p: PhotoItem, box_w: float, box_h: float) -> Flowable:
        if p.source is None:
            return _Placeholder(box_w, box_h, "Photo not on this computer")
        try:
            pic = print_copy(p.source, p.key, box_w, box_h, self.cache)
        except (OSError, ValueError) as e:
            log.warning("photo %s could not be read for the report: %s", p.key[:12], e)
            return _Placeholder(box_w, box_h, "Photo could not be read")
        self.images += 1
        w, h = fit(pic.width, pic.height, box_w, box_h)
        return _Framed(PictureFlowable(pic, w, h), box_w, box_h)

    # ------------------------------------------------------------ timings and ratings

    def timings(self) -> list[Flowable]:
        d, s, w = self.d, self.s, self.width
        if not d.timings:
            return []
        widths = [104.0, 0.0, 58.0, 116.0, 44.0]
        widths[1] = w - sum(widths)
        rows: list[list[Any]] = [
            [
                Paragraph("Touchpoint", s.head),
                Paragraph("Timed question", s.head),
                Paragraph("Time", s.head_right),
                Paragraph("Target", s.head),
                Paragraph("Points", s.head_right),
            ]
        ]
        for t in d.timings:
            pts = f"{points(t.earned)} / {points(t.possible)}" if t.possible else "—"
            rows.append(
                [
                    Paragraph(esc(t.section), s.small_ink),
                    Paragraph(esc(t.question), s.cell),
                    Paragraph(f"<b>{seconds(t.seconds)}</b>", s.cell_right),
                    Paragraph(esc(t.target) or "—", s.small),
                    Paragraph(pts, s.cell_right),
                ]
            )
        return [
            CondPageBreak(140),
            Spacer(1, 4),
            Paragraph("Stopwatch timings", s.h1),
            data_table(rows, widths, right=(2, 4)),
            Spacer(1, 14),
        ]

    def ratings(self) -> list[Flowable]:
        d, s, w = self.d, self.s, self.width
        if not d.ratings:
            return []
        rows: list[list[Any]] = []
        for r in d.ratings:
            low, high = {QuestionType.CSAT: (1, 5), QuestionType.CES: (1, 7), QuestionType.NPS: (0, 10)}[r.kind]
            scale = charts.rating_scale(r.value, low, high, nps=r.kind is QuestionType.NPS)
            rows.append(
                [
                    Paragraph(f"<b>{RATING_NAMES[r.kind]}</b>", s.cell),
                    [Paragraph(esc(r.question), s.cell), Paragraph(esc(RATING_EXPLAINED[r.kind]), s.tiny)],
                    scale,
                    Paragraph(f"<b>{r.value}</b> / {high}", s.cell_right),
                ]
            )
        widths = [40.0, 0.0, 210.0, 40.0]
        widths[1] = w - sum(widths)
        table = data_table(
            [[Paragraph(h, s.head) for h in ("", "Question", "Answer on its scale", "")], *rows], widths, right=(3,)
        )
        return [
            CondPageBreak(120),
            Spacer(1, 4),
            Paragraph("Customer ratings", s.h1),
            table,
            Spacer(1, 14),
        ]

    # ------------------------------------------------------------ sign-off

    def sign_off(self) -> list[Flowable]:
        d, s, w = self.d, self.s, self.width
        block: list[Flowable] = [Paragraph("Declaration and approval", s.h1)]
        sig = d.signature
        if sig is not None:
            block.append(Paragraph("AUDITOR’S DECLARATION", s.label))
            block.append(Spacer(1, 3))
            block.append(Paragraph(esc(sig.attestation), s.italic))
            block.append(Spacer(1, 6))
            drawn: Flowable = Spacer(1, 40)
            if sig.png:
                try:
                    pic = png_picture(sig.png)
                    pw, ph = fit(pic.width, pic.height, 190, 58)
                    drawn = PictureFlowable(pic, pw, ph)
                    self.images += 1
                except (OSError, ValueError) as e:
                    log.warning("the drawn signature could not be read: %s", e)
            signed = Table(
                [[drawn], [Paragraph(f"<b>{esc(sig.signed_by)}</b> · signed {moment(sig.signed_at)}", s.small_ink)]],
                colWidths=[260],
            )
            signed.setStyle(
                table_style(
                    [
                        ("LINEBELOW", (0, 0), (0, 0), 0.7, MUTED),
                        ("LEFTPADDING", (0, 0), (-1, -1), 0),
                        ("BOTTOMPADDING", (0, 0), (0, 0), 2),
                        ("TOPPADDING", (0, 1), (0, 1), 4),
                        ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                    ]
                )
            )
            signed.hAlign = "LEFT"
            block.append(signed)
        else:
            block.append(Paragraph("The auditor has not signed this visit.", s.note))
        block += [Spacer(1, 14), Paragraph("REVIEW", s.label), Spacer(1, 3)]
        if d.steps:
            rows = [
                [
                    Paragraph(f"<b>{esc(st.label)}</b>", s.cell),
                    Paragraph(esc(st.who) or "—", s.cell),
                    Paragraph(moment(st.at), s.cell),
                ]
                for st in d.steps
            ]
            t = data_table(
                [[Paragraph(h, s.head) for h in ("Step", "By", "When")], *rows], [90, 170, w - 260], padding=3.5
            )
            block.append(t)
        else:
            block.append(Paragraph("Not reviewed yet.", s.note))
        for r in d.visit_remarks:
            who = esc(r.author) + (f", {short_moment(r.at)}" if r.at else "")
            block.append(Spacer(1, 4))
            block.append(Paragraph(f"<b>Supervisor’s comment</b> ({who}): {esc(r.text)}", s.comment))
        block.append(Spacer(1, 16))
        block += signature_block(
            d.info,
            s,
            self.recorder,
            "Any change to this file after signing breaks the signature; "
            "a PDF reader shows who signed and whether the file is intact.",
        )
        return [KeepTogether(block)]


class _Framed(Flowable):
    """A picture centred in a fixed box on a light ground, so the grid lines up whatever the aspect."""

    def __init__(self, inner: Flowable, width: float, height: float) -> None:
        super().__init__()
        self.inner = inner
        self.width = width
        self.height = height

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        c = self.canv
        c.saveState()
        c.setFillColor(SHADE)
        c.setStrokeColor(HAIRLINE)
        c.rect(0, 0, self.width, self.height, fill=1, stroke=1)
        c.restoreState()
        iw, ih = self.inner.wrap(self.width, self.height)
        self.inner.drawOn(c, (self.width - iw) / 2, (self.height - ih) / 2)


class _Placeholder(Flowable):
    def __init__(self, width: float, height: float, text: str) -> None:
        super().__init__()
        self.width = width
        self.height = height
        self.text = text

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        from .fonts import REGULAR

        c = self.canv
        c.saveState()
        c.setFillColor(SHADE)
        c.setStrokeColor(RULE)
        c.setDash(3, 3)
        c.rect(0, 0, self.width, self.height, fill=1, stroke=1)
        c.setFillColor(MUTED)
        c.setFont(REGULAR, 8)
        c.drawCentredString(self.width / 2, self.height / 2 - 3, self.text)
        c.restoreState()
