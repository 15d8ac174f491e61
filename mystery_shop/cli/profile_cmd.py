"""``profile name``: who uses this profile, as reports and audit trails name them.

``profile backup`` / ``profile restore``: the whole profile (unsynced work, photos, settings) in one file,
to carry to another laptop (services/profile_backup.py)."""

from __future__ import annotations

import argparse
from pathlib import Path

from mystery_shop.services.profile import profile_is_chosen, resolve_profile

from .common import CliError
from .profile_opts import add_profile_option, profile_from, workspace_from


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

    backup = psub.add_parser(
        "backup",
        help="write the whole profile to one file: unsynced work, photos, settings",
        description="A consistent copy even while the app is open. The sync token stays out: after a restore, "
        "sign in again and what waited is sent.",
    )
    backup.add_argument("--out", required=True, metavar="FILE", help="the backup file to write, e.g. alice.msbackup")
    add_profile_option(backup)
    backup.set_defaults(func=cmd_backup)

    restore = psub.add_parser(
        "restore",
        help="put a profile back from a backup file (on this laptop or another)",
        description="Restores into the profile folder (--profile, else the default one). A profile already there "
        "is kept beside it, renamed, and only with --replace.",
    )
    restore.add_argument("file", metavar="FILE", help="a file written by `mystery-shop profile backup`")
    restore.add_argument("--replace", action="store_true", help="replace the profile there (it is kept, renamed)")
    restore.add_argument("--profile", metavar="DIR", help="the profile folder to restore into")
    restore.set_defaults(func=cmd_restore)


def cmd_name(args: argparse.Namespace) -> int:
    with workspace_from(args) as ws:
        if args.name is None:
            print(ws.me.display_name if ws.has_my_name() else f"{ws.me.display_name} (not set yet)")
            return 0
        me = ws.set_my_name(args.name)
        print(f"reports and the audit trail now name you {me.display_name}")
    return 0


def cmd_backup(args: argparse.Namespace) -> int:
    from mystery_shop.services.profile_backup import back_up

    profile = profile_from(args)
    done = back_up(profile, Path(args.out))
    print(f"backed up {profile.root} to {done.path} ({done.size / 1e6:.1f} MB: {done.photos} photos, "
          f"{done.waiting} changes not yet sent)")  # fmt: skip
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from mystery_shop.services.profile_backup import restore

    profile = resolve_profile(args.profile)
    if profile.exists() and not args.replace:
        raise CliError(f"{profile.root} already holds a profile: restore into another folder (--profile DIR), "
                       "or add --replace (the one there is kept beside it, renamed)")  # fmt: skip
    done = restore(Path(args.file), profile, replace=args.replace)
    print(f"restored {done.profile} from {args.file}: {done.photos} photos, {done.waiting} changes waiting to be sent")
    if done.previous:
        print(f"the profile that was there is kept in {done.previous}")
    if done.waiting:
        where = f" --profile {done.profile}" if profile_is_chosen(args.profile) else ""
        print(f"sign in (mystery-shop login --server URL --user NAME{where}) and sync to send them")
    return 0
