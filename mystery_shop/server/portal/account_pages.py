"""Signing in and out, and changing one's password."""

from __future__ import annotations

import dataclasses

from fastapi import APIRouter, Request
from fastapi.responses import Response
from sqlalchemy import update
from starlette.concurrency import run_in_threadpool

from mystery_shop.domain.languages import SHIPPED, shipped

from .. import throttle
from ..metrics import PORTAL_SIGN_INS
from ..models import User
from . import web
from .deps import check_form, frame, signed_in, signed_in_async, state
from .language import pt
from .sessions import PortalUser, SignInRefused, change_password, new_csrf, same_token, session_user, sign_in, sign_out
from .web import COOKIE, PREFIX, SIGN_IN_COOKIE, address, clear_cookie, form, redirect, render, set_cookie

router = APIRouter(prefix=PREFIX, include_in_schema=False)
SIGN_IN_TTL = 3600  # s: the sign-in form's token


def safe_next(value: str | None) -> str:
    """Where to go after signing in: a portal page of this server, nothing else (no open redirect)."""
    if value and value.startswith(PREFIX + "/") and not value.startswith("//") and "\\" not in value:
        return value
    return PREFIX + "/reports"


def _sign_in_page(request: Request, *, status: int = 200, error: str = "", username: str = "", note: str = "",
                  next_page: str = "") -> Response:  # fmt: skip
    token = new_csrf()
    response = render(
        request, "sign_in.html", status, **frame(request, None, title=pt("Sign in"), error=error, username=username,
                                                 note=note, next=safe_next(next_page), form_token=token)
    )  # fmt: skip
    set_cookie(response, request, SIGN_IN_COOKIE, token, max_age=SIGN_IN_TTL)
    return response


@router.get("")
@router.get("/")
def home(request: Request) -> Response:
    user = session_user(state(request).db, request.cookies.get(COOKIE))
    return redirect(PREFIX + ("/reports" if user else "/sign-in"))


@router.get("/sign-in")
def sign_in_form(request: Request) -> Response:
    if session_user(state(request).db, request.cookies.get(COOKIE)) is not None:
        return redirect(safe_next(request.query_params.get("next")))
    notes = {"signed-out": pt("You are signed out."), "expired": pt("Please sign in to go on.")}
    return _sign_in_page(request, note=notes.get(request.query_params.get("note", ""), ""),
                         next_page=request.query_params.get("next", ""))  # fmt: skip


@router.post("/sign-in")
async def sign_in_submit(request: Request) -> Response:
    data = await form(request)
    username = data.get("username", "").strip()[:80]
    next_page = data.get("next", "")
    # A sign-in posted from another site (its Origin) is refused as a forged token is: no login CSRF.
    if not same_token(data.get("csrf"), request.cookies.get(SIGN_IN_COOKIE)) or not web.same_origin(request):
        return _sign_in_page(request, status=403, username=username, next_page=next_page,
                             error=pt("The sign-in form had expired. Please try again."))  # fmt: skip
    if not username or not data.get("password"):
        return _sign_in_page(request, status=422, username=username, next_page=next_page,
                             error=pt("Enter your user name and your password."))  # fmt: skip
    try:
        token = await run_in_threadpool(sign_in, state(request).db, username, data["password"], address(request))
    except SignInRefused as e:
        PORTAL_SIGN_INS.labels("throttled" if e.wait else "refused").inc()
        page = _sign_in_page(request, status=429 if e.wait else 401, username=username, next_page=next_page,
                             error=e.message)  # fmt: skip
        return _retry_after(page, e)
    PORTAL_SIGN_INS.labels("ok").inc()
    response = redirect(safe_next(next_page))
    set_cookie(response, request, COOKIE, token)  # no Max-Age: it goes when the browser closes
    clear_cookie(response, request, SIGN_IN_COOKIE)
    return response


@router.post("/sign-out")
async def sign_out_submit(request: Request) -> Response:
    data = await form(request)
    user = await signed_in_async(request)
    check_form(request, user, data)
    await run_in_threadpool(sign_out, state(request).db, user.session)
    response = redirect(PREFIX + "/sign-in?note=signed-out")
    clear_cookie(response, request, COOKIE)
    return response


def _retry_after(response: Response, refused: SignInRefused) -> Response:
    if refused.wait:
        response.headers["Retry-After"] = throttle.retry_after(refused.wait)
    return response


def _account_page(request: Request, user: PortalUser, *, status: int = 200, error: str = "",
                  done: str = "") -> Response:  # fmt: skip
    languages = [(code, name) for code, name in SHIPPED.items()]
    return render(request, "account.html", status, **frame(request, user, title=pt("Your account"), error=error,
                                                            done=done, languages=languages))  # fmt: skip


@router.get("/account")
def account(request: Request) -> Response:
    user = signed_in(request)
    saved = request.query_params.get("saved") == "language"
    return _account_page(request, user, done=pt("The portal speaks your language now.") if saved else "")


@router.post("/account/language")
async def language_submit(request: Request) -> Response:
    """The account's language: one of the shipped ones, or none (the browser's); its pages and its mails."""
    data = await form(request)
    user = await signed_in_async(request)
    check_form(request, user, data)
    chosen = data.get("language", "").strip()
    code = chosen if shipped(chosen) else None
    await run_in_threadpool(_set_language, request, user, code)
    return redirect(PREFIX + "/account?saved=language")


def _set_language(request: Request, user: PortalUser, code: str | None) -> None:
    with state(request).db.write() as s:
        s.execute(update(User).where(User.id == user.user_id).values(language=code))


@router.post("/account")
async def account_submit(request: Request) -> Response:
    data = await form(request)
    user = await signed_in_async(request)
    check_form(request, user, data)
    try:
        csrf = await run_in_threadpool(
            change_password, state(request).db, user, data.get("current", ""), data.get("new", ""),
            data.get("repeat", ""), devices=data.get("devices") == "yes", address=address(request),
        )  # fmt: skip
    except SignInRefused as e:
        return _retry_after(_account_page(request, user, status=429 if e.wait else 422, error=e.message), e)
    user = dataclasses.replace(user, csrf=csrf)  # the session's token is new: the page's forms carry it
    done = pt("Your password is changed. Your other browsers are signed out.")
    if data.get("devices"):
        done = pt("Your password is changed. Your other browsers are signed out, and so are your laptops: sign them "
                  "in again with the new password.")  # fmt: skip
    return _account_page(request, user, done=done)
