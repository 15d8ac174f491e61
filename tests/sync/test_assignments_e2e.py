"""Supervisor to auditor and back, end to end on a real server (issue 7, item 2; issue 6's loop).

Sue plans a visit for Alice on her laptop; it reaches Alice's laptop by sync
and shows under "Assigned to me" with its due date; Alice fills and submits
it; Sue returns it with a comment; Alice sees the comment on the returned
visit, fixes it and submits again; Sue approves, and exports a signed report
that verifies. Both laptops end with the same audit trail.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from server.harness import Firm, today
from sqlalchemy import select

from mystery_shop.domain.workflow import VisitStatus
from mystery_shop.services import review
from mystery_shop.services.photos import add_files
from mystery_shop.store import models as m
from mystery_shop.ui.models.visits import COLUMNS, ID_ROLE, VisitFilter, VisitsModel
from support.images import SIGNATURE, upright

RETURN_NOTE = "The photo of the entrance is missing the door: please add one that shows it."


def assigned_to_me(laptop) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    """The main window's "Assigned to me" filter over the visit list, as (visit id, due column) pairs."""
    model = VisitsModel(laptop.ws.visit_rows())
    mine = VisitFilter()
    mine.setSourceModel(model)
    mine.set_filters(assigned_to=laptop.ws.me.id)
    due = COLUMNS.index("due")
    return [(mine.index(r, 0).data(ID_ROLE), mine.index(r, due).data()) for r in range(mine.rowCount())]


def trail(laptop, visit_id: str) -> list[tuple[str | None, str | None]]:  # type: ignore[no-untyped-def]
    with laptop.ws.sessions() as s:
        q = (
            select(m.AuditEntry.from_status, m.AuditEntry.to_status)
            .where(m.AuditEntry.visit_id == visit_id, m.AuditEntry.kind == "transition", m.AuditEntry.rev > 0)
            .order_by(m.AuditEntry.at)
        )
        return [(a, b) for a, b in s.execute(q)]


