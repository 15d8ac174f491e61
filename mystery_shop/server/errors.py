"""Errors as JSON ``{error, detail}`` with honest status codes (SYNC.md, Wire)."""

from __future__ import annotations

import errno
import logging
from collections.abc import Callable, Sequence
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from sqlalchemy.exc import DataError, OperationalError
from starlette.exceptions import HTTPException

log = logging.getLogger(__name__)

NAMES = {
    400: "bad_request", 401: "unauthorized", 403: "forbidden", 404: "not_found", 405: "method_not_allowed",
    408: "request_timeout", 409: "conflict", 410: "gone", 413: "too_large", 422: "malformed",
    426: "upgrade_required",
    429: "too_many_requests", 500: "internal", 503: "unavailable", 507: "insufficient_storage",
}  # fmt: skip


class ApiError(Exception):
    def __init__(self, status: int, detail: str, *, headers: dict[str, str] | None = None) -> None:
        super().__init__(detail)
        self.status, self.detail, self.headers = status, detail, headers


class BodyTooSlow(Exception):
    def __init__(self, idle_s: float) -> None:
        super().__init__(f"the request body stopped arriving for {idle_s:g} seconds")


class BodyTooLarge(Exception):
    def __init__(self, limit: int) -> None:
        super().__init__(f"the request body is larger than {limit} bytes")


def error_response(status: int, detail: str, headers: dict[str, str] | None = None) -> JSONResponse:
    return JSONResponse({"error": NAMES.get(status, "error"), "detail": detail}, status_code=status, headers=headers)


def describe(errors: Sequence[Any], prefix: str = "") -> str:
    """Validation errors in one line: where, what (the first ten)."""
    parts = []
    for e in list(errors)[:10]:
        where = ".".join(str(x) for x in ((prefix,) if prefix else ()) + tuple(e.get("loc", ())))
        parts.append(f"{where}: {e.get('msg', 'invalid')}")
    return "; ".join(parts) or "malformed request"


def _disk_full(exc: BaseException) -> bool:
    if isinstance(exc, OSError) and exc.errno == errno.ENOSPC:
        return True
    return "disk is full" in str(exc) or "No space left" in str(exc)


# Pages (the client portal) answer errors with a page of their own rather than JSON: (request, status, title).
PageRenderer = Callable[[Request, int, str], Response]
PAGES = "/portal"


def install(app: FastAPI, page: PageRenderer | None = None) -> None:
    def as_page(request: Request) -> bool:
        return page is not None and request.url.path.startswith(PAGES)

    @app.exception_handler(ApiError)
    async def _api(_: Request, exc: ApiError) -> JSONResponse:
        return error_response(exc.status, exc.detail, exc.headers)

    @app.exception_handler(HTTPException)
    async def _http(request: Request, exc: HTTPException) -> Response:
        if as_page(request):
            assert page is not None
            return page(request, exc.status_code, _PAGE_TITLES.get(exc.status_code, "Something went wrong."))
        # FastAPI answers a body it cannot decode (bytes that are not UTF-8 JSON) with a bare 400;
        # the protocol's word for a malformed request is 422, whatever part of it is malformed.
        status = 422 if exc.status_code == 400 else exc.status_code
        return error_response(status, str(exc.detail), getattr(exc, "headers", None))

    @app.exception_handler(RequestValidationError)
    async def _invalid(request: Request, exc: RequestValidationError) -> Response:
        if as_page(request):
            assert page is not None
            return page(request, 404, _PAGE_TITLES[404])
        return error_response(422, describe(exc.errors()))

    @app.exception_handler(BodyTooSlow)
    async def _slow(_: Request, exc: BodyTooSlow) -> JSONResponse:
        return error_response(408, str(exc), {"Connection": "close"})

    @app.exception_handler(BodyTooLarge)
    async def _large(_: Request, exc: BodyTooLarge) -> JSONResponse:
        return error_response(413, str(exc))

    @app.exception_handler(DataError)
    async def _data(request: Request, exc: DataError) -> JSONResponse:
        # The database refused a value the request carried (PostgreSQL: a NUL character in a text).
        log.info("database refused a value in %s: %s", request.url.path, exc.orig)
        return error_response(422, f"a value in the request cannot be stored: {exc.orig}")

    @app.exception_handler(OperationalError)
    async def _db(request: Request, exc: OperationalError) -> JSONResponse:
        if _disk_full(exc):
            log.error("disk full while writing the database: %s", exc)
            return error_response(507, "the server's disk is full; nothing was saved")
        log.warning("database unavailable for %s: %s", request.url.path, exc)
        return error_response(503, "the database is busy or unreachable; try again", {"Retry-After": "1"})

    @app.exception_handler(Exception)
    async def _bug(request: Request, exc: Exception) -> Response:
        if _disk_full(exc):
            log.error("disk full: %s", exc)
            return error_response(507, "the server's disk is full; nothing was saved")
        log.exception("unexpected error in %s %s", request.method, request.url.path)
        if as_page(request):
            assert page is not None
            return page(request, 500, "Something went wrong on the server. The details are in its log.")
        return error_response(500, "unexpected server error; the details are in the server log")


_PAGE_TITLES = {404: "There is no such page here.", 405: "There is no such page here.",
                413: "That was too large.", 400: "That request could not be read."}  # fmt: skip
