"""The ``mystery-shop`` command.

Each group of subcommands lives in its own module and registers itself on the
parser; ``main`` turns our own errors into a message and an exit code, and
anything unexpected into one line for the person plus a traceback in the log.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence

from mystery_shop import __version__
from mystery_shop.services.rows import ServiceError
from mystery_shop.store.errors import MigrationFailed, ProfileRefused

from . import (
    actions_cmd,
    app_cmd,
    export_cmd,
    forms_cmd,
    keys_cmd,
    profile_cmd,
    report_cmd,
    review_cmd,
    server_cmd,
    sync_cmd,
    verify_cmd,
    visits_cmd,
    xlsform_cmd,
)
from .common import CliError

log = logging.getLogger(__name__)

# Modules that add subcommands: each has ``register(subparsers)``.
COMMAND_MODULES = [
    app_cmd,
    profile_cmd,
    forms_cmd,
    xlsform_cmd,
    visits_cmd,
    review_cmd,
    actions_cmd,
    export_cmd,
    report_cmd,
    server_cmd,
    sync_cmd,
    keys_cmd,
    verify_cmd,
]


def build_parser() -> argparse.ArgumentParser:
    return _parser()[0]


def _parser() -> tuple[argparse.ArgumentParser, set[str]]:
    """The parser, and the names of its commands."""
    parser = argparse.ArgumentParser(
        prog="mystery-shop",
        description="Mystery shopping and customer-touchpoint audits.",
    )
    parser.add_argument("--version", action="version", version=f"mystery-shop {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in COMMAND_MODULES:
        module.register(sub)
    return parser, set(sub.choices)


def main(argv: Sequence[str] | None = None) -> int:
    parser, commands = _parser()
    words = list(sys.argv[1:] if argv is None else argv)
    if not commands & set(words) and not {"-h", "--help", "--version"} & set(words):
        words = ["gui", *words]  # no command: open the app
    args = parser.parse_args(words)
    # The one error boundary of every command: a refusal meant for the person is printed as it is, with its
    # exit code; anything else is a bug, said in one line and logged with its traceback.
    try:
        return int(args.func(args) or 0)
    except CliError as e:
        print(f"mystery-shop: {e}", file=sys.stderr)
        return e.code
    # A service's refusal (ServiceError), or a profile this version cannot open: said, nothing changed.
    except (ServiceError, ProfileRefused, MigrationFailed) as e:
        print(f"mystery-shop: {e}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("mystery-shop: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
    except Exception as e:  # a bug: one line for the person, the traceback to the log file
        log_file = _log_file(args)
        log.exception("unexpected error in %s", args.command)
        print(f"mystery-shop: something went wrong ({type(e).__name__}: {e}). Details: {log_file}", file=sys.stderr)
        return 70


def _log_file(args: argparse.Namespace) -> str:
    from mystery_shop.services.profile import resolve_profile, setup_logging

    profile = resolve_profile(getattr(args, "profile", None))
    setup_logging(profile)
    return str(profile.log_file)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
