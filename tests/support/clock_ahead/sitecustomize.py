"""Moves a child process's clock as far ahead as the test run's (tests/support/clock.py)."""

import os

MOVED = False

if os.environ.get("MYSTERY_SHOP_TEST_CLOCK_AHEAD"):
    import datetime as _dt

    import time_machine as _tm

    _days = int(os.environ["MYSTERY_SHOP_TEST_CLOCK_AHEAD"])
    _tm.travel(_dt.datetime.now(_dt.UTC) + _dt.timedelta(days=_days), tick=True).start()
    MOVED = True
