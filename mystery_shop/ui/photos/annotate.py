"""The annotation tool: freehand, arrow, box and text on a photo, saved as an annotated copy.

The marks are drawn over the upright report-size copy, in the coordinates of
the full picture (``view.PhotoView``). Save decodes the original off the UI
thread, paints the same marks on it at full resolution with QPainter, encodes a
JPEG (quality 90) and hands the bytes to ``services.photos.set_annotation``,
which stores them as a new blob: the original is never written to.

The marks travel inside the copy as a JPEG comment (``marks.MARKS_KEY``), so
opening the tool again on an annotated photo starts from the original with the
earlier marks in place, ready to undo or add to, rather than drawing over a
flattened copy.
"""

from __future__ import annotations

import logging
import math
from dataclasses import replace

from PySide6.QtCore import QBuffer, QIODevice, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QIcon,
    QImage,
    QImageReader,
    QKeySequence,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPen,
    QPixmap,
    QShortcut,
)
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QComboBox,
    QDialog,
    QFrame,
    QGraphicsItem,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPushButton,
    QStyleOptionGraphicsItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from mystery_shop.services import photos as photo_service
from mystery_shop.services.photos import Pixels
from mystery_shop.services.rows import PhotoRow
from mystery_shop.services.visit_editor import VisitEditor

from .. import errors
from ..errors import show_error
from ..i18n import tr, tr_noop
from ..tasks import run_task
from .marks import COLOURS, MARKS_KEY, WIDTHS, Mark, Marks, Tool, line_width, paint_marks
from .view import PhotoView, qimage

log = logging.getLogger(__name__)

JPEG_QUALITY = 90
TOOL_KEYS = {Tool.PEN: "P", Tool.ARROW: "A", Tool.BOX: "B", Tool.TEXT: "T"}
TOOL_NAMES = {
    Tool.PEN: tr_noop("Freehand"),
    Tool.ARROW: tr_noop("Arrow"),
    Tool.BOX: tr_noop("Box"),
    Tool.TEXT: tr_noop("Text"),
}


# ------------------------------------------------------------ saving (any thread)


def render_annotated(pixels: Pixels, marks: Marks, quality: int = JPEG_QUALITY) -> bytes:
    """``marks`` flattened onto the full upright picture, as JPEG bytes carrying the marks as a comment."""
    image = qimage(pixels).convertToFormat(QImage.Format.Format_RGB32)
    painter = QPainter(image)
    if (pixels.width, pixels.height) != (marks.width, marks.height):
        painter.scale(pixels.width / marks.width, pixels.height / marks.height)
    paint_marks(painter, marks.items)
    painter.end()
    text = marks.to_json()
    if text is not None:
        image.setText(MARKS_KEY, text)
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "JPEG", quality):
        raise OSError("the annotated copy could not be encoded as JPEG")
    return bytes(buffer.data().data())


def read_marks(editor: VisitEditor, sha256: str, width: int, height: int) -> Marks:
    """The marks kept in an annotated copy (empty when it has none, e.g. made by another tool)."""
    if not editor.ws.blobs.has(sha256):
        return Marks(width, height)
    text = QImageReader(str(editor.ws.blobs.path(sha256))).text(MARKS_KEY)
    return Marks.from_json(text, width, height) if text else Marks(width, height)


# ------------------------------------------------------------ the canvas


class MarksItem(QGraphicsItem):
    """Paints the canvas's marks, and the one being drawn, over the picture."""

    def __init__(self, canvas: AnnotationCanvas) -> None:
        super().__init__()
        self.canvas = canvas
        self.setZValue(1)

    def boundingRect(self) -> QRectF:
        m = self.canvas.marks
        return QRectF(0, 0, m.width, m.height)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        painter.setClipRect(self.boundingRect())
        drawing = [self.canvas.drawing] if self.canvas.drawing is not None else []
        paint_marks(painter, self.canvas.marks.items + drawing)


