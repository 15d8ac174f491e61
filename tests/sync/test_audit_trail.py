"""Issue 26, point 2: every audit entry reaches the server and every trail, with when it happened on the device and
when the server received it (shown where the two differ).

An auditor plans a visit (synced at once), then signs it, changes an answer (which clears the signature), signs
again and submits, offline, seven minutes before the laptop reaches the server. The server keeps each entry
with the device's time; the supervisor's laptop and the auditor's own show the same entries, none twice, each with
the server's time of receipt; the trail table, ``visits show`` and the PDF's review steps show the server's time
beside what was done offline only.
"""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

import pypdf
import time_machine
from server.harness import Firm, today
from sqlalchemy import select

from mystery_shop.cli.visits_cmd import visit_json
from mystery_shop.reports.visit_report import render_visit_report
from mystery_shop.server.models import Record
from mystery_shop.services.photos import add_files
from mystery_shop.services.report_data import visit_report_data
from mystery_shop.sync.protocol import PROTOCOL_HEADER
from support.images import SIGNATURE, upright

LATE = dt.timedelta(minutes=7)


def _offline_work(alice: Any, firm: Firm, tmp_path: Any) -> tuple[str, dt.datetime]:
    """Planned and synced ten minutes ago; signed, changed, signed again and submitted offline seven minutes ago."""
    now = dt.datetime.now(dt.UTC)
    with time_machine.travel(now - dt.timedelta(minutes=10), tick=True):
        vid = alice.ws.create_visit("shop", firm.location_id, today())
        ed = alice.ws.open_visit(vid)
        for q, v in (("greeted", "yes"), ("wait", 20), ("mood", 4)):
            ed.set_answer(q, v)
        picture = tmp_path / "door.jpg"
        upright(800, 600).save(picture)
        assert add_files(ed, "greeting", [picture])[0].status == "added"
        assert alice.sync().exit_code == 0
    earlier = now - LATE
    with time_machine.travel(earlier, tick=True):  # offline from here: the sync comes seven minutes later
        ed = alice.ws.open_visit(vid)
        ed.sign(SIGNATURE, "Alice")
        ed.set_answer("mood", 3)  # a change after signing clears the signature
        ed.sign(SIGNATURE, "Alice")
        ed.submit()
    return vid, earlier


def _kinds(trail: list[Any]) -> list[str]:
    return [a.kind if a.kind != "transition" else f"-> {a.to_status}" for a in trail]


def test_every_entry_reaches_the_server_and_both_trails(firm: Firm, laptop: Any, tmp_path: Any, qapp: Any) -> None:
    alice, sue = laptop("alice"), laptop("sue")
    assert alice.sync().exit_code == 0
    vid, earlier = _offline_work(alice, firm, tmp_path)
    report = alice.sync()
    assert report.exit_code == 0 and not report.issues, [i.line() for i in report.issues]

    # The server holds each entry: made by alice, at the device's time, with its own time of receipt.
    with firm.server.db.read() as s:
        entries = [r.data for r in s.scalars(select(Record).where(Record.kind == "audit_entry",
                   Record.visit_id == vid).order_by(Record.seq))]  # fmt: skip
    assert [e["kind"] for e in entries] == ["plan", "sign", "unsign", "sign"]
    assert {e["actor_id"] for e in entries} == {firm.users["alice"]}
    for e in entries:
        at, received = dt.datetime.fromisoformat(e["at"]), dt.datetime.fromisoformat(e["received_at"])
        assert dt.timedelta(0) <= received - at < LATE + dt.timedelta(minutes=1), e
    assert dt.datetime.fromisoformat(entries[-1]["received_at"]) - dt.datetime.fromisoformat(entries[-1]["at"]) > (
        LATE - dt.timedelta(minutes=1))  # fmt: skip

    assert sue.sync().exit_code == 0 and alice.sync().exit_code == 0
    expected = ["plan", "sign", "unsign", "sign", "-> submitted"]
    for device in (alice, sue):
        trail = device.ws.open_visit(vid).audit_trail()
        assert _kinds(trail) == expected, device  # all of them, none twice
        assert all(a.received_at is not None for a in trail), device
        assert len({a.actor for a in trail}) == 1 and trail[0].actor, device  # alice, on both laptops
        submitted = trail[-1]
        assert abs(submitted.at - earlier) < dt.timedelta(seconds=30)
        # The server's time is shown beside what was done offline, not beside the plan it had at once.
        assert [a.server_time is not None for a in trail] == [False, True, True, True, True], device
        assert submitted.server_time is not None and submitted.server_time - submitted.at > dt.timedelta(minutes=6)

    # Where it is shown: the trail table, ``visits show``, the PDF's review steps.
    from mystery_shop.ui.models.audit_trail import AuditTrailModel

    trail = sue.ws.open_visit(vid).audit_trail()
    model = AuditTrailModel(trail)
    cells = [model.data(model.index(r, 0)) for r in range(model.rowCount())]
    assert ["server:" in c for c in cells] == [False, True, True, True, True], cells
    assert model.data(model.index(0, 2)) == "Planned"
    shown = visit_json(sue.ws.open_visit(vid))["audit_trail"]
    assert [a["server_time"] is not None for a in shown] == [False, True, True, True, True]
    assert all(a["received_at"] for a in shown)
    data = visit_report_data(sue.ws, vid)
    assert [(st.label, st.received is not None) for st in data.steps] == [("Submitted", True)]
    render_visit_report(data, tmp_path / "visit.pdf")
    text = " ".join(page.extract_text() for page in pypdf.PdfReader(tmp_path / "visit.pdf").pages)
    assert text.count("received by the server") == 1, text


