"""The filter bar's combos show their own labels whole in every shipped language."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QComboBox, QStyle, QStyleOptionComboBox

from mystery_shop.domain.languages import SHIPPED
from mystery_shop.ui.i18n import install_language
from mystery_shop.ui.main_window import MainWindow


def _text_room(combo: QComboBox) -> int:
    """The width the combo leaves for its text (its frame, arrow and margins taken off)."""
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    field = combo.style().subControlRect(
        QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, combo
    )
    return field.width()


@pytest.mark.parametrize("code", sorted(SHIPPED))
def test_filter_labels_are_not_cut(qtbot, workspace, visit_id, code: str) -> None:
    try:
        assert install_language(code) or code == "en"
        w = MainWindow(workspace)
        qtbot.addWidget(w)
        w.resize(1280, 760)  # the screenshots' size; the bar must fit its labels at this width
        w.show()
        qtbot.waitExposed(w)
        QApplication.processEvents()
        for combo in (w.status, w.client, w.location):
            metrics = combo.fontMetrics()
            widest = (
                combo.itemText(0)
                if combo is not w.status
                else max((combo.itemText(i) for i in range(combo.count())), key=metrics.horizontalAdvance)
            )
            assert metrics.horizontalAdvance(widest) <= _text_room(combo), (code, widest, _text_room(combo))
        w.resize(700, 500)  # and it can still be made narrow: half a laptop screen
        qtbot.waitUntil(lambda: w.width() == 700)
        w.client.setCurrentIndex(w.client.count() - 1)
        assert w.client.toolTip() == w.client.currentText()  # a cut client name can be read whole
        w.close()
    finally:
        install_language("en")
