"""Planning many visits at once from a CSV schedule (columns in docs/planning.md).

Every bad row is reported with its line number and the good rows are kept.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from dataclasses import dataclass
from pathlib import Path

from mystery_shop.domain.choices import unknown
from mystery_shop.domain.messages import msg

from .rows import ServiceError
from .workspace import Workspace

COLUMNS = ("client", "location", "form", "auditor", "date", "due", "scenario")
REQUIRED = ("client", "location", "form", "date")


@dataclass(frozen=True, slots=True)
class RowProblem:
    line: int
    message: str

    def __str__(self) -> str:
        return f"line {self.line}: {self.message}"


@dataclass(frozen=True)
class PlanResult:
    created: list[str]
    problems: list[RowProblem]


def plan_from_csv(ws: Workspace, path: Path) -> PlanResult:
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as e:
        raise ServiceError(msg("{path}: cannot read the schedule ({error})", path=path, error=e)) from None
    return plan_from_text(ws, text)


def plan_from_text(ws: Workspace, text: str) -> PlanResult:
    reader = csv.DictReader(io.StringIO(text))
    header = [h.strip().lower() for h in reader.fieldnames or []]
    missing = [c for c in REQUIRED if c not in header]
    if missing:
        raise ServiceError(
            msg(
                "The schedule needs the columns {columns}; missing: {missing}.",
                columns=", ".join(REQUIRED),
                missing=", ".join(missing),
            )
        )
    reader.fieldnames = header
    clients = {c.name.casefold(): c for c in ws.clients()}
    locations = {(loc.client_id, loc.name.casefold()): loc for loc in ws.locations()}
    forms = {f.form_id for f in ws.forms()}
    people = {p.username.casefold(): p for p in ws.people()} | {p.display_name.casefold(): p for p in ws.people()}

    created: list[str] = []
    problems: list[RowProblem] = []
    for row in reader:
        line = reader.line_num
        cell = {k: (v or "").strip() for k, v in row.items() if k}
        try:
            client = clients.get(cell["client"].casefold())
            if client is None:
                raise ServiceError(unknown("client", cell["client"], [c.name for c in clients.values()]))
            location = locations.get((client.id, cell["location"].casefold()))
            if location is None:
                names = [loc.name for (cid, _), loc in locations.items() if cid == client.id]
                raise ServiceError(unknown("location", cell["location"], names, owner=client.name))
            if cell["form"] not in forms:
                raise ServiceError(unknown("form", cell["form"], sorted(forms)))
            auditor = None
            if cell.get("auditor"):
                person = people.get(cell["auditor"].casefold())
                if person is None:
                    raise ServiceError(msg("no auditor {auditor!r}", auditor=cell["auditor"]))
                auditor = person.id
            when = _date(cell["date"], "date")
            due = _date(cell["due"], "due") if cell.get("due") else None
            if due is not None and due < when:
                raise ServiceError(msg("due {due} is before the visit date {when}", due=due, when=when))
            created.append(
                ws.create_visit(
                    cell["form"], location.id, when, auditor_id=auditor, due_date=due, scenario=cell.get("scenario", "")
                )
            )
        except ServiceError as e:
            problems.append(RowProblem(line, str(e)))
    return PlanResult(created, problems)


def _date(text: str, column: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise ServiceError(msg("{column} {text!r} is not a date as YYYY-MM-DD", column=column, text=text)) from None
