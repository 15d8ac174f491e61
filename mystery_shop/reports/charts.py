"""The reports' charts, drawn with ReportLab's graphics: vector, crisp at any zoom.

Drawn from shapes rather than ReportLab's chart widgets so that every label
sets its font (the widgets fall back to Helvetica, which a PDF does not carry)
and the charts share the report's palette and proportions.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.graphics.shapes import Circle, Drawing, Line, Polygon, PolyLine, Rect, String
from reportlab.lib import colors

from .fonts import BOLD, REGULAR, fit_text, text_width
from .theme import FAINT, HAIRLINE, INK, MUTED, NAVY, RULE, SHADE, WHITE, num, score_colour

LABEL = 7.6  # point size of axis and bar labels


def _text(
    x: float,
    y: float,
    text: str,
    *,
    size: float = LABEL,
    font: str = REGULAR,
    colour: colors.Color = INK,
    anchor: str = "start",
) -> String:
    return String(x, y, text, fontName=font, fontSize=size, fillColor=colour, textAnchor=anchor)


def _clip(text: str, width: float, size: float = LABEL, font: str = REGULAR) -> str:
    return fit_text(text, font, size, width)


def _track(x: float, y: float, w: float, h: float) -> Rect:
    return Rect(x, y, w, h, rx=h / 2, ry=h / 2, fillColor=SHADE, strokeColor=None)


def score_bar(
    value: float | None, width: float = 90, height: float = 7, colour: colors.Color | None = None, maximum: float = 100
) -> Drawing:
    """A small horizontal bar in a table cell: a rounded track with the value's share filled."""
    d = Drawing(width, height)
    d.add(_track(0, 0, width, height))
    if value is not None and value > 0:
        w = max(height, width * min(value, maximum) / maximum)
        fill = colour if colour is not None else score_colour(value)
        d.add(Rect(0, 0, w, height, rx=height / 2, ry=height / 2, fillColor=fill, strokeColor=None))
    return d


def spread_bar(mean: float, low: float, high: float, width: float = 120, height: float = 12) -> Drawing:
    """A location's spread on the 0-100 scale: a line from its lowest to its highest visit, a dot at the mean."""
    d = Drawing(width, height)
    mid = height / 2
    d.add(Rect(0, mid - 1.5, width, 3, fillColor=SHADE, strokeColor=None))
    for tick in (0.25, 0.5, 0.75):
        d.add(Line(width * tick, mid - 3, width * tick, mid + 3, strokeColor=RULE, strokeWidth=0.5))
    x0, x1 = width * low / 100, width * high / 100
    d.add(Line(x0, mid, x1, mid, strokeColor=FAINT, strokeWidth=2.2, strokeLineCap=1))
    for x in (x0, x1):
        d.add(Line(x, mid - 3, x, mid + 3, strokeColor=FAINT, strokeWidth=1))
    d.add(Circle(width * mean / 100, mid, 3.6, fillColor=score_colour(mean), strokeColor=WHITE, strokeWidth=0.8))
    return d


@dataclass(frozen=True, slots=True)
class BarItem:
    label: str
    value: float | None  # 0..100
    note: str = ""  # shown after the value, e.g. "n = 12"
    colour: colors.Color | None = None


