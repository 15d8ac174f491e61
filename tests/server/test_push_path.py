"""The push's fast path (issue 17): what it must keep of the old one, on SQLite and PostgreSQL."""

from __future__ import annotations

import hashlib
import json
import uuid

from server.harness import Firm
from sqlalchemy import insert, select

from mystery_shop.server.batches import batch_digest, op_digest
from mystery_shop.server.models import OpResult, PushBatch
from mystery_shop.sync.protocol import PushRequest


def _op(kind: str, rid: str, data: dict, base: int = 0) -> dict:  # type: ignore[type-arg]
    return {"op": str(uuid.uuid4()), "kind": kind, "id": rid, "base_rev": base, "data": data}


def _visit(firm: Firm) -> tuple[str, dict]:  # type: ignore[type-arg]
    vid = str(uuid.uuid4())
    return vid, _op("visit", vid, {"form_id": "shop", "form_version": 1, "location_id": firm.location_id,
                                   "scheduled_date": "2026-11-20"})  # fmt: skip


def test_an_identical_write_keeps_its_seq_and_a_batch_numbers_in_order(firm: Firm) -> None:
    live = firm.server
    vid, plan = _visit(firm)
    answers = [_op("answer", str(uuid.uuid4()), {"visit_id": vid, "question_id": q, "value": v})
               for q, v in (("greeted", "yes"), ("staff_name", "Sam"), ("mood", 3))]  # fmt: skip
    with live.http(live.token("alice")) as c:
        first = c.post("/sync/push", json={"device": "d", "batch": str(uuid.uuid4()), "changes": [plan, *answers]})
        results = first.json()["results"]
        assert [r["status"] for r in results] == ["applied"] * 4
        seqs = [r["seq"] for r in results]
        assert seqs == list(range(seqs[0], seqs[0] + 4))  # one number each, in the batch's order, no gap
        # The same answer again under a new operation id: applied, no new revision, the record's own SEQ.
        same = {**answers[0], "op": str(uuid.uuid4()), "base_rev": 1}
        twice = c.post("/sync/push", json={"device": "d", "batch": str(uuid.uuid4()), "changes": [same, same]})
        again = twice.json()["results"]
        assert again[0] == again[1]
        assert (again[0]["status"], again[0]["rev"], again[0]["seq"]) == ("applied", 1, seqs[1])
        # Its stored answer is the one replayed.
        assert c.post("/sync/push", json={"device": "d", "batch": str(uuid.uuid4()), "changes": [same]}).json()[
            "results"
        ] == [again[0]]
        pulled = c.get("/sync/changes", params={"since": seqs[0] - 1}).json()["changes"]
        assert [(ch["kind"], ch["seq"]) for ch in pulled] == [("visit", seqs[0])] + [("answer", s) for s in seqs[1:]]


def test_a_stored_result_of_the_older_digest_is_still_replayed(firm: Firm) -> None:
    """Results stored before the digest changed (SHA-256 of sorted JSON) still answer a replayed operation."""
    live = firm.server
    vid, plan = _visit(firm)
    payload = {"kind": plan["kind"], "id": plan["id"], "base_rev": 0, "data": plan["data"]}
    legacy = hashlib.sha256(json.dumps(payload, sort_keys=True, separators=(",", ":")).encode()).hexdigest()
    stored = {"op": plan["op"], "id": vid, "status": "applied", "rev": 1, "seq": 7, "reason": "", "code": 200,
              "server": None}  # fmt: skip
    with live.db.write() as s:
        user = firm.users["alice"]
        s.execute(insert(OpResult).values(op_id=plan["op"], user_id=user, payload_hash=legacy, result=stored))
    with live.http(live.token("alice")) as c:
        r = c.post("/sync/push", json={"device": "d", "batch": str(uuid.uuid4()), "changes": [plan]}).json()
        assert r["results"] == [stored]
        other = {**plan, "data": {**plan["data"], "scenario": "other"}}
        r = c.post("/sync/push", json={"device": "d", "batch": str(uuid.uuid4()), "changes": [other]}).json()
        assert (r["results"][0]["status"], r["results"][0]["code"]) == ("rejected", 422)


