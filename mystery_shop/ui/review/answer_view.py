"""One question on the review screen, read-only: the answer, points, comments, and the review actions."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from mystery_shop.domain.forms import Question, QuestionType
from mystery_shop.domain.scoring import QuestionResult, QuestionState
from mystery_shop.services.rows import OverrideRow, ReviewCommentRow

from ..i18n import number_text, tr
from ..widgets.stopwatch import format_seconds

RATING_OF = {QuestionType.CSAT: 5, QuestionType.CES: 7, QuestionType.NPS: 10}


def answer_text(q: Question, value: Any) -> str:
    """An answer as a person reads it: the choice's label, "1:35 (95 s)", "4 of 5"."""
    if value is None:
        return ""
    t = q.type
    if t is QuestionType.YES_NO:
        return tr("Yes") if value == "yes" else tr("No")
    if t is QuestionType.CHOICE:
        c = q.choice(str(value))
        return c.text if c else str(value)
    if t is QuestionType.MULTI:
        return ", ".join((c.text if (c := q.choice(v)) else v) for v in value) or tr("none")
    if t is QuestionType.DURATION:
        return f"{format_seconds(float(value))}  ({value:g} s)"
    if t is QuestionType.SCALE:
        lo, hi = q.scale_range
        return tr("{v} on {lo}–{hi}").format(v=value, lo=lo, hi=hi)
    if t in RATING_OF:
        return f"{value} / {RATING_OF[t]}"
    return str(value)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br>")


class ReviewQuestion(QFrame):
    sig_comment_requested = Signal(str)  # question id
    sig_override_requested = Signal(str)

    def __init__(self, number: int, question: Question, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.question = question
        self.setObjectName("questionCard")
        col = QVBoxLayout(self)
        col.setContentsMargins(14, 10, 14, 10)
        col.setSpacing(4)
        top = QHBoxLayout()
        title = QLabel(f"<b>{number}.</b>&nbsp; {_escape(question.text)}")
        title.setObjectName("questionText")
        title.setWordWrap(True)
        self.points = QLabel()
        self.points.setObjectName("reviewPoints")
        self.points.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        top.addWidget(title, 1)
        top.addWidget(self.points)
        col.addLayout(top)
        self.answer = QLabel()
        self.answer.setObjectName("reviewAnswer")
        self.answer.setWordWrap(True)
        self.answer.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        col.addWidget(self.answer)
        self.override_note = QLabel()
        self.override_note.setObjectName("overrideNote")
        self.override_note.setWordWrap(True)
        col.addWidget(self.override_note)
        self.auditor_note = QLabel()
        self.auditor_note.setProperty("muted", True)
        self.auditor_note.setWordWrap(True)
        col.addWidget(self.auditor_note)
        self.check_note = QLabel()  # the quality checks about this answer (issue 32)
        self.check_note.setObjectName("checkNote")
        self.check_note.setWordWrap(True)
        self.check_note.setVisible(False)
        col.addWidget(self.check_note)
        self.review_box = QLabel()
        self.review_box.setObjectName("reviewComment")
        self.review_box.setWordWrap(True)
        col.addWidget(self.review_box)
        actions = QHBoxLayout()
        actions.addStretch(1)
        self.comment_button = QPushButton(tr("Comment…"))
        self.comment_button.setProperty("link", True)
        self.comment_button.clicked.connect(lambda: self.sig_comment_requested.emit(question.id))
        self.override_button = QPushButton(tr("Override points…"))
        self.override_button.setProperty("link", True)
        self.override_button.setVisible(question.is_scored)
        self.override_button.clicked.connect(lambda: self.sig_override_requested.emit(question.id))
        actions.addWidget(self.comment_button)
        actions.addWidget(self.override_button)
        col.addLayout(actions)

    def show_state(
        self,
        value: Any,
        result: QuestionResult,
        auditor_comment: str,
        override: OverrideRow | None,
        comments: list[ReviewCommentRow],
    ) -> None:
        state = result.state
        self.setVisible(state is not QuestionState.HIDDEN)
        if state is QuestionState.NA:
            self.answer.setText(tr("N/A — not applicable on this visit"))
        elif state is QuestionState.ANSWERED:
            self.answer.setText(answer_text(self.question, value))
        else:
            self.answer.setText(tr("Not answered"))
        self.answer.setProperty("state", state.value)
        self.answer.style().unpolish(self.answer)
        self.answer.style().polish(self.answer)
        if result.possible > 0:
            earned = "—" if result.earned is None else number_text(result.earned)
            text = tr("{e} of {p} pts").format(e=earned, p=number_text(result.possible))
            if result.critical_failed:
                text += "  ·  " + tr("critical failed")
            self.points.setText(text)
        else:
            self.points.setText("")
        self.points.setProperty("failed", bool(result.critical_failed or (result.earned == 0 and result.possible)))
        self.points.style().unpolish(self.points)
        self.points.style().polish(self.points)
        self.override_note.setVisible(override is not None)
        if override is not None:
            self.override_note.setText(
                "✎ "
                + tr("Overridden to {p} by {who}: {why}").format(
                    p=number_text(override.points), who=override.author, why=override.reason
                )
            )
        self.auditor_note.setVisible(bool(auditor_comment))
        self.auditor_note.setText(tr("Auditor") + ": " + auditor_comment)
        self.review_box.setVisible(bool(comments))
        self.review_box.setText("<br>".join(f"<b>{_escape(c.author)}</b>: {_escape(c.text)}" for c in comments))

    def show_checks(self, lines: list[str]) -> None:
        self.check_note.setVisible(bool(lines))
        self.check_note.setText("<br>".join(_escape(line) for line in lines))

    def set_review_enabled(self, comment: bool, override: bool) -> None:
        self.comment_button.setEnabled(comment)
        self.override_button.setEnabled(override)
