"""The local database's tables (SQLAlchemy 2 declarative models).

Every record that syncs has a UUID made where it was created, ``rev`` (the
server's revision, 0 until the server has it) and ``updated_at``. Comments,
overrides and the audit log are append-only. Schema changes go through the
Alembic migrations in ``store/migrations``.
"""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any, ClassVar

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
    false,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column
from sqlalchemy.types import TypeDecorator


def new_id() -> str:
    return str(uuid.uuid4())


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class UtcDateTime(TypeDecorator[dt.datetime]):
    """Stored as naive UTC (SQLite keeps no zone); always read back as aware UTC."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: dt.datetime | None, dialect: Any) -> dt.datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime: pass an aware one")
        return value.astimezone(dt.UTC).replace(tzinfo=None)

    def process_result_value(self, value: dt.datetime | None, dialect: Any) -> dt.datetime | None:
        return None if value is None else value.replace(tzinfo=dt.UTC)


class Base(DeclarativeBase):
    type_annotation_map: ClassVar[dict[Any, Any]] = {dict[str, Any]: JSON, dt.datetime: UtcDateTime()}


class Synced:
    """Columns every synced record has."""

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    rev: Mapped[int] = mapped_column(Integer, default=0)
    updated_at: Mapped[dt.datetime] = mapped_column(default=utcnow, onupdate=utcnow)


class Person(Synced, Base):
    """A user known to this profile: the local user, auditors, supervisors."""

    __tablename__ = "people"
    username: Mapped[str] = mapped_column(String(80), unique=True)
    display_name: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(20))  # domain.workflow.Role


class Client(Synced, Base):
    __tablename__ = "clients"
    name: Mapped[str] = mapped_column(String(200), unique=True)
    archived: Mapped[bool] = mapped_column(Boolean, default=False)
    language: Mapped[str | None] = mapped_column(String(16), nullable=True)  # its reports'; None: English
    check_settings: Mapped[Any] = mapped_column(JSON, nullable=True)  # cross_checks.CheckSettings; None: defaults
    appeal_window_days: Mapped[int | None] = mapped_column(Integer, nullable=True)  # None: domain.appeals' default


class Location(Synced, Base):
    __tablename__ = "locations"
    __table_args__ = (UniqueConstraint("client_id", "name"),)
    client_id: Mapped[str] = mapped_column(ForeignKey("clients.id"))
    name: Mapped[str] = mapped_column(String(200))
    address: Mapped[str] = mapped_column(Text, default="")
    latitude: Mapped[float | None] = mapped_column(Float, nullable=True)
    longitude: Mapped[float | None] = mapped_column(Float, nullable=True)
    archived: Mapped[bool] = mapped_column(Boolean, default=False)
    time_zone: Mapped[str | None] = mapped_column(String(64), nullable=True)  # IANA name; None: the computer's


class ActionRule(Synced, Base):
    """Which findings of a client's visits open an action plan (domain.actions.ActionRules); form_id "": every form."""

    __tablename__ = "action_rules"
    __table_args__ = (UniqueConstraint("client_id", "form_id"),)
    client_id: Mapped[str] = mapped_column(ForeignKey("clients.id"))
    form_id: Mapped[str] = mapped_column(String(100), default="")
    settings: Mapped[Any] = mapped_column(JSON, nullable=True)


class FormVersion(Base):
    """One version of a form, kept whole so an old visit renders with its own form."""

    __tablename__ = "forms"
    form_id: Mapped[str] = mapped_column(String(100), primary_key=True)
    version: Mapped[int] = mapped_column(Integer, primary_key=True)
    title: Mapped[str] = mapped_column(String(300))
    source: Mapped[str] = mapped_column(Text)  # the YAML as written
    imported_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    archived: Mapped[bool] = mapped_column(Boolean, default=False)


