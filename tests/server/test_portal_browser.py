"""The portal in a real browser (chromium, headless): sign in, filter, the dashboard, a download that verifies."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from server import browser
from server.harness import PASSWORD
from server.portal_support import World

from mystery_shop.reports.verification import verify_pdf

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
    """Do ``act`` (a click, a key) and wait for the page it opens."""
    from selenium.webdriver.support import expected_conditions as ec
    from selenium.webdriver.support.ui import WebDriverWait

    old = d.find_element(By.TAG_NAME, "html")
    act()
    WebDriverWait(d, 20).until(ec.staleness_of(old))


def rows(driver) -> list[str]:  # type: ignore[no-untyped-def]
    return [
        a.get_attribute("href").rsplit("/", 1)[1]
        for a in driver.find_elements(By.CSS_SELECTOR, "table.reports td:first-child a")
    ]


def test_a_client_reads_its_reports_in_a_browser(world: World, signed, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    live = world.live
    downloads = tmp_path / "downloads"
    downloads.mkdir()
    acme = world.visits["Acme"]
    with browser.chromium(downloads=downloads) as d:
        d.get(live.url + "/portal/")
        assert d.current_url.startswith(live.url + "/portal/sign-in")
        assert d.switch_to.active_element.get_attribute("id") == "username", "the first field has the focus"

        # A wrong password says so, and keeps the user name.
        d.find_element(By.ID, "username").send_keys("carl")
        loads(d, lambda: d.find_element(By.ID, "password").send_keys("not it", Keys.ENTER))
        assert "Wrong user name or password." in d.find_element(By.CSS_SELECTOR, "[role=alert]").text
        assert d.find_element(By.ID, "username").get_attribute("value") == "carl"
        loads(d, lambda: d.find_element(By.ID, "password").send_keys(PASSWORD, Keys.ENTER))
        assert d.current_url.endswith("/portal/reports")
        assert d.find_element(By.TAG_NAME, "h1").text == "Acme · Reports"
        assert rows(d) == acme and "Globex" not in d.page_source

        # The keyboard: the first Tab reaches the skip link, which moves to the content.
        d.find_element(By.TAG_NAME, "body").send_keys(Keys.TAB)
        skip = d.switch_to.active_element
        assert skip.text == "Skip to the content"

        # Filter by grade, then search; the choices survive the round trip.
        Select(d.find_element(By.ID, "grade")).select_by_visible_text("Poor")
        loads(d, d.find_element(By.CSS_SELECTOR, ".filters button[type=submit]").click)
        assert rows(d) == [acme[1]]
        assert Select(d.find_element(By.ID, "grade")).first_selected_option.text == "Poor"
        loads(d, d.find_element(By.LINK_TEXT, "Clear").click)
        box = d.find_element(By.ID, "q")
        loads(d, lambda: box.send_keys("no such place", Keys.ENTER))
        assert rows(d) == [] and "No published reports match." in d.page_source

        # The period: "Custom" shows the date fields (a little script), a preset hides and fills them.
        d.get(live.url + "/portal/reports")
        period = Select(d.find_element(By.ID, "period"))
        start = d.find_element(By.ID, "from")
        assert not start.is_displayed()
        period.select_by_visible_text("Custom")
        assert start.is_displayed()
        period.select_by_visible_text("Last 3 months")
        assert not start.is_displayed() and start.get_attribute("value")
        loads(d, d.find_element(By.CSS_SELECTOR, ".filters button[type=submit]").click)
        assert rows(d) == acme

        # The dashboard: tiles, charts, the heat map; a location's bar opens its visits.
        loads(d, d.find_element(By.LINK_TEXT, "Dashboard").click)
        assert d.find_element(By.TAG_NAME, "h1").text == "Acme · Dashboard"
        tiles = {t.find_element(By.CLASS_NAME, "tile-label").text: t.find_element(By.CLASS_NAME, "tile-value").text
                 for t in d.find_elements(By.CLASS_NAME, "tile")}  # fmt: skip
        assert tiles["Visits"] == "3" and tiles["Mean score"] == "61.5"
        charts = d.find_elements(By.CSS_SELECTOR, "svg.chart")  # a group when it holds links, else an image
        assert len(charts) == 4 and {c.get_attribute("role") for c in charts} == {"img", "group"}
        assert d.find_element(By.CSS_SELECTOR, "table.heat").is_displayed()
        loads(d, d.find_element(By.CSS_SELECTOR, "svg.bars a").click)
        assert "/portal/reports?" in d.current_url and "location=" in d.current_url
        assert rows(d) == acme

        # A report: its page, then the signed PDF, downloaded as the browser saves it.
        loads(d, d.find_element(By.CSS_SELECTOR, "table.reports td:first-child a").click)
        assert "Northwind Audits Ltd" in d.page_source
        d.find_element(By.PARTIAL_LINK_TEXT, "Download the report").click()
        saved = browser.wait_for_file(downloads)
        assert saved.suffix == ".pdf" and "High Street" in saved.name
        assert saved.read_bytes() == world.pdfs[acme[0]]
        check = verify_pdf(saved, signed.certificate)
        assert check.ok and check.trusted, check.reasons

        # Signing out: the pages ask for a sign-in again.
        loads(d, d.find_element(By.CSS_SELECTOR, ".who button").click)
        assert "You are signed out." in d.page_source
        d.get(live.url + "/portal/reports")
        assert "/portal/sign-in" in d.current_url


def test_the_list_reads_on_a_phone(world: World) -> None:
    with browser.chromium() as d:
        browser.phone(d)
        d.get(world.live.url + "/portal/sign-in")
        d.find_element(By.ID, "username").send_keys("carl")
        loads(d, lambda: d.find_element(By.ID, "password").send_keys(PASSWORD, Keys.ENTER))
        for page in ("/portal/reports", "/portal/dashboard?period=365", "/portal/account", "/portal/check"):
            d.get(world.live.url + page)
            widths = d.execute_script("return [document.documentElement.scrollWidth, window.innerWidth]")
            assert widths == [390, 390], f"{page}: nothing wider than the phone"
        d.get(world.live.url + "/portal/reports")
        first = d.find_element(By.CSS_SELECTOR, "table.reports tbody tr")
        assert first.value_of_css_property("display") == "block", "each report a card"
        label = d.execute_script(
            "return getComputedStyle(document.querySelector('table.reports td'), '::before').content"
        )
        assert label == '"Date"'


def test_a_client_switches_the_portal_to_polish(world: World) -> None:
    """The browser asks for English (en-GB); the account's choice of Polski turns every page Polish."""
    with browser.chromium() as d:
        d.get(world.live.url + "/portal/sign-in")
        assert d.find_element(By.TAG_NAME, "html").get_attribute("lang") == "en"
        d.find_element(By.ID, "username").send_keys("carl")
        loads(d, lambda: d.find_element(By.ID, "password").send_keys(PASSWORD, Keys.ENTER))
        loads(d, d.find_element(By.LINK_TEXT, "Account").click)
        Select(d.find_element(By.ID, "language")).select_by_visible_text("Polski")
        loads(d, d.find_element(By.CSS_SELECTOR, "form[action='/portal/account/language'] button").click)
        assert d.find_element(By.TAG_NAME, "html").get_attribute("lang") == "pl"
        assert d.find_element(By.CSS_SELECTOR, "[role=status]").text == "Portal mówi teraz Twoim językiem."
        assert Select(d.find_element(By.ID, "language")).first_selected_option.text == "Polski"

        loads(d, d.find_element(By.LINK_TEXT, "Pulpit").click)  # its default period, the last 3 months
        assert d.find_element(By.TAG_NAME, "h1").text == "Acme · Pulpit"
        tiles = {t.find_element(By.CLASS_NAME, "tile-label").text: t.find_element(By.CLASS_NAME, "tile-value").text
                 for t in d.find_elements(By.CLASS_NAME, "tile")}  # fmt: skip
        assert tiles["Wizyty"] == "3" and tiles["Średni wynik"] == "61,5", tiles
        assert "3 opublikowane wizyty" in d.find_element(By.CSS_SELECTOR, ".summary").text
        assert d.find_element(By.LINK_TEXT, "Raport okresowy (PDF)").is_displayed()
        assert d.find_element(By.CSS_SELECTOR, ".skip").get_attribute("textContent") == "Przejdź do treści"


