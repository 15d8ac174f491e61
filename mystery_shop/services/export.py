"""Data export for a client's analysts: one row per visit, one column per question,
plus the section scores, as CSV or XLSX (the table: ``domain.export_table``; the
files: ``reports.tables``, which the server's client portal writes too).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from mystery_shop.domain.export_table import ExportVisit, export_table
from mystery_shop.domain.messages import msg
from mystery_shop.reports.tables import write_table

from .period import Period
from .rows import ServiceError


def export_rows(period: Period) -> tuple[list[str], list[list[Any]]]:
    """The header and the rows of the export; numbers unrounded, N/A as "N/A"."""
    figures = period.figures()
    return export_table(
        [
            ExportVisit(pv.facts, sv, pv.client, pv.auditor, pv.status.value)
            for pv, sv in zip(period.visits, figures.visits, strict=True)
        ]
    )


def write_export(period: Period, out: Path) -> int:
    """Write the export to ``out`` (.csv or .xlsx); returns the number of visits written."""
    suffix = out.suffix.lower()
    if suffix not in (".csv", ".xlsx"):
        raise ServiceError(msg("{name}: the export is written as .csv or .xlsx", name=out.name))
    header, rows = export_rows(period)
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_name(out.name + ".part")
    with tmp.open("wb") as fh:
        write_table(fh, suffix[1:], header, rows, client=period.client, start=period.start, end=period.end)
    tmp.replace(out)
    return len(rows)
