"""Report settings: the firm's name and logo, the page size, the signing certificate
and an optional timestamp server. The passphrase is never stored: it is asked for
the first time a report is signed in a session."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from mystery_shop.domain.languages import SHIPPED, SOURCE
from mystery_shop.services.report_settings import ReportSettings, load_report_settings, save_report_settings
from mystery_shop.services.rows import ServiceError
from mystery_shop.services.workspace import Workspace

from ..errors import show_error
from ..i18n import tr
from . import signing

PAGE_SIZES = {"a4": "A4", "letter": "US Letter"}


class ReportSettingsDialog(QDialog):
    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        current = load_report_settings(ws.profile)
        self.current = current
        self.setWindowTitle(tr("Report settings"))
        self.setMinimumWidth(560)
        form = QFormLayout(self)
        self.firm = QLineEdit(current.firm_name)
        self.firm.setPlaceholderText(tr("as it appears on the cover of every report"))
        self.logo = QLineEdit(str(current.firm_logo or ""))
        self.logo.setPlaceholderText(tr("PNG or JPEG (optional)"))
        self.page = QComboBox()
        for key, label in PAGE_SIZES.items():
            self.page.addItem(label, key)
        self.page.setCurrentIndex(max(self.page.findData(current.page_size), 0))
        self.certificate = QLineEdit(str(current.certificate or ""))
        self.certificate.setPlaceholderText(tr("the firm's .p12 file; none: reports are not signed"))
        self.timestamp = QLineEdit(current.timestamp_url or "")
        self.timestamp.setPlaceholderText(tr("optional: https://… an RFC 3161 timestamp server"))
        hint = QLabel(tr("No certificate yet? Create the firm's signing key here, then give clients the .crt file "
                         "written beside it."))  # fmt: skip
        self.create_key_button = QPushButton(tr("Create a signing key…"))
        self.create_key_button.clicked.connect(self.create_key)
        hint.setWordWrap(True)
        hint.setProperty("muted", True)
        form.addRow(tr("Firm name"), self.firm)
        form.addRow(tr("Firm logo"), _with_browse(self.logo, tr("Images (*.png *.jpg *.jpeg)")))
        form.addRow(tr("Page size"), self.page)
        form.addRow(tr("Certificate"), _with_browse(self.certificate, tr("PKCS#12 key (*.p12 *.pfx)")))
        form.addRow(tr("Timestamp server"), self.timestamp)
        form.addRow(tr("Report language"), self._build_languages())
        form.addRow(hint)
        form.addRow("", self.create_key_button)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Save).setObjectName("primary")
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def settings(self) -> ReportSettings:
        def path(edit: QLineEdit) -> Path | None:
            text = edit.text().strip()
            return Path(text).expanduser() if text else None

        return ReportSettings(
            firm_name=self.firm.text().strip(),
            firm_logo=path(self.logo),
            page_size=self.page.currentData(),
            certificate=path(self.certificate),
            timestamp_url=self.timestamp.text().strip() or None,
            client_logos=self.current.client_logos,
        )

    def create_key(self) -> None:
        from .create_key import CreateKeyDialog

        dialog = CreateKeyDialog(self.firm.text().strip(), self)
        if dialog.exec() and dialog.created is not None:
            self.certificate.setText(str(dialog.created.p12_path))
            if not self.firm.text().strip():
                self.firm.setText(dialog.name.text().strip())

    def _build_languages(self) -> QWidget:
        """Each client's reports in its own language: pick the client, then the language.

        The language is kept on the client (it syncs); the choices are saved with the dialog.
        """
        self.saved_languages = {c.id: c.language for c in self.ws.clients()}
        self.client_languages = dict(self.saved_languages)
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        self.language_client = QComboBox()
        for c in self.ws.clients():
            self.language_client.addItem(c.name, c.id)
        self.report_language = QComboBox()
        for code, name in SHIPPED.items():
            self.report_language.addItem(name, code)
        self.language_client.currentIndexChanged.connect(self._show_client_language)
        self.report_language.currentIndexChanged.connect(self._set_client_language)
        row.addWidget(self.language_client, 1)
        row.addWidget(self.report_language)
        box.setEnabled(self.language_client.count() > 0)
        box.setToolTip(tr("The language of the client's reports: their words, dates and numbers"))
        self._show_client_language()
        return box

    def _show_client_language(self) -> None:
        code = self.client_languages.get(self.language_client.currentData() or "", SOURCE)
        self.report_language.setCurrentIndex(max(self.report_language.findData(code), 0))

    def _set_client_language(self) -> None:
        client, code = self.language_client.currentData(), self.report_language.currentData()
        if client is None:
            return
        self.client_languages[client] = code

    def save(self) -> bool:
        new = self.settings()
        for label, p in ((tr("The logo"), new.firm_logo), (tr("The certificate"), new.certificate)):
            if p is not None and not p.is_file():
                show_error(self, ServiceError(tr("{what} {path} does not exist.").format(what=label, path=p)))
                return False
        try:
            save_report_settings(self.ws.profile, new)
            for client, code in self.client_languages.items():
                if code != self.saved_languages.get(client):
                    self.ws.update_client(client, language=code)
        except Exception as e:
            show_error(self, e)
            return False
        if new.certificate != self.current.certificate:
            signing.forget()
        self.accept()
        return True


def _with_browse(edit: QLineEdit, file_filter: str) -> QWidget:
    box = QWidget()
    row = QHBoxLayout(box)
    row.setContentsMargins(0, 0, 0, 0)
    row.addWidget(edit, 1)
    button = QPushButton(tr("Choose…"))

    def browse() -> None:
        chosen, _ = QFileDialog.getOpenFileName(box, tr("Choose a file"), edit.text(), file_filter)
        if chosen:
            edit.setText(chosen)

    button.clicked.connect(browse)
    row.addWidget(button)
    return box
