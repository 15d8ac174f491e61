"""The refusals panel: every change the server did not take, why, both versions, and what to do.

SYNC.md: a refused change stays visible with the reason until a person
resolves it. The list on the left holds the open ones (newest first); the
right side shows one: what it was, the server's reason, the two versions
field by field, advice in words, and the ways out: use mine again (a
conflict the person can still win), keep the server's version, open the
visit, or copy the details for whoever runs the server.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListView,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from mystery_shop.services import sync_status
from mystery_shop.services.sync_status import RefusalRow
from mystery_shop.services.workspace import Workspace

from ..errors import show_error
from ..i18n import tr
from ..theme import colours
from .style import sync_style

Index = QModelIndex | QPersistentModelIndex
ROW_ROLE = Qt.ItemDataRole.UserRole + 1  # the RefusalRow
OP_ROLE = Qt.ItemDataRole.UserRole + 2  # its operation id
BAR = {"conflict": "#d97706", "rejected": "#dc2626"}


class RefusalsModel(QAbstractListModel):
    def __init__(self, rows: list[RefusalRow] | None = None, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[RefusalRow] = list(rows or [])

    def set_rows(self, rows: list[RefusalRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, i: int) -> RefusalRow:
        return self._rows[i]

    def find(self, op_id: str) -> int:
        return next((i for i, r in enumerate(self._rows) if r.op_id == op_id), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        r = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return r.title
        if role == Qt.ItemDataRole.ToolTipRole:
            return r.reason
        if role == ROW_ROLE:
            return r
        if role == OP_ROLE:
            return r.op_id
        return None


class RefusalDelegate(QStyledItemDelegate):
    """Two lines per refusal: what it was (bold), then conflict/refused and the visit; a coloured bar."""

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        return QSize(260, 58)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        row: RefusalRow = index.data(ROW_ROLE)
        c = colours()
        painter.save()
        rect: QRect = option.rect
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        painter.fillRect(rect, QColor(c["accent_soft"] if selected else c["panel"]))
        painter.fillRect(
            QRect(rect.left(), rect.top() + 8, 4, rect.height() - 16), QColor(BAR.get(row.status, "#6b7280"))
        )
        painter.setPen(QColor(c["border"]))
        painter.drawLine(rect.bottomLeft(), rect.bottomRight())
        text = rect.adjusted(14, 8, -10, -8)
        bold = QFont(option.font)
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(QColor(c["text"]))
        metrics = painter.fontMetrics()
        title = metrics.elidedText(row.title, Qt.TextElideMode.ElideRight, text.width())
        painter.drawText(text, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, title)
        painter.setFont(option.font)
        painter.setPen(QColor(c["muted"]))
        kind = tr("Conflict") if row.status == "conflict" else tr("Refused")
        second = " · ".join(p for p in (kind, row.where) if p)
        second = painter.fontMetrics().elidedText(second, Qt.TextElideMode.ElideRight, text.width())
        painter.drawText(text, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom, second)
        painter.restore()


class RefusalsDialog(QDialog):
    sig_open_requested = Signal(str)  # a visit id
    sig_resolved = Signal(str)  # an operation id; "use mine" queued a change to send

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.setWindowTitle(tr("Changes the server did not take"))
        self.setObjectName("refusalsDialog")
        self.setStyleSheet(sync_style())
        self.resize(940, 560)
        col = QVBoxLayout(self)
        col.setContentsMargins(0, 0, 0, 0)
        col.setSpacing(0)

        self.model = RefusalsModel(parent=self)
        self.list = QListView()
        self.list.setObjectName("refusalList")
        self.list.setModel(self.model)
        self.list.setItemDelegate(RefusalDelegate(self.list))
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setMinimumWidth(280)
        self.list.selectionModel().currentChanged.connect(self._current_changed)

        self.pages = QStackedWidget()
        self.detail = self._build_detail()
        self.empty = QLabel(tr("Nothing refused.\n\nEvery change made on this computer reached the server."))
        self.empty.setObjectName("refusalEmpty")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.pages.addWidget(self.detail)
        self.pages.addWidget(self.empty)
        split = QSplitter()
        split.addWidget(self.list)
        split.addWidget(self.pages)
        split.setStretchFactor(1, 1)
        split.setSizes([300, 640])
        col.addWidget(split, 1)

        foot = QFrame()
        foot.setObjectName("visitFooter")
        row = QHBoxLayout(foot)
        row.setContentsMargins(14, 8, 14, 8)
        self.show_resolved = QCheckBox(tr("Show the ones already settled"))
        self.show_resolved.toggled.connect(self.reload)
        close = QPushButton(tr("Close"))
        close.clicked.connect(self.accept)
        row.addWidget(self.show_resolved)
        row.addStretch(1)
        row.addWidget(close)
        col.addWidget(foot)
        self.reload()

    def _build_detail(self) -> QWidget:
        page = QWidget()
        page.setObjectName("refusalDetail")
        col = QVBoxLayout(page)
        col.setContentsMargins(22, 18, 22, 16)
        col.setSpacing(10)
        head = QHBoxLayout()
        self.badge = QLabel()
        self.badge.setObjectName("refusalBadge")
        self.title = QLabel()
        self.title.setObjectName("refusalTitle")
        self.title.setWordWrap(True)
        head.addWidget(self.title, 1)
        head.addWidget(self.badge, 0, Qt.AlignmentFlag.AlignTop)
        col.addLayout(head)
        self.context = QLabel()
        self.context.setObjectName("refusalContext")
        col.addWidget(self.context)
        self.reason = QLabel()
        self.reason.setObjectName("refusalReason")
        self.reason.setWordWrap(True)
        self.reason.setTextFormat(Qt.TextFormat.RichText)
        col.addWidget(self.reason)
        self.versions_label = QLabel(tr("The two versions"))
        self.versions_label.setObjectName("sectionLabel")
        col.addWidget(self.versions_label)
        self.fields = QTableWidget(0, 3)
        self.fields.setObjectName("refusalFields")
        self.fields.setHorizontalHeaderLabels([tr("Field"), tr("On this computer"), tr("On the server")])
        self.fields.verticalHeader().hide()
        self.fields.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.fields.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.fields.setShowGrid(False)
        self.fields.setWordWrap(True)
        self.fields.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        header = self.fields.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        col.addWidget(self.fields)
        label = QLabel(tr("What you can do"))
        label.setObjectName("sectionLabel")
        col.addWidget(label)
        self.advice = QLabel()
        self.advice.setObjectName("refusalAdvice")
        self.advice.setWordWrap(True)
        col.addWidget(self.advice)
        col.addStretch(1)
        buttons = QHBoxLayout()
        self.copy = QPushButton(tr("Copy details"))
        self.copy.clicked.connect(self._copy)
        self.open_visit = QPushButton(tr("Open the visit"))
        self.open_visit.clicked.connect(self._open)
        self.keep = QPushButton(tr("Keep the server's version"))
        self.keep.clicked.connect(self._keep)
        self.mine = QPushButton(tr("Use mine"))
        self.mine.setObjectName("primary")
        self.mine.clicked.connect(self._mine)
        buttons.addWidget(self.copy)
        buttons.addWidget(self.open_visit)
        buttons.addStretch(1)
        buttons.addWidget(self.keep)
        buttons.addWidget(self.mine)
        col.addLayout(buttons)
        return page

    # ------------------------------------------------------------ data

    def reload(self) -> None:
        current = self.current()
        rows = sync_status.refusals(self.ws, include_resolved=self.show_resolved.isChecked())
        self.model.set_rows(rows)
        self.pages.setCurrentWidget(self.detail if rows else self.empty)
        i = max(self.model.find(current.op_id), 0) if current is not None else 0
        if rows:
            self.list.setCurrentIndex(self.model.index(i, 0))

    def current(self) -> RefusalRow | None:
        index = self.list.currentIndex()
        return index.data(ROW_ROLE) if index.isValid() else None

    def _current_changed(self, index: QModelIndex, _previous: QModelIndex) -> None:
        row = index.data(ROW_ROLE) if index.isValid() else None
        if row is not None:
            self.show_row(row)

    def show_row(self, row: RefusalRow) -> None:
        conflict = row.status == "conflict"
        self.title.setText(row.title)
        self.badge.setText(tr("Conflict") if conflict else tr("Refused"))
        self.context.setText(row.context or tr("Not tied to a visit"))
        self.context.setVisible(True)
        when = row.created_at.astimezone().strftime("%Y-%m-%d %H:%M") if row.created_at else ""
        self.reason.setText(
            "<b>" + tr("The server said:") + "</b> " + _html(row.reason[:1].upper() + row.reason[1:])
            + (f"<br><span style='color:{colours()['muted']}'>" + tr("at {when}").format(when=when) + "</span>"
               if when else "")
        )  # fmt: skip
        for w in (self.badge, self.reason):
            w.setProperty("status", row.status)
            w.style().unpolish(w)
            w.style().polish(w)
        self.fields.setRowCount(len(row.fields))
        for i, f in enumerate(row.fields):
            for j, value in enumerate((f.label, f.mine, f.theirs)):
                item = QTableWidgetItem(value)
                if j and f.differs:
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                self.fields.setItem(i, j, item)
        self.fields.resizeRowsToContents()
        rows = sum(self.fields.rowHeight(i) for i in range(self.fields.rowCount()))
        self.fields.setFixedHeight(self.fields.horizontalHeader().height() + rows + 2 * self.fields.frameWidth() + 2)
        self.fields.setVisible(bool(row.fields))
        self.versions_label.setVisible(bool(row.fields))
        self.advice.setText(row.advice)
        self.mine.setVisible(row.can_use_mine)
        self.keep.setText(tr("Keep the server's version") if conflict else tr("Dismiss"))
        self.keep.setVisible(not row.resolved)
        self.open_visit.setVisible(row.visit_id is not None)

    # ------------------------------------------------------------ actions

    def _keep(self) -> None:
        row = self.current()
        if row is not None:
            sync_status.dismiss(self.ws, row.op_id)
            self.reload()

    def _mine(self) -> None:
        row = self.current()
        if row is None:
            return
        try:
            sync_status.use_mine(self.ws, row.op_id)
        except Exception as e:
            show_error(self, e)
            return
        self.sig_resolved.emit(row.op_id)
        self.reload()

    def _open(self) -> None:
        row = self.current()
        if row is not None and row.visit_id:
            self.sig_open_requested.emit(row.visit_id)

    def _copy(self) -> None:
        row = self.current()
        if row is not None:
            QGuiApplication.clipboard().setText(row.details())


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
