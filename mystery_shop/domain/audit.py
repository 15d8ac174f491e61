"""An audit entry's two times (issue 26): when it happened on the device that made it, and when the server
received it. An auditor who submits offline at 17:05 and syncs at 17:12 reads 17:05 everywhere; the server's
17:12 is shown beside it, since times are read to the minute, only where the two differ by a minute or more."""

from __future__ import annotations

import datetime as dt

APART = dt.timedelta(minutes=1)


def received_apart(at: dt.datetime, received_at: dt.datetime | None) -> dt.datetime | None:
    """The server's time of receipt where a reader should see it; None when the entry reached the server within
    the minute, or has not reached it (made here, not synced yet; or made before the server kept the time)."""
    if received_at is None or abs(received_at - at) < APART:
        return None
    return received_at