def test_a_replayed_batch_gets_the_answers_it_got_the_first_time(firm: Firm) -> None:
    """The batch keeps no copy of its answers: a replay rebuilds them from its operations' stored results, the
    refusals, the duplicates and the operations stored by an earlier batch included."""
    live = firm.server
    vid, plan = _visit(firm)
    answer = _op("answer", str(uuid.uuid4()), {"visit_id": vid, "question_id": "greeted", "value": "yes"})
    reused = {**answer, "data": {**answer["data"], "value": "no"}}  # the same operation id, other content
    late = _op("answer", str(uuid.uuid4()), {"visit_id": str(uuid.uuid4()), "question_id": "mood", "value": 1})
    with live.http(live.token("alice")) as c:
        earlier = c.post("/sync/push", json={"device": "d", "batch": str(uuid.uuid4()), "changes": [plan]}).json()
        body = {"device": "d", "batch": str(uuid.uuid4()), "changes": [plan, answer, answer, reused, late]}
        first = c.post("/sync/push", json=body)
        statuses = [(r["status"], r["code"]) for r in first.json()["results"]]
        assert statuses == [("applied", 200)] * 3 + [("rejected", 422), ("rejected", 404)]
        assert first.json()["results"][0] == earlier["results"][0]
        again = c.post("/sync/push", json=body)
        assert again.content == first.content
    with live.db.read() as s:  # the answer applied with a new SEQ is stored as its revision and position only
        o = OpResult
        q = select(o.op_id, o.result, o.rev, o.pos).where(o.op_id.in_([answer["op"], late["op"]]))
        stored = {op: (result, rev, pos) for op, result, rev, pos in s.execute(q)}
        kept = s.scalar(select(PushBatch.results).where(PushBatch.batch_id == body["batch"]))
    assert stored[answer["op"]] == (None, 1, 1)
    assert stored[late["op"]][0]["code"] == 404 and stored[late["op"]][2] is None
    assert kept is None


def test_a_batch_stored_before_s0005_is_replayed_as_stored(firm: Firm) -> None:
    """s0003's server kept every answer in the batch's row too, and marked results with their position."""
    live = firm.server
    vid, plan = _visit(firm)
    with live.http(live.token("alice")) as c:
        seq = c.post("/sync/push", json={"device": "d", "batch": str(uuid.uuid4()), "changes": [plan]}).json()[
            "results"
        ][0]["seq"]
    answer = _op("answer", str(uuid.uuid4()), {"visit_id": vid, "question_id": "greeted", "value": "yes"})
    body = {"device": "d", "batch": str(uuid.uuid4()), "changes": [answer]}
    req = PushRequest.model_validate(body)
    hashes = [op_digest(ch) for ch in req.changes]
    marked = {"op": answer["op"], "id": answer["id"], "status": "applied", "rev": 1, "seq": 0, "reason": "",
              "code": 200, "server": None, "seq_pos": 1, "seq_batch": body["batch"]}  # fmt: skip
    wire = {**{k: v for k, v in marked.items() if not k.startswith("seq_")}, "seq": seq + 1}
    with live.db.write() as s:
        user = firm.users["alice"]
        whole = batch_digest("d", req.changes, hashes)
        s.execute(insert(PushBatch).values(batch_id=body["batch"], user_id=user, seq_base=seq, payload_hash=whole,
                                           results=[marked]))  # fmt: skip
        s.execute(insert(OpResult).values(op_id=answer["op"], user_id=user, payload_hash=hashes[0], result=marked))
    with live.http(live.token("alice")) as c:
        assert c.post("/sync/push", json=body).json()["results"] == [wire]  # the batch replayed
        other = {"device": "d", "batch": str(uuid.uuid4()), "changes": [answer]}
        assert c.post("/sync/push", json=other).json()["results"] == [wire]  # its operation, in a new batch


def test_a_push_that_is_not_json_is_refused(firm: Firm) -> None:
    live = firm.server
    with live.http(live.token("alice")) as c:
        r = c.post("/sync/push", content=b'{"device": "d"}', headers={"Content-Type": "text/plain"})
        assert r.status_code == 422 and r.json()["error"] == "malformed"
        r = c.post("/sync/push", content=b"\xff\xfe", headers={"Content-Type": "application/json"})
        assert r.status_code == 422
    with live.http() as anon:  # no token: 401 first, whatever the body
        assert anon.post("/sync/push", content=b"{not json").status_code == 401


def test_numbers_beyond_64_bits_are_refused_with_the_reason_and_replayed_alike(firm: Firm) -> None:
    """orjson refuses them; the standard encoder takes over for the digest, and the value itself is refused
    (issue 25: on PostgreSQL a 10**400 was stored, then every push naming its visit was a 500)."""
    live = firm.server
    vid, plan = _visit(firm)
    for big in (10**30, 10**400):
        answer = _op("answer", str(uuid.uuid4()), {"visit_id": vid, "question_id": "wait", "value": big})
        with live.http(live.token("alice")) as c:
            for _ in range(2):  # the replay gets the stored refusal
                r = c.post("/sync/push", json={"device": "d", "batch": str(uuid.uuid4()), "changes": [plan, answer]})
                assert [x["status"] for x in r.json()["results"]] == ["applied", "rejected"]
                assert r.json()["results"][1]["code"] == 422 and "10**15" in r.json()["results"][1]["reason"]
