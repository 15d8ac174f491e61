"""The server restored from an older backup (issue 27): nothing laptops held is lost, nothing doubled.

A laptop that had pushed after the backup, one that had not pushed at all and
one that pushed after the restore; by then the SEQ has passed the first
laptop's old cursor. Afterwards the server and every laptop agree.
"""

from __future__ import annotations

from pathlib import Path

from server.harness import Firm, Laptop, count, outbox, server_count, today
from server.restore import restore, snapshot
from sqlalchemy import select

from mystery_shop.server.changes import counter
from mystery_shop.server.models import Record
from mystery_shop.services import review
from mystery_shop.services.photos import add_files
from mystery_shop.store import models as m
from support.images import SIGNATURE, upright


def _answer(device: Laptop, visit_id: str, **answers: object) -> None:
    ed = device.ws.open_visit(visit_id)
    for question, value in answers.items():
        ed.set_answer(question, value)


def _submit(device: Laptop, visit_id: str, tmp_path: Path) -> None:
    ed = device.ws.open_visit(visit_id)
    picture = tmp_path / f"door-{visit_id[:6]}.jpg"
    upright(640, 480).save(picture, quality=90)
    assert add_files(ed, "greeting", [picture])[0].status == "added"
    ed.sign(SIGNATURE, device.username)
    ed.submit()


def _agree(device: Laptop) -> None:
    report = device.sync(full_check=True)
    assert report.exit_code == 0, (report.error, [i.line() for i in report.issues])
    assert report.check == "ok", report.check
    assert outbox(device) == 0
    assert not device.engine_issues(), device.engine_issues()


def _server(firm: Firm, kind: str) -> dict[str, Record]:
    with firm.server.db.read() as s:
        rows = {r.id: r for r in s.scalars(select(Record).where(Record.kind == kind))}
        s.expunge_all()
        return rows


