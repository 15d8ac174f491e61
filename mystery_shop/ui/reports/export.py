"""Export reports from the app: one visit's PDF, or every approved visit of a client
and period into a folder with a progress bar and cancel. Reports are signed when the
report settings name a certificate; each PDF opens in the system viewer when done."""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QWidget,
)

from mystery_shop.reports.data import Audience
from mystery_shop.services import reports
from mystery_shop.services.report_settings import load_report_settings
from mystery_shop.services.workspace import Workspace

from .. import errors
from ..errors import show_error
from ..i18n import tr, trn
from ..tasks import run_task
from ..widgets.period import client_period_form
from .signing import SigningCancelled, signing_for


def open_file(path: Path) -> None:
    """Show a PDF or a folder in the system's viewer; tests replace it."""
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def default_name(ws: Workspace, visit_id: str, *, internal: bool = False) -> str:
    h = ws.open_visit(visit_id).header
    tag = " internal" if internal else ""
    return f"{h.scheduled_date.isoformat()} {reports.safe_filename(h.location)} {visit_id[:8]}{tag}.pdf"


def export_visit(
    parent: QWidget | None,
    ws: Workspace,
    visit_id: str,
    *,
    path: Path | None = None,
    on_done: Callable[[reports.ReportResult], None] | None = None,
    internal: bool = False,
) -> bool:
    """Ask where (unless ``path`` is given), then write the visit's report on the thread pool.

    The client's copy unless ``internal`` (the firm's copy, never kept for publishing).

    False when nothing was started (the file dialog or the passphrase prompt was closed).
    """
    settings = load_report_settings(ws.profile)
    try:
        sign = signing_for(parent, settings)
    except SigningCancelled:
        return False
    except Exception as e:
        show_error(parent, e, tr("Cannot sign the report"))
        return False
    if path is None:
        chosen, _ = QFileDialog.getSaveFileName(
            parent,
            tr("Export internal copy") if internal else tr("Export report"),
            str(Path.home() / default_name(ws, visit_id, internal=internal)),
            tr("PDF (*.pdf)"),
        )
        if not chosen:
            return False
        path = Path(chosen) if chosen.lower().endswith(".pdf") else Path(chosen + ".pdf")

    audience = Audience.INTERNAL if internal else Audience.CLIENT

    def done(result: reports.ReportResult) -> None:
        if on_done is not None:
            on_done(result)
        open_file(result.path)

    run_task(
        lambda: reports.visit_report(ws, visit_id, path, sign=sign, settings=settings, audience=audience),
        done,
        lambda e: show_error(parent, e, tr("The report was not written")),
    )
    return True


class _Progress(QObject):
    """Carries the worker's progress to the dialog on the main thread (a queued signal)."""

    sig_step = Signal(int, int, str)


class BulkExportDialog(QDialog):
    """Every approved and published visit of a client and period, one PDF each, into a folder."""

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
        self.result_: reports.BulkResult | None = None
        self._cancel = threading.Event()
        self._progress = _Progress(self)
        self._progress.sig_step.connect(self._step)
        self.setWindowTitle(tr("Export reports"))
        self.setMinimumWidth(520)
        form, self.client, self.start, self.end = client_period_form(
            self,
            ws,
            tr(
                "One PDF per approved or published visit of the client in the period. "
                "Reports are signed when a certificate is set in Report settings."
            ),
            client_id,
            start,
            end,
        )
        self.folder = QLineEdit(str(Path.home() / "Reports"))
        browse = QPushButton(tr("Choose…"))
        browse.clicked.connect(self.choose_folder)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(browse)
        self.bar = QProgressBar()
        self.bar.setTextVisible(True)
        self.bar.hide()
        self.status = QLabel()
        self.status.setWordWrap(True)
        form.addRow(tr("Folder"), folder_row)
        form.addRow(self.bar)
        form.addRow(self.status)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Close)
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(tr("Export"))
        self.ok.setObjectName("primary")
        self.ok.setEnabled(self.client.count() > 0)
        self.cancel_button = QPushButton(tr("Cancel export"))
        self.cancel_button.clicked.connect(self.cancel)
        self.cancel_button.hide()
        buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.accepted.connect(self.start_export)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def choose_folder(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, tr("Export reports to"), self.folder.text())
        if chosen:
            self.folder.setText(chosen)

    def start_export(self) -> bool:
        ws, client = self.ws, self.client.currentData()
        start, end = self.start.date().toPython(), self.end.date().toPython()
        folder = Path(self.folder.text()).expanduser()
        if end < start:
            errors.dialogs.error(self, tr("Export reports"), tr("The period ends before it starts."))
            return False
        settings = load_report_settings(ws.profile)
        try:
            sign = signing_for(self, settings)
        except SigningCancelled:
            return False
        except Exception as e:
            show_error(self, e, tr("Cannot sign the reports"))
            return False
        self._cancel.clear()
        self.ok.setEnabled(False)
        self.cancel_button.show()
        self.bar.show()
        self.bar.setValue(0)
        self.status.setText(tr("Finding the visits…"))
        step = self._progress.sig_step.emit
        run_task(
            lambda: reports.bulk_export(
                ws, client, start, end, folder, step, self._cancel.is_set, page_size=settings.page_size, sign=sign
            ),
            self._finished,
            self._failed,
        )
        return True

    def cancel(self) -> None:
        self._cancel.set()
        self.cancel_button.setEnabled(False)
        self.status.setText(tr("Stopping after the report being written…"))

    def _step(self, done: int, total: int, name: str) -> None:
        self.bar.setMaximum(max(total, 1))
        self.bar.setValue(done)
        self.bar.setFormat(tr("%v of %m reports"))
        if name:
            self.status.setText(tr("Writing {name}").format(name=name))

    def _finished(self, result: reports.BulkResult) -> None:
        self.result_ = result
        self._idle()
        written = len(result.written)
        if result.total == 0:
            text = tr("No approved or published visits of this client in the period.")
        elif result.cancelled:
            text = trn("Cancelled: {n} of %n report(s) written to {folder}.", result.total).format(
                n=written, folder=result.folder
            )
        else:
            text = trn("{n} of %n report(s) written to {folder}.", result.total).format(n=written, folder=result.folder)
        if result.failed:
            text += "\n" + tr("Not written:") + "\n" + "\n".join(f"{vid[:8]}: {why}" for vid, why in result.failed)
        self.status.setText(text)
        if written:
            open_file(result.folder)

    def _failed(self, error: BaseException) -> None:
        self._idle()
        self.status.setText("")
        show_error(self, error, tr("The reports were not written"))

    def _idle(self) -> None:
        self.ok.setEnabled(True)
        self.cancel_button.hide()
        self.cancel_button.setEnabled(True)

    def reject(self) -> None:
        self._cancel.set()  # closing the dialog stops the export after the current report
        super().reject()
