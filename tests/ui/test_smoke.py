"""Smoke test: the demo profile, every window and dialog opened, every enabled action and button pressed.

Closes the class of bug where a button crashes every time it is pressed (``clicked(checked)`` arriving as
a path): any exception in a slot, and any "Something went wrong" dialog, fails the test with the path of
presses that led to it. Dialogs are answered by the test: a modal dialog's ``exec`` shows it, presses its
buttons in turn and then cancels it; file dialogs answer a path in the test's folder (save) or nothing
(open); input dialogs are cancelled; questions answered Yes.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QInputDialog,
    QMessageBox,
    QPushButton,
    QToolButton,
    QWidget,
)
from shiboken6 import isValid

from mystery_shop.domain.workflow import VisitStatus
from mystery_shop.services.demo import create_demo
from mystery_shop.services.profile import Profile
from mystery_shop.services.report_settings import update_report_settings
from mystery_shop.services.workspace import Workspace
from mystery_shop.ui import errors, tasks
from mystery_shop.ui.main_window import MainWindow
from mystery_shop.ui.reports import export as export_ui
from mystery_shop.ui.reports import signing as signing_ui
from mystery_shop.ui.review.review_window import ReviewWindow
from mystery_shop.ui.widgets.closing import CLOSE_ACTION
from support.keys import FIRM_PASSPHRASE

FORMS = Path(__file__).resolve().parents[2] / "forms"
MAX_DEPTH = 3  # a dialog opened from a dialog opened from a window: deeper ones are only cancelled
SKIP_TEXTS = {"Quit"}  # pressed by the closing test below, not in the walk


@dataclass
class Walk:
    """What the walk saw: the presses, the refusals shown to the person, and the failures."""

    out: Path
    trail: list[str] = field(default_factory=list)
    pressed: list[str] = field(default_factory=list)
    refusals: list[str] = field(default_factory=list)
    failures: list[str] = field(default_factory=list)
    counter: Iterator[int] = field(default_factory=itertools.count)

    def where(self) -> str:
        return " > ".join(self.trail)


class Answering:
    """The app's one dialog service, answered: a refusal is noted, "Something went wrong" is a failure."""

    def __init__(self, walk: Walk) -> None:
        self.walk = walk

    def error(self, parent, title: str, text: str, details: str = "") -> None:  # type: ignore[no-untyped-def]
        if details:
            self.walk.failures.append(f"{self.walk.where()}: {title}: {text}\n{details}")
        else:
            self.walk.refusals.append(f"{self.walk.where()}: {text}")

    def info(self, parent, title: str, text: str) -> None:  # type: ignore[no-untyped-def]
        pass

    def confirm(self, parent, title: str, text: str) -> bool:  # type: ignore[no-untyped-def]
        return True


def _label(thing: QAction | QAbstractButton) -> str:
    text = thing.text().replace("&", "") or thing.toolTip() or thing.objectName() or type(thing).__name__
    return f"{type(thing).__name__}[{text}]"


def _buttons(widget: QWidget) -> list[QAbstractButton]:
    """Its push and tool buttons, one of each kind (a form's fifty "Comment…" buttons are one kind); those of
    a dialog's button box last, where the closing ones are."""
    seen: set[tuple[object, ...]] = set()
    own, boxed = [], []
    for b in widget.findChildren(QAbstractButton):
        if not isinstance(b, QPushButton | QToolButton) or b.window() is not widget:
            continue
        if isinstance(b, QToolButton) and b.defaultAction() is not None:
            continue  # a toolbar's face of an action: pressed as the action
        key = (type(b), b.text(), b.toolTip(), b.objectName())
        if key in seen:
            continue
        seen.add(key)
        (boxed if isinstance(b.parent(), QDialogButtonBox) else own).append(b)
    rejecting = {QDialogButtonBox.ButtonRole.RejectRole}

    def closes(b: QAbstractButton) -> bool:
        box = b.parent()
        return isinstance(box, QDialogButtonBox) and box.buttonRole(b) in rejecting

    return own + sorted(boxed, key=closes)


def _actions(widget: QWidget) -> list[QAction]:
    seen, out = set(), []
    for a in [*widget.findChildren(QAction), *QWidget.actions(widget)]:  # some windows shadow actions()
        if a.isSeparator() or a.menu() is not None or not a.text() or a.text().replace("&", "") in SKIP_TEXTS:
            continue
        if id(a) not in seen:
            seen.add(id(a))
            out.append(a)
    return out


