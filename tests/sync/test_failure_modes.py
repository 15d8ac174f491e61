"""Every failure mode of SYNC.md against a real server, on SQLite and PostgreSQL.

After each: both sides agree (the sanity check passes), nothing lost, nothing doubled.
"""

from __future__ import annotations

import datetime as dt

from server.faulty_proxy import Rule
from server.harness import Firm, count, outbox, server_count, today
from sqlalchemy import update

from mystery_shop.server.models import Device
from mystery_shop.services import review
from mystery_shop.services.photos import add_files
from mystery_shop.store import models as m
from mystery_shop.sync.transport import RetryPolicy
from support.images import SIGNATURE, upright


def _visit_with_photo(laptop, firm: Firm, tmp_path, *, submit: bool = True) -> str:  # type: ignore[no-untyped-def]
    visit_id = laptop.ws.create_visit("shop", firm.location_id, today())
    ed = laptop.ws.open_visit(visit_id)
    ed.set_answer("greeted", "yes")
    ed.set_answer("wait", 20)
    ed.set_answer("mood", 4)
    picture = tmp_path / f"door-{visit_id[:6]}.jpg"
    upright(800, 600).save(picture, quality=95)
    assert add_files(ed, "greeting", [picture])[0].status == "added"
    if submit:
        ed.sign(SIGNATURE, "Alice")
        ed.submit()
    return visit_id


def _agree(laptop) -> None:  # type: ignore[no-untyped-def]
    report = laptop.sync(full_check=True)
    assert report.exit_code == 0, (report.error, [i.line() for i in report.issues])
    assert report.check == "ok", report.check
    assert outbox(laptop) == 0


def test_reply_lost_after_commit_changes_nothing_on_replay(firm: Firm, laptop, proxy, tmp_path) -> None:  # type: ignore[no-untyped-def]
    alice = laptop("alice", url=proxy.url)
    alice.sync()
    _visit_with_photo(alice, firm, tmp_path)
    proxy.add(Rule("POST", "/api/v1/sync/push", "drop_reply"))
    report = alice.sync()
    assert proxy.faults == ["drop_reply POST /api/v1/sync/push"]
    assert report.exit_code == 0, report.error
    # The server applied the batch once; the retry got the stored results.
    assert server_count(firm.server, "answer") == 3
    assert server_count(firm.server, "photo") == 1
    assert server_count(firm.server, "transition") == 1
    _agree(alice)
    assert count(alice, m.Answer) == 3 and count(alice, m.Photo) == 1


def test_blob_cut_at_start_half_and_last_byte_then_resumed(firm: Firm, laptop, proxy, tmp_path) -> None:  # type: ignore[no-untyped-def]
    alice = laptop("alice", url=proxy.url)
    alice.sync()
    _visit_with_photo(alice, firm, tmp_path)
    for at in (0.0, 0.5, -1):
        proxy.add(Rule("PUT", "/api/v1/blobs/", "cut", at=at))
    report = alice.sync()
    assert len(proxy.faults) == 3, proxy.faults
    assert report.exit_code == 0, report.error
    blob_dir = firm.server.config.blob_dir
    assert not list(blob_dir.glob(".incoming-*")), "a cut upload left a temporary file"
    stored = [p for p in blob_dir.rglob("*") if p.is_file()]
    assert len(stored) == 1
    import hashlib

    assert hashlib.sha256(stored[0].read_bytes()).hexdigest() == stored[0].parent.name + stored[0].name
    _agree(alice)


def test_corrupted_blob_is_refused_and_sent_again(firm: Firm, laptop, proxy, tmp_path) -> None:  # type: ignore[no-untyped-def]
    alice = laptop("alice", url=proxy.url)
    alice.sync()
    _visit_with_photo(alice, firm, tmp_path)
    proxy.add(Rule("PUT", "/api/v1/blobs/", "corrupt"))
    report = alice.sync()
    assert [f.rsplit("/", 1)[0] for f in proxy.faults] == ["corrupt PUT /api/v1/blobs"]
    assert report.exit_code == 0, report.error
    assert server_count(firm.server, "transition") == 1  # submitted: the blob arrived whole the second time
    _agree(alice)


