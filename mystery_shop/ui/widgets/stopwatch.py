"""The duration input: a stopwatch the auditor starts and stops, or a typed value.

The clock is injectable (``clock`` returns seconds) so tests advance time
instead of sleeping.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QSignalBlocker, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from mystery_shop.domain.forms import Question

from ..i18n import tr
from .answer_base import AnswerInput


def format_seconds(seconds: float) -> str:
    whole = round(seconds)
    return f"{whole // 60}:{whole % 60:02d}"


def parse_seconds(text: str) -> float | None:
    """``"95"``, ``"1:35"`` or ``"1:35.5"`` -> seconds; None if it is not a duration."""
    text = text.strip().replace(",", ".")
    if not text:
        return None
    try:
        if ":" in text:
            minutes, secs = text.split(":", 1)
            value = int(minutes) * 60 + float(secs)
        else:
            value = float(text)
    except ValueError:
        return None
    return value if value >= 0 else None


class DurationInput(AnswerInput):
    sig_running_changed = Signal(bool)

    def __init__(
        self, question: Question, parent: QWidget | None = None, clock: Callable[[], float] = time.monotonic
    ) -> None:
        super().__init__(question, parent)
        self.clock = clock
        self._started: float | None = None
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.display = QLabel("0:00")
        self.display.setObjectName("stopwatchDisplay")
        self.display.setMinimumWidth(64)
        self.start_button = QPushButton(tr("Start"))
        self.start_button.setObjectName("stopwatchStart")
        self.start_button.setToolTip(tr("Start or stop the stopwatch (Ctrl+T)"))
        self.start_button.clicked.connect(self.toggle)
        self.reset_button = QPushButton(tr("Reset"))
        self.reset_button.clicked.connect(self.reset)
        self.edit = QLineEdit()
        self.edit.setPlaceholderText(tr("or type m:ss / seconds"))
        self.edit.setMaximumWidth(150)
        self.edit.editingFinished.connect(self._typed)
        for w in (self.display, self.start_button, self.reset_button, self.edit):
            layout.addWidget(w)
        layout.addStretch(1)
        self.ticker = QTimer(self)
        self.ticker.setInterval(200)
        self.ticker.timeout.connect(self._tick)

    @property
    def running(self) -> bool:
        return self._started is not None

    def toggle(self) -> None:
        if self.running:
            self.stop()
        else:
            self.start()

    def start(self) -> None:
        self._started = self.clock()
        self.start_button.setText(tr("Stop"))
        self.ticker.start()
        self.sig_running_changed.emit(True)

    def stop(self) -> None:
        if self._started is None:
            return
        seconds = round(self.clock() - self._started, 1)
        self._started = None
        self.ticker.stop()
        self.start_button.setText(tr("Start"))
        self.sig_running_changed.emit(False)
        self._show(seconds)
        self.emit(int(seconds) if float(seconds).is_integer() else seconds)

    def reset(self) -> None:
        was_running = self.running
        self._started = None
        self.ticker.stop()
        self.start_button.setText(tr("Start"))
        if was_running:
            self.sig_running_changed.emit(False)
        self._show(None)
        self.emit(None)

    def _tick(self) -> None:
        if self._started is not None:
            self.display.setText(format_seconds(self.clock() - self._started))

    def _typed(self) -> None:
        text = self.edit.text()
        seconds = parse_seconds(text)
        if seconds is None:
            if text.strip():
                self.edit.setProperty("invalid", True)
                self.edit.setToolTip(tr("Type seconds (95) or minutes:seconds (1:35)"))
            return
        self.edit.setProperty("invalid", False)
        self._show(seconds)
        self.emit(int(seconds) if float(seconds).is_integer() else seconds)

    def _show(self, seconds: float | None) -> None:
        self.display.setText("0:00" if seconds is None else format_seconds(seconds))
        with QSignalBlocker(self.edit):
            self.edit.setText("" if seconds is None else format_seconds(seconds))

    def set_value(self, value: Any) -> None:
        self._show(None if value is None else float(value))
