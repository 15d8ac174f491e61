"""Data is data: a grade label with markup or a ``%`` is shown as written (never HTML, never a 500); an answer
that looks like a formula is a text in the CSV and XLSX."""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
import os
import time
import uuid

import pytest
from openpyxl import load_workbook
from server import browser
from server.harness import PASSWORD, Firm, make_ready
from server.portal_support import Signed, answer, op, push, signed_in, transition, upload

from mystery_shop.server import admin
from support.workspaces import FORM

EVIL = ('Poor 100% <input type="password" name="pw" id="pw"><meta http-equiv="refresh" '
        'content="0;url=http://127.0.0.1:9/stolen">')  # fmt: skip
# Every band carries it: whatever the score, the visit's grade is hostile.
HOSTILE = FORM.replace("version: 1", "version: 2").replace(
    "sections:", "grade_bands:\n  - {min: 0, label: '" + EVIL.replace("'", "''") + "'}\nsections:", 1
)


def _published_on_hostile_form(firm: Firm, signed: Signed) -> str:
    admin.publish_form(firm.server.db, "shop", 2, "Shop visit", HOSTILE)
    return _published(firm, signed, 2, ("yes", 20, "Priya", 5))


def _published(firm: Firm, signed: Signed, version: int, answers: tuple[str, int, str, int]) -> str:
    live = firm.server
    with live.http(live.token("ada")) as ada:
        vid = str(uuid.uuid4())
        day = dt.date.today() - dt.timedelta(days=2)
        push(ada, op("visit", vid, {"form_id": "shop", "form_version": version, "location_id": firm.location_id,
                                    "auditor_id": firm.users["alice"], "scheduled_date": day.isoformat()}))  # fmt: skip
        answer(ada, vid, answers)
        make_ready(ada, vid, answers=None)  # the greeting's photo and the signature a submit needs
        for action in ("submit", "approve"):
            transition(ada, vid, action)
        pdf = signed.pdf("hostile")
        upload(ada, vid, pdf, f"V-{day:%Y%m%d}-{hashlib.sha256(pdf).hexdigest()[:6].upper()}")
        transition(ada, vid, "publish")
    return vid


def test_a_grade_label_is_text_on_every_page(firm: Firm, signed: Signed) -> None:
    vid = _published_on_hostile_form(firm, signed)
    carl = signed_in(firm.server, "carl")
    for path in ("/portal/reports", f"/portal/reports/{vid}", "/portal/reports?grade=x", "/portal/dashboard"):
        r = carl.get(path)
        assert r.status_code == 200, (path, r.status_code, r.text[:500])
        assert '<input type="password"' not in r.text and "<meta http-equiv" not in r.text, path
    page = carl.get(f"/portal/reports/{vid}").text
    assert "Poor 100% &lt;input type=&#34;password&#34;" in page, "the label, escaped, as written"
    assert "form-action 'self'" in carl.get("/portal/reports").headers["Content-Security-Policy"]
    carl.close()


def test_an_answer_that_looks_like_a_formula_is_text_in_the_portals_csv_and_xlsx(firm: Firm, signed: Signed) -> None:
    evil = '=HYPERLINK("http://evil.example/","click me")'
    _published(firm, signed, 1, ("yes", 20, evil, 5))
    carl = signed_in(firm.server, "carl")
    got = carl.get("/portal/dashboard/visits.csv?period=365")
    assert got.status_code == 200
    table = list(csv.reader(io.StringIO(got.content.decode("utf-8-sig"))))
    column = table[0].index("staff_name")
    assert table[1][column] == "'" + evil
    assert float(table[1][table[0].index("total")]) > 0
    xlsx = load_workbook(io.BytesIO(carl.get("/portal/dashboard/visits.xlsx?period=365").content))
    rows = list(xlsx["Visits"].iter_rows())
    cell = rows[1][column]
    assert (cell.value, cell.data_type) == ("'" + evil, "s")
    assert rows[1][table[0].index("total")].data_type == "n", "numbers stay numbers"
    carl.close()


why = browser.missing()


@pytest.mark.slow
@pytest.mark.skipif(bool(why) and not os.environ.get("CI"), reason=why or "")
def test_in_a_browser_a_hostile_label_neither_asks_for_a_password_nor_leaves_the_site(
    firm: Firm, signed: Signed
) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys

    vid = _published_on_hostile_form(firm, signed)
    live = firm.server
    with browser.chromium() as d:
        d.get(live.url + "/portal/sign-in")
        d.find_element(By.ID, "username").send_keys("carl")
        d.find_element(By.ID, "password").send_keys(PASSWORD, Keys.ENTER)
        for path in ("/portal/reports", f"/portal/reports/{vid}"):
            d.get(live.url + path)
            time.sleep(1.5)  # a meta refresh of 0 s would have gone by now
            assert d.current_url == live.url + path, "the page stayed on the site"
            assert d.find_elements(By.CSS_SELECTOR, "input[type=password]") == []
            assert "Poor 100% <input" in d.find_element(By.TAG_NAME, "main").text
