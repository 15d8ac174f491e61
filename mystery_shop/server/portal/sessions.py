"""Portal sign-in: browser sessions, CSRF tokens, throttling of failed sign-ins, password changes.

The cookie holds a random token; the database keeps only its SHA-256 (as
device tokens), the session's CSRF token, and when it lapses: eight hours
after it was last used, and in any case a week after the sign-in. Every form
carries the session's CSRF token (the sign-in form, before there is a
session, a token that must match a cookie of its own). Failed sign-ins are
counted per user name and per address by the server's one limiter
(``server/throttle.py``); past a few, the next try must wait, longer each time,
and is refused unseen (no password is checked).
"""

from __future__ import annotations

import datetime as dt
import hmac
import secrets
from dataclasses import dataclass

from sqlalchemy import delete, select, update

from mystery_shop.domain.access import LocationScope
from mystery_shop.domain.workflow import Role

from .. import throttle
from ..db import Database
from ..models import Device, User, utcnow
from ..security import hash_password, token_hash, verify_password
from .language import pt, ptn
from .models import PortalSession

IDLE = dt.timedelta(hours=8)
LONGEST = dt.timedelta(days=7)
TOUCH_EVERY = dt.timedelta(minutes=5)  # a session's lapse moves on at most this often (not a write per page)
MIN_PASSWORD = 8


class SignInRefused(Exception):
    """A sign-in or password change refused, with what to tell the person."""

    def __init__(self, message: str, *, wait: dt.timedelta | None = None) -> None:
        super().__init__(message)
        self.message, self.wait = message, wait


@dataclass(frozen=True, slots=True)
class PortalUser:
    user_id: str
    username: str
    display_name: str
    role: Role
    client_id: str | None
    session: str  # the session's id (its token's hash)
    csrf: str
    language: str | None = None  # the account's own choice; None: the browser's
    locations: frozenset[str] | None = None  # a client account's locations; None: the whole client

    @property
    def staff(self) -> bool:
        return self.role is not Role.CLIENT

    @property
    def scope(self) -> LocationScope | None:
        """A client account's scope (``domain.access``); None for the firm's staff."""
        return LocationScope(self.client_id, self.locations) if self.role is Role.CLIENT else None


def new_csrf() -> str:
    return secrets.token_urlsafe(24)


def same_token(a: str | None, b: str | None) -> bool:
    return bool(a) and bool(b) and hmac.compare_digest(str(a), str(b))


# ------------------------------------------------------------ signing in and out


def sign_in(db: Database, username: str, password: str, address: str) -> str:
    """A new session's token for a right password; ``SignInRefused`` otherwise (or while throttled)."""
    keys = throttle.keys(username, address)
    counted = throttle.claim(db, keys)  # before the password is looked at: tries at once are counted in turn
    if counted.refused:
        raise SignInRefused(_wait_words(counted.refused), wait=counted.refused)
    with db.read() as s:
        user = s.execute(select(User.id, User.password_hash, User.disabled).where(User.username == username.strip()))
        found = user.first()
    # The password is checked outside any transaction: argon2 takes a while, and SQLite has one writer.
    if not verify_password(found.password_hash if found else None, password) or found is None:
        wait = counted.wait_if_wrong
        raise SignInRefused(pt("Wrong user name or password.") + (" " + _wait_words(wait) if wait else ""),
                            wait=wait)  # fmt: skip
    throttle.succeeded(db, keys)
    if found.disabled:
        raise SignInRefused(pt("This account is disabled. Ask the firm that sends your reports."))
    token = secrets.token_urlsafe(32)
    now = utcnow()
    with db.write() as s:
        s.add(PortalSession(id=token_hash(token), user_id=found.id, csrf=new_csrf(), created_at=now, seen_at=now,
                            expires_at=now + IDLE))  # fmt: skip
    return token


