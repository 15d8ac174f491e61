"""The visit screen driven through its real widgets."""

from __future__ import annotations

from fractions import Fraction

from PySide6.QtCore import QPoint, Qt

from mystery_shop.domain.scoring import score_visit
from mystery_shop.domain.workflow import VisitStatus
from mystery_shop.services import review
from mystery_shop.store import models as m
from mystery_shop.ui.changes import hub
from mystery_shop.ui.visit.finish_dialog import FinishDialog
from mystery_shop.ui.visit.visit_window import VisitWindow
from support.images import SIGNATURE


def open_window(qtbot, workspace, visit_id) -> VisitWindow:
    w = VisitWindow(workspace, visit_id)
    qtbot.addWidget(w)
    w.show()
    return w


def click(qtbot, button) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_answer_every_type_and_score_follows(qtbot, workspace, visit_id, recorded) -> None:
    w = open_window(qtbot, workspace, visit_id)
    cards = w.cards
    assert not cards["kind"].isVisible()  # hidden until greeted == yes
    with qtbot.waitSignal(hub(w.ws).sig_changed):
        click(qtbot, cards["greeted"].input.buttons["yes"])
    assert cards["kind"].isVisible()
    cards["kind"].input.buttons["warm"].click()  # just shown: not laid out yet for a mouse click
    cards["asked"].input.boxes["budget"].click()
    click(qtbot, cards["mood"].input.buttons[4])
    sw = cards["wait"].input
    sw.edit.setText("0:42")
    sw.edit.editingFinished.emit()
    w.step(1)
    click(qtbot, cards["csat"].input.buttons[5])
    click(qtbot, cards["ces"].input.buttons[6])
    click(qtbot, cards["nps"].input.buttons[9])
    cards["count"].input.edit.setText("3")
    cards["count"].input.edit.editingFinished.emit()
    qtbot.keyClicks(cards["name"].input.edit, "ukasz")  # QTest cannot type non-Latin-1 keys
    cards["name"].input.edit.moveCursor(cards["name"].input.edit.textCursor().MoveOperation.Start)
    cards["name"].input.edit.insertPlainText("Ł")
    cards["name"].input.flush()

    ed = w.editor
    expected = {
        "greeted": "yes",
        "kind": "warm",
        "asked": ["budget"],
        "mood": 4,
        "wait": 42,
        "csat": 5,
        "ces": 6,
        "nps": 9,
        "count": 3,
        "name": "Łukasz",
    }
    assert dict(ed.answers.values) == expected
    score = score_visit(ed.form, ed.answers)
    # first: 4 + 2 + 1 + 3 + 1 = 11 of 4 + 2 + 2 + 4 + 3 = 15; second: csat 2 of 2
    assert score.total == Fraction(100 * 13, 17)
    assert w.total.text() == "76.5"
    assert recorded.errors == []

    # Hidden again: the answer stays stored but no longer counts.
    click(qtbot, cards["greeted"].input.buttons["no"])
    assert not cards["kind"].isVisible()
    assert w.editor.score.questions["kind"].state.value == "hidden"


def test_na_comment_and_reopen_shows_saved_values(qtbot, workspace, visit_id) -> None:
    w = open_window(qtbot, workspace, visit_id)
    card = w.cards["wait"]
    card.na.click()
    assert "wait" in w.editor.answers.na
    assert not card.input.isEnabled()
    assert card.comment.isHidden()
    click(qtbot, card.comment_button)
    assert not card.comment.isHidden() and card.comment_button.isHidden(), "the button opens the comment field"
    card.comment.setText("No staff visible at all")
    card.comment.editingFinished.emit()
    click(qtbot, w.cards["mood"].input.buttons[2])
    w.close()

    again = open_window(qtbot, workspace, visit_id)
    assert again.cards["wait"].na.isChecked()
    assert again.cards["wait"].comment.text() == "No staff visible at all"
    assert again.cards["mood"].input.buttons[2].isChecked()
    assert not again.cards["wait"].comment.isHidden(), "a saved comment shows without pressing the button"


