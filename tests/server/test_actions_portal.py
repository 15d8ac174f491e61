"""Portal → Actions over real HTTP: the board, one action, done with a proof photo, verified or reopened; the scope."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from PIL import Image
from server.action_support import FAILS_TWO, add_riverside, publish, set_rules
from server.harness import Firm, today
from server.portal_support import Signed, csrf_of, signed_in

from mystery_shop.server.portal import action_store


def jpeg(colour: str = "red") -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (64, 48), colour).save(out, "JPEG")
    return out.getvalue()


@pytest.fixture
def acme(firm: Firm, signed: Signed) -> tuple[Firm, str, str]:
    set_rules(firm)
    riverside = add_riverside(firm)
    high = publish(firm, signed, firm.location_id, today() - dt.timedelta(days=4), FAILS_TWO)
    river = publish(firm, signed, riverside, today() - dt.timedelta(days=4), FAILS_TWO)
    return firm, high, river


def test_the_board_shows_each_account_its_own_locations(acme: tuple[Firm, str, str]) -> None:
    firm, high, river = acme
    stan, rita, carl, gina = (signed_in(firm.server, u) for u in ("stan", "rita", "carl", "ada"))
    page = stan.get("/portal/actions").text
    assert f"/portal/actions/{high}:q:greeted" in page and river not in page and "Riverside" not in page
    assert stan.get(f"/portal/actions/{river}:q:greeted").status_code == 404
    assert stan.get(f"/portal/actions/{high}:q:greeted").status_code == 200
    assert river in rita.get("/portal/actions").text and high not in rita.get("/portal/actions").text
    board = carl.get("/portal/actions").text  # head office: both stores
    assert high in board and river in board
    assert "Were you greeted?" in board
    only = carl.get("/portal/actions", params={"location": firm.location_id, "status": "open"}).text
    assert high in only and river not in only
    assert gina.get("/portal/actions").status_code == 200  # an admin reads every client's


def test_done_with_a_proof_photo_then_verified(acme: tuple[Firm, str, str]) -> None:
    firm, high, _ = acme
    aid = f"{high}:q:greeted"
    stan, carl = signed_in(firm.server, "stan"), signed_in(firm.server, "carl")
    page = stan.get(f"/portal/actions/{aid}").text
    assert "Verify" not in page  # a store manager does not verify
    token = csrf_of(page)
    files = [("photos", ("fixed.jpg", jpeg(), "image/jpeg"))]
    r = stan.http.post(f"/portal/actions/{aid}", data={"csrf": token, "event": "done", "note": "Greeter posted"},
                       files=files)  # fmt: skip
    assert r.status_code == 303 and "error" not in r.headers["location"], r.text[-1500:]
    page = stan.get(f"/portal/actions/{aid}").text
    assert "Greeter posted" in page and 'id="status">Done' in page
    proof = page.split('class="proof" src="')[1].split('"')[0]
    img = stan.get(proof)
    assert img.status_code == 200 and img.headers["content-type"] == "image/jpeg"
    assert signed_in(firm.server, "rita").get(proof).status_code == 404  # another store's manager
    # A file that is no photo is refused with the reason, and nothing is written.
    other = f"{high}:q:wait"
    r = stan.http.post(f"/portal/actions/{other}", data={"csrf": token, "event": "done", "note": "x"},
                       files=[("photos", ("evil.jpg", b"<script>alert(1)</script>", "image/jpeg"))])  # fmt: skip
    assert "error=" in r.headers["location"]
    assert 'id="status">Open' in stan.get(f"/portal/actions/{other}").text
    # A store manager's verify is refused; head office's is taken.
    r = stan.http.post(f"/portal/actions/{aid}", data={"csrf": token, "event": "verified"})
    assert "error=" in r.headers["location"]
    r = carl.post(f"/portal/actions/{aid}", {"event": "verified"})
    assert r.status_code == 303 and "error" not in r.headers["location"]
    assert 'id="status">Verified' in carl.get(f"/portal/actions/{aid}").text


def test_reopen_needs_a_reason_and_forms_need_the_token(acme: tuple[Firm, str, str]) -> None:
    firm, high, _ = acme
    aid = f"{high}:q:wait"
    stan, carl = signed_in(firm.server, "stan"), signed_in(firm.server, "carl")
    assert stan.http.post(f"/portal/actions/{aid}", data={"csrf": "forged", "event": "started"}).status_code == 403
    assert stan.post(f"/portal/actions/{aid}", {"event": "done", "note": "Two tills open"}).status_code == 303
    r = carl.post(f"/portal/actions/{aid}", {"event": "reopened", "note": " "})
    assert "error=" in r.headers["location"]
    carl.post(f"/portal/actions/{aid}", {"event": "reopened", "note": "Still 70 s"})
    page = carl.get(f"/portal/actions/{aid}").text
    assert "Still 70 s" in page and 'id="status">Reopened' in page


def test_overdue_is_read_from_the_clock(acme: tuple[Firm, str, str], monkeypatch: pytest.MonkeyPatch) -> None:
    firm, high, _ = acme
    carl = signed_in(firm.server, "carl")
    assert f"{high}:q:greeted" not in carl.get("/portal/actions", params={"status": "overdue"}).text
    later = action_store.utcnow() + dt.timedelta(days=3)
    monkeypatch.setattr(action_store, "now", lambda: later)
    page = carl.get("/portal/actions", params={"status": "overdue"}).text
    assert f"{high}:q:greeted" in page and f"{high}:q:wait" not in page  # 2 days for a critical one, 7 for the other


def test_the_export_of_a_period(acme: tuple[Firm, str, str]) -> None:
    firm, high, river = acme
    stan = signed_in(firm.server, "stan")
    csv = stan.get("/portal/actions/export.csv", params={"period": "91"})
    assert csv.status_code == 200 and "attachment" in csv.headers["content-disposition"]
    text = csv.content.decode("utf-8-sig")
    assert text.startswith("action_id,location,visit_date") and f"{high}:q:greeted" in text and river not in text
    xlsx = signed_in(firm.server, "carl").get("/portal/actions/export.xlsx", params={"period": "91"})
    from openpyxl import load_workbook

    sheet = load_workbook(io.BytesIO(xlsx.content)).active
    ids = {row[0] for row in sheet.iter_rows(min_row=2, values_only=True)}
    assert ids == {f"{high}:q:greeted", f"{high}:q:wait", f"{river}:q:greeted", f"{river}:q:wait"}
    assert stan.get("/portal/actions/export.pdf").status_code == 404


def test_the_dashboard_shows_the_action_figures_by_location(acme: tuple[Firm, str, str]) -> None:
    firm, high, _ = acme
    carl, stan = signed_in(firm.server, "carl"), signed_in(firm.server, "stan")
    stan.post(f"/portal/actions/{high}:q:greeted", {"event": "done", "note": "Greeter posted"})
    carl.post(f"/portal/actions/{high}:q:greeted", {"event": "verified"})
    page = carl.get("/portal/dashboard", params={"period": "91"}).text
    card = page.split('id="action-figures"')[1].split("</section>")[0]
    # High Street: 2 opened, 1 closed on time (done and verified at once, 0 days), 0 overdue; Riverside: 2, 0, 0.
    assert '<th scope="row">High Street</th><td class="num">2</td><td class="num">1</td><td class="num">0</td>' in card
    assert "Riverside" in card
    assert "Riverside" not in stan.get("/portal/dashboard", params={"period": "91"}).text
