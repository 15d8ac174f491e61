"""Malformed, oversized, replayed and foreign requests: honest codes, JSON bodies, nothing stored."""

from __future__ import annotations

import hashlib
import uuid

from server.harness import Firm, server_count

from mystery_shop.sync.protocol import PROTOCOL_HEADER


def _body(r):  # type: ignore[no-untyped-def]
    body = r.json()
    assert set(body) == {"error", "detail"}, body
    return body


def test_errors_are_json_with_honest_codes(firm: Firm) -> None:
    live = firm.server
    with live.http(live.token("alice")) as c:
        r = c.post("/sync/push", content=b"{not json", headers={"Content-Type": "application/json"})
        assert r.status_code == 422 and _body(r)["error"] == "malformed"
        r = c.post("/sync/push", json={"device": "d", "batch": "nope", "changes": [], "extra": 1})
        assert r.status_code == 422 and _body(r)
        r = c.get("/sync/changes", headers={PROTOCOL_HEADER: "0"})
        assert r.status_code == 426 and "update" in _body(r)["detail"]
        r = c.post("/sync/push", content=b"x" * (17 << 20), headers={"Content-Type": "application/json"})
        assert r.status_code == 413 and _body(r)["error"] == "too_large"
        r = c.get("/sync/changes", params={"since": 10**9})
        assert r.status_code == 410 and _body(r)
        assert c.get(f"/visits/{uuid.uuid4()}").status_code == 404
    with live.http("not-a-token") as c:
        assert _body(c.get("/sync/changes"))["error"] == "unauthorized"
    with live.http() as c:
        r = c.post("/auth/token", json={"username": "alice", "password": "wrong", "device": "d"})
        assert r.status_code == 401 and _body(r)
        assert c.get("/health").json()["status"] == "ok"


def test_blob_hash_and_size_are_checked(firm: Firm) -> None:
    live = firm.server
    data = b"photo bytes" * 1000
    sha = hashlib.sha256(data).hexdigest()
    with live.http(live.token("alice")) as c:
        r = c.put(f"/blobs/{sha}", content=data[:-1])
        assert r.status_code == 422 and "do not hash" in _body(r)["detail"]
        assert c.post("/blobs/missing", json={"sha256": [sha]}).json()["missing"] == [sha]
        assert c.put(f"/blobs/{sha}", content=data).json() == {"sha256": sha, "stored": True}
        assert c.put(f"/blobs/{sha}", content=data).json() == {"sha256": sha, "stored": False}  # a no-op
        assert c.post("/blobs/missing", json={"sha256": [sha]}).json()["missing"] == []
        assert c.post("/blobs/missing", json={"sha256": ["xyz"]}).status_code == 422
    live.config = live.config.with_(max_blob_bytes=1000)
    live.restart()
    big = b"y" * 5000
    with live.http(live.token("alice")) as c:
        r = c.put(f"/blobs/{hashlib.sha256(big).hexdigest()}", content=big)
        assert r.status_code == 413 and _body(r)

        def chunks():  # type: ignore[no-untyped-def]
            yield big  # no Content-Length: the limit is counted as the body streams

        r = c.put(f"/blobs/{hashlib.sha256(big).hexdigest()}", content=chunks())
        assert r.status_code == 413
    assert not list(live.config.blob_dir.glob(".incoming-*"))


def test_replayed_batch_and_reused_ids(firm: Firm) -> None:
    live = firm.server
    vid = str(uuid.uuid4())
    op = {"op": str(uuid.uuid4()), "kind": "visit", "id": vid, "base_rev": 0,
          "data": {"form_id": "shop", "form_version": 1, "location_id": firm.location_id,
                   "scheduled_date": "2026-11-20"}}  # fmt: skip
    batch = {"device": "d", "batch": str(uuid.uuid4()), "changes": [op]}
    with live.http(live.token("alice")) as c:
        first = c.post("/sync/push", json=batch).json()
        with live.db.read() as s:
            from mystery_shop.server.changes import counter

            seq = counter(s)
        again = c.post("/sync/push", json=batch).json()
        assert again == first and first["results"][0]["status"] == "applied"
        with live.db.read() as s:
            assert counter(s) == seq  # nothing written by the replay
        # The same operation in a new batch: the stored result again.
        assert c.post("/sync/push", json={**batch, "batch": str(uuid.uuid4())}).json() == first
        changed = {**op, "data": {**op["data"], "scenario": "different"}}
        r = c.post("/sync/push", json={**batch, "changes": [changed]})
        assert r.status_code == 422 and "different content" in _body(r)["detail"]
        r = c.post("/sync/push", json={**batch, "batch": str(uuid.uuid4()), "changes": [changed]}).json()
        assert (r["results"][0]["status"], r["results"][0]["code"]) == ("rejected", 422)
    assert server_count(live, "visit") == 1
