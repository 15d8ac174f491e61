"""Checking a signed report: who signed it, when, and whether it is still what was signed (pyHanko).

``verify_pdf`` never raises for a bad file: a missing, damaged, truncated,
unsigned or altered file is a :class:`Verification` with ``ok`` false and the
reasons in words. Only an unusable ``--trust`` certificate raises
:class:`TrustFileError`, because that is the caller's mistake, not the file's.

``ok`` means the signature is intact (the signed bytes are unchanged and the
signature over them is valid) and covers the entire file (nothing was added
after signing). Whether the signer is *trusted* is reported beside it and does
not change ``ok``: it needs a certificate to trust, which the client supplies.
"""

from __future__ import annotations

import datetime as dt
import io
import logging
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from asn1crypto import pem
from asn1crypto import x509 as asn1_x509
from cryptography import x509
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign.validation import EmbeddedPdfSignature, validate_pdf_signature
from pyhanko.sign.validation.settings import KeyUsageConstraints
from pyhanko.sign.validation.status import PdfSignatureStatus, SignatureCoverageLevel
from pyhanko_certvalidator import ValidationContext

from mystery_shop.reports.signing import display_name, subject_text

log = logging.getLogger(__name__)

# pyHanko logs every failed chain of trust as a warning with a traceback; we
# report those in words instead (see _quiet_validation_log).
_VALIDATION_LOGGER = "pyhanko.sign.validation.generic_cms"


class TrustFileError(Exception):
    """The certificate given to trust cannot be used; the message is meant for a person."""


@dataclass
class Verification:
    """The outcome of checking one file, in the words the ``verify`` command prints."""

    path: Path
    ok: bool = False
    reasons: list[str] = field(default_factory=list)
    readable: bool = True  # false: no such file, or it could not be read at all
    signed: bool = False
    signer: str | None = None  # the certificate's common name
    signer_subject: str | None = None  # the whole subject: "CN=…, O=…"
    signing_time: dt.datetime | None = None  # as the signer's computer said
    timestamp_time: dt.datetime | None = None  # from a timestamp authority (PAdES B-T), if any
    timestamp_authority: str | None = None
    covers_whole_file: bool | None = None
    intact: bool | None = None
    trusted: bool | None = None  # None: not checked against a trusted certificate
    signatures: int = 0
    level: str | None = None  # "PAdES B-B" or "PAdES B-T" (or "PKCS#7" for non-PAdES signatures)

    def fail(self, reason: str) -> Verification:
        self.ok = False
        self.reasons.append(reason)
        return self


def load_trusted_certificate(path: Path) -> asn1_x509.Certificate:
    """Read a certificate (PEM or DER) to trust, as ``--trust`` names it."""
    try:
        data = Path(path).read_bytes()
    except FileNotFoundError:
        raise TrustFileError(f"{path}: no such file (the certificate to trust)") from None
    except OSError as e:
        raise TrustFileError(f"{path}: cannot read the certificate to trust ({e.strerror or e})") from None
    try:
        if pem.detect(data):
            _kind, _headers, data = pem.unarmor(data)
        cert = asn1_x509.Certificate.load(data, strict=True)
        cert.native  # noqa: B018  (parses it all now, so a broken file fails here)
    except Exception:  # asn1crypto raises many kinds for malformed input
        raise TrustFileError(f"{path}: not a certificate (expected a PEM or DER .crt file)") from None
    return cert


