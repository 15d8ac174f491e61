"""Finish a visit: what is still missing (each a link to it), sign, attest, submit."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mystery_shop.domain.checks import CheckResult, Severity, submit_refusal, warnings
from mystery_shop.domain.progress import progress
from mystery_shop.domain.readiness import MissingItem, MissingKind
from mystery_shop.services.rows import ServiceError
from mystery_shop.services.visit_editor import ATTESTATION, VisitEditor

from ..errors import show_error
from ..i18n import message_text, number_text, tr, trn
from ..widgets.signature_pad import SignaturePad


class FinishDialog(QDialog):
    sig_go_to = Signal(str, str)  # section id, question id ("" for a whole touchpoint)

    def __init__(self, editor: VisitEditor, parent: QWidget | None = None, language: str | None = None) -> None:
        super().__init__(parent)
        self.editor = editor
        self.shown = editor.form.in_language(language)  # the visit's language, as the visit screen shows it
        self.submitted = False
        self.setWindowTitle(tr("Finish the visit"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        layout.setSpacing(10)

        score = editor.score
        done = progress(editor.form, score)
        grade = score.grade.label if score.grade else tr("no score")
        total = number_text(score.total)
        if not done.complete:
            # The arithmetic scores what is answered: say so beside the figure, not only further down.
            grade = tr("{grade} so far").format(grade=grade) if score.grade else grade
            total += " " + tr("so far")
        summary = QLabel(f"<span style='font-size:20pt;font-weight:600'>{total}</span>&nbsp;&nbsp;{grade}")
        summary.setObjectName("finishSummary")
        layout.addWidget(summary)
        answered = QLabel(
            tr("{done} of {total} required answered ({share})").format(
                done=done.answered, total=done.required, share=done.percent()
            )
        )
        answered.setObjectName("finishProgress")
        layout.addWidget(answered)

        self.missing_box = QFrame()
        self.missing_box.setObjectName("missingBox")
        self.missing_layout = QVBoxLayout(self.missing_box)
        layout.addWidget(self.missing_box)

        # The form's quality checks: each a link to its question; warnings pass with an explanation.
        self.checks_box = QFrame()
        self.checks_box.setObjectName("checksBox")
        self.checks_layout = QVBoxLayout(self.checks_box)
        layout.addWidget(self.checks_box)
        self.explanation = QLineEdit()
        self.explanation.setObjectName("checkExplanation")
        self.explanation.setPlaceholderText(tr("Explain the warnings to submit anyway"))
        self.explanation.textChanged.connect(self._update_submit)
        layout.addWidget(self.explanation)

        layout.addWidget(QLabel("<b>" + tr("Signature") + "</b>"))
        self.pad = SignaturePad()
        layout.addWidget(self.pad)
        row = QHBoxLayout()
        clear = QPushButton(tr("Clear"))
        clear.clicked.connect(self.pad.clear)
        self.name = QLineEdit(editor.header.signed_by or editor.header.auditor)
        self.name.setPlaceholderText(tr("Your name"))
        row.addWidget(QLabel(tr("Name:")))
        row.addWidget(self.name, 1)
        row.addWidget(clear)
        layout.addLayout(row)
        attest = QLabel(ATTESTATION)
        attest.setWordWrap(True)
        attest.setProperty("muted", True)
        layout.addWidget(attest)

        buttons = QDialogButtonBox()
        self.submit_button = buttons.addButton(tr("Sign and submit"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.submit_button.setObjectName("primary")
        buttons.addButton(tr("Keep working"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.sign_and_submit)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.pad.sig_signature_changed.connect(self.show_missing)
        self.show_missing()

    def items(self) -> list[MissingItem]:
        """What is missing; the signature counts as given once the pad has strokes."""
        items = self.editor.missing_items()
        if not self.pad.is_empty():
            items = [i for i in items if i.kind is not MissingKind.SIGNATURE]
        return items

    def show_missing(self) -> None:
        while self.missing_layout.count():
            w = self.missing_layout.takeAt(0).widget()
            if w is not None:
                w.deleteLater()
        items = self.items()
        if not items:
            ok = QLabel("✓ " + tr("Everything required is answered. Sign and submit."))
            ok.setObjectName("readyLabel")
            self.missing_layout.addWidget(ok)
        else:
            self.missing_layout.addWidget(QLabel("<b>" + tr("Still missing") + f" ({len(items)})</b>"))
        self.links: list[QPushButton] = []
        for item in items:
            link = QPushButton(self._label(item))
            link.setProperty("link", True)
            link.setEnabled(item.kind is not MissingKind.SIGNATURE)
            link.clicked.connect(lambda _=False, i=item: self._go(i))
            self.links.append(link)
            self.missing_layout.addWidget(link)
        self._show_checks()
        self._update_submit()

    def _show_checks(self) -> None:
        while self.checks_layout.count():
            w = self.checks_layout.takeAt(0).widget()
            if w is not None:
                w.deleteLater()
        self.fired = self.editor.checks(self.shown.language)
        self.check_links: list[QPushButton] = []
        if self.fired:
            self.checks_layout.addWidget(QLabel("<b>" + tr("Checks") + f" ({len(self.fired)})</b>"))
        for check in self.fired:
            link = QPushButton(self._check_label(check))
            link.setProperty("link", True)
            link.setEnabled(check.question is not None)
            link.clicked.connect(lambda _=False, c=check: self._go_to_check(c))
            self.check_links.append(link)
            self.checks_layout.addWidget(link)
        self.checks_box.setVisible(bool(self.fired))
        self.explanation.setVisible(bool(warnings(self.fired)))

    def _check_label(self, check: CheckResult) -> str:
        prefix = "⛔ " if check.severity is Severity.BLOCK else "⚠ "
        q = self.shown.question(check.question) if check.question else None
        where = f"{q.text}: " if q is not None else ""
        return prefix + where + message_text(check.message)

    def _go_to_check(self, check: CheckResult) -> None:
        section = self.editor.form.section_of(check.question or "")
        self.sig_go_to.emit(section.id if section else "", check.question or "")
        self.reject()

    def _update_submit(self) -> None:
        ready = not self.items() and submit_refusal(self.fired, self.explanation.text()) is None
        self.submit_button.setEnabled(ready)

    def _go(self, item: MissingItem) -> None:
        self.sig_go_to.emit(item.section_id or "", item.question_id or "")
        self.reject()

    def sign_and_submit(self) -> None:
        try:
            if self.pad.is_empty():
                raise ServiceError(tr("Sign in the box first."))
            self.editor.sign(self.pad.to_png(), self.name.text())
            self.editor.submit(self.explanation.text())
        except Exception as e:
            show_error(self, e)
            self.show_missing()
            return
        self.submitted = True
        self.accept()

    def _label(self, item: MissingItem) -> str:
        """What is missing in the app's and the visit's language (domain/ words it in the form's default)."""
        prefix = {MissingKind.ANSWER: "→ ", MissingKind.PHOTOS: "▣ ", MissingKind.SIGNATURE: "✎ "}[item.kind]
        if item.kind is MissingKind.ANSWER and item.question_id:
            q = self.shown.question(item.question_id)
            return prefix + (q.text if q else message_text(item.message))
        if item.kind is MissingKind.PHOTOS and item.section_id:
            section = next((s for s in self.shown.sections if s.id == item.section_id), None)
            if section is not None:
                have = self.editor.photo_counts().get(section.id, 0)
                need = trn("{have} of at least %n photo(s)", section.photos.min).format(have=have)
                return f"{prefix}{section.title}: {need}"
        if item.kind is MissingKind.SIGNATURE:
            return prefix + tr("The auditor's signature and attestation")
        return prefix + message_text(item.message)
