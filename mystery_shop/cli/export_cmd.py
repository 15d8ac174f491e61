"""``export`` and ``visits plan``: data out for analysts, schedules in for supervisors."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path

from mystery_shop.services.export import write_export
from mystery_shop.services.period import load_period
from mystery_shop.services.planning import plan_from_csv

from .common import CliError
from .profile_opts import add_profile_option, workspace_from


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser(
        "export",
        help="export a client's visits and answers as CSV or XLSX",
        description="One row per visit, one column per question, plus section scores. "
        "Approved and published visits scheduled in the period are exported.",
    )
    p.add_argument("--client", required=True, metavar="NAME")
    p.add_argument("--from", dest="start", required=True, metavar="YYYY-MM-DD")
    p.add_argument("--to", dest="end", required=True, metavar="YYYY-MM-DD")
    p.add_argument("--out", required=True, metavar="FILE.csv|FILE.xlsx")
    add_profile_option(p)
    p.set_defaults(func=cmd_export)

    p = sub.add_parser(
        "plan",
        help="plan visits from a CSV schedule",
        description="Columns: client, location, form, date (required); auditor, due, scenario (optional). "
        "Bad rows are reported by line number; the good rows are planned. Exit 1 if any row was refused.",
    )
    p.add_argument("schedule", metavar="SCHEDULE.csv")
    add_profile_option(p)
    p.set_defaults(func=cmd_plan)


def parse_date(text: str, flag: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise CliError(f"{flag} {text!r} is not a date as YYYY-MM-DD", code=2) from None


def cmd_export(args: argparse.Namespace) -> int:
    start, end = parse_date(args.start, "--from"), parse_date(args.end, "--to")
    with workspace_from(args) as ws:
        period = load_period(ws, args.client, start, end)
        n = write_export(period, Path(args.out))
    print(f"wrote {n} visit{'s' if n != 1 else ''} to {args.out}")
    return 0


def cmd_plan(args: argparse.Namespace) -> int:
    with workspace_from(args) as ws:
        result = plan_from_csv(ws, Path(args.schedule))
    for problem in result.problems:
        print(f"{args.schedule}: {problem}")
    print(
        f"planned {len(result.created)} visit{'s' if len(result.created) != 1 else ''}"
        + (f", refused {len(result.problems)} row{'s' if len(result.problems) != 1 else ''}" if result.problems else "")
    )
    return 1 if result.problems else 0
