"""A zoomable, pannable picture: the canvas of the viewer and of the annotation tool.

Scene coordinates are the full picture's pixels, upright, whatever copy is shown:
a 1600 px report copy of a 4000 px photo is drawn scaled by 2.5, so "100 %"
always means one screen pixel per pixel of the original, and marks drawn on the
annotation tool are already in the original's coordinates.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QImage, QPainter, QPixmap, QResizeEvent, QTransform, QWheelEvent
from PySide6.QtWidgets import QFrame, QGraphicsPixmapItem, QGraphicsScene, QGraphicsView, QWidget

from mystery_shop.services.photos import Pixels

MAX_SCALE = 8.0  # 800 % of the original
STEP = 1.25  # one zoom step (a wheel notch, a key press)
BACKGROUND = "#1c1f26"


def qimage(pixels: Pixels) -> QImage:
    """A QImage owning a copy of ``pixels`` (safe on any thread)."""
    return QImage(pixels.rgb, pixels.width, pixels.height, 3 * pixels.width, QImage.Format.Format_RGB888).copy()


class PhotoView(QGraphicsView):
    sig_zoom_changed = Signal(float)  # the scale: 1.0 is 100 % of the original

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("photoView")
        self.setScene(QGraphicsScene(self))
        self.picture = QGraphicsPixmapItem()
        self.picture.setTransformationMode(Qt.TransformationMode.SmoothTransformation)
        self.scene().addItem(self.picture)
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.SmoothPixmapTransform)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.setBackgroundBrush(QColor(BACKGROUND))
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.image_size = QSize()
        self.fitting = True  # follow the window's size until the user zooms

    # ------------------------------------------------------------ the picture

    def set_picture(self, pixmap: QPixmap, full: QSize | None = None, *, keep_view: bool = False) -> None:
        """Show ``pixmap`` as a picture ``full`` pixels large (default: its own size)."""
        full = full if full is not None and not full.isEmpty() else pixmap.size()
        self.picture.setPixmap(pixmap)
        self.picture.setScale(full.width() / pixmap.width() if pixmap.width() else 1.0)
        self.image_size = QSize(full)
        self.scene().setSceneRect(QRectF(0, 0, full.width(), full.height()))
        if not keep_view or self.fitting:
            self.fit()

    def clear_picture(self) -> None:
        self.picture.setPixmap(QPixmap())
        self.image_size = QSize()
        self.scene().setSceneRect(QRectF())

    def shown_resolution(self) -> float:
        """Pixels of the shown copy per pixel of the original (1.0 when the original is shown)."""
        return 1.0 / self.picture.scale() if self.picture.scale() else 1.0

    # ------------------------------------------------------------ zoom

    def scale_factor(self) -> float:
        return self.transform().m11()

    def fit_scale(self) -> float:
        if self.image_size.isEmpty():
            return 1.0
        margin = 16
        w = max(1, self.viewport().width() - margin)
        h = max(1, self.viewport().height() - margin)
        return min(w / self.image_size.width(), h / self.image_size.height(), MAX_SCALE)

    def fit(self) -> None:
        self.fitting = True
        self._apply(self.fit_scale())

    def actual_size(self) -> None:
        self.zoom_to(1.0)

    def zoom_to(self, scale: float) -> None:
        self.fitting = False
        low = min(self.fit_scale(), 1.0) / 2
        self._apply(max(low, min(MAX_SCALE, scale)))

    def zoom_in(self) -> None:
        self.zoom_to(self.scale_factor() * STEP)

    def zoom_out(self) -> None:
        self.zoom_to(self.scale_factor() / STEP)

    def _apply(self, scale: float) -> None:
        if abs(scale - self.scale_factor()) > 1e-9:
            self.setTransform(QTransform.fromScale(scale, scale))
        self._update_drag()
        self.sig_zoom_changed.emit(scale)

    def _update_drag(self) -> None:
        """Subclasses decide what dragging does; the viewer pans once the picture is larger than the window."""

    def pannable(self) -> bool:
        if self.image_size.isEmpty():
            return False
        s = self.scale_factor()
        return (
            self.image_size.width() * s > self.viewport().width() + 1
            or self.image_size.height() * s > self.viewport().height() + 1
        )

    # ------------------------------------------------------------ events

    def resizeEvent(self, e: QResizeEvent) -> None:
        super().resizeEvent(e)
        if self.fitting:
            self._apply(self.fit_scale())
        else:
            self._update_drag()

    def wheelEvent(self, e: QWheelEvent) -> None:
        if e.modifiers() & Qt.KeyboardModifier.ControlModifier:
            notches = e.angleDelta().y() / 120
            if notches:
                self.zoom_to(self.scale_factor() * STEP**notches)
            e.accept()
            return
        super().wheelEvent(e)


class PanningView(PhotoView):
    """The viewer's canvas: drag to pan when zoomed in."""

    def _update_drag(self) -> None:
        mode = QGraphicsView.DragMode.ScrollHandDrag if self.pannable() else QGraphicsView.DragMode.NoDrag
        if self.dragMode() != mode:
            self.setDragMode(mode)
