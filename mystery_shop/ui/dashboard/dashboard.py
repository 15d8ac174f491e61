"""The dashboard of a client and period: "how are our stores doing?" in one glance.

Mean score over time, locations ranked, a touchpoint-by-location heat map,
stage scores, CSAT %, NPS, CES and the most failed questions. The figures come
from ``services.period.load_period(...).figures()``, the same call the period
report makes, so the two always agree; every figure clicks through to the
visits behind it (``domain.drill``).
"""

from __future__ import annotations

import datetime as dt
import logging

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from mystery_shop.domain.drill import Figure, Kind, visits_behind
from mystery_shop.domain.figures import PeriodFigures
from mystery_shop.domain.numbers import NPS_PLACES
from mystery_shop.domain.periods import DEFAULT_DAYS, PRESETS, preset_range
from mystery_shop.services.period import load_period
from mystery_shop.services.workspace import Workspace

from ..errors import show_error
from ..i18n import date_text, label_text, number_text, tr, trn
from ..models.heat_map import KEY_ROLE, HeatMapModel
from ..tasks import run_task
from ..widgets.period import client_combo, date_edit
from .charts import Bar, BarChart

log = logging.getLogger(__name__)


class Tile(QFrame):
    """One headline figure; a click asks for the visits behind it."""

    sig_clicked = Signal()

    def __init__(self, label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("kpiTile")
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        col = QVBoxLayout(self)
        col.setContentsMargins(16, 12, 16, 12)
        col.setSpacing(2)
        name = QLabel(label)
        name.setObjectName("kpiLabel")
        self.value = QLabel("—")
        self.value.setObjectName("kpiValue")
        self.note = QLabel()
        self.note.setObjectName("kpiNote")
        for w in (name, self.value, self.note):
            col.addWidget(w)

    def set(self, value: str, note: str) -> None:
        self.value.setText(value)
        self.note.setText(note)

    def mouseReleaseEvent(self, e) -> None:  # type: ignore[no-untyped-def]
        if e.button() == Qt.MouseButton.LeftButton:
            self.sig_clicked.emit()


def panel(title: str, body: QWidget, hint: str = "") -> QFrame:
    box = QFrame()
    box.setObjectName("panel")
    col = QVBoxLayout(box)
    col.setContentsMargins(14, 10, 14, 12)
    head = QLabel(title)
    head.setObjectName("panelTitle")
    col.addWidget(head)
    if hint:
        note = QLabel(hint)
        note.setProperty("muted", True)
        note.setWordWrap(True)
        col.addWidget(note)
    col.addWidget(body, 1)
    return box


class Dashboard(QWidget):
    sig_loaded = Signal()
    sig_drill = Signal(str, list)  # title, visit ids
    sig_open_requested = Signal(str)  # visit id (from the drill-down list)

    def __init__(
        self,
        ws: Workspace,
        client_id: str | None = None,
        start: dt.date | None = None,
        end: dt.date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ws = ws
        self.figures: PeriodFigures | None = None
        self.client_name = ""
        self.setObjectName("dashboard")
        self.setWindowTitle(tr("Dashboard"))
        self.resize(1360, 900)
        col = QVBoxLayout(self)
        col.setContentsMargins(0, 0, 0, 0)
        col.setSpacing(0)
        col.addWidget(self._build_bar(client_id, start, end))
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self._build_body())
        col.addWidget(scroll, 1)
        self.sig_drill.connect(self._show_visits)
        self.load()

    # ------------------------------------------------------------ building

    def _build_bar(self, client_id: str | None, start: dt.date | None, end: dt.date | None) -> QWidget:
        box = QFrame()
        box.setObjectName("filterBar")
        row = QHBoxLayout(box)
        row.setContentsMargins(12, 8, 12, 8)
        self.client = client_combo(self.ws, client_id)
        self.preset = QComboBox()
        for text, days in PRESETS:
            self.preset.addItem(tr(text), days)
        today = dt.date.today()
        self.start = date_edit(start or today - dt.timedelta(days=DEFAULT_DAYS))
        self.end = date_edit(end or today)
        if start or end:
            chosen = (self.start.date().toPython(), self.end.date().toPython())
            match = [i for i, (_, days) in enumerate(PRESETS) if days and preset_range(days) == chosen]
            self.preset.setCurrentIndex(match[0] if match else len(PRESETS) - 1)
        self.status = QLabel()
        self.status.setProperty("muted", True)
        self.export_button = QPushButton(tr("Export data…"))
        self.export_button.clicked.connect(self.export)
        row.addWidget(QLabel(tr("Client")))
        row.addWidget(self.client, 1)
        row.addSpacing(12)
        row.addWidget(self.preset)
        row.addWidget(self.start)
        row.addWidget(QLabel("–"))
        row.addWidget(self.end)
        row.addStretch(1)
        row.addWidget(self.status)
        row.addWidget(self.export_button)
        self.client.currentIndexChanged.connect(self.load)
        self.preset.currentIndexChanged.connect(self._preset_chosen)
        self.start.dateChanged.connect(self._dates_edited)
        self.end.dateChanged.connect(self._dates_edited)
        return box

    def _build_body(self) -> QWidget:
        body = QWidget()
        grid = QGridLayout(body)
        grid.setContentsMargins(16, 16, 16, 16)
        grid.setSpacing(14)
        tiles = QHBoxLayout()
        tiles.setSpacing(14)
        self.tiles: dict[Kind, Tile] = {}
        for kind, label in (
            (Kind.TOTAL, tr("Mean score")),
            (Kind.CSAT, tr("CSAT")),
            (Kind.NPS, tr("NPS")),
            (Kind.CES, tr("CES")),
        ):
            tile = Tile(label)
            tile.sig_clicked.connect(lambda k=kind: self.drill(Figure(k)))
            self.tiles[kind] = tile
            tiles.addWidget(tile)
        grid.addLayout(tiles, 0, 0, 1, 2)
        self.months = BarChart()
        self.months.sig_bar_clicked.connect(lambda key: self.drill(Figure(Kind.MONTH, key)))
        self.locations = BarChart(horizontal=True)
        self.locations.sig_bar_clicked.connect(lambda key: self.drill(Figure(Kind.LOCATION, key)))
        self.stages = BarChart(horizontal=True)
        self.stages.sig_bar_clicked.connect(lambda key: self.drill(Figure(Kind.STAGE, key)))
        self.failed = BarChart(horizontal=True, bad=True)
        self.failed.sig_bar_clicked.connect(lambda key: self.drill(Figure(Kind.FAILED, key)))
        self.heat_model = HeatMapModel(self)
        self.heat = QTableView()
        self.heat.setObjectName("heatMap")
        self.heat.setModel(self.heat_model)
        self.heat.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.heat.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.heat.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.heat.horizontalHeader().setMinimumSectionSize(90)
        self.heat.verticalHeader().setDefaultSectionSize(30)
        self.heat.clicked.connect(lambda index: self.drill(Figure(Kind.CELL, index.data(KEY_ROLE))))
        grid.addWidget(panel(tr("Mean score by month"), self.months), 1, 0)
        grid.addWidget(panel(tr("Locations ranked"), self.locations), 1, 1)
        grid.addWidget(
            panel(tr("Touchpoints by location"), self.heat, tr("Mean touchpoint score; click a cell for its visits.")),
            2,
            0,
            1,
            2,
        )
        grid.addWidget(panel(tr("Journey stages"), self.stages), 3, 0)
        grid.addWidget(
            panel(tr("Most failed questions"), self.failed, tr("% of visits where the question earned nothing")), 3, 1
        )
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        grid.setRowStretch(4, 1)
        return body

    # ------------------------------------------------------------ loading

    def period(self) -> tuple[str | None, dt.date, dt.date]:
        return self.client.currentData(), self.start.date().toPython(), self.end.date().toPython()

    def _preset_chosen(self) -> None:
        days = self.preset.currentData()
        if not days:
            return
        for edit, value in zip((self.start, self.end), preset_range(days), strict=True):
            edit.blockSignals(True)
            edit.setDate(QDate(value))
            edit.blockSignals(False)
        self.load()

    def _dates_edited(self) -> None:
        self.preset.blockSignals(True)
        self.preset.setCurrentIndex(len(PRESETS) - 1)
        self.preset.blockSignals(False)
        self.load()

    def load(self) -> None:
        client, start, end = self.period()
        if client is None:
            self.status.setText(tr("Add a client first."))
            return
        self.status.setText(tr("Loading…"))
        ws = self.ws

        def work():  # type: ignore[no-untyped-def]  # on the pool: the load and the figures, never the UI thread
            period = load_period(ws, client, start, end)
            return period, period.figures()

        run_task(work, self._loaded, self._failed)

    def _failed(self, error: BaseException) -> None:
        self.status.setText("")
        show_error(self, error)

    def _loaded(self, result) -> None:  # type: ignore[no-untyped-def]
        period, figures = result
        if (period.client_id, period.start, period.end) != self.period():
            return  # the choice changed while loading; the newer load will arrive
        self.client_name = period.client
        self.show_figures(figures)

    def show_figures(self, f: PeriodFigures) -> None:
        self.figures = f
        n = len(f.visits)
        self.status.setText(trn("%Ln approved or published visit(s)", n))
        totals = f.totals
        self.tiles[Kind.TOTAL].set(
            number_text(totals.mean) if totals else "—",
            trn("%n scored visit(s) · {lo} to {hi}", totals.count).format(
                lo=number_text(totals.min), hi=number_text(totals.max)
            )
            if totals
            else tr("no scored visits"),
        )
        counts = f.rating_counts
        self.tiles[Kind.CSAT].set(_pct(f.csat), trn("%n answer(s) rating 4 or 5", counts["csat"]))
        self.tiles[Kind.NPS].set(
            "—" if f.nps is None else f"{'+' if f.nps > 0 else ''}{number_text(f.nps, NPS_PLACES)}",
            trn("%n answer(s), promoters − detractors", counts["nps"]),
        )
        self.tiles[Kind.CES].set(number_text(f.ces), trn("%n answer(s), mean of 1–7", counts["ces"]))
        self.months.set_bars(
            [
                Bar(_month(k), float(s.mean), number_text(s.mean), k, trn("%n visit(s)", s.count))
                for k, s in f.by_month.items()
            ]
        )
        self.locations.set_bars(
            [
                Bar(k, float(s.mean), number_text(s.mean), k, trn("%n visit(s)", s.count))
                for k, s in f.by_location.items()
            ]
        )
        self.stages.set_bars(
            [
                Bar(label_text(st.value), float(s.mean), number_text(s.mean), st.value,
                    trn("%n visit(s)", s.count))
                for st, s in f.by_stage.items()
            ]
        )  # fmt: skip
        self.failed.set_bars(
            [
                Bar(r.text, float(r.percent), number_text(r.percent) + "%", r.question,
                    trn("failed in {h} of %n visit(s)", r.count).format(h=r.hits))
                for r in f.most_failed
            ]
        )  # fmt: skip
        self.heat_model.set_figures(f)
        self.heat.setFixedHeight(self.heat.horizontalHeader().height() + 30 * self.heat_model.rowCount() + 4)
        self.sig_loaded.emit()

    # ------------------------------------------------------------ drilling down

    def visits_behind(self, figure: Figure) -> list[str]:
        return visits_behind(self.figures, figure) if self.figures else []

    def drill(self, figure: Figure) -> None:
        ids = self.visits_behind(figure)
        self.sig_drill.emit(f"{self.client_name} · {self._title(figure)}", ids)

    def _title(self, figure: Figure) -> str:
        f, key = self.figures, figure.key
        assert f is not None
        if figure.kind is Kind.CELL:
            section, location = key  # type: ignore[misc]
            return tr("{section} at {location}").format(
                section=f.section_titles.get(section, section), location=location
            )
        if figure.kind is Kind.FAILED:
            return tr("failed: {q}").format(q=f.question_texts.get(str(key), key))
        if figure.kind is Kind.MONTH:
            return _month(str(key))
        if figure.kind is Kind.STAGE:
            return tr("{stage} stage").format(stage=str(key).replace("_", " "))
        names = {Kind.TOTAL: tr("scored visits"), Kind.CSAT: tr("CSAT answers"), Kind.NPS: tr("NPS answers"),
                 Kind.CES: tr("CES answers")}  # fmt: skip
        return names.get(figure.kind, str(key))

    def _show_visits(self, title: str, ids: list[str]) -> None:
        from .visit_list import VisitListDialog

        dialog = VisitListDialog(self.ws, title, ids, self)
        dialog.sig_open_requested.connect(self.sig_open_requested)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()

    def export(self) -> None:
        from ..dialogs.export import ExportDialog

        client, start, end = self.period()
        ExportDialog(self.ws, client, start, end, self).exec()


def _pct(x) -> str:  # type: ignore[no-untyped-def]
    return "—" if x is None else number_text(x) + "%"


def _month(key: str) -> str:
    return date_text(dt.date.fromisoformat(key + "-01"), "MMM yyyy")  # "Dec 2026": "Dec 26" reads as a day
