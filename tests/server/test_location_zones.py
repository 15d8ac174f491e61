"""A location's time zone travels with it through the server, which takes only real IANA zones."""

from __future__ import annotations

import uuid
from pathlib import Path

from server.harness import Firm, Laptop


def _push(c, changes):  # type: ignore[no-untyped-def]
    return c.post("/sync/push", json={"device": "d", "batch": str(uuid.uuid4()), "changes": changes})


def _location(rid: str, client_id: str, **data: object) -> dict:  # type: ignore[type-arg]
    fields = {"client_id": client_id, "name": "Łódź Manufaktura", "address": "ul. Drewnowska 58", **data}
    return {"op": str(uuid.uuid4()), "kind": "location", "id": rid, "base_rev": 0, "data": fields}


def test_a_mistyped_zone_is_refused_naming_the_close_one(firm: Firm) -> None:
    live = firm.server
    with live.http(live.token("ada")) as c:
        r = _push(c, [_location(str(uuid.uuid4()), firm.client_id, time_zone="Europe/Warsw")])
        result = r.json()["results"][0]
        assert result["status"] == "rejected" and result["code"] == 422, result
        assert "Did you mean 'Europe/Warsaw'?" in result["reason"]
        r = _push(c, [_location(str(uuid.uuid4()), firm.client_id, time_zone=7)])
        assert r.json()["results"][0]["status"] == "rejected"


def test_the_zone_set_on_one_laptop_reaches_the_others(firm: Firm, tmp_path: Path) -> None:
    sue = Laptop(tmp_path / "sue", firm.server, "sue")
    alice = Laptop(tmp_path / "alice", firm.server, "alice")
    try:
        sue.sync()
        loc = sue.ws.add_location(sue.ws.clients()[0].id, "Łódź Manufaktura", time_zone="Europe/Warsaw")
        assert sue.sync().exit_code == 0
        alice.sync()
        there = next(r for r in alice.ws.locations() if r.id == loc.id)
        assert there.time_zone == "Europe/Warsaw"
        sue.ws.update_location(loc.id, time_zone=None)
        assert sue.sync().exit_code == 0
        alice.sync()
        assert next(r for r in alice.ws.locations() if r.id == loc.id).time_zone == "UTC", "cleared: the server's"
    finally:
        sue.close()
        alice.close()


def test_a_location_pushed_without_a_zone_takes_the_servers(firm: Firm, tmp_path: Path) -> None:
    from mystery_shop.server.config import set_default_zone

    live = firm.server
    set_default_zone(live.config.data_dir, "Europe/Warsaw")
    sue = Laptop(tmp_path / "sue", live, "sue")
    alice = Laptop(tmp_path / "alice", live, "alice")
    try:
        sue.sync()
        loc = sue.ws.add_location(sue.ws.clients()[0].id, "Kraków Rynek")
        assert sue.sync().exit_code == 0
        alice.sync()
        assert next(r for r in alice.ws.locations() if r.id == loc.id).time_zone == "Europe/Warsaw"
        with live.http(live.token("ada")) as c:  # a laptop's push straight on the wire, no zone at all
            rid = str(uuid.uuid4())
            assert _push(c, [_location(rid, firm.client_id)]).json()["results"][0]["status"] == "applied"
        alice.sync()
        assert next(r for r in alice.ws.locations() if r.id == rid).time_zone == "Europe/Warsaw"
    finally:
        sue.close()
        alice.close()


def test_imported_locations_take_their_zone_or_the_servers_never_the_printing_computers(
    firm: Firm, tmp_path: Path, capsys, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    """A Kraków visit's report reads Kraków's clock, even printed on a computer set to New York."""
    import datetime as dt
    import time

    from pypdf import PdfReader
    from sqlalchemy import select

    from mystery_shop.cli import main
    from mystery_shop.server.models import Record
    from mystery_shop.services import reports

    live = firm.server
    store = ["--data", str(live.config.data_dir), "--db", live.config.url]
    assert main(["server", *store, "time-zone"]) == 0
    assert capsys.readouterr().out.strip() == "default time zone: UTC"  # until set
    assert main(["server", *store, "time-zone", "Europe/Warsw"]) == 1
    assert "Europe/Warsaw" in capsys.readouterr().err  # the close one named
    assert main(["server", *store, "time-zone", "Europe/Warsaw"]) == 0
    sheet = tmp_path / "places.csv"
    sheet.write_text(
        "client,name,address,time_zone\n"
        "Acme,Kraków Rynek,Rynek Główny 1,\n"  # none: the server's zone
        "Acme,Boston Common,1 Tremont St,America/New_York\n"
        "Acme,Nowhere,,Mars/Olympus\n",
        encoding="utf-8",
    )
    assert main(["server", *store, "locations", "import", str(sheet)]) == 1
    out, err = capsys.readouterr()
    assert "2 added, 0 updated, 1 refused" in out and "line 4" in err and "Mars/Olympus" in err
    with live.db.read() as s:
        zones = {
            r.data["name"]: r.data.get("time_zone") for r in s.scalars(select(Record).where(Record.kind == "location"))
        }
    assert zones["Kraków Rynek"] == "Europe/Warsaw" and zones["Boston Common"] == "America/New_York"

    sue = Laptop(tmp_path / "sue", live, "sue")
    try:
        assert sue.sync().exit_code == 0
        krakow = next(r for r in sue.ws.locations() if r.name == "Kraków Rynek")
        assert krakow.time_zone == "Europe/Warsaw"
        visit_id = sue.ws.create_visit("shop", krakow.id, dt.date(2026, 11, 20))
        ed = sue.ws.open_visit(visit_id)
        from sqlalchemy import update

        from mystery_shop.store import models as m

        with sue.ws.sessions.begin() as s:  # 16:01 UTC: 17:01 in Kraków, 11:01 in New York
            s.execute(update(m.Visit).where(m.Visit.id == visit_id).values(
                started_at=dt.datetime(2026, 11, 20, 16, 1, tzinfo=dt.UTC),
                finished_at=dt.datetime(2026, 11, 20, 16, 4, tzinfo=dt.UTC)))  # fmt: skip
        monkeypatch.setenv("TZ", "America/New_York")  # the printing computer's clock
        time.tzset()
        out_pdf = tmp_path / "krakow.pdf"
        reports.visit_report(sue.ws, ed.id, out_pdf)
        text = " ".join(page.extract_text() or "" for page in PdfReader(out_pdf).pages)
        assert "17:01 – 17:04 CET" in text and "11:01" not in text  # (only its "Generated" stamp is New York's)
    finally:
        monkeypatch.undo()
        time.tzset()
        sue.close()


def test_server_commands_say_what_to_do(firm: Firm, tmp_path: Path, capsys, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """An XLSForm given to `forms publish` is named as one, with the command that imports it; `users list`
    shows the e-mail address the portal's notices go to."""
    from mystery_shop.cli import main
    from mystery_shop.server import admin

    live = firm.server
    store = ["--data", str(live.config.data_dir), "--db", live.config.url]
    book = tmp_path / "form.xlsx"
    book.write_bytes(b"PK\x03\x04 not text")
    assert main(["server", *store, "forms", "publish", str(book)]) == 1
    err = capsys.readouterr().err
    assert "is an XLSForm workbook" in err and "mystery-shop forms import" in err and "UTF-8" not in err
    admin.set_email(live.db, "carl", "carl@acme.example")
    assert main(["server", *store, "users", "list"]) == 0
    out = capsys.readouterr().out
    assert "e-mail" in out.splitlines()[0] and "carl@acme.example" in out