def bar_chart(
    items: Sequence[BarItem], width: float, *, label_width: float = 130, row: float = 19, value_text: bool = True
) -> Drawing:
    """Horizontal bars on a 0-100 scale with gridlines, one row per item (stage scores, touchpoints)."""
    axis = 14.0
    note_width = max((text_width(i.note, REGULAR, LABEL - 0.6) for i in items), default=0)
    note_width = note_width + 8 if note_width else 0
    plot_x = label_width + 8
    plot_w = width - plot_x - 30 - note_width
    height = axis + row * len(items) + 4
    d = Drawing(width, height)
    top = height - 2
    for k in range(0, 101, 25):
        x = plot_x + plot_w * k / 100
        d.add(Line(x, axis, x, top, strokeColor=HAIRLINE if k else RULE, strokeWidth=0.6))
        d.add(_text(x, axis - 10, str(k), size=LABEL - 1, colour=MUTED, anchor="middle"))
    bar_h = min(10.0, row * 0.52)
    for i, item in enumerate(items):
        y = top - row * (i + 1) + (row - bar_h) / 2
        d.add(_text(label_width, y + bar_h / 2 - LABEL * 0.35, _clip(item.label, label_width), anchor="end"))
        if item.value is None:
            d.add(_text(plot_x + 4, y + bar_h / 2 - LABEL * 0.35, "no scored answers", colour=FAINT, size=LABEL - 0.6))
            continue
        w = max(1.5, plot_w * max(0.0, min(item.value, 100.0)) / 100)
        fill = item.colour or score_colour(item.value)
        d.add(Rect(plot_x, y, w, bar_h, fillColor=fill, strokeColor=None))
        if value_text:
            d.add(_text(plot_x + w + 4, y + bar_h / 2 - LABEL * 0.35, num(item.value), font=BOLD))
        if item.note:
            d.add(_text(width, y + bar_h / 2 - LABEL * 0.35, item.note, size=LABEL - 0.6, colour=MUTED, anchor="end"))
    return d


@dataclass(frozen=True, slots=True)
class TrendPoint:
    label: str  # "Sep 2026"
    mean: float
    low: float
    high: float
    count: int


def trend_chart(points: Sequence[TrendPoint], width: float, height: float = 150) -> Drawing:
    """Mean score by month with each month's lowest-to-highest range behind it, on 0-100."""
    d = Drawing(width, height)
    left, bottom, right, top = 26.0, 28.0, 8.0, 10.0
    pw, ph = width - left - right, height - bottom - top
    for k in range(0, 101, 20):
        y = bottom + ph * k / 100
        d.add(Line(left, y, left + pw, y, strokeColor=RULE if k == 0 else HAIRLINE, strokeWidth=0.6))
        d.add(_text(left - 5, y - 2.5, str(k), size=LABEL - 1, colour=MUTED, anchor="end"))
    if not points:
        d.add(_text(left + pw / 2, bottom + ph / 2, "no visits in the period", colour=FAINT, anchor="middle"))
        return d
    step = pw / len(points)
    band_w = min(22.0, step * 0.42)
    xs = [left + step * (i + 0.5) for i in range(len(points))]

    def y_of(v: float) -> float:
        return bottom + ph * max(0.0, min(v, 100.0)) / 100

    every = max(1, round(len(points) / 12))  # label at most about 12 months
    for i, (x, p) in enumerate(zip(xs, points, strict=True)):
        d.add(
            Rect(
                x - band_w / 2,
                y_of(p.low),
                band_w,
                max(0.8, y_of(p.high) - y_of(p.low)),
                fillColor=SHADE,
                strokeColor=None,
            )
        )
        if i % every == 0:
            d.add(_text(x, bottom - 11, p.label, size=LABEL - 0.6, anchor="middle"))
            d.add(_text(x, bottom - 20, f"n = {p.count}", size=LABEL - 1.4, colour=MUTED, anchor="middle"))
    if len(points) > 1:
        coords: list[float] = []
        for x, p in zip(xs, points, strict=True):
            coords += [x, y_of(p.mean)]
        d.add(PolyLine(coords, strokeColor=NAVY, strokeWidth=1.6, strokeLineJoin=1))
    for x, p in zip(xs, points, strict=True):
        d.add(Circle(x, y_of(p.mean), 3.2, fillColor=score_colour(p.mean), strokeColor=WHITE, strokeWidth=0.9))
        label_y = y_of(p.mean) + 6 if p.mean < 92 else y_of(p.mean) - 12
        d.add(_text(x, label_y, num(p.mean), size=LABEL - 0.4, font=BOLD, anchor="middle"))
    return d


