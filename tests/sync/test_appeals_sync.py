"""Appeals through sync: filed on the server, pulled by the supervisors' laptops, decided once (a second
supervisor's decision is a conflict shown to its maker), accepted as an override of the published visit."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import uuid
from pathlib import Path
from typing import Any

import pytest
from server.harness import Firm, today
from sqlalchemy import select

from mystery_shop.domain import appeals as ap
from mystery_shop.server import appeals as server_appeals
from mystery_shop.server.models import Record
from mystery_shop.server.records import Writer
from mystery_shop.services import appeals, review
from mystery_shop.services.photos import add_files
from mystery_shop.services.report_signing import load_signing
from mystery_shop.services.rows import ServiceError
from support.images import SIGNATURE, upright
from support.keys import FIRM_PASSPHRASE


def published_visit(firm: Firm, laptop: Any, key: Any, tmp: Path) -> tuple[Any, str]:
    """A visit alice did (greeted "no": 0 of 2 points), approved and published by sue; sue's laptop."""
    sue, alice = laptop("sue"), laptop("alice")
    assert sue.sync().exit_code == 0 and alice.sync().exit_code == 0
    vid = alice.ws.create_visit("shop", firm.location_id, today())
    ed = alice.ws.open_visit(vid)
    ed.set_answers({"greeted": "no", "wait": 25, "staff_name": "Priya", "mood": 4})
    picture = tmp / "door.jpg"
    upright(640, 480).save(picture)
    assert add_files(ed, "greeting", [picture])[0].status == "added"
    ed.sign(SIGNATURE, "Alice")
    ed.submit()
    assert alice.sync().exit_code == 0
    assert sue.sync().exit_code == 0
    sed = sue.ws.open_visit(vid)
    review.approve(sed)
    review.publish(sue.ws.open_visit(vid), sign=load_signing(key, FIRM_PASSPHRASE))
    assert sue.sync().exit_code == 0
    alice.close()
    return sue, vid


EVIDENCE = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


def file_appeal(firm: Firm, vid: str, question: str = "greeted") -> str:
    """An appeal as the portal files it, with a PDF as its evidence (its bytes on the server first)."""
    live = firm.server
    sha = hashlib.sha256(EVIDENCE).hexdigest()
    with live.http(live.token("ada", "evidence")) as c:
        c.put(
            f"/blobs/{sha}", content=EVIDENCE, headers={"Content-Type": "application/octet-stream"}
        ).raise_for_status()
    with firm.server.db.write() as s:
        w = Writer(s)
        visit = w.get("visit", vid)
        assert visit is not None
        files = [server_appeals.Evidence(sha, "receipt.pdf", len(EVIDENCE), "application/pdf")]
        rec = server_appeals.file(w, visit, firm.users["carl"], question, ap.Category.AUDITOR_WRONG.value,
                                  "She greeted us at the door.", files)  # fmt: skip
        w.finish()
        return rec.id


def test_an_appeal_is_accepted_once_and_a_second_decision_is_a_conflict(
    firm: Firm, laptop: Any, firm_p12: Any, tmp_path: Path
) -> None:
    sue, vid = published_visit(firm, laptop, firm_p12, tmp_path)
    appeal_id = file_appeal(firm, vid)
    sue2 = laptop("sue", "sue-2")
    assert sue.sync().exit_code == 0 and sue2.sync().exit_code == 0
    [row] = appeals.appeals(sue.ws, open_only=True)
    assert row.id == appeal_id and row.state is ap.State.OPEN and row.question_id == "greeted"
    assert [f.filename for f in row.files] == ["receipt.pdf"] and sue.ws.blobs.has(row.files[0].sha256)
    assert row.deadline is not None and row.deadline - row.published_at == dt.timedelta(days=14)  # type: ignore[operator]
    with pytest.raises(ServiceError, match="give back points"):
        appeals.accept(sue.ws, appeal_id, 0, "no change")
    appeals.accept(sue.ws, appeal_id, 2, "You are right: the camera shows the greeting.")
    appeals.decline(sue2.ws, appeal_id, "The photo shows no greeting.")  # at the same time, on another laptop
    first = sue.sync()
    assert first.exit_code == 0, [i.line() for i in first.issues]
    second = sue2.sync()
    assert any("accepted already" in i.line() for i in second.issues), [i.line() for i in second.issues]
    with firm.server.db.read() as s:
        decisions = list(s.scalars(select(Record.data).where(Record.kind == "appeal_decision")))
        override = s.scalar(select(Record.data).where(Record.kind == "score_override", Record.visit_id == vid))
    assert [d["outcome"] for d in decisions] == ["accepted"]
    assert override is not None and override["appeal_id"] == appeal_id and override["points"] == "2"
    assert appeals.appeals(sue2.ws)[0].state is ap.State.ACCEPTED, "the loser's laptop shows the winner"
    assert sue.ws.open_visit(vid).score.questions["greeted"].earned == 2
    sue2.close()
    sue.close()


