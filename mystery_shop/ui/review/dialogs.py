"""The review's small dialogs: a comment (with the library of saved comments) and a score override.

Each takes the action to run on OK; a refusal from the service is shown in the
dialog, which stays open so the supervisor can fix it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mystery_shop.domain.forms import Question
from mystery_shop.services import comment_library
from mystery_shop.services.rows import ServiceError
from mystery_shop.services.workspace import Workspace

from ..i18n import message_text, number_text, tr


def _error_label() -> QLabel:
    label = QLabel()
    label.setProperty("warn", True)
    label.setWordWrap(True)
    return label


class CommentDialog(QDialog):
    """Write a comment, or pick one from the library; ``action(text)`` runs on OK."""

    def __init__(
        self,
        ws: Workspace,
        title: str,
        about: str,
        action: Callable[[str], None],
        ok_text: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ws = ws
        self.action = action
        self.setWindowTitle(title)
        self.setMinimumSize(560, 420)
        col = QVBoxLayout(self)
        heading = QLabel(about)
        heading.setWordWrap(True)
        heading.setTextFormat(Qt.TextFormat.PlainText)
        col.addWidget(heading)
        self.text = QPlainTextEdit()
        self.text.setPlaceholderText(tr("Your comment for the auditor"))
        col.addWidget(self.text, 2)
        self.keep = QCheckBox(tr("Save to my library of comments"))
        col.addWidget(self.keep)
        lib_head = QHBoxLayout()
        lib_label = QLabel(tr("Saved comments (double-click to use)"))
        lib_label.setProperty("muted", True)
        self.remove = QPushButton(tr("Remove from library"))
        self.remove.setProperty("link", True)
        self.remove.clicked.connect(self._remove)
        lib_head.addWidget(lib_label, 1)
        lib_head.addWidget(self.remove)
        col.addLayout(lib_head)
        self.library = QListWidget()
        self.library.setObjectName("commentLibrary")
        self.library.setWordWrap(True)
        self.library.itemDoubleClicked.connect(lambda item: self.use(item.text()))
        col.addWidget(self.library, 1)
        self.error = _error_label()
        col.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(ok_text or tr("Add comment"))
        self.ok.setObjectName("primary")
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        col.addWidget(buttons)
        self._fill(comment_library.saved_comments(ws))

    def _fill(self, items: list[str]) -> None:
        self.library.clear()
        self.library.addItems(items)
        self.remove.setEnabled(bool(items))

    def use(self, text: str) -> None:
        current = self.text.toPlainText().rstrip()
        self.text.setPlainText(f"{current}\n{text}" if current else text)

    def _remove(self) -> None:
        item = self.library.currentItem()
        if item is not None:
            self._fill(comment_library.remove_comment(self.ws, item.text()))

    def submit(self) -> None:
        text = self.text.toPlainText().strip()
        try:
            self.action(text)
        except ServiceError as e:
            self.error.setText(message_text(e))
            return
        if self.keep.isChecked():
            comment_library.save_comment(self.ws, text)
        self.accept()


class OverrideDialog(QDialog):
    """New points within [0, possible] and the reason; ``action(points_text, reason)`` runs on OK."""

    def __init__(
        self,
        question: Question,
        earned: str,
        action: Callable[[str, str], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.action = action
        self.setWindowTitle(tr("Override the points"))
        self.setMinimumWidth(480)
        form = QFormLayout(self)
        text = QLabel(question.text)
        text.setWordWrap(True)
        form.addRow(tr("Question"), text)
        possible = number_text(question.possible_points(), 2).rstrip("0").rstrip(".")
        form.addRow(tr("Earned now"), QLabel(tr("{e} of {p} points").format(e=earned, p=possible)))
        self.points = QLineEdit()
        self.points.setPlaceholderText(tr("0 to {p}").format(p=possible))
        form.addRow(tr("New points"), self.points)
        self.reason = QPlainTextEdit()
        self.reason.setPlaceholderText(tr("Why (required; shown in the audit trail and the report)"))
        self.reason.setFixedHeight(80)
        form.addRow(tr("Reason"), self.reason)
        self.error = _error_label()
        form.addRow(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(tr("Override"))
        ok.setObjectName("primary")
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def submit(self) -> None:
        try:
            self.action(self.points.text().strip().replace(",", "."), self.reason.toPlainText())
        except ServiceError as e:
            self.error.setText(message_text(e))
            return
        self.accept()
