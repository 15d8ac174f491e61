"""Sync in the app: the Account menu, the status bar indicator, sign-in, sign-out and refusals.

``SyncUi(ws, window)`` adds them to a main window's menu and status bar;
``start()`` begins the background sync (``worker.SyncController``). It knows
the window only as a QMainWindow: what the window must do after a sync (reload
its lists, follow a new role, open a visit) it hears through the ``sig_``
signals here. Without a sign-in nothing talks to a network: a single-laptop
firm never needs a server.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow

from mystery_shop.services import sync_status
from mystery_shop.services.workspace import Workspace

from .. import errors, tasks
from ..i18n import tr, trn
from .status import SyncStatusWidget
from .worker import SyncController

if TYPE_CHECKING:  # the dialogs and the engine load when first used: a laptop without a server never needs them
    from mystery_shop.sync.engine import Account, SyncReport

    from .refusals import RefusalsDialog
    from .sign_in import SignInDialog

log = logging.getLogger(__name__)


class SyncUi(QObject):
    sig_data_changed = Signal()  # a sync brought or refused something: the window's lists reload
    sig_identity_changed = Signal()  # the profile's user (id or role) changed: menus follow the role
    sig_open_visit_requested = Signal(str)  # a visit id, from the refused changes

    def __init__(self, ws: Workspace, window: QMainWindow, **timing: float) -> None:
        super().__init__(window)
        self.ws = ws
        self.window = window
        self.controller = SyncController(ws, self, **timing)  # type: ignore[arg-type]
        self.widget = SyncStatusWidget(self.controller)
        window.statusBar().insertPermanentWidget(0, self.widget)
        self.sign_in_dialog: SignInDialog | None = None
        self.refusals_dialog: RefusalsDialog | None = None

        menu = window.menuBar().addMenu(tr("&Account"))
        self.actions: dict[str, QAction] = {}
        self.actions_by_name: dict[str, QAction] = {}  # by the text they are made with, as the window's
        for key, text, keys, slot in [
            ("sign_in", tr("Sign in…"), QKeySequence(), self.sign_in),
            ("sync", tr("Sync now"), QKeySequence("Ctrl+Shift+Y"), self.controller.sync_now),
            ("refusals", tr("Refused changes…"), QKeySequence(), self.show_refusals),
            ("sign_out", tr("Sign out"), QKeySequence(), self.sign_out),
        ]:
            action = QAction(text, window)
            action.setShortcut(keys)
            action.triggered.connect(slot)
            menu.addAction(action)
            self.actions[key] = action
            self.actions_by_name[text] = action
        menu.insertSeparator(self.actions["sign_out"])

        c = self.controller
        c.sig_status_changed.connect(self._update_actions)
        c.sig_synced.connect(self._synced)
        c.sig_data_changed.connect(self.sig_data_changed)
        c.sig_identity_changed.connect(self.sig_identity_changed)
        self.widget.sig_sign_in_requested.connect(self.sign_in)
        self.widget.sig_refusals_requested.connect(self.show_refusals)
        self._update_actions()

    def start(self) -> None:
        """Begin syncing in the background (once the window has connected the signals)."""
        self.controller.start()

    def stop(self) -> None:
        self.controller.stop()

    def _update_actions(self) -> None:
        c = self.controller
        self.actions["sign_in"].setText(tr("Sign in again…") if c.needs_sign_in else tr("Sign in…"))
        self.actions["sign_in"].setEnabled(not c.signed_in or c.needs_sign_in)
        self.actions["sync"].setEnabled(c.signed_in and not c.running)
        self.actions["sign_out"].setEnabled(c.signed_in)

    # ------------------------------------------------------------ signing in and out

    def sign_in(self) -> SignInDialog:
        if self.sign_in_dialog is None:
            from .sign_in import SignInDialog

            dialog = SignInDialog(self.ws, self.window)
            dialog.sig_signed_in.connect(self._signed_in)
            dialog.finished.connect(self._sign_in_closed)
            self.sign_in_dialog = dialog
        self.sign_in_dialog.open()
        return self.sign_in_dialog

    def _sign_in_closed(self) -> None:
        if self.sign_in_dialog is not None:
            self.sign_in_dialog.deleteLater()
            self.sign_in_dialog = None

    def _signed_in(self, account: Account) -> None:
        self.controller.account_changed()
        self.window.statusBar().showMessage(
            tr("Signed in to {server} as {user} ({role}).").format(
                server=account.server, user=account.username, role=account.role
            ),
            8000,
        )

    def sign_out(self) -> None:
        waiting = self.controller.status.pending
        text = tr("Sign out of {server}?").format(server=self.controller.status.server)
        if waiting:
            text += " " + trn(
                "%n change(s) have not been sent yet: they stay on this computer and go after you sign in again.",
                waiting,
            )
        if not errors.dialogs.confirm(self.window, tr("Sign out"), text):
            return
        self.controller.stop()
        if self.controller.running:  # not while a sync holds the token: right after it, without blocking
            self.controller.sig_synced.connect(self._sign_out_now, Qt.ConnectionType.SingleShotConnection)
            self.window.statusBar().showMessage(tr("Signing out when the sync under way ends…"))
            return
        self._sign_out_now()

    def _sign_out_now(self, _report: object = None) -> None:
        ws = self.ws
        tasks.run_task(lambda: sync_status.sign_out(ws), self._signed_out, self._sign_out_failed)

    def _signed_out(self, _result: object = None) -> None:
        self.controller.start()
        self.controller.account_changed()
        self.window.statusBar().showMessage(tr("Signed out. Your work stays on this computer."), 8000)

    def _sign_out_failed(self, error: BaseException) -> None:
        self.controller.start()
        errors.show_error(self.window, error)

    # ------------------------------------------------------------ what a sync brought

    def _synced(self, report: SyncReport) -> None:
        if report.issues:
            n = len(report.issues)
            self.window.statusBar().showMessage(
                trn("The server did not take %n change(s): see Refused changes.", n),
                10000,
            )  # fmt: skip
        if self.refusals_dialog is not None and report.issues:
            self.refusals_dialog.reload()

    # ------------------------------------------------------------ refusals

    def show_refusals(self) -> RefusalsDialog:
        if self.refusals_dialog is None:
            from .refusals import RefusalsDialog

            dialog = RefusalsDialog(self.ws, self.window)
            dialog.sig_open_requested.connect(self.sig_open_visit_requested)
            dialog.sig_resolved.connect(lambda _op: self.controller.sync_now())
            dialog.finished.connect(self._refusals_closed)
            self.refusals_dialog = dialog
        else:
            self.refusals_dialog.reload()
        self.refusals_dialog.show()
        self.refusals_dialog.raise_()
        self.controller.refresh()
        return self.refusals_dialog

    def _refusals_closed(self) -> None:
        if self.refusals_dialog is not None:
            self.refusals_dialog.deleteLater()
            self.refusals_dialog = None
        self.controller.refresh()
