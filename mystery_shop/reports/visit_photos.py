"""The visit report's photos: a grid under each touchpoint, two to a row in boxes of one size, each
with its caption, capture time, question and evidence flags.
"""

from __future__ import annotations

import logging
from typing import Any

from reportlab.platypus import CondPageBreak, Flowable, Paragraph, Spacer, Table

from .blocks import table_style
from .data import PhotoItem, SectionBlock
from .images import PictureFlowable, fit, print_copy
from .language import rt
from .theme import HAIRLINE, MUTED, RULE, SHADE, esc, short_moment
from .visit_context import VisitContext

log = logging.getLogger(__name__)

PHOTO_COLUMNS = 2
PHOTO_GAP = 12.0
PHOTO_ASPECT = 0.75  # the photo box's height / width: 4:3 photos fill it


def _photo_box(ctx: VisitContext) -> tuple[float, float]:
    cell_w = (ctx.width - PHOTO_GAP * (PHOTO_COLUMNS - 1)) / PHOTO_COLUMNS
    return cell_w, cell_w * PHOTO_ASPECT


def photo_grid(ctx: VisitContext, sec: SectionBlock) -> list[Flowable]:
    s = ctx.s
    box_w, box_h = _photo_box(ctx)
    cells = [_photo_cell(ctx, sec, i, p, box_w, box_h) for i, p in enumerate(sec.photos, start=1)]
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
    title = Paragraph(rt("Photos of {title} ({n})").format(title=esc(sec.title), n=len(sec.photos)), s.h3)
    return [CondPageBreak(box_h + 70), title, grid]


def _photo_cell(
    ctx: VisitContext, sec: SectionBlock, n: int, p: PhotoItem, box_w: float, box_h: float
) -> list[Flowable]:
    s = ctx.s
    cell: list[Flowable] = [_photo_frame(ctx, p, box_w, box_h), Spacer(1, 4)]
    caption = f"<b>{sec.number}.{chr(96 + n) if n <= 26 else n}</b>&nbsp; " + (
        esc(p.caption) if p.caption else f'<font color="#6b7280">{rt("(no caption)")}</font>'
    )
    cell.append(Paragraph(caption, s.small_ink))
    meta = []
    meta.append(rt("Taken {when}").format(when=short_moment(p.taken_at)) if p.taken_at else rt("No capture time"))
    if p.question:
        meta.append(rt("for {question}").format(question=esc(p.question)))
    cell.append(Paragraph(" · ".join(meta), s.tiny))
    for flag in p.flags:
        cell.append(Paragraph("⚠ " + esc(flag), s.flag))
    return cell


def _photo_frame(ctx: VisitContext, p: PhotoItem, box_w: float, box_h: float) -> Flowable:
    if p.source is None:
        return _Placeholder(box_w, box_h, rt("Photo not on this computer"))
    try:
        pic = print_copy(p.source, p.key, box_w, box_h, ctx.cache)
    except (OSError, ValueError) as e:
        log.warning("photo %s could not be read for the report: %s", p.key[:12], e)
        return _Placeholder(box_w, box_h, rt("Photo could not be read"))
    ctx.images += 1
    w, h = fit(pic.width, pic.height, box_w, box_h)
    return _Framed(PictureFlowable(pic, w, h), box_w, box_h)


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
