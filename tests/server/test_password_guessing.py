"""One limiter of password guessing, counted in the database before a password is checked: the API's sign-in, the
portal's and the Account page's current password; tries made at once cannot get past it."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx
import pytest
from server.harness import PASSWORD, Firm, WorkersServer
from server.portal_support import Browser, csrf_of, signed_in

from mystery_shop.domain.workflow import Role
from mystery_shop.server import admin, security
from mystery_shop.server.config import ServerConfig


@pytest.fixture
def checks(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every password the server checks (its argon2 verifications), in this process's live server."""
    seen: list[str] = []
    hasher = security._hasher

    class Counting:
        def verify(self, stored: str, password: str) -> bool:
            seen.append(password)
            return bool(hasher.verify(stored, password))

    monkeypatch.setattr(security, "_hasher", Counting())
    return seen


def _token(c: httpx.Client, password: str, user: str = "alice") -> httpx.Response:
    return c.post("/auth/token", json={"username": user, "password": password, "device": "d"})


def test_the_api_sign_in_is_throttled_and_says_when_to_come_back(firm: Firm, checks: list[str]) -> None:
    live = firm.server
    with live.http() as c:
        for i in range(4):
            assert _token(c, f"guess {i}").status_code == 401
        last = _token(c, "guess 4")
        assert last.status_code == 429 and last.headers["Retry-After"] == "30"
        right = _token(c, PASSWORD)
        assert right.status_code == 429 and int(right.headers["Retry-After"]) <= 30, "refused unseen"
        assert len(checks) == 5
        assert _token(c, PASSWORD, "sue").status_code == 200, "another account from the same address"
    r = Browser(live).sign_in("alice")
    assert r.status_code == 429 and "Too many failed sign-ins" in r.text and "Retry-After" in r.headers, "one limiter"
    assert len(checks) == 6


def test_the_accounts_current_password_is_throttled(firm: Firm, checks: list[str]) -> None:
    b = signed_in(firm.server, "carl")
    for i in range(4):
        r = b.post("/portal/account", {"current": f"guess {i}", "new": "a new password", "repeat": "a new password"})
        assert r.status_code == 422 and "is not right" in r.text
    r = b.post("/portal/account", {"current": "guess 4", "new": "a new password", "repeat": "a new password"})
    assert r.status_code == 429 and r.headers["Retry-After"] == "30"
    r = b.post("/portal/account", {"current": PASSWORD, "new": "a new password", "repeat": "a new password"})
    assert r.status_code == 429 and "Your password is changed" not in r.text
    assert len(checks) == 1 + 5, "the sign-in, then five guesses"
    assert Browser(firm.server).sign_in("carl").status_code == 429, "and the sign-in waits too"
    b.close()


def test_sign_ins_at_once_cannot_try_more_passwords_than_the_limit(firm: Firm, checks: list[str]) -> None:
    live = firm.server
    browsers = [Browser(live) for _ in range(40)]
    tokens = [csrf_of(b.get("/portal/sign-in").text) for b in browsers]

    def portal(i: int) -> int:
        data = {"csrf": tokens[i], "username": "carl", "password": f"guess {i}"}
        return browsers[i].http.post("/portal/sign-in", data=data).status_code

    def api(i: int) -> int:
        with live.http() as c:
            return _token(c, f"guess {i}", "sue").status_code

    with ThreadPoolExecutor(40) as pool:
        portal_codes = list(pool.map(portal, range(40)))
        api_codes = list(pool.map(api, range(40)))
    assert sorted(set(portal_codes)) == [401, 429] and sorted(set(api_codes)) == [401, 429]
    assert len([p for p in checks if p.startswith("guess")]) == 10, "five passwords per account, not one more"
    for b in browsers:
        b.close()


@pytest.mark.slow
def test_two_worker_processes_count_tries_at_once_together(db_url: str, tmp_path: Path) -> None:
    """``serve --workers 2``, as deployed: 30 sign-ins at once reach two processes; five passwords are tried."""
    server = WorkersServer(ServerConfig(tmp_path / "server-data", db_url), 2, tmp_path / "serve.log")
    admin.add_user(server.db, "alice", PASSWORD, Role.AUDITOR)
    server.start()
    try:
        browsers = [Browser(server) for _ in range(30)]  # type: ignore[arg-type]
        tokens = [csrf_of(b.get("/portal/sign-in").text) for b in browsers]

        def portal(i: int) -> str:
            data = {"csrf": tokens[i], "username": "alice", "password": f"guess {i}"}
            return browsers[i].http.post("/portal/sign-in", data=data).text

        with ThreadPoolExecutor(30) as pool:
            pages = list(pool.map(portal, range(30)))
        assert sum("Wrong user name or password." in p for p in pages) == 5, "checked: five, in two processes"
        assert sum("Too many failed sign-ins" in p for p in pages) == 26  # the fifth says so too
        for b in browsers:
            b.close()
    finally:
        server.stop()
        server.db.dispose()
