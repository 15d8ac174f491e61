"""Table columns that fit what they hold: short facts sized to their text, long names sharing the rest.

What still does not fit is cut with an ellipsis; the models give every cell its
whole text as a tooltip. The short columns are sized when the rows are loaded
(``size_short_columns``), not kept sized by the header: re-measuring on every
sort and filter of 10,000 visits costs more than the window takes to open.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHeaderView, QTableView

# Rows measured to size a column: a list of 10,000 visits is not measured whole.
SAMPLE_ROWS = 200


def fit_columns(table: QTableView, columns: Sequence[str], *, stretch: Collection[str]) -> None:
    header = table.horizontalHeader()
    header.setResizeContentsPrecision(SAMPLE_ROWS)
    header.setStretchLastSection(False)
    header.setMinimumSectionSize(56)
    for i, name in enumerate(columns):
        mode = QHeaderView.ResizeMode.Stretch if name in stretch else QHeaderView.ResizeMode.Interactive
        header.setSectionResizeMode(i, mode)
    table.setTextElideMode(Qt.TextElideMode.ElideRight)
    table.setWordWrap(False)


def size_short_columns(table: QTableView) -> None:
    """Size every column that does not stretch to its widest text (header included), once."""
    header = table.horizontalHeader()
    for i in range(header.count()):
        if header.sectionResizeMode(i) is not QHeaderView.ResizeMode.Stretch:
            table.resizeColumnToContents(i)
