"""Action reminders through a real SMTP server (aiosmtpd): one digest per person per day, a link only, sent once
by two workers; the clock is the test's."""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from server.action_support import FAILS_TWO, add_riverside, publish, set_rules
from server.harness import Firm, LiveServer, today
from server.portal_support import Signed, signed_in
from server.test_portal_mail import PUBLIC, Inbox, inbox  # noqa: F401  (the SMTP fixture)
from sqlalchemy import select

from mystery_shop.server import admin
from mystery_shop.server.config import ServerConfig
from mystery_shop.server.portal import action_mail, index
from mystery_shop.server.portal.models import PortalAction


@pytest.fixture
def quiet_mailing(db_url: str, tmp_path: Path, inbox: tuple[Inbox, int]) -> Iterator[LiveServer]:  # noqa: F811
    """A server that can mail, with no timer: the test runs the workers itself, at the times it says."""
    config = ServerConfig(tmp_path / "server-data", db_url, smtp_host="127.0.0.1", smtp_port=inbox[1],
                          smtp_security="none", smtp_from="portal@firm.example", public_url=PUBLIC + "/",
                          portal_poll_s=0)  # fmt: skip
    server = LiveServer(config)
    server.start()
    yield server
    server.stop()
    server.db.dispose()


def test_one_digest_per_person_per_day_sent_once_by_two_workers(quiet_mailing: LiveServer, inbox, signed: Signed,  # noqa: F811
                                                                ) -> None:  # type: ignore[no-untyped-def]  # fmt: skip
    box, _ = inbox
    live = quiet_mailing
    firm = Firm(live).setup()
    set_rules(firm)
    add_riverside(firm)
    for user in ("stan", "rita", "carl"):
        admin.set_email(live.db, user, f"{user}@acme.example")
    high = publish(firm, signed, firm.location_id, today() - dt.timedelta(days=1), FAILS_TWO)
    index.catch_up(live.db)
    with live.db.read() as s:
        opened = s.scalar(select(PortalAction.opened_at).where(PortalAction.id == f"{high}:q:greeted"))
    assert opened is not None
    config = live.config

    # The day it opened: the critical one is due in two days, the other in seven: nothing to say yet.
    assert action_mail.remind(live.db, config, opened + dt.timedelta(hours=1)) == 0

    # A day and a half on, the critical one is due within a day: two workers at once send stan one digest.
    at = opened + dt.timedelta(days=1, hours=12)
    sent: list[int] = []
    workers = [threading.Thread(target=lambda: sent.append(action_mail.remind(live.db, config, at))) for _ in "ab"]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    assert sum(sent) == 1
    messages = box.wait(1)
    assert [to for to, _ in messages] == [["stan@acme.example"]]  # High Street's manager; not rita, not carl
    body = messages[0][1].get_payload(decode=True).decode()
    assert "due within a day" in body and f"{PUBLIC}/portal/actions" in body
    assert "greeted" not in body.lower()  # a link, never the finding
    assert action_mail.remind(live.db, config, at + dt.timedelta(hours=3)) == 0  # the same day: nothing more

    # The clock moves past the due time: the next day's digest says overdue, once.
    late = opened + dt.timedelta(days=3)
    assert action_mail.remind(live.db, config, late) == 1
    assert action_mail.remind(live.db, config, late + dt.timedelta(minutes=5)) == 0
    messages = box.wait(2)
    assert len(messages) == 2
    assert "past their due date" in messages[1][1].get_payload(decode=True).decode()

    # Done: no reminders about it any more (the other one is not due for days).
    stan = signed_in(live, "stan")
    stan.post(f"/portal/actions/{high}:q:greeted", {"event": "done", "note": "Greeter at the door"})
    assert action_mail.remind(live.db, config, late + dt.timedelta(days=1)) == 0
