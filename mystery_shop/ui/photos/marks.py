"""The marks of an annotation, and how they are painted.

A mark lives in the coordinates of the full upright picture, so the same list
paints the preview over a small copy and the saved copy at full resolution.
Line widths and text sizes follow the picture's size: a "medium" line is as
visible on a 12 MP photo as on a pasted screenshot.

The list travels inside the saved JPEG as a comment (``MARKS_KEY``), so the
annotation can be opened again and changed without a column in the database.
"""

from __future__ import annotations

import json
import logging
import math
from dataclasses import dataclass, field
from enum import StrEnum

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPainterPath,
    QPainterPathStroker,
    QPen,
    QPolygonF,
)

from ..i18n import tr_noop

log = logging.getLogger(__name__)

MARKS_KEY = "mystery-shop-marks"
MAX_COMMENT = 60_000  # a JPEG comment holds at most 65 533 bytes


class Tool(StrEnum):
    PEN = "pen"
    ARROW = "arrow"
    BOX = "box"
    TEXT = "text"


# A few strong colours that stand out on shop photos, in the order of the colour buttons.
COLOURS: dict[str, str] = {
    "#e53935": tr_noop("Red"),
    "#ffd600": tr_noop("Yellow"),
    "#00c853": tr_noop("Green"),
    "#2979ff": tr_noop("Blue"),
    "#ffffff": tr_noop("White"),
    "#000000": tr_noop("Black"),
}
WIDTHS: dict[str, float] = {
    tr_noop("Thin"): 0.003,
    tr_noop("Medium"): 0.006,
    tr_noop("Thick"): 0.011,
}  # of the picture's long side


def line_width(width: int, height: int, level: str = "Medium") -> float:
    """The pen width in picture pixels for a width level: at least 2 px."""
    return max(2.0, round(max(width, height) * WIDTHS[level], 1))


@dataclass
class Mark:
    tool: Tool
    colour: str
    width: float
    points: list[tuple[float, float]] = field(default_factory=list)
    text: str = ""

    def visible(self) -> bool:
        """Worth keeping: a text with words, a stroke longer than the line is wide."""
        if self.tool is Tool.TEXT:
            return bool(self.text.strip()) and bool(self.points)
        if len(self.points) < 2:
            return self.tool is Tool.PEN and bool(self.points)  # a dot
        (x0, y0), (x1, y1) = self.points[0], self.points[-1]
        if self.tool is Tool.PEN:
            return True
        return math.hypot(x1 - x0, y1 - y0) >= self.width


class Marks:
    """The marks on one picture, in drawing order; a plain model the canvas and tests drive."""

    def __init__(self, width: int, height: int, items: list[Mark] | None = None) -> None:
        self.width = width
        self.height = height
        self.items: list[Mark] = list(items or [])

    def add(self, mark: Mark) -> bool:
        if not mark.visible():
            return False
        mark.points = [self.clamp(p) for p in mark.points]
        self.items.append(mark)
        return True

    def undo(self) -> Mark | None:
        return self.items.pop() if self.items else None

    def clear(self) -> None:
        self.items.clear()

    def clamp(self, p: tuple[float, float]) -> tuple[float, float]:
        return (min(max(p[0], 0.0), float(self.width)), min(max(p[1], 0.0), float(self.height)))

    def __len__(self) -> int:
        return len(self.items)

    # ------------------------------------------------------------ the JPEG comment

    def to_json(self) -> str | None:
        """The list as compact JSON, or None when it would not fit in a JPEG comment."""
        body = {
            "v": 1,
            "size": [self.width, self.height],
            "marks": [
                {
                    "tool": m.tool.value,
                    "colour": m.colour,
                    "width": m.width,
                    "points": [[round(x), round(y)] for x, y in m.points],
                    **({"text": m.text} if m.text else {}),
                }
                for m in self.items
            ],
        }
        text = json.dumps(body, separators=(",", ":"), ensure_ascii=False)
        if len(text.encode()) > MAX_COMMENT:
            log.info("annotation marks too long to keep for editing (%d bytes)", len(text.encode()))
            return None
        return text

    @classmethod
    def from_json(cls, text: str, width: int, height: int) -> Marks:
        """The marks of a saved annotation, scaled to ``width`` x ``height``; empty when unreadable."""
        try:
            body = json.loads(text)
            w, h = body["size"]
            kx, ky = width / w, height / h
            items = [
                Mark(
                    Tool(m["tool"]),
                    str(m["colour"]),
                    float(m["width"]) * kx,
                    [(float(x) * kx, float(y) * ky) for x, y in m["points"]],
                    str(m.get("text", "")),
                )
                for m in body["marks"]
            ]
        except (ValueError, KeyError, TypeError, ZeroDivisionError):
            log.warning("the annotation's marks could not be read; starting afresh")
            items = []
        return cls(width, height, items)


