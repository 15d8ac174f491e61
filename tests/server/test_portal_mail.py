"""Publish notices by e-mail, through a real SMTP server on loopback (aiosmtpd): a link, never the report."""

from __future__ import annotations

import datetime as dt
import socket
import time
from collections.abc import Iterator
from email import message_from_bytes
from email.header import decode_header, make_header
from email.message import Message
from pathlib import Path

import pytest
from aiosmtpd.controller import Controller
from server.harness import Firm, LiveServer
from server.portal_support import Signed, build_world
from sqlalchemy import select

from mystery_shop.server import admin
from mystery_shop.server.config import ServerConfig
from mystery_shop.server.models import Record
from mystery_shop.server.portal import branding, mail
from mystery_shop.server.portal.models import PortalMail

PUBLIC = "https://reports.firm.example"


class Inbox:
    def __init__(self) -> None:
        self.messages: list[tuple[list[str], Message]] = []
        self.refuse = False

    async def handle_RCPT(self, server, session, envelope, address, options):  # type: ignore[no-untyped-def]
        if self.refuse:
            return "451 try again later"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):  # type: ignore[no-untyped-def]
        self.messages.append((list(envelope.rcpt_tos), message_from_bytes(envelope.content)))
        return "250 OK"

    def wait(self, n: int, timeout: float = 20) -> list[tuple[list[str], Message]]:
        deadline = time.monotonic() + timeout
        while len(self.messages) < n and time.monotonic() < deadline:
            time.sleep(0.05)
        return self.messages


@pytest.fixture
def inbox() -> Iterator[tuple[Inbox, int]]:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    box = Inbox()
    controller = Controller(box, hostname="127.0.0.1", port=port)
    controller.start()
    yield box, port
    controller.stop()


@pytest.fixture
def mailing(db_url: str, tmp_path: Path, inbox: tuple[Inbox, int]) -> Iterator[LiveServer]:
    config = ServerConfig(tmp_path / "server-data", db_url, smtp_host="127.0.0.1", smtp_port=inbox[1],
                          smtp_security="none", smtp_from="portal@firm.example", public_url=PUBLIC + "/",
                          portal_poll_s=0.1)  # fmt: skip
    server = LiveServer(config)
    server.start()
    yield server
    server.stop()
    server.db.dispose()


def test_a_publication_mails_a_link_to_the_clients_users(mailing: LiveServer, inbox, signed: Signed) -> None:  # type: ignore[no-untyped-def]
    box, _ = inbox
    firm = Firm(mailing).setup()
    branding.set_firm(mailing.config.data_dir, name="Northwind Audits")
    admin.set_email(mailing.db, "carl", "carl@acme.example")
    admin.set_email(mailing.db, "sue", "sue@firm.example")  # a supervisor: no notices
    admin.add_user(mailing.db, "cleo", "correct horse battery", admin.Role.CLIENT, client="Acme",
                   email="cleo@acme.example")  # fmt: skip
    firm.users["gina"] = admin.add_user(mailing.db, "gina", "correct horse battery", admin.Role.CLIENT,
                                        client="Globex", email="gina@globex.example")  # fmt: skip
    admin.disable_user(mailing.db, "gina")  # a disabled account: no notices
    world = build_world(firm, signed, per_client=1)
    messages = box.wait(2)
    assert sorted(to[0] for to, _ in messages) == ["carl@acme.example", "cleo@acme.example"]
    vid = world.visits["Acme"][0]
    for to, msg in messages:
        assert msg["From"] == "portal@firm.example" and msg["Subject"] == "A new report is waiting for you"
        body = msg.get_payload(decode=True).decode()  # type: ignore[union-attr]
        assert f"{PUBLIC}/portal/reports/{vid}" in body and "Northwind Audits" in body
        words = body.replace(f"{PUBLIC}/portal/reports/{vid}", "")  # a random visit id may hold "100"
        for secret in ("High Street", "Acme", "100", "Excellent", "Shop visit", "alice"):
            assert secret not in words, f"the notice to {to} gives away {secret!r}"
    # Once each: the timer goes round a few more times after the notices went, and sends nothing again.
    timer = mailing.portal_timer()
    assert timer is not None
    later = timer.rounds + 3
    deadline = time.monotonic() + 20
    while timer.rounds < later and time.monotonic() < deadline:
        time.sleep(0.02)
    assert timer.rounds >= later, "the portal's timer stopped"
    assert len(box.messages) == 2, "once each"


