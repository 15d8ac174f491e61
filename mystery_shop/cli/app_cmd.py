"""``gui`` (the default) and ``demo``: the desktop app and its demo profile."""

from __future__ import annotations

import argparse

from mystery_shop.services.workspace import Workspace

from .common import CliError
from .profile_opts import add_profile_option, profile_from


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("gui", help="open the desktop app (the default command)")
    add_profile_option(p)
    p.set_defaults(func=cmd_gui)

    p = sub.add_parser(
        "demo",
        help="fill a profile with demo clients, locations, forms and visits",
        description="Create a demo profile: clients, locations, the sample forms and visits in every state.",
    )
    add_profile_option(p, creates=True)
    p.add_argument("--if-missing", action="store_true", help="do nothing (exit 0) when the profile has data already")
    p.add_argument("--open", action="store_true", help="open the app on the profile afterwards")
    p.set_defaults(func=cmd_demo)


def cmd_gui(args: argparse.Namespace) -> int:
    from mystery_shop.ui.app import run_gui  # Qt is loaded only for the app

    return run_gui(profile_from(args))


def cmd_demo(args: argparse.Namespace) -> int:
    from mystery_shop.services.demo import create_demo

    profile = profile_from(args)
    ws = Workspace.open(profile)
    try:
        if ws.visit_rows():
            if not args.if_missing:
                raise CliError(f"{profile.root} has visits already: the demo fills an empty profile only")
            print(f"demo profile {profile.root} is ready")
        else:
            n = create_demo(ws, progress=lambda msg: print(f"  {msg}"))
            print(f"demo profile {profile.root}: {n} visits")
    finally:
        ws.close()
    return cmd_gui(args) if args.open else 0
