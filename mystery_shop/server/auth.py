"""Signing in, and finding the caller of a request from its bearer token."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Connection, bindparam, select, update
from sqlalchemy.orm import Session

from mystery_shop.domain.workflow import Role
from mystery_shop.sync.protocol import TokenResponse, UserOut

from .errors import ApiError
from .models import Device, User, utcnow
from .scope import Caller
from .security import new_token, token_hash, verify_password

BAD_LOGIN = "wrong username or password"
# Client accounts read the portal; the sync API carries what is the firm's own (internal reasons of overrides,
# photos' places and times, signatures), so it is for the firm's staff only.
CLIENTS_USE_THE_PORTAL = "client accounts sign in to the portal (/portal): the sync API is for the firm's staff"


def user_out(u: User) -> UserOut:
    return UserOut(id=u.id, username=u.username, display_name=u.display_name, role=u.role, client_id=u.client_id)


def issue_token(s: Session, username: str, password: str, device: str, ttl: dt.timedelta) -> TokenResponse:
    """A new token for ``device``; the device's earlier tokens stop working (one live token per device)."""
    user = s.scalar(select(User).where(User.username == username))
    if not verify_password(user.password_hash if user else None, password) or user is None:
        raise ApiError(401, BAD_LOGIN)
    if user.disabled:
        raise ApiError(401, "this account is disabled")
    if user.role == Role.CLIENT:
        raise ApiError(403, CLIENTS_USE_THE_PORTAL)
    now = utcnow()
    s.execute(
        update(Device)
        .where(Device.user_id == user.id, Device.name == device, Device.revoked_at.is_(None))
        .values(revoked_at=now)
    )
    token = new_token()
    expires = now + ttl
    s.add(Device(user_id=user.id, name=device, token_hash=token_hash(token), expires_at=expires))
    return TokenResponse(token=token, user=user_out(user), role=user.role, expires_at=expires)


_CALLER = (
    select(Device.id, Device.revoked_at, Device.expires_at, User.id, User.username, User.role, User.client_id,
           User.disabled)
    .join(User, Device.user_id == User.id)
    .where(Device.token_hash == bindparam("token_hash"))
)  # fmt: skip


def caller_for(s: Session | Connection, authorization: str | None) -> Caller:
    if not authorization or not authorization.lower().startswith("bearer "):
        raise ApiError(401, "sign in first (no bearer token)", headers={"WWW-Authenticate": "Bearer"})
    token = authorization[7:].strip()
    row = s.execute(_CALLER, {"token_hash": token_hash(token)}).first()
    if row is None:
        raise ApiError(401, "unknown token: sign in again", headers={"WWW-Authenticate": "Bearer"})
    device_id, revoked_at, expires_at, user_id, username, role, client_id, disabled = row
    if revoked_at is not None:
        raise ApiError(401, "this device was signed out: sign in again", headers={"WWW-Authenticate": "Bearer"})
    if expires_at <= utcnow():
        raise ApiError(401, "the sign-in has expired: sign in again", headers={"WWW-Authenticate": "Bearer"})
    if disabled:
        raise ApiError(401, "this account is disabled", headers={"WWW-Authenticate": "Bearer"})
    if role == Role.CLIENT:  # a token issued before clients were kept out
        raise ApiError(403, CLIENTS_USE_THE_PORTAL)
    return Caller(user_id, username, Role(role), client_id, device_id)
