"""The main window: the visit list with its filters, and the way into everything else."""

from __future__ import annotations

import logging

from PySide6.QtCore import QDate, QModelIndex, QSettings, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from mystery_shop import __version__
from mystery_shop.domain.workflow import VisitStatus
from mystery_shop.services.workspace import Workspace

from .errors import show_error
from .i18n import tr
from .models.visits import ID_ROLE, VisitFilter, VisitsModel

log = logging.getLogger(__name__)


class MainWindow(QMainWindow):
    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.settings = QSettings(str(ws.profile.root / "ui.ini"), QSettings.Format.IniFormat)
        self.visit_windows: dict[str, QMainWindow] = {}
        self.setWindowTitle(tr("Mystery Shop"))
        self.resize(1200, 760)

        self.model = VisitsModel(parent=self)
        self.proxy = VisitFilter(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setDynamicSortFilter(True)

        self._build_actions()
        central = QWidget()
        col = QVBoxLayout(central)
        col.setContentsMargins(0, 0, 0, 0)
        col.setSpacing(0)
        col.addWidget(self._build_filters())
        self.stack = QStackedWidget()
        self.table = self._build_table()
        self.empty = QLabel(
            tr(
                "No visits yet.\n\nPlan one with New visit (Ctrl+N), or create a demo profile:\n"
                "mystery-shop demo --profile DIR"
            )
        )
        self.empty.setObjectName("emptyState")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty)
        col.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.count_label = QLabel()
        self.statusBar().addPermanentWidget(self.count_label)
        self.statusBar().showMessage(tr("Profile: {path}").format(path=ws.profile.root))

        self.refresh()
        self._restore()

    # ------------------------------------------------------------ building

    def _build_actions(self) -> None:
        bar = QToolBar(tr("Main"))
        bar.setObjectName("mainToolbar")
        bar.setMovable(False)
        self.addToolBar(bar)
        specs = [
            (tr("New visit"), QKeySequence.StandardKey.New, self.new_visit),
            (tr("Open"), QKeySequence("Return"), self.open_selected),
            (tr("Refresh"), QKeySequence.StandardKey.Refresh, self.refresh),
            (tr("Clients, locations and forms"), QKeySequence("Ctrl+M"), self.manage),
            (tr("About"), QKeySequence.StandardKey.HelpContents, self.about),
            (tr("Quit"), QKeySequence.StandardKey.Quit, self.close),
        ]
        self.actions_by_name: dict[str, QAction] = {}
        menu = self.menuBar().addMenu(tr("&File"))
        for text, keys, slot in specs:
            action = QAction(text, self)
            action.setShortcut(keys)
            action.triggered.connect(slot)
            self.actions_by_name[text] = action
            menu.addAction(action)
            if text not in (tr("Quit"), tr("Open")):
                bar.addAction(action)
        find = QAction(tr("Find"), self)
        find.setShortcut(QKeySequence.StandardKey.Find)
        find.triggered.connect(lambda: self.search.setFocus())
        self.addAction(find)

    def _build_filters(self) -> QWidget:
        box = QFrame()
        box.setObjectName("filterBar")
        row = QHBoxLayout(box)
        row.setContentsMargins(12, 8, 12, 8)
        self.search = QLineEdit()
        self.search.setPlaceholderText(tr("Search visits (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._filters_changed)
        self.status = QComboBox()
        self.status.addItem(tr("All states"), None)
        for s in VisitStatus:
            self.status.addItem(s.label, s.value)  # Qt would hand a StrEnum back as a plain str
        self.client = QComboBox()
        self.location = QComboBox()
        self.start = _date_edit(tr("from any date"))
        self.end = _date_edit(tr("to any date"))
        for combo in (self.status, self.client, self.location):
            combo.currentIndexChanged.connect(self._filters_changed)
        self.client.currentIndexChanged.connect(self._fill_locations)
        for edit in (self.start, self.end):
            edit.dateChanged.connect(self._filters_changed)
        row.addWidget(self.search, 2)
        for w in (self.status, self.client, self.location, self.start, self.end):
            row.addWidget(w)
        return box

    def _build_table(self) -> QTableView:
        table = QTableView()
        table.setModel(self.proxy)
        table.setSortingEnabled(True)
        table.setAlternatingRowColors(True)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.verticalHeader().hide()
        table.verticalHeader().setDefaultSectionSize(30)
        table.setShowGrid(False)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for col, width in enumerate((100, 190, 190, 230, 160, 100, 70, 120)):
            table.setColumnWidth(col, width)
        table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        table.doubleClicked.connect(self._open_index)
        return table

    # ------------------------------------------------------------ data

    def refresh(self) -> None:
        rows = self.ws.visit_rows()
        self.model.set_rows(rows)
        self._fill_clients()
        self._update_counts()

    def _fill_clients(self) -> None:
        current = self.client.currentData()
        self.client.blockSignals(True)
        self.client.clear()
        self.client.addItem(tr("All clients"), None)
        for c in self.ws.clients():
            self.client.addItem(c.name, c.id)
        index = self.client.findData(current)
        self.client.setCurrentIndex(max(index, 0))
        self.client.blockSignals(False)
        self._fill_locations()

    def _fill_locations(self) -> None:
        current = self.location.currentData()
        self.location.blockSignals(True)
        self.location.clear()
        self.location.addItem(tr("All locations"), None)
        for loc in self.ws.locations(self.client.currentData()):
            self.location.addItem(loc.name, loc.id)
        self.location.setCurrentIndex(max(self.location.findData(current), 0))
        self.location.blockSignals(False)
        self._filters_changed()

    def _filters_changed(self) -> None:
        self.proxy.set_filters(
            status=self.selected_status(),
            client_id=self.client.currentData(),
            location_id=self.location.currentData(),
            start=_date_value(self.start),
            end=_date_value(self.end),
        )
        self.proxy.set_search(self.search.text())
        self._update_counts()

    def selected_status(self) -> VisitStatus | None:
        value = self.status.currentData()
        return VisitStatus(value) if value else None

    def _update_counts(self) -> None:
        total, shown = self.model.rowCount(), self.proxy.rowCount()
        self.stack.setCurrentWidget(self.table if total else self.empty)
        self.count_label.setText(tr("{total} visits · {shown} shown").format(total=f"{total:,}", shown=f"{shown:,}"))

    # ------------------------------------------------------------ actions

    def selected_visit_id(self) -> str | None:
        index = self.table.currentIndex()
        return index.data(ID_ROLE) if index.isValid() else None

    def _open_index(self, index: QModelIndex) -> None:
        self.open_visit(index.data(ID_ROLE))

    def open_selected(self) -> None:
        visit_id = self.selected_visit_id()
        if visit_id:
            self.open_visit(visit_id)

    def open_visit(self, visit_id: str) -> QMainWindow | None:
        from .visit.visit_window import VisitWindow

        window = self.visit_windows.get(visit_id)
        if window is None:
            try:
                window = VisitWindow(self.ws, visit_id, self)
            except Exception as e:
                show_error(self, e)
                return None
            window.sig_visit_changed.connect(self._visit_changed)
            window.destroyed.connect(lambda *_: self.visit_windows.pop(visit_id, None))
            window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            self.visit_windows[visit_id] = window
        window.show()
        window.raise_()
        window.activateWindow()
        return window

    def _visit_changed(self, visit_id: str) -> None:
        for row in self.ws.visit_rows():
            if row.id == visit_id:
                self.model.replace_row(row)
                break

    def new_visit(self) -> None:
        from .dialogs.new_visit import NewVisitDialog

        dialog = NewVisitDialog(self.ws, self)
        if dialog.exec() and dialog.visit_id:
            self.refresh()
            self.open_visit(dialog.visit_id)

    def manage(self) -> None:
        from .dialogs.catalog import CatalogDialog

        dialog = CatalogDialog(self.ws, self)
        dialog.exec()
        if dialog.changed:
            self.refresh()

    def about(self) -> None:
        QMessageBox.about(self, tr("About Mystery Shop"), about_text(self.ws))

    # ------------------------------------------------------------ remembering

    def _restore(self) -> None:
        geometry = self.settings.value("main/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        state = self.settings.value("main/header")
        if state is not None:
            self.table.horizontalHeader().restoreState(state)
        status = self.settings.value("main/status")
        if status:
            self.status.setCurrentIndex(max(self.status.findData(status), 0))
        client = self.settings.value("main/client")
        if client:
            self.client.setCurrentIndex(max(self.client.findData(client), 0))

    def save_state(self) -> None:
        self.settings.setValue("main/geometry", self.saveGeometry())
        self.settings.setValue("main/header", self.table.horizontalHeader().saveState())
        self.settings.setValue("main/status", self.status.currentData() or "")
        self.settings.setValue("main/client", self.client.currentData() or "")
        self.settings.sync()

    def closeEvent(self, e: QCloseEvent) -> None:
        for window in list(self.visit_windows.values()):
            window.close()
        self.save_state()
        super().closeEvent(e)


def about_text(ws: Workspace) -> str:
    return (
        f"<h3>Mystery Shop {__version__}</h3>"
        + "<p>"
        + tr(
            "Mystery shopping and customer-touchpoint audits: offline checklists, scoring, "
            "photo evidence and signed PDF reports."
        )
        + "</p>"
        + f"<p>{tr('Profile')}: {ws.profile.root}<br>{tr('Log file')}: {ws.profile.log_file}</p>"
    )


def _date_edit(empty_text: str) -> QDateEdit:
    edit = QDateEdit()
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    edit.setMinimumDate(QDate(2000, 1, 1))
    edit.setSpecialValueText(empty_text)
    edit.setDate(edit.minimumDate())
    return edit


def _date_value(edit: QDateEdit):  # type: ignore[no-untyped-def]
    return None if edit.date() == edit.minimumDate() else edit.date().toPython()
