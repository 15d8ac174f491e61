"""The app's one hub of what the writes changed: a Qt signal per workspace, relayed from its ``ChangeHub``.

Screens connect to ``hub(ws).sig_changed`` and refresh only what the ``Changes`` name (the visit list
re-reads the changed lines), skipping those whose ``origin`` is themselves (``services.changes.acting_for``).
A write on a background task emits from its thread; Qt queues the signal to the screens' thread.
"""

from __future__ import annotations

import weakref

from PySide6.QtCore import QObject, Signal

from mystery_shop.services.changes import ChangeHub, Changes
from mystery_shop.services.workspace_protocol import WorkspaceView


class ChangeSignals(QObject):
    sig_changed = Signal(object, object)  # Changes, and the screen that made them (or None)

    def __init__(self, changes: ChangeHub) -> None:
        super().__init__()
        self.stop = changes.subscribe(self._relay)

    def _relay(self, changes: Changes, origin: object) -> None:
        self.sig_changed.emit(changes, origin)


_hubs: weakref.WeakKeyDictionary[ChangeHub, ChangeSignals] = weakref.WeakKeyDictionary()


def hub(ws: WorkspaceView) -> ChangeSignals:
    """The hub of ``ws``, made on first use in the GUI thread, kept as long as the workspace."""
    signals = _hubs.get(ws.changes)
    if signals is None:
        signals = _hubs[ws.changes] = ChangeSignals(ws.changes)
    return signals
