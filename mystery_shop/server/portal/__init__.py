"""The client portal, served by the sync server under ``/portal``: server-rendered pages (FastAPI + Jinja2).

Clients sign in to read their organisation's published reports, byte for byte
as signed, and the figures of a period; the firm's supervisors, auditors and
admins see what their role may (``queries.in_scope``). Reads go through the
index of published visits (``index``), which follows ``records`` by SEQ.
"""

from __future__ import annotations

import contextlib
import time
from urllib.parse import quote

from fastapi import FastAPI, Request
from fastapi.responses import FileResponse, Response
from starlette.types import ASGIApp, Receive, Scope, Send

from mystery_shop.reports.language import reset_language, use_language
from mystery_shop.resources import resource

from ..state import state
from . import account_pages, action_pages, appeal_pages, check_pages, dashboard_pages, queries, report_pages
from .branding import client_logo, firm, media_type
from .deps import SignInNeeded, frame, signed_in
from .language import from_header, pt, pt_noop, speak
from .sessions import session_user
from .web import COOKIE, HERE, PREFIX, PortalError, redirect, render, theme_css

STATIC = {"portal.css": "text/css", "portal.js": "text/javascript"}
_THEME = theme_css()


def install(app: FastAPI) -> None:
    """The portal's pages, assets and error pages on the application (``server.main``); its timer runs in the
    application's lifespan (``timer.running``)."""
    for module in (account_pages, report_pages, dashboard_pages, check_pages, appeal_pages, action_pages):
        app.include_router(module.router)
    _assets(app)
    app.add_middleware(_Timing)

    @app.exception_handler(SignInNeeded)
    async def _sign_in(request: Request, _exc: SignInNeeded) -> Response:
        target = request.url.path + (f"?{request.url.query}" if request.url.query else "")
        return redirect(f"{PREFIX}/sign-in?note=expired&next={quote(target, safe='')}")

    @app.exception_handler(PortalError)
    async def _error(request: Request, exc: PortalError) -> Response:
        return error_page(request, exc.status, exc.title, exc.message)


def error_page(request: Request, status: int, title: str, message: str = "") -> Response:
    """An error as a page (404: nothing here for you; 403: not for your role)."""
    user = None
    with contextlib.suppress(Exception):  # the error page must not fail on its own account
        user = session_user(state(request).db, request.cookies.get(COOKIE))
    if user is not None:
        speak(user.language)
    # The texts were written in English where the error was raised: read here in the reader's language.
    return render(request, "error.html", status,
                  **frame(request, user, title=pt(title), message=pt(message) if message else ""))  # fmt: skip


def _assets(app: FastAPI) -> None:
    @app.get(PREFIX + "/static/theme.css", include_in_schema=False)
    def theme() -> Response:
        return Response(_THEME, media_type="text/css", headers={"Cache-Control": "public, max-age=3600"})

    @app.get(PREFIX + "/static/mark.svg", include_in_schema=False)
    def mark() -> Response:
        return FileResponse(resource("icons", "app.svg"), media_type="image/svg+xml",
                            headers={"Cache-Control": "public, max-age=3600"})  # fmt: skip

    @app.get(PREFIX + "/static/{name}", include_in_schema=False)
    def static(name: str) -> Response:
        if name not in STATIC:
            raise PortalError(404, pt_noop("There is no such file here."))
        headers = {"Cache-Control": "public, max-age=3600", "X-Content-Type-Options": "nosniff"}
        return FileResponse(HERE / "static" / name, media_type=STATIC[name], headers=headers)

    @app.get(PREFIX + "/logo/firm", include_in_schema=False)
    def firm_logo(request: Request) -> Response:
        path = firm(state(request).config.data_dir).logo
        if path is None:
            raise PortalError(404, pt_noop("There is no logo here."))
        return FileResponse(path, media_type=media_type(path), headers={"Cache-Control": "private, max-age=300"})

    @app.get(PREFIX + "/logo/client/{client_id}", include_in_schema=False)
    def logo_of_client(client_id: str, request: Request) -> Response:
        user = signed_in(request)
        st = state(request)
        with st.db.read() as s:
            mine = {cid for cid, _ in queries.clients_for(s, user)}
        path = client_logo(st.config.data_dir, client_id) if client_id in mine else None
        if path is None:
            raise PortalError(404, pt_noop("There is no logo here."))
        return FileResponse(path, media_type=media_type(path), headers={"Cache-Control": "private, max-age=300"})


class _Timing:
    """Marks when a portal request arrived, for the page's ``Server-Timing`` header; and answers it in the
    browser's language (``Accept-Language``) until the account's own choice, once known, says otherwise."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if not (scope["type"] == "http" and scope["path"].startswith(PREFIX)):
            await self.app(scope, receive, send)
            return
        scope.setdefault("state", {})["portal_started"] = time.perf_counter()
        header = next((v.decode("latin-1") for k, v in scope.get("headers", ()) if k == b"accept-language"), None)
        token = use_language(from_header(header))
        try:
            await self.app(scope, receive, send)
        finally:
            reset_language(token)


__all__ = ["error_page", "install"]
