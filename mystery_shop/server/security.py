"""Passwords (argon2) and device tokens (random, stored only as a SHA-256 hash)."""

from __future__ import annotations

import hashlib
import secrets

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

_hasher = PasswordHasher()
# Verified when a username is unknown, so a wrong name costs the same time as a wrong password.
_DUMMY = _hasher.hash("not a password")


def set_cost(*, time_cost: int, memory_cost: int) -> None:
    """Cheaper hashes for test suites and benchmarks that create many users; production keeps the defaults."""
    global _hasher, _DUMMY
    _hasher = PasswordHasher(time_cost=time_cost, memory_cost=memory_cost)
    _DUMMY = _hasher.hash("not a password")


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def verify_password(password_hash: str | None, password: str) -> bool:
    try:
        return _hasher.verify(password_hash or _DUMMY, password) and password_hash is not None
    except (VerificationError, InvalidHashError):
        return False


def new_token() -> str:
    return secrets.token_urlsafe(32)


def token_hash(token: str) -> str:
    """Tokens are 256 random bits: a plain SHA-256 is enough (no brute force to slow down)."""
    return hashlib.sha256(token.encode()).hexdigest()
