"""The touchpoint-by-location heat map: mean section scores as coloured cells."""

from __future__ import annotations

import itertools
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from mystery_shop.domain.figures import PeriodFigures

from ..i18n import number_text, tr, trn

Index = QModelIndex | QPersistentModelIndex
KEY_ROLE = Qt.ItemDataRole.UserRole + 1  # (section id, location)


def cell_colour(value: float) -> QColor:
    """From red (0) through amber (60-75) to green (100), soft enough to read the text on."""
    stops = [(0, (248, 180, 180)), (60, (252, 222, 160)), (80, (200, 232, 170)), (100, (134, 206, 146))]
    for (v0, c0), (v1, c1) in itertools.pairwise(stops):
        if value <= v1:
            t = (value - v0) / (v1 - v0) if v1 > v0 else 0
            return QColor(*(round(a + (b - a) * max(0.0, t)) for a, b in zip(c0, c1, strict=True)))
    return QColor(*stops[-1][1])


class HeatMapModel(QAbstractTableModel):
    """Rows: touchpoints (sections) in form order; columns: locations, best first."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.sections: list[tuple[str, str]] = []  # (id, title)
        self.locations: list[str] = []
        self.cells: dict[tuple[str, str], tuple[float, str, int]] = {}

    def set_figures(self, figures: PeriodFigures | None) -> None:
        self.beginResetModel()
        if figures is None:
            self.sections, self.locations, self.cells = [], [], {}
        else:
            self.sections = list(figures.section_titles.items())
            self.locations = list(figures.by_location)
            self.cells = {key: (float(s.mean), number_text(s.mean), s.count) for key, s in figures.heat_map.items()}
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.sections)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.locations)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self.locations[section]
        return self.sections[section][1]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        key = (self.sections[index.row()][0], self.locations[index.column()])
        cell = self.cells.get(key)
        if role == KEY_ROLE:
            return key
        if cell is None:  # this touchpoint is not on the forms used at this location
            if role == Qt.ItemDataRole.ForegroundRole:
                return QColor("#9ca3af")
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return int(Qt.AlignmentFlag.AlignCenter)
            return tr("—") if role == Qt.ItemDataRole.DisplayRole else None
        value, text, count = cell
        if role == Qt.ItemDataRole.DisplayRole:
            return text
        if role == Qt.ItemDataRole.BackgroundRole:
            return cell_colour(value)
        if role == Qt.ItemDataRole.ForegroundRole:
            return QColor("#1f2430")
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            return trn("{section} at {location}: mean {score} over %n visit(s); click for the visits", count).format(
                section=self.sections[index.row()][1], location=key[1], score=text
            )
        return None
