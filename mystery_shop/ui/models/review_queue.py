"""The review queue: a table model over ``QueueRow``s and the proxy that filters it."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtGui import QColor

from mystery_shop.domain.checks import CheckCode, CheckResult, Severity
from mystery_shop.domain.evidence import FlagCode
from mystery_shop.services.review_queue import QueueRow

from ..i18n import message_text, tr, trn
from .row_table import Index, RowTable
from .visits import ID_ROLE, SORT_ROLE, score_cell, score_tooltip

COLUMNS = ("submitted", "date", "client", "location", "auditor", "form", "score", "checks", "evidence")
ANY_FLAG = "any"  # the evidence filter: any flag at all
NO_FLAG = "none"  # no flag


def flag_label(code: FlagCode) -> str:
    return {
        FlagCode.NO_TIME: tr("No capture time"),
        FlagCode.OTHER_DAY: tr("Taken on another day"),
        FlagCode.FAR_FROM_START: tr("Far from the visit's start"),
        FlagCode.FAR_AWAY: tr("Far from the location"),
        FlagCode.REUSED: tr("Used in another visit"),
        FlagCode.TOO_FEW: tr("Too few photos"),
        FlagCode.TOO_MANY: tr("Too many photos"),
    }[code]


def check_label(code: CheckCode) -> str:
    return {
        CheckCode.COMMENT_MISSING: tr("Comment missing"),
        CheckCode.RULE: tr("Rule"),
        CheckCode.PHOTO_MISSING: tr("Photo missing"),
        CheckCode.TOO_SHORT: tr("Too short"),
        CheckCode.COMMENT_REUSED: tr("Comment reused"),
        CheckCode.PHOTO_REUSED: tr("Photo reused"),
        CheckCode.STRAIGHT_LINING: tr("Straight-lining"),
        CheckCode.AUDITOR_OUTLIER: tr("Auditor outlier"),
        CheckCode.REPEAT_VISIT: tr("Repeat visit"),
        CheckCode.TOO_FAST: tr("Too fast"),
    }[code]


def check_line(c: CheckResult) -> str:
    """One check as a person reads it: its kind, the question it concerns, what it says."""
    where = f" ({c.question})" if c.question else ""
    mark = "⛔" if c.severity is Severity.BLOCK else "⚠"
    return f"{mark} {check_label(c.code)}{where}: {message_text(c.message)}"


class ReviewQueueModel(RowTable):
    def __init__(self, rows: list[QueueRow] | None = None, parent: Any = None) -> None:
        headers = [
            tr("Submitted"),
            tr("Visit date"),
            tr("Client"),
            tr("Location"),
            tr("Auditor"),
            tr("Form"),
            tr("Score"),
            tr("Checks"),
            tr("Evidence"),
        ]
        super().__init__(headers, parent)
        self._rows: list[QueueRow] = list(rows or [])
        self._today = dt.date.today()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        r = self._rows[index.row()]
        col = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(r, col)
        if role == SORT_ROLE:
            return self._sort_value(r, col)
        if role == ID_ROLE:
            return r.id
        if role == Qt.ItemDataRole.ForegroundRole and col == "evidence":
            return QColor("#b45309" if r.flags else "#6b7280")
        if role == Qt.ItemDataRole.ForegroundRole and col == "submitted" and self._waiting_days(r) > 7:
            return QColor("#dc2626")
        if role == Qt.ItemDataRole.ToolTipRole and col == "score":
            return score_tooltip(r.score, r.complete, r.critical_failed)
        if role == Qt.ItemDataRole.ForegroundRole and col == "checks":
            return QColor("#dc2626" if any(c.severity is Severity.BLOCK for c in r.checks) else
                          "#b45309" if r.checks else "#6b7280")  # fmt: skip
        if role == Qt.ItemDataRole.ToolTipRole and col == "checks" and r.checks:
            return "\n".join(check_line(c) for c in r.checks)
        if role == Qt.ItemDataRole.ToolTipRole and col == "evidence" and r.flag_reasons:
            return "\n".join(message_text(reason) for reason in r.flag_reasons)
        if role == Qt.ItemDataRole.ToolTipRole and col == "submitted" and r.submitted_at:
            return tr("Submitted {when}").format(when=r.submitted_at.astimezone().strftime("%Y-%m-%d %H:%M"))
        if role == Qt.ItemDataRole.TextAlignmentRole and col == "score":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:  # the whole text of a cell the column cuts short
            return self._display(r, col) or None
        if role == Qt.ItemDataRole.ForegroundRole and col == "score" and r.critical_failed:
            return QColor("#dc2626")
        return None

    def _waiting_days(self, r: QueueRow) -> int:
        return (self._today - r.submitted_at.date()).days if r.submitted_at else 0

    def _display(self, r: QueueRow, col: str) -> str:
        if col == "submitted":
            if r.submitted_at is None:
                return ""
            days = self._waiting_days(r)
            when = r.submitted_at.astimezone().strftime("%Y-%m-%d")
            return when + ("  · " + trn("%n day(s)", days) if days > 1 else "")
        if col == "date":
            return r.scheduled_date.isoformat()
        if col == "score":
            return score_cell(r.score, r.complete, r.critical_failed)
        if col == "checks":
            if not r.checks:
                return tr("✓ none")
            codes = sorted({c.code for c in r.checks}, key=list(CheckCode).index)
            return f"⚠ {len(r.checks)}: " + ", ".join(check_label(code) for code in codes)
        if col == "evidence":
            if not r.flags:
                return tr("✓ no flags")
            return "⚑ " + ", ".join(flag_label(c) for c in sorted(r.flags))
        return {"client": r.client, "location": r.location, "auditor": r.auditor, "form": r.form_title}[col]

    def _sort_value(self, r: QueueRow, col: str) -> Any:
        if col == "submitted":
            return r.submitted_at.timestamp() if r.submitted_at else 0.0
        if col == "date":
            return r.scheduled_date.toordinal()
        if col == "score":
            return -1.0 if r.score is None else r.score
        if col == "evidence":
            return len(r.flags)
        if col == "checks":
            return r.risk
        return self._display(r, col).casefold()


class QueueFilter(QSortFilterProxyModel):
    """Filters by client, location, auditor, form and evidence flag (a FlagCode, ANY_FLAG or NO_FLAG)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self.client_id: str | None = None
        self.location_id: str | None = None
        self.auditor_id: str | None = None
        self.form_id: str | None = None
        self.evidence: str | None = None

    def set_filters(self, **kwargs: Any) -> None:
        self.beginFilterChange()
        for key, value in kwargs.items():
            if not hasattr(self, key):
                raise AttributeError(key)
            setattr(self, key, value)
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self.sourceModel()
        assert isinstance(model, ReviewQueueModel)
        r = model.row_at(source_row)
        for attr, value in (
            ("client_id", self.client_id),
            ("location_id", self.location_id),
            ("auditor_id", self.auditor_id),
            ("form_id", self.form_id),
        ):
            if value is not None and getattr(r, attr) != value:
                return False
        if self.evidence == ANY_FLAG:
            return bool(r.flags)
        if self.evidence == NO_FLAG:
            return not r.flags
        if self.evidence is not None:
            return FlagCode(self.evidence) in r.flags
        return True
