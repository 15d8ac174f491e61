"""``profile name``: who uses this profile, as reports and audit trails name them."""

from __future__ import annotations

import argparse

from mystery_shop.services.rows import ServiceError

from .common import CliError
from .profile_opts import add_profile_option, workspace_from


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("profile", help="this profile's settings: the user's name")
    psub = p.add_subparsers(dest="profile_command", metavar="WHAT", required=True)
    name = psub.add_parser(
        "name",
        help="show or set your name (reports and the audit trail show it instead of 'Local user')",
        description="Without NAME, print the name in use. Signed in to a server, the server's account name "
        "comes back with the next sync.",
    )
    name.add_argument("name", nargs="?", metavar="NAME", help='your full name, e.g. "Irina Sokolova"')
    add_profile_option(name)
    name.set_defaults(func=cmd_name)


def cmd_name(args: argparse.Namespace) -> int:
    with workspace_from(args) as ws:
        if args.name is None:
            print(ws.me.display_name if ws.has_my_name() else f"{ws.me.display_name} (not set yet)")
            return 0
        try:
            me = ws.set_my_name(args.name)
        except ServiceError as e:
            raise CliError(str(e)) from None
        print(f"reports and the audit trail now name you {me.display_name}")
    return 0
