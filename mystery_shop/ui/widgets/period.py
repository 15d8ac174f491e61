"""A client and a period as every screen here asks for them: the client list, ISO dates with a calendar."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QComboBox, QDateEdit

from mystery_shop.services.workspace import Workspace


def date_edit(value: dt.date) -> QDateEdit:
    edit = QDateEdit(QDate(value))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    return edit


def client_combo(ws: Workspace, client_id: str | None = None) -> QComboBox:
    """The clients by name (their ids as data), ``client_id`` chosen when given."""
    combo = QComboBox()
    for c in ws.clients():
        combo.addItem(c.name, c.id)
    if client_id is not None:
        combo.setCurrentIndex(max(combo.findData(client_id), 0))
    return combo
