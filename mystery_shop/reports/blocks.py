"""Pieces both reports are made of: the brand row, fact grids, tables in the house style, KPI tiles."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from reportlab.graphics.shapes import Drawing, Rect, String
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from .data import ReportInfo
from .fonts import BOLD, REGULAR, fit_text, text_width
from .images import PictureFlowable, fit, logo
from .language import rt
from .layout import BoxRecorder, SignatureSpace
from .theme import HAIRLINE, MUTED, NAVY, PANEL, RULE, WHITE, Styles, esc

log = logging.getLogger(__name__)

LOGO_BOX = (150.0, 46.0)


def table_style(commands: Sequence[tuple[Any, ...]]) -> TableStyle:
    """A TableStyle that also sets the report font on every cell: ReportLab's default for plain-string
    cells (even empty ones) is Helvetica, which would put an unembedded font in the file."""
    return TableStyle([("FONT", (0, 0), (-1, -1), REGULAR, 8), *commands])


def initials(name: str) -> str:
    words = [w for w in name.replace("&", " ").split() if w[:1].isalnum()]
    if not words:
        return "·"
    if len(words) == 1:
        return words[0][:2].upper()
    return (words[0][0] + words[1][0]).upper()


def text_mark(name: str, *, filled: bool = True, height: float = 34, max_width: float = 220) -> Drawing:
    """A tasteful stand-in for a missing logo: initials in a square, the name beside them."""
    name = name.strip() or "—"
    size = 15.0
    label = name
    while text_width(label, BOLD, size) > max_width - height - 10 and size > 9:
        size -= 0.5
    label = fit_text(label, BOLD, size, max_width - height - 10)
    width = height + 10 + text_width(label, BOLD, size)
    d = Drawing(width, height)
    fill, ink = (NAVY, WHITE) if filled else (WHITE, NAVY)
    d.add(Rect(0, 0, height, height, rx=5, ry=5, fillColor=fill, strokeColor=NAVY, strokeWidth=1.2))
    d.add(
        String(
            height / 2, height / 2 - 5, initials(name), fontName=BOLD, fontSize=13, fillColor=ink, textAnchor="middle"
        )
    )
    d.add(
        String(
            height + 10,
            height / 2 - size * 0.36,
            label,
            fontName=BOLD,
            fontSize=size,
            fillColor=NAVY if filled else MUTED,
        )
    )
    return d


def logo_or_mark(path: Path | None, name: str, *, filled: bool = True) -> Flowable:
    """The logo file fitted in LOGO_BOX, or the text mark when there is none (or it cannot be read)."""
    if path is not None:
        try:
            pic = logo(path, *LOGO_BOX)
            w, h = fit(pic.width, pic.height, *LOGO_BOX)
            return PictureFlowable(pic, w, h)
        except (OSError, ValueError) as e:
            log.warning("logo %s unusable, using the text mark: %s", path, e)
    return text_mark(name, filled=filled)


def brand_row(width: float, firm: str, firm_logo: Path | None, client: str, client_logo: Path | None) -> Table:
    """The firm's logo on the left, the client's on the right (alone on the left when the firm has neither)."""
    if not firm.strip() and firm_logo is None:
        left: Flowable | str = logo_or_mark(client_logo, client, filled=True)
        right: Flowable | str = ""
    else:
        left = logo_or_mark(firm_logo, firm, filled=True)
        right = logo_or_mark(client_logo, client, filled=False)
    t = Table([[left, right]], colWidths=[width / 2, width / 2], rowHeights=[LOGO_BOX[1]])
    t.setStyle(
        table_style(
            [
                ("ALIGN", (0, 0), (0, 0), "LEFT"),
                ("ALIGN", (1, 0), (1, 0), "RIGHT"),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return t


def fact_grid(pairs: Sequence[tuple[str, str]], width: float, styles: Styles, columns: int = 3) -> Table:
    """Label-over-value cells, ``columns`` to a row, with hairlines between rows. A value may be long."""
    cells: list[list[Any]] = []
    row: list[Any] = []
    for label, value in pairs:
        row.append([Paragraph(esc(label).upper(), styles.label), Paragraph(esc(value) or "—", styles.value)])
        if len(row) == columns:
            cells.append(row)
            row = []
    if row:
        row += [""] * (columns - len(row))
        cells.append(row)
    t = Table(cells, colWidths=[width / columns] * columns)
    t.setStyle(
        table_style(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 10),
                ("TOPPADDING", (0, 0), (-1, -1), 7),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 7),
                ("LINEBELOW", (0, 0), (-1, -1), 0.5, HAIRLINE),
                ("LINEABOVE", (0, 0), (-1, 0), 0.8, RULE),
            ]
        )
    )
    return t


def data_table(
    rows: list[list[Any]],
    widths: Sequence[float],
    *,
    header_rows: int = 1,
    right: Sequence[int] = (),
    centre: Sequence[int] = (),
    extra: Sequence[tuple[Any, ...]] = (),
    zebra: bool = False,
    padding: float = 4.5,
) -> Table:
    """A table in the house style: small grey headings over a rule, hairlines between rows, numbers right."""
    t = Table(rows, colWidths=list(widths), repeatRows=header_rows, splitInRow=1)
    style: list[tuple[Any, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("VALIGN", (0, 0), (-1, header_rows - 1), "BOTTOM"),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), padding),
        ("BOTTOMPADDING", (0, 0), (-1, -1), padding),
        ("LINEBELOW", (0, header_rows - 1), (-1, header_rows - 1), 0.9, NAVY),
        ("LINEBELOW", (0, header_rows), (-1, -1), 0.45, HAIRLINE),
    ]
    for c in right:
        style.append(("ALIGN", (c, 0), (c, -1), "RIGHT"))
    for c in centre:
        style.append(("ALIGN", (c, 0), (c, -1), "CENTER"))
    if zebra:
        style.append(("ROWBACKGROUNDS", (0, header_rows), (-1, -1), [WHITE, PANEL]))
    style.extend(extra)
    t.setStyle(table_style(style))
    return t


def kpi_tiles(tiles: Sequence[tuple[str, str, str, colors.Color | None]], width: float, styles: Styles) -> Table:
    """A row of figures: (label, value, note, value colour)."""
    n = len(tiles)
    gap = 8.0
    w = (width - gap * (n - 1)) / n
    cells = []
    for label, value, note, colour in tiles:
        value_style = styles.kpi if colour is None else _coloured(styles.kpi, colour)
        size = value_style.fontSize
        while size > 9 and text_width(value, value_style.fontName, size) > w - 16:
            size -= 0.5
        if size != value_style.fontSize:
            value_style = ParagraphStyle(
                f"{value_style.name}-{size}", parent=value_style, fontSize=size, leading=value_style.leading
            )
        cells.append(
            [
                Paragraph(esc(label).upper(), styles.kpi_label),
                Spacer(1, 3),
                Paragraph(esc(value), value_style),
                Paragraph(esc(note), styles.kpi_note),
            ]
        )
    row: list[Any] = []
    widths: list[float] = []
    for i, cell in enumerate(cells):
        if i:
            row.append("")
            widths.append(gap)
        row.append(cell)
        widths.append(w)
    t = Table([row], colWidths=widths)
    style: list[tuple[Any, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 9),
        ("RIGHTPADDING", (0, 0), (-1, -1), 6),
        ("TOPPADDING", (0, 0), (-1, -1), 8),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 9),
    ]
    for i in range(0, len(row), 2):
        style += [("BACKGROUND", (i, 0), (i, 0), PANEL), ("LINEABOVE", (i, 0), (i, 0), 2, NAVY)]
    t.setStyle(table_style(style))
    return t


def _coloured(style: ParagraphStyle, colour: colors.Color) -> ParagraphStyle:
    return ParagraphStyle(f"{style.name}-{colour.hexval()}", parent=style, textColor=colour)


def pill(text: str, colour: colors.Color, styles: Styles, *, size: float = 10) -> Table:
    """A label on a coloured ground (the grade)."""
    style = ParagraphStyle(
        "pill", parent=styles.body, fontName=BOLD, fontSize=size, leading=size * 1.25, textColor=WHITE
    )
    w = text_width(text, BOLD, size) + 20
    t = Table([[Paragraph(esc(text), style)]], colWidths=[w])
    t.setStyle(
        table_style(
            [
                ("BACKGROUND", (0, 0), (-1, -1), colour),
                ("LEFTPADDING", (0, 0), (-1, -1), 10),
                ("RIGHTPADDING", (0, 0), (-1, -1), 10),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
                ("ROUNDEDCORNERS", [3, 3, 3, 3]),
            ]
        )
    )
    t.hAlign = "LEFT"
    return t


def callout(paragraphs: Sequence[Flowable], width: float, *, ground: colors.Color, edge: colors.Color) -> Table:
    """A tinted box with a coloured bar on its left: critical failures, notices."""
    t = Table([[list(paragraphs)]], colWidths=[width])
    t.setStyle(
        table_style(
            [
                ("BACKGROUND", (0, 0), (-1, -1), ground),
                ("LINEBEFORE", (0, 0), (0, -1), 3, edge),
                ("LEFTPADDING", (0, 0), (-1, -1), 11),
                ("RIGHTPADDING", (0, 0), (-1, -1), 10),
                ("TOPPADDING", (0, 0), (-1, -1), 7),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
            ]
        )
    )
    return t


def signature_block(info: ReportInfo, styles: Styles, recorder: BoxRecorder, note: str) -> list[Flowable]:
    """The end of a report: the blank space the firm's signature is drawn into when it will be signed
    (``note`` says what a signature means), else a line saying this copy has none."""
    if not info.reserve_signature:
        return [Paragraph(rt("This copy carries no digital signature."), styles.tiny)]
    firm = info.branding.firm_name or rt("the firm")
    return [
        Paragraph(rt("DIGITAL SIGNATURE"), styles.label),
        Paragraph(rt("Signed electronically by {firm}.").format(firm=esc(firm)) + f" {note}", styles.tiny),
        Spacer(1, 4),
        SignatureSpace(recorder),
    ]