def verify_pdf(path: Path, trust: Path | asn1_x509.Certificate | None = None) -> Verification:
    """Check the signature of the PDF at ``path``; ``trust`` is a certificate file (or certificate) to trust."""
    path = Path(path)
    trusted_cert = load_trusted_certificate(Path(trust)) if isinstance(trust, (str, Path)) else trust
    result = Verification(path=path)
    data = _read(path, result)
    if data is None:
        return result
    if not data:
        return result.fail("the file is empty")
    if b"%PDF-" not in data[:1024]:
        return result.fail("not a PDF file")
    truncated = not data.rstrip(b"\r\n\t\x00 ").endswith(b"%%EOF")

    try:
        reader = PdfFileReader(io.BytesIO(data), strict=False)
        embedded = [s for s in reader.embedded_signatures if s.sig_object_type == "/Sig"]
    except Exception as e:  # a damaged file can fail anywhere in the parser
        log.debug("cannot parse %s", path, exc_info=True)
        result.intact = result.covers_whole_file = False
        if truncated:
            return result.fail("the file is cut short (truncated): it does not end as a PDF does, so it is incomplete")
        return result.fail(f"the file is damaged and cannot be read as a PDF ({_short(e)}): it was altered")

    result.signatures = len(embedded)
    if not embedded:
        if truncated:
            result.intact = result.covers_whole_file = False
            result.fail("the file is cut short (truncated)")
        return result.fail("the file has no digital signature")
    result.signed = True

    try:
        statuses = [_validate(sig, trusted_cert) for sig in embedded]
    except Exception as e:  # a damaged signature or byte range
        log.debug("cannot validate %s", path, exc_info=True)
        result.intact = result.covers_whole_file = False
        if truncated or _range_beyond_end(embedded[-1], len(data)):
            return result.fail("the file is cut short (truncated): the signed part is incomplete")
        return result.fail(f"the signature cannot be checked: it is damaged ({_short(e)})")

    _judge(result, data, embedded, statuses, trusted_cert, truncated=truncated)
    return result


def _read(path: Path, result: Verification) -> bytes | None:
    try:
        return path.read_bytes()
    except FileNotFoundError:
        result.fail("no such file")
    except IsADirectoryError:
        result.fail("it is a folder, not a PDF file")
    except OSError as e:
        result.fail(f"the file cannot be read ({e.strerror or e})")
    result.readable = False
    return None


def _judge(
    result: Verification,
    data: bytes,
    embedded: list[EmbeddedPdfSignature],
    statuses: list[tuple[PdfSignatureStatus, list[str]]],
    trusted_cert: asn1_x509.Certificate | None,
    *,
    truncated: bool,
) -> None:
    """Fill ``result`` from the validation of the last signature (and check the earlier ones are intact)."""
    last_sig, (status, trust_messages) = embedded[-1], statuses[-1]
    _describe(result, last_sig, status)
    result.ok = True

    if _range_beyond_end(last_sig, len(data)):
        result.intact = False
        result.fail("the file is cut short (truncated): it ends inside the part that was signed")
    elif not status.intact:
        result.fail("the file was altered after signing: the signed content no longer matches its signature")
    elif not status.valid:
        result.fail("the signature itself is not valid: its cryptographic check failed")

    coverage = status.coverage
    if coverage == SignatureCoverageLevel.ENTIRE_FILE:
        pass
    elif coverage == SignatureCoverageLevel.ENTIRE_REVISION:
        extra = len(data) - _signed_zone_end(last_sig)
        result.fail(
            "the file was changed after signing: an update of "
            f"{extra} byte{'s' if extra != 1 else ''} was appended after the signed part, "
            "so the signature does not cover the whole file"
        )
    elif truncated:
        result.fail("the file is cut short (truncated)")
    else:
        result.fail("the signature does not cover the whole file: parts of the file are outside what was signed")

    for i, (other, _messages) in enumerate(statuses[:-1], start=1):
        if not (other.intact and other.valid):
            result.fail(f"earlier signature {i} of {len(statuses)} is not intact")

    ts = status.timestamp_validity
    if ts is not None and not (ts.intact and ts.valid):
        result.fail("the signature's timestamp is damaged: its time cannot be relied on")

    _describe_trust(result, status, trusted_cert, trust_messages)
    if ts is not None and ts.intact and ts.valid:
        result.reasons.append(
            f'the time is vouched for by the timestamp authority "{result.timestamp_authority}" '
            "(which is not checked against a trusted certificate)"
        )
    if result.ok:
        result.reasons.insert(0, "the signature is intact and covers the whole file")


def _validate(sig: EmbeddedPdfSignature, trusted: asn1_x509.Certificate | None) -> tuple[PdfSignatureStatus, list[str]]:
    roots = [trusted] if trusted is not None else []
    context = ValidationContext(trust_roots=roots, allow_fetching=False, revocation_mode="soft-fail")
    ts_context = ValidationContext(trust_roots=[], allow_fetching=False, revocation_mode="soft-fail")
    usage = KeyUsageConstraints(key_usage={"non_repudiation"})
    with _quiet_validation_log() as messages:
        status = validate_pdf_signature(
            sig,
            signer_validation_context=context,
            ts_validation_context=ts_context,
            key_usage_settings=usage,
            skip_diff=True,  # any change after signing fails anyway: we need the whole file covered
        )
    return status, messages


