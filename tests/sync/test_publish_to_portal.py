"""Publishing in the app reaches the client: the signed PDF goes up as a blob with its ``report`` record,
and the client downloads, from the portal, exactly the bytes the supervisor signed (issue 14)."""

from __future__ import annotations

import hashlib
from pathlib import Path

from server.harness import Firm, today
from server.portal_support import signed_in
from sqlalchemy import select

from mystery_shop.reports.verification import verify_pdf
from mystery_shop.server.models import Record
from mystery_shop.services import reports, review
from mystery_shop.services.photos import add_files
from mystery_shop.services.report_signing import load_signing
from support.images import SIGNATURE, upright
from support.keys import FIRM_PASSPHRASE


def test_a_visit_published_in_the_app_is_the_clients_in_the_portal(firm: Firm, laptop, firm_p12: Path,  # type: ignore[no-untyped-def]
                                                                   tmp_path: Path) -> None:  # fmt: skip
    live = firm.server
    sue, alice = laptop("sue"), laptop("alice")
    assert sue.sync().exit_code == 0 and alice.sync().exit_code == 0
    visit_id = alice.ws.create_visit("shop", firm.location_id, today())
    ed = alice.ws.open_visit(visit_id)
    ed.set_answers({"greeted": "yes", "wait": 25, "staff_name": "Priya", "mood": 4})
    picture = tmp_path / "door.jpg"
    upright(640, 480).save(picture)
    assert add_files(ed, "greeting", [picture])[0].status == "added"
    ed.sign(SIGNATURE, "Alice")
    ed.submit()
    assert alice.sync().exit_code == 0

    assert sue.sync().exit_code == 0
    sed = sue.ws.open_visit(visit_id)
    review.approve(sed)
    signing = load_signing(firm_p12, FIRM_PASSPHRASE)
    out = tmp_path / "approved.pdf"
    written = reports.visit_report(sue.ws, visit_id, out, sign=signing)  # "Approve and sign" does this
    sent = review.publish(sed)
    assert sent.sha256 == written.sha256
    report = sue.sync()
    assert report.exit_code == 0 and report.blobs_up >= 1, report.issues

    with live.db.read() as s:
        rec = s.scalar(select(Record).where(Record.kind == "report", Record.visit_id == visit_id))
        assert rec is not None
        data, blob = dict(rec.data), rec.blob
        status = s.get(Record, ("visit", visit_id)).status  # type: ignore[union-attr]
    assert status == "published" and blob == written.sha256
    assert data["signer"] == "Larkspur Field Research" and data["size"] == written.size
    assert data["author_id"] == firm.users["sue"], "who signed: the supervisor's account"
    assert data["report_id"] == written.report_id and written.sha256 in data["detail"], "the signing's audit entry"

    carl = signed_in(live, "carl")
    page = carl.get("/portal/reports").text
    assert (visit_id in page and written.report_id in page) or visit_id in page
    pdf = carl.get(f"/portal/reports/{visit_id}/report.pdf").content
    assert pdf == out.read_bytes(), "byte for byte what the supervisor signed"
    assert hashlib.sha256(pdf).hexdigest() == written.sha256
    saved = tmp_path / "from-the-portal.pdf"
    saved.write_bytes(pdf)
    check = verify_pdf(saved, firm_p12.with_suffix(".crt"))
    assert check.ok and check.trusted, check.reasons
    carl.close()

    # The other laptops never pull the report (push-only), and nothing else changes for them.
    assert alice.sync().exit_code == 0
    assert alice.ws.visit_status(visit_id).value == "published"
