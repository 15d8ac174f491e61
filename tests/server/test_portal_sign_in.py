"""Signing in to the portal: the session cookie, CSRF tokens, throttling, signing out, changing the password."""

from __future__ import annotations

import datetime as dt
import re

import httpx
from server.harness import PASSWORD, Firm
from server.portal_support import Browser, csrf_of, signed_in
from sqlalchemy import update

from mystery_shop.server import admin
from mystery_shop.server.models import Throttle, utcnow
from mystery_shop.server.portal.models import PortalSession


def _cookie_header(r: httpx.Response, name: str) -> str:
    return next(v for k, v in r.headers.multi_items() if k == "set-cookie" and v.startswith(name + "="))


def test_a_session_cookie_that_scripts_cannot_read(firm: Firm) -> None:
    b = Browser(firm.server)
    page = b.get("/portal/sign-in")
    assert page.status_code == 200 and 'autocomplete="current-password"' in page.text
    r = b.sign_in("carl")
    assert r.status_code == 303 and r.headers["location"] == "/portal/reports"
    cookie = _cookie_header(r, "ms_portal")
    assert "HttpOnly" in cookie and "SameSite=lax" in cookie and "Path=/portal" in cookie
    assert "Secure" not in cookie, "plain http on loopback: a Secure cookie would never come back"
    assert "Max-Age" not in cookie and "expires" not in cookie.lower(), "a browser session's cookie"
    assert b.get("/portal/reports").status_code == 200
    for header in ("Content-Security-Policy", "X-Frame-Options", "X-Content-Type-Options"):
        assert header in b.get("/portal/reports").headers
    assert b.get("/portal/reports").headers["Cache-Control"] == "no-store"
    b.close()


def test_behind_https_the_cookie_is_secure(firm: Firm) -> None:
    """A proxy on this machine terminates TLS and says so (X-Forwarded-Proto): the cookies are Secure."""
    proxied = {"X-Forwarded-Proto": "https"}
    with httpx.Client(base_url=firm.server.url, headers=proxied) as c:
        page = c.get("/portal/sign-in")
        form_cookie = _cookie_header(page, "ms_portal_signin")
        assert "Secure" in form_cookie
        token = form_cookie.split(";", 1)[0]
        r = c.post("/portal/sign-in", data={"username": "carl", "password": PASSWORD, "csrf": csrf_of(page.text)},
                   headers={"Cookie": token})  # (httpx keeps a Secure cookie for https addresses only)  # fmt: skip
        assert r.status_code == 303
        assert "Secure" in _cookie_header(r, "ms_portal")


def test_after_sign_in_the_page_asked_for_and_nowhere_else(firm: Firm) -> None:
    b = Browser(firm.server)
    r = b.get("/portal/dashboard?period=365")
    assert r.status_code == 303
    target = r.headers["location"]
    assert target.startswith("/portal/sign-in?") and "next=%2Fportal%2Fdashboard%3Fperiod%3D365" in target
    page = b.get(target)
    nxt = re.search(r'name="next" value="([^"]+)"', page.text)
    assert nxt and nxt.group(1) == "/portal/dashboard?period=365"
    assert b.post("/portal/sign-in", {"username": "carl", "password": PASSWORD, "next": nxt.group(1)},
                  token_from=target).headers["location"] == "/portal/dashboard?period=365"  # fmt: skip
    for evil in ("https://evil.example/", "//evil.example/portal/", "/portal\\..\\x", "/api/v1/me"):
        b2 = Browser(firm.server)
        r = b2.post("/portal/sign-in", {"username": "carl", "password": PASSWORD, "next": evil})
        assert r.headers["location"] == "/portal/reports", evil
        b2.close()
    b.close()


def test_every_form_needs_its_csrf_token(firm: Firm) -> None:
    live = firm.server
    anon = Browser(live)
    anon.get("/portal/sign-in")
    r = anon.http.post("/portal/sign-in", data={"username": "carl", "password": PASSWORD, "csrf": "forged"})
    assert r.status_code == 403 and "expired" in r.text and "ms_portal=" not in r.headers.get("set-cookie", "")
    fresh = httpx.Client(base_url=live.url)  # no token cookie at all
    assert (
        fresh.post("/portal/sign-in", data={"username": "carl", "password": PASSWORD, "csrf": "x"}).status_code == 403
    )
    fresh.close()
    anon.close()

    b = signed_in(live, "carl")
    assert b.http.post("/portal/sign-out", data={}).status_code == 403
    assert b.http.post("/portal/sign-out", data={"csrf": "forged"}).status_code == 403
    token = csrf_of(b.get("/portal/account").text)
    evil = b.http.post("/portal/sign-out", data={"csrf": token}, headers={"Origin": "https://evil.example"})
    assert evil.status_code == 403, "a form posted from another site"
    pw = b.http.post(
        "/portal/account", data={"csrf": "forged", "current": PASSWORD, "new": "x" * 12, "repeat": "x" * 12}
    )
    assert pw.status_code == 403
    assert b.get("/portal/reports").status_code == 200, "still signed in"
    assert Browser(live).sign_in("carl").status_code == 303, "the password did not change"
    b.close()


