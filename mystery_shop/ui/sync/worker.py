"""Sync in the background: on start, on a timer, soon after local changes, when the network returns, on demand.

The sync itself (``SyncEngine.sync_once``) runs on the thread pool through
``tasks.run_task``, with its own database connection; the UI thread only reads
the small status queries. One sync at a time: a request while one runs is
remembered and run once it ends. Offline, the next try backs off from 15 s
to the regular interval, and a network that comes back (Qt's
QNetworkInformation, where the platform has a backend) triggers one at once.
"""

from __future__ import annotations

import logging
import threading
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal

from mystery_shop.services import sync_status
from mystery_shop.services.sync_status import SyncStatus
from mystery_shop.services.workspace import Workspace
from mystery_shop.sync.retry import RetryPolicy

from .. import tasks

if TYPE_CHECKING:
    from mystery_shop.sync.engine import SyncReport

log = logging.getLogger(__name__)

# The app gives up on an unreachable server sooner than the command line does: the next try comes anyway.
APP_RETRY = RetryPolicy(attempts=3, base_s=0.5, cap_s=4.0)
OFFLINE_FIRST_S = 15


class SyncController(QObject):
    """Owns the timers and the one running sync of a workspace; the status bar and menus listen to it."""

    sig_status_changed = Signal()  # ``status`` or ``state`` changed
    sig_synced = Signal(object)  # a SyncReport, after each sync
    sig_data_changed = Signal()  # a sync brought or refused something: lists should reload
    sig_identity_changed = Signal()  # the profile's user (id or role) changed: menus follow the role

    def __init__(
        self,
        ws: Workspace,
        parent: QObject | None = None,
        *,
        interval_s: float = 300,
        debounce_s: float = 5,
        poll_ms: int = 2000,
        retry: RetryPolicy = APP_RETRY,
    ) -> None:
        super().__init__(parent)
        self.ws = ws
        self.retry = retry
        self.interval_ms = int(interval_s * 1000)
        self.report: SyncReport | None = None
        self.status: SyncStatus = sync_status.read_status(ws)
        self.signed_in = sync_status.has_token(ws, self.status)
        self.running = False
        self._again = False
        self._idle = threading.Event()
        self._idle.set()
        self._offline_wait_ms = OFFLINE_FIRST_S * 1000
        self._stopped = False

        self.timer = QTimer(self)  # the regular sync (and the offline retries, sooner)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.sync_now)
        self.soon = QTimer(self)  # a sync shortly after local changes, not one per keystroke
        self.soon.setSingleShot(True)
        self.soon.setInterval(int(debounce_s * 1000))
        self.soon.timeout.connect(self.sync_now)
        self.poll = QTimer(self)  # watches the outbox for local changes (any screen, any service)
        self.poll.setInterval(poll_ms)
        self.poll.timeout.connect(self._poll)
        self._network: Any = None
        self._outbox = (self.status.pending, self.status.outbox_seq)

    # ------------------------------------------------------------ life

    @property
    def state(self) -> str:
        """local (no sign-in) | syncing | offline | error | ok | idle (signed in, not synced yet)."""
        if not self.signed_in:
            return "local"
        if self.running:
            return "syncing"
        if self.report is None:
            return "error" if self.status.last_error else ("ok" if self.status.last_sync else "idle")
        if self.report.unreachable:
            return "offline"
        if self.report.error:
            return "error"
        return "ok"

    def start(self) -> None:
        """Begin: a sync at once when signed in, then the timers."""
        self._stopped = False
        self.poll.start()
        self._watch_network()
        if self.signed_in:
            self.sync_now()

    def stop(self) -> None:
        self._stopped = True
        for t in (self.timer, self.soon, self.poll):
            t.stop()

    def wait(self, timeout_s: float = 30) -> bool:
        """Block until no sync runs (closing the app, tests); True if it finished in time."""
        return self._idle.wait(timeout_s)

    # ------------------------------------------------------------ syncing

    def sync_now(self) -> None:
        """Sync in the background now, or right after the one running."""
        if self._stopped or not self.signed_in:
            return
        if self.running:
            self._again = True
            return
        self.timer.stop()
        self.soon.stop()
        self.running = True
        self._idle.clear()
        self.sig_status_changed.emit()
        from mystery_shop.sync.engine import SyncEngine  # loaded at the first sync, not at start-up

        engine = SyncEngine(self.ws.profile.database, self.ws.profile.blobs, secrets=self.ws.profile.root,
                            retry=self.retry)  # fmt: skip

        def work() -> SyncReport:
            try:
                return engine.sync_once()
            finally:
                self._idle.set()

        tasks.run_task(work, self._done, self._failed)

    def _done(self, report: SyncReport) -> None:
        self.running = False
        self.report = report
        self.refresh()
        if sync_status.refresh_identity(self.ws):
            self.sig_identity_changed.emit()
        if report.pulled or report.issues or report.applied:
            self.sig_data_changed.emit()
        self.sig_synced.emit(report)
        self._schedule(report)

    def _failed(self, error: BaseException) -> None:
        """A bug in the engine, not the network (that is a report): shown as an error, tried again later."""
        from mystery_shop.sync.engine import SyncReport

        self._idle.set()
        self._done(SyncReport(error=f"unexpected error: {error}"))

    @property
    def needs_sign_in(self) -> bool:
        """The server no longer takes this laptop's token (expired, revoked), or there is none."""
        return self.report is not None and needs_sign_in(self.report.error)

    def _schedule(self, report: SyncReport) -> None:
        if self._stopped or not self.signed_in or self.needs_sign_in:
            return  # tried again after the next sign-in
        if self._again or (report.waiting and not report.error):
            self._again = False  # changes made while it ran: they go in a moment
            self.soon.start()
        elif report.unreachable:
            self.timer.start(min(self._offline_wait_ms, self.interval_ms))
            self._offline_wait_ms = min(self._offline_wait_ms * 2, self.interval_ms)
        else:
            self._offline_wait_ms = OFFLINE_FIRST_S * 1000
            self.timer.start(self.interval_ms)

    # ------------------------------------------------------------ watching

    def _poll(self) -> None:
        """A local change shows as a new outbox state (its size and newest entry): sync soon after it.

        Not while offline (the backoff timer and the network watcher decide when to try again), and not
        while a sync runs (a change it did not send leaves ``waiting`` in its report, and one follows).
        """
        self.refresh(quiet=True)
        key = (self.status.pending, self.status.outbox_seq)
        if key == self._outbox:
            return
        self._outbox = key
        quiet = self.state in ("syncing", "offline") or self.soon.isActive()
        if self.status.pending and self.signed_in and not quiet:
            self.soon.start()

    def refresh(self, *, quiet: bool = False) -> None:
        old = self.status
        try:
            self.status = sync_status.read_status(self.ws)
        except Exception:  # the database is busy for a moment: the next tick reads it
            log.debug("could not read the sync status", exc_info=True)
            return
        if not quiet or self.status != old:
            self.sig_status_changed.emit()

    def account_changed(self) -> None:
        """After signing in or out: read everything again, follow the new role, sync if signed in."""
        self.report = None
        self.status = sync_status.read_status(self.ws)
        self.signed_in = sync_status.has_token(self.ws, self.status)
        if sync_status.refresh_identity(self.ws):
            self.sig_identity_changed.emit()
        self.sig_status_changed.emit()
        if self.signed_in:
            self.sync_now()
        else:
            self.timer.stop()
            self.soon.stop()

    def _watch_network(self) -> None:
        if self._network is not None:
            return
        try:
            from PySide6.QtNetwork import QNetworkInformation

            if QNetworkInformation.instance() is None and not QNetworkInformation.loadDefaultBackend():
                return
            info = QNetworkInformation.instance()
        except Exception:  # no backend on this platform: the offline retries cover it
            return
        if info is None:
            return
        self._network = info
        info.reachabilityChanged.connect(self._reachability)

    def _reachability(self, reachability: Any) -> None:
        from PySide6.QtNetwork import QNetworkInformation

        if reachability == QNetworkInformation.Reachability.Online and self.state == "offline":
            log.info("the network is back: syncing")
            self.sync_now()


def needs_sign_in(error: str) -> bool:
    """The engine's words when the token is missing, expired or revoked (``transport.SignInNeeded``)."""
    return "sign in" in error or "sign-in" in error
