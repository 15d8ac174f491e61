"""The page: paper sizes, margins, the header and footer on every page, "Page X of Y",
and the reserved space for the firm's visible signature.

"Page X of Y" needs Y before the footers are written. Instead of laying the
document out twice, the canvas keeps each finished page's drawing and writes
every header and footer when it is saved, once the page count is known (the
classic ReportLab recipe); the layout runs once, so anything recorded while
drawing (the signature box) is already final.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from reportlab.lib.pagesizes import A4, LETTER
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from .boxes import SignatureBox
from .data import PageSize, ReportInfo
from .fonts import BOLD, REGULAR, fit_text, register_fonts, text_width
from .language import rt
from .theme import FAINT, MUTED, NAVY, RULE

PAPER: dict[str, tuple[float, float]] = {"a4": A4, "letter": LETTER}

MARGIN_X = 50.0
MARGIN_TOP = 66.0
MARGIN_BOTTOM = 58.0
HEADER_Y = 34.0  # header baseline, below the top edge
FOOTER_Y = 30.0  # footer's first baseline, above the bottom edge

SIGNATURE_SIZE = (250.0, 70.0)  # the visible digital signature's box, in points


def paper(size: PageSize) -> tuple[float, float]:
    try:
        return PAPER[size]
    except KeyError:
        raise ValueError(f"unknown page size {size!r}: a4 or letter") from None


def content_width(size: PageSize) -> float:
    return paper(size)[0] - 2 * MARGIN_X


@dataclass(frozen=True, slots=True)
class PageDecor:
    """What the header and footer of every page say."""

    firm: str
    title: str  # "Visit report"
    subject: str  # "Northwind Outfitters · Łódź Manufaktura"
    report_id: str
    reference: str  # "Visit 3e732dbb-…" or "1 Sep – 30 Nov 2026"
    app_version: str
    generated_at: dt.datetime
    watermark: str = ""  # e.g. "PROVISIONAL": drawn faintly across every page


def decorate(c: Canvas, decor: PageDecor, page: int, pages: int) -> None:
    w, h = c._pagesize
    c.saveState()
    # header: the firm on the left, the document on the right, a hairline under both
    y = h - HEADER_Y
    right = f"{decor.title} · {decor.subject}" if decor.subject else decor.title
    c.setFont(BOLD, 8)
    c.setFillColor(NAVY)
    firm = fit_text(decor.firm, BOLD, 8, (w - 2 * MARGIN_X) * 0.45)
    c.drawString(MARGIN_X, y, firm)
    c.setFont(REGULAR, 8)
    c.setFillColor(MUTED)
    used = text_width(firm, BOLD, 8) + 24
    c.drawRightString(w - MARGIN_X, y, fit_text(right, REGULAR, 8, w - 2 * MARGIN_X - used))
    c.setStrokeColor(RULE)
    c.setLineWidth(0.6)
    c.line(MARGIN_X, y - 7, w - MARGIN_X, y - 7)
    # footer: ids on the left, the page on the right, the app and time under them
    y = FOOTER_Y
    c.line(MARGIN_X, y + 12, w - MARGIN_X, y + 12)
    c.setFont(REGULAR, 7.4)
    c.setFillColor(MUTED)
    ids = rt("Report {id}").format(id=decor.report_id) + f"  ·  {decor.reference}"
    c.drawString(MARGIN_X, y, fit_text(ids, REGULAR, 7.4, w * 0.62))
    c.setFont(BOLD, 7.4)
    c.setFillColor(NAVY)
    c.drawRightString(w - MARGIN_X, y, rt("Page {page} of {pages}").format(page=page, pages=pages))
    c.setFont(REGULAR, 6.6)
    c.setFillColor(FAINT)
    stamp = decor.generated_at.strftime("%Y-%m-%d %H:%M")
    zone = decor.generated_at.tzname() or ""
    generated = rt("Generated {when} by {app}").format(
        when=f"{stamp} {zone}".strip(), app=f"mystery-shop {decor.app_version}"
    )
    c.drawString(MARGIN_X, y - 10, generated)
    if decor.watermark:
        c.setFont(BOLD, 64)
        c.setFillColor(RULE)
        c.setFillAlpha(0.45)
        c.translate(w / 2, h / 2)
        c.rotate(38)
        c.drawCentredString(0, -20, decor.watermark)
    c.restoreState()


def numbered_canvas(decor: PageDecor) -> type[Canvas]:
    """A canvas class that holds pages back until it knows how many there are, then decorates each."""

    class NumberedCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._held: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._held.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._held)
            for state in self._held:
                self.__dict__.update(state)
                decorate(self, decor, self._pageNumber, total)
                Canvas.showPage(self)
            Canvas.save(self)

    return NumberedCanvas


class ReportDoc(BaseDocTemplate):
    """One frame per page inside the margins; the canvas writes headers, footers and page numbers."""

    def __init__(self, out: Path | BinaryIO, info: ReportInfo, decor: PageDecor, *, title: str, subject: str) -> None:
        register_fonts()
        size = paper(info.page_size)
        super().__init__(
            str(out) if isinstance(out, Path) else out,
            pagesize=size,
            leftMargin=MARGIN_X,
            rightMargin=MARGIN_X,
            topMargin=MARGIN_TOP,
            bottomMargin=MARGIN_BOTTOM,
            title=title,
            subject=subject,
            author=info.branding.firm_name or "mystery-shop",
            creator=f"mystery-shop {info.app_version}",
            producer=f"mystery-shop {info.app_version} (ReportLab)",
            keywords=[info.report_id],
            initialFontName=REGULAR,
            initialFontSize=9,
            initialLeading=12,
            invariant=False,
            pageCompression=1,
        )
        self.decor = decor
        frame = Frame(
            MARGIN_X,
            MARGIN_BOTTOM,
            size[0] - 2 * MARGIN_X,
            size[1] - MARGIN_TOP - MARGIN_BOTTOM,
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
            id="body",
        )
        self.addPageTemplates([PageTemplate(id="page", frames=[frame])])
        self.pages = 0

    def afterPage(self) -> None:
        self.pages = self.page

    def render(self, story: list[Flowable]) -> int:
        self.build(story, canvasmaker=numbered_canvas(self.decor))
        return self.pages


class SignatureSpace(Flowable):
    """Blank space for the firm's visible signature; records where it landed when drawn."""

    def __init__(
        self, sink: Callable[[SignatureBox], None], width: float = SIGNATURE_SIZE[0], height: float = SIGNATURE_SIZE[1]
    ) -> None:
        super().__init__()
        self.width = width
        self.height = height
        self._sink = sink

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        x1, y1 = self.canv.absolutePosition(0, 0)
        x2, y2 = self.canv.absolutePosition(self.width, self.height)
        self._sink(SignatureBox(self.canv.getPageNumber() - 1, x1, y1, x2, y2))


class BoxRecorder:
    """Keeps the last position a SignatureSpace reported (a flowable may be drawn once only)."""

    def __init__(self) -> None:
        self.box: SignatureBox | None = None

    def __call__(self, box: SignatureBox) -> None:
        self.box = box