def test_failed_sign_ins_are_throttled(firm: Firm) -> None:
    live = firm.server
    b = Browser(live)
    for i in range(4):
        r = b.sign_in("carl", "wrong password")
        assert r.status_code == 401 and "Wrong user name or password." in r.text and "Too many" not in r.text, i
    r = b.sign_in("carl", "wrong password")
    assert r.status_code == 429 and "Too many failed sign-ins: try again in 30 seconds." in r.text
    r = b.sign_in("carl")  # the right password, too soon: refused without being checked
    assert r.status_code == 429 and "ms_portal=" not in r.headers.get("set-cookie", "")
    assert Browser(live).sign_in("sue").status_code == 303, "another user from the same address"
    assert b.sign_in("no-such-user", "x").status_code == 401
    # The wait grows with each further failure.
    with live.db.write() as s:
        s.execute(update(Throttle).where(Throttle.key == "user:carl").values(blocked_until=utcnow()))
    r = b.sign_in("carl", "wrong again")
    assert r.status_code == 429 and "try again in 60 seconds" in r.text
    with live.db.write() as s:
        s.execute(update(Throttle).where(Throttle.key == "user:carl").values(blocked_until=utcnow()))
    assert b.sign_in("carl").status_code == 303, "once the wait is over, the right password works"
    with live.db.read() as s:
        assert s.get(Throttle, "user:carl") is None, "a success forgets the failures"
    b.close()


def test_sign_out_ends_the_session_for_good(firm: Firm) -> None:
    live = firm.server
    b = signed_in(live, "carl")
    cookie = b.http.cookies["ms_portal"]
    r = b.post("/portal/sign-out", {}, token_from="/portal/reports")
    assert r.status_code == 303 and r.headers["location"] == "/portal/sign-in?note=signed-out"
    assert "You are signed out." in b.get(r.headers["location"]).text
    replay = httpx.Client(base_url=live.url, cookies={"ms_portal": cookie})
    assert replay.get("/portal/reports").status_code == 303, "the old cookie is worth nothing"
    replay.close()
    b.close()


def test_a_session_lapses_and_a_disabled_account_is_out(firm: Firm) -> None:
    live = firm.server
    b = signed_in(live, "carl")
    with live.db.write() as s:
        s.execute(update(PortalSession).values(expires_at=utcnow() - dt.timedelta(seconds=1)))
    assert b.get("/portal/reports").status_code == 303
    b = signed_in(live, "carl")
    admin.disable_user(live.db, "carl")
    assert b.get("/portal/reports").status_code == 303
    r = Browser(live).sign_in("carl")
    assert r.status_code == 401 and "disabled" in r.text
    b.close()


def test_changing_the_password(firm: Firm) -> None:
    live = firm.server  # a supervisor: they have laptops (client accounts have none)
    b, other = signed_in(live, "sue"), signed_in(live, "sue")
    device = live.token("sue", "sue-laptop")

    def change(current: str, new: str, repeat: str, **extra: str) -> httpx.Response:
        return b.post("/portal/account", {"current": current, "new": new, "repeat": repeat, **extra})

    assert "is not right" in change("wrong", "a new password", "a new password").text
    assert "differ" in change(PASSWORD, "a new password", "another one").text
    assert "at least 8" in change(PASSWORD, "short", "short").text
    assert "is the current one" in change(PASSWORD, PASSWORD, PASSWORD).text
    assert other.get("/portal/reports").status_code == 200, "nothing changed yet"
    r = change(PASSWORD, "a new password", "a new password")
    assert r.status_code == 200 and "Your password is changed" in r.text
    assert b.get("/portal/reports").status_code == 200, "this browser stays signed in"
    assert other.get("/portal/reports").status_code == 303, "the other browser is signed out"
    assert Browser(live).sign_in("sue").status_code == 401
    assert Browser(live).sign_in("sue", "a new password").status_code == 303
    with live.http(device) as c:
        assert c.get("/me").status_code == 200, "laptops stay signed in unless asked"
    r = change("a new password", "newer password", "newer password", devices="yes")
    assert "and so are your laptops" in r.text
    with live.http(device) as c:
        assert c.get("/me").status_code == 401
    b.close()
    other.close()
