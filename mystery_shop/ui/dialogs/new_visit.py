"""Plan a new visit: client, location, form, auditor, the due window (from the date to the due date) and scenario."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QWidget,
)

from mystery_shop.domain.workflow import Role
from mystery_shop.services.rows import ServiceError
from mystery_shop.services.workspace import Workspace

from ..i18n import message_text, tr


class NewVisitDialog(QDialog):
    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.visit_id: str | None = None
        self.setWindowTitle(tr("New visit"))
        self.setMinimumWidth(440)
        form = QFormLayout(self)
        self.client = QComboBox()
        for c in ws.clients():
            self.client.addItem(c.name, c.id)
        self.location = QComboBox()
        self.form = QComboBox()
        for f in ws.forms():
            self.form.addItem(tr("{title} (v{v})").format(title=f.title, v=f.version), f.form_id)
        self.auditor = QComboBox()
        self.auditor.addItem(tr("Me ({name})").format(name=ws.me.display_name), ws.me.id)
        for p in ws.people(Role.AUDITOR):
            self.auditor.addItem(p.display_name, p.id)
        self.date = QDateEdit(QDate(dt.date.today()))  # Python's clock, as the rest of the app reads it
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        self.due = QDateEdit()
        self.due.setCalendarPopup(True)
        self.due.setDisplayFormat("yyyy-MM-dd")
        self.due.setSpecialValueText(tr("none"))
        self.due.setMinimumDate(QDate(2000, 1, 1))
        self.due.setDate(self.due.minimumDate())
        self.scenario = QPlainTextEdit()
        self.scenario.setPlaceholderText(tr("What the shopper should ask or do (optional)"))
        self.scenario.setFixedHeight(70)
        self.error = QLabel()
        self.error.setStyleSheet("color: #dc2626;")
        self.error.setWordWrap(True)
        form.addRow(tr("Client"), self.client)
        form.addRow(tr("Location"), self.location)
        form.addRow(tr("Form"), self.form)
        form.addRow(tr("Auditor"), self.auditor)
        form.addRow(tr("Scheduled"), self.date)
        form.addRow(tr("Due by"), self.due)
        form.addRow(tr("Scenario"), self.scenario)
        form.addRow(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.auditor.currentIndexChanged.connect(self._auditor_chosen)
        self._auditor_chosen()
        buttons.accepted.connect(self.create)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.client.currentIndexChanged.connect(self._fill_locations)
        self._fill_locations()

    @property
    def for_me(self) -> bool:
        return self.auditor.currentData() == self.ws.me.id

    def _auditor_chosen(self) -> None:
        """A visit for oneself opens at once; one for another auditor is planned for them."""
        self.ok.setText(tr("Create and open") if self.for_me else tr("Plan visit"))

    def _fill_locations(self) -> None:
        self.location.clear()
        client_id = self.client.currentData()
        if client_id:
            for loc in self.ws.locations(client_id):
                self.location.addItem(loc.name, loc.id)
        self._validate()

    def _validate(self) -> bool:
        problem = ""
        if self.client.count() == 0:
            problem = tr("Add a client first (Manage → Clients and locations).")
        elif self.location.count() == 0:
            problem = tr("This client has no locations yet.")
        elif self.form.count() == 0:
            problem = tr("Import a form first (Manage → Forms).")
        self.error.setText(problem)
        self.ok.setEnabled(not problem)
        return not problem

    def create(self) -> None:
        if not self._validate():
            return
        due = None if self.due.date() == self.due.minimumDate() else self.due.date().toPython()
        try:
            self.visit_id = self.ws.create_visit(
                self.form.currentData(),
                self.location.currentData(),
                self.date.date().toPython(),
                auditor_id=self.auditor.currentData(),
                due_date=due,
                scenario=self.scenario.toPlainText().strip(),
            )
        except ServiceError as e:
            self.error.setText(message_text(e))
            return
        self.accept()
