"""Settings: the app's own preferences (the language of the screens) and each client's quality-check thresholds."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QWidget

from mystery_shop.services.app_language import load_language, save_language
from mystery_shop.services.workspace import Workspace

from ..errors import show_error
from ..i18n import LANGUAGES, pick_language, tr
from .check_settings import CheckSettingsBox


class SettingsDialog(QDialog):
    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.setWindowTitle(tr("Settings"))
        self.setMinimumWidth(420)
        form = QFormLayout(self)
        self.language = QComboBox()
        system = LANGUAGES[pick_language(None)]
        self.language.addItem(tr("System language ({name})").format(name=system), None)
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(self.language.findData(load_language(ws.profile)), 0))
        form.addRow(tr("Language"), self.language)
        note = QLabel(tr("The new language is used from the next start of the app."))
        note.setWordWrap(True)
        note.setProperty("muted", True)
        form.addRow(note)
        self.checks = CheckSettingsBox(ws)
        form.addRow(self.checks)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Save).setObjectName("primary")
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def save(self) -> None:
        try:
            save_language(self.ws.profile, self.language.currentData())
            self.checks.save()
        except Exception as e:
            show_error(self, e)
            return
        self.accept()
