"""Planning from the app: a visit for an auditor, a CSV schedule with bad rows,
"Assigned to me" with due dates and overdue visits, and the data export."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QFileDialog

from mystery_shop.domain.workflow import Role
from mystery_shop.ui import tasks
from mystery_shop.ui.dialogs.export import ExportDialog
from mystery_shop.ui.dialogs.new_visit import NewVisitDialog
from mystery_shop.ui.dialogs.plan_csv import PlanResultDialog
from mystery_shop.ui.main_window import MINE, MainWindow
from mystery_shop.ui.models.visits import COLUMNS, ID_ROLE
from support.reviews import approved


@pytest.fixture(autouse=True)
def inline_tasks(monkeypatch) -> None:
    monkeypatch.setattr(tasks, "run_inline", True)


@pytest.fixture
def zoe(workspace):
    return workspace.add_person("zoe", "Zoë Ångström", Role.AUDITOR)


def test_plan_a_visit_for_an_auditor(qtbot, workspace, zoe) -> None:
    dialog = NewVisitDialog(workspace)
    qtbot.addWidget(dialog)
    assert dialog.for_me and dialog.ok.text() == "Create and open"
    dialog.auditor.setCurrentIndex(dialog.auditor.findData(zoe.id))
    assert not dialog.for_me and dialog.ok.text() == "Plan visit"
    dialog.date.setDate(QDate(2026, 12, 1))
    dialog.due.setDate(QDate(2026, 12, 5))
    dialog.scenario.setPlainText("Ask about returns; pay cash")
    dialog.create()
    h = workspace.open_visit(dialog.visit_id).header
    assert (h.auditor, h.scheduled_date, h.due_date, h.scenario) == (
        "Zoë Ångström",
        dt.date(2026, 12, 1),
        dt.date(2026, 12, 5),
        "Ask about returns; pay cash",
    )


def choose_file(monkeypatch, path: Path) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(path), ""))


def test_plan_from_csv_keeps_good_rows_and_reports_bad_ones_by_line(
    qtbot, workspace, zoe, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    schedule = tmp_path / "week.csv"
    schedule.write_text(
        "client,location,form,auditor,date,due,scenario\n"
        "Acme,High Street,all-types,zoe,2026-12-01,2026-12-04,Ask for a refund\n"
        "Acme,Nowhere,all-types,zoe,2026-12-01,,\n"
        "Acme,High Street,all-types,ghost,2026-12-02,,\n"
        "Acme,High Street,all-types,,tomorrow,,\n"
        "Acme,High Street,all-types,Zoë Ångström,2026-12-03,,\n",
        encoding="utf-8",
    )
    w = MainWindow(workspace)
    qtbot.addWidget(w)
    choose_file(monkeypatch, schedule)
    w.actions_by_name["Plan from CSV…"].trigger()  # the menu's action, as a person chooses it
    dialog = w.tools["plan_result"]
    assert isinstance(dialog, PlanResultDialog)
    problems = [dialog.problems.item(i).text() for i in range(dialog.problems.count())]
    assert problems[0].startswith("line 3: Acme has no location 'Nowhere'. Known: 'High Street'")
    assert problems[1:] == [
        "line 4: no auditor 'ghost'",
        "line 5: date 'tomorrow' is not a date as YYYY-MM-DD",
    ]
    assert w.model.rowCount() == 2  # the good rows are planned and listed
    assert {w.model.row_at(i).auditor for i in range(2)} == {"Zoë Ångström"}


def test_plan_from_csv_without_the_columns_is_refused(qtbot, workspace, recorded, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    bad = tmp_path / "bad.csv"
    bad.write_text("client,location\nAcme,High Street\n", encoding="utf-8")
    w = MainWindow(workspace)
    qtbot.addWidget(w)
    choose_file(monkeypatch, bad)
    w.actions_by_name["Plan from CSV…"].trigger()
    assert "missing: form, date" in recorded.errors[-1][1]
    assert w.model.rowCount() == 0


def test_assigned_to_me_with_due_dates_and_overdue(qtbot, workspace, zoe) -> None:
    loc = workspace.locations()[0].id
    today = dt.date.today()
    late = workspace.create_visit("all-types", loc, today - dt.timedelta(days=9), due_date=today - dt.timedelta(days=2))
    soon = workspace.create_visit("all-types", loc, today, due_date=today + dt.timedelta(days=3))
    workspace.create_visit("all-types", loc, today, auditor_id=zoe.id)  # someone else's
    approved(workspace, loc, today - dt.timedelta(days=20))  # mine, but done
    w = MainWindow(workspace)
    qtbot.addWidget(w)
    assert w.proxy.rowCount() == 4
    w.status.setCurrentIndex(w.status.findData(MINE))
    assert w.proxy.rowCount() == 2
    due = COLUMNS.index("due")
    texts = {w.proxy.index(r, 0).data(ID_ROLE): w.proxy.index(r, due).data() for r in range(2)}
    assert set(texts) == {late, soon}
    assert texts[late].endswith("overdue")
    assert texts[soon] == (today + dt.timedelta(days=3)).isoformat()


def test_export_dialog_writes_the_period(qtbot, workspace, tmp_path: Path, monkeypatch) -> None:
    loc = workspace.locations()[0].id
    first = approved(workspace, loc, dt.date(2026, 3, 2))
    approved(workspace, loc, dt.date(2025, 3, 2))  # outside the period
    dialog = ExportDialog(workspace, workspace.clients()[0].id, dt.date(2026, 1, 1), dt.date(2026, 12, 31))
    qtbot.addWidget(dialog)
    out = tmp_path / "acme.csv"
    monkeypatch.setattr("mystery_shop.ui.dialogs.export.QFileDialog.getSaveFileName", lambda *a, **k: (str(out), ""))
    dialog.choose_file()
    assert dialog.written == (out, 1)
    with out.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert [r["visit_id"] for r in rows] == [first]
    assert "1 visit written" in dialog.result.text()
    dialog.fmt.setCurrentIndex(dialog.fmt.findData(".xlsx"))
    dialog.export_to(tmp_path / "acme")
    assert dialog.written == (tmp_path / "acme.xlsx", 1)
