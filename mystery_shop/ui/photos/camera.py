"""Taking a photo with the laptop's camera, where Qt Multimedia is installed and finds one.

The app depends on PySide6-Essentials, which has no Qt Multimedia; installing
PySide6-Addons (same version) adds it and, with a camera, the strip's
"Take photo…" button. The still is saved to a temporary JPEG and imported like
any dropped file, so it goes through the same checks and pipeline.

Everything from Qt Multimedia is imported inside functions: this module must
import (and say "no camera") without it.
"""

from __future__ import annotations

import importlib
import logging
import tempfile
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ..i18n import tr

log = logging.getLogger(__name__)


def multimedia_available() -> bool:
    """Whether Qt Multimedia (and its widgets) can be imported: PySide6-Addons is installed."""
    try:
        for name in ("PySide6.QtMultimedia", "PySide6.QtMultimediaWidgets"):
            importlib.import_module(name)
    except ImportError:
        return False
    return True


def camera_available() -> bool:
    """Whether the "Take photo…" button should show: Qt Multimedia is there and lists a camera."""
    if not multimedia_available():
        return False
    try:
        from PySide6.QtMultimedia import QMediaDevices

        return bool(QMediaDevices.videoInputs())
    except Exception:  # a broken multimedia back end must not break the visit screen
        log.exception("looking for a camera failed")
        return False


class CameraDialog(QDialog):
    """A live preview and a shutter; ``path`` is the saved JPEG after ``exec()`` returns Accepted."""

    def __init__(self, parent: QWidget | None = None) -> None:
        from PySide6.QtMultimedia import QCamera, QImageCapture, QMediaCaptureSession, QMediaDevices
        from PySide6.QtMultimediaWidgets import QVideoWidget

        super().__init__(parent)
        self.setWindowTitle(tr("Take photo"))
        self.resize(820, 620)
        self.path: Path | None = None
        self._folder = Path(tempfile.mkdtemp(prefix="ms-camera-"))
        self.session = QMediaCaptureSession(self)
        self.camera = QCamera(QMediaDevices.defaultVideoInput(), self)
        self.capture = QImageCapture(self)
        self.capture.setFileFormat(QImageCapture.FileFormat.JPEG)
        self.capture.setQuality(QImageCapture.Quality.VeryHighQuality)
        self.session.setCamera(self.camera)
        self.session.setImageCapture(self.capture)
        self.video = QVideoWidget()
        self.session.setVideoOutput(self.video)

        col = QVBoxLayout(self)
        col.addWidget(self.video, 1)
        self.status = QLabel(tr("Starting the camera…"))
        self.status.setProperty("muted", True)
        row = QHBoxLayout()
        row.addWidget(self.status, 1)
        cancel = QPushButton(tr("Cancel"))
        cancel.clicked.connect(self.reject)
        self.shutter = QPushButton(tr("Take photo"))
        self.shutter.setObjectName("primary")
        self.shutter.setEnabled(False)
        self.shutter.clicked.connect(self.take)
        row.addWidget(cancel)
        row.addWidget(self.shutter)
        col.addLayout(row)

        self.capture.readyForCaptureChanged.connect(self._ready)
        self.capture.imageSaved.connect(self._saved)
        self.capture.errorOccurred.connect(self._capture_error)
        self.camera.errorOccurred.connect(self._camera_error)
        self.camera.start()

    def _ready(self, ready: bool) -> None:
        self.shutter.setEnabled(ready)
        if ready:
            self.status.setText(tr("Press Take photo (or Space) when the picture is right."))

    def take(self) -> None:
        self.shutter.setEnabled(False)
        self.status.setText(tr("Saving…"))
        self.capture.captureToFile(str(self._folder / "camera.jpg"))

    def _saved(self, _id: int, file_name: str) -> None:
        self.path = Path(file_name)
        self.camera.stop()
        self.accept()

    def _capture_error(self, _id: int, _error: Any, message: str) -> None:
        self.status.setText(tr("The photo could not be taken: {reason}").format(reason=message))
        self.shutter.setEnabled(self.capture.isReadyForCapture())

    def _camera_error(self, _error: Any, message: str) -> None:
        self.status.setText(tr("The camera cannot be used: {reason}").format(reason=message))
        self.shutter.setEnabled(False)

    def keyPressEvent(self, e: Any) -> None:
        if e.key() == Qt.Key.Key_Space and self.shutter.isEnabled():
            self.take()
            return
        super().keyPressEvent(e)

    def done(self, result: int) -> None:
        self.camera.stop()
        super().done(result)


def take_photo(parent: QWidget | None = None) -> Path | None:
    """Show the camera, return the still it saved (a temporary JPEG), or None when cancelled."""
    dialog = CameraDialog(parent)
    try:
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.path is not None and dialog.path.is_file():
            return dialog.path
        return None
    finally:
        dialog.deleteLater()
