"""HTTP to the sync server: retries with backoff and jitter, errors sorted by what the engine does next.

Network errors, 5xx and 429 are retried (the same request: operation ids make
a retried push harmless); after the last attempt the server counts as
unreachable. 401 means sign in again, 426 update the app, 410 re-sync from the
start; any other 4xx is a refusal of that request.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from typing import Any, BinaryIO

import httpx

from mystery_shop import __version__
from mystery_shop.domain.messages import msg

from .client_http import USER_AGENT, tls
from .protocol import API, PROTOCOL, PROTOCOL_HEADER
from .releases import read_releases
from .retry import RetryPolicy

log = logging.getLogger(__name__)
RETRY_STATUS = frozenset({429, 500, 502, 503, 504, 507})


class SyncError(Exception):
    """A failure meant for a person, with what to do about it."""


class Unreachable(SyncError):
    pass


class SignInNeeded(SyncError):
    pass


class UpdateNeeded(SyncError):
    pass


class CursorGone(SyncError):
    pass


class Refused(SyncError):
    def __init__(self, code: int, detail: str) -> None:
        super().__init__(f"{code}: {detail}")
        self.code, self.detail = code, detail


DEFAULT_RETRY = RetryPolicy()


class Transport:
    def __init__(
        self,
        server: str,
        token: str | None = None,
        *,
        retry: RetryPolicy = DEFAULT_RETRY,
        timeout: float = 60.0,
        sleep: Callable[[float], None] = time.sleep,
        client: httpx.Client | None = None,
    ) -> None:
        self.server = server.rstrip("/")
        self.retry = retry
        self.sleep = sleep
        headers = {PROTOCOL_HEADER: str(PROTOCOL), "User-Agent": USER_AGENT}
        if token:
            headers["Authorization"] = f"Bearer {token}"
        self.http = client or httpx.Client(
            base_url=self.server + API, headers=headers, timeout=httpx.Timeout(timeout, connect=10.0),
            verify=tls(),
        )  # fmt: skip
        if client is not None:
            self.http.headers.update(headers)

    def close(self) -> None:
        self.http.close()

    def __enter__(self) -> Transport:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def request(self, method: str, path: str, **kw: Any) -> httpx.Response:
        last = ""
        for attempt in range(self.retry.attempts):
            try:
                r = self.http.request(method, path, **kw)
            except httpx.TransportError as e:
                last = f"{type(e).__name__}: {e}" if str(e) else type(e).__name__
            else:
                if r.status_code < 400:
                    return r
                if r.status_code == 426:
                    raise self._update_needed(_detail(r))
                if r.status_code not in RETRY_STATUS:
                    raise _refusal(r)
                last = f"HTTP {r.status_code}: {_detail(r)}"
                if attempt == self.retry.attempts - 1 and r.status_code == 507:
                    raise Refused(507, _detail(r))
            if attempt < self.retry.attempts - 1:
                wait = self.retry.delay(attempt)
                log.info("%s %s failed (%s); retrying in %.2fs", method, path, last, wait)
                self.sleep(wait)
        raise Unreachable(
            msg("the sync server {server} cannot be reached ({problem})", server=self.server, problem=last)
        )

    def json(self, method: str, path: str, **kw: Any) -> Any:
        return self.request(method, path, **kw).json()

    def _update_needed(self, detail: str) -> UpdateNeeded:
        """426: this app is too old for the server; name the version to install and where, when the server says."""
        try:
            newest = next(iter(read_releases(self.http)), None)
        except (httpx.HTTPError, ValueError) as e:
            log.info("the server %s lists no releases (%s)", self.server, e)
            newest = None
        if newest is None:
            return UpdateNeeded(
                msg("this version ({have}) is too old for the server: {detail}; ask for the newest version",
                    have=__version__, detail=detail)
            )  # fmt: skip
        return UpdateNeeded(
            msg("this version ({have}) is too old for the server: install version {version} or newer from {url}",
                have=__version__, version=newest.version, url=newest.url)
        )  # fmt: skip

    def download(self, path: str, out: BinaryIO) -> None:
        """Stream a body into ``out``; a cut download starts again from the first byte."""
        for attempt in range(self.retry.attempts):
            out.seek(0)
            out.truncate()
            try:
                with self.http.stream("GET", path) as r:
                    if r.status_code < 400:
                        for chunk in r.iter_bytes(1 << 16):
                            out.write(chunk)
                        return
                    r.read()
                    if r.status_code not in RETRY_STATUS:
                        raise _refusal(r)
            except httpx.TransportError as e:
                log.info("download %s cut (%s)", path, e)
            if attempt < self.retry.attempts - 1:
                self.sleep(self.retry.delay(attempt))
        raise Unreachable(msg("cannot download {path} from {server}", path=path, server=self.server))


def _detail(r: httpx.Response) -> str:
    try:
        body = r.json()
        return str(body.get("detail") or body)
    except ValueError:
        return r.text[:200] or r.reason_phrase


def _refusal(r: httpx.Response) -> SyncError:
    detail = _detail(r)
    if r.status_code == 401:
        return SignInNeeded(msg("sign in again: {detail}", detail=detail))
    if r.status_code == 426:
        return UpdateNeeded(detail)
    if r.status_code == 410:
        return CursorGone(detail)
    return Refused(r.status_code, detail)