def _describe(result: Verification, sig: EmbeddedPdfSignature, status: PdfSignatureStatus) -> None:
    cert = x509.load_der_x509_certificate(status.signing_cert.dump())
    result.signer = display_name(cert)
    result.signer_subject = subject_text(cert)
    result.signing_time = status.signer_reported_dt or sig.self_reported_timestamp
    result.intact = bool(status.intact and status.valid)
    result.covers_whole_file = status.coverage == SignatureCoverageLevel.ENTIRE_FILE
    ts = status.timestamp_validity
    if ts is not None:
        result.timestamp_time = ts.timestamp
        result.timestamp_authority = display_name(x509.load_der_x509_certificate(ts.signing_cert.dump()))
    pades = sig.sig_object.get("/SubFilter") == "/ETSI.CAdES.detached"
    result.level = ("PAdES B-T" if ts is not None else "PAdES B-B") if pades else "PKCS#7 (not PAdES)"


def _describe_trust(
    result: Verification,
    status: PdfSignatureStatus,
    trusted_cert: asn1_x509.Certificate | None,
    messages: list[str],
) -> None:
    signer_cert = status.signing_cert
    if trusted_cert is None:
        result.trusted = None
        result.reasons.append("the signer is not checked against a trusted certificate (give --trust FIRM.crt)")
        if not _allows_non_repudiation(signer_cert):
            result.reasons.append("the signer's certificate is not meant for signing documents: no non-repudiation")
        return
    # pyHanko does not hold a trust anchor itself to its key usage, so we check that here
    result.trusted = bool(status.trusted) and _allows_non_repudiation(signer_cert)
    if result.trusted:
        result.reasons.append(f"the signer is trusted: their certificate checks out against {_name(trusted_cert)}")
        return
    if not result.intact:
        result.reasons.append("the signer cannot be trusted: the signature is not intact")
    elif not _allows_non_repudiation(signer_cert):
        result.reasons.append("the signer is not trusted: the certificate's key usage lacks non-repudiation")
    elif signer_cert.sha256 != trusted_cert.sha256 and (
        signer_cert.issuer != trusted_cert.subject or signer_cert.self_signed != "no"
    ):
        same_name = " (the same name, but another key)" if signer_cert.subject == trusted_cert.subject else ""
        result.reasons.append(
            f"the signer is not trusted: signed with the certificate of {_name(signer_cert)}{same_name}, "
            f"which is neither the certificate given to trust ({_name(trusted_cert)}) nor issued by it"
        )
    else:
        detail = f" ({messages[-1]})" if messages else ""
        result.reasons.append(f"the signer is not trusted: the certificate does not check out{detail}")


def _allows_non_repudiation(cert: asn1_x509.Certificate) -> bool:
    usage = cert.key_usage_value
    return usage is None or "non_repudiation" in usage.native


def _name(cert: asn1_x509.Certificate) -> str:
    return f'"{display_name(x509.load_der_x509_certificate(cert.dump()))}"'


def _signed_zone_end(sig: EmbeddedPdfSignature) -> int:
    start2, len2 = int(sig.byte_range[2]), int(sig.byte_range[3])
    return start2 + len2


def _range_beyond_end(sig: EmbeddedPdfSignature, size: int) -> bool:
    try:
        return _signed_zone_end(sig) > size
    except (IndexError, TypeError, ValueError):
        return False


def _short(e: Exception) -> str:
    text = str(e).strip().splitlines()[0] if str(e).strip() else type(e).__name__
    return text if len(text) <= 120 else text[:117] + "..."


class _Collect(logging.Filter):
    """Keep pyHanko's chain-of-trust warnings out of the log (and off stderr), and hand us their text."""

    def __init__(self) -> None:
        super().__init__()
        self.thread = threading.get_ident()
        self.messages: list[str] = []

    def filter(self, record: logging.LogRecord) -> bool:
        if record.thread != self.thread:
            return True
        message = record.getMessage()
        self.messages.append(message.split("]: ", 1)[-1])
        return False


@contextmanager
def _quiet_validation_log() -> Iterator[list[str]]:
    logger = logging.getLogger(_VALIDATION_LOGGER)
    collect = _Collect()
    logger.addFilter(collect)
    try:
        yield collect.messages
    finally:
        logger.removeFilter(collect)
