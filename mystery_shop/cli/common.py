"""What the CLI's commands share: their error type and output helpers."""

from __future__ import annotations

import json
import sys
from typing import Any


class CliError(Exception):
    """A failure meant for the person at the terminal: printed as is, exit ``code``."""

    def __init__(self, message: str, code: int = 1) -> None:
        super().__init__(message)
        self.code = code


def print_json(data: Any) -> None:
    json.dump(data, sys.stdout, indent=2, ensure_ascii=False)
    sys.stdout.write("\n")


def table(rows: list[list[str]], header: list[str], align: str = "") -> str:
    """A plain text table; ``align`` has one letter per column, 'l' or 'r' (default l)."""
    cols = len(header)
    widths = [max(len(str(r[i])) for r in [header, *rows]) for i in range(cols)]

    def fmt(row: list[str]) -> str:
        cells = []
        for i, cell in enumerate(row):
            a = align[i] if i < len(align) else "l"
            cells.append(str(cell).rjust(widths[i]) if a == "r" else str(cell).ljust(widths[i]))
        return "  ".join(cells).rstrip()

    rule = "  ".join("-" * w for w in widths).rstrip()
    return "\n".join([fmt(header), rule, *(fmt(r) for r in rows)])
