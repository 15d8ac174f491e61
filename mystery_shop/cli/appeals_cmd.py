"""``review appeals`` and ``review decide``: the supervisors' appeals from the shell (docs/appeals.md).

The same services as Supervise → Appeals (services/appeals.py): what the
workflow forbids (a closed appeal, points that give nothing back, no reply)
exits 1 with the reason.
"""

from __future__ import annotations

import argparse
import datetime as dt

from mystery_shop.services import appeals
from mystery_shop.services.rows import ServiceError

from .common import CliError, print_json, table
from .profile_opts import add_profile_option, workspace_from


def register(rsub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = rsub.add_parser(
        "appeals",
        help="list the clients' appeals, oldest first, with days open and the window's deadline",
        description="The appeals this laptop holds (sync first): open ones by default, oldest first.",
    )
    p.add_argument("--all", action="store_true", help="decided and withdrawn appeals too")
    p.add_argument("--json", action="store_true", help="print JSON")
    add_profile_option(p)
    p.set_defaults(func=cmd_appeals)

    p = rsub.add_parser(
        "decide",
        help="accept an appeal (an override of its question) or decline it, with a reply to the client",
        description="Accept with --accept --points P (the question's new points, more than it earned and at most "
        "its possible points: an override with the appeal as its reason), or --decline. Both need --reply. The "
        "revised report is then signed and published again (review publish).",
    )
    p.add_argument("appeal", metavar="APPEAL", help="appeal id (or a unique prefix of at least 6 characters)")
    how = p.add_mutually_exclusive_group(required=True)
    how.add_argument("--accept", action="store_true")
    how.add_argument("--decline", action="store_true")
    p.add_argument("--points", metavar="P", help="with --accept: the question's new points (e.g. 2 or 5/2)")
    p.add_argument("--reply", required=True, metavar="TEXT", help="the reply the client reads")
    add_profile_option(p)
    p.set_defaults(func=cmd_decide)

    p = rsub.add_parser("ask-auditor", help="ask the visit's auditor for their account of an appealed finding")
    p.add_argument("appeal", metavar="APPEAL")
    p.add_argument("text", help="the question to the auditor")
    add_profile_option(p)
    p.set_defaults(func=cmd_ask)

    p = rsub.add_parser("account", help="(the auditor) give your account of an appealed finding")
    p.add_argument("appeal", metavar="APPEAL")
    p.add_argument("text", help="your account")
    add_profile_option(p)
    p.set_defaults(func=cmd_account)


def cmd_appeals(args: argparse.Namespace) -> int:
    now = dt.datetime.now(dt.UTC)
    with workspace_from(args) as ws:
        rows = appeals.appeals(ws, open_only=not args.all)
    if args.json:
        print_json([
            {"id": r.id, "visit": r.visit_id, "question": r.question_id, "category": r.category.value,
             "argument": r.argument, "state": r.state.value, "filed_at": r.filed_at.isoformat(),
             "days_open": r.days_open(now), "deadline": r.deadline.isoformat() if r.deadline else None,
             "client": r.client, "location": r.location, "files": [f.filename for f in r.files],
             "reply": r.outcome_reply, "points": r.outcome_points}
            for r in rows
        ])  # fmt: skip
        return 0
    if not rows:
        print("No appeals waiting." if not args.all else "No appeals.")
        return 0
    body = [[r.id[:8], r.filed_at.date().isoformat(), str(r.days_open(now)),
             r.deadline.date().isoformat() if r.deadline else "-", r.client, r.location, r.question_id, r.state.value]
            for r in rows]  # fmt: skip
    print(table(body, ["ID", "Filed", "Days open", "Deadline", "Client", "Location", "Question", "State"], "llrlllll"))
    return 0


def cmd_decide(args: argparse.Namespace) -> int:
    if args.accept and args.points is None:
        raise CliError("--accept needs --points P: the question's new points")
    if args.decline and args.points is not None:
        raise CliError("--points goes with --accept")
    with workspace_from(args) as ws:
        try:
            if args.accept:
                appeals.accept(ws, args.appeal, args.points, args.reply)
            else:
                appeals.decline(ws, args.appeal, args.reply)
        except ServiceError as e:
            raise CliError(str(e)) from None
    print(f"appeal {args.appeal}: " + (f"accepted, {args.points} points (sign and publish the revised report)"
                                       if args.accept else "declined"))  # fmt: skip
    return 0


def cmd_ask(args: argparse.Namespace) -> int:
    return _run(args, appeals.ask_auditor, "asked the auditor")


def cmd_account(args: argparse.Namespace) -> int:
    return _run(args, appeals.give_account, "account given")


def _run(args: argparse.Namespace, action, done: str) -> int:  # type: ignore[no-untyped-def]
    with workspace_from(args) as ws:
        try:
            action(ws, args.appeal, args.text)
        except ServiceError as e:
            raise CliError(str(e)) from None
    print(f"appeal {args.appeal}: {done}")
    return 0
