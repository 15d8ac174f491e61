"""The portal's list of published reports, one report, and its signed PDF byte for byte."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
from server.portal_support import World, op, push, signed_in
from sqlalchemy import select

from mystery_shop.reports.verification import verify_pdf
from mystery_shop.server.portal import index, queries


def rows_of(html: str) -> list[str]:
    """The visit ids of the list's rows, in order."""
    return re.findall(r'<a href="/portal/reports/([0-9a-f-]{36})">', html)


def test_filters_search_sort_and_pages(world: World, monkeypatch: pytest.MonkeyPatch) -> None:
    live = world.live
    monkeypatch.setattr(queries, "PER_PAGE", 2)  # the server runs in this process: three reports, two pages
    b = signed_in(live, "carl")
    acme = world.visits["Acme"]  # newest first, as planned
    page = b.get("/portal/reports").text
    assert rows_of(page) == acme[:2] and "3 reports · page 1 of 2" in page
    nxt = re.search(r'href="\?([^"]+)" rel="next"', page)
    assert nxt is not None
    assert rows_of(b.get("/portal/reports?" + nxt.group(1).replace("&amp;", "&")).text) == acme[2:]
    assert rows_of(b.get("/portal/reports?sort=date_asc").text) == acme[::-1][:2]
    # Scores: the answers make 100, 7.7 and 76.9 (support: ANSWERS).
    assert rows_of(b.get("/portal/reports?sort=score").text) == [acme[0], acme[2]]
    assert rows_of(b.get("/portal/reports?sort=score_asc").text) == [acme[1], acme[2]]
    assert rows_of(b.get("/portal/reports?grade=Poor").text) == [acme[1]]
    with live.db.read() as s:
        number = s.get(queries.PortalVisit, acme[2]).report_number  # type: ignore[union-attr]
    assert rows_of(b.get("/portal/reports", params={"q": number.lower()}).text) == [acme[2]]
    assert rows_of(b.get("/portal/reports", params={"q": "high st"}).text) == acme[:2], "the address is searched too"
    assert "No published reports match" in b.get("/portal/reports", params={"q": "100% _nothing_"}).text
    day = re.search(r"V-(\d{4})(\d\d)(\d\d)", number)
    assert day is not None
    iso = "-".join(day.groups())
    assert rows_of(b.get(f"/portal/reports?period=custom&from={iso}&to={iso}").text) == [acme[2]]
    assert rows_of(b.get(f"/portal/reports?from={iso}&to={iso}").text) == [acme[2]], "dates alone: a custom period"
    bad = b.get("/portal/reports?from=yesterday").text
    assert "is not a date (YYYY-MM-DD)" in bad and len(rows_of(bad)) == 2
    assert rows_of(b.get(f"/portal/reports?location={world.firm.location_id}&page=99").text) == acme[2:], "last page"
    b.close()


