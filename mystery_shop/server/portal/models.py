"""The portal's tables (migration ``s0002``): sessions, sign-in throttling, the index of published visits, mail.

``portal_visits`` is derived data: one row per published visit, kept up to
date from ``records`` by ``index.catch_up`` (a cursor over SEQ, like a
laptop's pull), so the list and the dashboard are one indexed query each. It
can be thrown away and rebuilt at any time (``reindex``).
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import BigInteger, Date, Float, ForeignKey, Index, Integer, String, Text, UniqueConstraint
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
