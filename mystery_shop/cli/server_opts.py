"""What every ``serve`` and ``server …`` command shares: where the server's data is, its database, and
the admin calls' refusals as the terminal shows them."""

from __future__ import annotations

import argparse
import os
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, ParamSpec, TypeVar

import platformdirs

from .common import CliError

if TYPE_CHECKING:  # the server's modules load only for the commands that use them
    from mystery_shop.server.config import ServerConfig
    from mystery_shop.server.db import Database

P = ParamSpec("P")
T = TypeVar("T")


def add_store_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--data", metavar="DIR", type=Path, help="server data folder (default the user data folder)")
    p.add_argument("--db", metavar="URL", help="database URL, e.g. postgresql://user@host/db (default SQLite in DIR)")
    p.add_argument("--blobs", metavar="s3://BUCKET/PREFIX", help="photos and reports in S3-compatible object storage "
                   "(endpoint and keys from AWS_ENDPOINT_URL, AWS_ACCESS_KEY_ID, ...; default DIR/blobs)")  # fmt: skip


def server_config(args: argparse.Namespace) -> ServerConfig:
    from mystery_shop.server.config import ServerConfig

    data = args.data or Path(platformdirs.user_data_dir("mystery-shop", appauthor=False)) / "server"
    config = ServerConfig(
        Path(data).expanduser().resolve(),
        args.db or os.environ.get("MYSTERY_SHOP_SERVER_DB", ""),
        blobs_url=getattr(args, "blobs", None) or os.environ.get("MYSTERY_SHOP_SERVER_BLOBS_URL", ""),
    )
    if config.blobs_url and not config.blobs_url.startswith("s3://"):
        raise CliError(f"--blobs takes an s3://BUCKET/PREFIX address, not {config.blobs_url}")
    if config.db_url.startswith(("postgresql", "postgres:")):
        try:
            import psycopg  # noqa: F401
        except ImportError:  # the desktop bundle leaves the driver out (packaging/README.md)
            raise CliError(
                "this copy of mystery-shop has no PostgreSQL driver (the desktop app runs a server on SQLite "
                "only): install the server package on the server machine (pip install mystery-shop, "
                "docs/deploy.md) and run its mystery-shop serve"
            ) from None
    return config


def server_database(args: argparse.Namespace) -> Database:
    from mystery_shop.server.db import Database

    db = Database(server_config(args).url)
    try:
        db.migrate()
    except Exception as e:
        raise CliError(f"cannot open the server database: {e}") from None
    return db


def admin_call(fn: Callable[P, T], *a: P.args, **kw: P.kwargs) -> T:
    """``fn(*a, **kw)``, its refusal (``AdminError``) said as the CLI says its own."""
    from mystery_shop.server.admin import AdminError

    try:
        return fn(*a, **kw)
    except AdminError as e:
        raise CliError(str(e)) from None
