"""The base of every answer input (see answer_inputs.py)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from mystery_shop.domain.forms import Question


class AnswerInput(QWidget):
    sig_answer_changed = Signal(object)

    def __init__(self, question: Question, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.question = question

    def set_value(self, value: Any) -> None:  # pragma: no cover - each subclass has its own
        raise NotImplementedError

    def emit(self, value: Any) -> None:
        self.sig_answer_changed.emit(value)