def test_a_reviews_entries_reach_the_auditors_trail_and_another_supervisors(firm: Firm, laptop: Any,
                                                                            tmp_path: Any) -> None:  # fmt: skip
    """A supervisor's comment and override are lines of the trail on every laptop, not only on the one that made
    them (their records travel too; the trail's line with its time is the ``audit_entry``)."""
    from mystery_shop.services import review

    alice, sue, sue2 = laptop("alice"), laptop("sue"), laptop("sue", "sue-2")
    assert alice.sync().exit_code == 0
    vid, _ = _offline_work(alice, firm, tmp_path)
    assert alice.sync().exit_code == 0 and sue.sync().exit_code == 0
    ed = sue.ws.open_visit(vid)
    review.add_comment(ed, "mood", "the mood is not what the photo shows")
    review.override_score(ed, "mood", 2, "the photo shows a queue")
    review.approve(ed)
    report = sue.sync()
    assert report.exit_code == 0 and not report.issues, [i.line() for i in report.issues]
    assert alice.sync().exit_code == 0 and sue2.sync().exit_code == 0 and sue.sync().exit_code == 0
    expected = ["plan", "sign", "unsign", "sign", "-> submitted", "comment", "override", "-> approved"]
    trails = {name: d.ws.open_visit(vid).audit_trail() for name, d in (("alice", alice), ("sue", sue),
                                                                          ("sue-2", sue2))}  # fmt: skip
    for name, trail in trails.items():
        assert _kinds(trail) == expected, name
        assert all(a.received_at is not None for a in trail), name
    assert [a.detail for a in trails["alice"]] == [a.detail for a in trails["sue"]] == [
        a.detail for a in trails["sue-2"]]  # fmt: skip


def test_an_app_of_protocol_1_is_not_sent_the_new_kind(firm: Firm, laptop: Any, tmp_path: Any) -> None:
    """It would not know it: its pages leave audit entries out; an app of protocol 2 gets them."""
    alice = laptop("alice")
    assert alice.sync().exit_code == 0
    vid = alice.ws.create_visit("shop", firm.location_id, today())
    assert alice.sync().exit_code == 0
    live = firm.server
    with live.http(live.token("sue")) as c:
        kinds = {}
        for protocol in ("1", "2"):
            page = c.get("/sync/changes", params={"since": 0}, headers={PROTOCOL_HEADER: protocol}).json()
            kinds[protocol] = {ch["kind"] for ch in page["changes"] if ch["data"].get("visit_id", ch["id"]) == vid}
            one = c.get(f"/visits/{vid}", headers={PROTOCOL_HEADER: protocol}).json()
            kinds[protocol + " visit"] = {r["kind"] for r in one["records"]}
    assert "audit_entry" in kinds["2"] and "audit_entry" in kinds["2 visit"]
    assert "audit_entry" not in kinds["1"] and "audit_entry" not in kinds["1 visit"] and "visit" in kinds["1"]


def test_the_server_takes_an_entry_only_from_who_made_it(firm: Firm, laptop: Any) -> None:
    """Planned by whoever may plan the visit; signed or cleared by its auditor only, while it is theirs to change."""
    alice = laptop("alice")
    assert alice.sync().exit_code == 0
    vid = alice.ws.create_visit("shop", firm.location_id, today())
    assert alice.sync().exit_code == 0
    live = firm.server

    def push(user: str, kind: str) -> dict[str, Any]:
        data = {"visit_id": vid, "kind": kind, "detail": "x", "at": dt.datetime.now(dt.UTC).isoformat()}
        op = {"op": str(uuid.uuid4()), "kind": "audit_entry", "id": str(uuid.uuid4()), "base_rev": 0, "data": data}
        with live.http(live.token(user)) as c:
            r = c.post("/sync/push", json={"device": "d", "batch": str(uuid.uuid4()), "changes": [op]})
        assert r.status_code == 200, r.text
        return dict(r.json()["results"][0])

    signed_by_sue = push("sue", "sign")
    assert (signed_by_sue["status"], signed_by_sue["code"]) == ("rejected", 403), signed_by_sue
    assert push("bob", "plan")["code"] == 404  # not his visit: not revealed
    bad = push("alice", "approve")
    assert bad["code"] == 422 and "kind is one of plan, sign, unsign" in bad["reason"], bad
    assert push("sue", "plan")["status"] == "applied"
    assert push("alice", "sign")["status"] == "applied"
    forged = push("alice", "plan")
    assert forged["status"] == "applied"  # an auditor's own visit is theirs to plan (an ad-hoc visit)
