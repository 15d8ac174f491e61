"""The server's tables.

Every synced record lives in ``records``: its kind, id, revision, the SEQ of
its last accepted write, the scope columns that authorisation filters on
(visit, client, auditor, status) and its data as JSON. One table keeps pull,
SEQ assignment and the sanity check one query each, whatever the kind
(docs/sync.md says why). Accounts and devices are the server's own and never
travel as records, except a ``person`` copy of each user so laptops can show
names.
"""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any, ClassVar

from sqlalchemy import JSON, BigInteger, Boolean, DateTime, ForeignKey, Index, Integer, String, Text, text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column
from sqlalchemy.types import TypeDecorator


def new_id() -> str:
    return str(uuid.uuid4())


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class UtcDateTime(TypeDecorator[dt.datetime]):
    """Aware UTC in, aware UTC out, on SQLite (no zones) and PostgreSQL alike."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: dt.datetime | None, dialect: Any) -> dt.datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime: pass an aware one")
        return value.astimezone(dt.UTC)

    def process_result_value(self, value: dt.datetime | None, dialect: Any) -> dt.datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=dt.UTC) if value.tzinfo is None else value.astimezone(dt.UTC)


class Base(DeclarativeBase):
    type_annotation_map: ClassVar[dict[Any, Any]] = {dict[str, Any]: JSON, dt.datetime: UtcDateTime()}


class User(Base):
    __tablename__ = "users"
    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    username: Mapped[str] = mapped_column(String(80), unique=True)
    display_name: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(20))  # domain.workflow.Role
    client_id: Mapped[str | None] = mapped_column(String(36), nullable=True)  # supervisor's or client user's
    password_hash: Mapped[str] = mapped_column(Text)
    email: Mapped[str | None] = mapped_column(String(320), nullable=True)  # for the portal's publish notices
    # The portal's language for this account (its pages and its mails); None: the browser's (mails: English).
    language: Mapped[str | None] = mapped_column(String(8), nullable=True)
    disabled: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    # A client account's locations (ids, domain.access.LocationScope); None: the whole client (s0009).
    locations: Mapped[list[str] | None] = mapped_column(JSON(none_as_null=True), nullable=True)


class Device(Base):
    """One signed-in device: its token is stored only as a SHA-256 hash, and revoked per device."""

    __tablename__ = "devices"
    __table_args__ = (Index("ix_devices_user", "user_id"),)
    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    user_id: Mapped[str] = mapped_column(ForeignKey("users.id"))
    name: Mapped[str] = mapped_column(String(200))
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    expires_at: Mapped[dt.datetime] = mapped_column()
    revoked_at: Mapped[dt.datetime | None] = mapped_column(nullable=True)


def _present(column: str) -> dict[str, Any]:
    """A partial index's condition, on both databases: the rows where ``column`` has a value."""
    return {"postgresql_where": text(f"{column} IS NOT NULL"), "sqlite_where": text(f"{column} IS NOT NULL")}


class Record(Base):
    __tablename__ = "records"
    __table_args__ = (
        Index("ix_records_seq", "seq", unique=True),
        Index("ix_records_visit", "visit_id"),
        Index("ix_records_client", "client_id"),
        # Only the rows that have one (visits; photos): answers, most of the table, are not in them.
        Index("ix_records_auditor", "auditor_id", **_present("auditor_id")),
        Index("ix_records_natural", "kind", "natural_key", unique=True),
        Index("ix_records_blob", "blob", **_present("blob")),
    )
    kind: Mapped[str] = mapped_column(String(30), primary_key=True)
    id: Mapped[str] = mapped_column(String(120), primary_key=True)
    rev: Mapped[int] = mapped_column(Integer, default=1)
    # NULL only inside the writing transaction, until the SEQ counter hands out numbers.
    seq: Mapped[int | None] = mapped_column(BigInteger, nullable=True)
    visit_id: Mapped[str | None] = mapped_column(String(36), nullable=True)
    client_id: Mapped[str | None] = mapped_column(String(36), nullable=True)
    auditor_id: Mapped[str | None] = mapped_column(String(36), nullable=True)  # visits only
    status: Mapped[str | None] = mapped_column(String(20), nullable=True)  # visits only
    natural_key: Mapped[str | None] = mapped_column(String(300), nullable=True)  # e.g. an answer's visit:question
    blob: Mapped[str | None] = mapped_column(String(64), nullable=True)  # a photo's SHA-256
    last_device: Mapped[str | None] = mapped_column(String(36), nullable=True)
    data: Mapped[dict[str, Any]] = mapped_column(JSON)
    updated_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class Counter(Base):
    """The one SEQ counter row: updated at the end of every write transaction, so writes commit in SEQ order."""

    __tablename__ = "seq_counter"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    value: Mapped[int] = mapped_column(BigInteger, default=0)


class OpResult(Base):
    """The stored answer to one pushed operation: a replay gets it back and changes nothing.

    Most operations are applied with a new SEQ: their answer is stored as its revision and its position in the
    batch (``result`` NULL; the SEQ is the batch's ``seq_base`` plus ``pos``, the id the operation's own), so a
    push of 250 answers does not store 250 copies of the same JSON (``batches.py``). Any other answer is stored
    whole; ``pos`` then fills in its SEQ when it has one. Rows from before s0005 have only ``result``.
    """

    __tablename__ = "op_results"
    op_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    user_id: Mapped[str] = mapped_column(String(36))
    payload_hash: Mapped[str] = mapped_column(String(64))
    result: Mapped[dict[str, Any] | None] = mapped_column(JSON(none_as_null=True), nullable=True)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    batch_id: Mapped[str | None] = mapped_column(String(36), nullable=True)
    rev: Mapped[int | None] = mapped_column(Integer, nullable=True)
    pos: Mapped[int | None] = mapped_column(Integer, nullable=True)


class PushBatch(Base):
    __tablename__ = "push_batches"
    batch_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    user_id: Mapped[str] = mapped_column(String(36))
    payload_hash: Mapped[str] = mapped_column(String(64))
    # Before s0005, every answer of the batch (a second copy of ``op_results``); NULL since: a replayed batch gets
    # its operations' stored answers.
    results: Mapped[list[dict[str, Any]] | None] = mapped_column(JSON(none_as_null=True), nullable=True)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    # Results stored before the batch took its SEQ numbers carry their position instead (``records.py``).
    seq_base: Mapped[int | None] = mapped_column(BigInteger, nullable=True)


class Release(Base):
    """A version of the app the admin announces (``server releases add``): the app shows it as an update."""

    __tablename__ = "releases"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    version: Mapped[str] = mapped_column(String(40))
    platform: Mapped[str] = mapped_column(String(20), default="any")  # any, linux, windows, macos
    url: Mapped[str] = mapped_column(Text)
    notes: Mapped[str] = mapped_column(Text, default="")
    added_at: Mapped[dt.datetime] = mapped_column(UtcDateTime, default=utcnow)

    __table_args__ = (Index("ux_releases_version_platform", "version", "platform", unique=True),)


class Throttle(Base):
    """Failed sign-ins per user name and per address, to the API and the portal alike (``throttle``): after a
    few, the next try must wait. (The table keeps the name it had when only the portal counted them.)"""

    __tablename__ = "portal_throttle"
    key: Mapped[str] = mapped_column(String(200), primary_key=True)
    failures: Mapped[int] = mapped_column(Integer, default=0)
    window_start: Mapped[dt.datetime] = mapped_column(default=utcnow)
    blocked_until: Mapped[dt.datetime | None] = mapped_column(nullable=True)
