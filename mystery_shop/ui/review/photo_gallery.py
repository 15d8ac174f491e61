"""A touchpoint's photos on the review screen, read-only: thumbnails with their evidence flags.

The thumbnails are found (or made again from the originals) off the UI thread.
Double-click (or Enter) opens the photo viewer, read-only: zoom, next/previous,
the flags, and the annotated copy beside the original.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtWidgets import QFrame, QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from mystery_shop.domain.evidence import Flag
from mystery_shop.domain.forms import Section
from mystery_shop.services import photos as photo_service
from mystery_shop.services.rows import PhotoRow
from mystery_shop.services.visit_editor import VisitEditor

from ..i18n import message_text, tr, trn
from ..photos.viewer import PhotoViewer
from ..tasks import run_task

PHOTO_ID = Qt.ItemDataRole.UserRole + 1


class PhotoGallery(QFrame):
    def __init__(
        self,
        editor: VisitEditor,
        section: Section,
        photos: list[PhotoRow],
        flags: dict[str, list[Flag]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.editor = editor
        self.section = section
        self.photo_ids = [p.id for p in photos]
        self.flags = flags
        self.viewer: PhotoViewer | None = None
        self.setObjectName("photoGallery")
        col = QVBoxLayout(self)
        col.setContentsMargins(10, 8, 10, 8)
        flagged = sum(1 for p in photos if flags.get(p.id))
        rule = section.photos
        count = trn("%n photo(s)", len(photos))
        if rule.min or rule.max < 20:
            count += "  ·  " + tr("rule: {lo} to {hi}").format(lo=rule.min, hi=rule.max)
        if flagged:
            count += "  ·  ⚑ " + trn("%n flagged", flagged)
        self.count = QLabel(count)
        self.count.setProperty("warn", bool(flagged) or not rule.min <= len(photos) <= rule.max)
        col.addWidget(self.count)
        self.list = QListWidget()
        self.list.setViewMode(QListWidget.ViewMode.IconMode)
        self.list.setIconSize(QSize(128, 96))
        self.list.setGridSize(QSize(150, 128))
        self.list.setFixedHeight(136 if photos else 0)
        self.list.setMovement(QListWidget.Movement.Static)
        self.list.setWordWrap(True)
        self.list.setVisible(bool(photos))
        self.list.itemActivated.connect(self._open)
        col.addWidget(self.list)
        annotated = photo_service.annotations(editor) if photos else {}
        for p in photos:
            reasons = [message_text(f.reason) for f in flags.get(p.id, [])]
            mark = ("⚑ " if reasons else "") + ("✎ " if p.id in annotated else "")
            item = QListWidgetItem(mark + (p.caption or p.filename or tr("photo")))
            item.setData(PHOTO_ID, p.id)
            when = p.taken_at.astimezone().strftime("%Y-%m-%d %H:%M") if p.taken_at else tr("no capture time")
            tip = f"{p.filename}\n{when}" + "".join(f"\n⚑ {r}" for r in reasons)
            if p.id in annotated:
                tip += "\n✎ " + tr("annotated copy (the original is kept)")
            item.setToolTip(tip)
            if reasons:
                item.setForeground(Qt.GlobalColor.darkRed)
            self.list.addItem(item)
        reasons = [
            f"⚑ {p.caption or p.filename}: {message_text(f.reason)}" for p in photos for f in flags.get(p.id, [])
        ]
        self.reasons = QLabel("\n".join(reasons))
        self.reasons.setObjectName("flagReasons")
        self.reasons.setWordWrap(True)
        self.reasons.setVisible(bool(reasons))
        col.addWidget(self.reasons)
        if photos:
            run_task(lambda: [photo_service.thumbnail_path(editor, p) for p in photos], self._thumbs)

    def _thumbs(self, paths: list) -> None:  # type: ignore[type-arg]
        for row, path in enumerate(paths):
            if path is not None and row < self.list.count():
                self.list.item(row).setIcon(QIcon(QPixmap(str(path))))

    def open_viewer(self, item: QListWidgetItem) -> PhotoViewer:
        """The viewer, read-only: a reviewer looks, the auditor's caption and annotation stay as they are."""
        if self.viewer is not None:
            self.viewer.deleteLater()
        self.viewer = PhotoViewer(
            self.editor,
            self.photo_ids,
            item.data(PHOTO_ID),
            editable=False,
            flags=self.flags,
            title=self.section.title,
            parent=self,
        )
        self.viewer.open()
        return self.viewer

    def _open(self, item: QListWidgetItem) -> None:
        self.open_viewer(item)
