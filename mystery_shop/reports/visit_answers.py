"""The visit report's answers: each touchpoint in journey order (its questions, comments, reviews,
overrides and photos), then the stopwatch timings and the customer ratings.
"""

from __future__ import annotations

from typing import Any

from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Paragraph, Spacer, Table

from mystery_shop.domain.forms import CriticalScope, QuestionType

from . import charts
from .blocks import callout, data_table, table_style
from .data import QuestionLine, SectionBlock
from .language import rt
from .text import RATING_EXPLAINED, RATING_NAMES
from .theme import DANGER, DANGER_BG, FAINT, NAVY, esc, num, points, seconds, short_moment
from .visit_context import VisitContext
from .visit_photos import photo_grid


def touchpoint(ctx: VisitContext, sec: SectionBlock) -> list[Flowable]:
    s, w = ctx.s, ctx.width
    meta = [x for x in (sec.stage, sec.channel) if x]
    if sec.weight is not None:
        meta.append(rt("weight {w}").format(w=points(sec.weight)))
    title = [
        Paragraph(f"{sec.number}&nbsp;&nbsp;{esc(sec.title)}", s.section_title),
        Paragraph(esc(" · ".join(meta)) if meta else "&nbsp;", s.section_meta),
    ]
    score_colour = ctx.grade_colour(None if sec.score is None else float(sec.score))
    score = [
        Paragraph(num(sec.score), s.section_score),
        Paragraph(
            rt("{e} of {p} points").format(e=points(sec.earned), p=points(sec.possible))
            if sec.possible
            else rt("no scored answers"),
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
                [Paragraph("⚠ " + rt("A critical question in this touchpoint was not met: it scores 0."), s.danger)],
                w,
                ground=DANGER_BG,
                edge=DANGER,
            ),
            Spacer(1, 4),
        ]
    if sec.description:
        head.append(Paragraph(esc(sec.description), s.note))
    table = _questions_table(ctx, sec)
    if len(sec.questions) <= 4:
        out.append(KeepTogether([*head, *table]))
    else:  # the page break above leaves room for the heading and the table's first rows
        out += [*head, *table]
    for note in sec.notes:
        out.append(Paragraph("⚠ " + esc(note), s.flag))
    if sec.photos:
        out += photo_grid(ctx, sec)
    out.append(Spacer(1, 12))
    return out


def _questions_table(ctx: VisitContext, sec: SectionBlock) -> list[Flowable]:
    s, w = ctx.s, ctx.width
    widths = [26.0, 0.0, 138.0, 52.0]
    widths[1] = w - sum(widths)
    rows: list[list[Any]] = [
        [
            Paragraph("#", s.head),
            Paragraph(rt("Question"), s.head),
            Paragraph(rt("Answer"), s.head),
            Paragraph(rt("Points"), s.head_right),
        ]
    ]
    extra: list[tuple[Any, ...]] = []
    for i, q in enumerate(sec.questions, start=1):
        rows.append(
            [
                Paragraph(q.number, s.small),
                _question_cell(ctx, q),
                _answer_cell(ctx, q),
                _points_cell(ctx, q),
            ]
        )
        if q.critical_failed:
            extra.append(("BACKGROUND", (0, i), (-1, i), DANGER_BG))
    extra.append(("VALIGN", (0, 1), (-1, -1), "TOP"))
    if not sec.questions:
        rows.append(["", Paragraph(rt("No questions in this touchpoint."), s.note), "", ""])
    table: list[Flowable] = [data_table(rows, widths, right=(3,), extra=extra, padding=5)]
    if any(q.override is not None for q in sec.questions):
        table += [
            Spacer(1, 2),
            Paragraph(
                "* " + rt("points set by a supervisor’s override; the reason is given with the question."), s.tiny
            ),
        ]
    elif any(q.adjusted for q in sec.questions):  # the client's copy: adjusted, without who or why
        table += [Spacer(1, 2), Paragraph("* " + rt("points adjusted on review."), s.tiny)]
    return table


