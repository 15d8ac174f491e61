"""The review queue and the review screen: filters, comments, overrides, return, approve, publish."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from mystery_shop.domain.evidence import FlagCode
from mystery_shop.domain.workflow import Role, VisitStatus
from mystery_shop.services import comment_library
from mystery_shop.services.review_queue import review_queue
from mystery_shop.store import models as m
from mystery_shop.ui import tasks
from mystery_shop.ui.changes import hub
from mystery_shop.ui.main_window import MainWindow
from mystery_shop.ui.models.review_queue import ANY_FLAG, NO_FLAG
from mystery_shop.ui.review.queue import ReviewQueue
from mystery_shop.ui.review.review_window import ReviewWindow
from mystery_shop.ui.visit.visit_window import VisitWindow
from support.images import SIGNATURE
from support.reviews import submitted

PHOTO_FORM = """\
id: photo-form
version: 1
title: With photos
sections:
  - id: door
    title: Door
    photos: {min: 1}
    questions:
      - {id: open, text: "Open on time?", type: yes_no}
"""


@pytest.fixture(autouse=True)
def inline_tasks(monkeypatch) -> None:
    monkeypatch.setattr(tasks, "run_inline", True)


@pytest.fixture
def queue_data(workspace):
    """Three submitted visits: two clients, two auditors, two forms, one with an unflagged photo rule broken."""
    ws = workspace
    high = ws.locations()[0]
    other = ws.add_client("Bravo")
    mall = ws.add_location(other.id, "Mall")
    zoe = ws.add_person("zoe", "Zoë", Role.AUDITOR)
    tom = ws.add_person("tom", "Tomasz", Role.AUDITOR)
    ws.add_form_source(PHOTO_FORM)
    first = submitted(ws, high.id, dt.date(2026, 11, 1), auditor_id=zoe.id)
    second = submitted(ws, mall.id, dt.date(2026, 10, 1), auditor_id=tom.id)
    # A photo-form visit: its door photo has no capture time, so it is flagged.
    third_id = ws.create_visit("photo-form", mall.id, dt.date(2026, 11, 5), auditor_id=zoe.id)
    ed = ws.open_visit(third_id)
    ed.set_answers({"open": "yes"})
    ed.sign(SIGNATURE, "Zoë")
    with ws.sessions.begin() as s:
        s.add(m.Photo(visit_id=third_id, section_id="door", sha256="0" * 64, filename="door.jpg"))
    ed.submit()
    return {"ws": ws, "ids": [first, second, third_id], "zoe": zoe, "tom": tom, "bravo": other, "mall": mall}


def test_queue_is_oldest_submission_first_with_flags(queue_data) -> None:
    rows = review_queue(queue_data["ws"])
    assert [r.id for r in rows] == queue_data["ids"]  # submitted in this order, whatever the visit dates
    assert rows[0].flags == frozenset()
    assert FlagCode.NO_TIME in rows[2].flags
    assert any("no capture time" in r for r in rows[2].flag_reasons)


def test_queue_filters(qtbot, qtmodeltester, queue_data) -> None:
    q = ReviewQueue(queue_data["ws"])
    qtbot.addWidget(q)
    qtmodeltester.check(q.model)
    qtmodeltester.check(q.proxy)
    first, second, third = queue_data["ids"]

    def shown() -> list[str]:
        return [q.proxy.index(r, 0).data(Qt.ItemDataRole.UserRole + 2) for r in range(q.proxy.rowCount())]

    assert shown() == [first, second, third]
    q.client.setCurrentIndex(q.client.findData(queue_data["bravo"].id))
    assert shown() == [second, third]
    assert q.location.count() == 2  # "all" and the client's one location in the queue
    q.auditor.setCurrentIndex(q.auditor.findData(queue_data["zoe"].id))
    assert shown() == [third]
    q.auditor.setCurrentIndex(0)
    q.form.setCurrentIndex(q.form.findData("all-types"))
    assert shown() == [second]
    q.form.setCurrentIndex(0)
    q.client.setCurrentIndex(0)
    q.evidence.setCurrentIndex(q.evidence.findData(ANY_FLAG))
    assert shown() == [third]
    q.evidence.setCurrentIndex(q.evidence.findData(NO_FLAG))
    assert shown() == [first, second]
    q.evidence.setCurrentIndex(q.evidence.findData(FlagCode.REUSED.value))
    assert shown() == []
    assert q.count.text().startswith("0 of 3")
    q.evidence.setCurrentIndex(0)
    q.location.setCurrentIndex(q.location.findData(queue_data["mall"].id))
    assert shown() == [second, third]
    with qtbot.waitSignal(q.sig_open_requested) as opened:
        q.table.setCurrentIndex(q.proxy.index(1, 0))
        q.open_selected()
    assert opened.args == [third]


@pytest.fixture
def window(qtbot, workspace, recorded):
    visit_id = submitted(workspace, workspace.locations()[0].id, dt.date.today())
    w = ReviewWindow(workspace, visit_id)
    qtbot.addWidget(w)
    return w


def test_review_screen_shows_the_visit_read_only(window) -> None:
    ed = window.editor
    assert window.total.text() == "100.0"
    assert window.questions["greeted"].answer.text() == "Yes"
    assert window.questions["wait"].answer.text().startswith("0:20")
    assert window.questions["asked"].answer.text() == "budget, use"
    assert window.questions["greeted"].points.text() == "4.0 of 4.0 pts"
    assert window.approve_button.isVisibleTo(window) and window.return_button.isVisibleTo(window)
    assert not window.publish_button.isVisibleTo(window)
    assert [window.trail_model.index(r, 2).data() for r in range(window.trail_model.rowCount())][-1] == (
        "Draft → Submitted"
    )
    assert ed.header.status is VisitStatus.SUBMITTED


def test_comment_on_a_question_and_the_library(qtbot, window) -> None:
    dialog = window.ask_comment("mood")
    qtbot.addWidget(dialog)
    dialog.text.setPlainText("Mood scale looks generous")
    dialog.keep.setChecked(True)
    dialog.submit()
    assert dialog.result() == dialog.DialogCode.Accepted
    card = window.questions["mood"]
    assert card.review_box.isVisibleTo(window) and "Mood scale looks generous" in card.review_box.text()
    assert comment_library.saved_comments(window.ws) == ["Mood scale looks generous"]
    assert any(a.kind == "comment" for a in window.editor.audit_trail())

    again = window.ask_comment(None)  # on the whole visit, reusing the saved comment
    qtbot.addWidget(again)
    assert again.library.count() == 1
    again.use(again.library.item(0).text())
    again.submit()
    assert "Mood scale looks generous" in window.visit_comments.text()
    empty = window.ask_comment(None)
    qtbot.addWidget(empty)
    empty.submit()
    assert "empty" in empty.error.text() and empty.isVisible()


def test_override_needs_a_reason_and_recomputes_the_score(qtbot, window) -> None:
    dialog = window.ask_override("mood")
    qtbot.addWidget(dialog)
    dialog.points.setText("2")
    dialog.submit()  # no reason
    assert "needs a reason" in dialog.error.text()
    assert dialog.isVisible()
    assert window.editor.overrides() == []
    dialog.reason.setPlainText("  ")
    dialog.submit()
    assert "needs a reason" in dialog.error.text()
    dialog.points.setText("9")
    dialog.reason.setPlainText("Mood was lukewarm")
    dialog.submit()
    assert "between 0 and 4" in dialog.error.text()
    dialog.points.setText("2")
    dialog.submit()
    assert dialog.result() == dialog.DialogCode.Accepted
    card = window.questions["mood"]
    assert card.points.text() == "2.0 of 4.0 pts"
    assert card.override_note.isVisibleTo(window) and "Mood was lukewarm" in card.override_note.text()
    assert window.total.text() == window_total(window)
    assert window.total.text() != "100.0"
    trail = [window.trail_model.index(r, 3).data() for r in range(window.trail_model.rowCount())]
    assert any("mood: 4 -> 2 points: Mood was lukewarm" in t for t in trail)


def window_total(window) -> str:
    from mystery_shop.domain.numbers import display

    return display(window.ws.open_visit(window.editor.id).score.total)


def test_return_without_comment_is_refused_then_returned_visit_shows_comments(qtbot, window, recorded) -> None:
    assert window.add_comment("wait", "Check the stopwatch, please")
    dialog = window.ask_return()
    qtbot.addWidget(dialog)
    dialog.submit()
    assert "needs a comment" in dialog.error.text()
    assert window.editor.header.status is VisitStatus.SUBMITTED
    assert not window.return_visit("   ")  # the screen's own path: refused, said to the person
    assert "needs a comment" in recorded.errors[-1][1]
    dialog.text.setPlainText("Two things to fix")
    dialog.submit()
    assert window.editor.header.status is VisitStatus.RETURNED
    assert not window.approve_button.isVisibleTo(window)
    assert not window.questions["wait"].comment_button.isEnabled()

    auditor_view = VisitWindow(window.ws, window.editor.id)  # the auditor's screen, after sync
    qtbot.addWidget(auditor_view)
    assert "Check the stopwatch, please" in auditor_view.cards["wait"].review_box.text()
    assert not auditor_view.cards["wait"].review_box.isHidden()
    assert "Two things to fix" in auditor_view.banner.text()


def test_approve_then_publish(window, recorded, firm_p12, monkeypatch) -> None:
    """Publishing sends the signed report; a visit without one has it signed first, the passphrase asked."""
    from mystery_shop.services.report_settings import update_report_settings
    from mystery_shop.ui.reports import signing as signing_ui
    from support.keys import FIRM_PASSPHRASE

    heard = []
    hub(window.ws).sig_changed.connect(lambda changes, origin: heard.append((changes.visits, origin)))
    assert window.approve()
    assert window.editor.header.status is VisitStatus.APPROVED
    assert window.publish_button.isVisibleTo(window) and not window.approve_button.isVisibleTo(window)
    assert "Sign the report" in window.publish_button.toolTip()
    assert not window.override("mood", "1", "too late")  # no longer under review
    assert not window.publish(), "no certificate: nothing to sign the report with"
    assert "Choose the firm's certificate in Report settings" in recorded.errors[-1][1]
    assert window.editor.header.status is VisitStatus.APPROVED

    update_report_settings(window.ws.profile, certificate=firm_p12)
    signing_ui.forget()
    monkeypatch.setattr(signing_ui, "ask_passphrase", lambda *_a, **_k: None)
    assert not window.publish(), "the passphrase prompt closed: nothing published"
    monkeypatch.setattr(signing_ui, "ask_passphrase", lambda *_a, **_k: FIRM_PASSPHRASE.decode())
    monkeypatch.setattr(tasks, "run_inline", True)
    assert window.publish()
    assert window.editor.header.status is VisitStatus.PUBLISHED
    assert window.status_pill.text() == "Published"
    moves = [window.trail_model.index(r, 2).data() for r in range(window.trail_model.rowCount())]
    assert moves[-1] == "Approved → Published"
    assert sum(a.kind == "report" for a in window.editor.audit_trail()) == 1, "signed as it went"
    # The approval, the signed report's audit entry and the publish: each this screen's, of this visit only.
    assert heard == [(frozenset({window.editor.id}), window)] * 3


def test_main_window_opens_reviews_and_queue(qtbot, workspace, recorded) -> None:
    visit_id = submitted(workspace, workspace.locations()[0].id, dt.date.today())
    draft = workspace.create_visit("all-types", workspace.locations()[0].id, dt.date(2026, 11, 21))
    w = MainWindow(workspace)
    qtbot.addWidget(w)
    assert w.supervises
    assert isinstance(w.open_visit(visit_id), ReviewWindow)
    assert isinstance(w.open_visit(draft), VisitWindow)
    queue = w.show_review_queue()
    assert queue.model.rowCount() == 1
    w.visit_windows[visit_id].approve()
    assert queue.model.rowCount() == 0  # the queue follows the review
    assert w.model.row_at([w.model.row_at(i).id for i in range(2)].index(visit_id)).status is VisitStatus.APPROVED
    assert recorded.errors == []


def test_approve_confirms_with_the_score_and_the_comments_the_auditor_will_not_see(
    qtbot, window, recorded, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt

    asked: list[str] = []
    answers = [False, True]

    def confirm(_parent, _title: str, text: str) -> bool:  # type: ignore[no-untyped-def]
        asked.append(text)
        return answers.pop(0)

    monkeypatch.setattr(recorded, "confirm", confirm)
    assert window.add_comment("mood", "Was the music too loud?")
    window.show()
    qtbot.mouseClick(window.approve_button, Qt.MouseButton.LeftButton)  # one click asks first
    assert window.editor.header.status is VisitStatus.SUBMITTED  # "No": nothing approved
    assert "Its score: 100.0" in asked[0]
    assert "1 comment of this review stays with the firm" in asked[0] and "Was the music too loud?" in asked[0]
    qtbot.mouseClick(window.approve_button, Qt.MouseButton.LeftButton)
    assert window.editor.header.status is VisitStatus.APPROVED


def test_the_audit_trail_fits_its_narrow_panel(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    """Each entry reads whole: the columns share the panel's width and wrap, none runs past its edge."""
    from PySide6.QtCore import QRect, Qt
    from PySide6.QtGui import QFontMetrics

    assert window.return_visit("Check the wait, please")
    window.resize(1360, 860)
    window.show()
    window.tabs.setCurrentIndex(1)
    qtbot.waitExposed(window)
    table, model = window.trail, window.trail_model
    assert table.horizontalHeader().length() <= table.viewport().width() + 1
    metrics = QFontMetrics(table.font())
    for r in range(model.rowCount()):
        for c in range(model.columnCount()):
            text = str(model.index(r, c).data() or "")
            width = table.columnWidth(c) - 18  # the style sheet's padding, the frame's margins
            needed = metrics.boundingRect(QRect(0, 0, width, 10_000), Qt.TextFlag.TextWordWrap, text)
            assert needed.width() <= width + 1, text  # no word wider than its column
            assert needed.height() <= table.rowHeight(r), text  # every wrapped line shown
    assert any(model.index(r, 2).data() == "Submitted → Returned" for r in range(model.rowCount()))