def _windows() -> set[QWidget]:
    """The windows shown now (menus and tooltips are windows to Qt, but not to a person)."""
    kinds = (Qt.WindowType.Window, Qt.WindowType.Dialog)
    return {w for w in QApplication.topLevelWidgets() if w.isVisible() and w.windowType() in kinds}


class Walker:
    def __init__(self, qtbot, walk: Walk) -> None:  # type: ignore[no-untyped-def]
        self.qtbot, self.walk, self.depth = qtbot, walk, 0

    def press(self, thing: QAction | QAbstractButton, window: QWidget) -> None:
        if not isValid(thing) or not thing.isEnabled() or (isinstance(thing, QAction) and not thing.isVisible()):
            return
        if isinstance(thing, QAbstractButton) and not thing.isVisible():
            return
        label = _label(thing)
        self.walk.trail.append(label)
        self.walk.pressed.append(self.walk.where())
        before = _windows()
        with self.qtbot.captureExceptions() as raised:
            if isinstance(thing, QAction):
                thing.trigger()
            else:
                self.qtbot.mouseClick(thing, Qt.MouseButton.LeftButton)
            QApplication.processEvents()
        for _type, value, tb in raised:
            import traceback

            text = "".join(traceback.format_exception(_type, value, tb))
            self.walk.failures.append(f"{self.walk.where()}: {text}")
        for opened in _windows() - before:  # windows and window-modal dialogs (open(), show())
            if opened is not window:
                self.visit(opened)
        self.walk.trail.pop()

    def visit(self, window: QWidget) -> None:
        """Press what the window offers, then close it."""
        self.walk.trail.append(f"<{type(window).__name__}>")
        self.depth += 1
        try:
            if self.depth <= MAX_DEPTH and isValid(window):
                actions = _actions(window)
                closing = [a for a in actions if a.objectName() == CLOSE_ACTION]  # Ctrl+W, Esc: pressed last
                presses: list[QAction | QAbstractButton] = [a for a in actions if a not in closing]
                for thing in [*presses, *_buttons(window), *closing]:
                    if isValid(window) and window.isVisible():
                        self.press(thing, window)
        finally:
            self.depth -= 1
            self.walk.trail.pop()
            if isValid(window) and window.isVisible():
                if isinstance(window, QDialog):
                    window.reject()
                else:
                    window.close()
                QApplication.processEvents()


@pytest.fixture
def demo(tmp_path: Path, firm_p12: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Workspace]:
    """The demo profile, with the firm's certificate set (so that signing buttons show) and its passphrase
    typed when asked."""
    ws = Workspace.open(Profile(tmp_path / "demo"), log_to_file=False)
    create_demo(ws, forms_dir=FORMS)
    update_report_settings(ws.profile, certificate=firm_p12, firm_name="Larkspur Field Research")
    monkeypatch.setattr(signing_ui, "ask_passphrase", lambda *_a, **_k: FIRM_PASSPHRASE.decode())
    signing_ui.forget()
    yield ws
    signing_ui.forget()
    ws.close()


@pytest.fixture
def walk(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qtbot) -> Walk:  # type: ignore[no-untyped-def]
    w = Walk(out=tmp_path / "out")
    w.out.mkdir()
    walker = Walker(qtbot, w)
    monkeypatch.setattr(tasks, "run_inline", True)
    monkeypatch.setattr(errors, "dialogs", Answering(w))
    monkeypatch.setattr(export_ui, "open_file", lambda _p: None)

    def modal(dialog: QDialog) -> int:
        dialog.show()
        walker.visit(dialog)
        return int(QDialog.result(dialog)) if isValid(dialog) else 0  # some dialogs shadow result()

    def save_name(*args, **kwargs) -> tuple[str, str]:  # type: ignore[no-untyped-def]
        filters = str(kwargs.get("filter", args[3] if len(args) > 3 else ""))
        suffix = next((s for s in (".pdf", ".csv", ".xlsx", ".yaml", ".zip") if s in filters), "")
        return str(w.out / f"saved-{next(w.counter)}{suffix}"), ""

    monkeypatch.setattr(QDialog, "exec", modal)
    monkeypatch.setattr(QMessageBox, "exec", lambda _self: int(QMessageBox.StandardButton.Cancel))
    for name, answer in (
        ("question", QMessageBox.StandardButton.Yes),
        ("warning", QMessageBox.StandardButton.Ok),
        ("information", QMessageBox.StandardButton.Ok),
        ("critical", QMessageBox.StandardButton.Ok),
    ):
        monkeypatch.setattr(QMessageBox, name, staticmethod(lambda *_a, _answer=answer, **_k: _answer))
    monkeypatch.setattr(QMessageBox, "about", staticmethod(lambda *_a, **_k: None))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_name))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *_a, **_k: ("", "")))
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", staticmethod(lambda *_a, **_k: ([], "")))
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(lambda *_a, **_k: str(w.out)))
    for name in ("getText", "getItem", "getInt", "getDouble", "getMultiLineText"):
        monkeypatch.setattr(QInputDialog, name, staticmethod(lambda *_a, **_k: ("", False)))
    w.walker = walker  # type: ignore[attr-defined]
    return w


