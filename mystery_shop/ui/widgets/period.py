"""A client and a period as every screen here asks for them: the client list, ISO dates with a calendar."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QComboBox, QDateEdit, QFormLayout, QLabel, QWidget

from mystery_shop.services.workspace import Workspace

from ..i18n import tr


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


def client_period_form(
    owner: QWidget, ws: Workspace, intro: str, client_id: str | None, start: dt.date | None, end: dt.date | None
) -> tuple[QFormLayout, QComboBox, QDateEdit, QDateEdit]:
    """``owner``'s form: a muted ``intro``, then Client, From and To (by default this year so far).

    The caller adds its own rows after these."""
    form = QFormLayout(owner)
    label = QLabel(intro)
    label.setWordWrap(True)
    label.setProperty("muted", True)
    form.addRow(label)
    client = client_combo(ws, client_id)
    today = dt.date.today()
    first, last = date_edit(start or dt.date(today.year, 1, 1)), date_edit(end or today)
    form.addRow(tr("Client"), client)
    form.addRow(tr("From"), first)
    form.addRow(tr("To"), last)
    return form, client, first, last
