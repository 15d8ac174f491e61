"""File → Back up… and Restore…: the real menu actions, the file choosers patched (issue 28)."""

from __future__ import annotations

import zipfile

from PySide6.QtWidgets import QFileDialog

from mystery_shop.services.profile import Profile
from mystery_shop.services.workspace import Workspace
from mystery_shop.ui import tasks
from mystery_shop.ui.main_window import MainWindow


def _file_action(window: MainWindow, text: str):  # type: ignore[no-untyped-def]
    [menu] = [a.menu() for a in window.menuBar().actions() if a.text() == "&File"]
    [action] = [a for a in menu.actions() if a.text() == text]
    return action


def test_back_up_then_restore_from_the_file_menu(qtbot, workspace, visit_id, recorded, monkeypatch, tmp_path) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(tasks, "run_inline", True)
    w = MainWindow(workspace)
    qtbot.addWidget(w)
    w.show()
    out = tmp_path / "carried" / "mine"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    _file_action(w, "Back up…").trigger()
    saved = out.with_name("mine.msbackup")
    assert zipfile.ZipFile(saved).testzip() is None
    [(title, text, _)] = recorded.errors
    assert title == "Backed up" and str(saved) in text and "0 photos" in text
    assert str(saved) in w.statusBar().currentMessage()

    # Later the profile lost its unsent work (a reimaged laptop would lose it all): restore it from the menu.
    with workspace.sessions.begin() as s:
        s.connection().exec_driver_sql("DELETE FROM outbox")
    recorded.errors.clear()
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(saved), ""))
    _file_action(w, "Restore…").trigger()
    [(title, text, _)] = recorded.errors
    assert title == "Restored" and "Open Mystery Shop again" in text
    assert not w.isVisible()
    root = workspace.profile.root
    assert root.with_name(root.name + ".before-restore").is_dir()  # the profile that was open, kept
    ws = Workspace.open(Profile(root), log_to_file=False)
    assert [r.id for r in ws.visit_rows()] == [visit_id]
    with ws.sessions() as s:
        assert s.connection().exec_driver_sql("SELECT count(*) FROM outbox").scalar() > 0  # its unsent work is back
    ws.close()


def test_a_file_that_is_not_a_backup_is_refused_and_the_profile_stays(  # type: ignore[no-untyped-def]
    qtbot, workspace, visit_id, recorded, monkeypatch, tmp_path
) -> None:
    w = MainWindow(workspace)
    qtbot.addWidget(w)
    w.show()
    junk = tmp_path / "junk.msbackup"
    junk.write_bytes(b"not a zip")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(junk), ""))
    _file_action(w, "Restore…").trigger()
    [(title, text, _)] = recorded.errors
    assert title == "Cannot restore the profile" and "is not a mystery-shop profile backup" in text
    assert w.isVisible()
    assert [r.id for r in workspace.visit_rows()] == [visit_id]