def test_a_store_manager_hears_only_of_its_own_locations_visits(mailing: LiveServer, inbox, signed: Signed) -> None:  # type: ignore[no-untyped-def]
    box, _ = inbox
    firm = Firm(mailing).setup()
    admin.import_locations(mailing.db, "client,name\nAcme,Riverside\n")
    admin.add_user(mailing.db, "stan", "correct horse battery", admin.Role.CLIENT, client="Acme",
                   email="stan@acme.example", locations="high street")  # fmt: skip
    admin.add_user(mailing.db, "rita", "correct horse battery", admin.Role.CLIENT, client="Acme",
                   email="rita@acme.example", locations="Riverside")  # fmt: skip
    build_world(firm, signed, per_client=1)  # one visit published, at High Street
    messages = box.wait(1)
    time.sleep(0.5)
    assert [to[0] for to, _ in box.messages] == ["stan@acme.example"], messages


def test_a_mail_server_that_refuses_is_tried_again(mailing: LiveServer, inbox, signed: Signed,  # type: ignore[no-untyped-def]
                                                     monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    monkeypatch.setattr(mail, "RETRY_FIRST", dt.timedelta(seconds=0.3))  # (the server runs in this process)
    box, _ = inbox
    box.refuse = True
    firm = Firm(mailing).setup()
    admin.set_email(mailing.db, "carl", "carl@acme.example")
    build_world(firm, signed, per_client=1)
    deadline = time.monotonic() + 20
    row = None
    while time.monotonic() < deadline:
        with mailing.db.read() as s:
            row = s.execute(
                select(PortalMail.attempts, PortalMail.sent_at, PortalMail.error, PortalMail.next_try_at)
            ).first()
        if row is not None and row.attempts >= 1:
            break
        time.sleep(0.05)
    assert row is not None and row.sent_at is None and "451" in row.error
    assert row.next_try_at is not None, "not at once again: a while later"
    box.refuse = False
    assert [to for to, _ in box.wait(1)] == [["carl@acme.example"]]
    # The mail lands before the sender records it as sent: wait for that commit, not just the mail.
    deadline = time.monotonic() + 10
    sent = None
    while sent is None and time.monotonic() < deadline:
        with mailing.db.read() as s:
            sent = s.scalar(select(PortalMail.sent_at))
        time.sleep(0.05)
    assert sent is not None


def test_addresses_are_checked() -> None:
    for bad in ("carl", "carl@", "carl@acme", "Carl <carl@acme.example>", "a@b.c\r\nBcc: x@y.z", "a@b.c, d@e.f"):
        with pytest.raises(admin.AdminError):
            admin.check_email(bad)
    assert admin.check_email(" carl@acme.example ") == "carl@acme.example"


def test_a_notice_is_in_the_accounts_language(mailing: LiveServer, inbox, signed: Signed) -> None:  # type: ignore[no-untyped-def]
    """The account's own language; else the report language the firm set for its client; else English."""
    box, _ = inbox
    firm = Firm(mailing).setup()
    branding.set_firm(mailing.config.data_dir, name="Northwind Audits")
    admin.set_email(mailing.db, "carl", "carl@acme.example")
    admin.set_language(mailing.db, "carl", "pl")  # as carl's Account page does when he picks Polski
    admin.add_user(mailing.db, "cleo", "correct horse battery", admin.Role.CLIENT, client="Acme",
                   email="cleo@acme.example")  # fmt: skip
    with mailing.db.write() as s:  # Acme's reports are in German (Report settings, synced onto the client)
        acme = s.get(Record, ("client", firm.client_id))
        assert acme is not None
        acme.data = {**acme.data, "language": "de"}
    world = build_world(firm, signed, per_client=1)
    mails = {to[0]: msg for to, msg in box.wait(2)}
    assert sorted(mails) == ["carl@acme.example", "cleo@acme.example"]
    link = f"{PUBLIC}/portal/reports/{world.visits['Acme'][0]}"

    carl = mails["carl@acme.example"]
    assert str(make_header(decode_header(carl["Subject"]))) == "Czeka na Ciebie nowy raport"
    body = carl.get_payload(decode=True).decode()  # type: ignore[union-attr]
    assert body.startswith("Dzień dobry, ") and "Northwind Audits opublikował(a) dla Ciebie nowy raport" in body
    assert link in body
    assert "Hello" not in body and "report" not in body.replace(PUBLIC, "").replace("/portal/reports/", ""), body

    cleo = mails["cleo@acme.example"]
    assert str(make_header(decode_header(cleo["Subject"]))) == "Ein neuer Bericht wartet auf Sie"
    body = cleo.get_payload(decode=True).decode()  # type: ignore[union-attr]
    assert body.startswith("Hallo cleo,") and link in body


def test_appeals_mail_the_supervisors_then_the_appellant_a_link_only(
    mailing: LiveServer, inbox, signed: Signed
) -> None:  # type: ignore[no-untyped-def]
    import uuid

    from server.portal_support import csrf_of, signed_in

    box, _ = inbox
    firm = Firm(mailing).setup()
    admin.set_email(mailing.db, "carl", "carl@acme.example")
    admin.set_email(mailing.db, "sue", "sue@firm.example")  # Acme's supervisor
    admin.set_email(mailing.db, "gus", "gus@firm.example")  # Globex's: not told
    world = build_world(firm, signed, per_client=2)
    box.wait(2)  # the two publish notices to carl
    box.messages.clear()
    vid = world.visits["Acme"][1]  # greeted "no"
    carl = signed_in(mailing, "carl")
    secret = "The door camera shows the greeting at 10:02."
    page = carl.get(f"/portal/reports/{vid}").text
    r = carl.http.post(f"/portal/reports/{vid}/appeals", data={"csrf": csrf_of(page), "question": "greeted",
                       "category": "auditor_wrong", "argument": secret})  # fmt: skip
    assert r.status_code == 303, r.text
    [(to, msg)] = box.wait(1)
    assert to == ["sue@firm.example"] and msg["Subject"] == "A client has appealed a report"
    body = msg.get_payload(decode=True).decode()  # type: ignore[union-attr]
    assert f"{PUBLIC}/portal/reports/{vid}#appeals" in body and "10:02" not in body and "greeting" not in body
    with mailing.db.read() as s:
        appeal_id = s.scalar(select(Record.id).where(Record.kind == "appeal"))
    box.messages.clear()
    with mailing.http(mailing.token("sue")) as c:
        op = {"op": str(uuid.uuid4()), "kind": "appeal_decision", "id": str(uuid.uuid4()), "base_rev": 0,
              "data": {"appeal_id": appeal_id, "visit_id": vid, "outcome": "declined",
                       "reply": "The recording shows nobody at the door."}}  # fmt: skip
        res = c.post("/sync/push", json={"device": "d", "batch": str(uuid.uuid4()), "changes": [op]}).json()
        assert res["results"][0]["status"] == "applied", res
    [(to, msg)] = box.wait(1)
    assert to == ["carl@acme.example"] and msg["Subject"] == "Your appeal has been decided"
    body = msg.get_payload(decode=True).decode()  # type: ignore[union-attr]
    assert f"/portal/reports/{vid}#appeals" in body and "recording" not in body
    time.sleep(0.5)
    assert len(box.messages) == 1, "once"
    carl.close()
