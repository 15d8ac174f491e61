"""File → Back up… and Restore…: the whole profile in one file, to carry to another laptop (issue 28).

The work is services/profile_backup.py's; this puts it behind two menu actions. A restore replaces the
open profile (the one there is kept beside it, renamed), so the app closes afterwards to be opened on it.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMenu

from mystery_shop.services.profile_backup import BackupSummary, RestoreSummary, back_up, restore
from mystery_shop.services.workspace import Workspace

from . import errors
from .errors import show_error
from .i18n import tr, trn
from .tasks import run_task

log = logging.getLogger(__name__)

SUFFIX = ".msbackup"


class ProfileBackupUi:
    """The two actions, added to ``menu`` before ``before``; ``window`` closes after a restore."""

    def __init__(self, ws: Workspace, window: QMainWindow, menu: QMenu, before: QAction | None = None) -> None:
        self.ws = ws
        self.window = window
        self.back_up_action = QAction(tr("Back up…"), window)
        self.back_up_action.setStatusTip(tr("Write the whole profile to one file: unsent work, photos, settings"))
        self.back_up_action.triggered.connect(self.ask_back_up)
        self.restore_action = QAction(tr("Restore…"), window)
        self.restore_action.setStatusTip(tr("Put a profile back from a backup file"))
        self.restore_action.triggered.connect(self.ask_restore)
        for action in (self.back_up_action, self.restore_action):
            menu.insertAction(before, action) if before is not None else menu.addAction(action)
        if before is not None:
            menu.insertSeparator(before)

    def ask_back_up(self) -> None:
        suggested = Path.home() / f"mystery-shop-profile{SUFFIX}"
        path, _ = QFileDialog.getSaveFileName(
            self.window, tr("Back up the profile"), str(suggested), tr("Profile backups (*{s})").format(s=SUFFIX)
        )
        if not path:
            return
        out = Path(path) if Path(path).suffix else Path(path + SUFFIX)
        self.back_up_action.setEnabled(False)
        self.window.statusBar().showMessage(tr("Backing up the profile…"))
        run_task(lambda: back_up(self.ws.profile, out), self._backed_up, self._failed)

    def _backed_up(self, done: BackupSummary) -> None:
        self.back_up_action.setEnabled(True)
        text = tr("The profile is backed up to {path}: {photos}, {changes} not yet sent.").format(
            path=done.path, photos=trn("%n photo(s)", done.photos), changes=trn("%n change(s)", done.waiting)
        )
        self.window.statusBar().showMessage(text)
        errors.dialogs.info(self.window, tr("Backed up"), text)

    def _failed(self, error: BaseException) -> None:
        self.back_up_action.setEnabled(True)
        self.window.statusBar().clearMessage()
        show_error(self.window, error, tr("Cannot back up the profile"))

    def ask_restore(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self.window, tr("Restore a profile"), str(Path.home()), tr("Profile backups (*{s})").format(s=SUFFIX)
        )
        if not path:
            return
        question = tr(
            "Replace this profile with the one in {path}? The profile open now is kept in a folder beside it, "
            "renamed. Mystery Shop then closes: open it again to work on the restored profile."
        ).format(path=path)
        if not errors.dialogs.confirm(self.window, tr("Restore a profile"), question):
            return
        sync = getattr(self.window, "sync", None)
        if sync is not None:
            sync.stop()  # no sync writing to the database while it is replaced
        self.ws.close()
        try:
            done: RestoreSummary = restore(Path(path), self.ws.profile, replace=True)
        except Exception as e:  # the profile open now stayed where it was
            show_error(self.window, e, tr("Cannot restore the profile"))
            if sync is not None:
                sync.start()
            return
        text = tr("The profile was restored from {path}: {photos}, {changes} waiting to be sent.").format(
            path=path, photos=trn("%n photo(s)", done.photos), changes=trn("%n change(s)", done.waiting)
        )
        if done.previous is not None:
            text += " " + tr("The profile that was open is kept in {folder}.").format(folder=done.previous)
        errors.dialogs.info(self.window, tr("Restored"), text + " " + tr("Open Mystery Shop again to work on it."))
        self.window.close()
