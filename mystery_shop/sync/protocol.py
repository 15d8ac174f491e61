"""The wire protocol (SYNC.md), shared by the client engine and the server.

Requests forbid unknown fields, so a malformed request is a 422 rather than a
guess. Record data travels as plain JSON objects: each kind's fields are listed
in ``FIELDS`` and checked by the server, which owns the rules.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

# Bumped when a change would break older apps; the server answers 426 below MIN_PROTOCOL.
PROTOCOL = 1
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
    "report",
]
KINDS: tuple[str, ...] = Kind.__args__  # type: ignore[attr-defined]


def _fields(names: str) -> frozenset[str]:
    return frozenset(names.split())


# The fields each kind carries in ``data``; the server ignores nothing silently (an unknown field is a 422).
FIELDS: dict[str, frozenset[str]] = {
    "person": _fields("username display_name role client_id"),
    "client": _fields("name archived language check_settings"),
    "location": _fields("client_id name address latitude longitude archived time_zone"),
    "form": _fields("form_id version title source"),
    "visit": _fields(
        "form_id form_version location_id auditor_id scheduled_date due_date scenario status started_at "
        "finished_at signed_by signed_at attestation signature_png score_total grade complete created_at"
    ),
    "answer": _fields("visit_id question_id value na comment"),
    "photo": _fields(
        "visit_id section_id question_id sha256 filename size width height taken_at latitude longitude caption "
        "position annotated_sha256 deleted created_at"
    ),
    "review_comment": _fields("visit_id question_id author_id text created_at"),
    "score_override": _fields("visit_id question_id points reason author_id created_at"),
    # A command, not a record: {action, detail} plus the visit's score as of the command.
    "transition": _fields("action detail visit_id from_status to_status actor_id at score_total grade complete"),
    # A signed visit report, uploaded when the visit is published: its PDF is the blob ``sha256``. Server-side
    # only: laptops push it and never pull it (the one that signed keeps its own audit entry).
    "report": _fields("visit_id report_id sha256 size signer signed_at author_id detail created_at"),
}
# Kinds laptops push but never pull.
PUSH_ONLY_KINDS = ("report",)
# A photo's blobs: the original (``sha256``) and, when it has one, the annotated copy.
PHOTO_BLOB_FIELDS = ("sha256", "annotated_sha256")


def photo_blobs(data: dict[str, Any]) -> set[str]:
    """The blob hashes a photo record's data names (a missing or empty annotated copy names none)."""
    return {v for k in PHOTO_BLOB_FIELDS if isinstance(v := data.get(k), str) and v}


# Kinds the sanity check compares (forms have no revision locally, people are the server's).
CHECKED_KINDS = ("client", "location", "visit", "answer", "photo", "review_comment", "score_override", "transition")


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