# ---------------------------------------------------------------- rating scales

RATING_COLOURS = {
    "detractor": colors.HexColor("#e8a09a"),
    "passive": colors.HexColor("#f2d08a"),
    "promoter": colors.HexColor("#8fcc9a"),
}


def rating_scale(
    value: int, low: int, high: int, *, nps: bool = False, cell: float = 17, height: float = 15
) -> Drawing:
    """The answer on its scale: one box per point, the chosen one filled and bold.

    NPS boxes are tinted by group (0-6 detractors, 7-8 passives, 9-10 promoters).
    """
    n = high - low + 1
    gap = 2.0
    width = n * cell + (n - 1) * gap
    d = Drawing(width, height)
    for i, v in enumerate(range(low, high + 1)):
        x = i * (cell + gap)
        chosen = v == value
        if nps:
            group = "detractor" if v <= 6 else "passive" if v <= 8 else "promoter"
            fill = NAVY if chosen else RATING_COLOURS[group]
        else:
            fill = NAVY if chosen else SHADE
        d.add(Rect(x, 0, cell, height, rx=2, ry=2, fillColor=fill, strokeColor=None))
        d.add(
            _text(
                x + cell / 2,
                height / 2 - 2.7,
                str(v),
                size=7.4,
                font=BOLD if chosen else REGULAR,
                colour=WHITE if chosen else MUTED,
                anchor="middle",
            )
        )
    return d


def legend_swatches(items: Sequence[tuple[str, colors.Color]], width: float) -> Drawing:
    """A one-line key: coloured squares with their words."""
    d = Drawing(width, 12)
    x = 0.0
    for text, colour in items:
        d.add(Rect(x, 1.5, 9, 9, fillColor=colour, strokeColor=None))
        d.add(_text(x + 12, 3, text, size=LABEL - 0.6, colour=MUTED))
        x += 12 + text_width(text, REGULAR, LABEL - 0.6) + 14
    return d


def band_strip(bands: Sequence[tuple[float, str, colors.Color]], value: float | None, width: float) -> Drawing:
    """The grade bands side by side on 0-100, each in its colour, their lower limits under them, and a
    marker at ``value``. (Band names do not fit narrow bands; the report lists them in words.)

    ``bands``: (min, label, colour) in any order.
    """
    height = 32.0
    bar_y, bar_h = 12.0, 7.0
    size = LABEL - 1.2
    d = Drawing(width, height)
    ordered = sorted(bands, key=lambda b: b[0])
    last_end = -100.0
    for i, (lo, _label, colour) in enumerate(ordered):
        hi = ordered[i + 1][0] if i + 1 < len(ordered) else 100.0
        lo_c, hi_c = max(0.0, min(lo, 100.0)), max(0.0, min(hi, 100.0))
        if hi_c <= lo_c:
            continue
        x0, x1 = width * lo_c / 100, width * hi_c / 100
        d.add(Rect(x0, bar_y, x1 - x0, bar_h, fillColor=colour, strokeColor=WHITE, strokeWidth=1))
        text = f"{lo_c:g}"
        w = text_width(text, REGULAR, size)
        start = x0 - (0 if lo_c == 0 else w / 2)
        if start > last_end + 3:  # skip a limit that would touch the previous one
            d.add(_text(start, 2, text, size=size, colour=MUTED))
            last_end = start + w
    end = text_width("100", REGULAR, size)
    if width - end > last_end + 3:
        d.add(_text(width, 2, "100", size=size, colour=MUTED, anchor="end"))
    if value is not None:
        x = width * max(0.0, min(value, 100.0)) / 100
        d.add(Polygon([x - 4.5, height, x + 4.5, height, x, bar_y + bar_h + 1.5], fillColor=INK, strokeColor=None))
        d.add(Line(x, bar_y - 1, x, bar_y + bar_h + 1, strokeColor=INK, strokeWidth=1.4))
    return d
