"""The visits behind a dashboard figure, in a list that opens them."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtWidgets import QAbstractItemView, QDialog, QLabel, QTableView, QVBoxLayout, QWidget

from mystery_shop.services.workspace import Workspace

from ..i18n import trn
from ..models.visits import ID_ROLE, VisitsModel


class VisitListDialog(QDialog):
    sig_open_requested = Signal(str)

    def __init__(self, ws: Workspace, title: str, visit_ids: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.resize(980, 480)
        wanted = set(visit_ids)
        self.model = VisitsModel(ws.visit_rows(ids=wanted), self)
        col = QVBoxLayout(self)
        head = QLabel(trn("{title}: %n visit(s). Double-click one to open it.", len(wanted)).format(title=title))
        head.setWordWrap(True)
        col.addWidget(head)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.doubleClicked.connect(self._open)
        col.addWidget(self.table)

    def _open(self, index: QModelIndex) -> None:
        self.sig_open_requested.emit(index.data(ID_ROLE))