def test_keyboard_shortcuts(qtbot, workspace, visit_id) -> None:
    w = open_window(qtbot, workspace, visit_id)
    card = w.cards["greeted"]
    card.setFocus()
    qtbot.keyClick(card, Qt.Key.Key_Y)
    assert w.editor.answers.values["greeted"] == "yes"
    qtbot.keyClick(card, Qt.Key.Key_N)
    assert w.editor.answers.values["greeted"] == "no"
    qtbot.keyClick(w.cards["wait"], Qt.Key.Key_A)
    assert "wait" in w.editor.answers.na
    assert w.sections.currentRow() == 0
    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow)
    qtbot.keyClick(w, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert w.sections.currentRow() == 1
    qtbot.keyClick(w, Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    assert w.sections.currentRow() == 0
    qtbot.keyClick(w, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)  # Ctrl+W closes it, as a document
    assert not w.isVisible()
    again = open_window(qtbot, workspace, visit_id)
    again.activateWindow()
    qtbot.waitUntil(again.isActiveWindow)
    qtbot.keyClick(again, Qt.Key.Key_Escape)
    assert not again.isVisible()


def test_stopwatch_with_a_fake_clock(qtbot, workspace, visit_id) -> None:
    w = open_window(qtbot, workspace, visit_id)
    sw = w.cards["wait"].input
    now = [100.0]
    sw.clock = lambda: now[0]
    click(qtbot, sw.start_button)
    assert sw.running
    now[0] += 37.0
    sw._tick()
    assert sw.display.text() == "0:37"
    with qtbot.waitSignal(hub(w.ws).sig_changed):
        click(qtbot, sw.start_button)
    assert w.editor.answers.values["wait"] == 37
    assert w.editor.score.questions["wait"].earned == 1  # 37 s is within the 60 s threshold


def test_finish_lists_missing_items_links_and_submits(qtbot, workspace, visit_id, recorded) -> None:
    w = open_window(qtbot, workspace, visit_id)
    dialog = FinishDialog(w.editor, w)
    qtbot.addWidget(dialog)
    messages = [b.text() for b in dialog.links]
    assert messages[0].endswith("Greeted?")
    assert messages[-1].endswith("signature and attestation")
    assert not dialog.submit_button.isEnabled()
    dialog.sig_go_to.connect(w.go_to)
    satisfied = next(b for b in dialog.links if b.text().endswith("Satisfied?"))
    click(qtbot, satisfied)  # a question on the second touchpoint
    assert w.sections.currentRow() == 1

    ed = w.editor
    ed.set_answers(
        {"greeted": "yes", "kind": "warm", "asked": ["use"], "mood": 5, "wait": 20, "csat": 4, "ces": 5, "nps": 10}
    )
    dialog = FinishDialog(ed, w)
    qtbot.addWidget(dialog)
    assert [b.text() for b in dialog.links] == ["✎ The auditor's signature and attestation"]
    pad = dialog.pad
    qtbot.mousePress(pad, Qt.MouseButton.LeftButton, pos=QPoint(30, 60))
    for x in range(40, 200, 20):
        qtbot.mouseMove(pad, QPoint(x, 60 + (x % 40)))
    qtbot.mouseRelease(pad, Qt.MouseButton.LeftButton, pos=QPoint(200, 70))
    assert not pad.is_empty()
    assert dialog.submit_button.isEnabled()
    assert pad.to_png().startswith(b"\x89PNG")
    click(qtbot, dialog.submit_button)
    assert dialog.submitted
    assert ed.header.status is VisitStatus.SUBMITTED
    assert recorded.errors == []
    w._apply_status()
    assert not w.cards["greeted"].input.isEnabled()
    assert w.banner.isVisible(), "a submitted visit says it is locked"
    assert "can no longer be changed" in w.banner.text()


def test_returned_visit_shows_supervisor_comments(qtbot, workspace, visit_id) -> None:
    ed = workspace.open_visit(visit_id)
    ed.set_answers(
        {"greeted": "yes", "kind": "warm", "asked": ["use"], "mood": 5, "wait": 20, "csat": 4, "ces": 5, "nps": 10}
    )
    ed.sign(SIGNATURE, "Zoë")
    ed.submit()
    review.add_comment(ed, "mood", "Was the mood really a 5?")
    review.return_visit(ed, "Please check the mood score")
    w = open_window(qtbot, workspace, visit_id)
    assert w.editor.header.status is VisitStatus.RETURNED
    assert "Returned by your supervisor" in w.banner.text()
    assert "Please check the mood score" in w.banner.text()
    assert "Was the mood really a 5?" in w.cards["mood"].review_box.text()
    assert w.cards["mood"].input.isEnabled()  # the auditor can fix it
    with workspace.sessions() as s:
        assert s.get(m.Visit, visit_id).status == "returned"


def test_refused_change_is_shown_and_widget_restored(qtbot, workspace, visit_id, recorded) -> None:
    w = open_window(qtbot, workspace, visit_id)
    ed = workspace.open_visit(visit_id)
    ed.set_answers(
        {"greeted": "yes", "kind": "warm", "asked": ["use"], "mood": 5, "wait": 20, "csat": 4, "ces": 5, "nps": 10}
    )
    ed.sign(SIGNATURE, "Zoë")
    ed.submit()  # submitted from elsewhere while this window is open
    click(qtbot, w.cards["mood"].input.buttons[1])
    assert recorded.errors and "can no longer be changed" in recorded.errors[0][1]


def test_a_half_filled_visit_says_so_far_on_every_screen(qtbot, workspace, visit_id) -> None:  # type: ignore[no-untyped-def]
    from mystery_shop.domain.progress import progress
    from mystery_shop.services.review_queue import review_queue
    from mystery_shop.ui.main_window import MainWindow
    from mystery_shop.ui.models.review_queue import COLUMNS as QUEUE_COLUMNS
    from mystery_shop.ui.models.review_queue import ReviewQueueModel
    from mystery_shop.ui.models.visits import COLUMNS, ID_ROLE

    w = open_window(qtbot, workspace, visit_id)
    w.editor.set_answer("greeted", "yes")  # full marks on the one question answered
    w.refresh(w.editor.score)
    done = progress(w.editor.form, w.editor.score)
    grade = w.editor.score.grade
    assert grade is not None and not done.complete
    assert w.total.text() == "100.0 so far" and w.grade.text() == f"{grade.label} so far"
    assert w.progress.text() == f"{done.answered} of {done.required} required answered ({done.percent()})"
    dialog = FinishDialog(w.editor, w)
    qtbot.addWidget(dialog)
    assert "100.0 so far" in dialog.findChild(type(w.total), "finishSummary").text()

    main = MainWindow(workspace)
    qtbot.addWidget(main)
    row = next(r for r in range(main.proxy.rowCount()) if main.proxy.index(r, 0).data(ID_ROLE) == visit_id)
    cell = main.proxy.index(row, COLUMNS.index("score"))
    assert cell.data() == "100.0 so far" and "missing" in cell.data(Qt.ItemDataRole.ToolTipRole)
    assert main.proxy.index(row, COLUMNS.index("grade")).data() == f"{grade.label} so far"
    queue = ReviewQueueModel(review_queue(workspace, VisitStatus.DRAFT))
    assert queue.index(0, QUEUE_COLUMNS.index("score")).data() == "100.0 so far"


def test_a_submitted_visit_offers_no_add_comment_that_does_nothing(qtbot, workspace, visit_id) -> None:  # type: ignore[no-untyped-def]
    w = open_window(qtbot, workspace, visit_id)
    assert w.cards["mood"].comment_button.isVisible()  # a draft: the auditor may comment
    w.close()
    ed = workspace.open_visit(visit_id)
    ed.set_answers(
        {"greeted": "yes", "kind": "warm", "asked": ["use"], "mood": 5, "wait": 20, "csat": 4, "ces": 5, "nps": 10}
    )
    ed.sign(SIGNATURE, "Zoë")
    ed.submit()
    locked = open_window(qtbot, workspace, visit_id)
    assert not any(card.comment_button.isVisible() for card in locked.cards.values())
