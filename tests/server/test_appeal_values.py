"""What the server refuses of the appeals' kinds when they are pushed: bad values, the wrong people, closed appeals."""

from __future__ import annotations

import uuid
from typing import Any

import httpx
from server.portal_support import World

from mystery_shop.server import appeals as server_appeals
from mystery_shop.server.records import Writer


def _push(c: httpx.Client, kind: str, data: dict[str, Any]) -> dict[str, Any]:
    op = {"op": str(uuid.uuid4()), "kind": kind, "id": str(uuid.uuid4()), "base_rev": 0, "data": data}
    r = c.post("/sync/push", json={"device": "d", "batch": str(uuid.uuid4()), "changes": [op]})
    assert r.status_code == 200, r.text
    return dict(r.json()["results"][0])


def _appeal(world: World, vid: str) -> str:
    with world.live.db.write() as s:
        w = Writer(s)
        visit = w.get("visit", vid)
        assert visit is not None
        rec = server_appeals.file(w, visit, world.firm.users["carl"], "greeted", "other", "It was fine.", [])
        w.finish()
        return rec.id


def test_bad_values_and_the_wrong_people_are_refused(world: World) -> None:
    live = world.live
    vid = world.visits["Acme"][1]  # greeted "no": 0 points
    appeal = _appeal(world, vid)
    ok = {"appeal_id": appeal, "visit_id": vid, "outcome": "declined", "reply": "No."}
    with live.http(live.token("sue")) as sue, live.http(live.token("alice")) as alice, \
            live.http(live.token("gus")) as gus:  # fmt: skip
        for bad, words in [({"outcome": "maybe"}, "outcome is one of"), ({"points": "lots"}, "points"),
                           ({"reply": "x" * 5001}, "longer than 5000"), ({"appeal_id": None}, "required"),
                           ({"colour": "red"}, "unknown appeal_decision fields")]:  # fmt: skip
            r = _push(sue, "appeal_decision", {**ok, **bad})
            assert (r["status"], r["code"]) == ("rejected", 422) and words in r["reason"], (bad, r)
        r = _push(sue, "appeal_decision", {**ok, "appeal_id": str(uuid.uuid4())})
        assert r["code"] == 404
        assert _push(gus, "appeal_decision", ok)["code"] == 404, "another client's appeal does not exist"
        assert _push(alice, "appeal_decision", ok)["code"] == 403, "an auditor does not decide"
        assert _push(sue, "appeal_decision", {**ok, "outcome": "withdrawn"})["code"] == 403
        r = _push(sue, "appeal_decision", {**ok, "outcome": "accepted", "points": "99", "reply": "Yes."})
        assert r["code"] == 422 and "between 0 and" in r["reason"]
        account = {"appeal_id": appeal, "visit_id": vid, "what": "answer", "text": "I saw nobody."}
        assert _push(alice, "appeal_account", account)["code"] == 409, "nobody asked yet"
        assert _push(sue, "appeal_account", account)["code"] == 403, "only the auditor answers"
        assert _push(alice, "appeal_account", {**account, "what": "request"})["code"] == 403
        assert _push(sue, "appeal_account", {**account, "what": "request"})["status"] == "applied"
        assert _push(alice, "appeal_account", account)["status"] == "applied"
        assert _push(sue, "appeal_decision", ok)["status"] == "applied"
        r = _push(sue, "appeal_decision", {**ok, "reply": "Again."})
        assert r["status"] == "conflict" and "declined already" in r["reason"]
        assert _push(sue, "appeal_account", {**account, "what": "request"})["code"] == 409, "closed"
