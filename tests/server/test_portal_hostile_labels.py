"""A form's texts are data: a grade label with markup or a ``%`` is shown as written, never as HTML, never a 500."""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import time
import uuid

import pytest
from server import browser
from server.harness import PASSWORD, Firm
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
    live = firm.server
    with live.http(live.token("ada")) as ada:
        vid = str(uuid.uuid4())
        day = dt.date.today() - dt.timedelta(days=2)
        push(ada, op("visit", vid, {"form_id": "shop", "form_version": 2, "location_id": firm.location_id,
                                    "auditor_id": firm.users["alice"], "scheduled_date": day.isoformat()}))  # fmt: skip
        answer(ada, vid, ("yes", 20, "Priya", 5))
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
        assert "<input type=\"password\"" not in r.text and "<meta http-equiv" not in r.text, path
    page = carl.get(f"/portal/reports/{vid}").text
    assert "Poor 100% &lt;input type=&#34;password&#34;" in page, "the label, escaped, as written"
    assert "form-action 'self'" in carl.get("/portal/reports").headers["Content-Security-Policy"]
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
