"""The wire protocol (SYNC.md), shared by the client engine and the server.

Requests forbid unknown fields, so a malformed request is a 422 rather than a
guess. Record data travels as plain JSON objects: each kind's fields, their
types and limits are declared once in ``domain.kinds`` and checked by the
server, which owns the rules.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from mystery_shop.domain.kinds import KINDS as DECLARED

# Bumped when a change would break older apps; the server answers 426 below MIN_PROTOCOL. 2: the audit_entry kind
# (an app of protocol 1 is not sent it: ``unknown_to``).
PROTOCOL = 2
MIN_PROTOCOL = 1
PROTOCOL_HEADER = "X-Mystery-Shop-Protocol"
API = "/api/v1"

SHA256 = r"^[0-9a-f]{64}$"
UUID = r"^[0-9a-fA-F-]{36}$"

Kind = Literal[
    "person",
    "client",
    "location",
    "form",
    "visit",
    "answer",
    "photo",
    "review_comment",
    "score_override",
    "transition",
    "audit_entry",
    "report",
    "appeal",
    "appeal_file",
    "appeal_decision",
    "appeal_account",
    "action_rule",
]
KINDS: tuple[str, ...] = Kind.__args__  # type: ignore[attr-defined]


# The fields each kind carries in ``data``, from its declaration (``domain.kinds``); the server ignores nothing
# silently (an unknown field is a 422).
FIELDS: dict[str, frozenset[str]] = {name: frozenset(k.fields) for name, k in DECLARED.items()}
assert set(FIELDS) == set(KINDS), "every declared kind is a wire kind (add it to ``Kind`` too)"
# Kinds laptops push but never pull.
PUSH_ONLY_KINDS = tuple(name for name, k in DECLARED.items() if not k.pulled)
# A photo's blobs: the original (``sha256``) and, when it has one, the annotated copy.
PHOTO_BLOB_FIELDS = ("sha256", "annotated_sha256")


def photo_blobs(data: dict[str, Any]) -> set[str]:
    """The blob hashes a photo record's data names (a missing or empty annotated copy names none)."""
    return {v for k in PHOTO_BLOB_FIELDS if isinstance(v := data.get(k), str) and v}


def unknown_to(protocol: int) -> tuple[str, ...]:
    """The kinds an app speaking ``protocol`` does not know: its pages leave them out."""
    return tuple(name for name, k in DECLARED.items() if k.protocol > protocol)


# Kinds the sanity check compares (forms have no revision locally, people are the server's).
CHECKED_KINDS = tuple(name for name, k in DECLARED.items() if k.checked)


class Request(BaseModel):
    model_config = ConfigDict(extra="forbid")


class TokenRequest(Request):
    username: str = Field(min_length=1, max_length=80)
    password: str = Field(min_length=1, max_length=1000)
    device: str = Field(min_length=1, max_length=200)


class UserOut(BaseModel):
    id: str
    username: str
    display_name: str
    role: str
    client_id: str | None = None


class TokenResponse(BaseModel):
    token: str
    user: UserOut
    role: str
    expires_at: dt.datetime


class Change(BaseModel):
    kind: Kind
    id: str
    rev: int
    seq: int
    data: dict[str, Any]


class ChangesPage(BaseModel):
    changes: list[Change]
    next: int
    more: bool
    server_time: dt.datetime
    epoch: str = ""  # the server's identity: a new one means its history changed (reconcile.py)


class PushChange(Request):
    op: str = Field(pattern=UUID, description="the operation's id: a replay returns the stored result")
    kind: Kind
    id: str = Field(min_length=1, max_length=120)
    base_rev: int = Field(ge=0)
    data: dict[str, Any]


class PushRequest(Request):
    device: str = Field(min_length=1, max_length=200)
    batch: str = Field(pattern=UUID)
    changes: list[PushChange] = Field(max_length=2000)


Status = Literal["applied", "conflict", "rejected"]


class OpResult(BaseModel):
    op: str
    id: str
    status: Status
    rev: int = 0
    seq: int = 0
    reason: str = ""
    code: int = 200  # what the status would be as a request of its own: 403, 404, 409, 422
    server: dict[str, Any] | None = None  # the server's copy, for a conflict or a refusal


class PushResponse(BaseModel):
    results: list[OpResult]
    epoch: str = ""


class MissingRequest(Request):
    sha256: list[str] = Field(max_length=10_000)


class MissingResponse(BaseModel):
    missing: list[str]


class KindSummary(BaseModel):
    count: int
    hash: str


class SummaryResponse(BaseModel):
    kinds: dict[str, KindSummary]
    seq: int
    epoch: str = ""


class VisitOut(BaseModel):
    visit: Change
    records: list[Change]


class ErrorBody(BaseModel):
    error: str
    detail: str


class Health(BaseModel):
    status: str
    protocol: int
    server_time: dt.datetime


def summary_hash(pairs: list[tuple[str, int]]) -> str:
    """The sanity check's hash of one scope: ids and revisions, in id order (both sides compute it alike)."""
    import hashlib

    digest = hashlib.sha256()
    for record_id, rev in sorted(pairs):
        digest.update(f"{record_id}:{rev}\n".encode())
    return digest.hexdigest()


# ------------------------------------------------------------ releases (issue 28)

# Where the server lists the app versions its admin announces. Open to any caller, whatever its protocol:
# an app too old to sync still learns which version to install and where.
RELEASES = "/releases"
PLATFORMS = ("any", "linux", "windows", "macos")


class ReleaseOut(BaseModel):
    version: str
    platform: str  # one of PLATFORMS: "any" is for every platform
    url: str  # where to download it
    notes: str = ""  # what's new


class ReleasesResponse(BaseModel):
    releases: list[ReleaseOut]  # newest first


class RecordRef(BaseModel):
    kind: Kind
    id: str = Field(min_length=1, max_length=120)


class HiddenRequest(Request):
    """A full re-sync's question: of these records the laptop holds and the pull did not bring, which ones does
    the server hold and no longer show this caller (removed from its scope)? The others it lacks."""

    records: list[RecordRef] = Field(max_length=10_000)


class HiddenResponse(BaseModel):
    hidden: list[RecordRef]  # the laptop drops these; the rest it pushes again
    epoch: str = ""
