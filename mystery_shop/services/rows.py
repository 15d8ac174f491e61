"""Plain rows handed to screens and commands: frozen, no ORM objects, no sessions."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from fractions import Fraction

from mystery_shop.domain.audit import received_apart
from mystery_shop.domain.languages import SOURCE
from mystery_shop.domain.workflow import Role, VisitStatus


class ServiceError(Exception):
    """A refusal meant for a person: shown as it is, never as a traceback."""


@dataclass(frozen=True, slots=True)
class PersonRow:
    id: str
    username: str
    display_name: str
    role: Role


@dataclass(frozen=True, slots=True)
class ClientRow:
    id: str
    name: str
    archived: bool
    language: str = SOURCE  # the language of its reports (and its portal users' default)


@dataclass(frozen=True, slots=True)
class LocationRow:
    id: str
    client_id: str
    client_name: str
    name: str
    address: str
    latitude: float | None
    longitude: float | None
    archived: bool
    time_zone: str | None = None  # IANA name; None: the computer's own


@dataclass(frozen=True, slots=True)
class FormRow:
    form_id: str
    version: int
    title: str
    archived: bool


@dataclass(frozen=True, slots=True)
class VisitRow:
    """One line of the visit list."""

    id: str
    scheduled_date: dt.date
    due_date: dt.date | None
    client_id: str
    client: str
    location_id: str
    location: str
    form_id: str
    form_version: int
    form_title: str
    auditor: str
    status: VisitStatus
    score: float | None
    grade: str | None
    complete: bool
    auditor_id: str | None = None
    critical_failed: bool = False  # a critical question failed: the reason a total may be 0


@dataclass(frozen=True, slots=True)
class VisitHeader:
    id: str
    form_id: str
    form_version: int
    client_id: str
    client: str
    location_id: str
    location: str
    address: str
    latitude: float | None
    longitude: float | None
    auditor_id: str | None
    auditor: str
    scheduled_date: dt.date
    due_date: dt.date | None
    scenario: str
    status: VisitStatus
    started_at: dt.datetime | None
    finished_at: dt.datetime | None
    signed_by: str | None
    signed_at: dt.datetime | None
    attestation: str | None
    has_signature: bool
    time_zone: str | None = None  # the location's IANA zone; None: the computer's own


@dataclass(frozen=True, slots=True)
class ReviewCommentRow:
    id: str
    question_id: str | None
    author: str
    text: str
    created_at: dt.datetime


@dataclass(frozen=True, slots=True)
class OverrideRow:
    id: str
    question_id: str
    points: Fraction
    reason: str
    author: str
    created_at: dt.datetime


@dataclass(frozen=True, slots=True)
class AuditRow:
    kind: str
    from_status: str | None
    to_status: str | None
    actor: str
    detail: str
    at: dt.datetime  # when it happened on the device that made it
    received_at: dt.datetime | None = None  # when the server received it (None: not synced)

    @property
    def server_time(self) -> dt.datetime | None:
        """The server's time of receipt where it differs from ``at`` (``domain.audit``), for the trail to show."""
        return received_apart(self.at, self.received_at)


@dataclass(frozen=True, slots=True)
class PhotoRow:
    id: str
    section_id: str
    question_id: str | None
    sha256: str
    filename: str
    width: int
    height: int
    taken_at: dt.datetime | None
    latitude: float | None
    longitude: float | None
    caption: str
    position: int
    annotated_sha256: str | None = None  # the annotated copy, when the auditor marked the photo up
