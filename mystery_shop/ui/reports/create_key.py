"""Create the firm's signing key from Report settings: the passphrase typed twice under its rules
(``domain.passphrase``), the key file where the supervisor chooses, the certificate written beside it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog, QFormLayout, QLabel, QLineEdit, QWidget

from mystery_shop.domain.passphrase import MIN_LENGTH, passphrase_problem
from mystery_shop.reports.keys import CreatedKey, KeyCreationError, create_signing_key

from ..i18n import message_text, tr


class CreateKeyDialog(QDialog):
    def __init__(self, firm_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.created: CreatedKey | None = None
        self.setWindowTitle(tr("Create the firm's signing key"))
        form = QFormLayout(self)
        self.name = QLineEdit(firm_name)
        self.name.setPlaceholderText(tr("the name reports are signed as"))
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setPlaceholderText(tr("at least {n} characters").format(n=MIN_LENGTH))
        self.again = QLineEdit()
        self.again.setEchoMode(QLineEdit.EchoMode.Password)
        note = QLabel(
            tr(
                "The passphrase is asked whenever reports are signed and is never stored: keep it where the firm "
                "keeps its passwords. Give clients the .crt file written beside the key."
            )
        )
        note.setWordWrap(True)
        note.setProperty("muted", True)
        self.error = QLabel()
        self.error.setObjectName("formError")
        self.error.setWordWrap(True)
        self.error.hide()
        form.addRow(tr("Firm name"), self.name)
        form.addRow(tr("Passphrase"), self.passphrase)
        form.addRow(tr("Passphrase again"), self.again)
        form.addRow(note)
        form.addRow(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.create_button = buttons.addButton(tr("Create key…"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.create_button.setObjectName("primary")
        buttons.accepted.connect(self.create)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def create(self) -> bool:
        """Check the passphrase, ask where, write the key; False when refused or cancelled."""
        name = self.name.text().strip()
        if not name:
            return self._refuse(tr("Give the firm's name: reports are signed as it."))
        problem = passphrase_problem(self.passphrase.text(), self.again.text(), firm_name=name)
        if problem:
            return self._refuse(message_text(problem))
        chosen, _ = QFileDialog.getSaveFileName(
            self, tr("Save the signing key"), str(Path.home() / "firm.p12"), tr("PKCS#12 key (*.p12 *.pfx)")
        )
        if not chosen:
            return False
        out = Path(chosen) if chosen.lower().endswith((".p12", ".pfx")) else Path(chosen + ".p12")
        try:
            self.created = create_signing_key(name, out, self.passphrase.text().encode("utf-8"))
        except KeyCreationError as e:  # the file exists, or no such folder: said beside the fields
            return self._refuse(str(e))
        self.passphrase.clear()
        self.again.clear()
        self.accept()
        return True

    def _refuse(self, text: str) -> bool:
        self.error.setText(text)
        self.error.show()
        return False
