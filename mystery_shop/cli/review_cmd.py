"""``review comment|override|return|approve|publish``: a supervisor's review from the shell.

Each command calls the same service as the review screen (services/review.py),
so it is checked by the same workflow rules and written with its audit entry
in one transaction. What the workflow forbids (a visit in the wrong state, a
user whose role may not) exits 1 with the reason, so bulk scripts can tell.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from mystery_shop.domain.numbers import display
from mystery_shop.services import review
from mystery_shop.services.rows import ServiceError
from mystery_shop.services.visit_editor import VisitEditor

from . import appeals_cmd
from .common import CliError, print_json, table
from .profile_opts import add_profile_option, open_visit, workspace_from
from .report_cmd import add_signing_options, check_pdf_out, signing_from, summary


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    rev = sub.add_parser(
        "review",
        help="review submitted visits: comment, override, return, approve, publish",
        description="A supervisor's review, one visit at a time. Exit 0 when done, 1 when the workflow does not "
        "allow it (the reason is printed), 2 for a usage error.",
    )
    rsub = rev.add_subparsers(dest="review_command", metavar="ACTION", required=True)

    p = rsub.add_parser(
        "queue",
        help="list the submitted visits with their quality checks, the riskiest first",
        description="The review queue: submitted visits, the riskiest first (a blocking check counts three "
        "warnings), then the longest waiting; each with its checks (FORMS.md) and those across visits.",
    )
    p.add_argument("--json", action="store_true", help="print JSON")
    add_profile_option(p)
    p.set_defaults(func=cmd_queue)

    p = rsub.add_parser("comment", help="comment on a submitted visit, or on one of its questions")
    p.add_argument("id", help="visit id (or a unique prefix of at least 6 characters)")
    p.add_argument("text", help="the comment")
    p.add_argument("--question", metavar="Q", help="the question the comment is about (default: the whole visit)")
    add_profile_option(p)
    p.set_defaults(func=cmd_comment)

    p = rsub.add_parser(
        "override",
        help="replace a question's points, with a reason",
        description="Replace the points a question earned with P (between 0 and the question's possible points), "
        "giving the reason; the visit is rescored as FORMS.md says.",
    )
    p.add_argument("id")
    p.add_argument("question", metavar="QUESTION", help="question id")
    p.add_argument("--points", required=True, metavar="P", help="the points it earns instead (e.g. 2.5 or 5/2)")
    p.add_argument("--reason", required=True, metavar="TEXT", help="why (shown in the audit trail)")
    add_profile_option(p)
    p.set_defaults(func=cmd_override)

    p = rsub.add_parser("return", help="send a submitted visit back to its auditor, saying what to fix")
    p.add_argument("id")
    p.add_argument("--comment", required=True, metavar="TEXT", help="what the auditor should fix")
    add_profile_option(p)
    p.set_defaults(func=cmd_return)

    p = rsub.add_parser(
        "approve",
        help="approve a submitted visit (and write its signed report with --sign)",
        description="Approve a submitted visit. With --sign P12 --out FILE.pdf the signed report is written "
        "right after, as the app's 'Approve and sign report' does; the key is opened first, so a wrong "
        "passphrase approves nothing.",
    )
    p.add_argument("id")
    add_signing_options(p)
    p.add_argument("--out", type=Path, metavar="FILE.pdf", help="where to write the signed report (with --sign)")
    add_profile_option(p)
    p.set_defaults(func=cmd_approve)

    p = rsub.add_parser(
        "publish",
        help="publish an approved visit's report to its client",
        description="Publish an approved visit: its signed report goes to the client portal with it (at the next "
        "sync). The report signed when it was approved is sent; a visit with none needs --sign P12 to sign one now.",
    )
    p.add_argument("id")
    add_signing_options(p)
    add_profile_option(p)
    p.set_defaults(func=cmd_publish)
    appeals_cmd.register(rsub)


def cmd_queue(args: argparse.Namespace) -> int:
    from mystery_shop.services.review_queue import review_queue

    from .visits_cmd import check_json

    with workspace_from(args) as ws:
        rows = review_queue(ws)
    if args.json:
        print_json(
            [
                {
                    "id": r.id,
                    "submitted_at": r.submitted_at.isoformat() if r.submitted_at else None,
                    "scheduled_date": r.scheduled_date.isoformat(),
                    "client": r.client,
                    "location": r.location,
                    "auditor": r.auditor,
                    "form": r.form_id,
                    "total": r.score,
                    "grade": r.grade,
                    "complete": r.complete,
                    "risk": r.risk,
                    "flags": sorted(f.value for f in r.flags),
                    "checks": [check_json(c) for c in r.checks],
                }
                for r in rows
            ]
        )
        return 0
    if not rows:
        print("Nothing waiting for review.")
        return 0
    body = [
        [r.id[:8], r.scheduled_date.isoformat(), r.client, r.location, r.auditor,
         ", ".join(sorted({c.code.value for c in r.checks})) or "-"]
        for r in rows
    ]  # fmt: skip
    print(table(body, ["ID", "Date", "Client", "Location", "Auditor", "Checks"], "llllll"))
    return 0


def _do(args: argparse.Namespace, action, done: str, **more) -> int:  # type: ignore[no-untyped-def]
    """Run ``action(editor)`` on the visit; print ``done`` (formatted with the editor, and ``more``'s values
    asked for after the action) or exit 1 with the reason."""
    with workspace_from(args) as ws:
        ed = open_visit(ws, args.id)
        action(ed)
        extra = {k: v() for k, v in more.items()}
        print(done.format(id=ed.id[:8], ed=ed, total=display(ed.score.total), **extra))
    return 0


def cmd_comment(args: argparse.Namespace) -> int:
    where = f"question {args.question}" if args.question else "the visit"
    return _do(args, lambda ed: review.add_comment(ed, args.question, args.text), f"commented on {where} of {{id}}")


def cmd_override(args: argparse.Namespace) -> int:
    def override(ed: VisitEditor) -> None:
        review.override_score(ed, args.question, args.points, args.reason)

    return _do(args, override, f"{{id}}: {args.question} now earns {args.points} points; total {{total}}")


def cmd_return(args: argparse.Namespace) -> int:
    return _do(args, lambda ed: review.return_visit(ed, args.comment), "returned {id} to {ed.header.auditor}")


def cmd_approve(args: argparse.Namespace) -> int:
    if args.sign and not args.out:
        raise CliError("--sign writes the signed report: give --out FILE.pdf", code=2)
    if args.out and not args.sign:
        raise CliError("--out goes with --sign P12", code=2)
    if args.out:
        check_pdf_out(args.out)
    sign = signing_from(args)  # before approving: a wrong passphrase approves nothing
    with workspace_from(args) as ws:
        ed = open_visit(ws, args.id)
        review.approve(ed)
        print(f"approved {ed.id[:8]}")
        if sign is None:
            return 0
        from mystery_shop.services.reports import visit_report

        try:
            result = visit_report(ws, ed.id, args.out, sign=sign)
        except ServiceError as e:  # said by the CLI's one error boundary (cli.main), with what was done
            raise ServiceError(f"approved, but the signed report could not be written: {e}") from None
    print(summary(result))
    return 0


def cmd_publish(args: argparse.Namespace) -> int:
    sign = signing_from(args)  # before anything: a wrong passphrase publishes nothing
    sent: list[str] = []

    def publish(ed: VisitEditor) -> None:
        sent.append(review.publish(ed, sign=sign).report_id)

    return _do(args, publish, "published {id} for {ed.header.client} with the signed report {report}",
               report=lambda: sent[0])  # fmt: skip
