"""Supervise → Appeals: the clients' appeals, oldest first, and one of them beside the finding it disputes.

The list shows when each was filed, how many days it is open and when the
client's appeal window closes. The detail puts the question, the auditor's
answer, comment and photos beside the appeal's argument and evidence; the
supervisor asks the auditor for their account, declines with a reply, or
accepts with the question's new points (an override with the appeal as its
reason: services/appeals.py). Everything is inline, no dialog: a reply is
typed where it is read.
"""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from mystery_shop.domain import appeals as ap
from mystery_shop.services import appeals
from mystery_shop.services.appeals import AppealRow
from mystery_shop.services.rows import ServiceError
from mystery_shop.services.workspace import Workspace

from ..errors import show_error
from ..i18n import message_text, number_text, tr
from .answer_view import answer_text
from .photo_gallery import PhotoGallery

COLUMNS = [
    ("filed", "Filed"),
    ("days", "Days open"),
    ("deadline", "Window closes"),
    ("client", "Client"),
    ("location", "Location"),
    ("question", "Question"),
    ("state", "State"),
]


def _day(t: dt.datetime | None) -> str:
    return t.astimezone().date().isoformat() if t is not None else "—"


class AppealsView(QWidget):
    sig_open_requested = Signal(str)  # visit id (the main window opens its review)
    sig_decided = Signal(str)  # appeal id

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.rows: list[AppealRow] = []
        self.setWindowTitle(tr("Appeals"))
        self.resize(1280, 760)
        col = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.all = QCheckBox(tr("Show decided appeals too"))
        self.all.toggled.connect(self.refresh)
        self.count = QLabel()
        self.count.setProperty("muted", True)
        refresh = QPushButton(tr("Refresh"))
        refresh.clicked.connect(self.refresh)
        self.refresh_button = refresh
        bar.addWidget(self.all)
        bar.addStretch(1)
        bar.addWidget(self.count)
        bar.addWidget(refresh)
        col.addLayout(bar)
        split = QSplitter()
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setHorizontalHeaderLabels([tr(label) for _, label in COLUMNS])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.itemSelectionChanged.connect(self._show_selected)
        split.addWidget(self.table)
        self.detail = QScrollArea()
        self.detail.setWidgetResizable(True)
        split.addWidget(self.detail)
        split.setSizes([560, 720])
        col.addWidget(split, 1)
        self.refresh()

    # ------------------------------------------------------------ the list

    def refresh(self) -> None:
        current = self.current.id if self.current is not None else None
        self.rows = appeals.appeals(self.ws, open_only=not self.all.isChecked())
        now = dt.datetime.now(dt.UTC)
        self.table.setRowCount(len(self.rows))
        for i, r in enumerate(self.rows):  # oldest first, as the service gives them
            question = self._question_text(r)
            cells = [_day(r.filed_at), str(r.days_open(now)), _day(r.deadline), r.client, r.location, question,
                     message_text(r.state.label)]  # fmt: skip
            for j, text in enumerate(cells):
                self.table.setItem(i, j, QTableWidgetItem(text))
        self.count.setText(tr("{n} open").format(n=sum(1 for r in self.rows if r.state.is_open)))
        ids = [r.id for r in self.rows]
        self.table.blockSignals(True)
        self.table.selectRow(ids.index(current) if current in ids else 0)
        self.table.blockSignals(False)
        self._show_selected()  # (built again: the same row selected again says nothing)
        if not self.rows:
            self.detail.setWidget(_empty(tr("No appeals waiting.")))

    @property
    def current(self) -> AppealRow | None:
        i = self.table.currentRow() if hasattr(self, "table") else -1
        return self.rows[i] if 0 <= i < len(self.rows) else None

    def _question_text(self, r: AppealRow) -> str:
        try:
            ed = self.ws.open_visit(r.visit_id)
        except Exception:
            return r.question_id
        q = ed.form.question(r.question_id)
        return q.text if q is not None else r.question_id

    # ------------------------------------------------------------ one appeal

    def _show_selected(self) -> None:
        r = self.current
        if r is None:
            return
        self.detail.setWidget(self._detail(r))

    def _detail(self, r: AppealRow) -> QWidget:
        page = QWidget()
        col = QVBoxLayout(page)
        ed = self.ws.open_visit(r.visit_id)
        q = ed.question(r.question_id)
        result = ed.score.questions.get(q.id)
        sides = QHBoxLayout()
        finding = QFrame()
        finding.setObjectName("card")
        f = QFormLayout(finding)
        head = QLabel(f"<b>{q.text}</b>")
        head.setWordWrap(True)
        f.addRow(head)
        f.addRow(tr("Visit"), QLabel(f"{r.location}, {r.scheduled_date.isoformat()}"))
        f.addRow(tr("Answer"), _wrap(answer_text(q, ed.answers.values.get(q.id)) or tr("(not answered)")))
        points = "—" if result is None or result.earned is None else (
            f"{number_text(result.earned, 2)} / {number_text(result.possible, 2)}")  # fmt: skip
        f.addRow(tr("Points"), QLabel(points))
        f.addRow(tr("Auditor's comment"), _wrap(ed.comments.get(q.id, "") or "—"))
        section = ed.form.section_of(q.id)
        if section is not None:
            photos = [p for p in ed.photos() if p.section_id == section.id]
            if photos:
                f.addRow(PhotoGallery(ed, section, photos, {}))
        sides.addWidget(finding, 1)
        appeal = QFrame()
        appeal.setObjectName("card")
        a = QFormLayout(appeal)
        a.addRow(QLabel("<b>" + tr("The appeal") + "</b>"))
        a.addRow(tr("About"), _wrap(message_text(r.category.label)))
        a.addRow(tr("Filed"), QLabel(_day(r.filed_at)))
        a.addRow(tr("Window closes"), QLabel(_day(r.deadline)))
        a.addRow(tr("State"), QLabel(message_text(r.state.label)))
        a.addRow(tr("Argument"), _wrap(r.argument))
        self.evidence = QListWidget()
        for e in r.files:
            item = QListWidgetItem(e.filename)  # (the name as the client gave it)
            item.setData(256, e.sha256)
            self.evidence.addItem(item)
        self.evidence.setFixedHeight(24 * max(1, len(r.files)) + 8)
        self.evidence.itemActivated.connect(self._open_evidence)
        a.addRow(tr("Evidence"), self.evidence if r.files else QLabel("—"))
        for acc in r.accounts:
            who = tr("Asked the auditor") if acc.what == "request" else tr("The auditor's account")
            a.addRow(who, _wrap(acc.text))
        if r.outcome_reply:
            a.addRow(tr("Reply"), _wrap(r.outcome_reply))
        sides.addWidget(appeal, 1)
        col.addLayout(sides)
        if r.state.is_open:
            col.addWidget(self._decision_box(r, number_text(result.possible, 2) if result else "—"))
        open_visit = QPushButton(tr("Open the visit"))
        open_visit.clicked.connect(lambda: self.sig_open_requested.emit(r.visit_id))
        self.open_visit_button = open_visit
        col.addWidget(open_visit)
        col.addStretch(1)
        return page

    def _decision_box(self, r: AppealRow, possible: str) -> QWidget:
        box = QFrame()
        box.setObjectName("card")
        form = QFormLayout(box)
        self.reply = QPlainTextEdit()
        self.reply.setPlaceholderText(tr("The reply the client reads (or the question to the auditor)"))
        self.reply.setFixedHeight(80)
        form.addRow(tr("Reply"), self.reply)
        self.points = QLineEdit()
        self.points.setPlaceholderText(tr("New points, up to {max}").format(max=possible))
        form.addRow(tr("Points if accepted"), self.points)
        buttons = QHBoxLayout()
        self.ask_button = QPushButton(tr("Ask the auditor"))
        self.decline_button = QPushButton(tr("Decline"))
        self.accept_button = QPushButton(tr("Accept"))
        self.accept_button.setProperty("primary", True)
        self.ask_button.clicked.connect(lambda: self._act(lambda: appeals.ask_auditor(self.ws, r.id, self._reply())))
        self.decline_button.clicked.connect(lambda: self._act(lambda: appeals.decline(self.ws, r.id, self._reply()),
                                                              decided=r.id))  # fmt: skip
        self.accept_button.clicked.connect(
            lambda: self._act(lambda: appeals.accept(self.ws, r.id, self.points.text().strip(), self._reply()),
                              decided=r.id)
        )  # fmt: skip
        for b in (self.ask_button, self.decline_button, self.accept_button):
            buttons.addWidget(b)
        form.addRow(buttons)
        if r.state is ap.State.ACCOUNT_ASKED:
            self.ask_button.setEnabled(False)
            self.ask_button.setToolTip(tr("Waiting for the auditor's account"))
        return box

    def _reply(self) -> str:
        return self.reply.toPlainText()

    def _act(self, action, decided: str | None = None) -> None:  # type: ignore[no-untyped-def]
        """Do it; a refusal is shown and nothing typed is lost (the pane stays as it was)."""
        try:
            action()
        except Exception as e:
            show_error(self, e)
            return
        self.refresh()
        if decided:
            self.sig_decided.emit(decided)

    def _open_evidence(self, item: QListWidgetItem) -> None:
        """Open an evidence file in the computer's viewer, as a copy named as the client named it (the blob has
        no extension for the viewer to go by); not yet downloaded: said so."""
        r = self.current
        sha = item.data(256)
        found = next((e for e in r.files if e.sha256 == sha), None) if r is not None else None
        if found is None or not self.ws.blobs.has(found.sha256):
            show_error(self, ServiceError(tr("This file is not on this laptop yet: sync first.")))
            return
        folder = self.ws.profile.root / "evidence"
        folder.mkdir(exist_ok=True)
        name = "".join(c if c.isalnum() or c in "._- " else "_" for c in Path(found.filename).name) or "evidence"
        copy = folder / f"{found.sha256[:8]}-{name}"
        if not copy.exists():
            shutil.copyfile(self.ws.blobs.path(found.sha256), copy)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(copy)))


def _wrap(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    return label


def _empty(text: str) -> QWidget:
    label = QLabel(text)
    label.setObjectName("emptyState")
    return label
