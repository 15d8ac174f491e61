"""The signed reports of approved visits, kept for publishing: the PDF in the blob store, a row per report.

A report signed while its visit is approved is what the client will get: it
says APPROVED, and nothing in it can change any more (answers and overrides
are locked). Publishing sends the newest one to the server as the visit's
``report`` record, its PDF as a blob (docs/portal.md); the client portal
serves those bytes. Reports signed before approval are drafts and stay where
they were written.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from mystery_shop.domain.workflow import VisitStatus
from mystery_shop.store import models as m
from mystery_shop.store.blobs import BlobStore

from .outbox import record_change


@dataclass(frozen=True, slots=True)
class SignedReportRow:
    id: str
    visit_id: str
    report_id: str
    sha256: str
    size: int
    signer: str
    signed_at: dt.datetime
    filename: str


def keep(
    s: Session, blobs: BlobStore, visit_id: str, report_id: str, pdf: Path, signer: str, signed_by: str | None
) -> SignedReportRow | None:
    """Keep the signed PDF of an approved visit (in the caller's transaction); None for a visit not approved."""
    status = s.scalar(select(m.Visit.status).where(m.Visit.id == visit_id))
    if status != VisitStatus.APPROVED.value and not needs_revision(s, visit_id):
        return None  # a draft report (not approved yet), or a published visit's: it has its report already
    stored = blobs.put_file(pdf)
    row = m.SignedReport(visit_id=visit_id, report_id=report_id, sha256=stored.sha256, size=stored.size,
                         signer=signer, signed_by=signed_by, signed_at=m.utcnow(), visit_status=status,
                         filename=pdf.name)  # fmt: skip
    s.add(row)
    s.flush()
    return _row(row)


def needs_revision(s: Session, visit_id: str) -> bool:
    """A published visit whose score an accepted appeal changed after its newest signed report: the client gets
    a revised report (docs/appeals.md). The server allows one more report per accepted appeal's override."""
    status = s.scalar(select(m.Visit.status).where(m.Visit.id == visit_id))
    if status != VisitStatus.PUBLISHED.value:
        return False
    changed = s.scalar(
        select(m.ScoreOverride.created_at).where(m.ScoreOverride.visit_id == visit_id,
                                                 m.ScoreOverride.appeal_id.is_not(None))
        .order_by(m.ScoreOverride.created_at.desc()).limit(1)
    )  # fmt: skip
    signed = s.scalar(
        select(m.SignedReport.signed_at).where(m.SignedReport.visit_id == visit_id)
        .order_by(m.SignedReport.signed_at.desc()).limit(1)
    )  # fmt: skip
    return changed is not None and (signed is None or signed < changed)


def newest(s: Session, blobs: BlobStore, visit_id: str) -> SignedReportRow | None:
    """The newest kept report of the visit whose PDF is still here, or None."""
    q = select(m.SignedReport).where(m.SignedReport.visit_id == visit_id).order_by(m.SignedReport.signed_at.desc())
    for row in s.scalars(q):
        if blobs.has(row.sha256):
            return _row(row)
    return None


def queue(s: Session, report: SignedReportRow, author_id: str) -> None:
    """Send the report with the next sync: its record (the blob goes first, as photos' do)."""
    record_change(s, "report", report.id, report_data(report, author_id))


def report_data(report: SignedReportRow, author_id: str) -> dict[str, Any]:
    return {
        "visit_id": report.visit_id,
        "report_id": report.report_id,
        "sha256": report.sha256,
        "size": report.size,
        "signer": report.signer,
        "signed_at": report.signed_at.isoformat(),
        "author_id": author_id,
        "detail": f"signed report {report.report_id} ({report.filename}, SHA-256 {report.sha256})",
    }


def _row(r: m.SignedReport) -> SignedReportRow:
    return SignedReportRow(r.id, r.visit_id, r.report_id, r.sha256, r.size, r.signer, r.signed_at, r.filename)
