"""The main window: the visit list, its filters, new visits, the catalog, remembered state."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QDate, Qt

from mystery_shop.domain.workflow import VisitStatus
from mystery_shop.services.rows import VisitRow
from mystery_shop.services.workspace import Workspace
from mystery_shop.ui.dialogs.catalog import CatalogDialog
from mystery_shop.ui.dialogs.new_visit import NewVisitDialog
from mystery_shop.ui.main_window import MainWindow, about_text
from mystery_shop.ui.models.visits import COLUMNS, ID_ROLE, VisitFilter, VisitsModel


def rows(n: int) -> list[VisitRow]:
    states = list(VisitStatus)
    return [
        VisitRow(
            id=f"v{i:05d}",
            scheduled_date=dt.date(2026, 1, 1) + dt.timedelta(days=i % 300),
            due_date=None,
            client_id=f"c{i % 3}",
            client=f"Client {i % 3}",
            location_id=f"l{i % 7}",
            location=f"Shop {i % 7}",
            form_id="f",
            form_version=1,
            form_title="Retail store visit",
            auditor=["Zoë", "Tomasz"][i % 2],
            status=states[i % 5],
            score=None if i % 11 == 0 else (i * 7.3) % 100,
            grade="Good",
            complete=True,
        )
        for i in range(n)
    ]


def test_models_pass_qmodeltester(qtmodeltester) -> None:
    model = VisitsModel(rows(50))
    qtmodeltester.check(model)
    proxy = VisitFilter()
    proxy.setSourceModel(model)
    proxy.set_search("zoë")
    qtmodeltester.check(proxy)


def test_filters_and_search() -> None:
    model = VisitsModel(rows(1000))
    proxy = VisitFilter()
    proxy.setSourceModel(model)
    assert proxy.rowCount() == 1000
    proxy.set_filters(status=VisitStatus.RETURNED)
    assert proxy.rowCount() == 200
    proxy.set_filters(client_id="c1")
    assert all(proxy.index(r, COLUMNS.index("client")).data() == "Client 1" for r in range(proxy.rowCount()))
    expected = sum(1 for r in rows(1000) if r.status is VisitStatus.RETURNED and r.client_id == "c1")
    assert proxy.rowCount() == expected
    proxy.set_filters(status=None, client_id=None, start=dt.date(2026, 1, 1), end=dt.date(2026, 1, 10))
    assert proxy.rowCount() == sum(1 for r in rows(1000) if r.scheduled_date <= dt.date(2026, 1, 10))
    proxy.set_filters(start=None, end=None, location_id="l3")
    proxy.set_search("tomasz shop 3")
    assert proxy.rowCount() == sum(1 for i in range(1000) if i % 7 == 3 and i % 2 == 1)


def test_sort_by_score_puts_unscored_first() -> None:
    model = VisitsModel(rows(40))
    proxy = VisitFilter()
    proxy.setSourceModel(model)
    score = COLUMNS.index("score")
    proxy.sort(score, Qt.SortOrder.AscendingOrder)
    scores = [proxy.index(r, score).data() for r in range(proxy.rowCount())]
    numbers = [float(s) for s in scores if s]
    assert scores[0] == ""
    assert numbers == sorted(numbers)


def test_main_window_lists_and_opens_visits(qtbot, workspace, visit_id, recorded) -> None:
    w = MainWindow(workspace)
    qtbot.addWidget(w)
    assert w.model.rowCount() == 1
    assert "1 visit ·" in w.count_label.text()  # counted the Qt way: one visit, two visits
    w.table.selectRow(0)
    w.table.setCurrentIndex(w.proxy.index(0, 0))
    window = w.open_visit(w.selected_visit_id())
    qtbot.addWidget(window)
    window.cards["greeted"].input.buttons["yes"].click()
    assert w.model.row_at(0).score == 100.0  # the list follows the visit window
    w.search.setText("nothing matches this")
    assert w.proxy.rowCount() == 0
    assert recorded.errors == []


def test_a_sync_that_brought_records_reloads_the_list_keeping_the_selection(qtbot, workspace, visit_id) -> None:
    w = MainWindow(workspace)
    qtbot.addWidget(w)
    location = workspace.locations()[0].id
    pull = Workspace.open(workspace.profile, log_to_file=False)  # written as a pull writes: not by this app's hub
    later = pull.create_visit("all-types", location, dt.date.today() + dt.timedelta(days=3))
    pull.close()
    assert w.model.rowCount() == 1, "the list has not seen the new visit yet"
    w.table.setCurrentIndex(w.proxy.index(0, 0))
    w.sync.controller.sig_data_changed.emit()  # what the background sync says after a pull
    assert {w.model.row_at(i).id for i in range(w.model.rowCount())} == {visit_id, later}
    assert w.selected_visit_id() == visit_id


def test_empty_profile_says_what_to_do(qtbot, tmp_path: Path) -> None:
    from mystery_shop.services.profile import Profile
    from mystery_shop.services.workspace import Workspace

    ws = Workspace.open(Profile(tmp_path / "empty"), log_to_file=False)
    w = MainWindow(ws)
    qtbot.addWidget(w)
    assert w.stack.currentWidget() is w.empty
    assert "New visit" in w.empty.text()
    ws.close()


def test_new_visit_dialog(qtbot, workspace) -> None:
    dialog = NewVisitDialog(workspace)
    qtbot.addWidget(dialog)
    assert dialog.ok.isEnabled()
    dialog.date.setDate(QDate(2026, 12, 2))
    dialog.scenario.setPlainText("Ask for a refund")
    dialog.create()
    assert dialog.visit_id
    ed = workspace.open_visit(dialog.visit_id)
    assert ed.header.scheduled_date == dt.date(2026, 12, 2)
    assert ed.header.scenario == "Ask for a refund"


def test_catalog_dialog_manages_clients_locations_and_forms(qtbot, workspace, recorded, monkeypatch, tmp_path) -> None:
    dialog = CatalogDialog(workspace)
    qtbot.addWidget(dialog)
    monkeypatch.setattr("mystery_shop.ui.dialogs.catalog.QInputDialog.getText", lambda *a, **k: ("Copper Pot", True))
    dialog.add_client()
    assert [c.name for c in workspace.clients()] == ["Acme", "Copper Pot"]
    dialog.clients.setCurrentRow(1)
    dialog.archive_client()
    assert [c.name for c in workspace.clients()] == ["Acme"]

    bad = tmp_path / "bad.yaml"
    bad.write_text("id: bad\nversion: 1\ntitle: Bad\nsections:\n  - id: s\n    title: S\n    questions: []\n")
    assert not dialog.import_form_file(bad)
    _title, text, _ = recorded.errors[-1]
    assert "bad.yaml:7: sections[0].questions: a section needs at least one question" in text
    assert dialog.forms.count() == 1


def test_geometry_and_filters_are_remembered(qtbot, workspace, visit_id) -> None:
    w = MainWindow(workspace)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    w.resize(700, 500)  # the offscreen screen is 800x600: a bigger window is clamped
    qtbot.waitUntil(lambda: w.width() == 700)
    w.status.setCurrentIndex(w.status.findData("draft"))
    w.close()
    again = MainWindow(workspace)
    qtbot.addWidget(again)
    again.show()
    qtbot.waitExposed(again)
    assert again.size().width() == 700
    assert again.selected_status() is VisitStatus.DRAFT
    assert again.proxy.status is VisitStatus.DRAFT


def test_about_names_version_and_profile(workspace) -> None:
    from mystery_shop import __version__

    text = about_text(workspace)
    assert __version__ in text
    assert str(workspace.profile.log_file) in text


def test_visit_ids_role(workspace, visit_id) -> None:
    model = VisitsModel(workspace.visit_rows())
    assert model.index(0, 0).data(ID_ROLE) == visit_id


def test_first_run_asks_for_a_name_and_reports_use_it(qtbot, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QMessageBox

    from mystery_shop.services.profile import Profile
    from mystery_shop.services.workspace import DEFAULT_NAME, Workspace

    ws = Workspace.open(Profile(tmp_path / "new"), log_to_file=False)
    w = MainWindow(ws)
    qtbot.addWidget(w)
    w.show()
    assert w.name_bar.isVisible() and DEFAULT_NAME in w.name_bar.text()
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: said.append(text))
    assert not w.ask_my_name("   ")  # refused with a message, the bar stays
    assert said == ["Give your full name: reports and the audit trail show it."]
    assert w.name_bar.isVisible()
    assert w.ask_my_name(" Irina  Sokolova ")
    assert not w.name_bar.isVisible() and ws.me.display_name == "Irina Sokolova"
    ws.close()
    again = Workspace.open(Profile(tmp_path / "new"), log_to_file=False)
    assert again.me.display_name == "Irina Sokolova" and again.has_my_name()
    w2 = MainWindow(again)
    qtbot.addWidget(w2)
    assert w2.name_bar.isHidden()
    again.close()


def test_columns_fit_their_text_and_a_critical_failure_is_marked(qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from mystery_shop.services.demo import create_demo
    from mystery_shop.services.profile import Profile
    from mystery_shop.services.workspace import Workspace
    from mystery_shop.ui.models.visits import CRITICAL_MARK
    from mystery_shop.ui.theme import style_sheet

    ws = Workspace.open(Profile(tmp_path / "demo"), log_to_file=False)
    create_demo(ws)
    w = MainWindow(ws)
    qtbot.addWidget(w)
    w.resize(1280, 760)
    w.show()
    qtbot.waitExposed(w)
    header, metrics = w.table.horizontalHeader(), w.table.fontMetrics()
    for name in ("date", "due", "status", "score", "grade"):  # short facts: never cut
        col = COLUMNS.index(name)
        widest = max(metrics.horizontalAdvance(str(w.proxy.index(r, col).data())) for r in range(w.proxy.rowCount()))
        assert header.sectionSize(col) >= widest, name
    assert header.length() <= w.table.viewport().width() + 1  # no sideways scrolling at the usual size
    form = COLUMNS.index("form")
    for r in range(w.proxy.rowCount()):  # a name that is cut still reads whole in its tooltip
        assert w.proxy.index(r, form).data(Qt.ItemDataRole.ToolTipRole) == w.proxy.index(r, form).data()
    failed = [r for r in ws.visit_rows() if r.critical_failed]
    assert failed  # the demo has visits whose critical question failed
    row = next(i for i in range(w.proxy.rowCount()) if w.proxy.index(i, 0).data(ID_ROLE) == failed[0].id)
    score = w.proxy.index(row, COLUMNS.index("score"))
    assert score.data().endswith(CRITICAL_MARK) and "critical" in score.data(Qt.ItemDataRole.ToolTipRole)
    assert "QListView, QTableView, QTreeView { outline: 0; }" in style_sheet()  # no dotted focus rectangle
    ws.close()


def _fresh(tmp_path):  # type: ignore[no-untyped-def]
    from mystery_shop.services.profile import Profile
    from mystery_shop.services.workspace import Workspace

    return Workspace.open(Profile(tmp_path / "fresh"), log_to_file=False)


def test_a_fresh_profile_asks_how_it_works_and_hides_the_supervisors_screens_till_then(qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    ws = _fresh(tmp_path)
    w = MainWindow(ws)
    qtbot.addWidget(w)
    w.show()
    for name in ("Review queue", "Dashboard", "Plan a visit…"):
        assert not w.actions_by_name[name].isVisible(), name  # nobody has said who uses this computer yet
    dialog = w.first_start()
    assert dialog is not None and dialog.isVisible()
    qtbot.mouseClick(dialog.alone_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert w.actions_by_name["Review queue"].isVisible() and w.actions_by_name["Dashboard"].isVisible()
    assert w.first_start() is None  # asked once
    ws.close()
    again = _fresh(tmp_path)
    w2 = MainWindow(again)
    qtbot.addWidget(w2)
    assert w2.supervises and w2.first_start() is None  # the answer is kept
    again.close()


def test_a_fresh_profile_that_connects_to_the_server_opens_the_sign_in(qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    ws = _fresh(tmp_path)
    w = MainWindow(ws)
    qtbot.addWidget(w)
    w.show()
    dialog = w.first_start()
    assert dialog is not None
    qtbot.mouseClick(dialog.server_button, Qt.MouseButton.LeftButton)
    sign_in = w.sync.sign_in_dialog
    assert sign_in is not None and sign_in.isVisible()
    assert not w.supervises and not w.actions_by_name["Review queue"].isVisible()  # until the server says the role
    sign_in.reject()
    ws.close()


def test_saving_an_answer_re_reads_only_its_line_not_the_whole_list(qtbot, workspace, visit_id) -> None:
    """Issue 29: an answer used to re-run the visit list's 5-table join over every visit on the GUI thread."""
    from sqlalchemy import event

    day = workspace.visit_rows(ids=[visit_id])[0].scheduled_date
    others = {
        workspace.create_visit("all-types", workspace.locations()[0].id, day - dt.timedelta(days=i)) for i in (1, 2)
    }
    w = MainWindow(workspace)
    qtbot.addWidget(w)
    window = w.open_visit(visit_id)
    qtbot.addWidget(window)
    statements: list[tuple[str, object]] = []

    def seen(_conn, _cursor, statement, parameters, _context, _many) -> None:  # type: ignore[no-untyped-def]
        statements.append((statement, parameters))

    event.listen(workspace.engine, "before_cursor_execute", seen)
    try:
        window.cards["greeted"].input.buttons["yes"].click()
    finally:
        event.remove(workspace.engine, "before_cursor_execute", seen)
    listing = [(sql, params) for sql, params in statements if "FROM visits JOIN locations" in sql]
    assert len(listing) == 1, "the changed line is read once"
    sql, params = listing[0]
    assert "visits.id IN" in sql and visit_id in params and not others & set(params), "that line only"  # type: ignore[operator, arg-type]
    # Measured: the line's one query (the answer's own statements run on the driver's cursor, unseen here).
    assert len(statements) <= 2, statements
    assert w.model.row_at([w.model.row_at(i).id for i in range(3)].index(visit_id)).score == 100.0
    assert w.model.rowCount() == 3


