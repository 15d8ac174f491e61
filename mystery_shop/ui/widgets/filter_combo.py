"""A filter's combo box and date: wide enough for their own labels when there is room, narrower when there is not."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from PySide6.QtCore import QDate, QSize
from PySide6.QtWidgets import QComboBox, QDateEdit, QSizePolicy, QStyle, QStyleOptionComboBox, QWidget


class FilterCombo(QComboBox):
    """Its size hint fits ``labels`` (our own "All locations", in the app's language: "Wszystkie lokalizacje"),
    so a wide window shows them whole; its minimum stays small, so the window can still be made narrow
    (half a laptop screen), and a long client name is cut rather than widening the bar (the tooltip has it)."""

    def __init__(self, labels: Iterable[str] = (), parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.labels = list(labels)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(8)
        self.currentTextChanged.connect(self.setToolTip)

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        if not self.labels:
            return hint
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        text = max(self.fontMetrics().horizontalAdvance(label) for label in self.labels)
        # The same padding around the text as the style gives any combo, a few pixels to spare for rounding.
        wanted = self.style().sizeFromContents(
            QStyle.ContentsType.CT_ComboBox, option, QSize(text + 4, hint.height()), self
        )
        return QSize(max(hint.width(), wanted.width()), hint.height())


class FilterDate(QDateEdit):
    """A date filter whose empty value reads as words ("from any date", "ab beliebigem Datum"): those words
    widen its size hint only, so a narrow window cuts them instead of refusing to be narrow."""

    def __init__(self, empty_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat("yyyy-MM-dd")
        self.setMinimumDate(QDate(2000, 1, 1))
        self.setSpecialValueText(empty_text)
        self.setDate(self.minimumDate())
        # A spin box's width policy is Minimum (its size hint is its least); Preferred lets it shrink to ours.
        self.setSizePolicy(QSizePolicy.Policy.Preferred, self.sizePolicy().verticalPolicy())

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        metrics = self.fontMetrics()
        excess = metrics.horizontalAdvance(self.specialValueText()) - metrics.horizontalAdvance("0000-00-00")
        return QSize(hint.width() - max(0, excess), hint.height())

    def day(self) -> dt.date | None:
        """The chosen date, or None for "any date"."""
        return None if self.date() == self.minimumDate() else self.date().toPython()
