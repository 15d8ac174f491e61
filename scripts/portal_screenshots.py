"""Render the client portal to PNG, at a desktop's width and a phone's, in a real browser (headless chromium).

    .venv/bin/python scripts/portal_screenshots.py --out docs/img

A server on loopback holds a year of published visits of Northwind
Outfitters at six stores (the benchmark's bulk seeding, benchmarks/portal.py),
the firm's name and both logos; its client user signs in through the form.
Writes portal_sign_in.png, portal_reports.png, portal_report.png,
portal_dashboard.png, portal_phone_reports.png, portal_phone_dashboard.png, and
portal_check.png and portal_check_tampered.png ("Check a report" given the
visits' signed report, then a copy with one changed byte).

    .venv/bin/python scripts/portal_screenshots.py --out docs/img --language pl

writes only the dashboard in that language (pl_portal_dashboard.png), chosen on
the Account page as the client would.
"""

from __future__ import annotations

import argparse
import re
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))  # the test harness's loopback server and browser
sys.path.insert(0, str(ROOT / "benchmarks"))

from PIL import Image, ImageDraw, ImageFont  # noqa: E402
from portal import PASSWORD, seed  # noqa: E402
from server import browser  # noqa: E402
from server.harness import LiveServer  # noqa: E402

from mystery_shop.resources import resource  # noqa: E402
from mystery_shop.server.config import ServerConfig  # noqa: E402
from mystery_shop.server.portal import branding  # noqa: E402

STORES = [
    ("Oxford Street", "214 Oxford St, London"),
    ("Covent Garden", "12 Long Acre, London"),
    ("Kensington", "90 High St Kensington, London"),
    ("Manchester Arndale", "Market St, Manchester"),
    ("Leeds Trinity", "27 Albion St, Leeds"),
    ("Bristol Cabot Circus", "Glass Walk, Bristol"),
]


def logo(path: Path, text: str, colour: tuple[int, int, int]) -> Path:
    """A word mark, as a client's logo file would be."""
    font = ImageFont.truetype(str(resource("fonts", "DejaVuSans-Bold.ttf")), 44)
    img = Image.new("RGBA", (420, 80), (0, 0, 0, 0))
    draw = ImageDraw.Draw(img)
    draw.rounded_rectangle((0, 8, 64, 72), radius=14, fill=colour)
    draw.text((14, 12), text[0], font=font, fill="white")
    draw.text((80, 14), text, font=font, fill=colour)
    img.save(path)
    return path


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", type=Path, default=ROOT / "out" / "screens")
    ap.add_argument("--language", help="only the dashboard, in this language (pl, de, fr, es)")
    args = ap.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    if browser.missing():
        sys.exit(browser.missing())
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        config = ServerConfig(tmp / "data", f"sqlite:///{tmp / 'server.db'}", portal_poll_s=0)
        pdf = signed_pdf(tmp)
        seed(config, {"Northwind Outfitters": 420}, stores=STORES, pdf=pdf, signer="Larkspur Field Research")
        branding.set_firm(config.data_dir, name="Larkspur Field Research")
        from sqlalchemy import select

        from mystery_shop.server.db import Database
        from mystery_shop.server.models import Record

        db = Database(config.url)
        with db.read() as s:
            client = s.scalar(select(Record.id).where(Record.kind == "client"))
        db.dispose()
        assert client is not None
        branding.set_client_logo(config.data_dir, client, logo(tmp / "northwind.png", "Northwind", (22, 101, 52)))
        live = LiveServer(config)
        live.start()
        try:
            if args.language:
                shoot_language(live.url, args.out, args.language)
            else:
                shoot(live.url, args.out)
                shoot_check(live.url, args.out, pdf, tmp)
        finally:
            live.stop()


def signed_pdf(folder: Path) -> bytes:
    """A visit report's stand-in, signed by the firm's key as the app signs (a page of text, then the signature)."""
    from reportlab.pdfgen import canvas

    from mystery_shop.reports.keys import create_signing_key
    from mystery_shop.reports.signing import load_signer, sign_pdf

    key = folder / "firm.p12"
    create_signing_key("Larkspur Field Research", key, b"secret")
    path = folder / "report.pdf"
    c = canvas.Canvas(str(path), pageCompression=0)  # the text readable in the file, to change a word of it
    c.drawString(72, 760, "Visit report: Northwind Outfitters, Oxford Street")
    c.save()
    sign_pdf(path, path, load_signer(key, b"secret"), reason="Visit report")
    return path.read_bytes()


