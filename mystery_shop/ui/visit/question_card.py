"""One question on the visit screen: text, help, input, N/A, comment, points."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QCheckBox, QFrame, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from mystery_shop.domain.forms import Question, QuestionType
from mystery_shop.domain.scoring import QuestionResult, QuestionState

from ..i18n import number_text, tr
from ..widgets.answer_base import AnswerInput
from ..widgets.answer_inputs import YesNoInput, make_input
from ..widgets.stopwatch import DurationInput


class QuestionCard(QFrame):
    sig_answer_changed = Signal(str, object)  # question id, value or None
    sig_na_changed = Signal(str, bool)
    sig_comment_changed = Signal(str, str)

    def __init__(self, number: int, question: Question, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.question = question
        self.setObjectName("questionCard")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(6)

        top = QHBoxLayout()
        self.title = QLabel(f"<b>{number}.</b>&nbsp; {_escape(question.text)}")
        self.title.setWordWrap(True)
        self.title.setObjectName("questionText")
        self.points = QLabel()
        self.points.setProperty("muted", True)
        self.points.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        top.addWidget(self.title, 1)
        top.addWidget(self.points)
        layout.addLayout(top)

        if question.help:
            help_label = QLabel(question.help)
            help_label.setWordWrap(True)
            help_label.setProperty("muted", True)
            layout.addWidget(help_label)

        self.input: AnswerInput = make_input(question, self)
        self.input.sig_answer_changed.connect(lambda v: self.sig_answer_changed.emit(question.id, v))
        layout.addWidget(self.input)

        self.review_box = QLabel()
        self.review_box.setObjectName("reviewComment")
        self.review_box.setWordWrap(True)
        self.review_box.hide()
        layout.addWidget(self.review_box)

        bottom = QHBoxLayout()
        self.na = QCheckBox(tr("N/A"))
        self.na.setToolTip(tr("Not applicable on this visit (A)"))
        self.na.setVisible(question.na)
        self.na.toggled.connect(lambda on: self.sig_na_changed.emit(question.id, on))
        self.comment_button = QPushButton(tr("Add comment"))
        self.comment_button.setProperty("flat", True)
        self.comment_button.clicked.connect(self._show_comment)
        self.comment = QLineEdit()
        self.comment.setPlaceholderText(tr("Comment for the report"))
        self.comment.hide()
        self.comment.editingFinished.connect(lambda: self.sig_comment_changed.emit(question.id, self.comment.text()))
        bottom.addWidget(self.na)
        bottom.addWidget(self.comment_button)
        bottom.addWidget(self.comment, 1)
        bottom.addStretch(0)
        layout.addLayout(bottom)

    def _show_comment(self) -> None:
        self.comment_button.hide()
        self.comment.show()
        self.comment.setFocus()

    # ------------------------------------------------------------ state from the editor

    def load(self, value: Any, na: bool, comment: str, review: list[str]) -> None:
        self.input.set_value(value)
        self.na.blockSignals(True)
        self.na.setChecked(na)
        self.na.blockSignals(False)
        self.input.setEnabled(not na)
        self.comment.blockSignals(True)
        self.comment.setText(comment)
        self.comment.blockSignals(False)
        if comment:
            self._show_comment_quietly()
        if review:
            self.review_box.setText("<b>" + tr("Supervisor") + ":</b> " + "<br>".join(_escape(r) for r in review))
            self.review_box.show()

    def _show_comment_quietly(self) -> None:
        self.comment_button.hide()
        self.comment.show()

    def update_result(self, result: QuestionResult, missing: bool) -> None:
        self.setVisible(result.state is not QuestionState.HIDDEN)
        self.input.setEnabled(result.state is not QuestionState.NA and self.isEnabled())
        if result.possible > 0:
            earned = "—" if result.earned is None else number_text(result.earned)
            mark = "  ✎" if result.overridden else ""
            self.points.setText(tr("{e} of {p} pts").format(e=earned, p=number_text(result.possible)) + mark)
        else:
            self.points.setText("")
        if self.property("missing") != missing:
            self.setProperty("missing", missing)
            self.style().unpolish(self)
            self.style().polish(self)

    def set_read_only(self, read_only: bool) -> None:
        for w in (self.input, self.na, self.comment, self.comment_button):
            w.setEnabled(not read_only)
        if read_only:  # a locked visit offers no "Add comment" that could do nothing
            self.comment_button.hide()
        elif not self.comment.isVisibleTo(self):
            self.comment_button.show()

    # ------------------------------------------------------------ keyboard

    def keyPressEvent(self, e: QKeyEvent) -> None:
        """Y / N answer a yes/no question, A toggles N/A, while focus is on the card or its buttons."""
        key = e.key()
        if isinstance(self.input, YesNoInput) and self.input.isEnabled() and key in (Qt.Key.Key_Y, Qt.Key.Key_N):
            self.input.choose("yes" if key == Qt.Key.Key_Y else "no")
            return
        if key == Qt.Key.Key_A and self.question.na and self.na.isEnabled():
            self.na.toggle()
            return
        super().keyPressEvent(e)

    @property
    def stopwatch(self) -> DurationInput | None:
        return self.input if self.question.type is QuestionType.DURATION else None  # type: ignore[return-value]


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
