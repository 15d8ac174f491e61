"""The periods a dashboard offers: the desktop's and the portal's presets, and the days each one covers."""

from __future__ import annotations

import datetime as dt

# (label, days back to today; -1: this calendar year so far; 0: dates of one's own)
PRESETS: list[tuple[str, int]] = [("Last 3 months", 91), ("Last 12 months", 365), ("This year", -1), ("Custom", 0)]
DEFAULT_DAYS = 91


def preset_range(days: int, today: dt.date | None = None) -> tuple[dt.date, dt.date]:
    """The last ``days`` days to today; ``days`` < 0: this calendar year so far."""
    today = today or dt.date.today()
    return (dt.date(today.year, 1, 1) if days < 0 else today - dt.timedelta(days=days)), today
