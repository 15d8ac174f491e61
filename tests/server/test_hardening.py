"""Smaller defences: HSTS behind HTTPS, the sign-in refusing another site's form, a new CSRF token after a password
change, a request body that stops arriving, a logo of an absurd pixel count, the blob path's pattern in the schema."""

from __future__ import annotations

import dataclasses
import socket
import time
from pathlib import Path

import httpx
import pytest
from server.harness import PASSWORD, Firm
from server.portal_support import Browser, csrf_of, signed_in

from mystery_shop.server.portal.branding import BrandingError, set_client_logo
from mystery_shop.sync.protocol import SHA256
from support.images import png_claiming


def test_hsts_is_sent_behind_https_only(firm: Firm) -> None:
    with httpx.Client(base_url=firm.server.url) as c:
        for path in ("/portal/sign-in", "/api/v1/health"):
            assert c.get(path, headers={"X-Forwarded-Proto": "https"}).headers["Strict-Transport-Security"] == (
                "max-age=31536000"
            ), path
            assert "Strict-Transport-Security" not in c.get(path).headers, "plain http: it would mean nothing"


def test_the_sign_in_refuses_a_form_posted_from_another_site(firm: Firm) -> None:
    b = Browser(firm.server)
    token = csrf_of(b.get("/portal/sign-in").text)
    data = {"csrf": token, "username": "carl", "password": PASSWORD}
    r = b.http.post("/portal/sign-in", data=data, headers={"Origin": "https://evil.example"})
    assert r.status_code == 403 and "ms_portal=" not in r.headers.get("set-cookie", ""), "no login CSRF"
    token = csrf_of(b.get("/portal/sign-in").text)
    r = b.http.post("/portal/sign-in", data={**data, "csrf": token}, headers={"Origin": firm.server.url})
    assert r.status_code == 303, "the portal's own page"
    b.close()


def test_a_password_change_gives_the_session_a_new_csrf_token(firm: Firm) -> None:
    b = signed_in(firm.server, "carl")
    before = csrf_of(b.get("/portal/account").text)
    page = b.post("/portal/account", {"current": PASSWORD, "new": "a new password", "repeat": "a new password"})
    assert page.status_code == 200 and "Your password is changed" in page.text
    after = csrf_of(page.text)
    assert after != before
    stale = b.http.post("/portal/account/language", data={"csrf": before, "language": "de"})
    assert stale.status_code == 403, "a token seen before the change is worth nothing"
    assert b.http.post("/portal/account/language", data={"csrf": after, "language": "de"}).status_code == 303
    b.close()


def test_a_request_body_that_stops_arriving_is_cut_off(firm: Firm) -> None:
    live = firm.server
    live.config = dataclasses.replace(live.config, body_idle_s=0.5)
    live.restart()
    host, port = "127.0.0.1", live.port
    with socket.create_connection((host, port), timeout=10) as sock:
        sock.sendall(b"POST /api/v1/auth/token HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                     b"Content-Length: 1000\r\n\r\n{\"user")  # fmt: skip
        started = time.perf_counter()
        reply = b""
        while chunk := sock.recv(4096):  # the server answers, then closes
            reply += chunk
        took = time.perf_counter() - started
    assert reply.startswith(b"HTTP/1.1 408"), reply[:200]
    assert took < 5, took
    with live.http() as c:  # a body sent at once is not hurried
        assert c.post("/auth/token", json={"username": "sue", "password": PASSWORD, "device": "d"}).status_code == 200


def test_a_logo_of_an_absurd_pixel_count_is_refused(tmp_path: Path) -> None:
    bomb = png_claiming(tmp_path / "logo.png", 1, 99_000_000)
    with pytest.raises(BrandingError, match="too large"):
        set_client_logo(tmp_path / "data", "c1", bomb)
    assert not list((tmp_path / "data" / "branding").glob("client-c1.*"))


def test_the_schema_says_a_blob_is_named_by_its_sha256(firm: Firm) -> None:
    with httpx.Client(base_url=firm.server.url) as c:
        schema = c.get("/openapi.json").json()
    for method, op in schema["paths"]["/api/v1/blobs/{sha256}"].items():
        (param,) = [p for p in op["parameters"] if p["in"] == "path"]
        assert param["schema"]["pattern"] == SHA256, method
