"""A real browser for the portal's tests and screenshots: Debian's chromium, driven by chromedriver (Selenium).

Started headless with a fresh profile and nothing that reaches the network
by itself (this machine's network is closed; a test must not wait on it).
"""

from __future__ import annotations

import os
import shutil
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

CHROMIUM = os.environ.get("MYSTERY_SHOP_CHROMIUM", "/usr/bin/chromium")
DRIVER = os.environ.get("MYSTERY_SHOP_CHROMEDRIVER", "/usr/bin/chromedriver")
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--disable-dev-shm-usage", "--lang=en-GB"]  # fmt: skip


def missing() -> str:
    """Why there is no browser here ("" when there is one)."""
    for path in (CHROMIUM, DRIVER):
        if not Path(path).exists():
            return f"{path} is not installed (scripts/dev.sh setup installs chromium and chromium-driver)"
    return ""


def phone(driver: object, width: int = 390, height: int = 844) -> None:
    """Lay the page out as a phone would (a window cannot be made that narrow): its width, touch, no scrollbars."""
    driver.execute_cdp_cmd(  # type: ignore[attr-defined]
        "Emulation.setDeviceMetricsOverride", {"width": width, "height": height, "deviceScaleFactor": 2, "mobile": True}
    )


@contextmanager
def chromium(width: int = 1280, height: int = 900, downloads: Path | None = None) -> Iterator[object]:
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    profile = tempfile.mkdtemp(prefix="portal-chromium-")
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in [*FLAGS, f"--user-data-dir={profile}", f"--window-size={width},{height}"]:
        options.add_argument(flag)
    driver = webdriver.Chrome(service=Service(DRIVER), options=options)
    try:
        if downloads is not None:
            driver.execute_cdp_cmd("Page.setDownloadBehavior", {"behavior": "allow", "downloadPath": str(downloads)})
        yield driver
    finally:
        driver.quit()
        shutil.rmtree(profile, ignore_errors=True)


def wait_for_file(folder: Path, timeout: float = 30) -> Path:
    """The one finished download in ``folder`` (Chromium writes ``.crdownload`` until it is whole)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        done = [p for p in folder.iterdir() if not p.name.endswith(".crdownload")]
        if done and not any(p.name.endswith(".crdownload") for p in folder.iterdir()):
            return done[0]
        time.sleep(0.1)
    raise TimeoutError(f"no download in {folder} after {timeout} s")


# axe-core, installed from the npm registry by scripts/dev.sh setup (npm install --prefix .cache/axe axe-core@4).
AXE = Path(
    os.environ.get("MYSTERY_SHOP_AXE")
    or Path(__file__).resolve().parents[2] / ".cache/axe/node_modules/axe-core/axe.min.js"
)
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]


def axe_missing() -> str:
    return "" if AXE.is_file() else f"{AXE} is not installed (scripts/dev.sh setup installs axe-core from npm)"


def axe_problems(driver: object, impacts: tuple[str, ...] = ("serious", "critical")) -> list[str]:
    """axe-core's WCAG 2.1 AA violations of ``impacts`` on the page shown, one line per element."""
    driver.execute_script(AXE.read_text(encoding="utf-8"))  # type: ignore[attr-defined]
    result = driver.execute_async_script(  # type: ignore[attr-defined]
        "const done = arguments[arguments.length - 1];"
        "axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}})"
        ".then(r => done(r.violations)).catch(e => done([{id: 'axe-error', impact: 'critical', help: String(e),"
        " nodes: []}]));",
        AXE_TAGS,
    )
    out = []
    for v in result:
        if v.get("impact") in impacts:
            targets = [" ".join(n.get("target", [])) + " " + n.get("html", "")[:160] for n in v.get("nodes", [])] or [
                ""
            ]
            out += [f"{v['id']} ({v['impact']}): {v['help']} at {target}" for target in targets]
    return out
