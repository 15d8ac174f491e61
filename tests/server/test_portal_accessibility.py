"""The portal checked by a tool nobody here wrote: axe-core in chromium, over every page, the error pages too.

No serious or critical WCAG 2.1 AA violation is allowed (contrast, names, nested interactive controls, ...).
"""

from __future__ import annotations

import os
import re
import tempfile
from pathlib import Path

import pytest
from server import browser
from server.harness import PASSWORD
from server.portal_support import World

pytestmark = pytest.mark.slow

why = browser.missing() or browser.axe_missing()
if why and os.environ.get("CI"):
    pytest.fail(f"CI must run the accessibility check: {why}", pytrace=False)
if why:
    pytest.skip("!!! SKIPPED: " + why + " — the portal's accessibility check did not run !!!", allow_module_level=True)

from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.common.keys import Keys  # noqa: E402
from selenium.webdriver.support.expected_conditions import staleness_of  # noqa: E402
from selenium.webdriver.support.ui import WebDriverWait  # noqa: E402


def test_every_portal_page_passes_axe(world: World) -> None:
    live = world.live
    vid = world.visits["Acme"][0]
    found: dict[str, list[str]] = {}
    with browser.chromium() as d:
        d.get(live.url + "/portal/sign-in")
        found["sign-in"] = browser.axe_problems(d)
        d.find_element(By.ID, "username").send_keys("carl")
        d.find_element(By.ID, "password").send_keys("not it", Keys.ENTER)
        found["sign-in, refused"] = browser.axe_problems(d)
        d.find_element(By.ID, "password").send_keys(PASSWORD, Keys.ENTER)
        pages = {
            "reports": "/portal/reports",
            "reports, filtered to nothing": "/portal/reports?q=nothing-matches-this",
            "one report": f"/portal/reports/{vid}",
            "dashboard": "/portal/dashboard?period=365",
            "account": "/portal/account",
            "check a report": "/portal/check",
            "not found": "/portal/reports/00000000-0000-0000-0000-000000000000",
            "no such page": "/portal/nowhere",
        }
        for name, path in pages.items():
            d.get(live.url + path)
            found[name] = browser.axe_problems(d)
            if name == "dashboard":  # a month on the chart names its year: "Dec 26" reads as a day
                assert re.search(r'class="label"[^>]*>[A-Z][a-z]{2} 20\d\d</text>', d.page_source)
        # The check's answers: a refusal and a verdict (a file that is no PDF; a PDF with no signature).
        d.get(live.url + "/portal/check")
        for name, content in (("check, refused", b"not a PDF"), ("check, a verdict", b"%PDF-1.7 unsigned")):
            upload = _file(name, content)
            d.find_element(By.ID, "report").send_keys(str(upload))
            old = d.find_element(By.TAG_NAME, "html")
            d.find_element(By.CSS_SELECTOR, "form[action='/portal/check'] button").click()
            WebDriverWait(d, 20).until(staleness_of(old))  # the answer's page, not the form's
            assert d.find_elements(By.CSS_SELECTOR, "[role=alert]"), name
            found[name] = browser.axe_problems(d)
    bad = {name: lines for name, lines in found.items() if lines}
    assert not bad, "\n".join(f"{name}:\n  " + "\n  ".join(lines) for name, lines in bad.items())


def _file(name: str, content: bytes) -> Path:
    path = Path(tempfile.mkdtemp(prefix="portal-axe-")) / (name.replace(", ", "-").replace(" ", "-") + ".pdf")
    path.write_bytes(content)
    return path
