"""The data export written out: CSV that Excel reads as UTF-8, or an XLSX workbook with an "About" sheet."""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Sequence
from typing import Any, BinaryIO

from mystery_shop.domain.cells import neutral, neutral_row
from mystery_shop.domain.export_table import SCORE_DECIMALS

FORMATS = ("csv", "xlsx")


def write_table(
    out: BinaryIO, fmt: str, header: list[str], rows: Sequence[list[Any]], *, client: str, start: dt.date, end: dt.date
) -> None:
    """Write the table to ``out`` as ``fmt`` ("csv" or "xlsx"); no text in it can be a formula (``domain.cells``)."""
    header = neutral_row(header)
    rows = [neutral_row(list(row)) for row in rows]
    client = neutral(client)
    if fmt == "csv":
        text = io.TextIOWrapper(out, encoding="utf-8-sig", newline="")  # the BOM makes Excel read UTF-8
        writer = csv.writer(text)
        writer.writerow(header)
        writer.writerows(rows)
        text.flush()
        text.detach()
        return
    if fmt != "xlsx":
        raise ValueError(f"the export is written as csv or xlsx, not {fmt!r}")
    from openpyxl import Workbook
    from openpyxl.styles import Font

    wb = Workbook(write_only=False)
    ws = wb.active
    ws.title = "Visits"
    ws.append(header)
    for cell in ws[1]:
        cell.font = Font(bold=True)
    for row in rows:
        ws.append(row)
    for column in ws.iter_cols(min_row=2):  # dates typed as dates, shown as the CSV writes them
        for cell in column:
            if isinstance(cell.value, dt.date):
                cell.number_format = "yyyy-mm-dd"
    ws.freeze_panes = "B2"
    meta = wb.create_sheet("About")
    meta.append(["Client", client])
    meta.append(["From", start.isoformat()])
    meta.append(["To", end.isoformat()])
    meta.append(["Visits", len(rows)])
    meta.append(["Scores", f"percent, rounded to {SCORE_DECIMALS} decimals"])
    wb.save(out)
