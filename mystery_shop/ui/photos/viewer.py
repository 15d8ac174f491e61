"""The photo viewer: one photo large, with zoom, next/previous, its caption, capture time, GPS and flags.

Opened from a touchpoint's strip in the visit (caption editable, annotate) and
from the review gallery (read-only). It shows the upright report-size copy at
once, and when the user zooms past that copy's resolution it decodes the
original off the UI thread and swaps it in, so "100 %" shows the real pixels
without decoding 12 MP for every photo flicked past.

Next/previous stops at the first and last photo (the buttons grey out):
"7 of 7" is the end of the touchpoint, not a jump back to the start.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QCloseEvent, QFocusEvent, QKeyEvent, QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from mystery_shop.domain.evidence import Flag
from mystery_shop.services import photos as photo_service
from mystery_shop.services.rows import PhotoRow
from mystery_shop.services.visit_editor import VisitEditor

from .. import errors
from ..errors import show_error
from ..i18n import date_time_text, message_text, tr
from ..tasks import run_task
from .view import PanningView, qimage

SHARPEN_AT = 1.05  # swap in the original once the shown copy is magnified beyond this


def when_text(taken_at: dt.datetime | None) -> str:
    if taken_at is None:
        return tr("no capture time")
    return date_time_text(taken_at, seconds=True)


def gps_text(lat: float | None, lon: float | None) -> str:
    if lat is None or lon is None:
        return tr("no position")
    ns = "N" if lat >= 0 else "S"
    ew = "E" if lon >= 0 else "W"
    return f"{abs(lat):.5f}° {ns}, {abs(lon):.5f}° {ew}"


class PhotoViewer(QDialog):
    sig_photo_changed = Signal(str)  # photo id: caption or annotation written

    def __init__(
        self,
        editor: VisitEditor,
        photo_ids: list[str],
        current: str,
        *,
        editable: bool = True,
        flags: dict[str, list[Flag]] | None = None,
        title: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("photoViewer")
        self.editor = editor
        self.editable = editable and editor.editable
        self.ids = list(photo_ids)
        self.index = self.ids.index(current) if current in self.ids else 0
        self.section_title = title
        self.rows: dict[str, PhotoRow] = {}
        self.annotated: dict[str, str] = {}
        self.show_annotated = True  # an annotated copy is what its author wants seen; the toggle shows the original
        self._full_for: tuple[str, str] | None = None  # (photo id, sha) whose original is on screen
        self._loading: tuple[str, str] | None = None
        self._caption_shown = ""
        self._load_rows()
        self.flags = flags if flags is not None else photo_service.flags(self.editor, list(self.rows.values()))
        self.setWindowTitle(tr("Photo"))
        self.resize(1180, 760)
        self._build()
        self._shortcuts()
        self.show_current()

    # ------------------------------------------------------------ building

    def _build(self) -> None:
        root = QHBoxLayout(self)
        root.setContentsMargins(0, 0, 0, 0)
        root.setSpacing(0)
        left = QVBoxLayout()
        left.setContentsMargins(0, 0, 0, 0)
        left.setSpacing(0)
        self.view = PanningView()
        self.view.sig_zoom_changed.connect(self._zoomed)
        left.addWidget(self.view, 1)
        left.addWidget(self._build_bar())
        root.addLayout(left, 1)
        root.addWidget(self._build_side())

    def _build_bar(self) -> QWidget:
        bar = QFrame()
        bar.setObjectName("viewerBar")
        row = QHBoxLayout(bar)
        row.setContentsMargins(10, 6, 10, 6)
        self.prev_button = QPushButton("◀  " + tr("Previous"))
        self.prev_button.setToolTip(tr("Previous photo (Left arrow)"))
        self.prev_button.clicked.connect(self.previous)
        self.position = QLabel()
        self.position.setObjectName("viewerPosition")
        self.position.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.position.setMinimumWidth(70)
        self.next_button = QPushButton(tr("Next") + "  ▶")
        self.next_button.setToolTip(tr("Next photo (Right arrow)"))
        self.next_button.clicked.connect(self.next)
        row.addWidget(self.prev_button)
        row.addWidget(self.position)
        row.addWidget(self.next_button)
        row.addStretch(1)
        self.zoom_out_button = self._zoom_button("−", tr("Zoom out (-, Ctrl+wheel)"), self.view.zoom_out)
        self.fit_button = self._zoom_button(tr("Fit"), tr("Fit to the window (0)"), self.view.fit)
        self.actual_button = self._zoom_button("100 %", tr("Actual pixels (1)"), self.view.actual_size)
        self.zoom_in_button = self._zoom_button("+", tr("Zoom in (+, Ctrl+wheel)"), self.view.zoom_in)
        self.zoom_label = QLabel()
        self.zoom_label.setObjectName("viewerZoom")
        self.zoom_label.setMinimumWidth(52)
        self.zoom_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        for w in (self.zoom_label, self.zoom_out_button, self.fit_button, self.actual_button, self.zoom_in_button):
            row.addWidget(w)
        return bar

    def _zoom_button(self, text: str, tip: str, slot) -> QPushButton:  # type: ignore[no-untyped-def]
        b = QPushButton(text)
        b.setToolTip(tip)
        b.setProperty("zoomButton", True)
        b.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        b.clicked.connect(slot)
        return b

    def _build_side(self) -> QWidget:
        side = QFrame()
        side.setObjectName("viewerSide")
        side.setFixedWidth(320)
        col = QVBoxLayout(side)
        col.setContentsMargins(18, 16, 18, 14)
        col.setSpacing(8)
        self.heading = QLabel(self.section_title or tr("Photo"))
        self.heading.setObjectName("viewerHeading")
        self.heading.setWordWrap(True)
        col.addWidget(self.heading)
        self.subheading = QLabel()
        self.subheading.setProperty("muted", True)
        self.subheading.setWordWrap(True)
        col.addWidget(self.subheading)

        col.addWidget(self._side_title(tr("Caption")))
        self.caption = CaptionEdit()  # in the visit: saved on Enter, or when the field is left
        self.caption.setObjectName("viewerCaption")
        self.caption.setPlaceholderText(tr("What the photo shows"))
        self.caption.setReadOnly(not self.editable)
        self.caption.setVisible(self.editable)
        self.caption.sig_editing_finished.connect(self.save_caption)
        col.addWidget(self.caption)
        self.caption_text = QLabel()  # in the review: the auditor's caption, as text
        self.caption_text.setObjectName("viewerCaptionText")
        self.caption_text.setWordWrap(True)
        self.caption_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.caption_text.setVisible(not self.editable)
        col.addWidget(self.caption_text)

        col.addWidget(self._side_title(tr("Details")))
        form = QFormLayout()
        form.setContentsMargins(0, 0, 0, 0)
        form.setHorizontalSpacing(12)
        form.setVerticalSpacing(5)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft)
        self.taken = QLabel()
        self.gps = QLabel()
        self.size_label = QLabel()
        self.file_label = QLabel()
        self.file_label.setWordWrap(True)
        for label, w in (
            (tr("Taken"), self.taken),
            (tr("Position"), self.gps),
            (tr("Size"), self.size_label),
            (tr("File"), self.file_label),
        ):
            w.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            name = QLabel(label)
            name.setProperty("muted", True)
            form.addRow(name, w)
        col.addLayout(form)

        col.addWidget(self._side_title(tr("Evidence")))
        self.flag_list = QLabel()
        self.flag_list.setObjectName("viewerFlags")
        self.flag_list.setWordWrap(True)
        self.flag_list.setTextFormat(Qt.TextFormat.RichText)
        col.addWidget(self.flag_list)

        col.addWidget(self._side_title(tr("Annotation")))
        self.annotation_state = QLabel()
        self.annotation_state.setWordWrap(True)
        self.annotation_state.setProperty("muted", True)
        col.addWidget(self.annotation_state)
        self.toggle_button = QPushButton()
        self.toggle_button.setCheckable(True)
        self.toggle_button.setToolTip(tr("Switch between the original and the annotated copy (A)"))
        self.toggle_button.clicked.connect(self.toggle_annotated)
        col.addWidget(self.toggle_button)
        self.annotate_button = QPushButton(tr("Annotate…"))
        self.annotate_button.setToolTip(tr("Draw arrows, boxes and notes on a copy; the original is kept"))
        self.annotate_button.clicked.connect(self.annotate)
        self.remove_button = QPushButton(tr("Remove annotation"))
        self.remove_button.setToolTip(tr("Take the annotated copy off this photo; the original stays"))
        self.remove_button.clicked.connect(self.remove_annotation)
        col.addWidget(self.annotate_button)
        col.addWidget(self.remove_button)
        self.annotate_button.setVisible(self.editable)
        self.remove_button.setVisible(False)

        col.addStretch(1)
        close = QPushButton(tr("Close"))
        close.clicked.connect(self.accept)
        close_row = QHBoxLayout()
        close_row.addStretch(1)
        close_row.addWidget(close)
        col.addLayout(close_row)
        scroll = QScrollArea()
        scroll.setObjectName("viewerSideScroll")
        scroll.setWidget(side)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFixedWidth(322)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        return scroll

    def _side_title(self, text: str) -> QLabel:
        label = QLabel(text.upper())
        label.setObjectName("viewerSideTitle")
        return label

    def _shortcuts(self) -> None:
        keys = [
            (Qt.Key.Key_Left, self.previous),
            (Qt.Key.Key_Right, self.next),
            (Qt.Key.Key_PageUp, self.previous),
            (Qt.Key.Key_PageDown, self.next),
            (Qt.Key.Key_Plus, self.view.zoom_in),
            (Qt.Key.Key_Equal, self.view.zoom_in),
            (Qt.Key.Key_Minus, self.view.zoom_out),
            (Qt.Key.Key_0, self.view.fit),
            (Qt.Key.Key_1, self.view.actual_size),
            (Qt.Key.Key_A, self._toggle_key),
        ]
        for key, slot in keys:
            # A focused caption field takes these keys first (Qt asks it before the shortcut).
            QShortcut(QKeySequence(key), self, slot)
        QShortcut(QKeySequence.StandardKey.ZoomIn, self, self.view.zoom_in)
        QShortcut(QKeySequence.StandardKey.ZoomOut, self, self.view.zoom_out)

    # ------------------------------------------------------------ data

    def _load_rows(self) -> None:
        by_id = {p.id: p for p in self.editor.photos()}
        self.ids = [i for i in self.ids if i in by_id]
        self.rows = {i: by_id[i] for i in self.ids}
        self.annotated = {i: sha for i, sha in photo_service.annotations(self.editor).items() if i in self.rows}
        self.index = min(self.index, max(0, len(self.ids) - 1))

    @property
    def photo(self) -> PhotoRow | None:
        return self.rows[self.ids[self.index]] if self.ids else None

    def shown_sha(self) -> str | None:
        """The blob on screen: the annotated copy when there is one and it is chosen, else the original."""
        p = self.photo
        if p is None:
            return None
        annotated = self.annotated.get(p.id)
        return annotated if annotated and self.show_annotated else p.sha256

    # ------------------------------------------------------------ showing

    def show_current(self) -> None:
        p = self.photo
        n = len(self.ids)
        self.position.setText(tr("{i} of {n}").format(i=self.index + 1 if n else 0, n=n))
        self.prev_button.setEnabled(self.index > 0)
        self.next_button.setEnabled(self.index < n - 1)
        if p is None:
            self.view.clear_picture()
            return
        self.subheading.setText(tr("Photo {i} of {n}").format(i=self.index + 1, n=n))
        self.setWindowTitle(tr("Photo {i} of {n}").format(i=self.index + 1, n=n) + " — " + (p.filename or ""))
        self._caption_shown = p.caption
        self.caption.setText(p.caption)
        self.caption_text.setText(p.caption or tr("No caption."))
        self.caption_text.setProperty("muted", not p.caption)
        self.caption_text.style().unpolish(self.caption_text)
        self.caption_text.style().polish(self.caption_text)
        self.taken.setText(when_text(p.taken_at))
        self.gps.setText(gps_text(p.latitude, p.longitude))
        self.size_label.setText(tr("{w} × {h} px").format(w=p.width, h=p.height))
        self.file_label.setText(p.filename or "—")
        self._show_flags(self.flags.get(p.id, []))
        self._show_annotation_controls()
        self._show_picture()

    def _show_flags(self, flags: list[Flag]) -> None:
        if flags:
            self.flag_list.setText("<br>".join(f"⚑ {_escape(message_text(f.reason))}" for f in flags))
        else:
            self.flag_list.setText("✓ " + tr("No evidence flags: time and place agree with the visit."))
        self.flag_list.setProperty("flagged", bool(flags))
        self.flag_list.style().unpolish(self.flag_list)
        self.flag_list.style().polish(self.flag_list)

    def _show_annotation_controls(self) -> None:
        p = self.photo
        has = p is not None and p.id in self.annotated
        self.toggle_button.setVisible(has)
        self.toggle_button.setChecked(has and self.show_annotated)
        self.toggle_button.setText(tr("Show original") if self.show_annotated else tr("Show annotated"))
        self.remove_button.setVisible(has and self.editable)
        if not has:
            self.annotation_state.setText(tr("None."))
        elif self.show_annotated:
            self.annotation_state.setText(tr("Showing the annotated copy. The original is kept unchanged."))
        else:
            self.annotation_state.setText(tr("Showing the original. This photo also has an annotated copy."))
        self.annotate_button.setText(tr("Edit annotation…") if has else tr("Annotate…"))

    def _show_picture(self) -> None:
        p = self.photo
        sha = self.shown_sha()
        if p is None or sha is None:
            return
        path = photo_service.display_path(self.editor, sha)
        pixmap = QPixmap(str(path)) if path is not None else QPixmap()
        self._full_for = None
        self._loading = None
        if pixmap.isNull():
            self.view.clear_picture()
            self.subheading.setText(self.subheading.text() + " · " + tr("the picture has not arrived yet"))
            return
        self.view.set_picture(pixmap, QSize(p.width, p.height) if p.width and p.height else None)
        self._zoomed(self.view.scale_factor())

    def _zoomed(self, scale: float) -> None:
        self.zoom_label.setText(f"{scale * 100:.0f} %")
        p = self.photo
        sha = self.shown_sha()
        if p is None or sha is None or (p.id, sha) in (self._full_for, self._loading):
            return
        if scale * self.view.picture.scale() > SHARPEN_AT:  # the shown copy's pixels are magnified
            self._loading = (p.id, sha)
            want = (p.id, sha)
            ed = self.editor
            run_task(
                lambda: qimage(photo_service.upright_pixels(ed, sha)),
                lambda image: self._sharpened(want, image),
                lambda e: self._sharpen_failed(want, e),
            )

    def _sharpened(self, want: tuple[str, str], image) -> None:  # type: ignore[no-untyped-def]
        if self._loading != want:
            return  # the user moved on
        self._loading = None
        self._full_for = want
        self.view.set_picture(QPixmap.fromImage(image), self.view.image_size, keep_view=True)

    def _sharpen_failed(self, want: tuple[str, str], error: BaseException) -> None:
        if self._loading == want:
            self._loading = None
            self._full_for = want  # do not try again for this photo: the copy stays on screen

    # ------------------------------------------------------------ moving

    def next(self) -> None:
        self.go(self.index + 1)

    def previous(self) -> None:
        self.go(self.index - 1)

    def go(self, index: int) -> None:
        if not 0 <= index < len(self.ids) or index == self.index:
            return
        self.save_caption(show=False)
        self.index = index
        self.show_current()

    # ------------------------------------------------------------ changing

    def save_caption(self, *, show: bool = True) -> None:
        p = self.photo
        text = self.caption.text().strip()
        if not self.editable or p is None or text == self._caption_shown.strip():
            return
        try:
            photo_service.set_caption(self.editor, p.id, text)
        except Exception as e:
            show_error(self, e)
            return
        self._caption_shown = text
        self._refresh(p.id, show=show)

    def toggle_annotated(self) -> None:
        self.show_annotated = not self.show_annotated
        self._show_annotation_controls()
        self._show_picture()

    def _toggle_key(self) -> None:
        if self.toggle_button.isVisible():
            self.toggle_annotated()

    def annotate(self) -> None:
        from .annotate import open_annotate

        p = self.photo
        if p is None or not self.editable:
            return
        self.save_caption(show=False)
        p = self.photo
        if p is None:
            return
        dialog = open_annotate(self.editor, p, self)
        if dialog is not None:
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.sig_annotation_saved.connect(self._annotation_saved)
            dialog.open()

    def _annotation_saved(self, photo_id: str) -> None:
        self.show_annotated = True
        self._refresh(photo_id)

    def remove_annotation(self) -> None:
        p = self.photo
        if p is None or not self.editable or p.id not in self.annotated:
            return
        if not errors.dialogs.confirm(
            self, tr("Remove annotation"), tr("Remove the annotated copy? The original photo is not changed.")
        ):
            return
        try:
            photo_service.set_annotation(self.editor, p.id, None)
        except Exception as e:
            show_error(self, e)
            return
        self._refresh(p.id)

    def _refresh(self, photo_id: str, *, show: bool = True) -> None:
        self._load_rows()
        if show:
            self.show_current()
        self.sig_photo_changed.emit(photo_id)

    # ------------------------------------------------------------ closing

    def done(self, result: int) -> None:
        self.save_caption(show=False)
        self._loading = None
        super().done(result)

    def closeEvent(self, e: QCloseEvent) -> None:
        self.save_caption(show=False)
        super().closeEvent(e)


class CaptionEdit(QPlainTextEdit):
    """A caption of a few wrapped lines: Enter (or leaving the field) finishes, Tab moves on."""

    sig_editing_finished = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 14)

    def text(self) -> str:
        return " ".join(self.toPlainText().split())

    def setText(self, text: str) -> None:
        self.setPlainText(text)

    def keyPressEvent(self, e: QKeyEvent) -> None:
        if e.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.sig_editing_finished.emit()
            return
        super().keyPressEvent(e)

    def focusOutEvent(self, e: QFocusEvent) -> None:
        super().focusOutEvent(e)
        self.sig_editing_finished.emit()


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
