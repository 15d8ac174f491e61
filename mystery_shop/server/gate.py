"""The ASGI layer every request passes: access log, protocol version, body size limit.

Pure ASGI rather than ``BaseHTTPMiddleware``: it must count a streamed body
as it arrives (an oversize photo stops at the limit, not after it is all
read), and it costs nothing per request.
"""

from __future__ import annotations

import asyncio
import json
import logging
import os
import sys
import time
from collections.abc import Awaitable, Callable
from typing import Any

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from mystery_shop.sync.protocol import API, MIN_PROTOCOL, PROTOCOL_HEADER, RELEASES

from .errors import BodyTooLarge, BodyTooSlow, error_response

access = logging.getLogger("mystery_shop.server.access")
# Set by ``serve`` for its worker processes, which start afresh (spawned) and would log nothing otherwise.
ACCESS_LOG_ENV = "MYSTERY_SHOP_SERVER_ACCESS_LOG"


def log_access_to_stderr() -> None:
    """One JSON line per request on stderr, in this process and in the workers it starts."""
    os.environ[ACCESS_LOG_ENV] = "stderr"
    if any(getattr(h, "_ms_access", False) for h in access.handlers):
        return
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(message)s"))
    handler._ms_access = True  # type: ignore[attr-defined]
    access.addHandler(handler)
    access.setLevel(logging.INFO)
    access.propagate = False


_HEADER = PROTOCOL_HEADER.lower().encode()
PORTAL_UPLOAD = "/portal/check"  # (portal.check_pages.PATH)


# Behind HTTPS (uvicorn takes the scheme from a trusted proxy's X-Forwarded-Proto) browsers are told to come back
# over HTTPS only, for a year; over plain http (loopback, tests) the header would mean nothing and is not sent.
HSTS = (b"strict-transport-security", b"max-age=31536000")


class Gate:
    def __init__(self, app: ASGIApp, *, max_request_bytes: int, max_blob_bytes: int,
                 body_idle_s: float = 20.0) -> None:  # fmt: skip
        self.app = app
        self.max_request = max_request_bytes
        self.max_blob = max_blob_bytes
        self.body_idle_s = body_idle_s

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        start = time.perf_counter()
        status = {"code": 0}

        https = scope.get("scheme") == "https"
        cut = {"off": False}

        async def send_logged(message: Message) -> None:
            if cut["off"]:
                return  # the 408 is the answer: whatever the app makes of the missing body is not sent
            if message["type"] == "http.response.start":
                status["code"] = message["status"]
                if https:
                    message = {**message, "headers": [*message.get("headers", []), HSTS]}
            await send(message)

        async def too_slow() -> None:
            if not status["code"]:
                body = error_response(408, f"the request body stopped arriving for {self.body_idle_s:g} seconds",
                                      {"Connection": "close"})  # fmt: skip
                await body(scope, receive, send_logged)
            cut["off"] = True

        try:
            refusal = self._refuse(scope)
            if refusal is not None:
                await refusal(scope, receive, send_logged)
                return
            limit = self._limit(scope)
            await self.app(scope, _counting(receive, limit, self.body_idle_s, too_slow), send_logged)
        except BodyTooSlow:
            pass  # answered already
        finally:
            self._log(scope, status["code"], time.perf_counter() - start)

    def _limit(self, scope: Scope) -> int:
        blob = scope["method"] == "PUT" and scope["path"].startswith(f"{API}/blobs/")
        # The portal's "Check a report" takes a whole PDF; the page refuses one over its own limit, in words.
        upload = scope["method"] == "POST" and scope["path"] == PORTAL_UPLOAD
        return self.max_blob if blob or upload else self.max_request

    def _refuse(self, scope: Scope) -> Any:
        headers = dict(scope["headers"])
        version = headers.get(_HEADER)
        if version is not None:
            try:
                number = int(version)
            except ValueError:
                return error_response(422, f"{PROTOCOL_HEADER} must be a number")
            if number < MIN_PROTOCOL and scope["path"] != API + RELEASES:  # an old app still learns what to install
                return error_response(
                    426, f"this app speaks sync protocol {number}; the server needs {MIN_PROTOCOL} or newer: update it"
                )
        length = headers.get(b"content-length")
        if length is not None:
            try:
                size = int(length)
            except ValueError:
                return error_response(422, "Content-Length is not a number")
            if size > self._limit(scope):
                return error_response(413, f"the request body is larger than {self._limit(scope)} bytes")
        return None

    @staticmethod
    def _log(scope: Scope, status: int, seconds: float) -> None:
        if not access.isEnabledFor(logging.INFO):
            return
        client = scope.get("client") or ("", 0)
        state = scope.get("state") or {}
        line = {
            "method": scope["method"], "path": scope["path"], "status": status, "ms": round(seconds * 1000, 1),
            "client": client[0], "user": state.get("user", ""), "pid": os.getpid(),  # which worker (serve --workers)
        }  # fmt: skip
        access.info(json.dumps(line))


def _counting(receive: Receive, limit: int, idle_s: float, too_slow: Callable[[], Awaitable[None]]) -> Receive:
    """The body counted against its limit, and each of its parts awaited at most ``idle_s`` (a body trickled in a
    byte at a time would hold a connection and a worker's memory for as long as its sender likes): past that the
    gate answers 408 itself, since a framework that reads the body may make a 400 or a 422 of any error in it."""
    seen = 0
    whole = False  # once the body is in, a wait is for the client to go away: no timeout on that

    async def wrapped() -> Message:
        nonlocal seen, whole
        if whole:
            return await receive()
        try:
            message = await asyncio.wait_for(receive(), idle_s)
        except TimeoutError:
            await too_slow()
            raise BodyTooSlow(idle_s) from None
        if message["type"] == "http.request":
            seen += len(message.get("body", b""))
            if seen > limit:
                raise BodyTooLarge(limit)
            whole = not message.get("more_body", False)
        else:
            whole = True
        return message

    return wrapped
