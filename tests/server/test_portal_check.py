"""The portal's "Check a report" (issue 26, point 8): a client uploads a PDF and learns whether it is a report the
firm published for them, unchanged since it was signed. The upload is not trusted: its size, its type, the form's
token and origin, the number of checks; a broken file gets a page, never a traceback.

These post the form as a browser would (httpx, the session's cookie and token); tests/server/test_portal_browser.py
does it in chromium.
"""

from __future__ import annotations

import httpx
from server.portal_support import Signed, World, csrf_of, signed_in

from mystery_shop.server.portal import check_pages


def _check(b: object, content: bytes, *, name: str = "report.pdf", token: str | None = None,
           headers: dict[str, str] | None = None) -> httpx.Response:  # fmt: skip
    page = b.get("/portal/check")  # type: ignore[attr-defined]
    assert page.status_code == 200, page.text
    data = {"csrf": csrf_of(page.text) if token is None else token}
    files = {"report": (name, content, "application/pdf")}
    return b.http.post("/portal/check", data=data, files=files, headers=headers or {})  # type: ignore[attr-defined]


def _tampered(pdf: bytes) -> bytes:
    at = pdf.index(b"visit 0")  # the page's text, inside the signed bytes
    return pdf[:at] + b"visit 9" + pdf[at + 7 :]


def test_a_genuine_report_passes_and_the_rest_fail_with_the_reason(world: World, signed: Signed) -> None:
    acme, globex = world.visits["Acme"], world.visits["Globex"]
    carl = signed_in(world.live, "carl")  # Acme's
    try:
        r = _check(carl, world.pdfs[acme[0]])
        assert r.status_code == 200 and "Genuine: a report signed by the firm, unchanged since." in r.text, r.text
        assert f'href="/portal/reports/{acme[0]}"' in r.text and "Northwind Audits Ltd" in r.text

        r = _check(carl, _tampered(world.pdfs[acme[0]]))
        assert "Not genuine: the file was changed after it was signed." in r.text, r.text
        assert "the file was altered after signing" in r.text  # the verifier's own words, under "details"

        r = _check(carl, world.pdfs[acme[0]] + b"\n% appended\n")
        assert "Not genuine" in r.text and "/portal/reports/" + acme[0] not in r.text

        r = _check(carl, world.pdfs[globex[0]])  # another client's genuine report: not said whose
        assert "Signed and unchanged, but not one of your reports." in r.text and "Globex" not in r.text

        r = _check(carl, signed.pdf("a PDF the firm signed but never published"))
        assert "not one of your reports" in r.text

        r = _check(carl, b"%PDF-1.7\n" + b"\x00garbage" * 500)  # a PDF by its header, nothing after it
        assert r.status_code == 200 and "Not a signed report." in r.text and "Traceback" not in r.text

        r = _check(carl, b"PK\x03\x04 a zip, named .pdf", name="report.pdf")
        assert r.status_code == 422 and "That file is not a PDF." in r.text

        r = _check(carl, b"")
        assert r.status_code == 422 and "PDF file first." in r.text
    finally:
        carl.close()


def test_the_upload_is_not_trusted(world: World, monkeypatch: object) -> None:
    carl = signed_in(world.live, "carl")
    pdf = world.pdfs[world.visits["Acme"][0]]
    try:
        # The form's token, and the portal's own origin.
        assert _check(carl, pdf, token="forged").status_code == 403
        foreign = _check(carl, pdf, headers={"Origin": "https://evil.example"})
        assert foreign.status_code == 403 and "Genuine" not in foreign.text
        # Past the size limit: a page that says so, as the body arrives (no traceback, nothing kept).
        monkeypatch.setattr(check_pages, "MAX_BYTES", len(pdf) - 1)  # type: ignore[attr-defined]
        monkeypatch.setattr(check_pages, "_OVERHEAD", 0)  # type: ignore[attr-defined]
        big = _check(carl, pdf)
        assert big.status_code == 413 and "too large to be a report" in big.text, big.text
        monkeypatch.undo()  # type: ignore[attr-defined]
        # Not a form at all.
        raw = carl.http.post("/portal/check", content=b"%PDF-1.7", headers={"Content-Type": "application/pdf"})
        assert raw.status_code == 400 and "could not be read" in raw.text
        # Without a session: the sign-in page, nothing checked.
        anonymous = httpx.post(world.live.url + "/portal/check", files={"report": ("r.pdf", pdf)})
        assert anonymous.status_code == 303 and "/portal/sign-in" in anonymous.headers["location"]
    finally:
        carl.close()


def test_checks_are_throttled_like_the_other_forms(world: World) -> None:
    """Twenty checks in a row are answered; the next waits, with Retry-After, whatever it uploads."""
    carl = signed_in(world.live, "carl")
    pdf = world.pdfs[world.visits["Acme"][0]]
    try:
        answered = [_check(carl, b"%PDF-1.7 not really").status_code for _ in range(20)]
        assert set(answered) == {200}, answered
        r = _check(carl, pdf)
        assert r.status_code == 429 and "Too many checks" in r.text and int(r.headers["Retry-After"]) >= 1
        assert "Genuine" not in r.text
    finally:
        carl.close()