def shoot_check(url: str, out: Path, pdf: bytes, tmp: Path) -> None:
    from selenium.webdriver.common.by import By

    genuine, tampered = tmp / "Oxford Street report.pdf", tmp / "Oxford Street report (edited).pdf"
    genuine.write_bytes(pdf)
    at = pdf.index(b"Oxford Street")
    tampered.write_bytes(pdf[:at] + b"Oxford Strand " + pdf[at + 14 :])
    with browser.chromium(1280, 860) as d:
        sign_in(d, url)
        for path, name in ((genuine, "portal_check"), (tampered, "portal_check_tampered")):
            d.get(url + "/portal/check")
            d.find_element(By.ID, "report").send_keys(str(path))
            d.find_element(By.CSS_SELECTOR, "form[action='/portal/check'] button").click()
            time.sleep(0.8)
            if name == "portal_check_tampered":
                d.find_element(By.CSS_SELECTOR, ".verdict summary").click()
            height = d.execute_script("return document.documentElement.scrollHeight")
            d.set_window_size(1280, min(height + 20, 4200))
            time.sleep(0.3)
            d.save_screenshot(str(out / f"{name}.png"))
            print(f"wrote {out / name}.png")


def sign_in(d, url: str) -> None:  # type: ignore[no-untyped-def]
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys

    d.get(url + "/portal/sign-in")
    d.find_element(By.ID, "username").send_keys("northwind-reader")
    d.find_element(By.ID, "password").send_keys(PASSWORD, Keys.ENTER)
    time.sleep(0.5)


def shoot_language(url: str, out: Path, code: str) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select

    from mystery_shop.domain.languages import SHIPPED

    with browser.chromium(1280, 860) as d:
        sign_in(d, url)
        d.get(url + "/portal/account")
        Select(d.find_element(By.ID, "language")).select_by_visible_text(SHIPPED[code])
        d.find_element(By.CSS_SELECTOR, "form[action='/portal/account/language'] button").click()
        time.sleep(0.5)
        d.get(url + "/portal/dashboard?period=365")
        height = d.execute_script("return document.documentElement.scrollHeight")
        d.set_window_size(1280, min(height + 20, 4200))
        time.sleep(0.3)
        d.save_screenshot(str(out / f"{code}_portal_dashboard.png"))
        print(f"wrote {out / code}_portal_dashboard.png")


def shoot(url: str, out: Path) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys

    def save(d, name: str, width: int, *, full: bool = True) -> None:  # type: ignore[no-untyped-def]
        height = d.execute_script("return document.documentElement.scrollHeight") if full else 860
        d.set_window_size(width, min(height + 20, 4200))
        time.sleep(0.3)
        d.save_screenshot(str(out / f"{name}.png"))
        print(f"wrote {out / name}.png")

    def save_phone(d, name: str) -> None:  # type: ignore[no-untyped-def]
        time.sleep(0.3)
        d.save_screenshot(str(out / f"{name}.png"))
        print(f"wrote {out / name}.png")

    with browser.chromium(1280, 860) as d:
        d.get(url + "/portal/sign-in")
        d.find_element(By.ID, "username").send_keys("northwind-reader")
        save(d, "portal_sign_in", 1280, full=False)
        d.find_element(By.ID, "password").send_keys(PASSWORD, Keys.ENTER)
        time.sleep(0.5)
        d.get(url + "/portal/reports?period=91&sort=date")
        save(d, "portal_reports", 1280)
        first = re.search(r"/portal/reports/([0-9a-f-]{36})\"", d.page_source)
        assert first is not None
        d.get(url + f"/portal/reports/{first.group(1)}")
        save(d, "portal_report", 1280)
        d.get(url + "/portal/dashboard?period=365")
        save(d, "portal_dashboard", 1280)
        d.set_window_size(800, 900)
        browser.phone(d, 390, 844)
        d.get(url + "/portal/reports?period=91")
        save_phone(d, "portal_phone_reports")
        d.get(url + "/portal/dashboard?period=365")
        d.execute_script("window.scrollTo(0, document.querySelector('.tiles').offsetTop - 8)")
        save_phone(d, "portal_phone_dashboard")


if __name__ == "__main__":
    main()
