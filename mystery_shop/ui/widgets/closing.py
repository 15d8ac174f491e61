"""Ctrl+W (the platform's Close) and Esc close a visit's window, as they close a document elsewhere."""

from __future__ import annotations

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from ..i18n import tr

CLOSE_ACTION = "closeWindow"


def add_close_keys(window: QWidget) -> QAction:
    action = QAction(tr("Close"), window)
    action.setObjectName(CLOSE_ACTION)
    keys = [*QKeySequence.keyBindings(QKeySequence.StandardKey.Close), QKeySequence("Ctrl+W"), QKeySequence("Escape")]
    action.setShortcuts(list(dict.fromkeys(keys)))  # the platform's Close may lack Ctrl+W (it is Ctrl+F4 on some)
    action.triggered.connect(lambda: window.close())
    window.addAction(action)
    return action
