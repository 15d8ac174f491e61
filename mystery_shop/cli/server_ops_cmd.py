"""``server backup``, ``server restore``, ``server check``: keeping a server's data safe (docs/backup.md)."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import ParamSpec, TypeVar

from .common import CliError, print_json
from .server_opts import server_config

P = ParamSpec("P")
T = TypeVar("T")


def register(ssub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = ssub.add_parser(
        "backup",
        help="a consistent backup of the running server: database and photos, in one file",
        description="Back up the server's database (PostgreSQL: pg_dump; SQLite: its online backup) and its "
        "blob folder into one tar file, with a manifest. Safe while the server runs.",
    )
    p.add_argument("--out", metavar="FILE", type=Path, required=True, help="the backup file to write")
    p.add_argument("--no-blobs", action="store_true", help="list the blobs in the manifest but leave them out "
                   "(when the blob folder is backed up by other means)")  # fmt: skip
    p.set_defaults(func=cmd_backup)
    p = ssub.add_parser(
        "restore",
        help="restore a backup into an empty database and blob folder",
        description="Restore FILE (from `server backup`) into the empty database named by --db and the empty "
        "blob folder under --data. Laptops notice the restore and send back what the server lost.",
    )
    p.add_argument("file", metavar="FILE", type=Path)
    p.set_defaults(func=cmd_restore)
    blobs = ssub.add_parser("blobs", help="move photos and reports to object storage").add_subparsers(
        dest="blobs_command", metavar="ACTION", required=True
    )
    p = blobs.add_parser("migrate", help="copy the blob folder to s3://BUCKET/PREFIX (resumable, verified)")
    p.add_argument("--to", metavar="s3://BUCKET/PREFIX", required=True)
    p.set_defaults(func=cmd_blobs_migrate)
    p = ssub.add_parser("check", help="verify every photo and report a record names is stored with the right hash")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.set_defaults(func=cmd_check)


def _run(fn: Callable[P, T], *a: P.args, **kw: P.kwargs) -> T:
    from mystery_shop.server.backup import BackupError

    try:
        return fn(*a, **kw)
    except BackupError as e:
        raise CliError(str(e)) from None


def cmd_backup(args: argparse.Namespace) -> int:
    from mystery_shop.server.backup import backup

    manifest = _run(backup, server_config(args), args.out, blobs=not args.no_blobs)
    blobs = manifest["blobs"]
    assert isinstance(blobs, list)
    size = sum(int(b["size"]) for b in blobs)
    listed = "" if manifest["blobs_included"] else ", listed only"
    print(f"backed up the {manifest['database']} database (SEQ {manifest['seq']}) and {len(blobs)} blobs "
          f"({size / (1 << 20):.1f} MiB{listed}) to {args.out}")  # fmt: skip
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from mystery_shop.server.backup import restore

    if not args.file.is_file():
        raise CliError(f"no backup file {args.file}")
    manifest = _run(restore, server_config(args), args.file)
    print(f"restored the backup of {manifest['created_at']} (SEQ {manifest['seq']}); laptops will send back what "
          "they hold and this backup lacks at their next sync")  # fmt: skip
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    from mystery_shop.server.backup import check

    report = _run(check, server_config(args))
    if args.json:
        print_json({"named": report.named, "missing": report.missing, "corrupt": report.corrupt,
                    "orphans": report.orphans, "ok": report.ok})  # fmt: skip
        return 0 if report.ok else 1
    for sha in report.missing:
        print(f"missing: {sha}")
    for sha in report.corrupt:
        print(f"corrupt: {sha} (the stored bytes hash to something else)")
    for sha in report.orphans:
        print(f"orphan: {sha} (named by no record)")
    print(f"{report.named} blobs named by records: {len(report.missing)} missing, {len(report.corrupt)} corrupt; "
          f"{len(report.orphans)} orphans")  # fmt: skip
    return 0 if report.ok else 1


def cmd_blobs_migrate(args: argparse.Namespace) -> int:
    from mystery_shop.server.blobs import ServerBlobs
    from mystery_shop.server.s3blobs import migrate, parse_url

    config = server_config(args)
    try:
        parse_url(args.to)
    except ValueError as e:
        raise CliError(str(e)) from None
    source = ServerBlobs(config.blob_dir, max_bytes=config.max_blob_bytes, min_free=0)
    copied, present, damaged = migrate(source, args.to)
    for sha in damaged:
        print(f"damaged, left behind: {sha} (run `server check`)")
    print(f"{copied} blobs copied to {args.to}, {present} there already; now serve with --blobs {args.to}")
    return 1 if damaged else 0