def test_the_download_is_the_signed_file_and_verifies(world: World, signed, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    b = signed_in(world.live, "carl")
    vid = world.visits["Acme"][0]
    page = b.get(f"/portal/reports/{vid}").text
    assert "Northwind Audits Ltd" in page and "100.0" in page and "Excellent" in page
    r = b.get(f"/portal/reports/{vid}/report.pdf")
    assert r.status_code == 200 and r.headers["content-type"] == "application/pdf"
    assert (
        r.headers["content-disposition"].startswith("attachment;") and "High Street" in r.headers["content-disposition"]
    )
    assert r.content == world.pdfs[vid]
    out = tmp_path / "download.pdf"
    out.write_bytes(r.content)
    check = verify_pdf(out, signed.certificate)
    assert check.ok and check.intact and check.covers_whole_file and check.trusted, check.reasons
    command = [
        str(Path(sys.executable).with_name("mystery-shop")),
        "verify",
        str(out),
        "--trust",
        str(signed.certificate),
    ]
    cli = subprocess.run(command, capture_output=True, text=True, timeout=120)
    assert cli.returncode == 0, cli.stdout + cli.stderr
    assert "Northwind Audits Ltd" in cli.stdout
    ranged = b.get(f"/portal/reports/{vid}/report.pdf", headers={"Range": "bytes=0-7"})
    assert ranged.status_code == 206 and ranged.content == world.pdfs[vid][:8]
    b.close()


def test_the_index_follows_the_records(world: World) -> None:
    """A renamed location is renamed in the list; a rebuilt index is the same index."""
    live = world.live
    b = signed_in(live, "carl")
    with live.http(live.token("ada")) as ada:
        loc = ada.get(f"/visits/{world.visits['Acme'][0]}").json()["visit"]["data"]["location_id"]
        rev = next(ch["rev"] for ch in ada.get("/sync/changes").json()["changes"] if ch["id"] == loc)
        change = op("location", loc, {"name": "High Street (north)"})
        change["base_rev"] = rev
        push(ada, change)
    page = b.get("/portal/reports").text
    assert page.count('<td data-label="Location">High Street (north)</td>') == 3
    with live.db.read() as s:
        before = {(r.visit_id, r.digest, r.report_sha256) for r in s.scalars(select(queries.PV))}
    index.reindex(live.db)
    with live.db.read() as s:
        after = {(r.visit_id, r.digest, r.report_sha256) for r in s.scalars(select(queries.PV))}
    assert before == after and len(after) == 6
    b.close()


def test_signed_reports_are_pushed_by_supervisors_of_approved_visits(world: World) -> None:
    from server.harness import FAKE_PDF, report_op, upload_report

    live, firm = world.live, world.firm
    approved, published = world.approved["Acme"], world.visits["Acme"][0]
    with live.http(live.token("sue")) as sue:
        sha = report_op(approved)["data"]["sha256"]  # type: ignore[index]
        r = push_raw(sue, report_op(approved))
        assert (r["status"], r["code"]) == ("rejected", 409) and sha in r["reason"], "the PDF is not uploaded yet"
        assert upload_report(sue, approved)["status"] == "applied"
        again = upload_report(sue, published)
        assert (again["code"], "published already" in again["reason"]) == (409, True)

        def refused(change: dict[str, object]) -> tuple[int, str]:
            res = push_raw(sue, change)
            return res["code"], res["reason"]

        assert refused(report_op(approved, size=0))[0] == 422
        assert refused(report_op(approved, sha256="x" * 64))[0] == 422
        assert refused(report_op(approved, report_id="report 7"))[0] == 422
        assert refused(report_op(approved, signed_at="yesterday"))[0] == 422
        assert refused(report_op(approved, signed_at="2026-11-21T10:00:00"))[0] == 422
        assert refused(report_op(approved, colour="red"))[0] == 422
        draft = _plan(sue, firm.location_id)
        assert refused(report_op(draft))[0] == 409
        assert refused(report_op(world.approved["Globex"]))[0] == 404, "another client's visit does not exist"
    with live.http(live.token("alice")) as alice:
        alice.put(f"/blobs/{report_op(approved)['data']['sha256']}", content=FAKE_PDF)  # type: ignore[index]
        assert push_raw(alice, report_op(approved))["code"] == 403
    # (a client account has no sync API at all: test_authorisation.py)


def push_raw(c, change):  # type: ignore[no-untyped-def]
    import uuid

    r = c.post("/sync/push", json={"device": "d", "batch": str(uuid.uuid4()), "changes": [change]})
    r.raise_for_status()
    return r.json()["results"][0]


def _plan(c, location: str) -> str:  # type: ignore[no-untyped-def]
    import datetime as dt

    from server.portal_support import plan

    return plan(c, location, "", dt.date.today())


def test_an_item_adjusted_on_review_says_so_without_the_reason(world: World, signed) -> None:  # type: ignore[no-untyped-def]
    import datetime as dt
    import hashlib
    import uuid

    from server.harness import make_ready
    from server.portal_support import answer, plan, transition, upload

    live, firm = world.live, world.firm
    with live.http(live.token("ada")) as ada:
        day = dt.date.today() - dt.timedelta(days=1)
        vid = plan(ada, firm.location_id, firm.users["alice"], day)
        answer(ada, vid, ("no", 30, "Sam", 4))
        make_ready(ada, vid, answers=None)
        transition(ada, vid, "submit")
        push(ada, op("score_override", str(uuid.uuid4()), {
            "visit_id": vid, "question_id": "mood", "points": "1", "reason": "the scale was misread: internal",
            "author_id": firm.users["ada"], "created_at": dt.datetime.now(dt.UTC).isoformat()}))  # fmt: skip
        transition(ada, vid, "approve")
        pdf = signed.pdf("adjusted")
        upload(ada, vid, pdf, f"V-{day:%Y%m%d}-{hashlib.sha256(pdf).hexdigest()[:6].upper()}")
        transition(ada, vid, "publish")
    b = signed_in(live, "carl")
    page = b.get(f"/portal/reports/{vid}").text
    assert "Adjusted on review" in page and "misread" not in page
    adjusted = re.search(r'<ul class="adjusted">(.*?)</ul>', page, re.S)
    assert adjusted is not None and adjusted.group(1).count("<li>") == 1
    plain = b.get(f"/portal/reports/{world.visits['Acme'][0]}").text
    assert "Adjusted on review" not in plain
    b.close()