def session_user(db: Database, token: str | None) -> PortalUser | None:
    """The signed-in user of a session cookie, or None (no cookie, unknown, lapsed, or the account disabled)."""
    if not token:
        return None
    sid = token_hash(token)
    now = utcnow()
    with db.read() as s:
        row = s.execute(
            select(PortalSession.expires_at, PortalSession.seen_at, PortalSession.created_at, PortalSession.csrf,
                   User.id, User.username, User.display_name, User.role, User.client_id, User.disabled,
                   User.language, User.locations)
            .join(User, User.id == PortalSession.user_id)
            .where(PortalSession.id == sid)
        ).first()  # fmt: skip
    if row is None:
        return None
    if row.expires_at <= now or row.disabled:
        return None
    if now - row.seen_at > TOUCH_EVERY:
        with db.write() as s:
            s.execute(
                update(PortalSession)
                .where(PortalSession.id == sid)
                .values(seen_at=now, expires_at=min(now + IDLE, row.created_at + LONGEST))
            )
    locations = frozenset(row.locations) if row.locations is not None and row.role == Role.CLIENT.value else None
    return PortalUser(row.id, row.username, row.display_name, Role(row.role), row.client_id, sid, row.csrf,
                      row.language, locations)  # fmt: skip


def sign_out(db: Database, session_id: str) -> None:
    with db.write() as s:
        s.execute(delete(PortalSession).where(PortalSession.id == session_id))


def change_password(db: Database, user: PortalUser, current: str, new: str, repeat: str, *, devices: bool,
                    address: str) -> str:  # fmt: skip
    """Check the current password (a try the limiter counts, as a sign-in), set the new one, sign out the user's
    other browsers (and laptops too, if asked); the session's new CSRF token."""
    if new != repeat:
        raise SignInRefused(pt("The new password and its repetition differ."))
    if len(new) < MIN_PASSWORD:
        raise SignInRefused(ptn("A password needs at least %n character(s).", MIN_PASSWORD))
    if new == current:
        raise SignInRefused(pt("The new password is the current one."))
    keys = throttle.keys(user.username, address)
    counted = throttle.claim(db, keys)
    if counted.refused:
        raise SignInRefused(_wait_words(counted.refused), wait=counted.refused)
    with db.read() as s:
        stored = s.scalar(select(User.password_hash).where(User.id == user.user_id))
    if stored is None or not verify_password(stored, current):
        wait = counted.wait_if_wrong
        raise SignInRefused(pt("The current password is not right.") + (" " + _wait_words(wait) if wait else ""),
                            wait=wait)  # fmt: skip
    throttle.succeeded(db, keys)
    fresh = hash_password(new)
    csrf = new_csrf()  # a token seen before the change is worth nothing after it
    with db.write() as s:
        s.execute(update(User).where(User.id == user.user_id).values(password_hash=fresh))
        s.execute(delete(PortalSession).where(PortalSession.user_id == user.user_id, PortalSession.id != user.session))
        s.execute(update(PortalSession).where(PortalSession.id == user.session).values(csrf=csrf))
        if devices:
            s.execute(
                update(Device)
                .where(Device.user_id == user.user_id, Device.revoked_at.is_(None))
                .values(revoked_at=utcnow())
            )
    return csrf


def remove_lapsed(db: Database) -> int:
    """Sessions past their lapse, and throttle counts past their window (housekeeping, from the timer)."""
    now = utcnow()
    with db.write() as s:
        n = s.execute(delete(PortalSession).where(PortalSession.expires_at <= now)).rowcount  # type: ignore[attr-defined]
        throttle.forget_old(s)
    return int(n or 0)


# ------------------------------------------------------------ throttling


def _wait_words(wait: dt.timedelta) -> str:
    seconds = int(wait.total_seconds() + 0.999)
    if seconds < 90:
        return ptn("Too many failed sign-ins: try again in %n second(s).", seconds)
    return ptn("Too many failed sign-ins: try again in %n minute(s).", round(seconds / 60))
