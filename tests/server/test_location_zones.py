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
        assert next(r for r in alice.ws.locations() if r.id == loc.id).time_zone is None
    finally:
        sue.close()
        alice.close()
