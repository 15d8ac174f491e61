"""The reports' one typeface: DejaVu Sans from ``resources/fonts``, embedded (subset) in every PDF.

ReportLab's own fonts are the standard 14 (Helvetica…), which a PDF names but
does not carry, and which have no Ł, no Cyrillic. Every piece of text in a
report (paragraphs, table cells, chart labels, the page's initial font) uses
the names below instead.
"""

from __future__ import annotations

import threading

from reportlab import rl_config
from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from mystery_shop.resources import resource

REGULAR = "Report"
BOLD = "Report-Bold"
ITALIC = "Report-Italic"
BOLD_ITALIC = "Report-BoldItalic"
FAMILY = REGULAR

FILES = {
    REGULAR: "DejaVuSans.ttf",
    BOLD: "DejaVuSans-Bold.ttf",
    ITALIC: "DejaVuSans-Oblique.ttf",
    BOLD_ITALIC: "DejaVuSans-BoldOblique.ttf",
}

_lock = threading.Lock()
_done = False


class FontError(RuntimeError):
    """The report fonts are missing from the installation."""


def register_fonts() -> None:
    """Register the four faces once per process (cheap to call again).

    Also turns off ReportLab's ASCII85 wrapping of image streams (JPEGs are
    embedded as they are, a quarter smaller) and makes these fonts the
    defaults of the canvas and of ReportLab's graphics.
    """
    global _done
    if _done:
        return
    with _lock:
        if _done:
            return
        for name, filename in FILES.items():
            path = resource("fonts", filename)
            if not path.is_file():
                raise FontError(f"the report font {filename} is missing from {path.parent}")
            pdfmetrics.registerFont(TTFont(name, str(path)))
        pdfmetrics.registerFontFamily(REGULAR, normal=REGULAR, bold=BOLD, italic=ITALIC, boldItalic=BOLD_ITALIC)
        # <b>/<i> in paragraphs look the family up by these mappings.
        addMapping(REGULAR, 0, 0, REGULAR)
        addMapping(REGULAR, 1, 0, BOLD)
        addMapping(REGULAR, 0, 1, ITALIC)
        addMapping(REGULAR, 1, 1, BOLD_ITALIC)
        rl_config.useA85 = 0
        # Graphics (charts) and a fresh canvas start in these fonts: the defaults would put an unembedded
        # Helvetica on every page that holds a chart, even when no text is drawn in it.
        rl_config.defaultGraphicsFontName = REGULAR
        rl_config.canvas_basefontname = REGULAR
        _done = True


def text_width(text: str, font: str, size: float) -> float:
    return float(pdfmetrics.stringWidth(text, font, size))


def fit_text(text: str, font: str, size: float, width: float) -> str:
    """``text`` cut with an ellipsis to fit ``width`` points (a binary search: titles can be long)."""
    if text_width(text, font, size) <= width:
        return text
    lo, hi = 0, len(text)  # the longest prefix that fits with "…" is lo
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if text_width(text[:mid].rstrip() + "…", font, size) <= width:
            lo = mid
        else:
            hi = mid - 1
    return text[:lo].rstrip() + "…"
