"""Export a client's period as CSV or XLSX for their analysts (services/export.py)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QWidget,
)

from mystery_shop.services.export import write_export
from mystery_shop.services.period import load_period
from mystery_shop.services.workspace import Workspace

from ..errors import show_error
from ..i18n import tr, trn
from ..tasks import run_task
from ..widgets.period import client_period_form


class ExportDialog(QDialog):
    def __init__(
        self,
        ws: Workspace,
        client_id: str | None = None,
        start: dt.date | None = None,
        end: dt.date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ws = ws
        self.written: tuple[Path, int] | None = None
        self.setWindowTitle(tr("Export data"))
        self.setMinimumWidth(460)
        form, self.client, self.start, self.end = client_period_form(
            self,
            ws,
            tr(
                "One row per visit, one column per question, then the touchpoint scores. "
                "Only approved and published visits are exported."
            ),
            client_id,
            start,
            end,
        )
        self.fmt = QComboBox()
        self.fmt.addItem(tr("Excel workbook (.xlsx)"), ".xlsx")
        self.fmt.addItem(tr("CSV, UTF-8 (.csv)"), ".csv")
        self.result = QLabel()
        self.result.setWordWrap(True)
        form.addRow(tr("Format"), self.fmt)
        form.addRow(self.result)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Close)
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(tr("Export…"))
        self.ok.setObjectName("primary")
        self.ok.setEnabled(self.client.count() > 0)
        buttons.accepted.connect(self.choose_file)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def choose_file(self) -> None:
        suffix = self.fmt.currentData()
        name = f"{self.client.currentText()} {self.start.date().toString('yyyy-MM-dd')} to " + self.end.date().toString(
            "yyyy-MM-dd"
        )
        path, _ = QFileDialog.getSaveFileName(
            self, tr("Export data"), str(Path.home() / (name + suffix)), tr("Data (*{s})").format(s=suffix)
        )
        if path:
            self.export_to(Path(path))

    def export_to(self, path: Path) -> None:
        if path.suffix.lower() not in (".csv", ".xlsx"):
            path = path.with_name(path.name + self.fmt.currentData())
        ws, client = self.ws, self.client.currentData()
        start, end = self.start.date().toPython(), self.end.date().toPython()
        self.ok.setEnabled(False)
        self.result.setText(tr("Exporting…"))
        run_task(
            lambda: write_export(load_period(ws, client, start, end), path), lambda n: self._done(path, n), self._failed
        )

    def _done(self, path: Path, n: int) -> None:
        self.written = (path, n)
        self.ok.setEnabled(True)
        self.result.setText(trn("%n visit(s) written to {path}", n).format(path=path))

    def _failed(self, error: BaseException) -> None:
        self.ok.setEnabled(True)
        self.result.setText("")
        show_error(self, error)
