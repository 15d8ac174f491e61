"""The portal's timer: it keeps the index of published visits current, sends the publish notices, warms the
dashboard's figures and sweeps what has lapsed. Started and stopped by the application's lifespan
(``server.main``); what it remembers between rounds is typed here, not loose on ``app.state``."""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import logging
import time
from collections.abc import AsyncIterator
from dataclasses import dataclass

from starlette.concurrency import run_in_threadpool

from .. import blob_access
from ..state import State
from . import action_mail, dashboard, index, mail, sessions

log = logging.getLogger(__name__)
SWEEP_S = 3600  # lapsed sessions and uploads no record named, once an hour


@dataclass
class Timer:
    st: State
    warmed: tuple[int, dt.date] | None = None  # the index version and the day the dashboard was warmed for
    swept: float = 0.0  # time.monotonic() of the last sweep
    rounds: int = 0  # rounds completed (a test waits for the next ones rather than sleeping)

    def tick(self) -> None:
        st = self.st
        version = index.current(st.db, notify=st.config.mail)
        mail.send_pending(st.db, st.config)
        action_mail.remind(st.db, st.config)
        warmed = (version, dt.date.today())
        if self.warmed != warmed:
            dashboard.warm(st.db, version)
            self.warmed = warmed
        now = time.monotonic()
        if now - self.swept > SWEEP_S:
            self.swept = now
            sessions.remove_lapsed(st.db)
            blob_access.collect(st.db, st.blobs)  # uploads no record named within a day
        self.rounds += 1

    async def run(self) -> None:
        while True:
            try:
                await run_in_threadpool(self.tick)
            except Exception:  # a database hiccup: the next round tries again
                log.exception("the portal's timer failed")
            await asyncio.sleep(self.st.config.portal_poll_s)


@contextlib.asynccontextmanager
async def running(st: State) -> AsyncIterator[Timer | None]:
    """The timer, running while the block does (None when ``portal_poll_s`` turns it off)."""
    if st.config.portal_poll_s <= 0:
        yield None
        return
    timer = Timer(st)
    task = asyncio.get_running_loop().create_task(timer.run())
    try:
        yield timer
    finally:
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError, Exception):
            await task
