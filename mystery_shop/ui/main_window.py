"""The main window: the visit list with its filters, and the way into everything else."""

from __future__ import annotations

import logging

from PySide6.QtCore import QModelIndex, QSettings, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QInputDialog,
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
from mystery_shop.domain.workflow import Action, VisitStatus, decide
from mystery_shop.services.changes import Changes, acting_for
from mystery_shop.services.rows import ServiceError
from mystery_shop.services.work_mode import SERVER, may_act_as_local_supervisor, work_mode
from mystery_shop.services.workspace import Workspace

from .changes import hub
from .errors import show_error
from .i18n import label_text, message_text, tr, trn
from .models.visits import COLUMNS as VISIT_COLUMNS
from .models.visits import ID_ROLE, VisitFilter, VisitsModel
from .profile_backup import ProfileBackupUi
from .sync import SyncUi
from .update_notice import UpdateNotice
from .widgets.columns import fit_columns, size_short_columns
from .widgets.filter_combo import FilterCombo, FilterDate

log = logging.getLogger(__name__)

MINE = "assigned-to-me"  # the status filter's "Assigned to me": my drafts and returned visits


class MainWindow(QMainWindow):
    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.settings = QSettings(str(ws.profile.root / "ui.ini"), QSettings.Format.IniFormat)
        self.visit_windows: dict[str, QMainWindow] = {}
        self.tools: dict[str, QWidget] = {}  # the review queue and the dashboard, one of each
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
        # First run: reports and the audit trail need a person's name, not "Local user".
        self.name_bar = QLabel(
            tr("Reports will name you “{name}”. <a href='#name'>Set your name…</a>").format(name=ws.me.display_name)
        )
        self.name_bar.setObjectName("nameBar")
        self.name_bar.setContentsMargins(12, 6, 12, 6)
        self.name_bar.linkActivated.connect(lambda _link: self.ask_my_name())
        self.name_bar.setVisible(not ws.has_my_name())
        col.addWidget(self.name_bar)
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
        self.sync = SyncUi(ws, self)  # the Account menu, the sync state in the status bar, background sync
        self.actions_by_name.update(self.sync.actions_by_name)
        self.sync.sig_data_changed.connect(self.reload_keeping_selection)
        self.sync.sig_identity_changed.connect(self.apply_role)
        self.sync.sig_open_visit_requested.connect(self.open_visit)
        hub(ws).sig_changed.connect(self._changed)  # what the writes changed, wherever they were made
        self.update_notice = UpdateNotice(ws, self, self.sync.controller)  # "Version X is available", quietly
        self.sync.start()

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
            (tr("Settings…"), QKeySequence.StandardKey.Preferences, self.preferences),
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
            if text not in (tr("Quit"), tr("Open"), tr("Settings…")):
                bar.addAction(action)
        self.backup_ui = ProfileBackupUi(self.ws, self, menu, before=self.actions_by_name[tr("Quit")])
        self._build_supervisor_actions(bar)
        find = QAction(tr("Find"), self)
        find.setShortcut(QKeySequence.StandardKey.Find)
        find.triggered.connect(lambda: self.search.setFocus())
        self.addAction(find)

    @property
    def supervises(self) -> bool:
        """Whether this user may review (without a server the local user is a supervisor too)."""
        if not may_act_as_local_supervisor(self.ws):
            return False  # a fresh profile before its first start is answered, or before its first sign-in
        return bool(decide(self.ws.me.role, Action.APPROVE, VisitStatus.SUBMITTED, own=True))

    def _build_supervisor_actions(self, bar: QToolBar) -> None:
        """Built for every user, shown to those whose role may use them (``apply_role``)."""
        menu = self.menuBar().addMenu(tr("&Supervise"))
        self.supervisor_actions = [menu.menuAction(), bar.addSeparator()]
        specs = [
            (tr("Plan a visit…"), QKeySequence("Ctrl+Shift+N"), self.plan_visit, False),
            (tr("Plan from CSV…"), QKeySequence("Ctrl+Shift+I"), self.plan_from_csv, False),
            (tr("Review queue"), QKeySequence("Ctrl+Shift+R"), self.show_review_queue, True),
            (tr("Appeals"), QKeySequence("Ctrl+Shift+A"), self.show_appeals, True),
            (tr("Dashboard"), QKeySequence("Ctrl+Shift+D"), self.show_dashboard, True),
            (tr("Export data…"), QKeySequence("Ctrl+Shift+E"), self.export_data, True),
            (tr("Export report…"), QKeySequence("Ctrl+P"), self.export_report, False),
            (tr("Export internal copy…"), QKeySequence("Ctrl+Alt+P"), self.export_internal_report, False),
            (tr("Export reports for a period…"), QKeySequence("Ctrl+Shift+P"), self.export_reports, True),
            (tr("Report settings…"), QKeySequence(), self.report_settings, False),
        ]
        for text, keys, slot, on_bar in specs:
            action = QAction(text, self)
            action.setShortcut(keys)
            action.triggered.connect(slot)
            self.actions_by_name[text] = action
            self.supervisor_actions.append(action)
            menu.addAction(action)
            if on_bar:
                bar.addAction(action)
        forms = self.menuBar().addMenu(tr("Fo&rms"))
        designer = QAction(tr("Form designer…"), self)
        designer.setShortcut(QKeySequence("Ctrl+Shift+F"))
        designer.triggered.connect(self.show_form_designer)
        forms.addAction(designer)
        self.actions_by_name[designer.text()] = designer
        self.supervisor_actions += [forms.menuAction(), designer]
        self.apply_role()

    def apply_role(self) -> None:
        """Show what this user's role may do; after a sign-in the role (and the user's id) are the server's."""
        for action in self.supervisor_actions:
            action.setVisible(self.supervises)
            action.setEnabled(self.supervises)
        if hasattr(self, "name_bar"):  # signed in: the server's account names the user, at once
            self.name_bar.setVisible(not self.ws.has_my_name())
        if hasattr(self, "proxy") and hasattr(self, "status"):
            self._filters_changed()  # "Assigned to me" follows the user's id

    def _build_filters(self) -> QWidget:
        box = QFrame()
        box.setObjectName("filterBar")
        row = QHBoxLayout(box)
        row.setContentsMargins(12, 8, 12, 8)
        self.search = QLineEdit()
        self.search.setPlaceholderText(tr("Search visits (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._filters_changed)
        states = [tr("All states"), tr("Assigned to me")] + [label_text(s.value) for s in VisitStatus]
        self.status = FilterCombo(states)
        self.status.addItem(states[0], None)
        self.status.addItem(states[1], MINE)  # my visits still to do, with their due dates
        for s, label in zip(VisitStatus, states[2:], strict=True):
            self.status.addItem(label, s.value)  # Qt would hand a StrEnum back as a plain str
        self.client = FilterCombo([tr("All clients")])
        self.location = FilterCombo([tr("All locations")])
        self.start = FilterDate(tr("from any date"))
        self.end = FilterDate(tr("to any date"))
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
        fit_columns(table, VISIT_COLUMNS, stretch=("client", "location", "form", "auditor"))
        table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        table.doubleClicked.connect(self._open_index)
        return table

    # ------------------------------------------------------------ data

    def refresh(self) -> None:
        rows = self.ws.visit_rows()
        self.model.set_rows(rows)
        size_short_columns(self.table)
        self._fill_clients()
        self._update_counts()

    def reload_keeping_selection(self) -> None:
        """Pulled or refused records: the lists reload, keeping the selected visit selected."""
        selected = self.selected_visit_id()
        self.refresh()
        if selected:
            for row in range(self.proxy.rowCount()):
                index = self.proxy.index(row, 0)
                if self.proxy.data(index, ID_ROLE) == selected:
                    self.table.setCurrentIndex(index)
                    break
        queue = self.tools.get("queue")
        if queue is not None:
            queue.refresh()  # type: ignore[attr-defined]

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
            start=self.start.day(),
            end=self.end.day(),
            assigned_to=self.ws.me.id if self.status.currentData() == MINE else None,
        )
        self.proxy.set_search(self.search.text())
        self._update_counts()

    def selected_status(self) -> VisitStatus | None:
        value = self.status.currentData()
        return VisitStatus(value) if value and value != MINE else None

    def _update_counts(self) -> None:
        total, shown = self.model.rowCount(), self.proxy.rowCount()
        self.stack.setCurrentWidget(self.table if total else self.empty)
        self.count_label.setText(trn("%Ln visit(s) · {shown} shown", total).format(shown=f"{shown:,}"))

    # ------------------------------------------------------------ actions

    def ask_my_name(self, text: str | None = None) -> bool:
        """Ask (unless ``text`` is given) and keep the user's name; False when cancelled or refused."""
        if text is None:
            text, ok = QInputDialog.getText(
                self, tr("Your name"), tr("Your full name, as reports and the audit trail show it:")
            )
            if not ok:
                return False
        try:
            self.ws.set_my_name(text)
        except ServiceError as e:
            QMessageBox.warning(self, tr("Your name"), message_text(e))
            return False
        self.name_bar.hide()
        self.statusBar().showMessage(tr("Reports now name you {name}.").format(name=self.ws.me.display_name), 5000)
        return True

    def first_start(self) -> QWidget | None:
        """A fresh profile asks whether this computer connects to the firm's server or works alone; None when
        that is known already."""
        from .dialogs.first_start import FirstStartDialog

        if work_mode(self.ws) is not None:
            return None
        dialog = FirstStartDialog(self.ws, self)
        dialog.sig_chosen.connect(self._work_mode_chosen)
        self.tools["first_start"] = dialog
        dialog.open()
        return dialog

    def _work_mode_chosen(self, mode: str) -> None:
        self.apply_role()
        if mode == SERVER:
            self.sync.sign_in()

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
        """The visit screen for a visit one can still edit; the review screen for one under review or after."""
        from .review.review_window import ReviewWindow
        from .visit.visit_window import VisitWindow

        window = self.visit_windows.get(visit_id)
        if window is None:
            try:
                status = self.ws.visit_status(visit_id)
                review = self.supervises and status not in (VisitStatus.DRAFT, VisitStatus.RETURNED)
                window = (ReviewWindow if review else VisitWindow)(self.ws, visit_id, self)
            except Exception as e:
                show_error(self, e)
                return None
            window.destroyed.connect(lambda *_: self.visit_windows.pop(visit_id, None))
            window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            self.visit_windows[visit_id] = window
        window.show()
        window.raise_()
        window.activateWindow()
        return window

    def _changed(self, changes: Changes, origin: object) -> None:
        """A write's changes: the changed lines are re-read, not the whole list (a 5-table join over every
        visit). The window's own dialogs' writes are skipped: it reloads after them itself."""
        if origin is self:
            return
        if changes.catalogue:  # a client's or location's name is in every line, and in the filters
            self.reload_keeping_selection()
            return
        if not changes.visits:
            return
        rows = self.ws.visit_rows(ids=changes.visits)
        self.model.update_rows(rows, gone=changes.visits - {r.id for r in rows})
        self._update_counts()
        queue = self.tools.get("queue")
        if queue is not None:
            queue.refresh()  # type: ignore[attr-defined]

    def new_visit(self) -> None:
        from .dialogs.new_visit import NewVisitDialog

        dialog = NewVisitDialog(self.ws, self)
        with acting_for(self):
            planned = dialog.exec() and dialog.visit_id
        if planned:
            self.refresh()
            if dialog.for_me:
                self.open_visit(dialog.visit_id)
            else:
                self.statusBar().showMessage(tr("Visit planned for {name}.").format(name=dialog.auditor.currentText()))

    def plan_visit(self) -> None:
        """New visit, with the auditor to choose first."""
        from .dialogs.new_visit import NewVisitDialog

        dialog = NewVisitDialog(self.ws, self)
        dialog.auditor.setCurrentIndex(1 if dialog.auditor.count() > 1 else 0)
        with acting_for(self):
            planned = dialog.exec() and dialog.visit_id
        if planned:
            self.refresh()

    def plan_from_csv(self, *, path=None) -> None:  # type: ignore[no-untyped-def]
        from .dialogs.plan_csv import PlanResultDialog, choose_schedule, plan_schedule

        path = path or choose_schedule(self)
        if path is None:
            return
        with acting_for(self):
            result = plan_schedule(self.ws, path, self)
        if result is None:
            return
        self.refresh()
        dialog = PlanResultDialog(path, result, self)
        self.tools["plan_result"] = dialog
        dialog.open()

    def _tool(self, name: str, make) -> QWidget:  # type: ignore[no-untyped-def]
        """One window of each tool, kept until closed; raised when asked for again."""
        w = self.tools.get(name)
        if w is None:
            w = make()
            w.setWindowFlag(Qt.WindowType.Window)
            w.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            w.destroyed.connect(lambda *_: self.tools.pop(name, None))
            w.sig_open_requested.connect(self.open_visit)
            self.tools[name] = w
        w.show()
        w.raise_()
        w.activateWindow()
        return w

    def show_form_designer(self) -> QWidget:
        from .designer import FormDesigner  # loaded when first opened

        def make() -> QWidget:
            w = FormDesigner(self.ws)
            w.sig_form_published.connect(lambda *_: self.sync.controller.sync_now())  # to the server now
            return w

        return self._tool("designer", make)

    def show_review_queue(self) -> QWidget:
        from .review.queue import ReviewQueue

        return self._tool("queue", lambda: ReviewQueue(self.ws, self))

    def show_appeals(self) -> QWidget:
        from .review.appeals_view import AppealsView

        return self._tool("appeals", lambda: AppealsView(self.ws, self))

    def show_dashboard(self) -> QWidget:
        from .dashboard.dashboard import Dashboard

        return self._tool("dashboard", lambda: Dashboard(self.ws, self.client.currentData(), parent=self))

    def export_data(self) -> None:
        from .dialogs.export import ExportDialog

        ExportDialog(self.ws, self.client.currentData(), self.start.day(), self.end.day(), self).exec()

    def export_report(self, *, internal: bool = False) -> None:
        """The client's copy; ``internal``: the firm's, with review notes, overrides and evidence checks."""
        from .reports.export import export_visit

        visit_id = self.selected_visit_id()
        if visit_id is None:
            self.statusBar().showMessage(tr("Select a visit first."), 4000)
            return
        export_visit(self, self.ws, visit_id, internal=internal)

    def export_internal_report(self) -> None:
        self.export_report(internal=True)

    def export_reports(self) -> None:
        from .reports.export import BulkExportDialog

        client, start, end = self.client.currentData(), self.start.day(), self.end.day()
        BulkExportDialog(self.ws, client, start, end, self).exec()

    def report_settings(self) -> None:
        from .reports.settings_dialog import ReportSettingsDialog

        ReportSettingsDialog(self.ws, self).exec()

    def manage(self) -> None:
        from .dialogs.catalog import CatalogDialog

        dialog = CatalogDialog(self.ws, self)
        with acting_for(self):
            dialog.exec()
        if dialog.changed:
            self.refresh()

    def preferences(self) -> None:
        from .dialogs.settings import SettingsDialog

        SettingsDialog(self.ws, self).exec()

    def about(self) -> None:
        QMessageBox.about(self, tr("About Mystery Shop"), about_text(self.ws) + self.update_notice.about_html())

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
        self.sync.stop()
        for window in [*self.visit_windows.values(), *self.tools.values()]:
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
