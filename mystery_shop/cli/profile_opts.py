"""The ``--profile`` option and opening a workspace for commands."""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from contextlib import contextmanager

from mystery_shop.services.profile import ENV_VAR, Profile, resolve_profile
from mystery_shop.services.workspace import Workspace


def add_profile_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--profile",
        metavar="DIR",
        help=f"profile folder (database, photos, logs); default ${ENV_VAR} or the user data folder",
    )


def profile_from(args: argparse.Namespace) -> Profile:
    return resolve_profile(getattr(args, "profile", None))


@contextmanager
def workspace_from(args: argparse.Namespace) -> Iterator[Workspace]:
    ws = Workspace.open(profile_from(args))
    try:
        yield ws
    finally:
        ws.close()