class AnnotationCanvas(PhotoView):
    """Draw with the left button; pan with the middle button or the scroll bars; Ctrl+wheel zooms."""

    sig_marks_changed = Signal()

    def __init__(self, marks: Marks, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.marks = marks
        self.tool = Tool.BOX
        self.colour = next(iter(COLOURS))
        self.level = "Medium"
        self.drawing: Mark | None = None
        self._pan_from: QPointF | None = None
        self.item = MarksItem(self)
        self.scene().addItem(self.item)
        self.viewport().setCursor(Qt.CursorShape.CrossCursor)
        self.setDragMode(PhotoView.DragMode.NoDrag)
        self.ask_text = self._ask_text  # tests replace it

    @property
    def width_px(self) -> float:
        return line_width(self.marks.width, self.marks.height, self.level)

    # ------------------------------------------------------------ the model

    def begin(self, at: QPointF) -> None:
        p = self.marks.clamp((at.x(), at.y()))
        if self.tool is Tool.TEXT:
            text = self.ask_text()
            if text and text.strip():
                self.add(Mark(Tool.TEXT, self.colour, self.width_px, [p], text.strip()))
            return
        self.drawing = Mark(self.tool, self.colour, self.width_px, [p, p] if self.tool is not Tool.PEN else [p])
        self.item.update()

    def extend(self, at: QPointF) -> None:
        mark = self.drawing
        if mark is None:
            return
        p = self.marks.clamp((at.x(), at.y()))
        if mark.tool is Tool.PEN:
            last = mark.points[-1]
            if math.hypot(p[0] - last[0], p[1] - last[1]) >= max(1.0, mark.width * 0.2):
                mark.points.append(p)
        else:
            mark.points[-1] = p
        self.item.update()

    def finish(self, at: QPointF | None = None) -> None:
        if self.drawing is None:
            return
        if at is not None:
            self.extend(at)
        mark, self.drawing = self.drawing, None
        self.add(mark)

    def add(self, mark: Mark) -> None:
        if self.marks.add(mark):
            self.sig_marks_changed.emit()
        self.item.update()

    def undo(self) -> None:
        if self.marks.undo() is not None:
            self.item.update()
            self.sig_marks_changed.emit()

    def clear(self) -> None:
        if len(self.marks):
            self.marks.clear()
            self.item.update()
            self.sig_marks_changed.emit()

    def _ask_text(self) -> str:
        text, ok = QInputDialog.getText(self, tr("Text"), tr("Text to place on the photo:"))
        return text if ok else ""

    # ------------------------------------------------------------ the mouse

    def mousePressEvent(self, e: QMouseEvent) -> None:
        if e.button() == Qt.MouseButton.LeftButton and not self.image_size.isEmpty():
            self.begin(self.mapToScene(e.position().toPoint()))
            e.accept()
        elif e.button() == Qt.MouseButton.MiddleButton:
            self._pan_from = e.position()
            self.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)
            e.accept()
        else:
            super().mousePressEvent(e)

    def mouseMoveEvent(self, e: QMouseEvent) -> None:
        if self._pan_from is not None:
            delta = e.position() - self._pan_from
            self._pan_from = e.position()
            h, v = self.horizontalScrollBar(), self.verticalScrollBar()
            h.setValue(h.value() - round(delta.x()))
            v.setValue(v.value() - round(delta.y()))
        elif self.drawing is not None:
            self.extend(self.mapToScene(e.position().toPoint()))
        else:
            super().mouseMoveEvent(e)

    def mouseReleaseEvent(self, e: QMouseEvent) -> None:
        if e.button() == Qt.MouseButton.MiddleButton and self._pan_from is not None:
            self._pan_from = None
            self.viewport().setCursor(Qt.CursorShape.CrossCursor)
        elif e.button() == Qt.MouseButton.LeftButton and self.drawing is not None:
            self.finish(self.mapToScene(e.position().toPoint()))
        else:
            super().mouseReleaseEvent(e)


# ------------------------------------------------------------ the dialog