def test_same_batch_delivered_twice(firm: Firm, laptop, proxy, tmp_path) -> None:  # type: ignore[no-untyped-def]
    alice = laptop("alice", url=proxy.url)
    alice.sync()
    _visit_with_photo(alice, firm, tmp_path, submit=False)
    proxy.add(Rule("POST", "/api/v1/sync/push", "duplicate"))
    assert alice.sync().exit_code == 0
    assert server_count(firm.server, "answer") == 3
    _agree(alice)


def test_server_restarted_mid_sync(firm: Firm, laptop, tmp_path) -> None:  # type: ignore[no-untyped-def]
    alice = laptop("alice", retry=RetryPolicy(attempts=2, base_s=0.01, cap_s=0.02))
    alice.sync()
    _visit_with_photo(alice, firm, tmp_path)
    firm.server.stop()
    down = alice.sync()
    assert down.exit_code == 2 and down.unreachable
    assert outbox(alice) > 0, "the queue must survive"
    firm.server.start()
    _agree(alice)
    assert server_count(firm.server, "answer") == 3


def test_two_devices_one_visit_first_wins_second_keeps_its_copy(firm: Firm, laptop, tmp_path) -> None:  # type: ignore[no-untyped-def]
    one, two = laptop("alice", "one"), laptop("alice", "two")
    one.sync()
    visit_id = _visit_with_photo(one, firm, tmp_path, submit=False)
    assert one.sync().exit_code == 0
    assert two.sync().exit_code == 0
    one.ws.open_visit(visit_id).set_answer("mood", 1)
    two.ws.open_visit(visit_id).set_answer("mood", 2)
    assert one.sync().exit_code == 0
    lost = two.sync()
    assert lost.exit_code == 1
    assert [(i.kind, i.status) for i in lost.conflicts] == [("answer", "conflict")]
    issue = lost.conflicts[0]
    assert issue.local["sent"]["value"] == 2 and issue.server["data"]["value"] == 1  # both versions kept
    assert two.ws.open_visit(visit_id).answers.values["mood"] == 1  # the server's copy is what the app shows
    _agree(one)
    _agree(two)


def test_visit_returned_while_its_auditor_is_offline(firm: Firm, laptop, tmp_path) -> None:  # type: ignore[no-untyped-def]
    alice, sue = laptop("alice"), laptop("sue")
    alice.sync()
    visit_id = _visit_with_photo(alice, firm, tmp_path)
    assert alice.sync().exit_code == 0
    sue.sync()
    review.return_visit(sue.ws.open_visit(visit_id), "Photo of the till, please")
    assert sue.sync().exit_code == 0
    # Alice comes back online: her copy turns returned and she can fix and resubmit.
    assert alice.sync().exit_code == 0
    ed = alice.ws.open_visit(visit_id)
    assert ed.header.status.value == "returned"
    ed.set_answer("mood", 2)
    ed.sign(SIGNATURE, "Alice")  # the change cleared her signature: she signs what she now attests
    ed.submit()
    assert alice.sync().exit_code == 0
    sue.sync()
    sed = sue.ws.open_visit(visit_id)
    assert sed.header.status.value == "submitted" and sed.answers.values["mood"] == 2
    _agree(alice)
    _agree(sue)


