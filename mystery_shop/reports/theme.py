"""The reports' look: one palette, one type scale, the paragraph styles, and how numbers and times read.

Calm on purpose: navy for structure, greys for everything secondary, and
colour kept for what it means (a score's band, a failure, a flag).
"""

from __future__ import annotations

import datetime as dt
import itertools
from fractions import Fraction
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle

from mystery_shop.domain.forms import DEFAULT_GRADE_BANDS, GradeBand
from mystery_shop.domain.numbers import display

from .fonts import BOLD, ITALIC, REGULAR
from .language import english, long_date, number, short_date

# ---------------------------------------------------------------- colours

NAVY = colors.HexColor("#1d3557")
INK = colors.HexColor("#1f2430")
MUTED = colors.HexColor("#6b7280")
FAINT = colors.HexColor("#9ca3af")
RULE = colors.HexColor("#d9dde3")
HAIRLINE = colors.HexColor("#e7eaee")
SHADE = colors.HexColor("#f3f5f8")
PANEL = colors.HexColor("#f7f8fa")
ACCENT = colors.HexColor("#2f5bd3")
DANGER = colors.HexColor("#b42318")
DANGER_BG = colors.HexColor("#fdecea")
WARN = colors.HexColor("#8a5300")
WARN_BG = colors.HexColor("#fff4e0")
OK = colors.HexColor("#1b7f3b")
NONE = colors.HexColor("#c4c9d0")  # no value (null score)
WHITE = colors.white

# The default bands' colours, by rank from the top band down, for forms that name none.
BAND_FALLBACK = [b.color for b in DEFAULT_GRADE_BANDS if b.color]


def band_colour(band: GradeBand | None, bands: tuple[GradeBand, ...] = DEFAULT_GRADE_BANDS) -> colors.Color:
    """The band's own colour, else the default palette's colour for its rank (top band green)."""
    if band is None:
        return NONE
    if band.color:
        return colors.HexColor(band.color)
    ranked = sorted(bands, key=lambda b: b.min, reverse=True)
    i = next((k for k, b in enumerate(ranked) if b is band or b == band), len(ranked) - 1)
    # Stretch the palette over however many bands the form has.
    k = round(i * (len(BAND_FALLBACK) - 1) / max(1, len(ranked) - 1))
    return colors.HexColor(BAND_FALLBACK[k])


def score_colour(value: float | None) -> colors.Color:
    """For scores without a form's bands (period figures): the default bands' colours."""
    if value is None:
        return NONE
    for band in DEFAULT_GRADE_BANDS:
        if value >= band.min:
            return colors.HexColor(band.color or "#1f2430")
    return colors.HexColor(BAND_FALLBACK[-1])


_HEAT = [(0.0, (245, 177, 172)), (60.0, (252, 221, 158)), (80.0, (203, 232, 172)), (100.0, (137, 204, 150))]


def heat_colour(value: float | None) -> colors.Color:
    """Soft red (0) through amber (60) to green (100): the dashboard's heat map, light enough for text."""
    if value is None:
        return SHADE
    for (v0, c0), (v1, c1) in itertools.pairwise(_HEAT):
        if value <= v1:
            t = max(0.0, (value - v0) / (v1 - v0))
            r, g, b = (a + (z - a) * t for a, z in zip(c0, c1, strict=True))
            return colors.Color(r / 255, g / 255, b / 255)
    r, g, b = _HEAT[-1][1]
    return colors.Color(r / 255, g / 255, b / 255)


def hex_of(c: colors.Color) -> str:
    return "#" + str(c.hexval())[2:]


# ---------------------------------------------------------------- type

BODY_SIZE = 8.8
BODY_LEADING = 12


def _style(name: str, **kw: object) -> ParagraphStyle:
    base: dict[str, object] = {
        "fontName": REGULAR,
        "fontSize": BODY_SIZE,
        "leading": BODY_LEADING,
        "textColor": INK,
    }
    base.update(kw)
    return ParagraphStyle(name, **base)


