"""Signing reports: the firm's key loaded once per run, a written PDF signed in place, the audit entry.

``reports`` signs the staged file last, after it is rendered and before it is
renamed into place, so a report that cannot be signed is never left behind.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from mystery_shop.domain.messages import message_of, msg

from . import signed_reports
from .rows import ServiceError
from .unit_of_work import unit_of_work
from .workspace import Workspace


@dataclass(frozen=True)
class Signing:
    """A loaded signing key and how to sign with it: made once, used for every report of a run."""

    signer: Any  # reports.signing.FirmSigner
    timestamp_url: str | None = None
    location: str | None = None

    @property
    def signer_name(self) -> str:
        return str(getattr(self.signer, "subject_name", "") or "")


def load_signing(
    p12: Path, passphrase: bytes | None, *, timestamp_url: str | None = None, location: str | None = None
) -> Signing:
    """Open the firm's key once; ServiceError with the reason (no such file, wrong passphrase…)."""
    from mystery_shop.reports.signing import SigningError, load_signer

    try:
        signer = load_signer(Path(p12), passphrase)
    except SigningError as e:
        raise ServiceError(message_of(e)) from None
    return Signing(signer, timestamp_url or None, location)


def sign_report(path: Path, sign: Signing, box: Any, reason: str) -> None:
    """Sign the PDF at ``path`` in place, in the space ``box`` its renderer reserved; ServiceError if it fails."""
    from mystery_shop.reports.signing import SigningError, sign_pdf

    try:
        sign_pdf(
            path, path, sign.signer, box=box, reason=reason, location=sign.location, timestamp_url=sign.timestamp_url
        )
    except SigningError as e:
        raise ServiceError(msg("The report could not be signed: {error}", error=message_of(e))) from None


def record_signed(ws: Workspace, visit_id: str, report_id: str, out: Path, digest: str, sign: Signing) -> None:
    """The audit log's "report" entry: which report was signed, by whom (the app's user), with which key;
    and an approved visit's signed PDF kept for publishing (``signed_reports``)."""
    detail = f"signed report {report_id} ({out.name}, SHA-256 {digest})"
    if sign.signer_name:
        detail += f" with the certificate of {sign.signer_name}"
    with unit_of_work(ws) as w:
        signed_reports.keep(w.s, ws.blobs, visit_id, report_id, out, sign.signer_name, ws.me.id)
        w.audit(visit_id, "report", detail)
