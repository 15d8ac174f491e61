"""A quiet notice that a newer version exists: "Version X is available · Download · What's new" (issue 28).

In the status bar and in About, never a dialog in the way. Checked once per server after a sync that
reached it: a profile that is not signed in never checks (no server, no check), an offline one waits.
"""

from __future__ import annotations

import html
import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QLabel, QMainWindow

from mystery_shop.services.sync_status import read_status
from mystery_shop.services.workspace import Workspace

from . import errors
from .i18n import tr
from .tasks import run_task

if TYPE_CHECKING:
    from mystery_shop.sync.engine import SyncReport
    from mystery_shop.sync.protocol import ReleaseOut

    from .sync.worker import SyncController

log = logging.getLogger(__name__)


class UpdateNotice(QObject):
    sig_update_found = Signal(str)  # the version

    def __init__(self, ws: Workspace, window: QMainWindow, controller: SyncController) -> None:
        super().__init__(window)
        self.ws = ws
        self.window = window
        self.release: ReleaseOut | None = None
        self.checked: set[str] = set()  # servers asked in this session
        self.label = QLabel()
        self.label.setObjectName("updateNotice")
        self.label.setVisible(False)
        self.label.linkActivated.connect(self.follow)
        window.statusBar().addPermanentWidget(self.label)
        controller.sig_synced.connect(self._synced)

    def _synced(self, report: SyncReport) -> None:
        if report.unreachable:
            return
        server = read_status(self.ws).server
        if not server or server in self.checked:
            return
        self.checked.add(server)
        from mystery_shop.sync.releases import check_for_update

        run_task(lambda: check_for_update(server), self._found)

    def _found(self, release: ReleaseOut | None) -> None:
        self.release = release
        if release is None:
            self.label.setVisible(False)
            return
        self.label.setText(self._links())
        self.label.setToolTip(release.url)
        self.label.setVisible(True)
        self.sig_update_found.emit(release.version)

    def _links(self, download: str = "#download", notes: str = "#notes") -> str:
        assert self.release is not None
        return " · ".join([
            html.escape(tr("Version {version} is available").format(version=self.release.version)),
            f"<a href='{html.escape(download)}'>{html.escape(tr('Download'))}</a>",
            f"<a href='{notes}'>{html.escape(tr('What’s new'))}</a>",
        ])  # fmt: skip

    def follow(self, link: str) -> None:
        if self.release is None:
            return
        if link == "#download":
            QDesktopServices.openUrl(QUrl(self.release.url))
        elif link == "#notes":
            errors.dialogs.info(
                self.window,
                tr("What’s new in version {version}").format(version=self.release.version),
                self.release.notes or tr("No notes came with this version."),
            )

    def about_html(self) -> str:
        """The notice for About (its links open the download page; the notes written out), or nothing."""
        if self.release is None:
            return ""
        notes = f"<br>{html.escape(self.release.notes)}" if self.release.notes else ""
        return f"<p>{self._links(download=self.release.url, notes=self.release.url)}{notes}</p>"
