"""Who may name, list and read a blob: whoever holds its bytes (uploaded them) or may see a record that names it.

A hash alone opens nothing: a photo record may name a blob already on the
server only if its pusher uploaded those bytes (a second upload of the same
bytes is checked byte for byte, and counts) or may see a record naming them;
``/blobs/missing`` answers "missing" for a blob the caller may not name,
exactly as for one the server lacks. Uploads no record names yet are held
against a quota per user, and collected a day after their last upload.
"""

from __future__ import annotations

import datetime as dt
import logging
from typing import Any

from sqlalchemy import BigInteger, Connection, String, delete, exists, func, or_, select
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Mapped, Session, mapped_column
from sqlalchemy.sql.elements import ColumnElement

from .blobs import ServerBlobs
from .db import Database
from .models import Base, Record, utcnow
from .scope import Caller, VisitRow, join_visit, visible

log = logging.getLogger(__name__)
KEEP_UNNAMED = dt.timedelta(days=1)  # an upload no record names is collected this long after it was made


class BlobUpload(Base):
    __tablename__ = "blob_uploads"
    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    user_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    size: Mapped[int] = mapped_column(BigInteger)
    uploaded_at: Mapped[dt.datetime] = mapped_column()


def _names(sha: Any) -> ColumnElement[bool]:  # a hash, or the column holding one
    """A record that names the blob: a photo's original or annotated copy, a signed report."""
    return or_(Record.blob == sha, Record.data["annotated_sha256"].as_string() == sha)


def seen_through_a_record(s: Session | Connection, caller: Caller, sha: str) -> bool:
    query = select(Record.id).outerjoin(VisitRow, join_visit()).where(_names(sha), visible(caller)).limit(1)
    return s.scalar(query) is not None


def uploaded(s: Session | Connection, caller: Caller, sha: str) -> bool:
    query = select(BlobUpload.sha256).where(BlobUpload.sha256 == sha, BlobUpload.user_id == caller.user_id)
    return s.scalar(query) is not None


def may_name(s: Session | Connection, caller: Caller, sha: str) -> bool:
    """The caller uploaded these bytes, or may see a record that names them (whether the server holds them or not:
    the answer must not tell)."""
    return uploaded(s, caller, sha) or seen_through_a_record(s, caller, sha)


def record_upload(db: Database, caller: Caller, sha: str, size: int) -> None:
    now = utcnow()
    with db.write() as s:
        insert = pg_insert if s.get_bind().dialect.name == "postgresql" else sqlite_insert
        stmt = insert(BlobUpload).values(sha256=sha, user_id=caller.user_id, size=size, uploaded_at=now)
        s.execute(stmt.on_conflict_do_update(index_elements=["sha256", "user_id"], set_={"uploaded_at": now}))


def unnamed_bytes(s: Session, user_id: str) -> int:
    """The bytes of ``user_id``'s uploads that no record names yet (what the quota counts)."""
    named = exists().where(_names(BlobUpload.sha256))
    total = s.scalar(select(func.coalesce(func.sum(BlobUpload.size), 0)).where(BlobUpload.user_id == user_id, ~named))
    return int(total or 0)


def collect(db: Database, blobs: ServerBlobs, now: dt.datetime | None = None) -> int:
    """Remove the blobs uploaded over a day ago that no record names (blobs from before uploads were kept, with no
    upload row, are never touched); how many were removed."""
    cutoff = (now or utcnow()) - KEEP_UNNAMED
    named = exists().where(_names(BlobUpload.sha256))
    with db.write() as s:
        recent = select(BlobUpload.sha256).where(BlobUpload.uploaded_at >= cutoff)
        stale = set(s.scalars(select(BlobUpload.sha256).where(~named, BlobUpload.sha256.not_in(recent)).distinct()))
        if stale:
            s.execute(delete(BlobUpload).where(BlobUpload.sha256.in_(stale)))
    for sha in stale:
        blobs.remove(sha)
    if stale:
        log.info("collected %d uploaded blobs that no record named", len(stale))
    return len(stale)
