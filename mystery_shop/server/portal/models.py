"""The portal's tables (migration ``s0002``): sessions, sign-in throttling, the index of published visits, mail.

``portal_visits`` is derived data: one row per published visit, kept up to
date from ``records`` by ``index.catch_up`` (a cursor over SEQ, like a
laptop's pull), so the list and the dashboard are one indexed query each. It
can be thrown away and rebuilt at any time (``reindex``).
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Date,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from ..models import Base, utcnow


class PortalSession(Base):
    """One signed-in browser: the cookie holds a random token, the table only its SHA-256."""

    __tablename__ = "portal_sessions"
    __table_args__ = (Index("ix_portal_sessions_user", "user_id"),)
    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    user_id: Mapped[str] = mapped_column(ForeignKey("users.id"))
    csrf: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    seen_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    expires_at: Mapped[dt.datetime] = mapped_column()


class PortalVisit(Base):
    __tablename__ = "portal_visits"
    __table_args__ = (
        Index("ix_portal_visits_client_date", "client_id", "scheduled_date"),
        Index("ix_portal_visits_auditor_date", "auditor_id", "scheduled_date"),
    )
    visit_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    client_id: Mapped[str] = mapped_column(String(36))
    auditor_id: Mapped[str | None] = mapped_column(String(36), nullable=True)
    location_id: Mapped[str] = mapped_column(String(36))
    location: Mapped[str] = mapped_column(String(300))
    scheduled_date: Mapped[dt.date] = mapped_column(Date)
    form_key: Mapped[str] = mapped_column(String(130))  # "form@version"
    form_title: Mapped[str] = mapped_column(String(300))
    total: Mapped[float | None] = mapped_column(Float, nullable=True)  # for sorting; the digest has it exactly
    score_text: Mapped[str] = mapped_column(String(20), default="")  # the total as people read it, "77.8"
    grade: Mapped[str] = mapped_column(String(80), default="")
    grade_min: Mapped[float | None] = mapped_column(Float, nullable=True)  # the band's floor, to sort by grade
    grade_colour: Mapped[str] = mapped_column(String(7), default="")  # "#rrggbb", the reports' colour of the band
    report_record: Mapped[str | None] = mapped_column(String(120), nullable=True)  # the ``report`` record's id
    report_number: Mapped[str] = mapped_column(String(60), default="")  # "V-20261120-3F2A1C"
    report_sha256: Mapped[str | None] = mapped_column(String(64), nullable=True)
    report_size: Mapped[int | None] = mapped_column(BigInteger, nullable=True)
    report_signer: Mapped[str] = mapped_column(String(300), default="")
    report_signed_at: Mapped[dt.datetime | None] = mapped_column(nullable=True)
    published_at: Mapped[dt.datetime | None] = mapped_column(nullable=True)
    search: Mapped[str] = mapped_column(Text, default="")  # casefolded words a search matches
    digest: Mapped[str | None] = mapped_column(Text, nullable=True)  # domain.digest.VisitDigest.to_json
    digest_format: Mapped[int] = mapped_column(Integer, default=0)
    visit_rev: Mapped[int] = mapped_column(Integer, default=0)


class PortalState(Base):
    __tablename__ = "portal_state"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    cursor: Mapped[int] = mapped_column(BigInteger, default=0)
    version: Mapped[int] = mapped_column(BigInteger, default=0)
    mail_after: Mapped[int] = mapped_column(BigInteger, default=0)


class PortalMail(Base):
    """A publish notice to send: one per client user and visit, sent once, retried a few times."""

    __tablename__ = "portal_mail"
    __table_args__ = (
        UniqueConstraint("user_id", "visit_id", name="uq_portal_mail_user_visit"),
        Index("ix_portal_mail_sent", "sent_at"),
    )
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    user_id: Mapped[str] = mapped_column(String(36))
    visit_id: Mapped[str] = mapped_column(String(36))
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    claimed_at: Mapped[dt.datetime | None] = mapped_column(nullable=True)
    next_try_at: Mapped[dt.datetime | None] = mapped_column(nullable=True)  # after a failure: not before then
    sent_at: Mapped[dt.datetime | None] = mapped_column(nullable=True)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    error: Mapped[str] = mapped_column(Text, default="")
    # What it tells (s0009): "published" (``visit_id`` is the visit), "appeal_filed" (the appeal's record id, to
    # the client's supervisors) or "appeal_decided" (the decision's record id, to the appellant).
    kind: Mapped[str] = mapped_column(String(20), default="published")


class PortalAction(Base):
    """An action plan item (issue 31): one per published visit and finding (``domain.actions.action_id``).

    The truth is its entries (``portal_action_entries``, append-only); ``status`` and the times after it are their
    fold (``domain.actions.fold``), kept here in the same transaction as each entry so the board is one query.
    """

    __tablename__ = "portal_actions"
    __table_args__ = (
        # The board's counts by location and status (overdue: by due time) read from this index alone.
        Index("ix_portal_actions_board", "client_id", "location_id", "status", "due_at"),
        Index("ix_portal_actions_client_due", "client_id", "due_at"),
    )
    id: Mapped[str] = mapped_column(String(160), primary_key=True)
    client_id: Mapped[str] = mapped_column(String(36))
    location_id: Mapped[str] = mapped_column(String(36))
    location: Mapped[str] = mapped_column(String(300))
    visit_id: Mapped[str] = mapped_column(String(36))
    scheduled_date: Mapped[dt.date] = mapped_column(Date)
    form_key: Mapped[str] = mapped_column(String(130))
    finding: Mapped[str] = mapped_column(String(110))  # "q:<question>" or "s:<section>"
    section_id: Mapped[str] = mapped_column(String(100))
    trigger: Mapped[str] = mapped_column(String(10))  # domain.actions.Trigger
    critical: Mapped[bool] = mapped_column(Boolean, default=False)
    title: Mapped[str] = mapped_column(Text, default="")  # the question's (or section's) text, in the form's language
    opened_at: Mapped[dt.datetime] = mapped_column()
    due_at: Mapped[dt.datetime] = mapped_column()
    status: Mapped[str] = mapped_column(String(20))
    done_at: Mapped[dt.datetime | None] = mapped_column(nullable=True)
    verified_at: Mapped[dt.datetime | None] = mapped_column(nullable=True)
    outcome: Mapped[str | None] = mapped_column(String(10), nullable=True)  # held, recurred
    recurs: Mapped[str | None] = mapped_column(String(160), nullable=True)  # the earlier action this one repeats


class PortalActionEntry(Base):
    """One append-only record of an action's history: who, when, what, a note, proof photos."""

    __tablename__ = "portal_action_entries"
    __table_args__ = (Index("ix_portal_action_entries_action", "action_id", "id"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    action_id: Mapped[str] = mapped_column(String(160))
    event: Mapped[str] = mapped_column(String(20))
    at: Mapped[dt.datetime] = mapped_column()
    actor_id: Mapped[str | None] = mapped_column(String(36), nullable=True)
    note: Mapped[str] = mapped_column(Text, default="")
    photos: Mapped[list[str] | None] = mapped_column(JSON(none_as_null=True), nullable=True)
    visit_id: Mapped[str | None] = mapped_column(String(36), nullable=True)
    link: Mapped[str | None] = mapped_column(String(160), nullable=True)


class PortalActionMail(Base):
    """One reminder digest per person and day (its actions due soon or overdue), sent once by whichever worker
    claims it first."""

    __tablename__ = "portal_action_mail"
    __table_args__ = (UniqueConstraint("user_id", "day", name="uq_portal_action_mail_user_day"),)
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    user_id: Mapped[str] = mapped_column(String(36))
    day: Mapped[dt.date] = mapped_column(Date)
    due_soon: Mapped[int] = mapped_column(Integer, default=0)
    overdue: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    claimed_at: Mapped[dt.datetime | None] = mapped_column(nullable=True)
    next_try_at: Mapped[dt.datetime | None] = mapped_column(nullable=True)
    sent_at: Mapped[dt.datetime | None] = mapped_column(nullable=True)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    error: Mapped[str] = mapped_column(Text, default="")
