"""The action plans' whole loop in chromium (issue 31): publish → actions for that store's manager → done with a
proof photo → verified by head office; the other overdue when the clock moves on, one reminder mail; the next visit
says held and recurred. The board is saved as docs/img/portal-actions.png when MYSTERY_SHOP_SCREENSHOTS is set."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest
from server import browser
from server.action_support import FAILS_TWO, FIXED_ONE, add_riverside, publish, set_rules
from server.harness import PASSWORD, Firm, LiveServer, today
from server.portal_support import Signed
from server.test_actions_mail import quiet_mailing  # noqa: F401  (a server that mails, with no timer)
from server.test_portal_mail import Inbox, inbox  # noqa: F401

from mystery_shop.server import admin
from mystery_shop.server.portal import action_mail, action_store, index

pytestmark = pytest.mark.slow

why = browser.missing()
if why and os.environ.get("CI"):
    pytest.fail(f"CI must run the browser tests: {why}", pytrace=False)
if why:
    pytest.skip("!!! SKIPPED: " + why + " — the action plans' browser test did not run !!!", allow_module_level=True)

from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.common.keys import Keys  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]


def loads(d, act) -> None:  # type: ignore[no-untyped-def]
    from selenium.webdriver.support import expected_conditions as ec
    from selenium.webdriver.support.ui import WebDriverWait

    old = d.find_element(By.TAG_NAME, "html")
    act()
    WebDriverWait(d, 20).until(ec.staleness_of(old))


def sign_in(d, live: LiveServer, user: str) -> None:  # type: ignore[no-untyped-def]
    d.delete_all_cookies()
    d.get(live.url + "/portal/sign-in?next=/portal/actions")
    d.find_element(By.ID, "username").send_keys(user)
    loads(d, lambda: d.find_element(By.ID, "password").send_keys(PASSWORD, Keys.ENTER))
    assert d.current_url.endswith("/portal/actions")


def test_the_whole_loop_in_a_browser(quiet_mailing: LiveServer, inbox, signed: Signed, tmp_path: Path,  # noqa: F811
                                     monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]  # fmt: skip
    box, _ = inbox
    live = quiet_mailing
    firm = Firm(live).setup()
    set_rules(firm)
    add_riverside(firm)
    for user in ("stan", "rita", "carl"):
        admin.set_email(live.db, user, f"{user}@acme.example")
    first = publish(firm, signed, firm.location_id, today() - dt.timedelta(days=20), FAILS_TWO)
    greeted, wait = f"{first}:q:greeted", f"{first}:q:wait"
    proof = tmp_path / "fixed.png"
    from PIL import Image

    Image.new("RGB", (320, 240), "#2e7d32").save(proof)
    with browser.chromium() as d:
        # Two actions for High Street's manager; none for Riverside's.
        sign_in(d, live, "rita")
        assert first not in d.page_source and "No actions match." in d.page_source
        sign_in(d, live, "stan")
        listed = [a.get_attribute("href").rsplit("/", 1)[1] for a in
                  d.find_elements(By.CSS_SELECTOR, "#actions td:first-child a")]  # fmt: skip
        assert sorted(listed) == sorted([greeted, wait])

        # The manager opens the critical one, says what was done and attaches a proof photo.
        loads(d, d.find_element(By.CSS_SELECTOR, f'a[href="/portal/actions/{greeted}"]').click)
        assert d.find_element(By.TAG_NAME, "h1").text == "Were you greeted?"
        assert d.find_elements(By.CSS_SELECTOR, "figure.photo img"), "the finding's photo"
        d.find_element(By.ID, "done-note").send_keys("A greeter stands at the door from opening time.")
        d.find_element(By.ID, "proof").send_keys(str(proof))
        loads(d, d.find_element(By.ID, "done").click)
        assert d.find_element(By.ID, "status").text == "Done"
        assert d.find_elements(By.CSS_SELECTOR, "img.proof")
        assert not d.find_elements(By.ID, "verify")  # a store manager does not verify

        # Head office verifies it.
        sign_in(d, live, "carl")
        d.get(f"{live.url}/portal/actions/{greeted}")
        loads(d, d.find_element(By.ID, "verify").click)
        assert d.find_element(By.ID, "status").text == "Verified"

        # The clock moves past the other's due time: overdue on the board, and exactly one reminder mail.
        with live.db.read() as s:
            from mystery_shop.server.portal.models import PortalAction

            due = s.get(PortalAction, wait).due_at  # type: ignore[union-attr]
        later = due + dt.timedelta(hours=2)
        monkeypatch.setattr(action_store, "now", lambda: later)
        d.get(f"{live.url}/portal/actions?status=overdue")
        assert wait in d.page_source and greeted not in d.page_source
        assert action_mail.remind(live.db, live.config, later) == 1
        assert action_mail.remind(live.db, live.config, later + dt.timedelta(hours=1)) == 0
        mails = box.wait(1)
        assert [to for to, _ in mails] == [["stan@acme.example"]]

        # The next visit greets (held) and keeps people waiting again (recurred).
        second = publish(firm, signed, firm.location_id, today() - dt.timedelta(days=5), FIXED_ONE)
        index.catch_up(live.db)
        d.get(f"{live.url}/portal/actions/{greeted}")
        assert "held at the next visit" in d.find_element(By.ID, "status").find_element(By.XPATH, "..").text
        d.get(f"{live.url}/portal/actions/{wait}")
        assert "recurred at the next visit" in d.page_source
        assert f"/portal/actions/{second}:q:wait" in d.page_source  # the new action, linked

        d.get(f"{live.url}/portal/actions")
        assert d.find_element(By.ID, "board")
        if os.environ.get("MYSTERY_SHOP_SCREENSHOTS"):
            d.save_screenshot(str(ROOT / "docs" / "img" / "portal-actions.png"))
        d.save_screenshot(str(tmp_path / "board.png"))
        assert (tmp_path / "board.png").stat().st_size > 10_000


def test_the_action_pages_pass_axe(firm: Firm, signed: Signed) -> None:
    if browser.axe_missing():
        pytest.skip(browser.axe_missing())
    set_rules(firm)
    add_riverside(firm)
    first = publish(firm, signed, firm.location_id, today() - dt.timedelta(days=3), FAILS_TWO)
    found: dict[str, list[str]] = {}
    with browser.chromium() as d:
        for user in ("stan", "carl"):
            sign_in(d, firm.server, user)
            pages = {"board": "/portal/actions", "overdue, none": "/portal/actions?status=overdue",
                     "an action": f"/portal/actions/{first}:q:greeted", "dashboard": "/portal/dashboard"}  # fmt: skip
            for name, path in pages.items():
                d.get(firm.server.url + path)
                found[f"{user}: {name}"] = browser.axe_problems(d)
    bad = {name: lines for name, lines in found.items() if lines}
    assert not bad, "\n".join(f"{name}:\n  " + "\n  ".join(lines) for name, lines in bad.items())
