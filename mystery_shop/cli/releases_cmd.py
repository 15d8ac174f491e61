"""``server releases add|list|remove``: the app versions the server announces to the laptops (issue 28).

Registered under ``server`` by server_cmd; the laptops show the newest one newer than theirs as a quiet
notice (status bar, About) and name it when the server refuses an app too old to sync (426).
"""

from __future__ import annotations

import argparse

from .common import print_json, table
from .server_opts import admin_call, server_database

PLATFORMS = ("any", "linux", "windows", "macos")  # sync.protocol.PLATFORMS, without importing pydantic at start


def register(ssub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    releases = ssub.add_parser(
        "releases",
        help="announce app versions to the laptops (they show an update notice)",
        description="The apps read the list when online and show the newest version newer than theirs. "
        "The server does not host the installers: --url is where the firm publishes them.",
    ).add_subparsers(dest="releases_command", metavar="ACTION", required=True)
    p = releases.add_parser("add", help="announce a version")
    p.add_argument("version", help="as released, e.g. 1.4.0")
    p.add_argument("--url", required=True, help="where to download it, e.g. https://it.example.com/mystery-shop/")
    p.add_argument("--platform", choices=PLATFORMS, default="any", help="the platform it is for (default any)")
    p.add_argument("--notes", default="", metavar="TEXT", help="what's new, shown in the app")
    p.set_defaults(func=cmd_add)
    p = releases.add_parser("list", help="list the announced versions, newest first")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_list)
    p = releases.add_parser("remove", help="stop announcing a version")
    p.add_argument("version")
    p.add_argument("--platform", choices=PLATFORMS, default="any")
    p.set_defaults(func=cmd_remove)


def cmd_add(args: argparse.Namespace) -> int:
    from mystery_shop.server.releases import add_release

    r = admin_call(add_release, server_database(args), args.version, args.url, platform=args.platform, notes=args.notes)
    print(f"announced version {r.version} ({r.platform}): {r.url}")
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    from mystery_shop.server.releases import releases

    rows = releases(server_database(args))
    if args.json:
        print_json([r.model_dump() for r in rows])
    elif rows:
        print(table([[r.version, r.platform, r.url, r.notes] for r in rows], ["VERSION", "PLATFORM", "URL", "NOTES"]))
    else:
        print("no versions announced (add one with: mystery-shop server releases add VERSION --url URL)")
    return 0


def cmd_remove(args: argparse.Namespace) -> int:
    from mystery_shop.server.releases import remove_release

    admin_call(remove_release, server_database(args), args.version, platform=args.platform)
    print(f"version {args.version} ({args.platform}) is no longer announced")
    return 0
