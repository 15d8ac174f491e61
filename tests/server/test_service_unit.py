"""packaging/server's systemd units (issue 27): hardened, well-formed, and their command lines are real ones."""

from __future__ import annotations

import configparser
import re
import shlex
import shutil
import subprocess
from pathlib import Path

import pytest

from mystery_shop.cli import build_parser

UNITS = Path(__file__).resolve().parents[2] / "packaging" / "server"


def _unit(name: str) -> configparser.ConfigParser:
    parser = configparser.ConfigParser(strict=False, interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read(UNITS / name)
    return parser


def test_the_service_runs_as_its_own_user_read_only_but_for_its_data_and_restarts_on_failure() -> None:
    service = _unit("mystery-shop.service")["Service"]
    assert service["User"] == "mystery-shop" and service["ProtectSystem"] == "strict"
    assert service["ReadWritePaths"] == "/var/lib/mystery-shop" and service["Restart"] == "on-failure"
    assert service["NoNewPrivileges"] == "true" and service["CapabilityBoundingSet"] == ""
    argv = shlex.split(service["ExecStart"])
    assert argv[0].endswith("/mystery-shop")
    args = build_parser().parse_args(argv[1:])  # flags the CLI really has
    assert args.func.__name__ == "cmd_serve" and str(args.data) == service["ReadWritePaths"]


def test_the_backup_timer_runs_server_backup_into_its_own_folder() -> None:
    service = _unit("mystery-shop-backup.service")["Service"]
    command = shlex.split(service["ExecStart"])[-1]
    argv = shlex.split(re.sub(r"\$\([^)]*\)", "now", command.removeprefix("exec ")))
    args = build_parser().parse_args(argv[1:])
    assert args.func.__name__ == "cmd_backup" and str(args.out).startswith(service["ReadWritePaths"])
    assert _unit("mystery-shop-backup.timer")["Timer"]["OnCalendar"] == "hourly"


@pytest.mark.skipif(not shutil.which("systemd-analyze"), reason="systemd-analyze is not installed")
def test_systemd_finds_nothing_wrong_with_the_units_but_the_missing_program() -> None:
    names = ["mystery-shop.service", "mystery-shop-backup.service", "mystery-shop-backup.timer"]
    run = subprocess.run(["systemd-analyze", "verify", "--man=no", *[str(UNITS / n) for n in names]],
                         capture_output=True, text=True, timeout=60)  # fmt: skip
    complaints = [line for line in (run.stdout + run.stderr).splitlines()
                  if line.strip() and "is not executable" not in line]  # fmt: skip
    assert not complaints, complaints
