"""No calendar bombs: the tests that deal in dates pass with the clock a year ahead (issue 13).

A test that plans a visit on a fixed day passes until that day goes by, then fails for everyone.
Here the tests marked ``clock`` (every test in a module that deals in dates, tests/support/clock.py)
run again in a child pytest whose clock, and its children's, is moved 365 days ahead, so such a
test fails on the day it is written.
"""

from __future__ import annotations

import datetime as _calendar
import os
import subprocess
import sys
from pathlib import Path

import pytest

from support.clock import CHILD_PATH, ENV_VAR, days_ahead

ROOT = Path(__file__).resolve().parent.parent
YEAR = 365


def test_the_moved_clock_reaches_child_processes(pytestconfig: pytest.Config) -> None:
    real_today = _calendar.date.today() - _calendar.timedelta(days=days_ahead(pytestconfig))
    env = {**os.environ, ENV_VAR: "400", "PYTHONPATH": str(CHILD_PATH)}
    code = "import datetime, time; print(datetime.date.today(), datetime.date.fromtimestamp(time.time()))"
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True).stdout
    moved = {real_today + _calendar.timedelta(days=400 + d) for d in (0, 1)}  # the day may turn meanwhile
    today, from_time = (_calendar.date.fromisoformat(w) for w in out.split())
    assert today in moved and from_time in moved


@pytest.mark.slow
def test_the_date_sensitive_tests_pass_a_year_from_now(pytestconfig: pytest.Config) -> None:
    if days_ahead(pytestconfig):
        pytest.skip("this run's clock is moved already: every test here is the check")  # not a silent pass: said
    env = {k: v for k, v in os.environ.items() if k != ENV_VAR}
    proc = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-m", "clock", "--clock-ahead", str(YEAR),
         "--deselect", "tests/test_calendar.py"],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=1800, check=False,
    )  # fmt: skip
    tail = "\n".join(proc.stdout.splitlines()[-40:])
    assert proc.returncode == 0, f"with the clock {YEAR} days ahead:\n{tail}\n{proc.stderr[-2000:]}"
    assert " passed" in tail and " deselected" in tail, tail