class Visit(Synced, Base):
    __tablename__ = "visits"
    __table_args__ = (Index("ix_visits_status", "status"), Index("ix_visits_scheduled", "scheduled_date"))
    form_id: Mapped[str] = mapped_column(String(100))
    form_version: Mapped[int] = mapped_column(Integer)
    location_id: Mapped[str] = mapped_column(ForeignKey("locations.id"))
    auditor_id: Mapped[str | None] = mapped_column(ForeignKey("people.id"), nullable=True)
    scheduled_date: Mapped[dt.date] = mapped_column(Date)
    due_date: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    scenario: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(20), default="draft")  # domain.workflow.VisitStatus
    started_at: Mapped[dt.datetime | None] = mapped_column(nullable=True)
    finished_at: Mapped[dt.datetime | None] = mapped_column(nullable=True)
    signature_png: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)
    signed_by: Mapped[str | None] = mapped_column(String(200), nullable=True)
    signed_at: Mapped[dt.datetime | None] = mapped_column(nullable=True)
    attestation: Mapped[str | None] = mapped_column(Text, nullable=True)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    # The score as of the last change, for lists and sorting; the answers are the truth.
    score_total: Mapped[float | None] = mapped_column(Float, nullable=True)
    grade: Mapped[str | None] = mapped_column(String(100), nullable=True)
    complete: Mapped[bool] = mapped_column(Boolean, default=False)
    critical_failed: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())


class Answer(Synced, Base):
    __tablename__ = "answers"
    __table_args__ = (UniqueConstraint("visit_id", "question_id"),)
    visit_id: Mapped[str] = mapped_column(ForeignKey("visits.id", ondelete="CASCADE"))
    question_id: Mapped[str] = mapped_column(String(100))
    value: Mapped[Any] = mapped_column(JSON, nullable=True)  # None: unanswered or N/A
    na: Mapped[bool] = mapped_column(Boolean, default=False)
    comment: Mapped[str] = mapped_column(Text, default="")


class Photo(Synced, Base):
    __tablename__ = "photos"
    __table_args__ = (Index("ix_photos_visit", "visit_id"), Index("ix_photos_sha", "sha256"))
    visit_id: Mapped[str] = mapped_column(ForeignKey("visits.id", ondelete="CASCADE"))
    section_id: Mapped[str] = mapped_column(String(100))
    question_id: Mapped[str | None] = mapped_column(String(100), nullable=True)
    sha256: Mapped[str] = mapped_column(String(64))
    filename: Mapped[str] = mapped_column(String(500), default="")
    size: Mapped[int] = mapped_column(Integer, default=0)
    width: Mapped[int] = mapped_column(Integer, default=0)
    height: Mapped[int] = mapped_column(Integer, default=0)
    taken_at: Mapped[dt.datetime | None] = mapped_column(nullable=True)
    latitude: Mapped[float | None] = mapped_column(Float, nullable=True)
    longitude: Mapped[float | None] = mapped_column(Float, nullable=True)
    caption: Mapped[str] = mapped_column(Text, default="")
    position: Mapped[int] = mapped_column(Integer, default=0)
    annotated_sha256: Mapped[str | None] = mapped_column(String(64), nullable=True)
    deleted: Mapped[bool] = mapped_column(Boolean, default=False)  # kept for undo and sync
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class ReviewComment(Synced, Base):
    __tablename__ = "review_comments"
    __table_args__ = (Index("ix_comments_visit", "visit_id"),)
    visit_id: Mapped[str] = mapped_column(ForeignKey("visits.id", ondelete="CASCADE"))
    question_id: Mapped[str | None] = mapped_column(String(100), nullable=True)  # None: the whole visit
    author_id: Mapped[str] = mapped_column(ForeignKey("people.id"))
    text: Mapped[str] = mapped_column(Text)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class ScoreOverride(Synced, Base):
    __tablename__ = "score_overrides"
    __table_args__ = (Index("ix_overrides_visit", "visit_id"),)
    visit_id: Mapped[str] = mapped_column(ForeignKey("visits.id", ondelete="CASCADE"))
    question_id: Mapped[str] = mapped_column(String(100))
    points: Mapped[str] = mapped_column(String(40))  # exact decimal text, e.g. "2.5"
    reason: Mapped[str] = mapped_column(Text)
    author_id: Mapped[str] = mapped_column(ForeignKey("people.id"))
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    appeal_id: Mapped[str | None] = mapped_column(String(36), nullable=True)  # an accepted appeal's override


