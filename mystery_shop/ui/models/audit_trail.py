"""A visit's audit trail as a table: when, who, what, why."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from mystery_shop.services.rows import AuditRow

from ..i18n import label_text, tr
from .row_table import Index, RowTable


def describe(a: AuditRow) -> str:
    if a.kind == "transition":
        if a.from_status is None:
            return tr("Planned")
        return f"{label_text(a.from_status)} → {label_text(a.to_status or '')}"
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
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return (a.at.astimezone().strftime("%Y-%m-%d %H:%M"), a.actor, describe(a), a.detail)[index.column()]
        return None