class Styles:
    """The paragraph styles, made once per report (ParagraphStyle objects are mutable)."""

    def __init__(self) -> None:
        self.body = _style("body")
        self.body_right = _style("body_right", alignment=TA_RIGHT)
        self.body_centre = _style("body_centre", alignment=TA_CENTER)
        self.small = _style("small", fontSize=7.6, leading=10, textColor=MUTED)
        self.small_ink = _style("small_ink", fontSize=7.6, leading=10)
        self.small_right = _style("small_right", fontSize=7.6, leading=10, textColor=MUTED, alignment=TA_RIGHT)
        self.small_centre = _style("small_centre", fontSize=7.6, leading=10, textColor=MUTED, alignment=TA_CENTER)
        self.tiny = _style("tiny", fontSize=6.8, leading=8.6, textColor=MUTED)
        self.tiny_centre = _style("tiny_centre", fontSize=6.8, leading=8.4, textColor=INK, alignment=TA_CENTER)
        self.label = _style("label", fontName=BOLD, fontSize=6.8, leading=9, textColor=MUTED)
        self.value = _style("value", fontSize=9.4, leading=12.4)
        self.cell = _style("cell", fontSize=8.4, leading=11)
        self.cell_bold = _style("cell_bold", fontName=BOLD, fontSize=8.4, leading=11)
        self.cell_right = _style("cell_right", fontSize=8.4, leading=11, alignment=TA_RIGHT)
        self.cell_centre = _style("cell_centre", fontSize=8.4, leading=11, alignment=TA_CENTER)
        self.head = _style("head", fontName=BOLD, fontSize=7.4, leading=9.4, textColor=MUTED)
        self.head_right = _style(
            "head_right", fontName=BOLD, fontSize=7.4, leading=9.4, textColor=MUTED, alignment=TA_RIGHT
        )
        self.head_centre = _style(
            "head_centre", fontName=BOLD, fontSize=7.4, leading=9.4, textColor=MUTED, alignment=TA_CENTER
        )
        self.heat_head = _style(
            "heat_head", fontName=BOLD, fontSize=6.6, leading=8.2, textColor=MUTED, alignment=TA_CENTER
        )
        self.note = _style("note", fontSize=7.8, leading=10.4, textColor=MUTED)
        self.comment = _style("comment", fontSize=7.8, leading=10.4, textColor=colors.HexColor("#374151"))
        self.italic = _style("italic", fontName=ITALIC, fontSize=8.6, leading=12, textColor=colors.HexColor("#374151"))
        self.kicker = _style("kicker", fontName=BOLD, fontSize=8, leading=10, textColor=MUTED, spaceAfter=4)
        self.title = _style("title", fontName=BOLD, fontSize=24, leading=29, textColor=NAVY)
        self.subtitle = _style("subtitle", fontSize=12.5, leading=16, textColor=MUTED)
        self.h1 = _style("h1", fontName=BOLD, fontSize=15, leading=19, textColor=NAVY, spaceBefore=2, spaceAfter=8)
        self.h2 = _style("h2", fontName=BOLD, fontSize=11, leading=14, textColor=NAVY, spaceBefore=10, spaceAfter=5)
        self.h3 = _style("h3", fontName=BOLD, fontSize=9.2, leading=12, textColor=INK, spaceBefore=6, spaceAfter=3)
        self.section_title = _style("section_title", fontName=BOLD, fontSize=12.5, leading=15.5, textColor=WHITE)
        self.section_meta = _style("section_meta", fontSize=8, leading=10.5, textColor=colors.HexColor("#d6deea"))
        self.section_score = _style(
            "section_score", fontName=BOLD, fontSize=15, leading=17, textColor=WHITE, alignment=TA_RIGHT
        )
        self.section_points = _style(
            "section_points", fontSize=7.8, leading=10, textColor=colors.HexColor("#d6deea"), alignment=TA_RIGHT
        )
        self.big = _style("big", fontName=BOLD, fontSize=46, leading=50, alignment=TA_LEFT)
        self.kpi = _style("kpi", fontName=BOLD, fontSize=17, leading=20, textColor=NAVY)
        self.kpi_label = _style("kpi_label", fontName=BOLD, fontSize=6.8, leading=9, textColor=MUTED)
        self.kpi_note = _style("kpi_note", fontSize=7, leading=9, textColor=MUTED)
        self.flag = _style("flag", fontSize=7.2, leading=9.2, textColor=WARN)
        self.danger = _style("danger", fontName=BOLD, fontSize=8.6, leading=11.5, textColor=DANGER)


# ---------------------------------------------------------------- words and numbers


def esc(text: object) -> str:
    """Text for a Paragraph: markup characters escaped, line breaks kept."""
    return escape(str(text)).replace("\n", "<br/>")


def num(x: Fraction | float | None, places: int = 1) -> str:
    """A figure as FORMS.md shows it: rounded half-up to one decimal; "—" for none."""
    if x is None:
        return "—"
    return number(display(x if isinstance(x, Fraction) else Fraction(x).limit_denominator(10**9), places))


def points(x: Fraction | None) -> str:
    """Points without needless decimals: 5, 2.5, 1.33."""
    if x is None:
        return "—"
    if x.denominator == 1:
        return number(str(x.numerator))
    text = f"{float(x):.2f}".rstrip("0").rstrip(".")
    return number(text)


def seconds(value: float | Fraction | int | None) -> str:
    """A stopwatch reading: "42 s", "1:35", "1:02:05"."""
    if value is None:
        return "—"
    total = float(value)
    if total < 60:
        return f"{total:.0f} s" if float(total).is_integer() else f"{number(f'{total:.1f}')} s"
    whole = round(total)
    h, rest = divmod(whole, 3600)
    m, s = divmod(rest, 60)
    return f"{h}:{m:02d}:{s:02d}" if h else f"{m}:{s:02d}"


def day(d: dt.date | None) -> str:
    return "—" if d is None else f"{d.day} {d:%B %Y}" if english() else long_date(d)


def short_day(d: dt.date | None) -> str:
    return "—" if d is None else f"{d.day} {d:%b %Y}" if english() else short_date(d)


def moment(t: dt.datetime | None, *, with_zone: bool = True) -> str:
    """ "14 November 2026, 09:50 CET" in the time's own zone."""
    if t is None:
        return "—"
    zone = f" {t.tzname()}" if with_zone and t.tzinfo is not None and t.tzname() else ""
    return f"{day(t.date())}, {t:%H:%M}{zone}"


def short_moment(t: dt.datetime | None) -> str:
    return "—" if t is None else f"{short_day(t.date())} {t:%H:%M}"


def clock(t: dt.datetime | None) -> str:
    return "—" if t is None else f"{t:%H:%M}"


def plural(n: int, word: str, many: str | None = None) -> str:
    return f"{n} {word if n == 1 else (many or word + 's')}"