def _report(walk: Walk) -> str:
    return f"{len(walk.failures)} failure(s) after {len(walk.pressed)} presses:\n\n" + "\n\n".join(walk.failures)


def test_every_window_dialog_action_and_button_of_the_demo(qtbot, demo: Workspace, walk: Walk) -> None:  # type: ignore[no-untyped-def]
    main = MainWindow(demo)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    walker: Walker = walk.walker  # type: ignore[attr-defined]
    main.table.selectRow(0)
    walk.trail.append("<MainWindow>")
    for action in _actions(main):
        walker.press(action, main)
    for button in _buttons(main):
        walker.press(button, main)
    walk.trail.pop()
    # one visit window of each state (the review window for those under review), walked the same way
    for status in VisitStatus:
        row = next((r for r in demo.visit_rows() if r.status is status), None)
        if row is not None:
            walk.trail.append(f"visit {status.value}")
            window = main.open_visit(row.id)
            assert window is not None, status
            walker.visit(window)
            walk.trail.pop()
    # the walk above approves the submitted visit before it reaches "Approve and sign": a second one, signed
    second = [r for r in demo.visit_rows() if r.status is VisitStatus.SUBMITTED]
    assert second
    walk.trail.append("visit submitted, signed")
    window = main.open_visit(second[0].id)
    assert isinstance(window, ReviewWindow)
    walker.press(window.approve_sign_button, window)
    walker.visit(window)
    walk.trail.pop()
    reached = {p.split(" > ")[-1] for p in walk.pressed}
    for expected in ("QPushButton[Approve and sign report…]", "QPushButton[Export report…]", "<ReviewQueue>",
                     "<Dashboard>", "<FormDesigner>", "<CatalogDialog>", "<ReportSettingsDialog>"):  # fmt: skip
        assert any(expected in p for p in walk.pressed), (expected, sorted(reached))
    assert not walk.failures, _report(walk)


def test_quit_closes_the_main_window(qtbot, demo: Workspace, walk: Walk) -> None:  # type: ignore[no-untyped-def]
    main = MainWindow(demo)
    qtbot.addWidget(main)
    main.show()
    main.actions_by_name["Quit"].trigger()
    assert not main.isVisible()


CHECKED_SIGNALS = {"clicked", "triggered", "toggled"}


def test_no_slot_takes_the_checked_flag_as_an_argument() -> None:
    """``clicked``/``triggered`` pass ``checked`` to a slot that takes a positional argument: a slot connected
    to them (directly, or from a table of actions) takes its options keyword-only."""
    import ast

    ui = Path(__file__).resolve().parents[2] / "mystery_shop" / "ui"
    wrong = []
    for path in ui.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for cls in (n for n in ast.walk(tree) if isinstance(n, ast.ClassDef)):
            methods = {f.name: f for f in cls.body if isinstance(f, ast.FunctionDef)}
            slots: set[str] = set()
            for node in ast.walk(cls):
                if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "connect":
                    signal = node.func.value
                    if isinstance(signal, ast.Attribute) and signal.attr in CHECKED_SIGNALS:
                        slots |= {a.attr for a in node.args if isinstance(a, ast.Attribute)}
                elif isinstance(node, ast.Tuple):  # a row of an actions table: (text, keys, self.slot, ...)
                    slots |= {
                        e.attr for e in node.elts
                        if isinstance(e, ast.Attribute) and isinstance(e.value, ast.Name) and e.value.id == "self"
                    }  # fmt: skip
            for name in slots & methods.keys():
                if methods[name].args.args[1:]:
                    wrong.append(f"{path.relative_to(ui)}: {cls.name}.{name}")
    assert wrong == []
