"""Signing a profile in to a sync server, and out again."""

from __future__ import annotations

import socket
import uuid
from pathlib import Path

from mystery_shop.domain.messages import msg, msgn

from .engine import Account
from .local import LocalStore
from .protocol import TokenResponse
from .tokens import TokenStore
from .transport import Refused, RetryPolicy, SignInNeeded, SyncError, Transport

LOGIN_RETRY = RetryPolicy(attempts=3)


class LoginError(SyncError):
    pass


def login(
    database: Path,
    server: str,
    username: str,
    password: str,
    *,
    device: str | None = None,
    tokens: TokenStore | None = None,
    retry: RetryPolicy = LOGIN_RETRY,
) -> tuple[Account, str]:
    """Get a token for this profile's device; returns the account and where the token was kept.

    The profile's own person takes the server user's id, name and role, so what
    was made here before signing in is sent as that user's. A profile belongs
    to one account: signing in as someone else while changes wait is refused.
    """
    server = server.rstrip("/")
    local = LocalStore(Path(database))
    try:
        previous = local.state("account") or {}
        device = device or previous.get("device") or f"{socket.gethostname()}-{uuid.uuid4().hex[:8]}"
        with Transport(server, retry=retry) as net:
            try:
                body = net.json(
                    "POST", "/auth/token", json={"username": username, "password": password, "device": device}
                )
            except SignInNeeded:
                raise LoginError(msg("wrong username or password, or the account is disabled")) from None
            except Refused as e:
                raise LoginError(e.detail) from None
        reply = TokenResponse.model_validate(body)
        if previous and previous.get("user_id") != reply.user.id and local.pending_count():
            raise LoginError(
                msgn(
                    "this profile belongs to {user}, with %n change(s) waiting to be sent as theirs:"
                    " sign in as them, or use another profile",
                    local.pending_count(),
                    user=previous.get("username"),
                )
            )
        local.adopt_identity(reply.user.model_dump())
        account = Account(server, reply.user.username, reply.user.id, reply.role, device)
        if previous.get("server") not in (None, server):
            local.set_state(cursor=0)  # another server: start from its beginning
        local.set_state(account=account.__dict__ | {"expires_at": reply.expires_at.isoformat()})
        where = (tokens or TokenStore(Path(database).parent)).save(server, reply.user.username, reply.token)
        return account, where
    finally:
        local.close()


def logout(database: Path, *, tokens: TokenStore | None = None) -> None:
    """Forget the token here (the queue stays: it is sent after the next sign-in)."""
    local = LocalStore(Path(database))
    try:
        data = local.state("account")
        if data:
            (tokens or TokenStore(Path(database).parent)).forget(data["server"], data["username"])
    finally:
        local.close()
