"""Running the suite with the clock moved ahead (issue 13).

``pytest --clock-ahead DAYS`` (or ``MYSTERY_SHOP_TEST_CLOCK_AHEAD=DAYS``) moves
the clock of the test process, and of every Python process the tests start,
DAYS ahead of the real one: ``time.time``, ``datetime.now`` and ``date.today``
all agree on the moved date, and the clock keeps ticking. A test that passes
today but would fail on a later day fails here on the day it is written.

Children get it from ``clock_ahead/sitecustomize.py``, put in front of their
``PYTHONPATH`` together with the variable.
"""

from __future__ import annotations

import datetime as dt
import os
import re
from functools import cache
from pathlib import Path

import pytest

ENV_VAR = "MYSTERY_SHOP_TEST_CLOCK_AHEAD"
# A test module that names one of these deals in dates: its tests get the ``clock`` mark, and
# tests/test_calendar.py runs them all again a year ahead. ``@pytest.mark.clock`` marks any other.
CALENDAR_WORDS = re.compile(
    r"date\.today|datetime\.now|utcnow|time\.time\(|today\(\)|timedelta|dt\.date\(|dt\.datetime\("
)
CHILD_PATH = Path(__file__).resolve().parent / "clock_ahead"


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--clock-ahead",
        type=int,
        metavar="DAYS",
        default=None,
        help=f"run with the clock moved DAYS ahead of today (also ${ENV_VAR})",
    )


def days_ahead(config: pytest.Config) -> int:
    days = config.getoption("--clock-ahead")
    if days is None:
        days = int(os.environ.get(ENV_VAR) or 0)
    return int(days)


def move_clock(days: int) -> None:
    """Start the move in this process and hand it to the processes it starts."""
    import sys

    import time_machine

    if getattr(sys.modules.get("sitecustomize"), "MOVED", False):
        return  # a child of a moved run: its sitecustomize moved it already
    real_today = dt.date.today()
    time_machine.travel(dt.datetime.now(dt.UTC) + dt.timedelta(days=days), tick=True).start()
    if dt.date.today() == real_today:
        raise pytest.UsageError(f"--clock-ahead {days}: the clock did not move")
    os.environ[ENV_VAR] = str(days)
    os.environ["PYTHONPATH"] = os.pathsep.join(p for p in (str(CHILD_PATH), os.environ.get("PYTHONPATH")) if p)


@pytest.hookimpl(tryfirst=True)
def pytest_configure(config: pytest.Config) -> None:
    days = days_ahead(config)
    if days:
        move_clock(days)


@cache
def reads_calendar(path: Path) -> bool:
    try:
        return bool(CALENDAR_WORDS.search(path.read_text(encoding="utf-8")))
    except OSError:
        return False


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if reads_calendar(Path(item.path)):
            item.add_marker(pytest.mark.clock)


def pytest_report_header(config: pytest.Config) -> str | None:
    days = days_ahead(config)
    return f"clock moved {days} days ahead: today is {dt.date.today().isoformat()}" if days else None
