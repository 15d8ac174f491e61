"""A store manager appeals a finding in a real browser (chromium): the form, a photo as evidence, following it,
withdrawing it. With MYSTERY_SHOP_SCREENSHOTS=DIR the page is saved there as portal_appeal.png."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from server import browser
from server.harness import PASSWORD
from server.portal_support import Signed, World, add_store

from support.images import upright

pytestmark = pytest.mark.slow

why = browser.missing()
if why and os.environ.get("CI"):
    pytest.fail(f"CI must run the browser tests: {why}", pytrace=False)
if why:
    pytest.skip("!!! SKIPPED: " + why + " — the portal's browser tests did not run !!!", allow_module_level=True)

from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.common.keys import Keys  # noqa: E402
from selenium.webdriver.support.ui import Select  # noqa: E402


def loads(d, act) -> None:  # type: ignore[no-untyped-def]
    from selenium.webdriver.support import expected_conditions as ec
    from selenium.webdriver.support.ui import WebDriverWait

    old = d.find_element(By.TAG_NAME, "html")
    act()
    WebDriverWait(d, 20).until(ec.staleness_of(old))


def shot(d, name: str) -> None:  # type: ignore[no-untyped-def]
    folder = os.environ.get("MYSTERY_SHOP_SCREENSHOTS")
    if folder:
        height = d.execute_script("return document.documentElement.scrollHeight")
        d.set_window_size(1280, min(height + 20, 4200))
        d.save_screenshot(str(Path(folder) / f"{name}.png"))


def test_a_store_manager_appeals_with_a_photo_and_withdraws(world: World, signed: Signed, tmp_path: Path) -> None:
    add_store(world, signed)
    vid = world.visits["Acme"][1]
    photo = tmp_path / "door.jpg"
    upright(640, 480).save(photo)
    bad = tmp_path / "notes.txt"
    bad.write_text("not evidence")
    live = world.live
    with browser.chromium() as d:
        d.get(live.url + "/portal/sign-in")
        d.find_element(By.ID, "username").send_keys("stan")
        loads(d, lambda: d.find_element(By.ID, "password").send_keys(PASSWORD, Keys.ENTER))
        d.get(f"{live.url}/portal/reports/{vid}")
        item = d.find_element(By.CSS_SELECTOR, 'li[data-question="greeted"]')
        item.find_element(By.TAG_NAME, "summary").click()
        form = item.find_element(By.CSS_SELECTOR, "form.appeal-form")
        Select(form.find_element(By.NAME, "category")).select_by_visible_text("Information the auditor lacked")
        form.find_element(By.NAME, "argument").send_keys("The greeter stood by the door; the photo shows her.")
        form.find_element(By.NAME, "evidence").send_keys(f"{photo}\n{bad}")
        shot(d, "portal_appeal_form")
        loads(d, form.find_element(By.CSS_SELECTOR, "button[type=submit]").click)
        notices = " ".join(n.text for n in d.find_elements(By.CSS_SELECTOR, ".notice"))
        assert "Your appeal is filed" in notices and "notes.txt was refused" in notices
        row = d.find_element(By.CSS_SELECTOR, "table.appeals tbody tr")
        assert "door.jpg" in row.text and "notes.txt" not in row.text
        assert row.find_element(By.CSS_SELECTOR, ".appeal-state").text == "Open"
        assert "An appeal of this question is open." in d.page_source
        shot(d, "portal_appeal")
        loads(d, row.find_element(By.CSS_SELECTOR, "form button").click)
        assert "Your appeal is withdrawn." in d.find_element(By.CSS_SELECTOR, ".notice").text
        row = d.find_element(By.CSS_SELECTOR, "table.appeals tbody tr")
        assert row.find_element(By.CSS_SELECTOR, ".appeal-state").text == "Withdrawn"
        assert not row.find_elements(By.CSS_SELECTOR, "form button"), "nothing left to withdraw"
