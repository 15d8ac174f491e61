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

from . import forms_cmd
from .common import CliError

log = logging.getLogger(__name__)

# Modules that add subcommands: each has ``register(subparsers)``.
COMMAND_MODULES = [forms_cmd]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="mystery-shop",
        description="Mystery shopping and customer-touchpoint audits.",
    )
    parser.add_argument("--version", action="version", version=f"mystery-shop {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in COMMAND_MODULES:
        module.register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help()
        return 0
    try:
        return int(args.func(args) or 0)
    except CliError as e:
        print(f"mystery-shop: {e}", file=sys.stderr)
        return e.code
    except KeyboardInterrupt:
        print("mystery-shop: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
