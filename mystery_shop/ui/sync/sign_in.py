"""The sign-in dialog: server address, user name, password; what went wrong said in words.

Signing in talks to the server, so it runs on the thread pool: the dialog
stays responsive and shows that it is working. A refusal keeps the dialog
open with the reason under the fields (wrong password, server unreachable,
app too old), so the person can fix it and try again.
"""

from __future__ import annotations

import logging
from urllib.parse import urlsplit

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mystery_shop.domain.messages import message_of, sentence
from mystery_shop.domain.server_address import with_scheme
from mystery_shop.services.sync_status import read_status
from mystery_shop.services.workspace import Workspace
from mystery_shop.sync.account import LoginError, login
from mystery_shop.sync.engine import Account
from mystery_shop.sync.transport import SyncError, Unreachable, UpdateNeeded

from .. import tasks
from ..i18n import message_text, tr
from .style import sync_style

log = logging.getLogger(__name__)


def normalise_url(text: str) -> str:
    """``sync.example.com`` means ``https://sync.example.com``, ``127.0.0.1:8760`` ``http://127.0.0.1:8760``
    (``domain.server_address``); ValueError when it is no web address."""
    if not text.strip():
        raise ValueError(tr("Enter the address of your firm's sync server."))
    url = with_scheme(text)
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ValueError(tr("“{text}” is not a web address such as https://sync.example.com.").format(text=text))
    return url


def explain(error: BaseException, server: str) -> str:
    """A sign-in failure as a sentence for the person at the keyboard."""
    if isinstance(error, Unreachable):
        return tr("Cannot reach the server at {server}. Check the address and that this computer is online.").format(
            server=server
        )
    if isinstance(error, UpdateNeeded):  # the server's newest version and where to get it, when it lists them
        return message_text(sentence(message_of(error)))
    if isinstance(error, LoginError):
        text = str(error)
        if text.startswith("wrong username or password"):
            return tr("Wrong user name or password, or the account is disabled.")
        return message_text(sentence(message_of(error)))
    if isinstance(error, SyncError):
        return tr("The server refused the sign-in: {detail}").format(detail=message_text(error))
    return tr("Something went wrong while signing in; the details are in the log file.")


class SignInDialog(QDialog):
    sig_signed_in = Signal(object)  # the Account

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.account: Account | None = None
        self.busy = False
        self.setWindowTitle(tr("Sign in"))
        self.setObjectName("signInDialog")
        self.setMinimumWidth(460)
        self.setStyleSheet(sync_style())
        col = QVBoxLayout(self)
        col.setContentsMargins(24, 22, 24, 18)
        col.setSpacing(12)
        heading = QLabel(tr("Sign in to your firm's sync server"))
        heading.setObjectName("syncHeading")
        note = QLabel(
            tr(
                "Your visits stay on this computer and work offline; signing in sends them to your firm "
                "and brings the visits assigned to you."
            )
        )
        note.setWordWrap(True)
        note.setProperty("muted", True)
        col.addWidget(heading)
        col.addWidget(note)

        form = QFormLayout()
        form.setSpacing(8)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        status = read_status(ws)
        self.server = QLineEdit(status.server)
        self.server.setPlaceholderText("https://sync.example.com")
        self.user = QLineEdit(status.username)
        self.user.setPlaceholderText(tr("as given by your supervisor"))
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(tr("Server"), self.server)
        form.addRow(tr("User name"), self.user)
        form.addRow(tr("Password"), self.password)
        col.addLayout(form)

        self.error = QLabel()
        self.error.setObjectName("syncError")
        self.error.setWordWrap(True)
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.hide()
        col.addWidget(self.error)
        self.progress = QProgressBar()
        self.progress.setObjectName("syncProgress")
        self.progress.setRange(0, 0)
        self.progress.setTextVisible(False)
        self.progress.setFixedHeight(4)
        self.progress.hide()
        col.addWidget(self.progress)

        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.cancel = QPushButton(tr("Cancel"))
        self.cancel.clicked.connect(self.reject)
        self.ok = QPushButton(tr("Sign in"))
        self.ok.setObjectName("primary")
        self.ok.setDefault(True)
        self.ok.clicked.connect(self.sign_in)
        buttons.addWidget(self.cancel)
        buttons.addWidget(self.ok)
        col.addLayout(buttons)
        for edit in (self.server, self.user, self.password):
            edit.textChanged.connect(self._edited)
        (self.password if status.username else self.server).setFocus()

    def _edited(self) -> None:
        self.ok.setEnabled(not self.busy and bool(self.server.text().strip() and self.user.text().strip()))

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))

    def sign_in(self) -> None:
        if self.busy:
            return
        try:
            server = normalise_url(self.server.text())
        except ValueError as e:
            self.show_error(str(e))
            self.server.setFocus()
            return
        user, password = self.user.text().strip(), self.password.text()
        if not user or not password:
            self.show_error(tr("Enter your user name and password."))
            (self.user if not user else self.password).setFocus()
            return
        self.server.setText(server)
        self._set_busy(True)
        database = self.ws.profile.database

        def attempt() -> Account | SyncError:
            try:
                return login(database, server, user, password)[0]
            except SyncError as e:  # an answer, not a bug: handed back as a value (no traceback in the log)
                return e

        tasks.run_task(attempt, lambda result: self._answered(result, server), lambda e: self._refused(e, server))

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        for w in (self.server, self.user, self.password):
            w.setEnabled(not busy)
        self.ok.setText(tr("Signing in…") if busy else tr("Sign in"))
        self.progress.setVisible(busy)
        if busy:
            self.show_error("")
        self._edited()

    def _answered(self, result: Account | SyncError, server: str) -> None:
        if isinstance(result, SyncError):
            self._refused(result, server)
        else:
            self._signed_in(result)

    def _signed_in(self, account: Account) -> None:
        self._set_busy(False)
        self.account = account
        self.password.clear()
        self.sig_signed_in.emit(account)
        self.accept()

    def _refused(self, error: BaseException, server: str) -> None:
        self._set_busy(False)
        if not isinstance(error, SyncError):
            log.error("sign-in failed", exc_info=error)
        self.show_error(explain(error, server))
        target = self.password if isinstance(error, LoginError) else self.server
        target.setFocus()
        target.selectAll()

    def reject(self) -> None:
        if self.busy:
            return  # the sign-in finishes (or fails) in a moment; closing now would lose its answer
        super().reject()