class AnnotateDialog(QDialog):
    sig_annotation_saved = Signal(str)  # photo id

    def __init__(self, editor: VisitEditor, photo: PhotoRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("annotateDialog")
        self.editor = editor
        self.photo = photo
        self.setWindowTitle(tr("Annotate — {name}").format(name=photo.caption or photo.filename))
        self.resize(1180, 800)
        self.existing = photo_service.annotations(editor).get(photo.id)
        width, height = photo.width, photo.height
        pixmap = QPixmap()
        path = photo_service.display_path(editor, photo.sha256)
        if path is not None:
            pixmap = QPixmap(str(path))
        if not (width and height):
            width, height = pixmap.width(), pixmap.height()
        marks = read_marks(editor, self.existing, width, height) if self.existing else Marks(width, height)
        self._start = len(marks)
        self.dirty = False
        self.saving = False
        self.canvas = AnnotationCanvas(marks)
        self.canvas.sig_marks_changed.connect(self._changed)
        self.canvas.sig_zoom_changed.connect(lambda s: self.zoom_label.setText(f"{s * 100:.0f} %"))
        col = QVBoxLayout(self)
        col.setContentsMargins(0, 0, 0, 0)
        col.setSpacing(0)
        col.addWidget(self._build_tools())
        col.addWidget(self.canvas, 1)
        col.addWidget(self._build_bottom())
        if not pixmap.isNull():
            self.canvas.set_picture(pixmap, QSize(width, height))
        self._shortcuts()
        self.set_tool(Tool.BOX)
        self._changed(initial=True)

    # ------------------------------------------------------------ building

    def _build_tools(self) -> QWidget:
        bar = QFrame()
        bar.setObjectName("annotateTools")
        row = QHBoxLayout(bar)
        row.setContentsMargins(10, 6, 10, 6)
        row.setSpacing(4)
        self.tool_group = QButtonGroup(self)
        self.tool_buttons: dict[Tool, QToolButton] = {}
        for tool in Tool:
            b = QToolButton()
            b.setText(tr(TOOL_NAMES[tool]))
            b.setIcon(tool_icon(tool))
            b.setIconSize(QSize(18, 18))
            b.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            b.setCheckable(True)
            b.setToolTip(f"{tr(TOOL_NAMES[tool])} ({TOOL_KEYS[tool]})")
            b.setProperty("annotateTool", True)
            b.clicked.connect(lambda _=False, t=tool: self.set_tool(t))
            self.tool_group.addButton(b)
            self.tool_buttons[tool] = b
            row.addWidget(b)
        row.addSpacing(14)
        self.colour_group = QButtonGroup(self)
        self.colour_buttons: dict[str, QToolButton] = {}
        for colour, name in COLOURS.items():
            b = QToolButton()
            b.setObjectName("swatch")
            b.setCheckable(True)
            b.setIcon(swatch_icon(colour))
            b.setIconSize(QSize(18, 18))
            b.setToolTip(tr(name))
            b.clicked.connect(lambda _=False, c=colour: self.set_colour(c))
            self.colour_group.addButton(b)
            self.colour_buttons[colour] = b
            row.addWidget(b)
        self.colour_buttons[self.canvas.colour].setChecked(True)
        row.addSpacing(14)
        width_label = QLabel(tr("Line"))
        width_label.setProperty("muted", True)
        row.addWidget(width_label)
        self.width_box = QComboBox()
        for level in WIDTHS:
            self.width_box.addItem(tr(level), level)
        self.width_box.setCurrentIndex(list(WIDTHS).index(self.canvas.level))
        self.width_box.setToolTip(tr("Line width, in proportion to the photo's size"))
        self.width_box.currentIndexChanged.connect(lambda _i: self.set_level(self.width_box.currentData()))
        row.addWidget(self.width_box)
        row.addSpacing(14)
        self.undo_button = QPushButton("↶ " + tr("Undo"))
        self.undo_button.setToolTip(tr("Take back the last mark (Ctrl+Z)"))
        self.undo_button.clicked.connect(self.canvas.undo)
        self.clear_button = QPushButton(tr("Clear"))
        self.clear_button.setToolTip(tr("Take off every mark"))
        self.clear_button.clicked.connect(self.canvas.clear)
        row.addWidget(self.undo_button)
        row.addWidget(self.clear_button)
        row.addStretch(1)
        self.zoom_label = QLabel()
        self.zoom_label.setObjectName("viewerZoom")
        row.addWidget(self.zoom_label)
        for text, tip, slot in (
            ("−", tr("Zoom out (-, Ctrl+wheel)"), self.canvas.zoom_out),
            (tr("Fit"), tr("Fit to the window (0)"), self.canvas.fit),
            ("+", tr("Zoom in (+, Ctrl+wheel)"), self.canvas.zoom_in),
        ):
            b = QPushButton(text)
            b.setToolTip(tip)
            b.setProperty("zoomButton", True)
            b.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            b.clicked.connect(slot)
            row.addWidget(b)
        return bar

    def _build_bottom(self) -> QWidget:
        bar = QFrame()
        bar.setObjectName("annotateBottom")
        row = QHBoxLayout(bar)
        row.setContentsMargins(12, 8, 12, 8)
        self.hint = QLabel()
        self.hint.setProperty("muted", True)
        self.hint.setWordWrap(True)
        row.addWidget(self.hint, 1)
        self.cancel_button = QPushButton(tr("Cancel"))
        self.cancel_button.clicked.connect(self.reject)
        self.save_button = QPushButton(tr("Save annotated copy"))
        self.save_button.setObjectName("primary")
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        row.addWidget(self.cancel_button)
        row.addWidget(self.save_button)
        return bar

    def _shortcuts(self) -> None:
        QShortcut(QKeySequence.StandardKey.Undo, self, self.canvas.undo)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)
        for tool, key in TOOL_KEYS.items():
            QShortcut(QKeySequence(key), self, lambda t=tool: self.set_tool(t))
        for key, slot in (
            (Qt.Key.Key_Plus, self.canvas.zoom_in),
            (Qt.Key.Key_Equal, self.canvas.zoom_in),
            (Qt.Key.Key_Minus, self.canvas.zoom_out),
            (Qt.Key.Key_0, self.canvas.fit),
            (Qt.Key.Key_1, self.canvas.actual_size),
        ):
            QShortcut(QKeySequence(key), self, slot)

    # ------------------------------------------------------------ choosing

    def set_tool(self, tool: Tool) -> None:
        self.canvas.tool = tool
        self.tool_buttons[tool].setChecked(True)
        self._update_hint()

    def set_colour(self, colour: str) -> None:
        self.canvas.colour = colour
        self.colour_buttons[colour].setChecked(True)

    def set_level(self, level: str) -> None:
        self.canvas.level = level

    def _update_hint(self) -> None:
        how = {
            Tool.PEN: tr("Drag to draw freehand."),
            Tool.ARROW: tr("Drag from the tail to the point of the arrow."),
            Tool.BOX: tr("Drag from one corner of the box to the other."),
            Tool.TEXT: tr("Click where the text should start."),
        }[self.canvas.tool]
        self.hint.setText(how + "  " + tr("The original photo is kept; saving makes an annotated copy."))

    def _changed(self, initial: bool = False) -> None:
        if not initial:
            self.dirty = True
        n = len(self.canvas.marks)
        self.undo_button.setEnabled(n > 0 and not self.saving)
        self.clear_button.setEnabled(n > 0 and not self.saving)
        removing = n == 0 and bool(self.existing)
        self.save_button.setText(tr("Remove annotation") if removing else tr("Save annotated copy"))
        # Something to write: marks changed since the tool opened, and either marks or a copy to remove.
        self.save_button.setEnabled(not self.saving and self.dirty and (n > 0 or bool(self.existing)))

    # ------------------------------------------------------------ saving

    def save(self) -> None:
        if self.saving or not self.save_button.isEnabled():
            return
        marks = self.canvas.marks
        if not len(marks):
            self._write(None)
            return
        self._busy(True)
        copy = Marks(marks.width, marks.height, [replace(m, points=list(m.points)) for m in marks.items])
        ed, sha = self.editor, self.photo.sha256
        run_task(lambda: render_annotated(photo_service.upright_pixels(ed, sha), copy), self._write, self._failed)

    def _write(self, jpeg: bytes | None) -> None:
        try:
            photo_service.set_annotation(self.editor, self.photo.id, jpeg)
        except Exception as e:
            self._busy(False)
            show_error(self, e)
            return
        self._busy(False)
        self.dirty = False
        self.sig_annotation_saved.emit(self.photo.id)
        super().accept()

    def _failed(self, error: BaseException) -> None:
        self._busy(False)
        log.warning("annotated copy of %s not made: %s", self.photo.id, error)
        if isinstance(error, FileNotFoundError):
            errors.dialogs.error(
                self,
                tr("Cannot save the annotation"),
                tr("The original photo is not on this computer yet (it arrives with the next sync)."),
            )
        else:
            show_error(self, error, tr("Cannot save the annotation"))

    def _busy(self, busy: bool) -> None:
        self.saving = busy
        self.save_button.setText(tr("Saving…") if busy else tr("Save annotated copy"))
        self.cancel_button.setEnabled(not busy)
        self.canvas.setEnabled(not busy)
        if busy:
            self.save_button.setEnabled(False)
        else:
            self._changed(initial=True)

    def reject(self) -> None:
        if self.saving:
            return
        if self.dirty and not errors.dialogs.confirm(
            self, tr("Discard the marks?"), tr("Close without saving the annotation?")
        ):
            return
        super().reject()


