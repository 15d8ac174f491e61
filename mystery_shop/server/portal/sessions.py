"""Portal sign-in: browser sessions, CSRF tokens, throttling of failed sign-ins, password changes.

The cookie holds a random token; the database keeps only its SHA-256 (as
device tokens), the session's CSRF token, and when it lapses: eight hours
after it was last used, and in any case a week after the sign-in. Every form
carries the session's CSRF token (the sign-in form, before there is a
session, a token that must match a cookie of its own). Failed sign-ins are
counted per user name and per address; past a few, the next try must wait,
longer each time, and is refused unseen (no password is checked).
"""

from __future__ import annotations

import datetime as dt
import hmac
import secrets
from dataclasses import dataclass

from sqlalchemy import delete, or_, select, update
from sqlalchemy.orm import Session

from mystery_shop.domain.workflow import Role

from ..db import Database
from ..models import Device, User, utcnow
from ..security import hash_password, token_hash, verify_password
from .language import pt, ptn
from .models import PortalSession, Throttle

IDLE = dt.timedelta(hours=8)
LONGEST = dt.timedelta(days=7)
TOUCH_EVERY = dt.timedelta(minutes=5)  # a session's lapse moves on at most this often (not a write per page)
WINDOW = dt.timedelta(minutes=15)  # failures older than this are forgotten
FREE_TRIES = {"user": 5, "addr": 20}  # an office behind one address has many users
FIRST_WAIT = dt.timedelta(seconds=30)  # doubled with each further failure
LONGEST_WAIT = dt.timedelta(minutes=15)
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

    @property
    def staff(self) -> bool:
        return self.role is not Role.CLIENT


def new_csrf() -> str:
    return secrets.token_urlsafe(24)


def same_token(a: str | None, b: str | None) -> bool:
    return bool(a) and bool(b) and hmac.compare_digest(str(a), str(b))


# ------------------------------------------------------------ signing in and out


def sign_in(db: Database, username: str, password: str, address: str) -> str:
    """A new session's token for a right password; ``SignInRefused`` otherwise (or while throttled)."""
    keys = throttle_keys(username, address)
    with db.read() as s:
        wait = _waiting(s, keys)
        user = s.execute(select(User.id, User.password_hash, User.disabled).where(User.username == username.strip()))
        found = user.first()
    if wait:
        raise SignInRefused(_wait_words(wait), wait=wait)
    # The password is checked outside any transaction: argon2 takes a while, and SQLite has one writer.
    if not verify_password(found.password_hash if found else None, password) or found is None:
        with db.write() as s:
            wait = _failed(s, keys)
        raise SignInRefused(pt("Wrong user name or password.") + (" " + _wait_words(wait) if wait else ""),
                            wait=wait)  # fmt: skip
    if found.disabled:
        raise SignInRefused(pt("This account is disabled. Ask the firm that sends your reports."))
    token = secrets.token_urlsafe(32)
    now = utcnow()
    with db.write() as s:
        s.execute(delete(Throttle).where(Throttle.key == keys[0]))
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
                   User.language)
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
    return PortalUser(row.id, row.username, row.display_name, Role(row.role), row.client_id, sid, row.csrf,
                      row.language)  # fmt: skip


def sign_out(db: Database, session_id: str) -> None:
    with db.write() as s:
        s.execute(delete(PortalSession).where(PortalSession.id == session_id))


def change_password(db: Database, user: PortalUser, current: str, new: str, repeat: str, *, devices: bool) -> None:
    """Check the current password, set the new one, and sign out the user's other browsers (and laptops too)."""
    if new != repeat:
        raise SignInRefused(pt("The new password and its repetition differ."))
    if len(new) < MIN_PASSWORD:
        raise SignInRefused(ptn("A password needs at least %n character(s).", MIN_PASSWORD))
    if new == current:
        raise SignInRefused(pt("The new password is the current one."))
    with db.read() as s:
        stored = s.scalar(select(User.password_hash).where(User.id == user.user_id))
    if stored is None or not verify_password(stored, current):
        raise SignInRefused(pt("The current password is not right."))
    fresh = hash_password(new)
    with db.write() as s:
        s.execute(update(User).where(User.id == user.user_id).values(password_hash=fresh))
        s.execute(delete(PortalSession).where(PortalSession.user_id == user.user_id, PortalSession.id != user.session))
        if devices:
            s.execute(
                update(Device)
                .where(Device.user_id == user.user_id, Device.revoked_at.is_(None))
                .values(revoked_at=utcnow())
            )


def remove_lapsed(db: Database) -> int:
    """Sessions past their lapse, and throttle counts past their window (housekeeping, from the timer)."""
    now = utcnow()
    with db.write() as s:
        n = s.execute(delete(PortalSession).where(PortalSession.expires_at <= now)).rowcount  # type: ignore[attr-defined]
        s.execute(
            delete(Throttle).where(
                Throttle.window_start < now - WINDOW,
                or_(Throttle.blocked_until.is_(None), Throttle.blocked_until < now),
            )
        )
    return int(n or 0)


# ------------------------------------------------------------ throttling


def throttle_keys(username: str, address: str) -> list[str]:
    return [f"user:{username.strip().casefold()[:150]}", f"addr:{address[:150]}"]


def _waiting(s: Session, keys: list[str]) -> dt.timedelta | None:
    now = utcnow()
    until = [t.blocked_until for t in s.scalars(select(Throttle).where(Throttle.key.in_(keys))) if t.blocked_until]
    latest = max(until, default=None)
    return latest - now if latest is not None and latest > now else None


def _failed(s: Session, keys: list[str]) -> dt.timedelta | None:
    """Count a failure against each key; the wait it sets off, if any."""
    now = utcnow()
    found = {t.key: t for t in s.scalars(select(Throttle).where(Throttle.key.in_(keys)).with_for_update())}
    waits = []
    for key in keys:
        t = found.get(key)
        if t is None:
            t = Throttle(key=key, failures=0, window_start=now)
            s.add(t)
        elif now - t.window_start > WINDOW and (t.blocked_until is None or t.blocked_until <= now):
            t.failures, t.window_start, t.blocked_until = 0, now, None
        t.failures += 1
        over = t.failures - FREE_TRIES[key.split(":", 1)[0]]
        if over >= 0:
            wait = min(FIRST_WAIT * 2**over, LONGEST_WAIT)
            t.blocked_until = now + wait
            waits.append(wait)
    return max(waits, default=None)


def _wait_words(wait: dt.timedelta) -> str:
    seconds = int(wait.total_seconds() + 0.999)
    if seconds < 90:
        return ptn("Too many failed sign-ins: try again in %n second(s).", seconds)
    return ptn("Too many failed sign-ins: try again in %n minute(s).", round(seconds / 60))
