"""A visit's audit trail as a table: when, who, what, why."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from mystery_shop.services.rows import AuditRow

from ..i18n import tr

Index = QModelIndex | QPersistentModelIndex


def describe(a: AuditRow) -> str:
    if a.kind == "transition":
        if a.from_status is None:
            return tr("Planned")
        return f"{a.from_status.capitalize()} → {(a.to_status or '').capitalize()}"
    return {
        "override": tr("Score override"),
        "comment": tr("Comment"),
        "sign": tr("Signed"),
        "report": tr("Report"),
    }.get(a.kind, a.kind.capitalize())


class AuditTrailModel(QAbstractTableModel):
    def __init__(self, rows: list[AuditRow] | None = None, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows = list(rows or [])
        self._headers = [tr("When"), tr("Who"), tr("What"), tr("Why / detail")]

    def set_rows(self, rows: list[AuditRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        a = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return (a.at.astimezone().strftime("%Y-%m-%d %H:%M"), a.actor, describe(a), a.detail)[index.column()]
        return None
