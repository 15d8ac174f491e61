"""The portal's HTTP plumbing: templates, the headers every page gets, cookies, form bodies, error pages."""

from __future__ import annotations

import email.parser
import email.policy
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, quote, urlencode

from fastapi import Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape

from mystery_shop import __version__
from mystery_shop.palette import DARK, LIGHT

from . import language

HERE = Path(__file__).parent
PREFIX = "/portal"
COOKIE = "ms_portal"
SIGN_IN_COOKIE = "ms_portal_signin"  # the sign-in form's CSRF token, before there is a session
MAX_FORM = 64 << 10  # a portal form is a few fields

# Pages of their own, scripts and styles from here only, nothing framed; no referrer leaves the server.
SECURITY_HEADERS = {
    # (style attributes carry the data's colours: a grade's band, a heat-map cell; autoescaped like any value)
    "Content-Security-Policy": "default-src 'none'; style-src 'self'; style-src-attr 'unsafe-inline'; "
    "script-src 'self'; img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "same-origin",
    "X-Frame-Options": "DENY",
    "Cache-Control": "no-store",
}


class PortalError(Exception):
    """An error page: 404 for anything not the caller's, 403 for what their role may not open.

    Its title and message are the English texts (marked with ``pt_noop``): the error page translates them into
    the language of the one who reads it."""

    def __init__(self, status: int, title: str, message: str = "") -> None:
        super().__init__(title)
        self.status, self.title, self.message = status, title, message


def _env() -> Environment:
    env = Environment(
        loader=FileSystemLoader(HERE / "templates"),
        autoescape=select_autoescape(["html"]),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        extensions=["jinja2.ext.i18n"],
    )
    # Newstyle: ``_("... %(name)s", name=value)`` fills in escaped values; a literal % is written %%.
    env.install_gettext_callables(language.gettext, language.ngettext, newstyle=True)  # type: ignore[attr-defined]
    env.filters["day"] = language.day
    env.filters["moment"] = language.moment
    env.filters["size"] = language.size
    env.filters["num"] = language.num
    env.filters["count"] = language.count
    env.filters["label"] = language.label
    env.globals["version"] = __version__
    return env


ENV = _env()


def theme_css() -> str:
    """The app's palette as CSS variables, light and dark (``mystery_shop.palette``: the desktop's colours)."""

    def block(colours: dict[str, str]) -> str:
        return "".join(f"--{k.replace('_', '-')}:{v};" for k, v in colours.items())

    return (
        f":root{{color-scheme:light dark;{block(LIGHT)}}}\n"
        f"@media (prefers-color-scheme: dark){{:root{{{block(DARK)}}}}}\n"
    )


def render(request: Request, template: str, status: int = 200, **context: Any) -> HTMLResponse:
    started = request.scope.get("state", {}).get("portal_started")
    html = ENV.get_template(template).render(request=request, path=request.url.path, lang=language.current(),
                                             **context)  # fmt: skip
    response = HTMLResponse(html, status_code=status, headers=SECURITY_HEADERS)
    # The page's language may come from Accept-Language: said, and marked for any cache in between.
    response.headers["Content-Language"] = language.current()
    response.headers["Vary"] = "Accept-Language, Cookie"
    if started is not None:
        response.headers["Server-Timing"] = f"app;dur={(time.perf_counter() - started) * 1000:.1f}"
    return response


def redirect(to: str, status: int = 303) -> RedirectResponse:
    return RedirectResponse(to, status_code=status, headers=SECURITY_HEADERS)


def secure(request: Request) -> bool:
    """Cookies are Secure behind HTTPS (uvicorn takes the scheme from a trusted proxy's X-Forwarded-Proto)."""
    return request.url.scheme == "https"


def set_cookie(response: Response, request: Request, name: str, value: str, max_age: int | None = None) -> None:
    response.set_cookie(name, value, max_age=max_age, path=PREFIX, httponly=True, samesite="lax",
                        secure=secure(request))  # fmt: skip


def clear_cookie(response: Response, request: Request, name: str) -> None:
    response.delete_cookie(name, path=PREFIX, httponly=True, samesite="lax", secure=secure(request))


@dataclass(frozen=True)
class Upload:
    filename: str
    data: bytes


MAX_FILE_NAME = 200


async def multipart(request: Request, max_body: int, too_large: PortalError) -> tuple[dict[str, str], list[Upload]]:
    """A ``multipart/form-data`` body read up to ``max_body`` bytes (else ``too_large``): its fields (last value, at
    most 50) and its files (those with a name, and a file name or bytes)."""
    body = bytearray()
    async for chunk in request.stream():
        body += chunk
        if len(body) > max_body:
            raise too_large
    kind = request.headers.get("content-type", "")
    head = f"Content-Type: {kind}\r\nMIME-Version: 1.0\r\n\r\n".encode("latin-1", "replace")
    message = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(head + bytes(body))
    fields: dict[str, str] = {}
    files: list[Upload] = []
    for part in message.iter_parts() if message.is_multipart() else []:
        name = part.get_param("name", header="content-disposition")
        filename = part.get_filename()
        payload = part.get_payload(decode=True) or b""
        if not isinstance(name, str):
            continue
        if filename is not None:
            if filename or payload:
                files.append(Upload(filename[-MAX_FILE_NAME:] or "file", payload))
        elif len(fields) < 50:
            fields[name] = payload.decode("utf-8", "replace")
    return fields, files


async def form(request: Request) -> dict[str, str]:
    """An ``application/x-www-form-urlencoded`` body as {name: last value}; anything else is empty."""
    if not request.headers.get("content-type", "").startswith("application/x-www-form-urlencoded"):
        return {}
    body = b""
    async for chunk in request.stream():
        body += chunk
        if len(body) > MAX_FORM:
            raise PortalError(413, language.pt_noop("That form is too large."))
    try:
        return dict(parse_qsl(body.decode("utf-8"), keep_blank_values=True, max_num_fields=50))
    except (UnicodeDecodeError, ValueError):
        raise PortalError(400, language.pt_noop("That form could not be read.")) from None


def same_origin(request: Request) -> bool:
    """A form posted from this server's own pages (browsers send Origin on POST; its absence is allowed)."""
    origin = request.headers.get("origin")
    if not origin or origin == "null":
        return origin is None
    host = request.headers.get("host", "")
    return origin.split("://", 1)[-1] == host


def query(params: dict[str, Any], **changes: Any) -> str:
    """``params`` with ``changes``, empty values left out, as a query string."""
    merged = {**params, **changes}
    return urlencode({k: v for k, v in merged.items() if v not in (None, "")})


def attachment(filename: str) -> str:
    """A Content-Disposition that saves the file under ``filename``: plain ASCII for old clients, UTF-8 for others."""
    plain = "".join(c if c.isascii() and c.isprintable() and c not in '"\\/;' else "_" for c in filename)
    return f"attachment; filename=\"{plain}\"; filename*=UTF-8''{quote(filename)}"


def address(request: Request) -> str:
    return request.client.host if request.client else ""
