"""One input widget per question type.

Every input emits ``sig_answer_changed(object)`` with the new value (None when
cleared) and has ``set_value(value)`` that shows a stored value without
emitting, so loading a visit never writes it back.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QDate, QSignalBlocker, QTime, QTimer
from PySide6.QtGui import QDoubleValidator
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QCheckBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from mystery_shop.domain.answers import number_rule
from mystery_shop.domain.forms import Question, QuestionType

from ..i18n import message_text, tr
from .answer_base import AnswerInput
from .stopwatch import DurationInput


class _ButtonRow(AnswerInput):
    """Exclusive toggle buttons (yes/no, scales, ratings); clicking the chosen one clears it."""

    def __init__(
        self,
        question: Question,
        options: list[tuple[Any, str]],
        parent: QWidget | None = None,
        *,
        object_names: list[str] | None = None,
        ends: tuple[str, str] | None = None,
    ) -> None:
        super().__init__(question, parent)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        row.setSpacing(4)
        self.group = QButtonGroup(self)
        self.group.setExclusive(False)
        self.buttons: dict[Any, QPushButton] = {}
        for i, (value, label) in enumerate(options):
            b = QPushButton(label)
            b.setCheckable(True)
            b.setProperty("answerButton", True)
            if object_names:
                b.setObjectName(object_names[i])
            b.setMinimumWidth(44)
            self.group.addButton(b)
            self.buttons[value] = b
            row.addWidget(b)
        row.addStretch(1)
        outer.addLayout(row)
        if ends:
            labels = QHBoxLayout()
            left, right = QLabel(ends[0]), QLabel(ends[1])
            for lab in (left, right):
                lab.setProperty("muted", True)
            labels.addWidget(left)
            labels.addStretch(1)
            labels.addWidget(right)
            outer.addLayout(labels)
        self.group.buttonClicked.connect(self._clicked)

    def _clicked(self, button: QAbstractButton) -> None:
        value = next(v for v, b in self.buttons.items() if b is button)
        if button.isChecked():
            for other in self.buttons.values():
                if other is not button:
                    other.setChecked(False)
            self.emit(value)
        else:
            self.emit(None)

    def set_value(self, value: Any) -> None:
        for v, b in self.buttons.items():
            with QSignalBlocker(b):
                b.setChecked(v == value)

    def choose(self, value: Any) -> None:
        """Pick ``value`` as if clicked (keyboard shortcuts)."""
        button = self.buttons.get(value)
        if button is not None and not button.isChecked():
            button.click()


class YesNoInput(_ButtonRow):
    def __init__(self, question: Question, parent: QWidget | None = None) -> None:
        super().__init__(question, [("yes", tr("Yes")), ("no", tr("No"))], parent)


class ScaleInput(_ButtonRow):
    def __init__(self, question: Question, parent: QWidget | None = None) -> None:
        lo, hi = question.scale_range
        t = question.type
        ends = {
            QuestionType.CSAT: (tr("Very unhappy"), tr("Very happy")),
            QuestionType.CES: (tr("Strongly disagree"), tr("Strongly agree")),
            QuestionType.NPS: (tr("Not at all likely"), tr("Extremely likely")),
        }.get(t, (str(lo), str(hi)) if t is QuestionType.SCALE else None)
        options = [(v, str(v)) for v in range(lo, hi + 1)]
        names = None
        if t is QuestionType.NPS:  # colour detractors, passives and promoters
            names = ["npsDetractor" if v <= 6 else "npsPassive" if v <= 8 else "npsPromoter" for v in range(lo, hi + 1)]
        super().__init__(question, options, parent, object_names=names, ends=ends)
        if t is QuestionType.CSAT:  # faces drawn by the style's colours, no emoji font needed
            faces = [tr("Very unhappy"), tr("Unhappy"), tr("Neutral"), tr("Happy"), tr("Very happy")]
            for (v, b), face in zip(self.buttons.items(), faces, strict=True):
                b.setText(face)
                b.setObjectName(f"csat{v}")


class ChoiceInput(AnswerInput):
    def __init__(self, question: Question, parent: QWidget | None = None) -> None:
        super().__init__(question, parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.group = QButtonGroup(self)
        self.buttons: dict[str, QRadioButton] = {}
        for c in question.choices:
            b = QRadioButton(c.text)
            self.group.addButton(b)
            self.buttons[c.value] = b
            layout.addWidget(b)
        self.group.buttonClicked.connect(lambda b: self.emit(next(v for v, x in self.buttons.items() if x is b)))

    def set_value(self, value: Any) -> None:
        self.group.setExclusive(False)
        for v, b in self.buttons.items():
            with QSignalBlocker(b):
                b.setChecked(v == value)
        self.group.setExclusive(True)

    def choose(self, value: str) -> None:
        self.buttons[value].click()


class MultiInput(AnswerInput):
    def __init__(self, question: Question, parent: QWidget | None = None) -> None:
        super().__init__(question, parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.boxes: dict[str, QCheckBox] = {}
        for c in question.choices:
            box = QCheckBox(c.text)
            box.toggled.connect(self._changed)
            self.boxes[c.value] = box
            layout.addWidget(box)

    def _changed(self) -> None:
        chosen = [v for v, b in self.boxes.items() if b.isChecked()]
        self.emit(chosen or None)

    def set_value(self, value: Any) -> None:
        chosen = set(value or [])
        for v, b in self.boxes.items():
            with QSignalBlocker(b):
                b.setChecked(v in chosen)


class NumberInput(AnswerInput):
    def __init__(self, question: Question, parent: QWidget | None = None) -> None:
        super().__init__(question, parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.edit = QLineEdit()
        validator = QDoubleValidator()  # the form's bounds; the service checks them again on save
        if question.min is not None:
            validator.setBottom(float(question.min))
        if question.max is not None:
            validator.setTop(float(question.max))
        if question.whole:
            validator.setDecimals(0)
        self.edit.setValidator(validator)
        self.edit.setMaximumWidth(160)
        self.edit.setPlaceholderText(tr("a whole number") if question.whole else tr("a number"))
        if question.min is not None or question.max is not None:
            self.edit.setToolTip(message_text(number_rule(question)))
        self.edit.editingFinished.connect(self._commit)
        layout.addWidget(self.edit)
        layout.addStretch(1)

    def _commit(self) -> None:
        text = self.edit.text().strip().replace(",", ".")
        if not text:
            self.emit(None)
            return
        try:
            number = float(text)
        except ValueError:
            return
        self.emit(int(number) if number.is_integer() else number)

    def set_value(self, value: Any) -> None:
        with QSignalBlocker(self.edit):
            self.edit.setText("" if value is None else str(value))


class TextInput(AnswerInput):
    """Free text, saved after a short pause in typing and when focus leaves."""

    PAUSE_MS = 500

    def __init__(self, question: Question, parent: QWidget | None = None) -> None:
        super().__init__(question, parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.edit = QPlainTextEdit()
        self.edit.setFixedHeight(64)
        self.edit.setTabChangesFocus(True)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(self.PAUSE_MS)
        self.timer.timeout.connect(self.flush)
        self.edit.textChanged.connect(self.timer.start)
        self.edit.installEventFilter(self)
        layout.addWidget(self.edit)
        self._last: str | None = None

    def eventFilter(self, obj: Any, event: Any) -> bool:
        if event.type() == event.Type.FocusOut:
            self.flush()
        return False

    def flush(self) -> None:
        self.timer.stop()
        text = self.edit.toPlainText().strip()
        value = text or None
        if value != self._last:
            self._last = value
            self.emit(value)

    def set_value(self, value: Any) -> None:
        with QSignalBlocker(self.edit):
            self.edit.setPlainText(value or "")
        self._last = value or None


class DateInput(AnswerInput):
    def __init__(self, question: Question, parent: QWidget | None = None) -> None:
        super().__init__(question, parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.edit = QDateEdit()
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat("yyyy-MM-dd")
        self.edit.setSpecialValueText(tr("not set"))
        self.edit.setMinimumDate(QDate(2000, 1, 1))
        self.edit.setDate(self.edit.minimumDate())
        self.edit.dateChanged.connect(self._changed)
        clear = QPushButton(tr("Clear"))
        clear.setProperty("flat", True)
        clear.clicked.connect(lambda: self.edit.setDate(self.edit.minimumDate()))
        layout.addWidget(self.edit)
        layout.addWidget(clear)
        layout.addStretch(1)

    def _changed(self, d: QDate) -> None:
        self.emit(None if d == self.edit.minimumDate() else d.toString("yyyy-MM-dd"))

    def set_value(self, value: Any) -> None:
        with QSignalBlocker(self.edit):
            self.edit.setDate(QDate.fromString(value, "yyyy-MM-dd") if value else self.edit.minimumDate())


class TimeInput(AnswerInput):
    def __init__(self, question: Question, parent: QWidget | None = None) -> None:
        super().__init__(question, parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.edit = QTimeEdit()
        self.edit.setDisplayFormat("HH:mm")
        self.edit.timeChanged.connect(lambda t: self.emit(t.toString("HH:mm")))
        now = QPushButton(tr("Now"))
        now.clicked.connect(lambda: self.edit.setTime(QTime.currentTime()))
        layout.addWidget(self.edit)
        layout.addWidget(now)
        layout.addStretch(1)

    def set_value(self, value: Any) -> None:
        with QSignalBlocker(self.edit):
            self.edit.setTime(QTime.fromString(value, "HH:mm") if value else QTime(0, 0))


def make_input(question: Question, parent: QWidget | None = None) -> AnswerInput:
    t = question.type
    if t is QuestionType.YES_NO:
        return YesNoInput(question, parent)
    if t in (QuestionType.SCALE, QuestionType.CSAT, QuestionType.CES, QuestionType.NPS):
        return ScaleInput(question, parent)
    if t is QuestionType.CHOICE:
        return ChoiceInput(question, parent)
    if t is QuestionType.MULTI:
        return MultiInput(question, parent)
    if t is QuestionType.DURATION:
        return DurationInput(question, parent)
    if t is QuestionType.NUMBER:
        return NumberInput(question, parent)
    if t is QuestionType.DATE:
        return DateInput(question, parent)
    if t is QuestionType.TIME:
        return TimeInput(question, parent)
    return TextInput(question, parent)