# ------------------------------------------------------------ painting


def halo(colour: str) -> QColor:
    """The outline that keeps a mark readable on any background: dark around light colours, light around dark."""
    c = QColor(colour)
    out = QColor(255, 255, 255) if c.lightnessF() < 0.35 else QColor(0, 0, 0)
    out.setAlphaF(0.55)
    return out


def text_size(width: float) -> float:
    """The text's pixel size for a line width."""
    return width * 5.5


def paint_marks(painter: QPainter, marks: list[Mark]) -> None:
    """Paint ``marks`` in picture coordinates on ``painter``."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    for mark in marks:
        path, filled = _shape(mark)
        if path.isEmpty():
            continue
        outline = QPen(halo(mark.colour), mark.width * 0.35 if filled else mark.width * 1.6)
        outline.setCapStyle(Qt.PenCapStyle.RoundCap)
        outline.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        if filled:  # text and arrow heads: outline, then fill
            painter.strokePath(path, outline)
            painter.fillPath(path, QBrush(QColor(mark.colour)))
        else:
            pen = QPen(QColor(mark.colour), mark.width)
            pen.setCapStyle(Qt.PenCapStyle.RoundCap)
            pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
            painter.strokePath(path, outline)
            painter.strokePath(path, pen)
    painter.restore()


def _shape(mark: Mark) -> tuple[QPainterPath, bool]:
    """The mark as a path, and whether the path is filled (True) or stroked with the mark's pen."""
    path = QPainterPath()
    pts = [QPointF(x, y) for x, y in mark.points]
    if not pts:
        return path, False
    if mark.tool is Tool.TEXT:
        font = QFont("DejaVu Sans")
        font.setPixelSize(max(8, round(text_size(mark.width))))
        font.setWeight(QFont.Weight.Bold)
        # The point is the text's top left corner: where the user clicked.
        path.addText(pts[0] + QPointF(0, QFontMetricsF(font).ascent()), font, mark.text)
        return path, True
    if mark.tool is Tool.BOX and len(pts) >= 2:
        path.addRect(QRectF(pts[0], pts[-1]).normalized())
        return path, False
    if mark.tool is Tool.ARROW and len(pts) >= 2:
        return _arrow(pts[0], pts[-1], mark.width), True
    path.moveTo(pts[0])
    if len(pts) == 1:
        path.lineTo(pts[0] + QPointF(0.01, 0))  # a dot: a round cap of the pen's width
    for p in pts[1:]:
        path.lineTo(p)
    return path, False


def _arrow(start: QPointF, end: QPointF, width: float) -> QPainterPath:
    """A shaft and a solid head pointing at ``end``, as one filled outline."""
    line = QLineF(start, end)
    head = min(width * 4.5, line.length() * 0.6)
    angle = math.radians(-line.angle())
    inside = head * 0.5  # the shaft ends inside the head: no gap between them
    back = QPointF(end.x() - inside * math.cos(angle), end.y() - inside * math.sin(angle))
    shaft = QPainterPath(start)
    shaft.lineTo(back)
    stroker = QPainterPathStroker()
    stroker.setWidth(width)
    stroker.setCapStyle(Qt.PenCapStyle.RoundCap)
    out = stroker.createStroke(shaft)
    spread = math.radians(28)
    left = QPointF(end.x() - head * math.cos(angle - spread), end.y() - head * math.sin(angle - spread))
    right = QPointF(end.x() - head * math.cos(angle + spread), end.y() - head * math.sin(angle + spread))
    tip = QPainterPath()
    tip.addPolygon(QPolygonF([end, left, right, end]))
    return out.united(tip)