class AuditEntry(Synced, Base):
    """The append-only audit log: transitions, overrides, comments, signings."""

    __tablename__ = "audit_log"
    __table_args__ = (Index("ix_audit_visit", "visit_id"),)
    visit_id: Mapped[str] = mapped_column(ForeignKey("visits.id", ondelete="CASCADE"))
    # transition | plan | sign | unsign (synced: domain.kinds) | override | comment | report (their records sync)
    kind: Mapped[str] = mapped_column(String(20))
    from_status: Mapped[str | None] = mapped_column(String(20), nullable=True)
    to_status: Mapped[str | None] = mapped_column(String(20), nullable=True)
    actor_id: Mapped[str | None] = mapped_column(ForeignKey("people.id"), nullable=True)
    detail: Mapped[str] = mapped_column(Text, default="")
    at: Mapped[dt.datetime] = mapped_column(default=utcnow)  # when it happened on the device that made it
    received_at: Mapped[dt.datetime | None] = mapped_column(nullable=True)  # when the server had it (pulled)


class SignedReport(Synced, Base):
    """A visit report the app signed while the visit was approved, its PDF kept in the blob store.

    Publishing sends the newest of them to the server (a ``report`` record, the
    PDF as a blob), so the client portal serves exactly what was signed.
    """

    __tablename__ = "signed_reports"
    __table_args__ = (Index("ix_signed_reports_visit", "visit_id"),)
    visit_id: Mapped[str] = mapped_column(ForeignKey("visits.id", ondelete="CASCADE"))
    report_id: Mapped[str] = mapped_column(String(40))  # "V-20261120-3F2A1C"
    sha256: Mapped[str] = mapped_column(String(64))
    size: Mapped[int] = mapped_column(Integer)
    signer: Mapped[str] = mapped_column(String(300), default="")  # the certificate's name
    signed_by: Mapped[str | None] = mapped_column(ForeignKey("people.id"), nullable=True)  # the app's user
    signed_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    visit_status: Mapped[str] = mapped_column(String(20))  # the visit's status when it was signed
    filename: Mapped[str] = mapped_column(String(300), default="")


class OutboxEntry(Base):
    """A local change waiting to be pushed, written in the same transaction as the change."""

    __tablename__ = "outbox"
    op_id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    seq: Mapped[int] = mapped_column(Integer, index=True)  # local order
    kind: Mapped[str] = mapped_column(String(30))
    record_id: Mapped[str] = mapped_column(String(36))
    fields: Mapped[dict[str, Any]] = mapped_column(JSON)
    base_rev: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    refused_reason: Mapped[str | None] = mapped_column(Text, nullable=True)


class SyncState(Base):
    """The sync engine's bookmarks (cursor, server, account), moved in the same transaction as the data."""

    __tablename__ = "sync_state"
    key: Mapped[str] = mapped_column(String(40), primary_key=True)
    value: Mapped[Any] = mapped_column(JSON, nullable=True)


class ProfileInfo(Base):
    """Facts about the profile itself: ``opened_by``, the app version that last opened it (store.db)."""

    __tablename__ = "profile_info"
    key: Mapped[str] = mapped_column(String(40), primary_key=True)
    value: Mapped[str] = mapped_column(Text, nullable=False)


class SyncIssue(Base):
    """A pushed change the server did not take (conflict or rejected): both versions, until a person resolves it."""

    __tablename__ = "sync_issues"
    __table_args__ = (Index("ix_sync_issues_open", "resolved_at"),)
    op_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    kind: Mapped[str] = mapped_column(String(30))
    record_id: Mapped[str] = mapped_column(String(120))
    status: Mapped[str] = mapped_column(String(20))  # conflict | rejected
    code: Mapped[int] = mapped_column(Integer, default=0)
    reason: Mapped[str] = mapped_column(Text, default="")
    local: Mapped[dict[str, Any]] = mapped_column(JSON)  # what this device sent
    server: Mapped[Any] = mapped_column(JSON, nullable=True)  # the server's copy, when it has one
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    resolved_at: Mapped[dt.datetime | None] = mapped_column(nullable=True)


