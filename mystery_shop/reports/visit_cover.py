"""The visit report's first pages: the cover (the visit's facts, the total and its grade, critical
failures) and the summary (the touchpoints table, the score by journey stage).
"""

from __future__ import annotations

from fractions import Fraction
from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Paragraph, Spacer, Table

from mystery_shop.domain.forms import CriticalScope
from mystery_shop.domain.progress import Progress
from mystery_shop.domain.zones import zone_label

from . import charts
from .blocks import brand_row, callout, data_table, fact_grid, pill, table_style
from .data import Audience
from .language import rt
from .theme import DANGER, DANGER_BG, NAVY, PANEL, RULE, WARN, WARN_BG, WHITE, band_colour, clock, day, esc, num, points
from .visit_context import VisitContext


def cover(ctx: VisitContext) -> list[Flowable]:
    d, s, w = ctx.d, ctx.s, ctx.width
    b = d.info.branding
    out: list[Flowable] = [brand_row(w, b.firm_name, b.firm_logo, d.client, b.client_logo)]
    ctx.images += (b.firm_logo is not None) + (b.client_logo is not None)
    out += [
        Spacer(1, 44),
        Paragraph(rt("MYSTERY SHOPPING VISIT REPORT"), s.kicker),
        Paragraph(esc(d.location), s.title),
        Spacer(1, 2),
        Paragraph(esc(d.client) + (f"  ·  {esc(d.address)}" if d.address else ""), s.subtitle),
        Spacer(1, 22),
        _score_panel(ctx),
    ]
    if d.critical_failures:
        out += [Spacer(1, 10), _critical_callout(ctx)]
    if d.audience is Audience.INTERNAL:
        out += [
            Spacer(1, 10),
            callout(
                [
                    Paragraph(
                        f"<b>{rt('Internal copy.')}</b> "
                        + rt(
                            "For the firm only: it includes the supervisor's notes, the score "
                            "overrides and the evidence checks. Send the client its own copy."
                        ),
                        s.comment,
                    )
                ],
                w,
                ground=WARN_BG,
                edge=WARN,
            ),
        ]
    if not d.final:
        out += [
            Spacer(1, 10),
            callout(
                [
                    Paragraph(
                        f"<b>{rt('Not approved.')}</b> "
                        + rt(
                            "This visit is {status}: its answers and score may still change in review. "
                            "Only an approved visit's report is final."
                        ).format(status=esc(d.status.lower())),
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
        zone = zone_label(d.started_at, d.time_zone)
        time_on_site += f" {zone}" if zone else ""
    facts = [
        (rt("Client"), d.client),
        (rt("Location"), d.location),
        (rt("Address"), d.address or "—"),
        (rt("Date of visit"), day(d.visit_date)),
        (rt("Time of visit"), time_on_site),
        (rt("Auditor"), d.auditor or "—"),
        (rt("Audit form"), d.form_title),
        (rt("Form id and version"), rt("{id}, version {v}").format(id=d.form_id, v=d.form_version)),
        (rt("Status"), d.status),
    ]
    out += [Spacer(1, 20), fact_grid(facts, w, s)]
    if d.scenario:
        out += [Spacer(1, 8), Paragraph(rt("SCENARIO"), s.label), Paragraph(esc(d.scenario), s.body)]
    prepared = rt("Prepared for {client} by {firm}.") if b.firm_name else rt("Prepared for {client}.")
    out += [
        Spacer(1, 26),
        Paragraph(
            prepared.format(client=esc(d.client), firm=esc(b.firm_name))
            + " "
            + rt(
                "Confidential: for the client’s own use. The report sets out what one mystery shopper "
                "experienced on one visit, scored against the audit form named above."
            ),
            s.note,
        ),
    ]
    return out


def _score_panel(ctx: VisitContext) -> Table:
    d, s = ctx.d, ctx.s
    colour = band_colour(d.grade, d.grade_bands)
    big = ParagraphStyle("total", parent=s.big, textColor=colour)
    done = Progress(d.answered, d.required)
    for_client = d.audience is Audience.CLIENT
    if for_client and not done.complete:
        colour = NAVY  # the band's colour would tell the grade
        big = ParagraphStyle("total", parent=s.big, textColor=colour)
    left = [
        Paragraph(rt("TOTAL SCORE SO FAR") if not done.complete else rt("TOTAL SCORE"), s.label),
        Spacer(1, 4),
        Paragraph(num(d.total), big),
        Paragraph(rt("out of 100") if d.total is not None else rt("no scored answers"), s.note),
    ]
    if not done.complete:  # FORMS.md scores what is answered: the figure must not pass for the visit's
        line = rt("{done} of {total} required answered ({share})").format(
            done=done.answered, total=done.required, share=done.percent()
        )
        left.append(Paragraph(f"<b>{rt('Incomplete:')}</b> {line}", s.note))
    right_w = ctx.width - 190 - 36
    bands = [(float(b.min), b.label, band_colour(b, d.grade_bands)) for b in d.grade_bands]
    right: list[Flowable] = [Paragraph(rt("GRADE"), s.label), Spacer(1, 5)]
    grade = _grade_text(d.grade.label if d.grade else None, done.complete, for_client=for_client)
    if grade:
        right.append(pill(grade, colour, s, size=13))
    elif d.grade is not None:
        right.append(Paragraph(rt("No grade yet"), s.value))
    else:
        right.append(Paragraph("—", s.value))
    if for_client and not done.complete:  # the strip's marker would tell the grade all the same
        right += [Spacer(1, 6), Paragraph(rt("No grade until every required question is answered."), s.tiny)]
    else:
        right += [
            Spacer(1, 12),
            charts.band_strip(bands, None if d.total is None else float(d.total), right_w),
            Spacer(1, 6),
            Paragraph(_band_words(ctx), s.tiny),
        ]
    t = Table([[left, right]], colWidths=[190, ctx.width - 190])
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


def _grade_text(grade: str | None, complete: bool, *, for_client: bool) -> str:
    """domain.progress.grade_text in the report's language: "Gut bisher" inside the firm, nothing for a
    client until the visit is complete."""
    if not grade:
        return ""
    if complete:
        return grade
    return "" if for_client else rt("{grade} so far").format(grade=grade)


def _band_words(ctx: VisitContext) -> str:
    d = ctx.d
    ranked = sorted(d.grade_bands, key=lambda b: b.min, reverse=True)
    parts = [rt("{band} from {p}").format(band=esc(b.label), p=points(b.min)) for b in ranked]
    how = rt("weighted mean of the touchpoint scores") if d.weighted else rt("points earned of points possible")
    return rt("Bands: {bands}. Total = {how}, rounded to one decimal.").format(bands=" · ".join(parts), how=how)


def _critical_callout(ctx: VisitContext) -> Table:
    s = ctx.s
    rows: list[Flowable] = [Paragraph("⚠ " + rt("Critical failure"), s.danger)]
    for f in ctx.d.critical_failures:
        effect = (
            rt("the visit's total is set to 0")
            if f.scope is CriticalScope.VISIT
            else rt("this touchpoint's score is set to 0")
        )
        met = rt("“{question}” was not met, so {effect}.").format(question=esc(f.question), effect=effect)
        rows.append(Paragraph(f"<b>{esc(f.section)}</b>: {met}", s.comment))
    return callout(rows, ctx.width, ground=DANGER_BG, edge=DANGER)


def summary(ctx: VisitContext) -> list[Flowable]:
    d, s, w = ctx.d, ctx.s, ctx.width
    out: list[Flowable] = [Paragraph(rt("Summary"), s.h1)]
    weighted = d.weighted
    # columns: #, touchpoint, stage, [weight], points, score, bar
    head = ["#", rt("Touchpoint"), rt("Stage"), *([rt("Weight")] if weighted else []), rt("Points"), rt("Score"), ""]
    widths = [22.0, 0.0, 84.0, *([44.0] if weighted else []), 64.0, 44.0, 96.0]
    widths[1] = w - sum(widths)
    numeric = tuple(range(3, len(head) - 1))
    rows: list[list[Any]] = [[Paragraph(h, s.head_right if i in numeric else s.head) for i, h in enumerate(head)]]
    extra: list[tuple[Any, ...]] = []
    for i, sec in enumerate(d.sections, start=1):
        score = None if sec.score is None else float(sec.score)
        name = esc(sec.title)
        if sec.critical_failed:
            name += f' <font color="#b42318" size="6.4"><b>  {rt("CRITICAL FAILED")}</b></font>'
        weight = [Paragraph(points(sec.weight) if sec.weight is not None else "—", s.cell_right)]
        rows.append(
            [
                Paragraph(str(sec.number), s.cell),
                Paragraph(name, s.cell),
                Paragraph(esc(sec.stage) or "—", s.small_ink),
                *(weight if weighted else []),
                Paragraph(f"{points(sec.earned)} / {points(sec.possible)}", s.cell_right),
                Paragraph(f"<b>{num(sec.score)}</b>", s.cell_right),
                charts.score_bar(score, 88, 7, ctx.grade_colour(score)),
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
            Paragraph(f"<b>{rt('Total')}</b>" + (" " + rt("(weighted)") if weighted else ""), s.cell),
            "",
            *([""] if weighted else []),
            Paragraph(f"<b>{points(earned)} / {points(possible)}</b>", s.cell_right),
            Paragraph(f"<b>{num(d.total)}</b>", s.cell_right),
            charts.score_bar(total, 88, 7, ctx.grade_colour(total)),
        ]
    )
    n = len(rows) - 1
    extra += [("LINEABOVE", (0, n), (-1, n), 0.9, NAVY), ("LINEBELOW", (0, n), (-1, n), 0, WHITE)]
    out.append(data_table(rows, widths, right=numeric, extra=extra))
    if d.critical_failures and any(f.scope is CriticalScope.VISIT for f in d.critical_failures):
        out.append(Spacer(1, 4))
        out.append(Paragraph(rt("A visit-level critical question failed: the total is 0 whatever the points."), s.note))
    if d.stages:
        items = [
            charts.BarItem(label, None if v is None else float(v), colour=ctx.grade_colour(v)) for label, v in d.stages
        ]
        out += [
            Spacer(1, 8),
            Paragraph(rt("Score by journey stage"), s.h2),
            charts.bar_chart(items, w, label_width=110),
            Paragraph(rt("A stage's score is the points earned of the points possible over its touchpoints."), s.tiny),
        ]
    return out