def test_the_list_follows_writes_made_elsewhere_in_the_app(qtbot, workspace, visit_id) -> None:
    """A visit planned by another screen is added, a renamed client reloads the lines that name it, a line whose
    visit is gone leaves; the main window's own dialogs' writes it reloads after itself (it skips them)."""
    from sqlalchemy import delete

    from mystery_shop.services.changes import Changes, acting_for
    from mystery_shop.store import models as m

    w = MainWindow(workspace)
    qtbot.addWidget(w)
    day = w.model.row_at(0).scheduled_date
    later = workspace.create_visit("all-types", workspace.locations()[0].id, day + dt.timedelta(days=1))
    assert {w.model.row_at(i).id for i in range(w.model.rowCount())} == {visit_id, later}
    assert "2 visits" in w.count_label.text()
    workspace.update_client(workspace.clients()[0].id, name="Acme Retail")
    assert {w.model.row_at(i).client for i in range(2)} == {"Acme Retail"}
    w.search.setText("acme retail")
    assert w.proxy.rowCount() == 2, "the search text follows the changed lines"
    with acting_for(w):
        mine = workspace.create_visit("all-types", workspace.locations()[0].id, day + dt.timedelta(days=2))
    assert mine not in {w.model.row_at(i).id for i in range(w.model.rowCount())}, "its own: it reloads itself"
    w.refresh()
    assert w.model.rowCount() == 3
    with workspace.sessions.begin() as s:
        s.execute(delete(m.AuditEntry).where(m.AuditEntry.visit_id == later))
        s.execute(delete(m.Visit).where(m.Visit.id == later))
    w._changed(Changes(visits=frozenset({later})), None)  # a changed visit no longer there leaves the list
    assert {w.model.row_at(i).id for i in range(w.model.rowCount())} == {visit_id, mine}
