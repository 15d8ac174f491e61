"""One limiter of password guessing, for every place a password is checked: the API's sign-in, the portal's sign-in
and the Account page's current password; and of the portal's report checks (uploads, each counted).

Each try is counted per account and per address *before* the password is
checked, in one transaction that holds the counters' rows (``FOR UPDATE``
on PostgreSQL; SQLite's ``BEGIN IMMEDIATE`` has one writer): so tries made at
once, in several workers, are counted one after the other, and no more of
them reach the password than the limit lets through. A try made while one must
wait is refused unseen. A right password forgets the account's count and gives
the address its try back.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import delete, or_, select
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from .db import Database
from .models import Throttle, utcnow

WINDOW = dt.timedelta(minutes=15)  # tries older than this are forgotten
# An office behind one address has many users; "check": the portal's "Check a report" uploads of one account (every
# check counts: a client checks a handful of reports, a script trying forged files many).
FREE_TRIES = {"user": 5, "addr": 20, "check": 20}
FIRST_WAIT = dt.timedelta(seconds=30)  # doubled with each further failure
LONGEST_WAIT = dt.timedelta(minutes=15)


@dataclass(frozen=True, slots=True)
class Try:
    """A try counted: ``refused`` is the wait when it may not check the password at all; ``wait_if_wrong`` the
    wait that follows if the password it checks is wrong."""

    refused: dt.timedelta | None
    wait_if_wrong: dt.timedelta | None = None


def keys(username: str, address: str) -> list[str]:
    return [f"user:{username.strip().casefold()[:150]}", f"addr:{address[:150]}"]


def retry_after(wait: dt.timedelta) -> str:
    """The ``Retry-After`` header's seconds."""
    return str(max(1, int(wait.total_seconds() + 0.999)))


def claim(db: Database, names: list[str]) -> Try:
    """Count a try against each key, before its password is checked."""
    now = utcnow()
    with db.write() as s:
        _ensure_rows(s, names, now)
        rows = {t.key: t for t in s.scalars(select(Throttle).where(Throttle.key.in_(names)).with_for_update())}
        waiting = [t.blocked_until - now for t in rows.values() if t.blocked_until and t.blocked_until > now]
        if waiting:
            return Try(refused=max(waiting))
        waits = []
        for key in names:
            t = rows[key]
            if now - t.window_start > WINDOW:
                t.failures, t.window_start, t.blocked_until = 0, now, None
            t.failures += 1
            over = t.failures - FREE_TRIES[key.split(":", 1)[0]]
            if over >= 0:  # the last free try (or one after): the wait starts now, and a right password lifts it
                wait = min(FIRST_WAIT * 2**over, LONGEST_WAIT)
                t.blocked_until = now + wait
                waits.append(wait)
        return Try(refused=None, wait_if_wrong=max(waits, default=None))


def succeeded(db: Database, names: list[str]) -> None:
    """The password was right: the account's count is forgotten, the address gets its try back."""
    user, *others = names
    with db.write() as s:
        s.execute(delete(Throttle).where(Throttle.key == user))
        for t in s.scalars(select(Throttle).where(Throttle.key.in_(others)).with_for_update()):
            t.failures = max(0, t.failures - 1)
            if t.failures < FREE_TRIES[t.key.split(":", 1)[0]]:
                t.blocked_until = None


def forget_old(s: Session) -> None:
    """Counts past their window and their wait (housekeeping, from the portal's timer)."""
    now = utcnow()
    s.execute(
        delete(Throttle).where(
            Throttle.window_start < now - WINDOW,
            or_(Throttle.blocked_until.is_(None), Throttle.blocked_until < now),
        )
    )


def _ensure_rows(s: Session, names: list[str], now: dt.datetime) -> None:
    """Each key's row, made if missing, without a race between two first tries (a row to hold FOR UPDATE)."""
    insert = pg_insert if s.get_bind().dialect.name == "postgresql" else sqlite_insert
    rows = [{"key": k, "failures": 0, "window_start": now} for k in names]
    s.execute(insert(Throttle).values(rows).on_conflict_do_nothing())
