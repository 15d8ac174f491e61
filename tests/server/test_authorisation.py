"""Every endpoint × every role × own and foreign records, with the status each must get."""

from __future__ import annotations

import datetime as dt
import uuid

import pytest
from server.harness import PASSWORD, Firm, make_ready, upload_report

ROLES = ["alice", "bob", "sue", "gus", "ada"]  # staff: client accounts have no sync API (below)
# Who owns which visit: alice's is at Acme, bob's at Globex.
SEES = {"alice": {"acme"}, "bob": {"globex"}, "sue": {"acme"}, "gus": {"globex"}, "ada": {"acme", "globex"}}
QUESTION = {"alice": ("mood", 3), "bob": ("mood", 3), "sue": ("staff_name", "Sam"), "gus": ("staff_name", "Sam"),
            "ada": ("wait", 20)}  # fmt: skip


def _push(c, changes):  # type: ignore[no-untyped-def]
    r = c.post("/sync/push", json={"device": "d", "batch": str(uuid.uuid4()), "changes": changes})
    return r


def _op(kind: str, rid: str, data: dict, base: int = 0) -> dict:  # type: ignore[type-arg]
    return {"op": str(uuid.uuid4()), "kind": kind, "id": rid, "base_rev": base, "data": data}


@pytest.fixture
def visits(firm: Firm) -> dict[str, str]:
    live = firm.server
    out = {}
    with live.http(live.token("ada")) as c:
        for name, loc, auditor in [("acme", firm.location_id, "alice"), ("globex", firm.other_location_id, "bob")]:
            vid = str(uuid.uuid4())
            data = {"form_id": "shop", "form_version": 1, "location_id": loc, "auditor_id": firm.users[auditor],
                    "scheduled_date": "2026-11-20"}  # fmt: skip
            r = _push(c, [_op("visit", vid, data)])
            assert r.json()["results"][0]["status"] == "applied", r.json()
            out[name] = vid
    return out


def test_the_matrix(firm: Firm, visits: dict[str, str]) -> None:
    live = firm.server
    with live.http() as anon:
        assert anon.get(f"/visits/{visits['acme']}").status_code == 401
        assert anon.get("/sync/changes").status_code == 401
        assert anon.post("/sync/push", json={}).status_code in (401, 422)
        assert anon.post("/blobs/missing", json={"sha256": []}).status_code == 401
        assert anon.get("/sync/summary").status_code == 401
    for user in ROLES:
        with live.http(live.token(user)) as c:
            pulled = {ch["id"] for ch in c.get("/sync/changes").json()["changes"] if ch["kind"] == "visit"}
            for name, vid in visits.items():
                mine = name in SEES[user]
                where = f"{user} on the {name} visit"
                assert c.get(f"/visits/{vid}").status_code == (200 if mine else 404), where
                assert (vid in pulled) == mine, where
                question, value = QUESTION[user]  # one question each: a second answer to one would conflict
                data = {"visit_id": vid, "question_id": question, "value": value}
                answer = _push(c, [_op("answer", str(uuid.uuid4()), data)]).json()["results"][0]
                assert (answer["status"], answer["code"]) == (("applied", 200) if mine else ("rejected", 404)), where
                approve = _push(c, [_op("transition", vid, {"action": "approve"})]).json()["results"][0]
                expected = 404 if not mine else 403 if user in ("alice", "bob") else 409  # a draft is not approvable
                assert (approve["status"], approve["code"]) == ("rejected", expected), where
                comment = _push(c, [_op("review_comment", str(uuid.uuid4()), {"visit_id": vid, "text": "hi"})])
                code = comment.json()["results"][0]["code"]
                assert code == (404 if not mine else 403 if user in ("alice", "bob") else 409), where
            assert c.post("/blobs/missing", json={"sha256": ["0" * 64]}).status_code == 200, user
            assert c.put(f"/blobs/{'0' * 64}", content=b"x").status_code == 422, user
            assert c.get(f"/blobs/{'0' * 64}").status_code == 404
            client = _push(c, [_op("client", str(uuid.uuid4()), {"name": f"New {user}"})]).json()["results"][0]
            assert client["code"] == (200 if user in ("ada",) else 404 if user in ("sue", "gus") else 403), user
            assert c.get("/sync/summary").status_code == 200
            assert c.get("/me").json()["username"] == user


def _client_token(firm: Firm) -> str:
    """A client's device token as a server before this rule issued them: made in the database."""
    from mystery_shop.server.models import Device, utcnow
    from mystery_shop.server.security import new_token, token_hash

    token = new_token()
    with firm.server.db.write() as s:
        s.add(Device(user_id=firm.users["carl"], name="old", token_hash=token_hash(token),
                     expires_at=utcnow() + dt.timedelta(days=1)))  # fmt: skip
    return token


def test_a_client_account_has_no_sync_api(firm: Firm, visits: dict[str, str]) -> None:
    """Overrides' internal reasons, photos' places, signatures: the sync API is the firm's, clients read the portal."""
    live = firm.server
    with live.http() as anon:
        r = anon.post("/auth/token", json={"username": "carl", "password": PASSWORD, "device": "d"})
        assert r.status_code == 403 and "portal" in r.json()["detail"]
        wrong = anon.post("/auth/token", json={"username": "carl", "password": "not it", "device": "d"})
        assert wrong.status_code == 401, "the role is told only to who knows the password"
    with live.http(_client_token(firm)) as carl:
        assert carl.get("/sync/changes").status_code == 403
        assert carl.get("/sync/summary").status_code == 403
        assert _push(carl, [_op("answer", str(uuid.uuid4()), {"visit_id": visits["acme"], "question_id": "q",
                                                              "value": 3})]).status_code == 403  # fmt: skip
        assert carl.get(f"/visits/{visits['acme']}").status_code == 403
        assert carl.post("/blobs/missing", json={"sha256": ["0" * 64]}).status_code == 403
        assert carl.get(f"/blobs/{'0' * 64}").status_code == 403


def test_publishing_needs_the_report_and_even_then_a_client_reads_it_in_the_portal_only(
    firm: Firm, visits: dict[str, str]
) -> None:
    live = firm.server
    with live.http(live.token("ada")) as ada:
        make_ready(ada, visits["acme"])
        for action in ("submit", "approve", "publish"):
            if action == "publish":  # publishing needs the signed report
                r = _push(ada, [_op("transition", visits["acme"], {"action": action})]).json()["results"][0]
                assert (r["status"], r["code"]) == ("rejected", 409) and "signed report" in r["reason"], r
                assert upload_report(ada, visits["acme"])["status"] == "applied"
            r = _push(ada, [_op("transition", visits["acme"], {"action": action})]).json()["results"][0]
            assert r["status"] == "applied", r
    with live.http(_client_token(firm)) as carl:
        assert carl.get(f"/visits/{visits['acme']}").status_code == 403
        assert carl.get("/sync/changes").status_code == 403