def test_the_auditors_account_the_commands_and_refusals(firm: Firm, laptop: Any, firm_p12: Any, tmp_path: Path,
                                                        capsys: Any) -> None:  # fmt: skip
    sue, vid = published_visit(firm, laptop, firm_p12, tmp_path)
    appeal_id = file_appeal(firm, vid)
    assert sue.sync().exit_code == 0
    appeals.ask_auditor(sue.ws, appeal_id, "Did you see the greeting?")
    assert sue.sync().exit_code == 0
    alice = laptop("alice", "alice-2")
    assert alice.sync().exit_code == 0
    [row] = appeals.appeals(alice.ws)
    assert row.state is ap.State.ACCOUNT_ASKED and row.accounts[0].text == "Did you see the greeting?"
    appeals.give_account(alice.ws, appeal_id, "Nobody greeted me; I waited at the till.")
    assert alice.sync().exit_code == 0
    assert sue.sync().exit_code == 0
    row = appeals.appeal(sue.ws, appeal_id[:8])
    assert row.state is ap.State.OPEN and [a.what for a in row.accounts] == ["request", "answer"]
    # The same from the shell: review appeals, review decide (exit 1 with the reason where the workflow forbids).
    from mystery_shop.cli import main

    profile = ["--profile", str(sue.profile.root)]
    assert main(["review", "appeals", "--json", *profile]) == 0
    [listed] = json.loads(capsys.readouterr().out)
    assert listed["id"] == appeal_id and listed["state"] == "open" and listed["days_open"] == 0 and listed["deadline"]
    assert main(["review", "decide", appeal_id[:8], "--accept", "--points", "9", "--reply", "x", *profile]) == 1
    assert "between 0 and" in capsys.readouterr().err
    assert main(["review", "decide", appeal_id[:8], "--decline", "--reply", "The account stands.", *profile]) == 0
    assert main(["review", "decide", appeal_id[:8], "--decline", "--reply", "again", *profile]) == 1
    assert "closed already" in capsys.readouterr().err
    assert main(["review", "appeals", *profile]) == 0 and "No appeals waiting." in capsys.readouterr().out
    with pytest.raises(ServiceError, match="closed already"):
        appeals.decline(sue.ws, appeal_id, "again")
    assert sue.sync().exit_code == 0
    live = firm.server
    with live.http(live.token("sue", "cli")) as c:  # an override naming a declined appeal is refused
        op = {"op": str(uuid.uuid4()), "kind": "score_override", "id": str(uuid.uuid4()), "base_rev": 0,
              "data": {"visit_id": vid, "question_id": "greeted", "points": "2", "reason": "x",
                       "appeal_id": appeal_id}}  # fmt: skip
        r = c.post("/sync/push", json={"device": "d", "batch": str(uuid.uuid4()), "changes": [op]}).json()
        assert r["results"][0]["status"] == "rejected" and "declined" in r["results"][0]["reason"]
        op = {
            "op": str(uuid.uuid4()),
            "kind": "appeal",
            "id": str(uuid.uuid4()),
            "base_rev": 0,
            "data": {"visit_id": vid, "question_id": "greeted", "category": "other", "argument": "x"},
        }
        r = c.post("/sync/push", json={"device": "d", "batch": str(uuid.uuid4()), "changes": [op]}).json()
        assert r["results"][0]["status"] == "rejected", "appeals are filed on the portal"
    alice.close()
    sue.close()


