"""Small editors of the designer's property panels: a field with its problem shown under it, and parsers."""

from __future__ import annotations

from fractions import Fraction
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from mystery_shop.domain.numbers import to_fraction

INVALID = "QLineEdit, QComboBox, QSpinBox, QAbstractItemView, QCheckBox { border: 1px solid #c0392b; }"


class Field(QWidget):
    """An editor with the problems the form's rules find in it, in red under it."""

    def __init__(self, editor: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = editor
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(editor)
        self.problem = QLabel()
        self.problem.setObjectName("fieldProblem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #c0392b;")
        self.problem.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.problem.hide()
        layout.addWidget(self.problem)

    def set_problems(self, messages: list[str]) -> None:
        text = "\n".join(messages)
        self.problem.setText(text)
        self.problem.setVisible(bool(messages))
        self.editor.setProperty("invalid", bool(messages))
        # the editors themselves, not the labels of a row of several (the checks panel's rule)
        self.editor.setStyleSheet(INVALID if messages else "")
        self.editor.setToolTip(text)


def number_or_none(text: str) -> Fraction | None:
    """A number a person typed ("2,5" too); None for blank; ValueError for anything else."""
    t = text.strip().replace(",", ".")
    if not t:
        return None
    return to_fraction(t)


def shown_number(x: Any) -> str:
    if x is None:
        return ""
    f = Fraction(x)
    return str(f.numerator) if f.denominator == 1 else str(float(f))
