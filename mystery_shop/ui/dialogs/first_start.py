"""A fresh profile's first start: does this computer connect to the firm's server, or work alone?"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QLabel, QPushButton, QVBoxLayout, QWidget

from mystery_shop.services.work_mode import ALONE, SERVER, set_work_mode
from mystery_shop.services.workspace import Workspace

from ..i18n import tr


class FirstStartDialog(QDialog):
    sig_chosen = Signal(str)  # ALONE or SERVER

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.setWindowTitle(tr("Welcome to Mystery Shop"))
        col = QVBoxLayout(self)
        text = QLabel(
            tr(
                "How does this computer work?\n\nWith your firm's sync server, visits come from your supervisor "
                "and go back to them. Alone, this computer plans, fills, reviews and reports by itself."
            )
        )
        text.setWordWrap(True)
        col.addWidget(text)
        self.server_button = QPushButton(tr("Connect to the firm's server…"))
        self.server_button.setObjectName("primary")
        self.server_button.clicked.connect(lambda: self.choose(SERVER))
        self.alone_button = QPushButton(tr("Work alone on this computer"))
        self.alone_button.clicked.connect(lambda: self.choose(ALONE))
        col.addWidget(self.server_button)
        col.addWidget(self.alone_button)

    def choose(self, mode: str) -> None:
        set_work_mode(self.ws, mode)
        self.sig_chosen.emit(mode)
        self.accept()