def test_restore_to_an_older_backup_loses_nothing(firm: Firm, laptop, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    alice, bob, sue = laptop("alice"), laptop("bob"), laptop("sue")
    for device in (alice, bob, sue):
        assert device.sync().exit_code == 0
    before = alice.ws.create_visit("shop", firm.location_id, today())
    _answer(alice, before, greeted="yes")
    assert alice.sync().exit_code == 0
    snap = snapshot(firm.server, tmp_path / "backup")

    # After the backup: alice finishes that visit and does a second one, and the server has both.
    _answer(alice, before, greeted="no", wait=20, mood=4)
    _submit(alice, before, tmp_path)
    after = alice.ws.create_visit("shop", firm.location_id, today())
    _answer(alice, after, greeted="yes", wait=5, mood=3)
    _submit(alice, after, tmp_path)
    assert alice.sync().exit_code == 0
    assert sue.sync().exit_code == 0  # the supervisor has seen them
    # Bob works offline all along: nothing of his reaches the server before the restore.
    offline = bob.ws.create_visit("shop", firm.location_id, today())
    _answer(bob, offline, greeted="yes", wait=7)
    alice_cursor = _cursor(alice)

    restore(firm.server, snap)
    assert server_count(firm.server, "answer") == 1 and server_count(firm.server, "transition") == 0

    # After the restore: sue plans visits for bob and bob syncs, until the SEQ has passed alice's old cursor.
    planned = []
    while _counter(firm) <= alice_cursor:
        planned.append(sue.ws.create_visit("shop", firm.location_id, today(), auditor_id=firm.users["bob"]))
        assert sue.sync().exit_code == 0
    report = bob.sync()
    assert report.exit_code == 0 and report.reconciled, (report.error, report.reconciled)
    _answer(bob, planned[0], greeted="no")

    report = alice.sync()
    assert report.exit_code == 0, (report.error, [i.line() for i in report.issues])
    assert report.reconciled

    for _ in range(2):  # what one pushed, the others pull on the second round
        for device in (alice, bob, sue):
            _agree(device)

    visits = _server(firm, "visit")
    assert visits[before].status == "submitted" and visits[after].status == "submitted"
    assert visits[offline].status == "draft" and all(visits[v].status == "draft" for v in planned)
    answers = {(a.data["visit_id"], a.data["question_id"]): a.data["value"] for a in _server(firm, "answer").values()}
    assert answers[(before, "greeted")] == "no" and answers[(before, "wait")] == 20
    assert answers[(after, "mood")] == 3 and answers[(offline, "wait")] == 7
    assert answers[(planned[0], "greeted")] == "no"
    assert len(answers) == len(_server(firm, "answer")) == 9  # nothing doubled
    trail = sorted((t.data["visit_id"], t.data["to_status"]) for t in _server(firm, "transition").values())
    assert trail == sorted([(before, "submitted"), (after, "submitted")])  # each submit once
    for photo in _server(firm, "photo").values():
        assert firm.server.config.blob_dir.joinpath(photo.blob[:2], photo.blob[2:]).is_file(), "a photo's bytes lost"
    # Every laptop still holds its work, and the supervisor sees the submitted visits again.
    assert count(alice, m.Answer) == 6 and count(bob, m.Answer) >= 3
    with sue.ws.sessions() as s:
        seen = set(s.scalars(select(m.Visit.id)))
    assert {before, after} <= seen


def _cursor(device: Laptop) -> int:
    from mystery_shop.sync.local import LocalStore

    local = LocalStore(device.profile.database)
    try:
        return int(local.state("cursor", 0))
    finally:
        local.close()


def _counter(firm: Firm) -> int:
    with firm.server.db.read() as s:
        return counter(s)


def test_a_photo_refused_by_the_visits_older_state_waits_and_arrives(firm: Firm, laptop, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """The chaos test's lost photo, step by step: after the backup the supervisor returns a visit, the auditor adds
    a photo and submits again, the supervisor approves; the server is restored and the auditor syncs first. Her
    photo is refused there (the restored visit is still submitted): it stays on her laptop with the refusal shown,
    and goes again once the supervisor's laptop has put the return back; then the approval follows."""
    alice, sue = laptop("alice"), laptop("sue")
    for device in (alice, sue):
        assert device.sync().exit_code == 0
    visit = alice.ws.create_visit("shop", firm.location_id, today())
    _answer(alice, visit, greeted="yes", wait=20, mood=4, staff_name="Sam")
    _submit(alice, visit, tmp_path)
    assert alice.sync().exit_code == 0 and sue.sync().exit_code == 0
    snap = snapshot(firm.server, tmp_path / "backup")

    review.return_visit(sue.ws.open_visit(visit), "Add a photo of the counter")
    assert sue.sync().exit_code == 0 and alice.sync().exit_code == 0
    counter_photo = tmp_path / "counter.jpg"
    upright(320, 240).save(counter_photo, quality=90)
    added = add_files(alice.ws.open_visit(visit), "greeting", [counter_photo])[0]
    assert added.status == "added" and added.photo_id
    ed = alice.ws.open_visit(visit)
    ed.sign(SIGNATURE, "alice")
    ed.submit()
    assert alice.sync().exit_code == 0 and sue.sync().exit_code == 0
    review.approve(sue.ws.open_visit(visit))
    assert sue.sync().exit_code == 0 and alice.sync().exit_code == 0
    assert added.photo_id in _server(firm, "photo")

    restore(firm.server, snap)
    assert _server(firm, "visit")[visit].status == "submitted"

    report = alice.sync()  # first: her photo and her second submit need the return, which only sue's laptop has
    assert report.reconciled and {i.kind for i in report.issues} >= {"photo"}, [i.line() for i in report.issues]
    with alice.ws.sessions() as s:
        assert s.get(m.Photo, added.photo_id) is not None, "the refused photo was removed from the laptop"
    assert any(added.photo_id[:8] in line for line in alice.engine_issues()), "the refusal is not shown"

    assert sue.sync().reconciled  # puts the return back; her approval waits for alice's submit
    report = alice.sync()  # the visit moved: the photo and the submit go again
    assert report.exit_code == 0, [i.line() for i in report.issues]
    report = sue.sync()  # the visit moved: the approval goes again
    assert report.exit_code == 0, [i.line() for i in report.issues]
    for _ in range(2):
        for device in (alice, sue):
            _agree(device)

    photos = _server(firm, "photo")
    assert added.photo_id in photos, "the photo never reached the server again"
    sha = photos[added.photo_id].blob
    assert firm.server.config.blob_dir.joinpath(sha[:2], sha[2:]).is_file()
    assert _server(firm, "visit")[visit].status == "approved"
    trail = sorted((t.seq or 0, t.data["to_status"]) for t in _server(firm, "transition").values())
    assert [to for _, to in trail] == ["submitted", "returned", "submitted", "approved"]
    for device in (alice, sue):
        with device.ws.sessions() as s:
            assert s.get(m.Photo, added.photo_id) is not None
        assert device.ws.blobs.has(sha)


def test_a_photo_pushed_before_the_laptop_knows_of_the_restore_is_kept_and_arrives(
    firm: Firm, laptop, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    """The chaos test's other lost photo: the visit was planned after the backup, the photo taken after the restore.
    The sync's push goes first and the restored server, which lost the visit, refuses the photo; that push's answer
    carries the new epoch, so the refusal waits instead of removing the photo, and once the reconcile has put the
    visit back, the photo goes again in the same sync."""
    alice = laptop("alice")
    assert alice.sync().exit_code == 0
    snap = snapshot(firm.server, tmp_path / "backup")
    visit = alice.ws.create_visit("shop", firm.location_id, today())
    assert alice.sync().exit_code == 0
    restore(firm.server, snap)

    picture = tmp_path / "shelf.jpg"
    upright(320, 240).save(picture, quality=90)
    added = add_files(alice.ws.open_visit(visit), "greeting", [picture])[0]
    assert added.status == "added" and added.photo_id
    _answer(alice, visit, greeted="yes")
    report = alice.sync()
    assert report.reconciled
    assert added.photo_id in _server(firm, "photo"), [i.line() for i in report.issues]
    assert {a.data["question_id"] for a in _server(firm, "answer").values()} == {"greeted"}
    _agree(alice)
    with alice.ws.sessions() as s:
        assert s.get(m.Photo, added.photo_id) is not None
