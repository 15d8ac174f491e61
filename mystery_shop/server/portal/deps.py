"""What every portal page needs: the server's state, the signed-in user, CSRF checks, the page frame."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from fastapi import Request
from starlette.concurrency import run_in_threadpool

from mystery_shop.domain.periods import PRESETS, preset_range

from ..state import state as state  # the pages take it from here, with the rest of what they need
from . import index, queries
from .branding import client_logo, firm
from .language import pt, pt_noop, speak
from .sessions import PortalUser, same_token, session_user
from .web import COOKIE, PortalError, same_origin

ROLE_WORDS = {"client": pt_noop("client"), "supervisor": pt_noop("supervisor"), "auditor": pt_noop("auditor"),
              "admin": pt_noop("administrator")}  # fmt: skip


class SignInNeeded(Exception):
    """No session: the page sends the browser to the sign-in form, and back here afterwards."""


def signed_in(request: Request) -> PortalUser:
    """The session's user. Pages call it (or ``signed_in_async``) themselves: as a ``Depends`` it would run in
    a thread of its own, and the account's language would not reach the page."""
    user = session_user(state(request).db, request.cookies.get(COOKIE))
    if user is None:
        raise SignInNeeded()
    request.scope.setdefault("state", {})["user"] = user.username  # for the access log
    speak(user.language)  # the account's choice, over the browser's (for the rest of this thread's context)
    return user


async def signed_in_async(request: Request) -> PortalUser:
    """``signed_in`` for an async page: the language is set here, in the request's own context, since a
    thread's context ends with the thread's work."""
    user = await run_in_threadpool(signed_in, request)
    speak(user.language)
    return user


def check_form(request: Request, user: PortalUser, data: dict[str, str]) -> None:
    """A state-changing form must carry the session's CSRF token and come from the portal's own pages."""
    if not same_token(data.get("csrf"), user.csrf) or not same_origin(request):
        raise PortalError(403, pt_noop("This form has expired."), pt_noop("Go back, reload the page and try again."))


def fresh(request: Request) -> int:
    """Bring the index of published visits up to date before a page reads it (one query when nothing changed);
    its version, which what is kept per process (``memo``) is kept for."""
    st = state(request)
    return index.current(st.db, notify=st.config.mail)


def frame(request: Request, user: PortalUser | None, **context: Any) -> dict[str, Any]:
    """What the page frame shows: the firm, the user, the navigation, the client's logo."""
    st = state(request)
    brand = firm(st.config.data_dir)
    out: dict[str, Any] = {
        "firm_name": brand.name,
        "firm_logo": brand.logo is not None,
        "user": user,
        "role_word": pt(ROLE_WORDS.get(user.role.value, user.role.value)) if user else "",
        "csrf": user.csrf if user else "",
        "figures_allowed": bool(user and queries.may_see_figures(user)),
        "client_logo": "",
        "client_name": "",
        "notices": [],
    }
    out.update(context)
    if out["client_logo"] and client_logo(st.config.data_dir, out["client_logo"]) is None:
        out["client_logo"] = ""  # no logo for this client: no broken picture
    return out


@dataclass(frozen=True)
class Span:
    """The period a page asks for: a preset, or dates of one's own, or all dates (the list only)."""

    preset: str  # "all", a preset's days ("91"), or "custom"
    start: dt.date | None
    end: dt.date | None
    notices: tuple[str, ...] = ()


def span(request: Request, *, default: str) -> Span:
    """The period from ``period``, ``from`` and ``to``; a date that is not one is left out, and said so."""
    q = request.query_params
    notices: list[str] = []
    dates: list[dt.date | None] = []
    for name in ("from", "to"):
        text = q.get(name, "").strip()
        try:
            dates.append(dt.date.fromisoformat(text) if text else None)
        except ValueError:
            left_out = {"from": pt("“{text}” is not a date (YYYY-MM-DD): the start date was left out."),
                        "to": pt("“{text}” is not a date (YYYY-MM-DD): the end date was left out.")}  # fmt: skip
            notices.append(left_out[name].format(text=text[:40]))
            dates.append(None)
    start, end = dates
    preset = q.get("period", "").strip() or ("custom" if start or end else default)
    known = {str(days) for _, days in PRESETS if days}
    if preset in known:
        start, end = preset_range(int(preset))
    elif preset == "all":
        start = end = None
    else:
        preset = "custom"
    if start and end and end < start:
        notices.append(pt("The period ended before it started: the dates were swapped."))
        start, end = end, start
    return Span(preset, start, end, tuple(notices))


def choose_client(request: Request, user: PortalUser, clients: list[tuple[str, str]], *, required: bool) -> str | None:
    """The client a page is about: the one asked for (404 when not the user's), else the only or first one."""
    asked = request.query_params.get("client", "").strip()
    ids = [cid for cid, _ in clients]
    if asked:
        if asked not in ids:
            raise PortalError(404, pt_noop("There is no such client here."))
        return asked
    if len(ids) == 1 or (required and ids):
        return ids[0]
    return None


def page_number(request: Request) -> int:
    try:
        return max(1, min(int(request.query_params.get("page", "1")), 1_000_000))
    except ValueError:
        return 1