def test_late_edit_to_an_approved_visit_is_rejected_and_kept(firm: Firm, laptop, tmp_path) -> None:  # type: ignore[no-untyped-def]
    one, two, sue = laptop("alice", "one"), laptop("alice", "two"), laptop("sue")
    one.sync()
    visit_id = _visit_with_photo(one, firm, tmp_path, submit=False)
    one.sync()
    two.sync()  # the second laptop holds the draft, then goes offline
    one.ws.open_visit(visit_id).sign(SIGNATURE, "Alice")
    one.ws.open_visit(visit_id).submit()
    one.sync()
    sue.sync()
    review.approve(sue.ws.open_visit(visit_id))
    sue.sync()
    two.ws.open_visit(visit_id).set_answer("mood", 1)  # offline, on the stale draft
    late = two.sync()
    assert late.exit_code == 1
    assert [(i.kind, i.status, i.code) for i in late.rejected] == [("answer", "rejected", 409)]
    assert "approved" in late.rejected[0].reason
    ed = two.ws.open_visit(visit_id)
    assert ed.header.status.value == "approved" and ed.answers.values["mood"] == 4
    assert server_count(firm.server, "answer") == 3
    _agree(two)


def test_expired_token_keeps_the_queue_until_a_new_sign_in(firm: Firm, laptop, tmp_path) -> None:  # type: ignore[no-untyped-def]
    alice = laptop("alice")
    alice.sync()
    _visit_with_photo(alice, firm, tmp_path)
    waiting = outbox(alice)
    with firm.server.db.write() as s:
        s.execute(update(Device).values(expires_at=dt.datetime.now(dt.UTC) - dt.timedelta(seconds=1)))
    expired = alice.sync()
    assert expired.exit_code == 1 and "sign in again" in expired.error
    assert outbox(alice) == waiting
    alice.relogin()
    _agree(alice)
    assert server_count(firm.server, "transition") == 1


def test_full_disk_refuses_the_photo_and_keeps_everything(firm: Firm, laptop, tmp_path) -> None:  # type: ignore[no-untyped-def]
    alice = laptop("alice")
    alice.sync()
    _visit_with_photo(alice, firm, tmp_path)
    server = firm.server
    normal = server.config
    server.config = normal.with_(min_free_bytes=1 << 62)  # as if the disk were full
    server.restart()
    full = alice.sync()
    assert full.exit_code == 1 and "disk is full" in full.error
    assert outbox(alice) > 0 and server_count(server, "answer") == 0
    server.config = normal
    server.restart()
    _agree(alice)
    assert server_count(server, "transition") == 1


def test_an_offline_submit_keeps_when_it_happened_on_the_device(firm: Firm, laptop, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Submitted offline at 17:05, synced at 17:12: every trail says 17:05; the server also keeps 17:12."""
    import time_machine
    from sqlalchemy import select

    from mystery_shop.server.models import Record

    alice, sue = laptop("alice"), laptop("sue")
    alice.sync()
    visit_id = _visit_with_photo(alice, firm, tmp_path, submit=False)
    ed = alice.ws.open_visit(visit_id)
    ed.sign(SIGNATURE, "Alice")
    earlier = dt.datetime.now(dt.UTC) - dt.timedelta(minutes=7)
    with time_machine.travel(earlier, tick=True):
        ed.submit()  # offline, seven minutes before the sync
    assert alice.sync().exit_code == 0
    with firm.server.db.read() as s:
        data = next(r.data for r in s.scalars(select(Record).where(Record.kind == "transition",
                    Record.visit_id == visit_id)) if r.data.get("to_status") == "submitted")  # fmt: skip
    at, received = (dt.datetime.fromisoformat(data[k]) for k in ("at", "received_at"))
    assert abs(at - earlier) < dt.timedelta(seconds=30), (at, earlier)
    assert dt.timedelta(minutes=6) < received - at < dt.timedelta(minutes=9)
    assert sue.sync().exit_code == 0 and alice.sync().exit_code == 0
    for device in (alice, sue):
        entry = next(a for a in device.ws.open_visit(visit_id).audit_trail() if a.to_status == "submitted")
        assert abs(entry.at.astimezone(dt.UTC) - earlier) < dt.timedelta(seconds=30), device
