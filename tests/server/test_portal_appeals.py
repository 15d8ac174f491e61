"""Filing an appeal on the portal: who may, what, when; evidence checked like photos; following and withdrawing."""

from __future__ import annotations

import datetime as dt
import io
from typing import Any

import time_machine
from server.portal_support import STORE, Signed, World, add_store, csrf_of, signed_in
from sqlalchemy import select

from mystery_shop.server.models import Record
from support.images import upright

# acme[1] answered greeted "no" (lost 2 points) and mood 2 (lost some); staff_name earns nothing.


def jpeg() -> bytes:
    out = io.BytesIO()
    upright(320, 240).save(out, "JPEG")
    return out.getvalue()


PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


def file(b: Any, vid: str, question: str = "greeted", files: list[tuple[str, bytes]] = (), csrf: str | None = None,
         **fields: str) -> Any:  # fmt: skip
    page = b.get(f"/portal/reports/{vid}")
    data = {"csrf": csrf if csrf is not None else csrf_of(page.text), "question": question, "category": "auditor_wrong",
            "argument": "She greeted us at the door: see the photo.", **fields}  # fmt: skip
    parts = [("evidence", (name, body, "application/octet-stream")) for name, body in files]
    return b.http.post(f"/portal/reports/{vid}/appeals", data=data, files=parts or None)


def appeals_of(world: World, vid: str) -> list[dict[str, Any]]:
    with world.live.db.read() as s:
        return [dict(d) for d in s.scalars(select(Record.data).where(Record.kind == "appeal", Record.visit_id == vid))]


def files_of(world: World) -> list[dict[str, Any]]:
    with world.live.db.read() as s:
        return [dict(d) for d in s.scalars(select(Record.data).where(Record.kind == "appeal_file"))]


def test_a_store_manager_appeals_a_finding_with_evidence(world: World, signed: Signed) -> None:
    add_store(world, signed)
    vid = world.visits["Acme"][1]
    stan = signed_in(world.live, "stan")
    try:
        page = stan.get(f"/portal/reports/{vid}").text
        assert 'data-question="greeted"' in page and 'data-question="staff_name"' not in page
        bad = b"MZ\x90\x00 not evidence"
        r = file(
            stan, vid, files=[("door.jpg", jpeg()), ("receipt.pdf", PDF), ("virus.exe", bad), ("cut.jpg", jpeg()[:400])]
        )
        assert r.status_code == 200, r.text
        assert "Your appeal is filed" in r.text
        assert "virus.exe was refused: only JPEG, PNG and PDF files can be attached" in r.text
        assert "cut.jpg was refused" in r.text
        [appeal] = appeals_of(world, vid)
        assert appeal["question_id"] == "greeted" and appeal["category"] == "auditor_wrong"
        assert sorted(f["filename"] for f in files_of(world)) == ["door.jpg", "receipt.pdf"]
        page = stan.get(f"/portal/reports/{vid}").text
        assert "An appeal of this question is open." in page and "Open" in page and "door.jpg" in page
        # One open appeal per question; a question that lost nothing; no CSRF token.
        assert file(stan, vid).status_code == 422
        r = file(stan, vid, question="staff_name")
        assert r.status_code == 422 and "lost points" in r.text
        assert file(stan, vid, question="mood", csrf="forged").status_code == 403
        assert len(appeals_of(world, vid)) == 1
    finally:
        stan.close()
    # Another location's manager: the report does not exist for them; head office sees the appeal.
    rita = signed_in(world.live, "rita")
    try:
        assert rita.get(f"/portal/reports/{vid}").status_code == 404
        r = rita.http.post(f"/portal/reports/{vid}/appeals", data={"csrf": csrf_of(rita.get("/portal/account").text),
                           "question": "mood", "category": "other", "argument": "x"})  # fmt: skip
        assert r.status_code == 404
    finally:
        rita.close()
    carl = signed_in(world.live, "carl")
    try:
        page = carl.get(f"/portal/reports/{vid}").text
        assert "She greeted us at the door" in page and "Withdraw" not in page, "only its maker withdraws it"
    finally:
        carl.close()
    stan = signed_in(world.live, "stan")
    try:
        appeal_id = next(iter(_ids(world, vid)))
        r = stan.post(f"/portal/reports/{vid}/appeals/{appeal_id}/withdraw", {}, token_from=f"/portal/reports/{vid}")
        assert r.status_code == 303
        page = stan.get(r.headers["location"]).text
        assert "Your appeal is withdrawn." in page and "Withdrawn" in page
        r = stan.post(f"/portal/reports/{vid}/appeals/{appeal_id}/withdraw", {}, token_from=f"/portal/reports/{vid}")
        assert r.status_code == 409
        assert file(stan, vid).status_code == 303, "withdrawn: the question may be appealed again"
        # The dashboard's appeal figures, of stan's location only.
        board = stan.get("/portal/dashboard", params={"period": "365"}).text
        assert 'id="appeal-figures"' in board and "High Street" in board
        assert '<dd class="appeal-accepted">—' in board, "none decided yet (a withdrawal is not a decision)"
    finally:
        stan.close()
    assert STORE


def _ids(world: World, vid: str) -> list[str]:
    with world.live.db.read() as s:
        return list(s.scalars(select(Record.id).where(Record.kind == "appeal", Record.visit_id == vid)))


def test_the_window_closes_14_days_after_publication(world: World) -> None:
    vid = world.visits["Acme"][1]
    now = dt.datetime.now(dt.UTC)
    with time_machine.travel(now + dt.timedelta(days=15), tick=True):  # (the server runs in this process)
        carl = signed_in(world.live, "carl")
        page = carl.get(f"/portal/reports/{vid}").text
        assert "The appeal window closed" in page and "File the appeal" not in page
        r = file(carl, vid, csrf=csrf_of(page))
        assert r.status_code == 422 and "appeal window of this report closed" in r.text
        carl.close()
    assert appeals_of(world, vid) == []
    with time_machine.travel(now + dt.timedelta(days=13), tick=True):
        carl = signed_in(world.live, "carl")
        assert file(carl, vid).status_code == 303
        carl.close()


def test_the_firm_cannot_file_and_filings_are_throttled(world: World) -> None:
    vid = world.visits["Acme"][1]
    sue = signed_in(world.live, "sue")
    try:
        assert file(sue, vid, csrf=csrf_of(sue.get("/portal/account").text)).status_code == 403
    finally:
        sue.close()
    carl = signed_in(world.live, "carl")
    try:
        codes = [file(carl, vid, question=q).status_code for q in ("greeted", "mood", "greeted", "mood", "greeted",
                                                                     "mood")]  # fmt: skip
        assert codes[:2] == [303, 303] and codes[-1] == 429, codes
    finally:
        carl.close()
