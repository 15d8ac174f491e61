"""Small painted charts for the dashboard: bars that say what they are and click through.

No chart library: a bar chart is a few rectangles, and painting them ourselves
keeps the dashboard quick to open and the click targets exact.
"""

from __future__ import annotations

from collections.abc import Hashable
from dataclasses import dataclass

from PySide6.QtCore import QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from ..i18n import tr


@dataclass(frozen=True, slots=True)
class Bar:
    label: str
    value: float  # 0..100 unless the chart says otherwise
    text: str  # the value as shown ("77.8")
    key: Hashable
    note: str = ""  # e.g. "12 visits", shown in the tooltip


def score_colour(value: float | None) -> QColor:
    """Red below 60, amber to 75, green above: the default grade bands' feel."""
    if value is None:
        return QColor("#9ca3af")
    if value < 60:
        return QColor("#dc2626")
    if value < 75:
        return QColor("#d97706")
    if value < 90:
        return QColor("#65a30d")
    return QColor("#15803d")


class BarChart(QWidget):
    """Vertical bars (``horizontal=False``: e.g. months) or a ranked list of horizontal bars."""

    sig_bar_clicked = Signal(object)  # the bar's key

    def __init__(
        self, *, horizontal: bool = False, maximum: float = 100.0, bad: bool = False, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.horizontal = horizontal
        self.bad = bad  # the bars count failures: one warning colour, not the score scale
        self.maximum = maximum
        self.bars: list[Bar] = []
        self._hit: list[tuple[QRectF, Bar]] = []
        self.setMouseTracking(True)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    def set_bars(self, bars: list[Bar]) -> None:
        self.bars = list(bars)
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:
        if self.horizontal:
            return QSize(420, max(60, 26 * len(self.bars) + 8))
        return QSize(480, 220)

    def minimumSizeHint(self) -> QSize:
        return QSize(200, self.sizeHint().height() if self.horizontal else 160)

    def paintEvent(self, e: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal = self.palette()
        text, muted = pal.color(QPalette.ColorRole.WindowText), pal.color(QPalette.ColorRole.PlaceholderText)
        self._hit = []
        if not self.bars:
            p.setPen(muted)
            p.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, tr("No visits in this period"))
            return
        if self.horizontal:
            self._paint_rows(p, text, muted)
        else:
            self._paint_columns(p, text, muted)

    def _paint_rows(self, p: QPainter, text: QColor, muted: QColor) -> None:
        fm = p.fontMetrics()
        label_w = min(max(fm.horizontalAdvance(b.label) for b in self.bars) + 12, int(self.width() * 0.45))
        value_w = fm.horizontalAdvance("100.0%") + 10
        track = self.width() - label_w - value_w - 8
        for i, b in enumerate(self.bars):
            y = 4 + i * 26
            label = fm.elidedText(b.label, Qt.TextElideMode.ElideRight, label_w - 10)
            p.setPen(text)
            p.drawText(
                QRectF(0, y, label_w - 8, 22), Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight, label
            )
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(QColor(muted.red(), muted.green(), muted.blue(), 40))
            p.drawRoundedRect(QRectF(label_w, y + 4, track, 14), 4, 4)
            width = max(2.0, track * max(0.0, min(b.value, self.maximum)) / self.maximum)
            p.setBrush(QColor("#e0524f") if self.bad else score_colour(b.value))
            p.drawRoundedRect(QRectF(label_w, y + 4, width, 14), 4, 4)
            p.setPen(text)
            p.drawText(QRectF(label_w + track + 8, y, value_w, 22), Qt.AlignmentFlag.AlignVCenter, b.text)
            self._hit.append((QRectF(0, y, self.width(), 24), b))

    def _paint_columns(self, p: QPainter, text: QColor, muted: QColor) -> None:
        fm = p.fontMetrics()
        top, bottom, left = 20, 22, 34
        h = self.height() - top - bottom
        p.setPen(muted)
        for level in (0, 50, 100):
            y = top + h * (1 - level / self.maximum)
            p.drawText(
                QRectF(0, y - 8, left - 6, 16), Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, str(level)
            )
            p.setPen(QColor(muted.red(), muted.green(), muted.blue(), 60))
            p.drawLine(left, int(y), self.width(), int(y))
            p.setPen(muted)
        slot = (self.width() - left) / len(self.bars)
        width = min(46.0, slot * 0.7)
        for i, b in enumerate(self.bars):
            x = left + i * slot + (slot - width) / 2
            bar_h = h * max(0.0, min(b.value, self.maximum)) / self.maximum
            rect = QRectF(x, top + h - bar_h, width, bar_h)
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(score_colour(b.value))
            p.drawRoundedRect(rect, 3, 3)
            p.setPen(text)
            p.drawText(QRectF(x - 10, rect.top() - 18, width + 20, 16), Qt.AlignmentFlag.AlignCenter, b.text)
            label = fm.elidedText(b.label, Qt.TextElideMode.ElideRight, int(slot))
            p.setPen(muted)
            p.drawText(QRectF(left + i * slot, top + h + 4, slot, 16), Qt.AlignmentFlag.AlignCenter, label)
            self._hit.append((QRectF(left + i * slot, top, slot, h + bottom), b))

    def bar_at(self, x: float, y: float) -> Bar | None:
        return next((b for rect, b in self._hit if rect.contains(x, y)), None)

    def mouseMoveEvent(self, e: QMouseEvent) -> None:
        b = self.bar_at(e.position().x(), e.position().y())
        if b is None:
            QToolTip.hideText()
            return
        tip = f"{b.label}: {b.text}" + (f"\n{b.note}" if b.note else "") + "\n" + tr("Click for the visits")
        QToolTip.showText(e.globalPosition().toPoint(), tip, self)

    def mouseReleaseEvent(self, e: QMouseEvent) -> None:
        b = self.bar_at(e.position().x(), e.position().y())
        if b is not None and e.button() == Qt.MouseButton.LeftButton:
            self.sig_bar_clicked.emit(b.key)
