"""A touchpoint's photos: thumbnails with their count against the form's rule, add
(dialog, drag and drop of files or folders, paste, the camera where there is one),
caption, reorder, delete with undo; double-click opens the viewer, right-click offers
caption, annotate and delete.

Imports run on the thread pool one file at a time (Pillow off the UI thread);
each finished photo is recorded on the main thread, so the list fills as it goes.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6.QtCore import QPoint, QSize, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QIcon, QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mystery_shop.domain.forms import Section
from mystery_shop.photos.pipeline import ImportResult, PhotoRefused, expand_paths, import_photo
from mystery_shop.services import photos as photo_service
from mystery_shop.services.rows import PhotoRow
from mystery_shop.services.visit_editor import VisitEditor

from .. import errors
from ..errors import show_error
from ..i18n import date_time_text, message_text, tr, trn
from ..photos import camera
from ..photos.annotate import open_annotate
from ..photos.viewer import PhotoViewer
from ..tasks import run_task

PHOTO_ID = Qt.ItemDataRole.UserRole + 1


class PhotoStrip(QFrame):
    sig_photos_changed = Signal(str)  # section id

    def __init__(self, editor: VisitEditor, section: Section, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = editor
        self.section = section
        self.setObjectName("photoStrip")
        self.setAcceptDrops(True)
        self._undo: list[str] = []
        self._pending = 0
        self._refused: list[str] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        top = QHBoxLayout()
        self.count = QLabel()
        self.add_button = QPushButton(tr("Add photos…"))
        self.add_button.clicked.connect(self.choose_files)
        self.undo_button = QPushButton(tr("Undo delete"))
        self.undo_button.clicked.connect(self.undo_delete)
        self.undo_button.hide()
        self.camera_button = QPushButton(tr("Take photo…"))
        self.camera_button.setToolTip(tr("Take a photo with this computer's camera"))
        self.camera_button.clicked.connect(self.take_photo)
        self.camera_button.setVisible(camera.camera_available())
        top.addWidget(self.count, 1)
        top.addWidget(self.undo_button)
        top.addWidget(self.camera_button)
        top.addWidget(self.add_button)
        layout.addLayout(top)
        self.list = QListWidget()
        self.list.setViewMode(QListWidget.ViewMode.IconMode)
        self.list.setIconSize(QSize(128, 96))
        self.list.setGridSize(QSize(150, 132))
        self.list.setFixedHeight(150)
        self.list.setMovement(QListWidget.Movement.Snap)
        self.list.setDragDropMode(QListWidget.DragDropMode.InternalMove)
        self.list.setWordWrap(True)
        self.list.model().rowsMoved.connect(self._moved)
        self.list.itemDoubleClicked.connect(self.open_viewer)
        self.list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.list.customContextMenuRequested.connect(self._context_menu)
        self.viewer: PhotoViewer | None = None
        layout.addWidget(self.list)
        hint = QLabel(
            tr(
                "Drop photos or a folder here, or paste (Ctrl+V). Double-click a photo to view it; "
                "right-click for caption, annotation and delete."
            )
        )
        hint.setProperty("muted", True)
        hint.setWordWrap(True)
        layout.addWidget(hint)
        QShortcut(QKeySequence.StandardKey.Delete, self.list, self.delete_selected)
        QShortcut(QKeySequence.StandardKey.Paste, self, self.paste)
        self.reload()

    # ------------------------------------------------------------ showing

    def reload(self) -> None:
        rows = photo_service.photos_by_section(self.editor).get(self.section.id, [])
        flags = photo_service.flags(self.editor, rows) if rows else {}
        annotated = photo_service.annotations(self.editor) if rows else {}
        self.list.clear()
        for p in rows:
            self.list.addItem(self._item(p, [message_text(f.reason) for f in flags.get(p.id, [])], p.id in annotated))
        rule = self.section.photos
        n = len(rows)
        text = (
            trn("%n photo(s)", n) + "  ·  " + (tr("at least {min}, at most {max}").format(min=rule.min, max=rule.max))
        )
        below = n < rule.min
        self.count.setText(("⚠ " if below else "") + text)
        self.count.setProperty("warn", below)
        self.count.style().unpolish(self.count)
        self.count.style().polish(self.count)
        editable = self.editor.editable
        self.add_button.setEnabled(editable and n < rule.max)
        self.camera_button.setEnabled(editable and n < rule.max)
        self.setAcceptDrops(editable)

    def _item(self, p: PhotoRow, flags: list[str], annotated: bool = False) -> QListWidgetItem:
        thumb = photo_service.thumbnail_path(self.editor, p)
        icon = QIcon(QPixmap(str(thumb))) if thumb else QIcon()
        item = QListWidgetItem(icon, ("✎ " if annotated else "") + (p.caption or p.filename)[:28])
        item.setData(PHOTO_ID, p.id)
        when = date_time_text(p.taken_at) if p.taken_at else tr("no capture time")
        tip = f"{p.filename}\n{p.width}×{p.height} · {when}"
        if annotated:
            tip += "\n✎ " + tr("annotated copy (the original is kept)")
        if flags:
            tip += "\n⚠ " + "\n⚠ ".join(flags)
            item.setForeground(Qt.GlobalColor.darkYellow)
        item.setToolTip(tip)
        return item

    # ------------------------------------------------------------ adding

    def choose_files(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(
            self, tr("Add photos"), "", tr("Images (*.jpg *.jpeg *.png *.webp *.tif *.tiff *.gif *.heic)")
        )
        if files:
            self.add_paths([Path(f) for f in files])

    def dragEnterEvent(self, e: QDragEnterEvent) -> None:
        if e.mimeData().hasUrls() or e.mimeData().hasImage():
            e.acceptProposedAction()

    def dropEvent(self, e: QDropEvent) -> None:
        paths = [Path(u.toLocalFile()) for u in e.mimeData().urls() if u.isLocalFile()]
        if paths:
            self.add_paths(paths)
            e.acceptProposedAction()

    def take_photo(self) -> None:
        """The camera's still goes in through the same import as a dropped file."""
        path = camera.take_photo(self)
        if path is not None:
            self.add_paths([path])

    def paste(self) -> None:
        data = QApplication.clipboard().mimeData()
        if data.hasUrls():
            self.add_paths([Path(u.toLocalFile()) for u in data.urls() if u.isLocalFile()])
        elif data.hasImage():
            image = QApplication.clipboard().image()
            path = Path(tempfile.mkdtemp(prefix="ms-paste-")) / "pasted.png"
            image.save(str(path), "PNG")
            self.add_paths([path])

    def add_paths(self, paths: list[Path]) -> None:
        files = expand_paths(paths)
        self._refused = []
        self._pending = len(files)
        self.add_button.setEnabled(False)
        blobs = self.editor.ws.blobs
        for path in files:  # one task per file: each photo appears as soon as it is ready
            run_task(lambda p=path: _import(p, blobs), self._imported, lambda e, p=path: self._failed(p, e))

    def _imported(self, result: ImportResult) -> None:
        try:
            if result.photo is None:
                self._refused.append(f"{result.path.name}: {message_text(result.reason)}")
            else:
                added = photo_service.record(self.editor, self.section.id, None, result.photo, result.path)
                if added.status != "added":
                    self._refused.append(f"{result.path.name}: {added.status}, {message_text(added.reason)}")
        except Exception as e:
            show_error(self, e)
        self._one_done()

    def _failed(self, path: Path, error: BaseException) -> None:
        self._refused.append(f"{path.name}: {error}")
        self._one_done()

    def _one_done(self) -> None:
        self._pending -= 1
        if self._pending > 0:
            return
        self.reload()
        self.sig_photos_changed.emit(self.section.id)
        if self._refused:
            errors.dialogs.error(
                self,
                tr("Some files were not added"),
                tr("The other photos were added. These were not:") + "\n\n" + "\n".join(self._refused),
            )

    # ------------------------------------------------------------ viewing

    def _photo(self, photo_id: str) -> PhotoRow | None:
        return next((p for p in self.editor.photos() if p.id == photo_id), None)

    def open_viewer(self, item: QListWidgetItem) -> PhotoViewer:
        ids = [self.list.item(i).data(PHOTO_ID) for i in range(self.list.count())]
        if self.viewer is not None:
            self.viewer.deleteLater()  # one viewer at a time; the last one is kept for tests to look at
        self.viewer = PhotoViewer(self.editor, ids, item.data(PHOTO_ID), title=self.section.title, parent=self)
        self.viewer.sig_photo_changed.connect(self._changed_elsewhere)
        self.viewer.open()
        return self.viewer

    def context_menu(self, item: QListWidgetItem) -> QMenu:
        """The right-click menu of one thumbnail: view, caption, annotate, delete."""
        editable = self.editor.editable
        menu = QMenu(self)
        view = menu.addAction(tr("View"), lambda: self.open_viewer(item))
        menu.setDefaultAction(view)
        menu.addSeparator()
        menu.addAction(tr("Caption…"), lambda: self.edit_caption(item)).setEnabled(editable)
        menu.addAction(tr("Annotate…"), lambda: self.annotate(item)).setEnabled(editable)
        menu.addSeparator()
        menu.addAction(tr("Delete"), lambda: self.delete_item(item)).setEnabled(editable)
        return menu

    def _context_menu(self, pos: QPoint) -> None:
        item = self.list.itemAt(pos)
        if item is not None:
            self.context_menu(item).exec(self.list.viewport().mapToGlobal(pos))

    def annotate(self, item: QListWidgetItem) -> None:
        photo = self._photo(item.data(PHOTO_ID))
        if photo is None:
            return
        dialog = open_annotate(self.editor, photo, self)
        if dialog is not None:
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.sig_annotation_saved.connect(self._changed_elsewhere)
            dialog.open()

    def _changed_elsewhere(self, _photo_id: str) -> None:
        self.reload()
        self.sig_photos_changed.emit(self.section.id)

    # ------------------------------------------------------------ changing

    def edit_caption(self, item: QListWidgetItem) -> None:
        current = next((p.caption for p in self.editor.photos() if p.id == item.data(PHOTO_ID)), "")
        text, ok = QInputDialog.getText(self, tr("Caption"), tr("What the photo shows:"), text=current)
        if ok:
            self._do(photo_service.set_caption, self.editor, item.data(PHOTO_ID), text)

    def delete_selected(self) -> None:
        for pid in [item.data(PHOTO_ID) for item in self.list.selectedItems()]:
            if self._do(photo_service.delete, self.editor, pid):
                self._undo.append(pid)
        self.undo_button.setVisible(bool(self._undo))

    def delete_item(self, item: QListWidgetItem) -> None:
        pid = item.data(PHOTO_ID)
        if self._do(photo_service.delete, self.editor, pid):
            self._undo.append(pid)
        self.undo_button.setVisible(bool(self._undo))

    def undo_delete(self) -> None:
        if self._undo:
            self._do(photo_service.restore, self.editor, self._undo.pop())
        self.undo_button.setVisible(bool(self._undo))

    def _moved(self, *_args: object) -> None:
        ids = [self.list.item(i).data(PHOTO_ID) for i in range(self.list.count())]
        self._do(photo_service.reorder, self.editor, self.section.id, ids)

    def _do(self, fn, *args) -> bool:  # type: ignore[no-untyped-def]
        try:
            fn(*args)
        except Exception as e:
            show_error(self, e)
            return False
        finally:
            self.reload()
        self.sig_photos_changed.emit(self.section.id)
        return True


def _import(path: Path, blobs) -> ImportResult:  # type: ignore[no-untyped-def]
    """Runs on the pool: Pillow only, no database, no widgets."""
    try:
        return ImportResult(path, import_photo(path, blobs))
    except PhotoRefused as e:
        return ImportResult(path, None, e.reason)
