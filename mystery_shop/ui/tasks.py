"""Background work in one shape (STYLE.md 4): run a function on the pool, get its
result or error back on the main thread. Tests set ``run_inline`` to run tasks at once."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

log = logging.getLogger(__name__)

run_inline = False  # tests: run in the caller's thread, deterministically


class _Relay(QObject):
    sig_done = Signal(object)
    sig_failed = Signal(object)


class _Task(QRunnable):
    def __init__(self, fn: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self.fn = fn
        self.relay = relay

    def run(self) -> None:
        try:
            result = self.fn()
        except Exception as e:  # delivered to the caller's failure handler on the main thread
            log.exception("background task failed")
            self.relay.sig_failed.emit(e)
        else:
            self.relay.sig_done.emit(result)


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
