"""The form designer: a window for supervisors and admins to build a form without writing YAML.

Tree of touchpoints and questions on the left, the selected item's properties
in the middle, the live preview on the right, the form's problems below. The
editing itself (and its undo) is ``services.form_designer.FormDraft``.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QScrollArea,
    QSplitter,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from mystery_shop.domain.form_rules import format_path
from mystery_shop.domain.forms import QuestionType
from mystery_shop.formats import FormError
from mystery_shop.formats.xlsform_export import export_xlsform
from mystery_shop.formats.xlsform_import import import_xlsform
from mystery_shop.formats.xlsform_sheets import NotAnXlsForm
from mystery_shop.services.form_designer import FormDraft, blank_form, open_from_profile, taken_version
from mystery_shop.services.rows import ServiceError
from mystery_shop.services.workspace import Workspace

from .. import errors
from ..i18n import message_text, tr
from .checks_panel import ChecksPanel
from .panels import TYPE_NAMES, FormPanel, QuestionPanel, SectionPanel
from .preview import PreviewPane
from .tree import PATH_ROLE, FormTree, Where

log = logging.getLogger(__name__)


class FormDesigner(QMainWindow):
    sig_form_published = Signal(str, int)  # form id, version
    sig_open_requested = Signal(str)  # the main window's tools all have it; the designer opens no visits

    def __init__(self, ws: Workspace, draft: FormDraft | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.setWindowTitle(tr("Form designer"))
        self.resize(1400, 860)
        self.draft = draft or FormDraft(blank_form(), taken=taken_version(ws, "new-form"))
        self.selected: Where | None = None
        self.check_row: int | None = None  # the checks panel is shown, at this check (None: another panel)
        self.panel: QWidget | None = None

        self.tree = FormTree()
        self.tree.currentItemChanged.connect(self._selection_changed)
        self.tree.sig_move_requested.connect(self.move)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree.customContextMenuRequested.connect(self._context_menu)
        self.panel_area = QScrollArea()
        self.panel_area.setWidgetResizable(True)
        self.panel_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.preview = PreviewPane()
        self.problems = QListWidget()
        self.problems.setObjectName("designerProblems")
        self.problems.setMaximumHeight(120)
        self.problems.itemActivated.connect(self._go_to_problem)
        self.problems.itemClicked.connect(self._go_to_problem)

        left = QWidget()
        col = QVBoxLayout(left)
        col.setContentsMargins(0, 0, 0, 0)
        col.addWidget(self.tree, 1)
        col.addWidget(QLabel(tr("Problems")))
        col.addWidget(self.problems)
        split = QSplitter()
        split.addWidget(left)
        split.addWidget(self.panel_area)
        split.addWidget(self.preview)
        split.setSizes([330, 480, 590])
        self.setCentralWidget(split)
        self._build_actions()
        self.refresh(select=(0, 0) if self.draft.form.sections and self.draft.form.sections[0].questions else None)

    # ------------------------------------------------------------ actions

    def _build_actions(self) -> None:
        bar = QToolBar(tr("Designer"))
        bar.setObjectName("designerToolbar")
        self.addToolBar(bar)
        file_menu = self.menuBar().addMenu(tr("&Form"))
        edit_menu = self.menuBar().addMenu(tr("&Edit"))
        self.actions: dict[str, QAction] = {}
        specs = [
            ("new", tr("New form"), QKeySequence.StandardKey.New, self.new_form, file_menu, False),
            ("open", tr("Open file…"), QKeySequence.StandardKey.Open, self.open_file, file_menu, True),
            ("open_profile", tr("Open from this profile…"), QKeySequence(), self.open_profile_form, file_menu, False),
            ("import", tr("Import XLSForm…"), QKeySequence(), self.import_xlsform, file_menu, False),
            ("export", tr("Export XLSForm…"), QKeySequence(), self.export_xlsform, file_menu, False),
            ("save", tr("Save"), QKeySequence.StandardKey.Save, self.save, file_menu, True),
            ("save_as", tr("Save as…"), QKeySequence.StandardKey.SaveAs, self.save_as, file_menu, False),
            ("publish", tr("Publish"), QKeySequence("Ctrl+Shift+U"), self.publish, file_menu, True),
            ("form", tr("Form settings"), QKeySequence(), self.select_form, edit_menu, True),
            ("checks", tr("Quality checks"), QKeySequence("Ctrl+Shift+K"), self.select_checks, edit_menu, True),
            ("undo", tr("Undo"), QKeySequence.StandardKey.Undo, self.undo, edit_menu, True),
            ("redo", tr("Redo"), QKeySequence.StandardKey.Redo, self.redo, edit_menu, True),
            (
                "add_touchpoint",
                tr("Add touchpoint"),
                QKeySequence("Ctrl+Shift+T"),
                self.add_touchpoint,
                edit_menu,
                True,
            ),
            ("add_question", tr("Add question"), QKeySequence("Ctrl+Shift+Q"), self.add_question, edit_menu, True),
            ("duplicate", tr("Duplicate"), QKeySequence("Ctrl+D"), self.duplicate, edit_menu, True),
            ("delete", tr("Delete"), QKeySequence.StandardKey.Delete, self.delete, edit_menu, True),
        ]
        for key, text, keys, slot, menu, on_bar in specs:
            action = QAction(text, self)
            action.setShortcut(keys)
            action.triggered.connect(slot)
            menu.addAction(action)
            if on_bar:
                bar.addAction(action)
            self.actions[key] = action

    def _context_menu(self, pos: object) -> None:
        menu = QMenu(self)
        for key in ("add_question", "add_touchpoint", "duplicate", "delete"):
            menu.addAction(self.actions[key])
        menu.exec(self.tree.viewport().mapToGlobal(pos))

    # ------------------------------------------------------------ showing the draft

    def refresh(self, select: Where | None = None, *, keep_panel: bool = False) -> None:
        """Show the draft again after an edit: tree, problems, panel, preview, title, actions."""
        d = self.draft
        if select is not None:
            self.selected = select
            self.check_row = None
        if self.selected is not None and not self._exists(self.selected):
            self.selected = (0,) if d.form.sections else None
        by_item: dict[Where, list[str]] = {}
        self.problems.clear()
        for p in d.problems():
            where = _item_of(p.path)
            line = f"{format_path(p.path)}: {message_text(p.message)}"
            by_item.setdefault(where, []).append(line)
            if len(where) == 2:
                by_item.setdefault(where[:1], [])
            item = QListWidgetItem(line)
            item.setData(PATH_ROLE, where)
            self.problems.addItem(item)
        self.tree.fill(d.form, by_item, self.selected)
        if not keep_panel:
            self._show_panel()
        self.preview.show_form(d.form, len(d.problems()))
        name = d.path.name if d.path else tr("unsaved")
        self.setWindowTitle(
            tr("Form designer — {title} v{v} ({file})").format(title=d.form.title, v=d.version_to_save, file=name)
            + (" *" if d.dirty else "")
        )
        self.actions["undo"].setEnabled(d.undo_label is not None)
        self.actions["undo"].setToolTip(tr("Undo {what}").format(what=d.undo_label) if d.undo_label else tr("Undo"))
        self.actions["redo"].setToolTip(tr("Redo {what}").format(what=d.redo_label) if d.redo_label else tr("Redo"))
        self.actions["redo"].setEnabled(d.redo_label is not None)
        self.actions["publish"].setEnabled(not d.dirty and d.source is not None)

    def _exists(self, where: Where) -> bool:
        sections = self.draft.form.sections
        return where[0] < len(sections) and (len(where) == 1 or where[1] < len(sections[where[0]].questions))

    def _show_panel(self) -> None:
        w = self.selected
        d = self.draft
        if self.check_row is not None:
            panel: QWidget = ChecksPanel(d, self.check_row)
            panel.sig_row_changed.connect(lambda row: self.select_checks(row=row))  # type: ignore[attr-defined]
        elif w is None:
            panel = FormPanel(d)
        elif len(w) == 1:
            panel = SectionPanel(d, w[0])
        else:
            panel = QuestionPanel(d, w[0], w[1])
        panel.sig_edited.connect(self._edited)  # type: ignore[attr-defined]
        panel.shape = self._panel_shape()  # type: ignore[attr-defined]
        self.panel = panel
        old = self.panel_area.takeWidget()
        if old is not None:
            old.hide()
            old.deleteLater()  # not now: the edit that rebuilds the panel may come from one of its widgets
        self.panel_area.setWidget(panel)

    def _selection_changed(self, current: QListWidgetItem | None, _previous: object) -> None:
        if current is None:
            return
        self.selected = tuple(current.data(0, PATH_ROLE))  # type: ignore[call-arg]
        self.check_row = None
        self._show_panel()

    def _edited(self) -> None:
        """An edit in the panel: the panel stays (keeping the focus) unless its fields must change."""
        panel = self.panel
        if panel is not None and getattr(panel, "shape", None) == self._panel_shape():
            self.refresh(keep_panel=True)
            panel.load()  # type: ignore[attr-defined]
        else:
            self.refresh()

    def _panel_shape(self) -> tuple[object, ...]:
        if self.check_row is not None:
            return ChecksPanel.shape_of(self.draft, self.check_row)
        return _shape(self.draft, self.selected)

    def select_checks(self, *, row: int = 0) -> None:
        """Show the form's quality checks, with check ``row`` open (the first when there is no such row)."""
        self.selected = None
        self.check_row = max(0, min(row, len(self.draft.form.checks) - 1))
        self.tree.clearSelection()
        self.tree.setCurrentItem(None)
        self.refresh()

    def select_form(self) -> None:
        """Show the form's own properties (title, languages, grade bands)."""
        self.selected = None
        self.check_row = None
        self.tree.clearSelection()
        self.tree.setCurrentItem(None)
        self._show_panel()

    def _go_to_problem(self, item: QListWidgetItem) -> None:
        where = tuple(item.data(PATH_ROLE))
        if where[:1] == ("checks",):
            self.select_checks(row=int(where[1]))
        elif where:
            self.refresh(select=where)
        else:
            self.select_form()

    # ------------------------------------------------------------ edits

    def add_touchpoint(self) -> None:
        after = self.selected[0] + 1 if self.selected else None
        si = self.draft.add_section(after)
        self.refresh(select=(si,))

    def add_question(self, *, qtype: QuestionType = QuestionType.YES_NO) -> None:
        if not self.draft.form.sections:
            self.draft.add_section()
        w = self.selected or (len(self.draft.form.sections) - 1,)
        index = w[1] + 1 if len(w) == 2 else None
        qi = self.draft.add_question(w[0], index, qtype)
        self.refresh(select=(w[0], qi))

    def duplicate(self) -> None:
        w = self.selected
        if w is None:
            return
        if len(w) == 1:
            self.refresh(select=(self.draft.duplicate_section(w[0]),))
        else:
            self.refresh(select=(w[0], self.draft.duplicate_question(*w)))

    def delete(self) -> None:
        w = self.selected
        if w is None:
            return
        if len(w) == 1:
            self.draft.delete_section(w[0])
            self.selected = (max(0, w[0] - 1),)
        else:
            self.draft.delete_question(*w)
            self.selected = (w[0], w[1] - 1) if w[1] > 0 else (w[0],)
        self.statusBar().showMessage(
            tr("{what} — Undo (Ctrl+Z) brings it back").format(what=self.draft.undo_label or ""), 8000
        )
        self.refresh()

    def move(self, src: Where, dst: Where) -> None:
        if len(src) == 1:
            self.draft.move_section(src[0], dst[0])
        else:
            self.draft.move_question(src, dst)  # type: ignore[arg-type]
        self.refresh(select=dst)

    def undo(self) -> None:
        label = self.draft.undo()
        if label:
            self.statusBar().showMessage(tr("Undone: {what}").format(what=label), 5000)
        self.refresh()

    def redo(self) -> None:
        label = self.draft.redo()
        if label:
            self.statusBar().showMessage(tr("Redone: {what}").format(what=label), 5000)
        self.refresh()

    # ------------------------------------------------------------ files, profile, server

    def choose_path(self, title: str, filter_: str, save: bool, suggested: str = "") -> Path | None:
        """The file dialog (patched in tests)."""
        fn = QFileDialog.getSaveFileName if save else QFileDialog.getOpenFileName
        path, _ = fn(self, title, suggested, filter_)
        return Path(path) if path else None

    def _replace_draft(self, draft: FormDraft) -> bool:
        if self.draft.dirty and not errors.dialogs.confirm(
            self, tr("Unsaved changes"), tr("Discard the changes to this form?")
        ):
            return False
        self.draft = draft
        self.refresh(select=(0,) if draft.form.sections else None)
        return True

    def new_form(self) -> None:
        self._replace_draft(FormDraft(blank_form(), taken=taken_version(self.ws, "new-form")))

    def open_file(self, *, path: Path | None = None) -> None:
        path = path or self.choose_path(tr("Open a form"), tr("Audit forms (*.yaml *.yml)"), save=False)
        if path is None:
            return
        try:
            draft = FormDraft.from_file(path)
        except (FormError, OSError) as e:
            errors.show_error(self, e if isinstance(e, FormError) else ServiceError(str(e)), tr("Cannot open the form"))
            return
        draft.taken = taken_version(self.ws, draft.form.id)
        self._replace_draft(draft)

    def open_profile_form(self) -> None:
        rows = self.ws.forms(include_archived=True)
        if not rows:
            errors.dialogs.info(self, tr("No forms"), tr("This profile has no forms yet."))
            return
        names = [f"{r.title} ({r.form_id} v{r.version})" for r in rows]
        chosen, ok = QInputDialog.getItem(self, tr("Open a form"), tr("Form:"), names, 0, False)
        if ok:
            r = rows[names.index(chosen)]
            self._replace_draft(open_from_profile(self.ws, r.form_id, r.version))

    def import_xlsform(self, *, path: Path | None = None) -> list[str]:
        """Read an XLSForm into a new draft; returns (and shows) what was not carried over."""
        path = path or self.choose_path(tr("Import an XLSForm"), tr("XLSForm workbooks (*.xlsx)"), save=False)
        if path is None:
            return []
        try:
            result = import_xlsform(path, name=path.name)
        except NotAnXlsForm as e:
            errors.dialogs.error(self, tr("Not an XLSForm"), f"{path.name}: {message_text(e)}")
            return [str(e)]
        lines = [message_text(p.text) for p in result.problems]  # the reasons in the app's language
        if result.form is None:
            errors.dialogs.error(self, tr("Cannot import the workbook"), "\n".join(lines))
            return lines
        if self._replace_draft(FormDraft(result.form, taken=taken_version(self.ws, result.form.id))) and lines:
            errors.dialogs.info(self, tr("Imported, with notes"), tr("Not carried over:") + "\n" + "\n".join(lines))
        return lines

    def export_xlsform(self) -> None:
        if self.draft.problems():
            errors.dialogs.error(self, tr("Cannot export"), tr("Fix the problems shown in red first."))
            return
        path = self.choose_path(
            tr("Export as XLSForm"), tr("XLSForm workbooks (*.xlsx)"), save=True, suggested=f"{self.draft.form.id}.xlsx"
        )
        if path is not None:
            export_xlsform(self.draft.form, path)
            self.statusBar().showMessage(tr("Exported to {p}").format(p=path), 5000)

    def save(self) -> bool:
        if self.draft.path is None:
            return self.save_as()
        return self._save(None)

    def save_as(self) -> bool:
        path = self.choose_path(
            tr("Save the form"), tr("Audit forms (*.yaml)"), save=True, suggested=f"{self.draft.form.id}.yaml"
        )
        return path is not None and self._save(path)

    def _save(self, path: Path | None) -> bool:
        try:
            saved = self.draft.save(path)
        except ServiceError as e:
            errors.show_error(self, e, tr("Cannot save"))
            return False
        self.statusBar().showMessage(tr("Saved version {v} to {p}").format(v=self.draft.form.version, p=saved), 5000)
        self.refresh()
        return True

    def publish(self) -> None:
        """Add the saved version to the profile; sync sends it to the server (the main window starts one)."""
        try:
            row = self.draft.publish(self.ws)
        except (ServiceError, FormError) as e:
            errors.show_error(self, e, tr("Cannot publish"))
            return
        self.statusBar().showMessage(
            tr("Published {id} version {v}: it goes to the server at the next sync").format(
                id=row.form_id, v=row.version
            ),
            8000,
        )
        self.sig_form_published.emit(row.form_id, row.version)
        self.refresh()

    def closeEvent(self, e: QCloseEvent) -> None:
        if (
            self.draft.dirty
            and self.isVisible()
            and not errors.dialogs.confirm(self, tr("Unsaved changes"), tr("Close without saving the form?"))
        ):
            e.ignore()
            return
        super().closeEvent(e)


def _shape(draft: FormDraft, where: Where | None) -> tuple[object, ...]:
    """What decides which fields a panel has: the languages, and a question's type and show_if parent."""
    if where is not None and len(where) == 2:
        q = draft.question(*where)
        return (draft.form.languages, q.type, q.show_if.question if q.show_if else None, len(draft.form.sections))
    return (draft.form.languages, where)


def _item_of(path: tuple[str | int, ...]) -> Where:
    """The tree item a problem's path belongs to: (si, qi), (si,) or () for the form."""
    if len(path) >= 4 and path[0] == "sections" and path[2] == "questions":
        return (int(path[1]), int(path[3]))
    if len(path) >= 2 and path[0] == "sections" and isinstance(path[1], int):
        return (int(path[1]),)
    if len(path) >= 2 and path[0] == "checks" and isinstance(path[1], int):
        return ("checks", int(path[1]))  # type: ignore[return-value]
    return ()


__all__ = ["TYPE_NAMES", "FormDesigner"]