class VisitDigest(Base):
    """A reported visit's digest (``domain.digest``): what the period figures need of it, scored once.

    A local cache, never synced. It holds only while the visit keeps the form
    version recorded here and ``format`` is ``domain.digest.FORMAT``; triggers
    (migration 0003) delete it whenever an answer or override of the visit is
    written, by any path, sync included. A missing or stale digest is recomputed
    from the answers, never trusted.
    """

    __tablename__ = "visit_digests"
    visit_id: Mapped[str] = mapped_column(ForeignKey("visits.id", ondelete="CASCADE"), primary_key=True)
    form_id: Mapped[str] = mapped_column(String(100))
    form_version: Mapped[int] = mapped_column(Integer)
    format: Mapped[int] = mapped_column(Integer)
    data: Mapped[str] = mapped_column(Text)  # VisitDigest.to_json()
    computed_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


# ------------------------------------------------------------ appeals (docs/appeals.md; all append-only records)


class Appeal(Synced, Base):
    """A client's appeal of one question of a published visit, filed on the portal (pulled, never pushed)."""

    __tablename__ = "appeals"
    __table_args__ = (Index("ix_appeals_visit", "visit_id"),)
    visit_id: Mapped[str] = mapped_column(ForeignKey("visits.id", ondelete="CASCADE"))
    question_id: Mapped[str] = mapped_column(String(100))
    category: Mapped[str] = mapped_column(String(40))  # domain.appeals.Category
    argument: Mapped[str] = mapped_column(Text)
    author_id: Mapped[str | None] = mapped_column(String(36), nullable=True)  # the client account (a person)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class AppealFile(Synced, Base):
    """An appeal's evidence file, its bytes a blob like a photo's."""

    __tablename__ = "appeal_files"
    __table_args__ = (Index("ix_appeal_files_appeal", "appeal_id"),)
    appeal_id: Mapped[str] = mapped_column(String(36))
    visit_id: Mapped[str] = mapped_column(ForeignKey("visits.id", ondelete="CASCADE"))
    sha256: Mapped[str] = mapped_column(String(64))
    filename: Mapped[str] = mapped_column(String(500), default="")
    size: Mapped[int] = mapped_column(Integer)
    media_type: Mapped[str] = mapped_column(String(40))
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class AppealDecision(Synced, Base):
    """The one outcome of an appeal: accepted (with the question's new points), declined, or withdrawn."""

    __tablename__ = "appeal_decisions"
    __table_args__ = (Index("ix_appeal_decisions_appeal", "appeal_id"),)
    appeal_id: Mapped[str] = mapped_column(String(36))
    visit_id: Mapped[str] = mapped_column(ForeignKey("visits.id", ondelete="CASCADE"))
    outcome: Mapped[str] = mapped_column(String(20))  # domain.appeals.Outcome
    points: Mapped[str | None] = mapped_column(String(40), nullable=True)
    reply: Mapped[str | None] = mapped_column(Text, nullable=True)
    author_id: Mapped[str | None] = mapped_column(String(36), nullable=True)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class AppealAccount(Synced, Base):
    """The supervisor asks the visit's auditor for their account of an appealed finding, and the auditor gives it."""

    __tablename__ = "appeal_accounts"
    __table_args__ = (Index("ix_appeal_accounts_appeal", "appeal_id"),)
    appeal_id: Mapped[str] = mapped_column(String(36))
    visit_id: Mapped[str] = mapped_column(ForeignKey("visits.id", ondelete="CASCADE"))
    what: Mapped[str] = mapped_column(String(10))  # request, answer
    text: Mapped[str] = mapped_column(Text)
    author_id: Mapped[str | None] = mapped_column(String(36), nullable=True)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