def test_the_trail_shows_the_servers_time_beside_work_done_offline(window, qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Issue 26: an entry the server received minutes after it happened (made offline) shows both times."""
    from sqlalchemy import update

    ed = window.editor
    with ed.ws.sessions.begin() as s:
        entries = {a.kind: a for a in s.query(m.AuditEntry).filter(m.AuditEntry.visit_id == ed.id)}
        late = entries["transition"]
        s.execute(update(m.AuditEntry).where(m.AuditEntry.id == late.id)
                  .values(received_at=late.at + dt.timedelta(minutes=8)))  # fmt: skip
        at_once = entries["plan"]
        s.execute(update(m.AuditEntry).where(m.AuditEntry.id == at_once.id)
                  .values(received_at=at_once.at + dt.timedelta(seconds=20)))  # fmt: skip
    window.refresh()
    model = window.trail_model
    rows = {model.data(model.index(r, 2)): r for r in range(model.rowCount())}
    submitted = rows["Draft → Submitted"]
    when = model.data(model.index(submitted, 0))
    server = (late.at + dt.timedelta(minutes=8)).astimezone().strftime("%H:%M")
    assert when.endswith("\nserver: " + server) or server in when, when
    tip = model.data(model.index(submitted, 0), Qt.ItemDataRole.ToolTipRole)
    assert tip.startswith("On the device: ") and "Received by the server: " in tip
    assert "server" not in model.data(model.index(rows["Planned"], 0))  # received within the minute: one time
    window.resize(1400, 900)
    window.show()
    qtbot.waitExposed(window)
    window.trail.grab().save(str(tmp_path / "trail.png"))  # (looked at while writing: both lines fit the row)
