"""The checks every push handler builds on (``push`` for most kinds, ``signed_reports`` for the report):
the refusals and conflicts a handler raises, what it is given, and the steps it repeats."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from mystery_shop.domain.workflow import Action, Role, VisitStatus, decide
from mystery_shop.sync.protocol import PushChange

from .config import DEFAULT_ZONE
from .records import Row, Writer
from .scope import Caller, owns

SHA = re.compile(r"^[0-9a-f]{64}$")


class Refused(Exception):
    def __init__(self, code: int, reason: str, server: Row | None = None) -> None:
        super().__init__(reason)
        self.code, self.reason, self.server = code, reason, server


class Conflict(Exception):
    def __init__(self, server: Row, reason: str = "changed on the server since this device last saw it") -> None:
        super().__init__(reason)
        self.server, self.reason = server, reason


@dataclass
class Context:
    writer: Writer
    caller: Caller
    has_blob: Callable[[str], bool]
    # The server's default zone (``server time-zone``), read only when a location arrives without one.
    default_zone: Callable[[], str] = lambda: DEFAULT_ZONE


def visit_of(ctx: Context, visit_id: object) -> Row:
    """The visit an operation belongs to; a visit that is not the caller's does not exist."""
    v = ctx.writer.get("visit", visit_id) if isinstance(visit_id, str) else None
    if v is None or not owns(ctx.caller, v) or not ctx.caller.staff:
        raise Refused(404, f"no visit {visit_id}")
    return v


def decide_for(ctx: Context, action: Action, visit: Row, server: Row | None = None) -> None:
    allowed, code, reason = _decision(ctx.caller.role, action, visit.status or "")
    if not allowed:
        raise Refused(code, reason, server)


@functools.cache
def _decision(role: Role, action: Action, status: str) -> tuple[bool, int, str]:
    """``decide`` for one's own visit, worked out once per (role, action, status): a push asks it per answer."""
    decision = decide(role, action, VisitStatus(status), own=True)
    # 403 when the role may never do it, 409 when the visit's state is what stands in the way.
    ever = decision.allowed or any(decide(role, action, s, own=True) for s in VisitStatus)
    return decision.allowed, 409 if ever else 403, decision.reason


def require_role(ctx: Context, roles: set[Role], what: str) -> None:
    if ctx.caller.role not in roles:
        raise Refused(403, f"a {ctx.caller.role.value} may not change {what}")


def check_base(ctx: Context, rec: Row, ch: PushChange) -> None:
    """Same base revision, or every write since was this device's own: else the first to arrive won."""
    if rec.rev != ch.base_rev and rec.last_device != ctx.caller.device_id:
        raise Conflict(rec)


def text_field(data: dict[str, Any], key: str, *, required: bool = True) -> str:
    value = data.get(key)
    if not isinstance(value, str) or (required and not value.strip()):
        raise Refused(422, f"{key} must be a non-empty text")
    return value


def merged(rec: Row | None, ch: PushChange, defaults: dict[str, Any]) -> dict[str, Any]:
    return {**defaults, **(rec.data if rec is not None else {}), **ch.data}


def unchanged(rec: Row | None, data: dict[str, Any]) -> bool:
    return rec is not None and rec.data == data
