"""A visit's audit trail as a table: when, who, what, why."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import Qt

from mystery_shop.services.rows import AuditRow

from ..i18n import label_text, tr
from .row_table import Index, RowTable


def describe(a: AuditRow) -> str:
    if a.kind == "plan" or (a.kind == "transition" and a.from_status is None):  # (before 0009: a transition)
        return tr("Planned")
    if a.kind == "transition":
        return f"{label_text(a.from_status or '')} → {label_text(a.to_status or '')}"
    return {
        "override": tr("Score override"),
        "comment": tr("Comment"),
        "sign": tr("Signed"),
        "unsign": tr("Signature cleared"),
        "report": tr("Report"),
    }.get(a.kind, a.kind.capitalize())


class AuditTrailModel(RowTable):
    def __init__(self, rows: list[AuditRow] | None = None, parent: Any = None) -> None:
        super().__init__([tr("When"), tr("Who"), tr("What"), tr("Why / detail")], parent)
        self._rows: list[AuditRow] = list(rows or [])

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        a = self._rows[index.row()]
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 0 and a.server_time is not None:
            return (
                tr("On the device: %1. Received by the server: %2.")
                .replace("%1", _when(a.at))
                .replace("%2", _when(a.server_time))
            )
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return (when(a), a.actor, describe(a), a.detail)[index.column()]
        return None


def when(a: AuditRow) -> str:
    """When it happened on the device; the server's time under it where it differs (an entry made offline)."""
    at = _when(a.at)
    server = a.server_time
    if server is None:
        return at
    shown = server.astimezone()
    same_day = shown.date() == a.at.astimezone().date()
    return at + "\n" + tr("server: %1").replace("%1", shown.strftime("%H:%M") if same_day else _when(server))


def _when(t: dt.datetime) -> str:
    return t.astimezone().strftime("%Y-%m-%d %H:%M")
