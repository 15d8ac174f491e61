"""The dashboard: its figures equal the period report's (services.period), and every figure clicks through."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from mystery_shop.domain.drill import Figure, Kind
from mystery_shop.domain.numbers import display
from mystery_shop.services.period import load_period
from mystery_shop.ui import tasks
from mystery_shop.ui.dashboard.dashboard import Dashboard
from mystery_shop.ui.models.heat_map import KEY_ROLE
from support.reviews import GOOD, POOR, approved, submitted

START, END = dt.date(2026, 1, 1), dt.date(2026, 6, 30)


@pytest.fixture(autouse=True)
def inline_tasks(monkeypatch) -> None:
    monkeypatch.setattr(tasks, "run_inline", True)


@pytest.fixture
def data(workspace):
    ws = workspace
    client = ws.clients()[0]
    high = ws.locations()[0]
    station = ws.add_location(client.id, "Station")
    ids = {
        "high_jan": approved(ws, high.id, dt.date(2026, 1, 10)),
        "high_feb": approved(ws, high.id, dt.date(2026, 2, 3), POOR),
        "station_feb": approved(ws, station.id, dt.date(2026, 2, 20), {**GOOD, "mood": 3, "nps": 6}),
        "station_mar": approved(ws, station.id, dt.date(2026, 3, 1), {**POOR, "greeted": "yes", "kind": "curt"}),
    }
    submitted(ws, high.id, dt.date(2026, 2, 5))  # under review: not a result yet
    approved(ws, high.id, dt.date(2026, 8, 1))  # outside the period
    return ws, client, ids


@pytest.fixture
def dashboard(qtbot, data):
    ws, client, _ = data
    d = Dashboard(ws, client.id, START, END)
    qtbot.addWidget(d)
    return d


def test_dashboard_figures_equal_the_period_reports(dashboard, data) -> None:
    ws, client, _ids = data
    report = load_period(ws, client.name, START, END).figures()
    shown = dashboard.figures
    assert shown is not None
    assert len(shown.visits) == 4
    for name in ("totals", "by_location", "by_month", "by_section", "by_stage", "heat_map", "csat", "nps", "ces",
                 "most_failed", "rating_counts"):  # fmt: skip
        assert getattr(shown, name) == getattr(report, name), name
    # and what the screen says is those figures, rounded half-up
    assert dashboard.tiles[Kind.TOTAL].value.text() == display(report.totals.mean)
    assert dashboard.tiles[Kind.CSAT].value.text() == display(report.csat) + "%"
    assert dashboard.tiles[Kind.CES].value.text() == display(report.ces)
    assert dashboard.tiles[Kind.NPS].value.text().lstrip("+") == display(report.nps, 0)
    assert [b.key for b in dashboard.locations.bars] == list(report.by_location)
    assert [b.text for b in dashboard.locations.bars] == [display(s.mean) for s in report.by_location.values()]
    assert [b.key for b in dashboard.months.bars] == ["2026-01", "2026-02", "2026-03"]
    assert [b.key for b in dashboard.failed.bars] == [r.question for r in report.most_failed]
    model = dashboard.heat_model
    for r in range(model.rowCount()):
        for c in range(model.columnCount()):
            key = model.index(r, c).data(KEY_ROLE)
            summary = report.heat_map.get(key)
            assert model.index(r, c).data() == (display(summary.mean) if summary else "—")


def test_every_figure_clicks_through_to_its_visits(qtbot, dashboard, data) -> None:
    _ws, _client, ids = data
    with qtbot.waitSignal(dashboard.sig_drill) as drilled:
        qtbot.mouseClick(dashboard.tiles[Kind.TOTAL], Qt.MouseButton.LeftButton)
    assert sorted(drilled.args[1]) == sorted(ids.values())

    chart = dashboard.locations
    chart.resize(500, 200)
    chart.grab()  # paint: the bars' click targets are laid out
    rect, bar = chart._hit[0]
    with qtbot.waitSignal(dashboard.sig_drill) as drilled:
        qtbot.mouseClick(chart, Qt.MouseButton.LeftButton, pos=rect.center().toPoint())
    expected = [ids[k] for k in ids if k.startswith("high" if bar.key == "High Street" else "station")]
    assert drilled.args[1] == expected

    assert dashboard.visits_behind(Figure(Kind.MONTH, "2026-02")) == [ids["high_feb"], ids["station_feb"]]
    assert dashboard.visits_behind(Figure(Kind.CELL, ("first", "Station"))) == [ids["station_feb"], ids["station_mar"]]
    failed_greeting = dashboard.visits_behind(Figure(Kind.FAILED, "greeted"))
    assert failed_greeting == [ids["high_feb"]]
    assert dashboard.visits_behind(Figure(Kind.NPS)) == list(ids.values())

    index = dashboard.heat_model.index(0, 0)
    with qtbot.waitSignal(dashboard.sig_drill) as drilled:
        dashboard.heat.clicked.emit(index)
    assert drilled.args[1] == dashboard.visits_behind(Figure(Kind.CELL, index.data(KEY_ROLE)))


def test_drill_list_opens_a_visit(qtbot, dashboard, data) -> None:
    from mystery_shop.ui.dashboard.visit_list import VisitListDialog

    _ws, _client, ids = data
    dashboard.drill(Figure(Kind.STAGE, "purchase"))
    dialog = next(w for w in dashboard.findChildren(VisitListDialog))
    qtbot.addWidget(dialog)
    assert dialog.model.rowCount() == 4
    with qtbot.waitSignal(dashboard.sig_open_requested) as opened:
        dialog.table.doubleClicked.emit(dialog.model.index(0, 0))
    assert opened.args[0] in ids.values()


def test_heat_map_model_and_period_change(qtbot, qtmodeltester, dashboard, data) -> None:
    qtmodeltester.check(dashboard.heat_model)
    with qtbot.waitSignal(dashboard.sig_loaded):
        dashboard.end.setDate(dashboard.end.date().addMonths(-4))  # to 2026-02-28
    assert len(dashboard.figures.visits) == 3
    assert dashboard.preset.currentData() == 0  # "Custom"


def test_a_months_label_has_its_whole_year() -> None:
    from mystery_shop.ui.dashboard.dashboard import _month

    assert _month("2026-12") == "Dec 2026"  # "Dec 26" reads as the 26th of December
