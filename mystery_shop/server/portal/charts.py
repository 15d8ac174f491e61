"""The dashboard's charts as inline SVG, drawn on the server.

Horizontal positions are percentages of the chart's width and vertical ones
pixels, so a chart fills a phone or a wide screen and its text stays at the
page's size instead of shrinking with the picture. Each chart is an image
with a title and a description for screen readers (the page also gives its
figures as a table); a bar or a point that has visits behind it is a link to them.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass

from markupsafe import Markup, escape

from .language import pt

ROW = 44  # px per bar: its label above, the bar below
BAR = 14
_ids = itertools.count(1)


@dataclass(frozen=True, slots=True)
class Bar:
    label: str
    value: float | None  # on 0-100; None: no value
    text: str  # the value as shown ("77.8", "35%")
    colour: str  # "#rrggbb"
    href: str = ""
    note: str = ""  # e.g. "12 visits"


@dataclass(frozen=True, slots=True)
class Point:
    label: str
    mean: float
    low: float
    high: float
    text: str
    href: str = ""
    note: str = ""


def _open(kind: str, height: int, title: str, desc: str, *, linked: bool = False) -> tuple[str, str]:
    """The chart's <svg>: an image with its title and description; a group when it holds links (an image's
    parts are not reachable, and a link inside an image is an interactive control nested in another)."""
    n = next(_ids)
    t, d = f"chart{n}-title", f"chart{n}-desc"
    role = "group" if linked else "img"
    head = (
        f'<svg class="chart {kind}" width="100%" height="{height}" role="{role}" aria-labelledby="{t} {d}" '
        f'xmlns="http://www.w3.org/2000/svg"><title id="{t}">{escape(title)}</title>'
        f'<desc id="{d}">{escape(desc)}</desc>'
    )
    return head, "</svg>"


def _link(inner: str, href: str, label: str) -> str:
    if not href:
        return inner
    # Named by its <title> (its tooltip too), not aria-label: a name that left out the words the link shows
    # would not be the one a person using speech recognition says (axe: label-content-name-mismatch).
    return f'<a href="{escape(href)}"><title>{escape(label)}</title>{inner}</a>'


def bar_chart(bars: list[Bar], title: str, *, desc: str = "") -> Markup:
    """Bars on 0-100, one per row: the label and the value on a line, the bar under it."""
    if not bars:
        return Markup('<p class="empty">{}</p>').format(pt("No figures in this period."))
    head, tail = _open("bars", ROW * len(bars) + 4, title, desc or "; ".join(f"{b.label}: {b.text}" for b in bars),
                       linked=any(b.href for b in bars))  # fmt: skip
    parts = [head]
    for i, b in enumerate(bars):
        y = i * ROW
        width = max(0.0, min(100.0, b.value or 0.0))
        note = f" ({b.note})" if b.note else ""
        row = (
            f'<rect class="hit" x="0" y="{y}" width="100%" height="{ROW}" fill="transparent"/>'
            f'<text class="label" x="0" y="{y + 15}">{escape(b.label)}</text>'
            f'<text class="value" x="100%" y="{y + 15}" text-anchor="end">{escape(b.text)}</text>'
            f'<rect class="track" x="0" y="{y + 22}" width="100%" height="{BAR}" rx="3"/>'
            f'<rect x="0" y="{y + 22}" width="{width:.2f}%" height="{BAR}" rx="3" fill="{escape(b.colour)}">'
            f"<title>{escape(b.label)}: {escape(b.text)}{escape(note)}</title></rect>"
        )
        parts.append(_link(f"<g>{row}</g>", b.href, pt("{what}: the visits").format(what=f"{b.label}: {b.text}{note}")))
    parts.append(tail)
    return Markup("".join(parts))


def trend_chart(points: list[Point], title: str, *, desc: str = "") -> Markup:
    """The mean per period (dots joined by a line) over its lowest-to-highest visit (a grey bar), on 0-100."""
    if not points:
        return Markup('<p class="empty">{}</p>').format(pt("No figures in this period."))
    top, plot = 22, 150  # px: room for the values above, then the plot
    height = top + plot + 26
    head, tail = _open("trend", height, title, desc or "; ".join(f"{p.label}: {p.text}" for p in points),
                       linked=any(p.href for p in points))  # fmt: skip

    def y(v: float) -> float:
        return top + plot * (1 - max(0.0, min(100.0, v)) / 100)

    def x(i: int) -> float:  # % of the width, centred in equal slots, clear of the edges
        return (i + 0.5) * 100 / len(points)

    parts = [head]
    for v in (0, 50, 100):
        parts.append(f'<line class="grid" x1="0" x2="100%" y1="{y(v):.1f}" y2="{y(v):.1f}"/>')
        parts.append(f'<text class="axis" x="0" y="{y(v) - 3:.1f}">{v}</text>')
    for i, (a, b) in enumerate(itertools.pairwise(points)):
        parts.append(
            f'<line class="line" x1="{x(i):.2f}%" y1="{y(a.mean):.1f}" x2="{x(i + 1):.2f}%" y2="{y(b.mean):.1f}"/>'
        )
    every = 1 if len(points) <= 6 else 2 if len(points) <= 12 else 3
    for i, p in enumerate(points):
        cx = f"{x(i):.2f}%"
        note = f" ({p.note})" if p.note else ""
        slot = 100 / len(points)
        point_title = (
            pt("{month}: mean {mean}, {low} to {high}").format(
                month=p.label, mean=p.text, low=f"{p.low:.0f}", high=f"{p.high:.0f}"
            )
            + note
        )
        dot = (
            f'<rect class="hit" x="{i * slot:.2f}%" y="0" width="{slot:.2f}%" height="{height}" fill="transparent"/>'
            f'<line class="range" x1="{cx}" x2="{cx}" y1="{y(p.high):.1f}" y2="{y(p.low):.1f}"/>'
            f'<circle class="dot" cx="{cx}" cy="{y(p.mean):.1f}" r="5"><title>{escape(point_title)}</title></circle>'
        )
        mean = pt("{month}: mean {mean}").format(month=p.label, mean=p.text) + note
        parts.append(_link(f"<g>{dot}</g>", p.href, pt("{what}: the visits").format(what=mean)))
        if i % every == 0 or i == len(points) - 1:  # beside the link, not in it: its name is the whole sentence
            parts.append(
                f'<text class="value" x="{cx}" y="{y(p.mean) - 10:.1f}" text-anchor="middle">{escape(p.text)}</text>'
                f'<text class="label" x="{cx}" y="{height - 6}" text-anchor="middle">{escape(p.label)}</text>'
            )
    parts.append(tail)
    return Markup("".join(parts))
