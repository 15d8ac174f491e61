"""A pad the auditor signs on with a mouse, a pen or a finger; exported as PNG."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QImage, QMouseEvent, QPainter, QPainterPath, QPaintEvent, QPen, QTabletEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from ..i18n import tr

INK = QColor(20, 40, 110)


class SignaturePad(QWidget):
    sig_signature_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMinimumSize(360, 140)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents, True)
        self.setCursor(Qt.CursorShape.CrossCursor)
        self.setAccessibleName(tr("Signature pad"))
        self.strokes: list[QPainterPath] = []
        self._drawing = False

    # ------------------------------------------------------------ input

    def _begin(self, p: QPointF) -> None:
        path = QPainterPath(p)
        path.lineTo(p + QPointF(0.1, 0.1))  # a dot shows even without movement
        self.strokes.append(path)
        self._drawing = True
        self.update()

    def _extend(self, p: QPointF) -> None:
        if self._drawing and self.strokes:
            self.strokes[-1].lineTo(p)
            self.update()

    def _end(self) -> None:
        if self._drawing:
            self._drawing = False
            self.sig_signature_changed.emit()

    def mousePressEvent(self, e: QMouseEvent) -> None:
        if e.button() == Qt.MouseButton.LeftButton:
            self._begin(e.position())

    def mouseMoveEvent(self, e: QMouseEvent) -> None:
        self._extend(e.position())

    def mouseReleaseEvent(self, e: QMouseEvent) -> None:
        self._end()

    def tabletEvent(self, e: QTabletEvent) -> None:
        kind = e.type()
        if kind == QTabletEvent.Type.TabletPress:
            self._begin(e.position())
        elif kind == QTabletEvent.Type.TabletMove:
            self._extend(e.position())
        elif kind == QTabletEvent.Type.TabletRelease:
            self._end()
        e.accept()

    def event(self, e) -> bool:  # type: ignore[no-untyped-def]
        kinds = {e.Type.TouchBegin, e.Type.TouchUpdate, e.Type.TouchEnd}
        if e.type() in kinds:
            points = e.points()
            if points:
                p = points[0].position()
                if e.type() == e.Type.TouchBegin:
                    self._begin(p)
                elif e.type() == e.Type.TouchUpdate:
                    self._extend(p)
                else:
                    self._end()
            e.accept()
            return True
        return super().event(e)

    # ------------------------------------------------------------ state

    def is_empty(self) -> bool:
        return not self.strokes

    def clear(self) -> None:
        self.strokes.clear()
        self.update()
        self.sig_signature_changed.emit()

    def _pen(self) -> QPen:
        pen = QPen(INK, 2.6)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        return pen

    def paintEvent(self, e: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.fillRect(self.rect(), QColor("#ffffff"))
        p.setPen(QPen(QColor("#c8ccd4"), 1, Qt.PenStyle.DashLine))
        baseline = self.height() - 30
        p.drawLine(20, baseline, self.width() - 20, baseline)
        if self.is_empty():
            p.setPen(QColor("#9aa0aa"))
            p.drawText(QRectF(0, 0, self.width(), baseline - 6), Qt.AlignmentFlag.AlignCenter, tr("Sign here"))
        p.setPen(self._pen())
        for path in self.strokes:
            p.drawPath(path)
        p.end()

    def to_png(self) -> bytes:
        """The signature cropped to its strokes, on a transparent background."""
        if self.is_empty():
            return b""
        bounds = QRectF()
        for path in self.strokes:
            bounds = bounds.united(path.boundingRect())
        bounds = bounds.adjusted(-8, -8, 8, 8)
        scale = 2.0  # twice the screen resolution: crisp in print
        image = QImage(int(bounds.width() * scale), int(bounds.height() * scale), QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        p = QPainter(image)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.scale(scale, scale)
        p.translate(-bounds.topLeft())
        p.setPen(self._pen())
        for path in self.strokes:
            p.drawPath(path)
        p.end()
        data = QByteArray()
        buf = QBuffer(data)
        buf.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(buf, "PNG")
        return bytes(data.data())