def test_a_client_checks_reports_in_a_browser(world: World, tmp_path: Path) -> None:
    """Check a report: the genuine one passes, a tampered copy fails saying why, a file that is no PDF is refused."""
    acme = world.visits["Acme"][0]
    genuine = tmp_path / "genuine.pdf"
    genuine.write_bytes(world.pdfs[acme])
    tampered = tmp_path / "tampered.pdf"
    at = world.pdfs[acme].index(b"visit 0")
    tampered.write_bytes(world.pdfs[acme][:at] + b"visit 9" + world.pdfs[acme][at + 7 :])
    photo = tmp_path / "photo.pdf"
    photo.write_bytes(b"\xff\xd8\xff\xe0 a JPEG, named .pdf")

    def check(path: Path) -> None:
        d.find_element(By.ID, "report").send_keys(str(path))
        loads(d, d.find_element(By.CSS_SELECTOR, "form[action='/portal/check'] button").click)

    with browser.chromium() as d:
        d.get(world.live.url + "/portal/sign-in")
        d.find_element(By.ID, "username").send_keys("carl")
        loads(d, lambda: d.find_element(By.ID, "password").send_keys(PASSWORD, Keys.ENTER))
        loads(d, d.find_element(By.LINK_TEXT, "Check a report").click)
        assert d.find_element(By.TAG_NAME, "h1").text == "Check a report"

        check(genuine)
        verdict = d.find_element(By.CSS_SELECTOR, ".verdict")
        assert verdict.get_attribute("role") == "status" and "genuine" in verdict.get_attribute("class")
        assert "Genuine: a report signed by the firm, unchanged since." in verdict.text
        assert "Northwind Audits Ltd" in verdict.text
        loads(d, d.find_element(By.LINK_TEXT, "Open the report's page").click)
        assert d.current_url.endswith(f"/portal/reports/{acme}")
        loads(d, d.find_element(By.LINK_TEXT, "Or check a report here.").click)  # the footer's link

        check(tampered)
        verdict = d.find_element(By.CSS_SELECTOR, ".verdict")
        assert verdict.get_attribute("role") == "alert"
        assert "Not genuine: the file was changed after it was signed." in verdict.text
        d.find_element(By.CSS_SELECTOR, ".verdict summary").click()  # what the signature check found, in detail
        assert "altered after signing" in d.find_element(By.CSS_SELECTOR, ".verdict .technical").text

        check(photo)
        assert "That file is not a PDF." in d.find_element(By.CSS_SELECTOR, "[role=alert]").text
        assert not d.find_elements(By.CSS_SELECTOR, ".verdict")
