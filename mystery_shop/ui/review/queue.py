"""The review queue: submitted visits, the riskiest first (by their quality checks), then the oldest,
filtered by client, location, auditor, form and evidence flags. Opening a row asks the main window to
open its review; "Approve clean visits…" approves the selected ones no check or flag stands against."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from mystery_shop.domain.evidence import FlagCode
from mystery_shop.services.review_queue import approve_clean, is_clean, review_queue
from mystery_shop.services.workspace import Workspace

from .. import errors
from ..errors import show_error
from ..i18n import tr
from ..models.review_queue import ANY_FLAG, NO_FLAG, QueueFilter, ReviewQueueModel, flag_label
from ..models.review_queue import COLUMNS as QUEUE_COLUMNS
from ..models.visits import ID_ROLE
from ..widgets.columns import fit_columns, size_short_columns


class ReviewQueue(QWidget):
    sig_open_requested = Signal(str)  # visit id
    sig_visits_approved = Signal(list)  # visit ids

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.setWindowTitle(tr("Review queue"))
        self.resize(1200, 640)
        self.model = ReviewQueueModel(parent=self)
        self.proxy = QueueFilter(self)
        self.proxy.setSourceModel(self.model)
        col = QVBoxLayout(self)
        col.setContentsMargins(0, 0, 0, 0)
        col.setSpacing(0)
        col.addWidget(self._build_filters())
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setShowGrid(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(30)
        fit_columns(self.table, QUEUE_COLUMNS, stretch=("location", "form", "checks", "evidence"))
        # the riskiest first; among equals the service's order (the longest waiting first) stays
        self.table.sortByColumn(QUEUE_COLUMNS.index("checks"), Qt.SortOrder.DescendingOrder)
        self.table.doubleClicked.connect(self._open_index)
        self.table.activated.connect(self._open_index)
        self.empty = QLabel(tr("Nothing waiting for review."))
        self.empty.setObjectName("emptyState")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty)
        col.addWidget(self.stack, 1)
        self.refresh()

    def _build_filters(self) -> QWidget:
        box = QFrame()
        box.setObjectName("filterBar")
        row = QHBoxLayout(box)
        row.setContentsMargins(12, 8, 12, 8)
        self.client = QComboBox()
        self.location = QComboBox()
        self.auditor = QComboBox()
        self.form = QComboBox()
        self.evidence = QComboBox()
        self.evidence.addItem(tr("Any evidence"), None)
        self.evidence.addItem(tr("⚑ With flags"), ANY_FLAG)
        self.evidence.addItem(tr("✓ Without flags"), NO_FLAG)
        for code in FlagCode:
            self.evidence.addItem("⚑ " + flag_label(code), code.value)
        self.count = QLabel()
        self.count.setProperty("muted", True)
        refresh = QPushButton(tr("Refresh"))
        refresh.clicked.connect(self.refresh)
        self.approve_clean_button = QPushButton(tr("Approve clean visits…"))
        self.approve_clean_button.setToolTip(
            tr("Approve the selected visits that no check and no evidence flag stands against")
        )
        self.approve_clean_button.clicked.connect(self.approve_clean)
        for combo in (self.client, self.location, self.auditor, self.form, self.evidence):
            combo.currentIndexChanged.connect(self._filters_changed)
            row.addWidget(combo)
        self.client.currentIndexChanged.connect(self._fill_locations)
        row.addStretch(1)
        row.addWidget(self.count)
        row.addWidget(self.approve_clean_button)
        row.addWidget(refresh)
        return box

    def refresh(self) -> None:
        rows = review_queue(self.ws)
        self.model.set_rows(rows)
        size_short_columns(self.table)
        _fill(self.client, tr("All clients"), sorted({(r.client, r.client_id) for r in rows}))
        _fill(self.auditor, tr("All auditors"), sorted({(r.auditor or tr("(nobody)"), r.auditor_id) for r in rows}))
        _fill(self.form, tr("All forms"), sorted({(r.form_title, r.form_id) for r in rows}))
        self._fill_locations()

    def _fill_locations(self) -> None:
        client = self.client.currentData()
        rows = [self.model.row_at(i) for i in range(self.model.rowCount())]
        _fill(
            self.location,
            tr("All locations"),
            sorted({(r.location, r.location_id) for r in rows if client is None or r.client_id == client}),
        )
        self._filters_changed()

    def _filters_changed(self) -> None:
        self.proxy.set_filters(
            client_id=self.client.currentData(),
            location_id=self.location.currentData(),
            auditor_id=self.auditor.currentData(),
            form_id=self.form.currentData(),
            evidence=self.evidence.currentData(),
        )
        total, shown = self.model.rowCount(), self.proxy.rowCount()
        self.stack.setCurrentWidget(self.table if total else self.empty)
        self.count.setText(tr("{shown} of {total} waiting").format(shown=shown, total=total))

    def _open_index(self, index: QModelIndex) -> None:
        self.sig_open_requested.emit(index.data(ID_ROLE))

    def selected_ids(self) -> list[str]:
        return [i.data(ID_ROLE) for i in self.table.selectionModel().selectedRows()]

    def approve_clean(self) -> None:
        """Approve, after one confirmation, the selected visits that have no check and no flag."""
        selected = self.selected_ids()
        by_id = {self.model.row_at(i).id: self.model.row_at(i) for i in range(self.model.rowCount())}
        clean = [v for v in selected if v in by_id and is_clean(by_id[v])]
        if not selected:
            errors.dialogs.info(self, tr("Approve clean visits"), tr("Select the visits to approve first."))
            return
        if not clean:
            errors.dialogs.info(self, tr("Approve clean visits"), tr("None of the selected visits is clean."))
            return
        question = tr(
            "Approve {clean} of the {selected} selected visits? {left} with checks or flags stay in the queue."
        ).format(clean=len(clean), selected=len(selected), left=len(selected) - len(clean))
        if not errors.dialogs.confirm(self, tr("Approve clean visits"), question):
            return
        try:
            approved, left = approve_clean(self.ws, clean)
        except Exception as e:
            show_error(self, e)
            self.refresh()
            return
        left += len(selected) - len(clean)
        self.refresh()
        self.sig_visits_approved.emit(approved)
        errors.dialogs.info(
            self,
            tr("Approve clean visits"),
            tr("Approved {approved}; {left} left for reading.").format(approved=len(approved), left=left),
        )

    def open_selected(self) -> None:
        index = self.table.currentIndex()
        if index.isValid():
            self._open_index(index)


def _fill(combo: QComboBox, everything: str, items: list[tuple[str, str | None]]) -> None:
    """Refill ``combo`` keeping its choice when it is still there."""
    current = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    combo.addItem(everything, None)
    for text, value in items:
        combo.addItem(text, value)
    combo.setCurrentIndex(max(combo.findData(current), 0) if current is not None else 0)
    combo.blockSignals(False)
