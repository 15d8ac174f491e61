"""The designer's tree: touchpoints and their questions, reordered by drag and drop.

Qt does not move the items itself: a drop is turned into a move of the draft
(``drop_destination``, plain and tested on its own) and the tree is filled
again from the form, so what is shown is always the form.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QDropEvent
from PySide6.QtWidgets import QAbstractItemView, QTreeWidget, QTreeWidgetItem, QWidget

from mystery_shop.domain.forms import Form

from ..i18n import tr

PATH_ROLE = Qt.ItemDataRole.UserRole + 1  # (si,) for a touchpoint, (si, qi) for a question
Where = tuple[int, ...]


def drop_destination(dragged: Where, target: Where | None, position: str, form: Form) -> tuple[Where, Where] | None:
    """Where a drop moves ``dragged``: (from, to), or None when it cannot go there.

    ``position`` is "on", "above" or "below" ``target``. A question dropped on a
    touchpoint goes to its end; above or below a question, next to it. A
    touchpoint goes above or below another touchpoint. The destination index
    counts the list without the dragged item.
    """
    if target is None or dragged == target:
        return None
    if len(dragged) == 1:  # a touchpoint
        ti = target[0]
        dst = ti + (1 if position == "below" and len(target) == 1 else 0)
        if len(target) == 2:
            dst = ti + 1 if ti >= dragged[0] else ti
        if dst > dragged[0]:
            dst -= 1
        return None if dst == dragged[0] else (dragged, (dst,))
    si, qi = dragged
    if len(target) == 1:
        tsi = target[0]
        if position == "on" or position == "below":
            n = len(form.sections[tsi].questions) - (1 if tsi == si else 0)
            return (dragged, (tsi, n)) if position == "on" else (dragged, (tsi, 0)) if tsi != si or qi else None
        if tsi == 0:
            return None
        prev = tsi - 1
        n = len(form.sections[prev].questions) - (1 if prev == si else 0)
        return dragged, (prev, n)
    tsi, tqi = target
    dst = tqi + (1 if position == "below" else 0)
    if tsi == si and dst > qi:
        dst -= 1
    return None if (tsi, dst) == dragged else (dragged, (tsi, dst))


class FormTree(QTreeWidget):
    sig_move_requested = Signal(tuple, tuple)  # from, to: (si,) / (si, qi)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setHeaderHidden(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.form: Form | None = None

    def fill(self, form: Form, problems: dict[Where, list[str]], select: Where | None) -> None:
        """Show ``form``; items with problems in red with the problems as tooltip; select ``select``."""
        self.form = form
        self.blockSignals(True)
        self.clear()
        chosen = None
        red = QBrush(QColor("#c0392b"))
        for si, s in enumerate(form.sections):
            top = QTreeWidgetItem([s.title or tr("(untitled touchpoint)")])
            top.setData(0, PATH_ROLE, (si,))
            top.setFlags(top.flags() | Qt.ItemFlag.ItemIsDragEnabled | Qt.ItemFlag.ItemIsDropEnabled)
            self.addTopLevelItem(top)
            for qi, q in enumerate(s.questions):
                child = QTreeWidgetItem([f"{q.text or tr('(no text)')}  ·  {q.type.value}"])
                child.setData(0, PATH_ROLE, (si, qi))
                child.setFlags((child.flags() | Qt.ItemFlag.ItemIsDragEnabled) & ~Qt.ItemFlag.ItemIsDropEnabled)
                top.addChild(child)
                self._mark(child, problems.get((si, qi)), red)
                if select == (si, qi):
                    chosen = child
            self._mark(top, problems.get((si,)), red)
            top.setExpanded(True)
            if select == (si,):
                chosen = top
        if chosen is not None:
            self.setCurrentItem(chosen)
        self.blockSignals(False)

    @staticmethod
    def _mark(item: QTreeWidgetItem, problems: list[str] | None, red: QBrush) -> None:
        if problems:
            item.setForeground(0, red)
            item.setToolTip(0, "\n".join(problems))
            item.setText(0, "⚠ " + item.text(0))

    def selected_path(self) -> Where | None:
        item = self.currentItem()
        return None if item is None else tuple(item.data(0, PATH_ROLE))

    def dropEvent(self, event: QDropEvent) -> None:
        dragged = self.selected_path()
        item = self.itemAt(event.position().toPoint())
        target = None if item is None else tuple(item.data(0, PATH_ROLE))
        indicator = self.dropIndicatorPosition()
        position = {
            QAbstractItemView.DropIndicatorPosition.OnItem: "on",
            QAbstractItemView.DropIndicatorPosition.AboveItem: "above",
            QAbstractItemView.DropIndicatorPosition.BelowItem: "below",
        }.get(indicator, "below")
        event.setDropAction(Qt.DropAction.IgnoreAction)
        event.accept()
        if dragged is not None and self.form is not None:
            move = drop_destination(dragged, target, position, self.form)
            if move is not None:
                self.sig_move_requested.emit(*move)
