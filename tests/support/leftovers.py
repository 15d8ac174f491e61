"""What a test may have left running: threads it started, Qt timers still active (``tests/conftest.py``)."""

from __future__ import annotations

import sys
import threading
import time

LEFTOVER_GRACE_S = 5.0  # a thread a test stopped may take a moment to end (a server's loop, a pool's worker)
# Pools that live as long as the process by design, started by whichever test first needs them.
PROCESS_POOLS = (
    "blob-worker",  # server.blobs._WORKER: hashing and writing uploads off the event loop
    # schemathesis's ASGI client (starlette's TestClient) keeps its event-loop portal and AnyIO's worker pool
    "asyncio-portal-",
    "AnyIO worker thread",
)


def leftover_threads(before: set[threading.Thread]) -> list[threading.Thread]:
    deadline = time.monotonic() + LEFTOVER_GRACE_S
    while True:
        left = [t for t in threading.enumerate()
                if t not in before and t.is_alive() and not t.name.startswith(PROCESS_POOLS)
                and not isinstance(t, threading._DummyThread)]  # fmt: skip  # a thread Qt started: not ours to join
        if not left or time.monotonic() > deadline:
            return left
        left[0].join(max(0.0, min(0.1, deadline - time.monotonic())))


def active_qt_timers() -> list[str]:
    widgets = sys.modules.get("PySide6.QtWidgets")
    if widgets is None:  # a test that never loaded Qt started no timer
        return []
    from PySide6.QtCore import QCoreApplication, QEvent, QTimer

    app = widgets.QApplication.instance()
    if app is None:
        return []
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # what was closed and deleted, gone
    owners = [app, *widgets.QApplication.topLevelWidgets()]
    found = []
    for owner in owners:
        for timer in owner.findChildren(QTimer):
            if timer.isActive():
                parent = timer.parent()
                found.append(f"{timer.objectName() or 'unnamed'} of {type(parent).__name__}")
    return found
