"""Plan many visits from a CSV schedule (docs/planning.md): good rows are planned,
every bad row is listed with its line number and why."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QListWidget,
    QVBoxLayout,
    QWidget,
)

from mystery_shop.services.planning import COLUMNS, REQUIRED, PlanResult, plan_from_csv
from mystery_shop.services.workspace import Workspace

from ..errors import show_error
from ..i18n import tr, trn


def choose_schedule(parent: QWidget | None) -> Path | None:
    path, _ = QFileDialog.getOpenFileName(parent, tr("Plan visits from a CSV schedule"), "", tr("CSV (*.csv)"))
    return Path(path) if path else None


def plan_schedule(ws: Workspace, path: Path, parent: QWidget | None = None) -> PlanResult | None:
    """Plan the rows of ``path``; None when the file as a whole is refused (the reason is shown)."""
    try:
        return plan_from_csv(ws, path)
    except Exception as e:
        show_error(parent, e, tr("Cannot read the schedule"))
        return None


class PlanResultDialog(QDialog):
    def __init__(self, path: Path, result: PlanResult, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Schedule planned"))
        self.resize(640, 380 if result.problems else 160)
        col = QVBoxLayout(self)
        n, bad = len(result.created), len(result.problems)
        summary = QLabel(
            trn("{file}: planned %n visit(s)", n).format(file=path.name)
            + (trn(", refused %n row(s):", bad) if bad else ".")
        )
        summary.setWordWrap(True)
        col.addWidget(summary)
        self.problems = QListWidget()
        self.problems.addItems([str(p) for p in result.problems])
        self.problems.setVisible(bool(bad))
        col.addWidget(self.problems, 1)
        if bad:
            hint = QLabel(
                tr(
                    "Fix those lines and import a file with only them: the good rows are planned already. "
                    "Columns: {c} ({r} required)."
                ).format(c=", ".join(COLUMNS), r=", ".join(REQUIRED))
            )
            hint.setWordWrap(True)
            hint.setProperty("muted", True)
            col.addWidget(hint)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.accept)
        col.addWidget(buttons)