def test_a_planned_visit_goes_to_the_auditor_and_back(firm: Firm, laptop, tmp_path: Path, qtbot) -> None:  # type: ignore[no-untyped-def]
    sue, alice = laptop("sue"), laptop("alice")
    assert sue.sync().exit_code == 0 and alice.sync().exit_code == 0
    assert sue.ws.me.role.value == "supervisor" and alice.ws.me.role.value == "auditor"

    # Sue plans: a visit for Alice, due in five days, with a scenario for the shopper.
    alice_id = next(p.id for p in sue.ws.people() if p.username == "alice")
    due = today() + dt.timedelta(days=5)
    visit_id = sue.ws.create_visit(
        "shop", firm.location_id, today(), auditor_id=alice_id, due_date=due, scenario="Ask about gift wrapping."
    )
    other = sue.ws.create_visit("shop", firm.location_id, today(), auditor_id=firm.users["bob"])
    assert sue.sync().exit_code == 0

    # Alice's laptop: the visit is there, under "Assigned to me", with its due date; Bob's is not.
    assert alice.sync().exit_code == 0
    assert assigned_to_me(alice) == [(visit_id, due.isoformat())]
    assert other not in {r.id for r in alice.ws.visit_rows()}
    ed = alice.ws.open_visit(visit_id)
    assert (ed.header.auditor_id, ed.header.due_date, ed.header.scenario) == (alice_id, due, "Ask about gift wrapping.")
    assert ed.editable

    # Alice fills and submits.
    ed.set_answer("greeted", "yes")
    ed.set_answer("wait", 45)
    ed.set_answer("staff_name", "Priya")
    ed.set_answer("mood", 4)
    picture = tmp_path / "entrance.jpg"
    upright(640, 480).save(picture)
    assert add_files(ed, "greeting", [picture])[0].status == "added"
    ed.sign(SIGNATURE, "Alice")
    ed.submit()
    assert alice.sync().exit_code == 0
    assert assigned_to_me(alice) == [], "a submitted visit is no longer Alice's to do"

    # Sue reviews and returns it with a comment.
    assert sue.sync().exit_code == 0
    sed = sue.ws.open_visit(visit_id)
    assert sed.header.status is VisitStatus.SUBMITTED and sed.answers.values["staff_name"] == "Priya"
    review.add_comment(sed, "wait", "45 seconds is long: was the shop busy?")
    review.return_visit(sed, RETURN_NOTE)
    assert sue.sync().exit_code == 0

    # Alice sees the return and the comments, in the list and on the visit screen.
    assert alice.sync().exit_code == 0
    assert assigned_to_me(alice) == [(visit_id, due.isoformat())], "returned: hers to fix again"
    ed = alice.ws.open_visit(visit_id)
    assert ed.header.status is VisitStatus.RETURNED
    notes = {(c.question_id, c.text, c.author) for c in ed.review_comments()}
    assert notes == {(None, RETURN_NOTE, "sue"), ("wait", "45 seconds is long: was the shop busy?", "sue")}
    from mystery_shop.ui.visit.visit_window import VisitWindow

    window = VisitWindow(alice.ws, visit_id)
    qtbot.addWidget(window)
    assert not window.banner.isHidden() and RETURN_NOTE in window.banner.text()
    assert "Returned by your supervisor" in window.banner.text()
    window.close()

    # She fixes it and submits again; Sue approves.
    ed.set_comment("wait", "Two tills were closed; the queue was six people.")
    picture2 = tmp_path / "door.jpg"
    upright(800, 600).save(picture2)
    assert add_files(ed, "greeting", [picture2])[0].status == "added"
    assert not ed.header.has_signature  # her attestation covered the answers as they were: signed again
    ed.sign(SIGNATURE, "Alice")
    ed.submit()
    assert alice.sync().exit_code == 0
    assert sue.sync().exit_code == 0
    sed = sue.ws.open_visit(visit_id)
    assert sed.header.status is VisitStatus.SUBMITTED and len(sed.photos()) == 2
    assert sed.comments["wait"].startswith("Two tills")
    review.approve(sed)
    assert sue.sync().exit_code == 0
    assert alice.sync().exit_code == 0
    assert alice.ws.visit_status(visit_id) is VisitStatus.APPROVED

    moves = [("draft", "submitted"), ("submitted", "returned"), ("returned", "submitted"), ("submitted", "approved")]
    assert trail(alice, visit_id) == moves and trail(sue, visit_id) == moves

    # Sue exports the approved visit's report, signed, and it verifies.
    from cryptography.hazmat.primitives.asymmetric import rsa

    from mystery_shop.reports.keys import create_signing_key
    from mystery_shop.reports.verification import verify_pdf
    from mystery_shop.services import report_signing, reports

    key = tmp_path / "firm.p12"
    create_signing_key("Acme Audits Ltd", key, b"secret", key=rsa.generate_private_key(public_exponent=65537,
                                                                                       key_size=2048))  # fmt: skip
    out = tmp_path / "visit.pdf"
    result = reports.visit_report(sue.ws, visit_id, out, sign=report_signing.load_signing(key, b"secret"))
    assert result.signed
    check = verify_pdf(out, key.with_suffix(".crt"))
    assert check.ok, check


def test_a_visit_submitted_on_another_laptop_keeps_its_score(firm: Firm, laptop, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Answers typed on one laptop, the visit signed and submitted on the other: the score travels with it."""
    one, two = laptop("alice", "one"), laptop("alice", "two")
    one.sync()
    visit_id = one.ws.create_visit("shop", firm.location_id, today())
    assert one.sync().exit_code == 0  # the visit reaches the server before it has answers
    ed = one.ws.open_visit(visit_id)
    for question, value in (("greeted", "yes"), ("wait", 20), ("staff_name", "Sam"), ("mood", 4)):
        ed.set_answer(question, value)
    picture = tmp_path / "door.jpg"
    upright(320, 240).save(picture)
    add_files(ed, "greeting", [picture])
    score = ed.score.total
    assert score is not None and one.sync().exit_code == 0
    assert two.sync().exit_code == 0
    ed2 = two.ws.open_visit(visit_id)
    ed2.sign(SIGNATURE, "Alice")
    ed2.submit()
    assert two.sync().exit_code == 0 and one.sync().exit_code == 0
    for device in (one, two):
        [row] = device.ws.visit_rows()
        assert row.status is VisitStatus.SUBMITTED and row.score == pytest.approx(float(score))
