"""The whole loop on a real server: an auditor's visit travels to the supervisor and back."""

from __future__ import annotations

from server.harness import Firm, today
from sqlalchemy import func, select

from mystery_shop.services import review
from mystery_shop.services.photos import add_files
from mystery_shop.store import models as m
from support.images import SIGNATURE, upright


def _count(laptop, model) -> int:  # type: ignore[no-untyped-def]
    with laptop.ws.sessions() as s:
        return int(s.scalar(select(func.count()).select_from(model)) or 0)


def test_visit_goes_to_the_supervisor_and_back(firm: Firm, laptop, tmp_path) -> None:  # type: ignore[no-untyped-def]
    alice = laptop("alice")
    first = alice.sync()
    assert first.exit_code == 0, first
    assert alice.ws.me.role.value == "auditor"
    assert [f.form_id for f in alice.ws.forms()] == ["shop"]

    visit_id = alice.ws.create_visit("shop", firm.location_id, today())
    ed = alice.ws.open_visit(visit_id)
    ed.set_answer("greeted", "yes")
    ed.set_answer("wait", 20)
    ed.set_answer("mood", 3)
    ed.set_comment("mood", "cheerful")
    picture = tmp_path / "door.jpg"
    upright().save(picture)
    assert add_files(ed, "greeting", [picture])[0].status == "added"
    ed.sign(SIGNATURE, "Alice")
    ed.submit()

    pushed = alice.sync()
    assert pushed.exit_code == 0, [i.line() for i in pushed.issues]
    assert pushed.blobs_up == 1
    assert pushed.waiting == 0
    assert pushed.check == "ok"

    sue = laptop("sue")
    got = sue.sync()
    assert got.exit_code == 0, got
    assert got.blobs_down == 1
    rows = sue.ws.visit_rows()
    assert [(r.id, r.status.value) for r in rows] == [(visit_id, "submitted")]
    sed = sue.ws.open_visit(visit_id)
    assert sed.answers.values == {"greeted": "yes", "wait": 20, "mood": 3}
    assert sed.comments == {"mood": "cheerful"}
    assert len(sed.photos()) == 1 and sue.ws.blobs.has(sed.photos()[0].sha256)
    assert sed.signature_png() == SIGNATURE
    review.add_comment(sed, None, "Nice work")
    review.approve(sed)
    assert sue.sync().exit_code == 0

    back = alice.sync()
    assert back.exit_code == 0, back
    assert alice.ws.open_visit(visit_id).header.status.value == "approved"
    assert _count(alice, m.ReviewComment) == 1
    # Nothing doubled: one answer per question, one photo, the audit trail's transitions once each.
    assert _count(alice, m.Answer) == 3 and _count(sue, m.Answer) == 3
    assert _count(alice, m.Photo) == 1
    with alice.ws.sessions() as s:
        moves = s.scalars(select(m.AuditEntry.to_status).where(m.AuditEntry.kind == "transition")).all()
    assert sorted(x for x in moves if x != "draft") == ["approved", "submitted"]