def _question_cell(ctx: VisitContext, q: QuestionLine) -> list[Flowable]:
    s = ctx.s
    text = esc(q.text)
    if q.critical is not None:
        scope = rt("visit") if q.critical is CriticalScope.VISIT else rt("touchpoint")
        mark = rt("CRITICAL · FAILED") if q.critical_failed else rt("CRITICAL")
        colour = "#b42318" if q.critical_failed else "#8a5300"
        text += f' <font size="6.4" color="{colour}"><b>  {mark}</b> ({scope})</font>'
    cell: list[Flowable] = [Paragraph(text, s.cell)]
    if q.comment:
        cell.append(Paragraph(f"<b>{rt('Auditor')}:</b> {esc(q.comment)}", s.comment))
    for r in q.reviews:
        who = esc(r.author) + (f", {short_moment(r.at)}" if r.at else "")
        cell.append(
            Paragraph(f'<font color="#1d3557"><b>{rt("Supervisor")}</b> ({who}):</font> {esc(r.text)}', s.comment)
        )
    if q.adjusted and q.override is None:
        cell.append(Paragraph(f'<font color="#8a5300"><b>{rt("Adjusted on review")}</b></font>', s.comment))
    if q.override is not None:
        o = q.override
        was = points(o.was) if o.was is not None else rt("no points")
        who = esc(o.author) + (f", {short_moment(o.at)}" if o.at else "")
        cell.append(
            Paragraph(
                f'<font color="#8a5300"><b>{rt("Score overridden")}</b></font> '
                + rt("from {was} to {p} by {who}: {why}").format(
                    was=was, p=points(o.points), who=who, why=esc(o.reason)
                ),
                s.comment,
            )
        )
    return cell


def _answer_cell(ctx: VisitContext, q: QuestionLine) -> Paragraph:
    s = ctx.s
    if q.state == "na":
        return Paragraph(f'<font color="#6b7280">{rt("N/A (not applicable)")}</font>', s.cell)
    if q.state == "unanswered" or not q.answer:
        return Paragraph(f'<font color="#9ca3af">{rt("Not answered")}</font>', s.cell)
    return Paragraph(esc(q.answer), s.cell)


def _points_cell(ctx: VisitContext, q: QuestionLine) -> Paragraph:
    s = ctx.s
    if not q.scored:
        return Paragraph(f'<font color="#9ca3af">{rt("unscored")}</font>', s.small_right)
    if q.state == "na":
        return Paragraph(f'<font color="#6b7280">{rt("N/A")}</font>', s.small_right)
    if q.earned is None:
        return Paragraph(f'<font color="#9ca3af">— / {points(q.possible)}</font>', s.cell_right)
    colour = "#b42318" if q.earned == 0 else "#1f2430"
    mark = "*" if q.adjusted else ""
    return Paragraph(
        f'<font color="{colour}"><b>{points(q.earned)}</b></font>{mark} / {points(q.possible)}', s.cell_right
    )


def timings(ctx: VisitContext) -> list[Flowable]:
    d, s, w = ctx.d, ctx.s, ctx.width
    if not d.timings:
        return []
    widths = [104.0, 0.0, 58.0, 116.0, 44.0]
    widths[1] = w - sum(widths)
    rows: list[list[Any]] = [
        [
            Paragraph(rt("Touchpoint"), s.head),
            Paragraph(rt("Timed question"), s.head),
            Paragraph(rt("Time taken"), s.head_right),
            Paragraph(rt("Target"), s.head),
            Paragraph(rt("Points"), s.head_right),
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
        Paragraph(rt("Stopwatch timings"), s.h1),
        data_table(rows, widths, right=(2, 4)),
        Spacer(1, 14),
    ]


def ratings(ctx: VisitContext) -> list[Flowable]:
    d, s, w = ctx.d, ctx.s, ctx.width
    if not d.ratings:
        return []
    rows: list[list[Any]] = []
    for r in d.ratings:
        low, high = {QuestionType.CSAT: (1, 5), QuestionType.CES: (1, 7), QuestionType.NPS: (0, 10)}[r.kind]
        scale = charts.rating_scale(r.value, low, high, nps=r.kind is QuestionType.NPS)
        rows.append(
            [
                Paragraph(f"<b>{RATING_NAMES[r.kind]}</b>", s.cell),
                [Paragraph(esc(r.question), s.cell), Paragraph(esc(rt(RATING_EXPLAINED[r.kind])), s.tiny)],
                scale,
                Paragraph(f"<b>{r.value}</b> / {high}", s.cell_right),
            ]
        )
    widths = [40.0, 0.0, 210.0, 40.0]
    widths[1] = w - sum(widths)
    table = data_table(
        [[Paragraph(h, s.head) for h in ("", rt("Question"), rt("Answer on its scale"), "")], *rows], widths, right=(3,)
    )
    return [
        CondPageBreak(120),
        Spacer(1, 4),
        Paragraph(rt("Customer ratings"), s.h1),
        table,
        Spacer(1, 14),
    ]
