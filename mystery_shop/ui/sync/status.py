"""The sync state in the main window's status bar, at a glance.

A coloured dot and one line: "Synced 3 minutes ago · 2 visits waiting",
"Offline · 5 visits waiting · last synced 2 hours ago", "Syncing…", "Sign-in
expired". Refused changes show as a red link that opens the refusals panel;
a clock more than five minutes off the server's is flagged; the tooltip has
the details (server, user and role, exact times, the last error).
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from mystery_shop.services.sync_status import SyncStatus

from ..i18n import message_text, tr, trn
from .style import dot_style, sync_style
from .worker import SyncController


def ago(when: dt.datetime | None, now: dt.datetime | None = None) -> str:
    """'just now', '3 minutes ago', '2 hours ago', 'yesterday at 14:05', 'on 2026-11-20'."""
    if when is None:
        return tr("never")
    now = now or dt.datetime.now(dt.UTC)
    seconds = max(0, int((now - when).total_seconds()))
    if seconds < 60:
        return tr("just now")
    if seconds < 3600:
        return trn("%n minute(s) ago", seconds // 60)
    if seconds < 24 * 3600:
        return trn("%n hour(s) ago", seconds // 3600)
    local = when.astimezone()
    if (now.astimezone().date() - local.date()).days == 1:
        return tr("yesterday at {time}").format(time=local.strftime("%H:%M"))
    return tr("on {date}").format(date=local.date().isoformat())


def waiting_text(status: SyncStatus) -> str:
    if status.visits_waiting:
        return trn("%Ln visit(s) waiting", status.visits_waiting)
    if status.pending:
        return trn("%Ln change(s) waiting", status.pending)
    return ""


def describe(controller: SyncController, now: dt.datetime | None = None) -> tuple[str, str, str]:
    """(state for the dot, the line, the action link's text) for the controller as it stands."""
    status, report, state = controller.status, controller.report, controller.state
    waiting = waiting_text(status)
    parts: list[str]
    action = tr("Sync now")
    if state == "local":
        parts = [tr("Signed out") if status.has_account else tr("Not signed in · this computer only"), waiting]
        action = tr("Sign in…")
    elif state == "syncing":
        parts = [tr("Syncing…"), waiting]
        action = ""
    elif state == "offline":
        last = tr("last synced {when}").format(when=ago(status.last_sync, now)) if status.last_sync else ""
        parts = [tr("Offline"), waiting, last]
        action = tr("Try again")
    elif state == "error" and controller.needs_sign_in:
        parts = [tr("Sign-in expired"), waiting]
        action = tr("Sign in…")
    elif state == "error":
        error = report.error if report is not None else status.last_error
        if "update" in error and "protocol" in error:
            parts = [tr("Update the app to keep syncing"), waiting]
        else:
            parts = [tr("Sync failed: {why}").format(why=_short(message_text(error))), waiting]
        action = tr("Try again")
    elif state == "idle":
        parts = [tr("Not synced yet"), waiting]
    else:
        parts = [tr("Synced {when}").format(when=ago(status.last_sync, now)), waiting]
    return state, " · ".join(p for p in parts if p), action


def _short(text: str, limit: int = 70) -> str:
    text = text.strip().rstrip(".")
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


class SyncStatusWidget(QWidget):
    sig_sign_in_requested = Signal()
    sig_refusals_requested = Signal()

    def __init__(self, controller: SyncController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.setObjectName("syncStatus")
        self.setStyleSheet(sync_style())
        row = QHBoxLayout(self)
        row.setContentsMargins(6, 0, 10, 0)
        row.setSpacing(6)
        self.dot = QLabel()
        self.dot.setObjectName("syncDot")
        self.dot.setFixedSize(10, 10)
        self.text = QLabel()
        self.text.setObjectName("syncText")
        self.clock = QLabel()
        self.clock.setObjectName("syncClock")
        self.issues = QPushButton()
        self.issues.setObjectName("syncIssues")
        self.issues.clicked.connect(self.sig_refusals_requested)
        self.action = QPushButton()
        self.action.setObjectName("syncAction")
        self.action.clicked.connect(self._act)
        for w in (self.dot, self.text, self.clock, self.issues, self.action):
            row.addWidget(w)
        self.state = ""
        controller.sig_status_changed.connect(self.update_view)
        controller.sig_synced.connect(lambda _report: self.update_view())
        self.ticker = QTimer(self)  # "3 minutes ago" must not stay "just now"
        self.ticker.setInterval(30_000)
        self.ticker.timeout.connect(self.update_view)
        self.ticker.start()
        QGuiApplication.styleHints().colorSchemeChanged.connect(self.restyle)
        self.update_view()

    def update_view(self) -> None:
        c = self.controller
        state, line, action = describe(c)
        self.state = state
        self.dot.setStyleSheet(dot_style(state))
        self.text.setText(line)
        self.action.setText(action)
        self.action.setVisible(bool(action))
        self.action.setEnabled(not c.running)
        n = c.status.refusals
        self.issues.setText(trn("%Ln change(s) refused", n))
        self.issues.setVisible(n > 0)
        skew = c.report.skew if c.report is not None and c.report.clock_warning else None
        if skew is not None:
            minutes = round(abs(skew.total_seconds()) / 60)
            self.clock.setText(trn("Clock %n min off", minutes))
            self.clock.setToolTip(
                tr(
                    "This computer's clock is %n minute(s) {way} the server's. Times on visits come from this "
                    "clock: set it right in the system settings.",
                    minutes,
                ).format(way=tr("ahead of") if skew.total_seconds() < 0 else tr("behind"))
            )
        self.clock.setVisible(skew is not None)
        self.setToolTip(self.details())

    def details(self) -> str:
        c, s = self.controller, self.controller.status
        lines = []
        if s.has_account:
            role = s.role.value if s.role else "?"
            signed = tr("Signed in") if c.signed_in else tr("Signed out")
            lines.append(tr("{signed} to {server} as {user} ({role})").format(
                signed=signed, server=s.server, user=s.username, role=role))  # fmt: skip
        else:
            lines.append(tr("Not signed in: everything stays on this computer."))
        if s.last_sync:
            lines.append(tr("Last synced: {when}").format(when=s.last_sync.astimezone().strftime("%Y-%m-%d %H:%M")))
        if s.pending:
            lines.append(trn("%Ln change(s) waiting to be sent", s.pending))
        error = c.report.error if c.report is not None else s.last_error
        if error and c.state in ("error", "offline"):
            lines.append(tr("Last problem: {error}").format(error=message_text(error)))
        return "\n".join(lines)

    def _act(self) -> None:
        c = self.controller
        if c.state == "local" or c.needs_sign_in:
            self.sig_sign_in_requested.emit()
        else:
            c.sync_now()

    def restyle(self) -> None:
        """The system switched between light and dark: the theme follows (``ui.app``), and so do we."""
        self.setStyleSheet(sync_style())
