"""``login``, ``logout`` and ``sync``: this profile and the firm's sync server."""

from __future__ import annotations

import argparse
import getpass
import os
import sys

from .common import CliError, print_json
from .profile_opts import add_profile_option, profile_from


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser(
        "login",
        help="sign this profile in to a sync server",
        description="Sign in; the token goes to the OS keyring (a private file in the profile where there is none).",
    )
    p.add_argument("--server", required=True, metavar="URL", help="e.g. https://sync.example.com")
    p.add_argument("--user", required=True, metavar="NAME")
    p.add_argument("--password-env", metavar="VAR", help="read the password from this variable (default: ask)")
    p.add_argument("--device", metavar="NAME", help="this computer's name on the server (default: its host name)")
    add_profile_option(p, creates=True)
    p.set_defaults(func=cmd_login)

    p = sub.add_parser("logout", help="forget this profile's sign-in (waiting changes stay queued)")
    add_profile_option(p)
    p.set_defaults(func=cmd_logout)

    p = sub.add_parser(
        "sync",
        help="send this profile's changes and fetch the others'",
        description="Push, then pull. Exit 0 when all went through, 1 when something was refused, "
        "2 when the server could not be reached.",
    )
    p.add_argument("--check", action="store_true", help="run the sanity check even if nothing changed")
    p.add_argument("--issues", action="store_true", help="list the refusals and conflicts kept so far, and stop")
    p.add_argument("--json", action="store_true", help="print the report as JSON")
    add_profile_option(p)
    p.set_defaults(func=cmd_sync)


def cmd_login(args: argparse.Namespace) -> int:
    from mystery_shop.domain.server_address import with_scheme
    from mystery_shop.sync.account import LoginError, login
    from mystery_shop.sync.transport import SyncError, Unreachable

    if args.password_env:
        password = os.environ.get(args.password_env)
        if not password:
            raise CliError(f"the environment variable {args.password_env} is empty or not set")
    else:
        password = getpass.getpass(f"password for {args.user}: ")
    profile = profile_from(args)
    profile.root.mkdir(parents=True, exist_ok=True)
    try:
        account, where = login(profile.database, with_scheme(args.server), args.user, password, device=args.device)
    except Unreachable as e:
        raise CliError(str(e), code=2) from None
    except (LoginError, SyncError) as e:
        raise CliError(f"cannot sign in: {e}") from None
    print(f"signed in to {account.server} as {account.username} ({account.role}) on device {account.device}")
    print(f"token kept in {where}")
    return 0


def cmd_logout(args: argparse.Namespace) -> int:
    from mystery_shop.sync.account import logout

    logout(profile_from(args).database)
    print("signed out; changes made from now on wait until the next sign-in")
    return 0


def cmd_sync(args: argparse.Namespace) -> int:
    from mystery_shop.sync.engine import SyncEngine
    from mystery_shop.sync.local import LocalStore

    profile = profile_from(args)
    if args.issues:
        local = LocalStore(profile.database)
        try:
            issues = local.issues()
        finally:
            local.close()
        for issue in issues:
            print(issue.line())
        return 1 if issues else 0
    report = SyncEngine(profile.database, profile.blobs, secrets=profile.root).sync_once(full_check=args.check)
    if args.json:
        print_json(
            {
                "pushed": report.pushed, "applied": report.applied, "pulled": report.pulled,
                "blobs_up": report.blobs_up, "blobs_down": report.blobs_down, "waiting": report.waiting,
                "issues": [_issue(i) for i in report.issues],
                "check": report.check, "reconciled": report.reconciled, "error": report.error,
                "exit": report.exit_code,
            }
        )  # fmt: skip
        return report.exit_code
    print(f"pushed {report.pushed} changes ({report.applied} applied), pulled {report.pulled}")
    if report.blobs_up or report.blobs_down:
        print(f"photos: {report.blobs_up} sent, {report.blobs_down} received")
    for issue in report.issues:
        print(f"refused: {issue.line()}")
    if report.waiting:
        print(f"{report.waiting} changes still waiting")
    if report.reconciled:
        print(f"reconciled with the server both ways ({report.reconciled})")
    if report.check and report.check != "ok":
        print(f"sanity check: {report.check}")
    if report.clock_warning and report.skew is not None:
        print(f"warning: this computer's clock is {abs(report.skew.total_seconds()) / 60:.0f} minutes off the server's")
    if report.error:
        print(f"mystery-shop: {report.error}", file=sys.stderr)
    return report.exit_code


def _issue(issue: object) -> dict[str, object]:
    return {name: getattr(issue, name) for name in issue.__slots__}  # type: ignore[attr-defined]
