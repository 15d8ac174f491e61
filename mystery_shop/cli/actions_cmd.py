"""``action-rules set|list``: which findings of a client's visits open an action plan (issue 31), set by the firm.

The same service as any screen would call (``services.action_rules``): the rules sync to the server as an
``action_rule`` record, and the server opens the actions when it publishes the client's visits.
"""

from __future__ import annotations

import argparse
from fractions import Fraction

from sqlalchemy import select

from mystery_shop.domain.actions import ActionRules
from mystery_shop.domain.catalogue import client_key
from mystery_shop.services.action_rules import action_rules, set_action_rules
from mystery_shop.services.rows import ServiceError
from mystery_shop.store import models as m

from .common import CliError, print_json, table
from .profile_opts import add_profile_option, workspace_from


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    top = sub.add_parser("action-rules", help="which findings open an action plan, per client and form",
                         description="Action plans (docs/actions.md): a client's rules per form; none set, none "
                         "opened. Exit 0 when done, 1 with the reason when refused, 2 for a usage error.")  # fmt: skip
    asub = top.add_subparsers(dest="rules_command", metavar="ACTION", required=True)
    p = asub.add_parser("set", help="set a client's rules for a form (or every form)")
    p.add_argument("client", help="the client's name")
    p.add_argument("--form", default="", metavar="FORM_ID", help="the form id (default: every form of the client)")
    p.add_argument("--no-zero", action="store_true", help="a question that earned nothing opens no action")
    p.add_argument("--no-critical", action="store_true", help="a failed critical question opens no action")
    p.add_argument("--section-below", type=Fraction, metavar="PERCENT",
                   help="a touchpoint scoring below this opens an action")  # fmt: skip
    p.add_argument("--due-days", type=int, default=7, metavar="N", help="days to fix (default 7)")
    p.add_argument("--critical-due-days", type=int, default=2, metavar="N", help="for a critical one (default 2)")
    add_profile_option(p)
    p.set_defaults(func=cmd_set)
    p = asub.add_parser("list", help="every client's rules")
    p.add_argument("--json", action="store_true", help="print JSON")
    add_profile_option(p)
    p.set_defaults(func=cmd_list)


def cmd_set(args: argparse.Namespace) -> int:
    rules = ActionRules(not args.no_zero, not args.no_critical, args.section_below, args.due_days,
                        args.critical_due_days)  # fmt: skip
    with workspace_from(args) as ws:
        with ws.sessions() as s:
            found = [(cid, name) for cid, name in s.execute(select(m.Client.id, m.Client.name))
                     if client_key(name) == client_key(args.client)]  # fmt: skip
        if not found:
            raise CliError(f"no client called {args.client!r}")
        try:
            set_action_rules(ws, found[0][0], args.form, rules)
        except ServiceError as e:
            raise CliError(str(e)) from None
    print(f"{found[0][1]}, {args.form or 'every form'}: {_describe(rules)}")
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    with workspace_from(args) as ws:
        rules = action_rules(ws)
        with ws.sessions() as s:
            names = {str(cid): str(name) for cid, name in s.execute(select(m.Client.id, m.Client.name))}
    rows = sorted((names.get(cid, cid), fid, r) for (cid, fid), r in rules.items())
    if args.json:
        print_json([{"client": c, "form": f, **r.settings()} for c, f, r in rows])
        return 0
    if not rows:
        print("no action plan rules: no client's visits open actions")
        return 0
    print(table([[c, f or "(every form)", _describe(r)] for c, f, r in rows], ["client", "form", "rules"]))
    return 0


def _describe(r: ActionRules) -> str:
    what = [w for w, on in (("a question that earned nothing", r.zero), ("a failed critical question", r.critical))
            if on]  # fmt: skip
    if r.section_below is not None:
        what.append(f"a touchpoint below {float(r.section_below):g} %")
    due = f"due in {r.due_days} days, {r.critical_due_days} for a critical one"
    return (" or ".join(what) or "nothing") + f" opens an action; {due}"
