"""The check that no test leaves threads or Qt timers running (support.leftovers) finds them: it can fail a test."""

from __future__ import annotations

import threading

import pytest

from support import leftovers


def test_a_thread_left_running_is_named(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(leftovers, "LEFTOVER_GRACE_S", 0.2)
    before = set(threading.enumerate())
    stop = threading.Event()
    t = threading.Thread(target=stop.wait, name="forgotten", daemon=True)
    t.start()
    try:
        assert [x.name for x in leftovers.leftover_threads(before)] == ["forgotten"]
    finally:
        stop.set()
        t.join()
    assert leftovers.leftover_threads(before) == []


def test_an_active_qt_timer_is_named(qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QWidget

    w = QWidget()
    timer = QTimer(w)
    timer.setObjectName("ticker")
    timer.start(1000)
    try:
        assert leftovers.active_qt_timers() == ["ticker of QWidget"]
        timer.stop()
        assert leftovers.active_qt_timers() == []
    finally:
        w.deleteLater()
