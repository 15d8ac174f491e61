"""The finish dialog shows the form's quality checks (issue 32): each a link to its question; a block keeps
Submit off; a warning lets it on once explained, and the explanation goes with the submit."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, Qt

from mystery_shop.domain.workflow import VisitStatus
from mystery_shop.store import models as m
from mystery_shop.ui.visit.finish_dialog import FinishDialog
from mystery_shop.ui.visit.visit_window import VisitWindow
from support.workspaces import CHECKS, FORM, make_workspace


def click(qtbot, button) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def sign(qtbot, dialog: FinishDialog) -> None:  # type: ignore[no-untyped-def]
    pad = dialog.pad
    qtbot.mousePress(pad, Qt.MouseButton.LeftButton, pos=QPoint(30, 60))
    for x in range(40, 200, 20):
        qtbot.mouseMove(pad, QPoint(x, 60 + (x % 40)))
    qtbot.mouseRelease(pad, Qt.MouseButton.LeftButton, pos=QPoint(200, 70))


def test_checks_in_the_finish_dialog(qtbot, tmp_path: Path, recorded) -> None:  # type: ignore[no-untyped-def]
    ws, visit_id = make_workspace(tmp_path / "p", form=FORM + CHECKS)
    try:
        with ws.sessions.begin() as s:
            s.add(m.Photo(visit_id=visit_id, section_id="greeting", sha256="0" * 64))
        w = VisitWindow(ws, visit_id)
        qtbot.addWidget(w)
        w.show()
        ed = w.editor
        ed.set_answers({"greeted": "no", "wait": 10, "mood": 4})

        dialog = FinishDialog(ed, w)
        qtbot.addWidget(dialog)
        dialog.show()
        sign(qtbot, dialog)
        texts = [b.text() for b in dialog.check_links]
        assert texts == [
            "⚠ Were you greeted?: It earned nothing: explain why in a comment of at least 3 words.",
            "⛔ Seconds until acknowledged: Not greeted, yet acknowledged within 30 s?",
        ]
        qtbot.keyClicks(dialog.explanation, "The door was locked.")
        assert not dialog.submit_button.isEnabled()  # a block stands, explained or not
        dialog.sig_go_to.connect(w.go_to)
        click(qtbot, dialog.check_links[1])
        assert not dialog.isVisible() and w.sections.currentRow() == 0

        ed.set_answer("wait", 45)  # the near miss of the rule: only the warning is left
        dialog = FinishDialog(ed, w)
        qtbot.addWidget(dialog)
        dialog.show()
        sign(qtbot, dialog)
        assert [b.text()[:1] for b in dialog.check_links] == ["⚠"]
        assert dialog.explanation.isVisible() and not dialog.submit_button.isEnabled()
        qtbot.keyClicks(dialog.explanation, "The door was locked.")
        assert dialog.submit_button.isEnabled()
        click(qtbot, dialog.submit_button)
        assert dialog.submitted and ed.header.status is VisitStatus.SUBMITTED
        assert ed.audit_trail()[-1].detail == "The door was locked."
        assert recorded.errors == []
    finally:
        ws.close()


def test_a_visit_no_check_fires_on_shows_no_checks(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    ws, visit_id = make_workspace(tmp_path / "p", form=FORM + CHECKS)
    try:
        ed = ws.open_visit(visit_id)
        ed.set_answers({"greeted": "yes", "wait": 10, "mood": 4})
        dialog = FinishDialog(ed)
        qtbot.addWidget(dialog)
        dialog.show()
        assert dialog.check_links == [] and not dialog.checks_box.isVisible()
        assert not dialog.explanation.isVisible()
    finally:
        ws.close()
