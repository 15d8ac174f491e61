"""Background work in one shape (STYLE.md 4): run a function on the pool, get its
result or error back on the main thread. Tests set ``run_inline`` to run tasks at once.

The tasks are counted, so that the app waits for them before it closes the profile
(``wait_for_tasks``, as Picard's ``TaskCounter``): a task still writing when the
database is disposed would lose its write. Each task runs in a copy of the caller's
context, so a write it makes is its screen's (``services.changes.acting_for``).
"""

from __future__ import annotations

import contextvars
import logging
import threading
import time
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

log = logging.getLogger(__name__)

run_inline = False  # tests: run in the caller's thread, deterministically


class _Relay(QObject):
    sig_done = Signal(object)
    sig_failed = Signal(object)


class TaskCounter:
    """How many tasks are running; ``wait_for_tasks`` blocks until none is."""

    def __init__(self) -> None:
        self._count = 0
        self._idle = threading.Condition()

    @property
    def count(self) -> int:
        return self._count

    def __enter__(self) -> None:
        with self._idle:
            self._count += 1

    def __exit__(self, *_exc: object) -> None:
        with self._idle:
            self._count -= 1
            self._idle.notify_all()

    def wait_for_tasks(self, timeout: float | None = None) -> bool:
        """Wait until every counted task has returned; False when ``timeout`` seconds ran out first."""
        deadline = None if timeout is None else time.monotonic() + timeout
        with self._idle:
            while self._count:
                left = None if deadline is None else deadline - time.monotonic()
                if left is not None and left <= 0:
                    return False
                self._idle.wait(left)
        return True


counter = TaskCounter()


def wait_for_tasks(timeout: float | None = None) -> bool:
    """Wait for the running background tasks (before the profile closes); False if some still run."""
    done = counter.wait_for_tasks(timeout)
    if not done:
        log.warning("%d background task(s) still running after %s s", counter.count, timeout)
    return done


class _Task(QRunnable):
    def __init__(self, fn: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self.fn = fn
        self.relay = relay
        self.context = contextvars.copy_context()
        counter.__enter__()  # counted from when it is queued: a task waiting for a thread is not done either

    def run(self) -> None:
        try:
            result = self.context.run(self.fn)
        except Exception as e:  # delivered to the caller's failure handler on the main thread
            log.exception("background task failed")
            self.relay.sig_failed.emit(e)
        else:
            self.relay.sig_done.emit(result)
        finally:
            counter.__exit__()


_live: set[_Relay] = set()  # keep relays alive until they delivered


def run_task(
    fn: Callable[[], Any], on_done: Callable[[Any], None], on_failed: Callable[[BaseException], None] | None = None
) -> None:
    """Run ``fn`` off the UI thread; ``on_done(result)`` or ``on_failed(error)`` runs on the main thread.

    ``fn`` must not touch widgets; it gets its own database session if it needs one.
    """
    if run_inline:
        try:
            result = fn()
        except Exception as e:
            if on_failed is None:
                raise
            on_failed(e)
        else:
            on_done(result)
        return
    relay = _Relay()
    _live.add(relay)

    def done(result: Any) -> None:
        _live.discard(relay)
        if _alive(on_done):
            on_done(result)

    def failed(error: BaseException) -> None:
        _live.discard(relay)
        if on_failed is not None and _alive(on_failed):
            on_failed(error)

    relay.sig_done.connect(done)
    relay.sig_failed.connect(failed)
    QThreadPool.globalInstance().start(_Task(fn, relay))


def _alive(callback: Callable[..., None]) -> bool:
    """False when the callback is a method of a Qt object deleted while the task ran (its window closed):
    the result has no one left to show it to."""
    owner = getattr(callback, "__self__", None)
    return not isinstance(owner, QObject) or shiboken6.isValid(owner)
