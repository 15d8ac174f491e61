"""The ``--profile`` option and opening a workspace for commands."""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from mystery_shop.services.profile import ENV_VAR, Profile, profile_is_chosen, profile_problem, resolve_profile
from mystery_shop.services.workspace import Workspace

from .common import CliError

if TYPE_CHECKING:  # loaded with the first visit opened (Workspace.open_visit), not at start-up
    from mystery_shop.services.visit_editor import VisitEditor


def add_profile_option(parser: argparse.ArgumentParser, *, creates: bool = False) -> None:
    """``creates``: the command makes the profile when there is none (``demo``, ``login``)."""
    parser.add_argument(
        "--profile",
        metavar="DIR",
        help=f"profile folder (database, photos, logs); default ${ENV_VAR} or the user data folder",
    )
    if creates:
        parser.set_defaults(create=True)
    else:
        parser.add_argument(
            "--create", action="store_true", help="start a new, empty profile in DIR when there is none"
        )


def profile_from(args: argparse.Namespace) -> Profile:
    """The chosen profile, or a clear error when it is not one (the default folder is made on first run)."""
    arg = getattr(args, "profile", None)
    profile = resolve_profile(arg)
    create = getattr(args, "create", False) or not profile_is_chosen(arg)
    problem = profile_problem(profile, create=create)
    if problem:
        raise CliError(problem)
    return profile


@contextmanager
def workspace_from(args: argparse.Namespace) -> Iterator[Workspace]:
    ws = Workspace.open(profile_from(args))
    try:
        yield ws
    finally:
        ws.close()


def open_visit(ws: Workspace, visit_id: str) -> VisitEditor:
    """The visit a command names by its id or the id's first characters (``ServiceError`` when none or several)."""
    return ws.open_visit(ws.resolve_visit_id(visit_id))