def open_annotate(editor: VisitEditor, photo: PhotoRow, parent: QWidget | None = None) -> AnnotateDialog | None:
    """The annotation tool for ``photo``, or None (with a message) when it cannot be annotated here."""
    if not editor.editable:
        errors.dialogs.error(parent, tr("Cannot annotate"), tr("This visit cannot be changed any more."))
        return None
    if not editor.ws.blobs.has(photo.sha256):
        errors.dialogs.error(
            parent,
            tr("Cannot annotate"),
            tr("The original photo is not on this computer yet (it arrives with the next sync)."),
        )
        return None
    return AnnotateDialog(editor, photo, parent)


# ------------------------------------------------------------ icons


def _icon_pixmap() -> tuple[QPixmap, QPainter, QColor]:
    ratio = 2.0
    pixmap = QPixmap(round(18 * ratio), round(18 * ratio))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    return pixmap, painter, QApplication.palette().buttonText().color()


def tool_icon(tool: Tool) -> QIcon:
    pixmap, p, colour = _icon_pixmap()
    pen = QPen(colour, 1.8, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin)
    p.setPen(pen)
    if tool is Tool.PEN:
        path = QPainterPath(QPointF(2.5, 13))
        path.cubicTo(QPointF(5, 3), QPointF(8, 3), QPointF(9, 9))
        path.cubicTo(QPointF(10, 15), QPointF(13, 15), QPointF(15.5, 5))
        p.drawPath(path)
    elif tool is Tool.ARROW:
        p.drawLine(QPointF(3, 15), QPointF(14, 4))
        p.setBrush(colour)
        p.drawPolygon([QPointF(15.5, 2.5), QPointF(8.5, 4.5), QPointF(13.5, 9.5)])
    elif tool is Tool.BOX:
        p.drawRoundedRect(QRectF(2.5, 4, 13, 10), 1.5, 1.5)
    else:
        font = p.font()
        font.setPixelSize(15)
        font.setBold(True)
        p.setFont(font)
        p.drawText(QRectF(0, 0, 18, 18), Qt.AlignmentFlag.AlignCenter, "T")
    p.end()
    return QIcon(pixmap)


def swatch_icon(colour: str) -> QIcon:
    pixmap, p, _ = _icon_pixmap()
    p.setPen(QPen(QColor(128, 128, 128, 200), 1))  # seen around black on a dark bar and white on a light one
    p.setBrush(QColor(colour))
    p.drawEllipse(QRectF(1.5, 1.5, 15, 15))
    p.end()
    return QIcon(pixmap)