def test_an_accepted_appeal_reissues_the_report(firm: Firm, laptop: Any, firm_p12: Any, tmp_path: Path) -> None:
    """The whole chain: a store manager appeals on the portal, the supervisor accepts after a sync, signs and
    publishes the revised report; the portal shows it as current with the new total, the first one superseded,
    both verifying."""
    from server.harness import PASSWORD
    from server.portal_support import csrf_of, signed_in

    from mystery_shop.domain.workflow import Role
    from mystery_shop.reports.verification import verify_pdf
    from mystery_shop.server import admin

    sue, vid = published_visit(firm, laptop, firm_p12, tmp_path)
    live = firm.server
    admin.add_user(live.db, "stan", PASSWORD, Role.CLIENT, client="Acme", locations="High Street")
    stan = signed_in(live, "stan")
    page = stan.get(f"/portal/reports/{vid}").text
    before = _score(page)
    r = stan.http.post(f"/portal/reports/{vid}/appeals", data={"csrf": csrf_of(page), "question": "greeted",
                       "category": "auditor_wrong", "argument": "The door camera shows the greeting."})  # fmt: skip
    assert r.status_code == 303, r.text
    assert sue.sync().exit_code == 0
    [row] = appeals.appeals(sue.ws, open_only=True)
    with pytest.raises(ServiceError, match=r"Cannot publish a published visit"):
        review.publish(sue.ws.open_visit(vid))  # nothing to publish yet: no accepted appeal
    appeals.accept(sue.ws, row.id, 2, "The recording shows the greeting: points restored.")
    with pytest.raises(ServiceError, match="signing key"):
        review.publish(sue.ws.open_visit(vid))  # the revised report must be signed
    revised = review.publish(sue.ws.open_visit(vid), sign=load_signing(firm_p12, FIRM_PASSPHRASE))
    report = sue.sync()
    assert report.exit_code == 0 and not report.issues, [i.line() for i in report.issues]

    page = stan.get(f"/portal/reports/{vid}").text
    assert revised.report_id in page and "Superseded" in page and "Current" in page
    assert "Accepted" in page and "points restored" in page
    assert _score(page) > before, "the revised total"
    listed = stan.get("/portal/reports").text  # the list's score is the revised one
    assert f"{_score(page):.1f}" in listed
    current = stan.get(f"/portal/reports/{vid}/report.pdf").content
    assert hashlib.sha256(current).hexdigest() == revised.sha256
    older = [line.split('"')[1] for line in page.split("href=") if "/revisions/" in line.split('"')[1]]
    assert len(older) == 1
    superseded = stan.get(older[0])
    assert superseded.status_code == 200 and superseded.content != current
    for n, body in enumerate((current, superseded.content)):
        path = tmp_path / f"r{n}.pdf"
        path.write_bytes(body)
        check = verify_pdf(path, firm_p12.with_suffix(".crt"))
        assert check.ok and check.trusted, check.reasons
    # A second revision without a new accepted appeal is refused by the server.
    now = dt.datetime.now(dt.UTC).isoformat()
    with live.http(live.token("sue", "cli")) as c:
        op = {"op": str(uuid.uuid4()), "kind": "report", "id": str(uuid.uuid4()), "base_rev": 0,
              "data": {"visit_id": vid, "report_id": "V-20261120-3F2A1C", "sha256": revised.sha256,
                       "size": revised.size, "signer": "x", "signed_at": now}}  # fmt: skip
        res = c.post("/sync/push", json={"device": "d", "batch": str(uuid.uuid4()), "changes": [op]}).json()
        assert res["results"][0]["status"] == "rejected" and "published already" in res["results"][0]["reason"]
    stan.close()
    sue.close()


def _score(page: str) -> float:
    import re

    m = re.search(r'<dd class="big">([\d.,]+)', page)
    assert m, "no score on the page"
    return float(m.group(1).replace(",", "."))
